"""Settings read once from the environment (and an optional .env file)."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from dotenv import dotenv_values

from bot.domain.languages import SUPPORTED_LANGUAGES

TELEGRAM_API_BASE_URL = "https://api.telegram.org/bot"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
TRANSLATION_PROVIDERS = ("deepl", "libretranslate")


class ConfigError(Exception):
    """A setting is missing or malformed; the message says in one line what to set."""


@dataclass(frozen=True)
class Settings:
    bot_token: str | None = None
    database_path: Path = Path("data/twincity.sqlite3")
    # postgresql://user:password@host:port/name selects PostgreSQL; None keeps SQLite.
    database_url: str | None = None
    telegram_api_base_url: str = TELEGRAM_API_BASE_URL
    admin_ids: frozenset[int] = field(default_factory=frozenset)
    default_language: str = "en"
    log_level: str = "INFO"
    invitation_ttl_hours: int = 72
    # deepl or libretranslate; None means libretranslate when translation_url is set.
    translation_provider: str | None = None
    # LibreTranslate: its server. DeepL: an override of DeepL's own address (tests, proxies).
    translation_url: str | None = None
    translation_api_key: str | None = None
    webhook_url: str | None = None  # public https URL Telegram posts updates to
    webhook_secret: str | None = None  # Telegram sends it back in every request
    webhook_listen: str = "127.0.0.1"  # behind a reverse proxy; WEBHOOK_LISTEN to change
    webhook_port: int = 8080
    health_listen: str = "127.0.0.1"
    health_port: int = 8081
    health_token: str | None = None  # lets a remote monitor see the backlog figures
    concurrent_updates: int = 32  # updates handled at once (each chat's still in order)
    # The outbox's overall pace (Telegram's 30 a second; more with paid broadcasts).
    sending_per_second: float = 30.0
    # Where people reach the health server's pages (wall pages, feeds) from outside, e.g.
    # https://bot.example.org; without it the webhook's origin, else nothing is linked.
    public_url: str | None = None

    @property
    def database(self) -> Path | str:
        """What `bot.db.connection.connect` opens: DATABASE_URL when set, else the SQLite file."""
        return self.database_url or self.database_path

    @property
    def database_name(self) -> str:
        """The database for messages and logs: the file, or the address without its password."""
        if self.database_url is None:
            return str(self.database_path)
        return redact_url(self.database_url)

    @property
    def machine_translation(self) -> str | None:
        """The machine translation provider in use, or None (texts are shown as written).

        Every screen that would promise translation asks this (through
        Services.translation_available), so nothing promises what is not set up."""
        if self.translation_provider == "deepl":
            return "deepl" if self.translation_api_key else None
        return "libretranslate" if self.translation_url else None

    @property
    def public_origin(self) -> str | None:
        """scheme://host[:port] of the public pages (wall pages, calendar feed), or None."""
        address = self.public_url or self.webhook_url
        if not address:
            return None
        parts = urlsplit(address)
        return f"{parts.scheme}://{parts.netloc}"

    def require_webhook(self) -> tuple[str, str]:
        """URL and secret for webhook mode, or one line saying what to set."""
        if not self.webhook_url or not self.webhook_secret:
            raise ConfigError(
                "webhook mode needs WEBHOOK_URL (the public https address of this server) and "
                "WEBHOOK_SECRET (1-256 characters: letters, digits, _ and -)"
            )
        return self.webhook_url, self.webhook_secret

    def require_token(self) -> str:
        """Return the token or explain in one line how to provide it."""
        if not self.bot_token:
            raise ConfigError(
                "BOT_TOKEN is not set: create a bot with @BotFather and run with "
                "BOT_TOKEN=<token> (environment or .env file)"
            )
        return self.bot_token


