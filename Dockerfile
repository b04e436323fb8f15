# Twin City Bot: one process, SQLite on a volume; long polling by default, webhook with
#   docker run … twincity-bot webhook   (needs WEBHOOK_URL and WEBHOOK_SECRET)
# With DATABASE_URL=postgresql://… it uses PostgreSQL instead (compose.yaml does so).
# An exact Python and Debian release: the image builds the same until we move it on purpose.
FROM python:3.11.13-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DATABASE_PATH=/data/twincity.sqlite3

# pg_dump/pg_restore for `twincity-bot backup` on PostgreSQL (Debian bookworm's 15, the
# server version compose.yaml runs; a client must be the server's major version or newer).
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --create-home --uid 10001 twincity \
    && mkdir /data && chown twincity:twincity /data

WORKDIR /app
# Dependencies first, exactly as locked (hash-checked): this layer is reused until the lock
# changes.
COPY requirements.lock ./
RUN pip install --require-hashes -r requirements.lock
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY locales ./locales
COPY migrations ./migrations
# Editable install: locales/ and migrations/ are read from /app beside the package. Nothing
# else is resolved: everything it needs came from the lock.
RUN pip install --no-deps -e .

USER twincity
VOLUME ["/data"]
# 8080: webhook requests (webhook mode); 8081: GET /healthz (both modes). Outside a container
# both listen on 127.0.0.1 by default; inside, the webhook must listen on every interface to be
# published with -p (health stays on loopback for the HEALTHCHECK below; HEALTH_LISTEN to change).
ENV WEBHOOK_LISTEN=0.0.0.0
EXPOSE 8080 8081
# Healthy = the database answers; /healthz returns 503 otherwise, which urlopen raises on.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('HEALTH_PORT', '8081') + '/healthz', timeout=4)"]
# SIGTERM (docker stop) finishes the updates in flight and stops delivery cleanly.
STOPSIGNAL SIGTERM
CMD ["twincity-bot", "run"]
