# Huisbezoek developer tasks. `make help` lists them.
PYTHON ?= python
QT_QPA_PLATFORM ?= offscreen
export QT_QPA_PLATFORM

.DEFAULT_GOAL := help
.PHONY: help lint format typecheck contracts check floors mutate test test-ui test-e2e tr-extract tr-coverage tr-compile tr-check build bench clean

help: ## list the targets
	@grep -E '^[a-zA-Z0-9_-]+:.*## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*## "}; {printf "  %-12s %s\n", $$1, $$2}'

lint: ## ruff lint + format check (app and tests)
	$(PYTHON) -m ruff check app tests
	$(PYTHON) -m ruff format --check app tests

format: ## ruff format + import sort
	$(PYTHON) -m ruff check --select I --fix app tests
	$(PYTHON) -m ruff format app tests

STRICT_PACKAGES ?= app/domain app/store app/services app/printing
typecheck: ## mypy --strict on the core packages; mypy app may not gain errors
	$(PYTHON) -m mypy --strict --follow-imports=silent $(STRICT_PACKAGES)
	$(PYTHON) .ci/mypy_ratchet.py

contracts: ## import-linter contracts (pyproject.toml) + the boundary test
	lint-imports --no-cache
	$(PYTHON) -m pytest -q tests/unit/test_boundaries.py

check: lint contracts typecheck tr-check ## every gate of .ci/run except the tests and the bundle

floors: ## constraints file pinning each dependency to its declared floor (stdout)
	@$(PYTHON) .ci/floors.py

MUTATE_PATHS ?= app/domain/deadlines.py app/store/crypto.py
mutate: ## mutation testing (mutmut) over deadlines and crypto; lists the survivors
	$(PYTHON) -m mutmut run $(if $(MAX_CHILDREN),--max-children $(MAX_CHILDREN))
	$(PYTHON) -m mutmut results

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

tr-check: ## broken catalogues, refused translations, UI placeholders, form key snapshots
	$(PYTHON) -m app.i18n check
	$(PYTHON) -m pytest -q tests/unit/test_ui_catalogues.py tests/unit/test_form_translation_keys.py

tr-compile: ## pyside6-lrelease translations/app_*.ts -> .qm (optional: .ts also works)
	$(PYTHON) -m app.i18n compile

build: ## PyInstaller one-folder bundle in dist/ (build.spec compiles the UI .qm itself)
	$(PYTHON) -m PyInstaller build.spec --noconfirm

bench: ## performance numbers (JSON)
	$(PYTHON) -m app.bench --json

clean: ## remove build output and compiled catalogues
	rm -rf build dist translations/*.qm mutants
