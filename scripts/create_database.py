"""Create the jihat database and its PostgreSQL extensions if they do not exist yet."""

import os
import sys

import environ
import psycopg
from psycopg import sql

DEFAULT_URL = "postgis://postgres@127.0.0.1:5432/jihat"


def main() -> int:
    config = environ.Env.db_url_config(os.environ.get("DATABASE_URL", DEFAULT_URL))
    params = {
        "host": config.get("HOST") or "127.0.0.1",
        "port": config.get("PORT") or 5432,
        "user": config.get("USER") or "postgres",
        "password": config.get("PASSWORD") or None,
    }
    name = config["NAME"]
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            print(f"[jihat] created database {name}")
    with psycopg.connect(dbname=name, autocommit=True, **params) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
