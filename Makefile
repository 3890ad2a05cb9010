# Portail — the two commands: `make run` and `make test`.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORTAIL := $(BIN)/portail
PG_URL ?= postgres://postgres@127.0.0.1:5432/portail
CHROMIUM ?= /usr/bin/chromium

.PHONY: run test lint format check test-sqlite test-postgres test-e2e test-units test-unit-sqlite test-unit-postgres chromium postgres-up mariadb-up bench bench-tools clean

# pip's noise about this machine's absent local mirrors is filtered out; errors still show.
PIP_INSTALL := $(BIN)/python -m pip install --quiet --disable-pip-version-check
QUIET_PIP := 2>&1 | { grep -v "is ignored: it is neither a file nor a directory" || true; }

$(BIN)/.installed: requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) -r requirements.lock $(QUIET_PIP)
	$(PIP_INSTALL) --no-deps -e . $(QUIET_PIP)
	$(BIN)/python -c "import portail, wagtail, django"
	touch $@

venv: $(BIN)/.installed

var/secret_key:
	mkdir -p var
	$(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@
	chmod 600 $@

# Serves on http://127.0.0.1:8000 with DEBUG off; plain HTTP because it is loopback only.
run: $(BIN)/.installed var/secret_key
	export DJANGO_SETTINGS_MODULE=portail.settings.production HTTPS=off; \
	export SECRET_KEY="$${SECRET_KEY:-$$(cat var/secret_key)}"; \
	$(PORTAIL) ensuredb; \
	$(PORTAIL) migrate --noinput -v0; \
	$(PORTAIL) demo; \
	$(PORTAIL) serve --host 127.0.0.1 --port 8000

lint: $(BIN)/.installed
	$(BIN)/lint-imports --no-cache
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check $$(find portail -path '*/templates/*' -name '*.html')

format: $(BIN)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml $$(find portail -path '*/templates/*' -name '*.html')

check: $(BIN)/.installed
	DJANGO_SETTINGS_MODULE=portail.settings.test $(PORTAIL) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=portail.settings.test DATABASE_URL=sqlite:///:memory: $(PORTAIL) makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=portail.settings.production SECRET_KEY="$$($(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))')" \
		BASE_URL=https://portail.example.org $(PORTAIL) check --deploy --fail-level WARNING

chromium:
	@test -x $(CHROMIUM) || { echo "Chromium missing: installing Debian's chromium package"; \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; }
	@test -x $(CHROMIUM) || { echo "ERROR: $(CHROMIUM) is still missing: browser tests cannot run." >&2; exit 1; }

bench-tools:
	@command -v wrk >/dev/null && command -v nginx >/dev/null && command -v valgrind >/dev/null \
		&& test -f /usr/lib/nginx/modules/ngx_http_cache_purge_module.so \
		|| { echo "Installing Debian's wrk, nginx-light, nginx's purge module and valgrind for the benchmark"; \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk nginx-light libnginx-mod-http-cache-purge valgrind; }

# Throughput, latency and SQL queries at 100k beside nginx: writes docs/PERFORMANCE.md.
bench: $(BIN)/.installed bench-tools
	$(BIN)/python bench/run.py

postgres-up:
	@$(BIN)/python -c "import psycopg; psycopg.connect('$(PG_URL:postgres://%=postgresql://%)'.rsplit('/', 1)[0] + '/postgres', connect_timeout=5).close()" \
		|| { echo "ERROR: PostgreSQL is not reachable at 127.0.0.1:5432: the PostgreSQL half of the suite cannot run." >&2; exit 1; }

# The SPIP migration's tests build SPIP databases on MariaDB, as SPIP sites run.
mariadb-up:
	@$(BIN)/python -c "import pymysql; pymysql.connect(host='127.0.0.1', port=3306, user='root', password='', connect_timeout=5).close()" \
		|| { echo "ERROR: MariaDB is not reachable at 127.0.0.1:3306 (root, no password): the SPIP migration tests cannot run." >&2; exit 1; }

PYTEST := $(BIN)/pytest -p no:cacheprovider

# Browser tests run in their own session: their live server needs transactional tests, whose
# table flushes must not meet the module-scoped data of the others.
test-e2e: $(BIN)/.installed chromium postgres-up
	DATABASE_URL=sqlite:///:memory: $(PYTEST) -m e2e

test-unit-sqlite: $(BIN)/.installed postgres-up mariadb-up
	DATABASE_URL=sqlite:///:memory: $(PYTEST) -m "not e2e" -n 2

UNIT_POSTGRES := DATABASE_URL=$(PG_URL) $(PYTEST) -m "not e2e" --create-db -n 2

test-unit-postgres: $(BIN)/.installed postgres-up mariadb-up
	$(UNIT_POSTGRES)

test-sqlite: test-unit-sqlite test-e2e

test-postgres: test-unit-postgres

# The browser tests run beside the SQLite then PostgreSQL suites: alone, while they wait on
# servers and Chromium, part of the second core is idle. Each side's output is printed whole
# when it ends.
test-units: test-unit-sqlite
	$(UNIT_POSTGRES)

test: lint check chromium postgres-up mariadb-up
	$(MAKE) --no-print-directory -j2 --output-sync=target test-e2e test-units

clean:
	rm -rf $(VENV) var/static
