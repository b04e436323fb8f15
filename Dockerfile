# Twin City Bot: one process, SQLite on a volume, long polling by default.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DATABASE_PATH=/data/twincity.sqlite3

RUN useradd --create-home --uid 10001 twincity \
    && mkdir /data && chown twincity:twincity /data

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY locales ./locales
COPY migrations ./migrations
# Editable install: locales/ and migrations/ are read from /app beside the package.
RUN pip install -e .

USER twincity
VOLUME ["/data"]
CMD ["twincity-bot", "run"]
