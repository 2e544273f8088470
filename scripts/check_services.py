"""Check that PostgreSQL and Redis answer; print one clear line per missing service."""

import os
import socket
import sys
from urllib.parse import urlparse

HOW_TO_START = {
    "PostgreSQL": "start it with: pg_ctlcluster 15 main start (or: service postgresql start)",
    "Redis": "start it with: redis-server --daemonize yes (or: service redis-server start)",
}


def reachable(url: str, default_port: int) -> tuple[str, int, bool]:
    parsed = urlparse(url)
    host, port = parsed.hostname or "127.0.0.1", parsed.port or default_port
    try:
        with socket.create_connection((host, port), timeout=3):
            return host, port, True
    except OSError:
        return host, port, False


def main() -> int:
    checks = [
        ("PostgreSQL", os.environ.get("DATABASE_URL", "postgis://127.0.0.1:5432/jihat"), 5432),
        ("Redis", os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0"), 6379),
    ]
    failed = False
    for name, url, port in checks:
        host, port, ok = reachable(url, port)
        if not ok:
            print(
                f"[jihat] error: {name} is not reachable at {host}:{port}; {HOW_TO_START[name]}",
                file=sys.stderr,
            )
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
