# Shared shell helpers for scripts/*.sh (sourced, not run).
say() { printf '\033[1;34m[jihat]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[jihat] error:\033[0m %s\n' "$*" >&2; exit 1; }

# PostgreSQL and Redis must be running before anything else; say how to start them if not.
check_services() {
  .venv/bin/python scripts/check_services.py || exit 1
}
