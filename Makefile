# Huisbezoek developer tasks. `make help` lists them.
PYTHON ?= python
QT_QPA_PLATFORM ?= offscreen
export QT_QPA_PLATFORM

.DEFAULT_GOAL := help
.PHONY: help lint format test test-ui test-e2e tr-extract tr-coverage tr-compile tr-check build bench clean

help: ## list the targets
	@grep -E '^[a-zA-Z0-9_-]+:.*## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*## "}; {printf "  %-12s %s\n", $$1, $$2}'

lint: ## ruff lint + format check
	$(PYTHON) -m ruff check app tests
	$(PYTHON) -m ruff format --check app

format: ## ruff format + import sort
	$(PYTHON) -m ruff check --select I --fix app tests
	$(PYTHON) -m ruff format app

test: ## unit + store tests (no UI)
	$(PYTHON) -m pytest tests/unit tests/store -q

test-ui: ## UI tests, offscreen (pytest-qt)
	$(PYTHON) -m pytest tests/ui -q

test-e2e: ## end-to-end tests against a local server on 127.0.0.1
	$(PYTHON) -m pytest tests/e2e -q

tr-extract: ## update translations/content_<lang>.ts from forms, cards and messages
	$(PYTHON) -m app.i18n extract

tr-coverage: ## per language: translated, reviewed, falling back to Dutch
	$(PYTHON) -m app.i18n coverage

tr-check: ## broken catalogues and refused translations (exit 1 if any)
	$(PYTHON) -m app.i18n check

tr-compile: ## pyside6-lrelease translations/app_*.ts -> .qm (optional: .ts also works)
	$(PYTHON) -m app.i18n compile

build: tr-compile ## PyInstaller one-folder bundle in dist/
	$(PYTHON) -m PyInstaller build.spec --noconfirm

bench: ## performance numbers (JSON)
	$(PYTHON) -m app.bench --json

clean: ## remove build output and compiled catalogues
	rm -rf build dist translations/*.qm
