# jihat: `make help` lists the targets. Everything runs from the project's .venv.
.DEFAULT_GOAL := help
PY := .venv/bin/python
SHELL := /bin/bash

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  \033[36m%-12s\033[0m %s\n", $$1, $$2}'

install: ## Install system packages (root, Debian), the locked Python packages and the database
	@bash scripts/install.sh

run: ## Run the product as its users see it (DEBUG off): database, regions, worker, demo articles, gunicorn
	@bash scripts/run.sh

dev: ## The same for development: DEBUG on, Django's auto-reloading server
	@bash scripts/run.sh --dev

test: install ## Run the test suite on the real PostGIS, Redis and Celery worker
	$(PY) -m pytest

lint: ## ruff check and format check
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

SHARED ?= ../shared
EXTRACTION_SETS := tests/extraction
REAL_SET := real=$(SHARED)/real/articles,$(SHARED)/real/gold.json
eval: ## Score the extractor on every annotated set side by side; calibration and misses on ../shared/real
	@$(PY) -m events.extraction.report \
	  seeds=$(SHARED)/seeds,$(SHARED)/gold/seeds_gold.json \
	  devset=$(EXTRACTION_SETS)/devset/articles,$(EXTRACTION_SETS)/devset/gold.json \
	  setb=$(EXTRACTION_SETS)/setb/articles,$(EXTRACTION_SETS)/setb/gold.json \
	  holdout=$(EXTRACTION_SETS)/holdout/articles,$(EXTRACTION_SETS)/holdout/gold.json \
	  $(REAL_SET) \
	  --calibration real --misses real
	@$(PY) manage.py eval_grouping $(SHARED)/real/articles $(SHARED)/real/events.json

calibrate: ## Refit the extractor's confidence table (events/extraction/calibration.json) on ../shared/real
	@$(PY) -m events.extraction.report --fit-calibration $(REAL_SET)

bench: ## Extraction benchmark (articles per second, p50/p99, memory)
	$(PY) benchmarks/extraction.py

bench-ingest: ## Ingestion benchmark: 2,000 local pages through real Celery workers
	$(PY) benchmarks/ingest.py --articles 2000

bench-hostile: ## Hostile input through the extraction CLI and a real worker: answered within 120 s, nothing stored changed
	$(PY) benchmarks/hostile_ingest.py --budget 120

bench-api: ## API benchmark at 100,000 meetings (wrk on gunicorn, EXPLAIN ANALYZE; DB jihat_bench)
	$(PY) benchmarks/api.py

lock: ## Re-resolve requirements/*.lock from pyproject.toml (needs the network to PyPI)
	uv pip compile pyproject.toml --python-version 3.11 --generate-hashes -o requirements/base.lock -q
	uv pip compile pyproject.toml --group dev --python-version 3.11 --generate-hashes -o requirements/dev.lock -q

.PHONY: help install run dev test lint eval calibrate bench bench-ingest bench-hostile bench-api lock
