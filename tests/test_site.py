"""The site is alive: home page with the map, GeoJSON, admin, deploy checks, compose file."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.django_db
def test_root_redirects_to_a_language(client):
    response = client.get("/", headers={"accept-language": "fr"})
    assert response.status_code == 302
    assert response["Location"] == "/fr/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "direction", "name"),
    [
        ("ar", "rtl", "سوس - ماسة"),
        ("fr", "ltr", "Souss-Massa"),
        ("en", "ltr", "Souss-Massa"),
    ],
)
def test_home_page_shows_the_map_and_the_regions(client, regions, lang, direction, name):
    response = client.get(f"/{lang}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'dir="{direction}"' in html
    assert 'id="regions-map"' in html
    assert "leaflet/leaflet.js" in html  # django-leaflet's bundled Leaflet, no CDN
    assert "unpkg.com" not in html and "cdn" not in html.lower()
    assert name in html
    assert html.count('data-region="MA-') == 12


@pytest.mark.django_db
def test_regions_geojson_endpoint(client, regions):
    response = client.get("/regions.geojson")
    assert response.status_code == 200
    data = response.json()
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 12
    assert data["features"][8]["properties"]["name_fr"] == "Souss-Massa"


@pytest.mark.django_db
def test_admin_lists_every_model(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    for model in [
        "region",
        "article",
        "meeting",
        "official",
        "exportfigure",
        "participation",
        "source",
    ]:
        assert (
            admin_client.get(
                f"/admin/{'regions' if model == 'region' else 'events'}/{model}/"
            ).status_code
            == 200
        )


def test_production_settings_pass_deploy_checks():
    # A deployment's environment: without the browser tests' DJANGO_ALLOW_ASYNC_UNSAFE.
    inherited = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "x" * 20 + "-production-grade-secret-key-of-enough-length-and-variety-1234",
        "ALLOWED_HOSTS": "jihat.example.ma",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_docker_compose_file_is_valid():
    compose = shutil.which("docker-compose")
    assert compose, "docker-compose (Debian package) is installed by scripts/install.sh"
    result = subprocess.run(
        [compose, "-f", str(ROOT / "docker-compose.yml"), "config", "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    services = subprocess.run(
        [compose, "-f", str(ROOT / "docker-compose.yml"), "config", "--services"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout.split()
    assert set(services) >= {"web", "worker", "beat", "db", "redis"}


def test_static_files_collect_with_the_production_storage(tmp_path):
    """collectstatic with the manifest storage (production, `make run`) finds every reference."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "STATIC_ROOT": str(tmp_path / "static"),
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v", "0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    manifest = (tmp_path / "static" / "staticfiles.json").read_text()
    assert "js/map.js" in manifest and "leaflet.markercluster.js" in manifest
