"""Shared paths for the extraction tests (no Django needed)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEVSET = Path(__file__).resolve().parent / "devset"
DEV_ARTICLES = DEVSET / "articles"
DEV_GOLD = DEVSET / "gold.json"
SETB = Path(__file__).resolve().parent / "setb"
SETB_ARTICLES = SETB / "articles"
SETB_GOLD = SETB / "gold.json"
