"""All services of one running bot, built once in the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from bot.clock import Clock
from bot.config import Settings
from bot.db.connection import Database
from bot.i18n import Translator
from bot.services.access import AccessService
from bot.services.dialogs import DialogService
from bot.services.onboarding import OnboardingService
from bot.services.partnerships import PartnershipService
from bot.services.privacy import PrivacyService


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

    @classmethod
    def build(
        cls, settings: Settings, db: Database, clock: Clock, translator: Translator
    ) -> Services:
        return cls(
            settings=settings,
            db=db,
            clock=clock,
            translator=translator,
            onboarding=OnboardingService(db, clock),
            access=AccessService(db, clock, settings.admin_ids, settings.invitation_ttl_hours),
            partnerships=PartnershipService(db, clock),
            dialogs=DialogService(db, clock),
            privacy=PrivacyService(db),
        )
