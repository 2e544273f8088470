"""Shared paths for the extraction tests (no Django needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SEEDS_DIR = SHARED / "seeds"
SEEDS_GOLD = SHARED / "gold" / "seeds_gold.json"
DEVSET = Path(__file__).resolve().parent / "devset"
DEV_ARTICLES = DEVSET / "articles"
DEV_GOLD = DEVSET / "gold.json"
SETB = Path(__file__).resolve().parent / "setb"
SETB_ARTICLES = SETB / "articles"
SETB_GOLD = SETB / "gold.json"


@pytest.fixture(scope="session")
def seeds_available() -> bool:
    """Seeds live beside the repo clone in CI."""
    return SEEDS_GOLD.exists()
