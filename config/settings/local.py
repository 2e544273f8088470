"""This machine over plain HTTP: `make run` (DEBUG off, the product as its users see it) and
`make dev` (DEBUG on, for development). The DEBUG default stays on for a bare `manage.py
runserver`, which serves static files only with it."""

from .base import *  # noqa: F403
from .env import env

DEBUG = env.bool("DEBUG", default=True)
# Debugging: any host name (a phone on the LAN); the product: only this machine's own names,
# as in production (scripts/run.sh adds HOST when it serves another address).
ALLOWED_HOSTS = env.list(
    "ALLOWED_HOSTS", default=["*"] if DEBUG else ["127.0.0.1", "localhost", "[::1]"]
)
