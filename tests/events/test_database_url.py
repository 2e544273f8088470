"""DATABASE_URL: the postgres:// and postgresql:// forms that hosts hand out mean PostGIS.

With the plain PostgreSQL backend Django passed `check`, then every geometry column failed
with AttributeError ('DatabaseOperations' object has no attribute 'geo_db_type').
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from config.settings.core import POSTGIS_ENGINE, database_from_url

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("scheme", ["postgis", "postgres", "postgresql", "pgsql"])
def test_every_postgresql_scheme_selects_postgis(scheme):
    config = database_from_url(f"{scheme}://jihat:secret@db.example:5433/jihat")
    assert config["ENGINE"] == POSTGIS_ENGINE
    assert (config["USER"], config["HOST"], config["PORT"], config["NAME"]) == (
        "jihat",
        "db.example",
        5433,
        "jihat",
    )


@pytest.mark.parametrize("url", ["sqlite:///var/jihat.db", "mysql://u@h/jihat"])
def test_another_database_is_refused_in_one_clear_line(url):
    with pytest.raises(ImproperlyConfigured, match="jihat needs PostgreSQL with PostGIS"):
        database_from_url(url)


@pytest.mark.django_db(transaction=True)
def test_a_postgres_url_runs_a_spatial_query(regions):
    """The whole stack, started from a postgres:// URL, answers a point-in-region query
    (the regions are committed, so the other process sees them)."""
    db = settings.DATABASES["default"]
    url = f"postgres://{db['USER'] or 'postgres'}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
    code = (
        "from django.contrib.gis.geos import Point; from regions.models import Region; "
        "print(Region.objects.get(geom__contains=Point(-9.6, 30.4, srid=4326)).code)"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": f"{url}/{db['NAME']}",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "MA-09"  # Agadir, Souss-Massa
