#!/usr/bin/env bash
# Install what jihat needs on this machine; safe to run again (it skips what is there).
#   1. Debian packages: PostGIS, GDAL/GEOS/PROJ, Chromium (browser tests), docker-compose
#      (validates docker-compose.yml offline), wrk (benchmarks). Needs root on Debian.
#   2. A virtualenv in .venv with the locked Python packages (requirements/*.lock, via uv).
#   3. Checks that PostgreSQL and Redis answer, creates the database and its extensions.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

APT_PACKAGES=(postgresql-15-postgis-3 gdal-bin libgeos-c1v5 libproj25 chromium docker-compose wrk)
UV_VERSION=0.13.9
LOCK=${JIHAT_LOCK:-requirements/dev.lock}

install_system_packages() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && { say "system packages: all present"; return; }
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    die "missing system packages: ${missing[*]}. On Debian 12 run as root: apt-get update && apt-get install -y ${missing[*]}"
  fi
  say "installing system packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_python_packages() {
  command -v python3.11 >/dev/null || command -v python3 >/dev/null || die "Python 3.11 is needed (python3.11 not found)"
  local py; py=$(command -v python3.11 || command -v python3)
  "$py" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || die "Python 3.11 is needed, found $("$py" --version)"
  if ! command -v uv >/dev/null; then
    say "installing uv $UV_VERSION (fast, lock-exact installs)"
    "$py" -m pip install --quiet --disable-pip-version-check "uv==$UV_VERSION"
  fi
  export UV_PYTHON_DOWNLOADS=never
  [ -x .venv/bin/python ] || uv venv --quiet --python "$py" .venv
  say "python packages: syncing .venv with $LOCK"
  uv pip sync --quiet --python .venv/bin/python "$LOCK"
}

prepare_database() {
  check_services
  .venv/bin/python scripts/create_database.py
}

install_system_packages
install_python_packages
prepare_database
say "install: done"
