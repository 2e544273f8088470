"""English words of the extractor: only what tells an English article from a French one.

The rules read Arabic and French; an English article is labelled "en" (language.py), not read.
"""

from __future__ import annotations

# frequent function words that French does not use as words
FUNCTION_WORDS = (
    "the", "and", "of", "to", "in", "is", "for", "on", "with", "that", "by", "at", "from", "was",
    "were", "are", "as", "this", "its", "has", "have", "been", "which", "will", "their", "during",
)  # fmt: skip
