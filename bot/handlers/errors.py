"""The one error handler: polite refusals for expected problems, a correlation id for bugs."""

from __future__ import annotations

import contextlib
import logging
import uuid
from typing import Any

from telegram import Update
from telegram.error import TelegramError

from bot.context import BotContext
from bot.domain.roles import PermissionDenied
from bot.handlers import menu
from bot.handlers.common import answer_button
from bot.handlers.gatekeeper import identify_user
from bot.services.errors import Unreachable, UserFacingError
from bot.telegram.errors import Problem, classify
from bot.telegram.limits import Limits

STALE = "errors-stale-button"

log = logging.getLogger(__name__)


async def error_handler(update: object, context: BotContext) -> None:
    error = context.error
    if not isinstance(update, Update) or update.effective_chat is None or error is None:
        log.error("error outside an update", exc_info=error)
        return
    # PTB hands error handlers a fresh context: find the user's language again.
    try:
        await identify_user(update, context)
    except Exception:  # the database may be what failed; answer in the default language
        log.exception("could not identify the user while handling an error")
    if isinstance(error, PermissionDenied):
        log.warning(
            "refused %s for user %s", error, update.effective_user and update.effective_user.id
        )
        await _refuse(update, context, "errors-not-allowed")
        return
    if update.callback_query is not None and _is_stale(error):
        if await _stale_popup(update, context):
            return
        error = UserFacingError(STALE)  # the button was answered already: say it in a message
    if isinstance(error, UserFacingError):
        await _refuse(update, context, error.message_id, **error.args_for_message)
        return
    correlation_id = uuid.uuid4().hex[:8]
    log.error("update failed [%s]", correlation_id, exc_info=error)
    context.bot_data.recent_errors.append((correlation_id, error))
    await _tell(update, context, context.t("errors-unexpected", code=correlation_id))
    await _alert_admins(context, correlation_id, error)


def _is_stale(error: BaseException) -> bool:
    """An unknown or unreachable id on a button: answered like any stale button."""
    return isinstance(error, Unreachable) or getattr(error, "message_id", "") == STALE


async def _stale_popup(update: Update, context: BotContext) -> bool:
    try:
        await answer_button(update, context, context.label(STALE))
        return True
    except TelegramError:
        return False


async def _alert_admins(context: BotContext, correlation_id: str, error: BaseException) -> None:
    """Admins hear about bugs at once, but a crash loop must not flood them."""
    throttle = context.bot_data.admin_alerts
    if not throttle.allow(context.services.clock.now().timestamp()):
        return
    suppressed = throttle.take_suppressed()
    services = context.services
    for admin_id in services.settings.admin_ids:
        try:
            admin = await services.onboarding.participant(admin_id)
            language = admin.language if admin else services.settings.default_language
            text = services.translator.html(
                language,
                "errors-admin-notice",
                code=correlation_id,
                error=type(error).__name__,
                suppressed=suppressed,
            )
            await context.bot.send_message(admin_id, text)
        except Exception:  # an alert must never raise out of the error handler
            log.warning("could not alert admin %s about [%s]", admin_id, correlation_id)


async def _refuse(update: Update, context: BotContext, message_id: str, **args: Any) -> None:
    """An expected refusal: a pop-up on the pressed button (UX.md: errors about a button press
    are pop-ups), the main menu under it for a refused command, a reply to typed text or when
    the pop-up cannot carry it."""
    if update.callback_query is not None and await _popup(
        update, context, context.label(message_id, **args)
    ):
        return
    if _is_command(update) and context.actor is not None:
        # A refused command (a participant's /organise) is a dead end: offer the menu.
        await _with_menu(update, context, context.t(message_id, **args))
        return
    await _tell(update, context, context.t(message_id, **args))


def _is_command(update: Update) -> bool:
    """A typed /command (a typed answer to a question keeps its step, without the menu)."""
    message = update.message
    return message is not None and (message.text or "").startswith("/")


async def _with_menu(update: Update, context: BotContext, text: str) -> None:
    try:
        await menu.show_main_menu(update, context, header=text)
    except TelegramError as exc:
        if classify(exc).problem is not Problem.GONE:
            raise
        log.info("user %s blocked the bot", update.effective_chat and update.effective_chat.id)


async def _popup(update: Update, context: BotContext, text: str) -> bool:
    """Answer the press with an alert the person closes with OK. Always an alert, never the
    toast: a toast vanishes after a moment at the top of the screen, easy to miss for someone
    who looks at the button they pressed, and these texts say why nothing happened. False when
    the press was answered already (the handler did before failing) or the text is longer than
    Telegram lets a callback answer be: then a message says it."""
    query = update.callback_query
    if query is None or context.button_answered or len(text) > Limits.callback_answer_max:
        return False
    context.button_answered = True
    try:
        await query.answer(text, show_alert=True)
    except TelegramError as exc:
        log.info("could not answer the button with a pop-up: %s", classify(exc).problem)
        return False
    return True


async def _tell(update: Update, context: BotContext, text: str) -> None:
    chat = update.effective_chat
    assert chat is not None
    # The handler may have answered the button before it failed.
    with contextlib.suppress(TelegramError):
        await answer_button(update, context)
    try:
        await context.bot.send_message(chat.id, text)
    except TelegramError as exc:
        if classify(exc).problem is not Problem.GONE:
            raise
        log.info("user %s blocked the bot", chat.id)
