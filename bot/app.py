"""The composition root: builds the Application, opens resources, registers handlers."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.clock import Clock, Sleep, SystemClock
from bot.config import Settings
from bot.context import BotContext, BotData
from bot.db.connection import Database, connect
from bot.db.migrations import apply_migrations
from bot.delivery.progress import ProgressReporter
from bot.delivery.worker import DeliveryWorker, Pace
from bot.handlers import (
    applying,
    gatekeeper,
    limits,
    menu,
    onboarding_gate,
    toolbox,
    toolbox_admin,
)
from bot.handlers.commands import publish_command_menus
from bot.handlers.common import answer_button
from bot.handlers.errors import error_handler
from bot.handlers.families import SCREEN_FAMILIES
from bot.handlers.text_input import (
    InputKey,
    MediaInput,
    TextInput,
    kind_of,
    media_router,
    text_router,
)
from bot.i18n import Translator
from bot.keyboards.broadcasts import AnnouncementButtons
from bot.keyboards.checkins import CheckinButtons
from bot.keyboards.ideas import TranslationButtons
from bot.keyboards.organiser import OrganiserButtons
from bot.keyboards.teams import TeamButtons
from bot.keyboards.toolbox_admin import ToolboxKeepButtons
from bot.keyboards.workshops import WorkshopButtons
from bot.receiving import ChatOrderedProcessor, attach_inbox
from bot.scheduler import schedule_due_work
from bot.services import checkins as checkin_tasks
from bot.services.access import AccessService
from bot.services.applications import ApplicationService
from bot.services.barcamp import BarcampPeople
from bot.services.barcamp_plan import BarcampPlanning
from bot.services.broadcasts import BROADCAST_TASK, BroadcastService
from bot.services.call_decisions import CallDecisionService
from bot.services.calls import CallService
from bot.services.checkin_digests import CheckinDigests
from bot.services.checkin_rounds import CheckinRounds
from bot.services.checkins import CheckinService
from bot.services.coach_overview import CoachOverview
from bot.services.consult_hosting import ConsultHosting
from bot.services.consultations import ConsultBooking
from bot.services.dialogs import DialogService
from bot.services.directory import DirectoryService
from bot.services.due import DueWork
from bot.services.idea_drafts import IdeaDraftService
from bot.services.idea_exchange import IdeaExchange
from bot.services.idea_moderation import IdeaModerationService
from bot.services.idea_translations import IdeaTranslationService
from bot.services.ideas import VOTE_DIGEST, IdeaService
from bot.services.insight import InsightService
from bot.services.live_ideas import LiveIdeas
from bot.services.live_page import LiveWallPage
from bot.services.live_setup import LiveSetup
from bot.services.live_signal import WallSignal
from bot.services.matching import MATCHING_DEADLINE, MatchingService
from bot.services.network import NetworkService
from bot.services.newsletter import NewsletterService
from bot.services.notify import Notifier
from bot.services.onboarding import OnboardingService
from bot.services.organiser_home import QUEUE_NOTICE, OrganiserHome
from bot.services.partnerships import PartnershipService
from bot.services.privacy import PrivacyService
from bot.services.registrations import FEEDBACK, OFFER, REMINDER, RegistrationService
from bot.services.reviews import ReviewService
from bot.services.scope import Scope
from bot.services.stories import StoryService
from bot.services.story_publishing import StoryPublishing
from bot.services.teams import TeamService
from bot.services.toolbox import ToolboxService
from bot.services.toolbox_admin import ToolboxAdmin
from bot.services.workshop_attendance import WorkshopAttendanceService
from bot.services.workshop_drafts import WorkshopDraftService
from bot.services.workshop_outreach import WorkshopOutreachService
from bot.services.workshops import WorkshopService
from bot.telegram import unread
from bot.telegram.retry import RetryOn429
from bot.translation import MachineTranslator, NoMachineTranslation, machine_translator
from bot.workers import send_when_elected, shared

log = logging.getLogger(__name__)

BotApplication = Application[Any, BotContext, dict[Any, Any], dict[Any, Any], BotData, Any]

# The emulator and tests use a syntactically valid token; it is never sent anywhere.
OFFLINE_TOKEN = "123456:offline-emulator-token"


@dataclass(frozen=True)
class Services:
    settings: Settings
    db: Database
    clock: Clock
    translator: Translator
    # Machine translation, and whether there is any: screens promise translation only then.
    machine: MachineTranslator
    translation_available: bool
    onboarding: OnboardingService
    access: AccessService
    partnerships: PartnershipService
    dialogs: DialogService
    privacy: PrivacyService
    notifier: Notifier
    registrations: RegistrationService
    workshops: WorkshopService
    workshop_drafts: WorkshopDraftService
    workshop_attendance: WorkshopAttendanceService
    workshop_outreach: WorkshopOutreachService
    due: DueWork
    broadcasts: BroadcastService
    insight: InsightService
    ideas: IdeaService
    idea_drafts: IdeaDraftService
    idea_translations: IdeaTranslationService
    idea_moderation: IdeaModerationService
    matching: MatchingService
    teams: TeamService
    checkins: CheckinService  # questions, answers, quiet hours, whose teams
    checkin_rounds: CheckinRounds  # cadence and rounds
    checkin_digests: CheckinDigests  # closing rounds, digests, outcome reports
    coach_overview: CoachOverview  # "My teams" and the weekly overview per coach
    organiser_home: OrganiserHome  # what waits for organisers, the daily notice
    calls: CallService  # programme calls as administrators prepare them
    applications: ApplicationService  # applying to a call, jointly with the partner city
    reviews: ReviewService  # assignment, scores, the ranked list
    call_decisions: CallDecisionService  # decisions, letters, new partnerships, exports
    toolbox: ToolboxService  # search and read the toolbox, inline mode, reminders
    toolbox_admin: ToolboxAdmin  # entries, suggestions, review dates, missed searches
    stories: StoryService  # a team writes its story: draft, sections, photos, consent
    story_publishing: StoryPublishing  # review, publish, read, feed, voters told
    network: NetworkService  # the network home, staff, partnership profiles, roll-up
    directory: DirectoryService  # partnerships and actors, search, yearly review
    consult: ConsultBooking  # consultation hours: booking, waiting list
    consult_hosting: ConsultHosting  # consultation hours: hosts' windows, marking
    idea_exchange: IdeaExchange  # offers and needs across partnerships, introductions
    newsletter: NewsletterService  # network newsletter and the public calendar
    live_setup: LiveSetup  # event day: the live wall's events, rooms, check-in, moments
    live_ideas: LiveIdeas  # event day: posting to the wall, +1, moderation, translations
    live_page: LiveWallPage  # event day: what a room's wall page shows, live
    barcamp: BarcampPeople  # event day: BarCamp setup, proposals, interest, notes
    barcamp_plan: BarcampPlanning  # event day: the BarCamp plan, announcement, changes

    @classmethod
    def build(
        cls, settings: Settings, db: Database, clock: Clock, translator: Translator
    ) -> Services:
        notifier = Notifier(translator, settings.default_language)
        buttons = WorkshopButtons(translator)
        scope = Scope(settings.admin_ids)
        registrations = RegistrationService(db, clock, notifier, buttons, scope)
        broadcasts = BroadcastService(db, clock, notifier, AnnouncementButtons(translator))
        machine = machine_translator(settings)
        translating = not isinstance(machine, NoMachineTranslation)
        idea_translations = IdeaTranslationService(
            db, clock, notifier, scope, machine, TranslationButtons(translator)
        )
        ideas = IdeaService(db, clock, notifier, scope, idea_translations)
        team_buttons = TeamButtons(translator)
        matching = MatchingService(db, clock, notifier, team_buttons, translating)
        checkin_buttons = CheckinButtons(translator)
        checkins = CheckinService(db, clock, notifier, checkin_buttons, scope)
        checkin_rounds = CheckinRounds(db, clock, notifier, checkin_buttons, scope)
        coach_overview = CoachOverview(db, clock, notifier, scope)
        checkin_digests = CheckinDigests(
            db, clock, notifier, machine, checkin_buttons, scope, coach_overview
        )
        matching.on_team_formed = checkin_rounds.start_for_team
        organiser_home = OrganiserHome(db, clock, notifier, OrganiserButtons(translator))
        applications = ApplicationService(db, clock, notifier, translator, machine)
        reviews = ReviewService(db, clock, notifier, translator, machine)
        call_decisions = CallDecisionService(db, clock, notifier, translator, machine)
        toolbox_service = ToolboxService(db, clock, notifier, translator, machine)
        toolbox_keeping = ToolboxAdmin(
            db, clock, notifier, translator, machine, admin_ids=settings.admin_ids
        )
        keep_buttons = ToolboxKeepButtons(translator)
        toolbox_keeping.manage_buttons = keep_buttons.manage
        toolbox_keeping.review_buttons = keep_buttons.review
        toolbox_keeping.entry_buttons = keep_buttons.entry
        stories_service = StoryService(db, clock, notifier, translator, machine)
        story_publishing = StoryPublishing(db, clock, notifier, translator, machine)
        checkin_digests.on_team_ended = stories_service.team_ended
        network_args = (db, clock, notifier, translator, machine, settings.admin_ids)
        network_service = NetworkService(*network_args)
        directory_service = DirectoryService(*network_args)
        consult_service = ConsultBooking(*network_args)
        consult_hosting_service = ConsultHosting(*network_args)
        idea_exchange_service = IdeaExchange(*network_args)
        newsletter_service = NewsletterService(*network_args)
        event_args = (*network_args, WallSignal())
        live_setup_service = LiveSetup(*event_args)
        live_ideas_service = LiveIdeas(*event_args)
        idea_drafts = IdeaDraftService(db, clock, notifier, scope)
        idea_drafts.on_submitted = live_ideas_service.take_submitted
        idea_drafts.on_edited = live_ideas_service.take_edited
        live_page_service = LiveWallPage(*event_args)
        barcamp_service = BarcampPeople(*event_args)
        barcamp_plan_service = BarcampPlanning(*event_args)
        due = DueWork(
            db,
            clock,
            {
                REMINDER: registrations.send_reminder,
                OFFER: registrations.expire_offer,
                FEEDBACK: registrations.ask_feedback,
                BROADCAST_TASK: broadcasts.start_scheduled,
                VOTE_DIGEST: ideas.send_vote_digest,
                MATCHING_DEADLINE: matching.close_round,
                checkin_tasks.OPEN: checkin_rounds.open_round,
                checkin_tasks.ASK: checkin_rounds.ask,
                checkin_tasks.NUDGE: checkin_rounds.nudge,
                checkin_tasks.CLOSE: checkin_digests.close,
                checkin_tasks.OVERVIEW: coach_overview.overview,
                QUEUE_NOTICE: organiser_home.send_notice,
                **applications.due_tasks(),
                **reviews.due_tasks(),
                **call_decisions.due_tasks(),
                **toolbox_service.due_tasks(),
                **toolbox_keeping.due_tasks(),
                **stories_service.due_tasks(),
                **story_publishing.due_tasks(),
                **network_service.due_tasks(),
                **directory_service.due_tasks(),
                **consult_service.due_tasks(),
                **consult_hosting_service.due_tasks(),
                **idea_exchange_service.due_tasks(),
                **newsletter_service.due_tasks(),
                **live_setup_service.due_tasks(),
                **live_ideas_service.due_tasks(),
                **live_page_service.due_tasks(),
                **barcamp_service.due_tasks(),
                **barcamp_plan_service.due_tasks(),
            },
        )
        return cls(
            settings=settings,
            db=db,
            clock=clock,
            translator=translator,
            machine=machine,
            translation_available=translating,
            onboarding=OnboardingService(db, clock),
            access=AccessService(db, clock, settings.admin_ids, settings.invitation_ttl_hours),
            partnerships=PartnershipService(db, clock),
            dialogs=DialogService(db, clock),
            privacy=PrivacyService(db, clock, registrations),
            notifier=notifier,
            registrations=registrations,
            workshops=WorkshopService(db, clock, notifier, registrations, scope),
            workshop_drafts=WorkshopDraftService(db, clock, machine, scope),
            workshop_attendance=WorkshopAttendanceService(db, clock, scope, translator),
            workshop_outreach=WorkshopOutreachService(db, clock, notifier, buttons, scope),
            due=due,
            broadcasts=broadcasts,
            insight=InsightService(db, clock, translator),
            ideas=ideas,
            idea_drafts=idea_drafts,
            idea_translations=idea_translations,
            idea_moderation=IdeaModerationService(db, clock, notifier, scope),
            matching=matching,
            teams=TeamService(db, clock, notifier, machine, team_buttons, scope),
            checkins=checkins,
            checkin_rounds=checkin_rounds,
            checkin_digests=checkin_digests,
            coach_overview=coach_overview,
            organiser_home=organiser_home,
            calls=CallService(db, clock, translator),
            applications=applications,
            reviews=reviews,
            call_decisions=call_decisions,
            toolbox=toolbox_service,
            toolbox_admin=toolbox_keeping,
            stories=stories_service,
            story_publishing=story_publishing,
            network=network_service,
            directory=directory_service,
            consult=consult_service,
            consult_hosting=consult_hosting_service,
            idea_exchange=idea_exchange_service,
            newsletter=newsletter_service,
            live_setup=live_setup_service,
            live_ideas=live_ideas_service,
            live_page=live_page_service,
            barcamp=barcamp_service,
            barcamp_plan=barcamp_plan_service,
        )


async def stale_button(update: Update, context: BotContext) -> None:
    """A button no handler knows (an old message, or forged data): say so kindly."""
    await answer_button(update, context, context.label("errors-stale-button"))


def merge_inputs(*tables: Mapping[Any, TextInput]) -> dict[InputKey, TextInput]:
    """One table of typed-text handlers; two features claiming one dialog kind is a bug."""
    merged: dict[InputKey, TextInput] = {}
    for table in tables:
        clash = {kind_of(k) for k in merged} & {kind_of(k) for k in table}
        if clash:
            raise RuntimeError(f"dialog kinds claimed twice: {sorted(clash)}")
        merged.update(table)
    return merged


def register_handlers(app: BotApplication) -> None:
    text_inputs = merge_inputs(*(getattr(m, "TEXT_INPUTS", {}) for m in SCREEN_FAMILIES))
    media_inputs: dict[InputKey, MediaInput] = {}
    for family in SCREEN_FAMILIES:
        media_inputs.update(getattr(family, "MEDIA_INPUTS", {}))
    app.add_handlers(
        {
            # Group -3 turns away floods before any database work.
            # Group -2 identifies the user and their language.
            # Group -1 sends people who have not finished onboarding back into it, so the
            # handlers in group 0 may assume an onboarded person (onboarding itself, help,
            # privacy and staff tools pass; see onboarding_gate.OPEN_COMMANDS).
            # Group -4 drops the bot's own inline cards posted into its chat (nothing to answer).
            -4: toolbox.before_gates(),
            -3: [TypeHandler(Update, limits.flood_guard)],
            -2: [TypeHandler(Update, gatekeeper.identify_user)],
            -1: [TypeHandler(Update, onboarding_gate.onboarding_gate)],
            0: [
                *(h for family in SCREEN_FAMILIES for h in family.handlers()),
                MessageHandler(filters.TEXT & ~filters.COMMAND, text_router(text_inputs)),
                MessageHandler(
                    filters.PHOTO | filters.Document.ALL,
                    media_router(
                        media_inputs,
                        # A template names the toolbox's own limit and the allowed file types.
                        own_limits=(*applying.MEDIA_INPUTS, *toolbox_admin.MEDIA_INPUTS),
                    ),
                ),
                MessageHandler(
                    filters.UpdateType.MESSAGE
                    & ~filters.TEXT
                    & ~filters.COMMAND
                    & ~filters.PHOTO
                    & ~filters.Document.ALL
                    & ~filters.StatusUpdate.ALL,
                    limits.unsupported_message,
                ),
                # After every CommandHandler above: only commands nobody handles reach it.
                MessageHandler(filters.COMMAND, menu.unknown_command),
                # Last in the group: only buttons nobody else claimed reach it.
                CallbackQueryHandler(stale_button),
            ],
        }
    )
    app.add_error_handler(error_handler)


def file_base_url(api_base_url: str) -> str:
    """Where downloads come from for a given Bot API address (a local Bot API server, the
    sandbox and the emulator serve both)."""
    head, _, tail = api_base_url.rstrip("/").rpartition("/")
    return f"{head}/file/{tail}"


def build_application(
    settings: Settings,
    *,
    request: BaseRequest | None = None,
    clock: Clock | None = None,
    strict_translations: bool = False,
    sleep: Sleep = asyncio.sleep,
    background: bool = False,
) -> BotApplication:
    """Everything the bot needs, created here and nowhere at import time."""
    the_clock = clock or SystemClock()
    unread.quiet_warnings()  # screens send and edit without parsing the answer

    async def post_init(app: BotApplication) -> None:
        db = connect(settings.database)
        await db.open()
        await apply_migrations(db.conn)
        translator = Translator(strict=strict_translations)
        services = Services.build(settings, db, the_clock, translator)
        app.bot_data.services = services
        attach_inbox(app, db, the_clock)
        await publish_command_menus(app.bot, translator, settings.default_language)
        if background:
            # The outbox worker and the due-work job run only in a real deployment; tests
            # drive them explicitly with a fake clock (bot/offline/harness.py).
            worker = DeliveryWorker(
                db,
                app.bot,
                the_clock,
                on_batch=ProgressReporter(services, app.bot, the_clock),
                pace=Pace(per_second=settings.sending_per_second),
            )
            services.notifier.on_queued = worker.wake
            app.bot_data.delivery = worker
            # Several processes on PostgreSQL: one sender per bot token (bot/workers.py).
            shared_db = shared(db)
            sending = (
                worker.run_forever() if shared_db is None else send_when_elected(shared_db, worker)
            )
            app.bot_data.delivery_task = asyncio.create_task(sending)
            schedule_due_work(app, services.due)
            # The directory's daily "still correct?" check plans itself onwards; this plans
            # the first one even when nobody has opened the directory since the upgrade.
            await services.directory.review.ensure_schedule()
        log.info("bot @%s ready", app.bot.username)

    async def post_stop(app: BotApplication) -> None:
        worker, task = app.bot_data.delivery, app.bot_data.delivery_task
        if worker is not None and task is not None:
            worker.stop()
            await task

    async def post_shutdown(app: BotApplication) -> None:
        services = app.bot_data.services
        if services is not None:
            await services.db.close()

    builder: ApplicationBuilder[Any, Any, Any, Any, Any, Any] = (
        Application.builder()
        .token(settings.bot_token or OFFLINE_TOKEN)
        .base_url(settings.telegram_api_base_url)
        # Files come from the same server: ".../bot" serves methods, ".../file/bot" files.
        .base_file_url(file_base_url(settings.telegram_api_base_url))
        .context_types(ContextTypes(context=BotContext, bot_data=BotData))
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .post_init(post_init)
        .post_stop(post_stop)
        .post_shutdown(post_shutdown)
        .rate_limiter(RetryOn429(sleep))
        .concurrent_updates(ChatOrderedProcessor(settings.concurrent_updates))
        # No PTB Updater: it confirms updates to Telegram before they are handled. Updates come
        # in through bot/receiving.py (polling) or bot/serving.py (webhook), journaled first.
        .updater(None)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    app: BotApplication = builder.build()
    register_handlers(app)
    return app
