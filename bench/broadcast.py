"""Broadcast throughput: 10,000 recipients through the outbox worker against the emulator.

Both sides run in real time with Telegram's limit scaled up (default 300 messages/s overall,
per-chat limit unchanged); the achieved rate is reported as a ratio to that limit.
Run: python -m bench.broadcast [--recipients N] [--rate R]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from bench.common import result, seed_people
from bot.app import build_application
from bot.clock import SystemClock
from bot.config import Settings
from bot.db import outbox
from bot.delivery.worker import DeliveryWorker, Pace
from bot.domain.broadcasts import Audience, AudienceKind, Broadcast, BroadcastStatus
from bot.offline.emulator import Limits, SimRequest, TelegramSim
from bot.services.demo import seed_demo


async def run(recipients: int, rate: float) -> float:
    clock = SystemClock()
    sim = TelegramSim(clock, limits=Limits(global_per_second=rate, global_burst=int(rate)))
    with tempfile.TemporaryDirectory() as tmp:
        app = build_application(
            Settings(database_path=Path(tmp) / "bench.sqlite3"),
            request=SimRequest(sim),
            clock=clock,
        )
        await app.initialize()
        assert app.post_init is not None
        await app.post_init(app)
        services = app.bot_data.services
        assert services is not None
        partnership_id, _ = await seed_demo(services.db, clock)
        partnership = await services.partnerships.get(partnership_id)
        assert partnership is not None
        await seed_people(
            services.db,
            sim,
            partnership_id,
            [c.id for c in partnership.cities],
            recipients,
            clock.now(),
        )
        async with services.db.transaction() as conn:
            from bot.db import broadcasts

            broadcast_id = await broadcasts.create(
                conn,
                Broadcast(
                    0,
                    partnership_id,
                    None,
                    BroadcastStatus.SENDING,
                    Audience(AudienceKind.PARTNERSHIP),
                    "en",
                    {"en": "<b>Bench</b> announcement", "de": "<b>Bench</b>-Ankündigung"},
                ),
                clock.now(),
            )
            started = time.perf_counter()
            queued = await services.broadcasts.fan_out(conn, broadcast_id)
        fan_out_seconds = time.perf_counter() - started
        worker = DeliveryWorker(services.db, app.bot, clock, pace=Pace(per_second=rate))
        began = time.perf_counter()
        report = await worker.drain()
        elapsed = time.perf_counter() - began
        async with services.db.reading() as conn:
            left = await outbox.pending_count(conn)
        await app.shutdown()
        assert app.post_shutdown is not None
        await app.post_shutdown(app)
    achieved = report.sent / elapsed
    ratio = achieved / rate
    print(f"recipients              {recipients}")
    print(f"queued by fan-out       {queued} in {fan_out_seconds:.2f} s")
    print(f"limit (scaled)          {rate:.0f} messages/s overall, 1/s per chat")
    print(
        f"sent                    {report.sent}   blocked {report.blocked}   "
        f"failed {report.failed}   left {left}"
    )
    print(
        f"429 answers from Telegram {sim.error_counts.get(429, 0)}   "
        f"rate-limited retries {report.rate_limited}"
    )
    print(f"elapsed                 {elapsed:.2f} s")
    print(f"achieved rate           {achieved:.1f} messages/s")
    return ratio


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--recipients", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=300.0)
    args = parser.parse_args()
    ratio = asyncio.run(run(args.recipients, args.rate))
    print(result("rate_ratio", ratio, ">=", 0.95))


if __name__ == "__main__":
    main()
