"""Keeping the toolbox: new entries, edits, suggestions, moderation (the keepers' screen and
cards in toolbox_keeping.py, new entries in toolbox_drafts.py, suggestions and moderation in
toolbox_suggest.py)."""

from __future__ import annotations

from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callback_toolbox import (
    ToolboxDraftStep,
    ToolboxKeep,
    ToolboxManage,
    ToolboxSuggest,
    ToolboxSuggestStep,
)
from bot.domain.toolbox_dialogs import (
    ToolboxDeclineInput,
    ToolboxEntryDraft,
    ToolboxSuggestionDraft,
    ToolboxTranslationInput,
)
from bot.handlers.common import button_handlers
from bot.handlers.text_input import InputKey, MediaInput, TextInput
from bot.handlers.toolbox_drafts import DRAFT_BUTTONS, draft_file, draft_text
from bot.handlers.toolbox_keeping import KEEP_BUTTONS, toolbox_manage_button, translation_text
from bot.handlers.toolbox_suggest import (
    MODERATION_BUTTONS,
    SUGGEST_BUTTONS,
    decline_text,
    suggestion_text,
    toolbox_suggest_button,
)


def handlers() -> list[BaseHandler]:
    return [
        CallbackQueryHandler(toolbox_manage_button, pattern=ToolboxManage.pattern()),
        CallbackQueryHandler(toolbox_suggest_button, pattern=ToolboxSuggest.pattern()),
        *button_handlers(ToolboxKeep, {**KEEP_BUTTONS, **MODERATION_BUTTONS}),
        *button_handlers(ToolboxDraftStep, DRAFT_BUTTONS),
        *button_handlers(ToolboxSuggestStep, SUGGEST_BUTTONS),
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {
    ToolboxEntryDraft: draft_text,
    ToolboxSuggestionDraft: suggestion_text,
    ToolboxTranslationInput: translation_text,
    ToolboxDeclineInput: decline_text,
}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {ToolboxEntryDraft: draft_file}
