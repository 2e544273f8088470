"""Given names common in Morocco (Arabic and Latin spellings): they mark where a name starts.

The words live in `lang/ar.py` and `lang/fr.py`; here they are normalised once into sets.
"""

from __future__ import annotations

from .lang import ar, fr
from .normalize import norm

AR_FIRST_NAMES: frozenset[str] = frozenset(norm(w) for w in ar.FIRST_NAMES)
LAT_FIRST_NAMES: frozenset[str] = frozenset(norm(w).lower() for w in fr.FIRST_NAMES)
# Tokens that join the next token to a name: عبد الرزاق, Ben Salah, Aït Taleb, Ould Errachid.
AR_NAME_PARTICLES: frozenset[str] = frozenset(norm(w) for w in ar.NAME_PARTICLES)
LAT_NAME_PARTICLES: frozenset[str] = frozenset(fr.NAME_PARTICLES)
