# Aktionsräume — build, test and export targets.
# Every target does its own set-up, so `make map` and `make test` work on a fresh Debian 12 or 13 machine.

SHELL := /bin/bash
PLUGIN := aktionsraeume_plugin
VENV := .venv
PY := $(VENV)/bin/python
BUILD := build
PLUGIN_DIR := $(BUILD)/$(PLUGIN)
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1
# QGIS writes settings and caches into the profile of the user running it; keep test runs out of the real one.
export QGIS_CUSTOM_CONFIG_PATH ?= $(CURDIR)/$(BUILD)/qgis-config
export XDG_RUNTIME_DIR ?= $(CURDIR)/$(BUILD)/runtime
QGIS_PROFILE_PLUGINS ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins

# postgresql-postgis is Debian's metapackage for the release's own PostgreSQL + PostGIS (15 on Debian 12,
# 17 on Debian 13): the tests start a throw-away server from it (tests/pg_server.py).
APT_PACKAGES := python3-qgis qgis-providers qgis xvfb python3-venv qttools5-dev-tools pyqt6-dev-tools \
	poppler-utils fonts-open-sans fonts-dejavu-core postgresql postgresql-postgis
TS_FILES := $(wildcard i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: setup map test test-matrix test-other lint bench translations compile-translations plugin package deploy sample sample-statistikatlas clean

## setup: system packages, fonts and the virtual environment (idempotent)
setup: $(VENV)/.installed

$(BUILD)/.apt-installed: Makefile
	@mkdir -p $(BUILD)
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages: $$missing"; \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi
	@touch $@

$(VENV)/.installed: $(BUILD)/.apt-installed requirements.txt requirements-dev.txt
	@test -x $(PY) || /usr/bin/python3 -m venv --system-site-packages $(VENV)
	@# numpy stays the system's version: GDAL's compiled bindings were built against it (design.md §5).
	@/usr/bin/python3 -c 'import numpy; print(f"numpy=={numpy.__version__}")' > $(VENV)/constraints.txt
	$(PY) -m pip install -q --disable-pip-version-check -c $(VENV)/constraints.txt -r requirements-dev.txt
	@touch $@

## translations: refresh the .ts files from the code, then compile them
# pylupdate6 reads Python with Python's own tokenizer (pylupdate5 misses calls with a trailing comma);
# its .ts files are the same format Qt 5's lrelease compiles.
translations: setup
	# Source locations are left out: they change with every edit and only make merges conflict.
	for ts in $(TS_FILES); do pylupdate6 --no-obsolete --no-summary --ts $$ts $(PLUGIN) && sed -i "/<location /d" $$ts; done
	$(MAKE) compile-translations

compile-translations: $(QM_FILES)

i18n/%.qm: i18n/%.ts $(BUILD)/.apt-installed
	lrelease -silent $< -qm $@

## plugin: assemble the installable plugin folder under build/
plugin: $(QM_FILES)
	rm -rf $(PLUGIN_DIR)
	mkdir -p $(PLUGIN_DIR)/i18n
	cp -r $(PLUGIN)/. $(PLUGIN_DIR)/
	cp -r metadata.txt LICENSE resources $(PLUGIN_DIR)/
	cp $(QM_FILES) $(PLUGIN_DIR)/i18n/
	find $(PLUGIN_DIR) \( -name '__pycache__' -o -name '*.pyc' \) -prune -exec rm -rf {} +

## package: the ZIP the QGIS plugin repository accepts
package: plugin
	rm -f $(BUILD)/$(PLUGIN)-$(VERSION).zip
	cd $(BUILD) && $(CURDIR)/$(PY) -m zipfile -c $(PLUGIN)-$(VERSION).zip $(PLUGIN)
	@echo "Wrote $(BUILD)/$(PLUGIN)-$(VERSION).zip"

## deploy: copy the assembled plugin into the local QGIS profile
deploy: plugin
	mkdir -p $(QGIS_PROFILE_PLUGINS)
	rm -rf $(QGIS_PROFILE_PLUGINS)/$(PLUGIN)
	cp -r $(PLUGIN_DIR) $(QGIS_PROFILE_PLUGINS)/
	@echo "Deployed to $(QGIS_PROFILE_PLUGINS)/$(PLUGIN); enable it in QGIS under Plugins > Manage and Install Plugins."

## map: the city map of the sample data under the 2020 scenario, as PDF and PNG
map: setup $(QM_FILES)
	@mkdir -p $(BUILD) $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)
	$(PY) -m $(PLUGIN) map --sample --format pdf --format png --out $(BUILD)/aktionsraeume-karte.pdf --force

## sample: regenerate the sample data "Dortmund 2020" in resources/sample/ (sample_generator/ is a
## development tool and not part of the plugin)
sample: setup
	@mkdir -p $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)
	$(PY) -m sample_generator --out resources/sample

## sample-statistikatlas: rebuild the sample "Dortmund Statistikatlas" in resources/sample/statistikatlas/
## from the raw files in tests/data/dortmund-statistikatlas/ through the plugin's pipeline (deterministic)
sample-statistikatlas: setup
	@mkdir -p $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)
	$(PY) -m sample_generator --statistikatlas --out resources/sample/statistikatlas

## lint: ruff, and the layer contracts of pyproject.toml (core, services, front ends) with import-linter
lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache

## test: lint, then the whole suite headless against real QGIS
test: setup $(QM_FILES) lint
	@mkdir -p $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)
	$(PY) -m pytest $(PYTEST_ARGS)

## test-matrix: `make test` and `make map` here, then both in Debian chroots (debootstrap) of the other
## stable release and of unstable, each with a fresh copy of the project; the maps must agree. Needs root;
## the chroots are kept in MATRIX_CACHE (default /var/cache/aktionsraeume-matrix) for later runs.
## SUITES picks others, e.g. SUITES=trixie.
SUITES ?= other unstable
test-matrix: test map
	MATRIX_TARGETS="test map" tools/test_matrix.sh $(SUITES)

## test-other: the suite in a chroot of the other stable Debian release (12 <-> 13), as CI runs it
test-other:
	tools/test_matrix.sh other

## bench: our code against the QGIS-native equivalent, same data, same run; prints ratios, never fails on speed
bench: setup $(QM_FILES)
	@mkdir -p $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)
	$(PY) -m tests.bench

clean:
	rm -rf $(BUILD) i18n/*.qm .pytest_cache .ruff_cache
	find . -path ./$(VENV) -prune -o -name '__pycache__' -type d -prune -exec rm -rf {} +
