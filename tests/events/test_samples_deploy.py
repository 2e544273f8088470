"""The demo articles reach every way of running the product: `make run` and `docker-compose up`.

There is no Docker engine here: the compose file is read as docker-compose resolves it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def compose_config(*args: str) -> dict:
    compose = shutil.which("docker-compose")
    assert compose, "docker-compose (Debian package) is installed by scripts/install.sh"
    done = subprocess.run(
        [compose, "-f", str(ROOT / "docker-compose.yml"), *args, "config"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return yaml.safe_load(done.stdout)


def test_docker_compose_up_loads_the_demo_articles_once_the_worker_is_up():
    services = compose_config()["services"]
    samples = services["samples"]
    assert samples["command"] == ["python", "manage.py", "load_samples", "--if-empty"]
    assert samples["depends_on"] == {
        "web": {"condition": "service_healthy"},
        "worker": {"condition": "service_healthy"},
    }
    assert samples["restart"] == "no"
    assert samples["image"] == services["web"]["image"]  # the corpus comes with the image


def test_docker_compose_mounts_nothing_outside_the_project_unless_asked():
    services = compose_config()["services"]
    started_by_default = {n: s for n, s in services.items() if not s.get("profiles")}
    mounts = [
        v.get("source", "") if isinstance(v, dict) else str(v).split(":")[0]
        for s in started_by_default.values()
        for v in s.get("volumes", [])
    ]
    assert not [m for m in mounts if m.startswith(str(ROOT.parent)) and "shared" in m], mounts
    seeds = services["seeds"]
    assert seeds["profiles"] == ["seeds"]
    assert seeds["depends_on"] == {"samples": {"condition": "service_completed_successfully"}}


def test_the_image_and_make_run_carry_the_corpus():
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert not any(p.strip("/*") in {"events", "events/samples"} for p in ignored)
    assert "load_samples --if-empty" in (ROOT / "scripts" / "run.sh").read_text()
