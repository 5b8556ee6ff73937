# Two commands set everything up: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= clinic_site.settings.dev

.DEFAULT_GOAL := help
.PHONY: help run test lint check messages migrate demo demo-users superuser node-deps fonts icons screenshots serve lighthouse clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-14s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	@touch $@ $(VENV)/.runtime

migrate: $(VENV)/.runtime ## Apply database migrations
	$(BIN)/python manage.py migrate --noinput

# The notification worker (appointment emails, README "Appointment requests") runs beside the server
# and stops with it.
run: migrate ## Install, migrate, load the demo content once, serve on HOST:PORT (with the email worker)
	$(BIN)/python manage.py load_demo_content --if-empty
	$(BIN)/python manage.py set_site_address http://$(HOST):$(PORT)
	@export SITE_URL=$${SITE_URL:-http://$(HOST):$(PORT)}; \
	  $(BIN)/python manage.py db_worker --backend notifications & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  $(BIN)/python manage.py runserver $(HOST):$(PORT)

demo: migrate ## Create whatever demo content is missing (safe to repeat)
	$(BIN)/python manage.py load_demo_content

demo-users: migrate ## One account per role (editor, reviewer, front desk, admin), passwords printed once
	$(BIN)/python manage.py create_demo_users

superuser: migrate ## Create an admin account (asks for a password)
	$(BIN)/python manage.py createsuperuser

lint: $(VENV)/.dev ## Ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# The Spanish interface strings (README "Languages"): collect new strings into locale/es/LC_MESSAGES/django.po,
# then compile it. Both files are committed, so `make run` needs no gettext tools.
messages: $(VENV)/.dev ## Update and compile the Spanish interface translations (needs gettext)
	DJANGO_SETTINGS_MODULE=clinic_site.settings.test $(BIN)/python manage.py makemessages -l es --no-location --no-obsolete \
	  --ignore=.venv --ignore=node_modules --ignore=staticfiles --ignore=tests --ignore=benchmarks
	DJANGO_SETTINGS_MODULE=clinic_site.settings.test $(BIN)/python manage.py compilemessages -l es --ignore=.venv --ignore=node_modules

check: $(VENV)/.dev ## Django system checks and missing migrations
	DJANGO_SETTINGS_MODULE=clinic_site.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=clinic_site.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

# axe-core (accessibility tests) and Lighthouse (benchmarks/lighthouse) come from npm, pinned in
# package-lock.json; npm ci runs again only when the lock file changes. Without npm the axe tests are
# skipped locally with a reason (CI=true makes that a failure).
node_modules/.package-lock.json: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund; else echo "npm not found: install Node.js 18.16+ for the accessibility tests"; fi

node-deps: node_modules/.package-lock.json ## Install axe-core and Lighthouse into node_modules/

# The web font is committed under clinic_site/static/fonts/ so `make run` needs no Node.js; this copies
# it again from the npm package pinned in package.json (after changing its version or the weights).
FONT_PACKAGE := node_modules/@fontsource/atkinson-hyperlegible-next
FONT_WEIGHTS := 400 700
FONT_DIR := clinic_site/static/fonts
fonts: node-deps ## Refresh the vendored web font (latin woff2, weights FONT_WEIGHTS) and its licence
	mkdir -p $(FONT_DIR)
	rm -f $(FONT_DIR)/*.woff2
	for weight in $(FONT_WEIGHTS); do \
	  cp $(FONT_PACKAGE)/files/atkinson-hyperlegible-next-latin-$$weight-normal.woff2 $(FONT_DIR)/; \
	done
	cp $(FONT_PACKAGE)/LICENSE $(FONT_DIR)/OFL.txt

# The suite runs on every core (pytest-xdist), each worker with its own test database and browser.
test: lint check node-deps ## The whole test suite, browser and accessibility tests included
	DJANGO_SETTINGS_MODULE=clinic_site.settings.test $(BIN)/pytest --numprocesses auto

# Production serving: gunicorn (clinic_site/gunicorn.conf.py) with the production settings, configured
# from SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL, REDIS_URL ... (README "Production"). To measure locally
# over plain HTTP: make serve SECRET_KEY=... SECURE_SSL_REDIRECT=0 SECURE_COOKIES=0
serve: $(VENV)/.runtime ## Production server: migrate, collectstatic, gunicorn on HOST:PORT (needs SECRET_KEY)
	@export DJANGO_SETTINGS_MODULE=clinic_site.settings.production HOST="$(HOST)" PORT="$(PORT)"; \
	  $(BIN)/python manage.py migrate --noinput && \
	  $(BIN)/python manage.py collectstatic --noinput -v0 && \
	  exec $(BIN)/gunicorn -c clinic_site/gunicorn.conf.py clinic_site.wsgi

# Needs the site running (make run in another terminal); writes screenshots/<page>-{phone,desktop}.png.
screenshots: $(VENV)/.dev ## Full-page phone and desktop screenshots of every page type of the site at URL
	$(BIN)/python -m benchmarks.screenshots $(or $(URL),http://$(HOST):$(PORT)) --out screenshots

lighthouse: node-deps ## Lighthouse scores, phone and desktop, of the site at URL (default http://HOST:PORT)
	benchmarks/lighthouse $(or $(URL),http://$(HOST):$(PORT))

clean: ## Remove the virtualenv, node_modules and local database
	rm -rf $(VENV) node_modules db.sqlite3 staticfiles

# Icons: Tabler Icons (MIT, pinned in package.json), only those the templates use, inlined by {% icon %}
# (core/templatetags/icon_tags.py). Add a name here and run `make icons` to vendor another one.
ICONS := phone search menu-2 quote id clock-hour-4 shirt check \
	brand-facebook brand-instagram brand-youtube brand-linkedin brand-x brand-tiktok
ICON_DIR := clinic_site/static/icons
icons: node-deps ## Copy the Tabler icons the site uses (ICONS) from node_modules into the static files
	rm -f $(ICON_DIR)/*.svg
	mkdir -p $(ICON_DIR)
	for name in $(ICONS); do cp node_modules/@tabler/icons/icons/outline/$$name.svg $(ICON_DIR)/; done
	cp node_modules/@tabler/icons/LICENSE $(ICON_DIR)/LICENSE
	@echo "Tabler Icons $$(node -p 'require("./node_modules/@tabler/icons/package.json").version'), MIT: https://tabler.io/icons" > $(ICON_DIR)/README