def redact_url(url: str) -> str:
    """`url` with its password (if any) replaced by ***: safe for logs and messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return parts._replace(netloc=netloc).geturl()


def _database_url(env: Mapping[str, str]) -> str | None:
    url = env.get("DATABASE_URL", "").strip() or None
    if url is not None and not url.startswith(("postgresql://", "postgres://")):
        raise ConfigError(
            "DATABASE_URL must be a PostgreSQL address like "
            "postgresql://user:password@host:5432/name (or unset for SQLite at DATABASE_PATH), "
            f"got {redact_url(url)!r}"
        )
    return url


def _parse_admin_ids(raw: str) -> frozenset[int]:
    ids = set()
    for part in raw.split(","):
        part = part.strip()
        if not part:
            continue
        if not part.lstrip("-").isdigit():
            raise ConfigError(
                f"ADMIN_IDS must be comma-separated Telegram user ids (numbers), got {part!r}"
            )
        ids.add(int(part))
    return frozenset(ids)


def _port(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip() or str(default)
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise ConfigError(f"{name} must be a port number (1-65535), got {raw!r}")
    return int(raw)


def _translation_provider(
    env: Mapping[str, str], url: str | None, api_key: str | None
) -> str | None:
    raw = env.get("TRANSLATION_PROVIDER", "").strip().lower()
    if not raw:
        return "libretranslate" if url else None
    if raw not in TRANSLATION_PROVIDERS:
        raise ConfigError(
            f"TRANSLATION_PROVIDER must be one of {', '.join(TRANSLATION_PROVIDERS)} "
            f"(or unset for no machine translation), got {raw!r}"
        )
    if raw == "deepl" and not api_key:
        raise ConfigError(
            "TRANSLATION_PROVIDER=deepl needs TRANSLATION_API_KEY (your DeepL authentication key)"
        )
    if raw == "libretranslate" and not url:
        raise ConfigError(
            "TRANSLATION_PROVIDER=libretranslate needs TRANSLATION_URL (the server's address)"
        )
    return raw


def load_settings(env: Mapping[str, str] | None = None, *, dotenv: Path | None = None) -> Settings:
    """Build Settings from `env` (default: os.environ plus ./.env, environment wins)."""
    if env is None:
        values: dict[str, str] = {}
        dotenv_path = dotenv or Path(".env")
        if dotenv_path.is_file():
            values.update({k: v for k, v in dotenv_values(dotenv_path).items() if v is not None})
        values.update(os.environ)
        env = values

    language = env.get("DEFAULT_LANGUAGE", "en").strip().lower() or "en"
    if language not in SUPPORTED_LANGUAGES:
        raise ConfigError(
            f"DEFAULT_LANGUAGE must be one of {', '.join(SUPPORTED_LANGUAGES)}, got {language!r}"
        )
    log_level = env.get("LOG_LEVEL", "INFO").strip().upper() or "INFO"
    if log_level not in LOG_LEVELS:
        raise ConfigError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, got {log_level!r}")
    base_url = env.get("TELEGRAM_API_BASE_URL", "").strip() or TELEGRAM_API_BASE_URL
    if not base_url.startswith(("http://", "https://")):
        raise ConfigError(
            "TELEGRAM_API_BASE_URL must start with http:// or https:// "
            f"(for example {TELEGRAM_API_BASE_URL}), got {base_url!r}"
        )
    ttl_raw = env.get("INVITATION_TTL_HOURS", "72").strip() or "72"
    if not ttl_raw.isdigit() or int(ttl_raw) < 1:
        raise ConfigError(f"INVITATION_TTL_HOURS must be a positive whole number, got {ttl_raw!r}")
    token = env.get("BOT_TOKEN", "").strip() or None
    if token is not None and ":" not in token:
        raise ConfigError(
            "BOT_TOKEN looks malformed: it should look like 123456:ABC-DEF… as given by @BotFather"
        )
    translation_url = env.get("TRANSLATION_URL", "").strip() or None
    if translation_url and not translation_url.startswith(("http://", "https://")):
        raise ConfigError(
            f"TRANSLATION_URL must start with http:// or https://, got {translation_url!r}"
        )
    translation_api_key = env.get("TRANSLATION_API_KEY", "").strip() or None
    provider = _translation_provider(env, translation_url, translation_api_key)
    webhook_url = env.get("WEBHOOK_URL", "").strip() or None
    if webhook_url and not webhook_url.startswith(("http://", "https://")):
        raise ConfigError(f"WEBHOOK_URL must start with https://, got {webhook_url!r}")
    webhook_secret = env.get("WEBHOOK_SECRET", "").strip() or None
    if webhook_secret and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", webhook_secret):
        raise ConfigError(
            "WEBHOOK_SECRET may only contain letters, digits, _ and - (1-256 characters)"
        )
    public_url = env.get("PUBLIC_URL", "").strip().rstrip("/") or None
    if public_url and not public_url.startswith(("http://", "https://")):
        raise ConfigError(f"PUBLIC_URL must start with https://, got {public_url!r}")
    concurrency_raw = env.get("CONCURRENT_UPDATES", "").strip() or "32"
    if not concurrency_raw.isdigit() or not 1 <= int(concurrency_raw) <= 256:
        raise ConfigError(
            f"CONCURRENT_UPDATES must be a whole number from 1 to 256, got {concurrency_raw!r}"
        )
    concurrency = int(concurrency_raw)
    sending_raw = env.get("SENDING_PER_SECOND", "").strip() or "30"
    try:
        sending = float(sending_raw)
    except ValueError:
        sending = 0.0
    if not 0 < sending <= 1000:
        raise ConfigError(
            f"SENDING_PER_SECOND must be a number from 1 to 1000, got {sending_raw!r}"
        )
    return Settings(
        bot_token=token,
        webhook_url=webhook_url,
        webhook_secret=webhook_secret,
        webhook_listen=env.get("WEBHOOK_LISTEN", "").strip() or "127.0.0.1",
        webhook_port=_port(env, "WEBHOOK_PORT", 8080),
        health_listen=env.get("HEALTH_LISTEN", "").strip() or "127.0.0.1",
        health_port=_port(env, "HEALTH_PORT", 8081),
        health_token=env.get("HEALTH_TOKEN", "").strip() or None,
        concurrent_updates=concurrency,
        public_url=public_url,
        translation_provider=provider,
        translation_url=translation_url,
        translation_api_key=translation_api_key,
        database_path=Path(env.get("DATABASE_PATH", "").strip() or "data/twincity.sqlite3"),
        database_url=_database_url(env),
        sending_per_second=sending,
        telegram_api_base_url=base_url,
        admin_ids=_parse_admin_ids(env.get("ADMIN_IDS", "")),
        default_language=language,
        log_level=log_level,
        invitation_ttl_hours=int(ttl_raw),
    )
