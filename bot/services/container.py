"""All services of one running bot, built once in the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from bot.clock import Clock
from bot.config import Settings
from bot.db.connection import Database
from bot.i18n import Translator
from bot.keyboards.checkins import CheckinButtons
from bot.keyboards.teams import TeamButtons
from bot.keyboards.workshops import WorkshopButtons
from bot.services import checkins as checkin_tasks
from bot.services.access import AccessService
from bot.services.broadcasts import BROADCAST_TASK, BroadcastService
from bot.services.checkins import CheckinService
from bot.services.dialogs import DialogService
from bot.services.due import DueWork
from bot.services.ideas import VOTE_DIGEST, IdeaService
from bot.services.insight import InsightService
from bot.services.matching import MATCHING_DEADLINE, MatchingService
from bot.services.notify import Notifier
from bot.services.onboarding import OnboardingService
from bot.services.partnerships import PartnershipService
from bot.services.privacy import PrivacyService
from bot.services.signups import FEEDBACK, OFFER, REMINDER, SignupService
from bot.services.teams import TeamService
from bot.services.workshops import WorkshopService
from bot.translation import LibreTranslate, NoMachineTranslation


@dataclass(frozen=True)
class Services:
    settings: Settings
    db: Database
    clock: Clock
    translator: Translator
    onboarding: OnboardingService
    access: AccessService
    partnerships: PartnershipService
    dialogs: DialogService
    privacy: PrivacyService
    notifier: Notifier
    signups: SignupService
    workshops: WorkshopService
    due: DueWork
    broadcasts: BroadcastService
    insight: InsightService
    ideas: IdeaService
    matching: MatchingService
    teams: TeamService
    checkins: CheckinService

    @classmethod
    def build(
        cls, settings: Settings, db: Database, clock: Clock, translator: Translator
    ) -> Services:
        notifier = Notifier(translator, settings.default_language)
        buttons = WorkshopButtons(translator)
        signups = SignupService(db, clock, notifier, buttons)
        broadcasts = BroadcastService(db, clock, notifier)
        machine = (
            LibreTranslate(settings.translation_url, settings.translation_api_key)
            if settings.translation_url
            else NoMachineTranslation()
        )
        ideas = IdeaService(db, clock, notifier, machine, settings.admin_ids)
        team_buttons = TeamButtons(translator)
        matching = MatchingService(db, clock, notifier, team_buttons)
        checkins = CheckinService(db, clock, notifier, machine, CheckinButtons(translator))
        matching.on_team_formed = checkins.start_for_team
        due = DueWork(
            db,
            clock,
            {
                REMINDER: signups.send_reminder,
                OFFER: signups.expire_offer,
                FEEDBACK: signups.ask_feedback,
                BROADCAST_TASK: broadcasts.start_scheduled,
                VOTE_DIGEST: ideas.send_vote_digest,
                MATCHING_DEADLINE: matching.close_round,
                checkin_tasks.OPEN: checkins.open_round,
                checkin_tasks.ASK: checkins.ask,
                checkin_tasks.NUDGE: checkins.nudge,
                checkin_tasks.CLOSE: checkins.close,
                checkin_tasks.OVERVIEW: checkins.overview,
            },
        )
        return cls(
            settings=settings,
            db=db,
            clock=clock,
            translator=translator,
            onboarding=OnboardingService(db, clock),
            access=AccessService(db, clock, settings.admin_ids, settings.invitation_ttl_hours),
            partnerships=PartnershipService(db, clock),
            dialogs=DialogService(db, clock),
            privacy=PrivacyService(db, clock, signups),
            notifier=notifier,
            signups=signups,
            workshops=WorkshopService(db, clock, notifier, signups, buttons),
            due=due,
            broadcasts=broadcasts,
            insight=InsightService(db, clock),
            ideas=ideas,
            matching=matching,
            teams=TeamService(db, clock, notifier, machine, team_buttons),
            checkins=checkins,
        )
