# The two quick-start commands are `make demo` and `make test`; see README.md.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py

# What the tests run with: production-like (debug off), plain HTTP on loopback.
TEST_ENV := DJANGO_DEBUG=0 DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-tests-only-secret-key} \
	DJANGO_SECURE_SSL_REDIRECT=0 DJANGO_SECURE_COOKIES=0 \
	DJANGO_ALLOWED_HOSTS=localhost,127.0.0.1,testserver

.PHONY: demo test install lint format messages run worker clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

## Brings up the portal with demo content on SQLite, tasks run in process: http://127.0.0.1:8000
demo: install
	scripts/system-deps
	DJANGO_DEBUG=1 $(MANAGE) migrate --noinput
	DJANGO_DEBUG=1 $(MANAGE) load_demo
	DJANGO_DEBUG=1 $(MANAGE) runserver 127.0.0.1:8000

## Installs everything and runs the whole suite (lint, unit, worker and browser tests).
test: install node_modules/.installed
	scripts/system-deps --test
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(TEST_ENV) $(MANAGE) makemigrations --check --dry-run
	$(TEST_ENV) $(MANAGE) collectstatic --noinput --verbosity 0
	$(TEST_ENV) $(PY) -m pytest $(PYTEST_ARGS)

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: install
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

## Refresh and compile the Arabic and French catalogues.
messages: install
	DJANGO_DEBUG=1 $(MANAGE) makemessages -l ar -l fr --no-obsolete --ignore=.venv --ignore=node_modules --ignore=var
	DJANGO_DEBUG=1 $(MANAGE) compilemessages --ignore=.venv --ignore=node_modules

run: install
	DJANGO_DEBUG=1 $(MANAGE) runserver 127.0.0.1:8000

worker: install
	DJANGO_DEBUG=1 $(VENV)/bin/celery -A imrf_portal worker --loglevel=info

clean:
	rm -rf $(VENV) node_modules var db.sqlite3
