"""Command line: `twincity-bot run | webhook | worker | migrate | seed-demo | backup FILE`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from bot.app import build_application
from bot.clock import SystemClock
from bot.config import ConfigError, Settings, load_settings
from bot.db.backup import BackupError, backup_database, dump_postgres
from bot.db.connection import connect
from bot.db.migrations import MigrationError, apply_migrations

# The `sandbox` command is the sandbox's door: the one place outside bot/offline that
# imports it (tests/test_structure.py).
from bot.offline.sandbox import sandbox_main
from bot.services.demo import seed_demo as seed
from bot.serving import run_until_signal

log = logging.getLogger("bot")


class RedactSecrets(logging.Filter):
    """Belt and braces: no log line may carry the bot token or the database's password."""

    def __init__(self, token: str | None, database_url: str | None = None) -> None:
        super().__init__()
        self.secrets: list[tuple[str, str]] = []
        if token:
            self.secrets.append((token, "<token>"))
        password = urlsplit(database_url).password if database_url else None
        if password:
            self.secrets.append((password, "<password>"))

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            message = record.getMessage()
            redacted = message
            for secret, placeholder in self.secrets:
                redacted = redacted.replace(secret, placeholder)
            if redacted != message:
                record.msg = redacted
                record.args = None
        return True


def configure_logging(settings: Settings) -> None:
    logging.basicConfig(
        level=settings.log_level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for handler in logging.getLogger().handlers:
        handler.addFilter(RedactSecrets(settings.bot_token, settings.database_url))
    # httpx logs every request URL at INFO, and the URL contains the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # APScheduler logs every run of the due-work job at INFO: twice a minute, nothing to read.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    # The DeepL client logs a line per request at INFO and the texts themselves at DEBUG.
    logging.getLogger("deepl").setLevel(logging.WARNING)


async def migrate(settings: Settings) -> list[str]:
    db = connect(settings.database)
    await db.open()
    try:
        return await apply_migrations(db.conn)
    finally:
        await db.close()


async def seed_demo(settings: Settings) -> tuple[int, bool]:
    db = connect(settings.database)
    await db.open()
    try:
        await apply_migrations(db.conn)
        return await seed(db, SystemClock())
    finally:
        await db.close()


def run(settings: Settings, *, webhook: bool, receive: bool = True, work: bool = True) -> None:
    app = build_application(settings, background=True)
    run_until_signal(app, settings, webhook=webhook, receive=receive, work=work)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="twincity-bot",
        description="Twin City Bot: city-partnership programmes in Telegram.",
        epilog="Settings come from the environment or a .env file: BOT_TOKEN, DATABASE_PATH, "
        "DATABASE_URL, "
        "TELEGRAM_API_BASE_URL, ADMIN_IDS, DEFAULT_LANGUAGE, LOG_LEVEL, WEBHOOK_URL, "
        "WEBHOOK_SECRET, WEBHOOK_LISTEN, WEBHOOK_PORT, HEALTH_LISTEN, HEALTH_PORT, HEALTH_TOKEN, "
        "CONCURRENT_UPDATES, DATABASE_URL (postgresql://…), SENDING_PER_SECOND.",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    run_parser = sub.add_parser(
        "run", help="migrate the database, then run the bot (long polling; /healthz on HEALTH_PORT)"
    )
    run_parser.add_argument(
        "--receive-only",
        action="store_true",
        help="PostgreSQL: only journal updates; `twincity-bot worker` processes handle them",
    )
    sub.add_parser(
        "webhook",
        help="migrate, then run the bot behind a webhook (WEBHOOK_URL, WEBHOOK_SECRET, "
        "WEBHOOK_LISTEN, WEBHOOK_PORT) with GET /healthz on HEALTH_PORT",
    )
    sub.add_parser(
        "worker",
        help="PostgreSQL only: handle updates a `run` or `webhook` process journaled, run due "
        "work, and send the outbox when elected; start any number",
    )
    sub.add_parser("migrate", help="apply pending database migrations and exit")
    sub.add_parser("seed-demo", help="load the example partnership Karlsruhe ↔ Krasnodar")
    sandbox = sub.add_parser(
        "sandbox",
        help="try the bot without Telegram: emulator, bot and a web chat on 127.0.0.1",
    )
    sandbox.add_argument("--port", type=int, default=8099, help="port of the web page")
    sandbox.add_argument(
        "--database", type=Path, default=None, help="database file (default: a new temporary one)"
    )
    backup = sub.add_parser(
        "backup",
        help="copy the database to FILE (safe while the bot runs; on PostgreSQL with pg_dump); "
        "see README: Backups",
    )
    backup.add_argument("file", type=Path, help="where to write the copy")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = load_settings()
        configure_logging(settings)
        if args.command == "sandbox":
            sandbox_main(settings, args.port, args.database)
            return 0
        if args.command == "backup":
            # No migrations first: a backup copies the database exactly as it is.
            if settings.database_url:
                dump = dump_postgres(settings.database_url, args.file)
                print(
                    f"backup of {settings.database_name} written to {dump.target}"
                    f" ({dump.size_bytes} bytes, pg_dump custom format: restore with pg_restore)"
                )
                return 0
            report = backup_database(settings.database_path, args.file)
            print(
                f"backup of {settings.database_path} written to {report.target}"
                f" ({report.size_bytes} bytes, integrity ok)"
            )
            return 0
        applied = asyncio.run(migrate(settings))
        if args.command == "migrate":
            print(f"database {settings.database_name}: {len(applied)} migration(s) applied")
        elif args.command == "seed-demo":
            partnership_id, created = asyncio.run(seed_demo(settings))
            state = "created" if created else "already present"
            print(f"demo partnership Karlsruhe ↔ Krasnodar {state} (id {partnership_id})")
        elif args.command == "run":
            settings.require_token()
            if applied:
                log.info("applied migrations: %s", ", ".join(applied))
            if args.receive_only and settings.database_url is None:
                raise ConfigError("--receive-only needs PostgreSQL: set DATABASE_URL")
            run(settings, webhook=False, work=not args.receive_only)
        elif args.command == "worker":
            settings.require_token()
            if settings.database_url is None:
                raise ConfigError("worker needs PostgreSQL: set DATABASE_URL=postgresql://…")
            run(settings, webhook=False, receive=False)
        elif args.command == "webhook":
            settings.require_token()
            settings.require_webhook()
            if applied:
                log.info("applied migrations: %s", ", ".join(applied))
            run(settings, webhook=True)
    except (ConfigError, MigrationError, BackupError) as exc:
        print(f"twincity-bot: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
