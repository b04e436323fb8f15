"""The one scheduler: PTB's JobQueue (APScheduler) wakes the due-work runner regularly.

What is due lives in the `due_tasks` table, so nothing needs rebuilding at start: the first
run after a restart finds everything that came due meanwhile (misfire grace is unlimited and
runs coalesce, so a late wake-up acts once, not many times).
"""

from __future__ import annotations

import logging

from telegram.ext import Application, ContextTypes

from bot.services.due import DueWork

log = logging.getLogger(__name__)
DUE_WORK_JOB = "due-work"
DUE_WORK_INTERVAL_SECONDS = 30


def schedule_due_work(app: Application, due: DueWork) -> None:
    async def due_work_job(context: ContextTypes.DEFAULT_TYPE) -> None:
        done = await due.run()
        if done:
            log.info("due work: %d task(s) done", done)

    assert app.job_queue is not None, "install python-telegram-bot[job-queue]"
    app.job_queue.run_repeating(
        due_work_job,
        interval=DUE_WORK_INTERVAL_SECONDS,
        first=1,
        name=DUE_WORK_JOB,
        job_kwargs={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
    )
