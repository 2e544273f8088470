"""Ingestion: what the pipeline accepts, how far it reads, what it fetches, what it publishes.

README § Security → Fetch policy explains the fetch rules these settings bound.
"""

from .env import BASE_DIR, env

# More articles `make run` ingests after the demo articles, when the folder exists.
JIHAT_SEEDS_DIR = env.path("JIHAT_SEEDS_DIR", default=BASE_DIR.parent / "shared" / "seeds")
# Publish machine-made meetings directly when every fact is confident; off: staff review first.
JIHAT_AUTO_PUBLISH = env.bool("JIHAT_AUTO_PUBLISH", default=False)
# One size limit for an uploaded file and a fetched page, checked before any work.
JIHAT_MAX_INPUT_MB = env.float("JIHAT_MAX_INPUT_MB", default=5)
# Characters of an article's text handed to the extractor; the rest stays stored. Press
# articles are under 4,000 characters; the extractor answers 100,000 in well under a second.
JIHAT_EXTRACTION_MAX_CHARS = env.int("JIHAT_EXTRACTION_MAX_CHARS", default=100_000)
# One fetch (lookup, connect, TLS, every redirect and the whole body) ends after this many
# seconds, however slowly the server trickles its bytes.
JIHAT_FETCH_DEADLINE = env.float("JIHAT_FETCH_DEADLINE", default=30)
# Fetch from loopback and private addresses too (on any port): only for tests and benchmarks
# that serve pages from 127.0.0.1. Off, only public internet addresses on ports 80 and 443.
JIHAT_FETCH_ALLOW_PRIVATE = env.bool("JIHAT_FETCH_ALLOW_PRIVATE", default=False)
