"""Leaderboard speed: the results query over 10,000 ideas and 200,000 votes.

Ideas and votes are written through the real repositories' tables (votes keep
ideas.vote_count in step as the vote repository does); the query is the one /ideas results
uses. Run: python -m bench.leaderboard [--ideas N] [--votes N] [--runs N]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.common import result
from bot.clock import SystemClock
from bot.db import ideas as ideas_db
from bot.db.connection import connect
from bot.db.migrations import apply_migrations
from bot.services.demo import seed_demo


async def run(idea_count: int, vote_count: int, runs: int) -> float:
    random.seed(7)
    with tempfile.TemporaryDirectory() as tmp:
        db = connect(Path(tmp) / "bench.sqlite3")
        await db.open()
        await apply_migrations(db.conn)
        partnership_id, _ = await seed_demo(db, SystemClock())
        now = datetime(2027, 3, 1, tzinfo=UTC).isoformat()
        async with db.transaction() as conn:
            themes = [
                r[0]
                for r in await conn.execute_fetchall(
                    "SELECT id FROM themes WHERE partnership_id = ?", (partnership_id,)
                )
            ]
            cities = [
                r[0]
                for r in await conn.execute_fetchall(
                    "SELECT id FROM cities WHERE partnership_id = ?", (partnership_id,)
                )
            ]
            await conn.executemany(
                "INSERT INTO ideas (id, partnership_id, author_id, city_id, language, title,"
                " description, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?,"
                " 'published', ?, ?)",
                [
                    (
                        i,
                        partnership_id,
                        1_000_000 + i,
                        cities[i % len(cities)],
                        "de",
                        f"Idee {i}",
                        "Beschreibung",
                        now,
                        now,
                    )
                    for i in range(1, idea_count + 1)
                ],
            )
            await conn.executemany(
                "INSERT INTO idea_themes (idea_id, theme_id) VALUES (?, ?)",
                [(i, themes[i % len(themes)]) for i in range(1, idea_count + 1)],
            )
            # Popularity is skewed, as at a real workshop: a few ideas get most dots.
            weights = [1 / (rank**0.8) for rank in range(1, idea_count + 1)]
            votes: set[tuple[int, int]] = set()
            voter = 0
            while len(votes) < vote_count:
                voter += 1
                for idea in random.choices(range(1, idea_count + 1), weights, k=5):
                    votes.add((idea, voter))
            chosen = list(votes)[:vote_count]
            await conn.executemany(
                "INSERT INTO votes (idea_id, user_id, partnership_id, created_at)"
                " VALUES (?, ?, ?, ?)",
                [(idea, user, partnership_id, now) for idea, user in chosen],
            )
            await conn.execute(
                "UPDATE ideas SET vote_count ="
                " (SELECT COUNT(*) FROM votes WHERE votes.idea_id = ideas.id)"
            )
            await conn.execute("ANALYZE")
        timings: dict[str, list[float]] = {"overall": [], "theme": [], "city": []}
        top: list[tuple[int, str, str, int]] = []
        for run_number in range(runs):
            for kind in timings:
                async with db.reading() as conn:
                    began = time.perf_counter()
                    found = await ideas_db.leaderboard(
                        conn,
                        partnership_id,
                        theme_id=themes[run_number % len(themes)] if kind == "theme" else None,
                        city_id=cities[run_number % len(cities)] if kind == "city" else None,
                    )
                    timings[kind].append((time.perf_counter() - began) * 1000)
                if kind == "overall":
                    top = found
        async with db.reading() as conn:
            check = await conn.execute_fetchall(
                "SELECT idea_id, COUNT(*) c FROM votes GROUP BY idea_id ORDER BY c DESC, idea_id"
                " LIMIT 1"
            )
        await db.close()
    print(f"ideas                   {idea_count}")
    print(f"votes                   {len(chosen)} from {voter} voters")
    print(f"runs per query          {runs}")
    for kind, values in timings.items():
        print(
            f"leaderboard {kind:<10}  median {statistics.median(values):.2f} ms   "
            f"p95 {sorted(values)[int(len(values) * 0.95) - 1]:.2f} ms"
        )
    first = next(iter(check))
    print(
        f"top idea                #{top[0][0]} with {top[0][3]} votes "
        f"(COUNT(*) check: #{first[0]} with {first[1]})"
    )
    return statistics.median(timings["overall"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ideas", type=int, default=10_000)
    parser.add_argument("--votes", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=51)
    args = parser.parse_args()
    median = asyncio.run(run(args.ideas, args.votes, args.runs))
    print(result("leaderboard_median_ms", median, "<", 50, digits=2))


if __name__ == "__main__":
    main()
