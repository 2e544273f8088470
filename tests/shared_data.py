"""Data from outside the repository: `../shared` (seeds, gold, real articles) beside the clone.

A new user's clone has nothing beside it, so a test that needs this data skips and names what is
missing; under `CI=true` the same absence is a failure, so CI always runs those tests. Each use
is recorded, and the test session prints how many such tests ran (see `tests/conftest.py`).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DIR = Path(os.environ.get("JIHAT_SHARED_DIR") or REPO.parent / "shared")

# Node ids of the tests that asked for shared data, and whether it was there.
used: dict[str, bool] = {}


def _current_test() -> str | None:
    current = os.environ.get("PYTEST_CURRENT_TEST")
    return current.rsplit(" ", 1)[0] if current else None


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def shared_path(*parts: str) -> Path:
    """A path under `../shared`; skip (or fail when CI=true) naming it when it is absent."""
    path = SHARED_DIR.joinpath(*parts)
    present = path.exists()
    if (node := _current_test()) is not None:
        used[node] = present
    if not present:
        message = f"{node or 'this test'} needs data from outside the repository: {path} is absent"
        if in_ci():
            pytest.fail(f"{message} (CI=true requires it)", pytrace=False)
        pytest.skip(message)
    return path
