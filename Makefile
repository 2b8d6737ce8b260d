# sosialisasi: the two commands a newcomer needs are `make serve` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PROPERDOCS_VENV ?= .venv-properdocs
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
REGION ?=
CONFIG := $(if $(REGION),regions/$(REGION)/mkdocs.yml,mkdocs.yml)
SITE ?= site
DEPLOY ?= deploy
DEPLOY_FLAGS = $(if $(PUBLIC_URL),--public-url $(PUBLIC_URL)) $(if $(GZIP),--gzip)
export NO_MKDOCS_2_WARNING := 1

.PHONY: help serve build pdf test lint format system browser bench clean deploy-dir deploy-all bundle check validators edit

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $@ $(VENV)/.installed

serve: $(VENV)/.installed ## Build and serve the site on http://127.0.0.1:8000 (REGION=slug for a region)
	$(BIN)/mkdocs serve -f $(CONFIG) --dev-addr $(HOST):$(PORT)

edit: $(VENV)/.installed ## Edit in the browser on this computer: /admin/ + local backend, no account (REGION=slug)
	bash scripts/editor/edit.sh $(CONFIG) $(HOST):$(PORT)

build: $(VENV)/.installed ## Strict build into site/ (replaced only when the build succeeds)
	$(BIN)/python scripts/safe_build.py --config $(CONFIG) --site-dir $(SITE)

pdf: build ## Build, then print the booklet of each language to PDF with Chromium (REGION=slug)
	$(BIN)/sosialisasi pdf --site $(SITE)

FORMAT ?= text
check: $(VENV)/.installed ## Check content without building (REGION=slug, FORMAT=text|github|json)
	$(BIN)/sosialisasi check $(if $(REGION),--region $(REGION)) --format $(FORMAT)

deploy-dir: $(VENV)/.installed ## Ready-to-upload folder deploy/<site>/ + nginx snippet (REGION=, PUBLIC_URL=, GZIP=1)
	$(BIN)/sosialisasi deploy build $(or $(REGION),base) --out $(DEPLOY) $(DEPLOY_FLAGS)

deploy-all: $(VENV)/.installed ## deploy-dir for the national site and every region (+ deploy/_combined/ with PUBLIC_URL)
	$(BIN)/sosialisasi deploy build --all --out $(DEPLOY) $(DEPLOY_FLAGS)
	$(if $(PUBLIC_URL),$(BIN)/sosialisasi deploy assemble --public-url $(PUBLIC_URL) --from $(DEPLOY) --to $(DEPLOY)/_combined)

bundle: $(VENV)/.installed ## Offline zip of the site in dist/, opened from file:// (REGION=slug for a region)
	$(BIN)/sosialisasi bundle $(if $(REGION),--region $(REGION))

system: ## Install the Debian packages the tests drive: Chromium, nginx, shellcheck, Node, Java (root only)
	@bash scripts/setup-system.sh

browser: system ## Same as make system (kept for old habits)

test: $(VENV)/.installed-test $(PROPERDOCS_VENV)/.installed system validators lint ## Lint and run every test, browser tests included
	@bash scripts/editor/setup.sh
	$(BIN)/python -m pytest

validators: system ## Install the npm validators the tests run (vnu-jar, ajv) from their lock file
	@bash scripts/validators/setup.sh

# ProperDocs (the community fork of MkDocs 1.x) in a venv of its own: tests/engine builds the
# site with it and compares the output with MkDocs'.
$(PROPERDOCS_VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(PROPERDOCS_VENV)
	$(PROPERDOCS_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(PROPERDOCS_VENV)/bin/python -m pip install --quiet -e '.[properdocs]'
	touch $@

lint: $(VENV)/.installed-test ## ruff: lint and formatting
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts

format: $(VENV)/.installed-test ## ruff: fix formatting and safe lint findings
	$(BIN)/ruff format src tests scripts
	$(BIN)/ruff check --fix src tests scripts

bench: $(VENV)/.installed-test ## Builds, page weight, Lighthouse vs plain Material (BENCH_QUICK=1: smoke run)
	@bash scripts/bench/setup.sh
	BENCH_COMMAND="make bench $$(env | grep -E '^BENCH_[A-Z_]+=' | grep -v '^BENCH_COMMAND=' | sort | tr '\n' ' ')" \
		PYTHONPATH=scripts $(BIN)/python -m bench

clean: ## Remove built sites and caches
	rm -rf site site.tmp-* $(DEPLOY) dist .pytest_cache .ruff_cache $(PROPERDOCS_VENV)
