# Two commands for a new machine: `make run` and `make test` (see README.md).
# Each sets up what is missing first: the virtual environment, the Python
# packages, and (as root on Debian/Ubuntu) the system libraries Qt needs.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared

# Chromium (QtWebEngine) refuses to start as root without this; a normal
# user's run never gets it.
ifeq ($(shell id -u),0)
ROOT_ENV := QTWEBENGINE_CHROMIUM_FLAGS="$(strip $(QTWEBENGINE_CHROMIUM_FLAGS) --no-sandbox)"
endif

.PHONY: run test setup setup-test sysdeps jekyll package package-tools bytecode lint screenshot bench bench-peers fidelity fidelity-unseen clean translations

run: setup sysdeps bytecode
	$(ROOT_ENV) $(BIN)/post-editor resources/example-site

# After the suite, the bundle is built and smoke-tested (make package, about a minute):
# `make test PACKAGE=no` leaves it out.
PACKAGE ?= yes
test: setup-test sysdeps jekyll package-tools
	QT_QPA_PLATFORM=offscreen $(ROOT_ENV) $(BIN)/python -m pytest -q -p no:cacheprovider
ifneq ($(PACKAGE),no)
	@$(MAKE) --no-print-directory package
endif

setup: $(VENV)/.installed
setup-test: $(VENV)/.installed-test

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "Python 3.11 or newer is needed (found: $$($(PYTHON) --version))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed

$(VENV)/.installed-package: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[package]'
	touch $@ $(VENV)/.installed

sysdeps:
	@packaging/system-deps.sh

# A one-folder bundle, dist/post-editor/ (packaging/README.md), smoke-tested headless:
# --version, render, and the window on the bundle's example site, quit cleanly.
package: $(VENV)/.installed-package sysdeps package-tools
	rm -rf build/pyinstaller dist/post-editor
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
	  packaging/post-editor.spec
	@packaging/validate-metadata.sh
	$(BIN)/python packaging/smoke_bundle.py dist/post-editor $(wildcard $(SHARED)/examples/seed-post.md)
	@du -sh dist/post-editor

# The .desktop and AppStream checkers (optional: their tests and checks are skipped without them).
package-tools:
	@packaging/system-deps.sh --package

# Debian's jekyll, for the built-page tests and `post-editor build` (optional: skipped without it).
jekyll:
	@packaging/system-deps.sh --jekyll

# The editable install runs the checkout's own files: compile what changed, so
# a start does not compile the editor's modules again (about 80 ms of CPU when
# PYTHONDONTWRITEBYTECODE is set, as it is on some machines; a wheel's
# install compiles them once). Nothing to do when they are up to date.
bytecode: setup
	@$(BIN)/python -m compileall -q editor

# The strings shown to users (tr / QCoreApplication.translate in editor/): the template for
# translators, the French catalogue updated in place (translations kept), compiled to the .qm
# the editor loads (committed, so a run needs none of these tools).
TS_DIR := resources/translations
translations: setup
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $$(find editor -name '*.py' | sort) -ts $(TS_DIR)/jekyll-post-editor.ts
	$(BIN)/pyside6-lupdate -locations none -no-obsolete -target-language fr_FR $$(find editor -name '*.py' | sort) -ts $(TS_DIR)/fr.ts
	$(BIN)/pyside6-lrelease -silent $(TS_DIR)/fr.ts -qm $(TS_DIR)/fr.qm

lint: setup-test
	$(BIN)/ruff check editor tests benchmarks

screenshot: setup
	@packaging/system-deps.sh --x11
	$(ROOT_ENV) $(BIN)/python packaging/screenshot.py --out screenshots resources/example-site

# Start-up is measured beside ReText (.venv-peers) and a wheel of this
# checkout (.venv-bench), each on a private Xvfb (sysdeps installs Xvfb).
bench: setup-test sysdeps bytecode
	$(ROOT_ENV) $(BIN)/python benchmarks/run.py

bench-peers: bench

fidelity: setup
	$(SHARED)/tools/fidelity/fidelity --render "$(BIN)/python -m editor render {post}" \
	  --ignore-attr 'data-*' $(SHARED)/corpus $(SHARED)/examples/seed-post.md

# Posts written for issue 16 before its rules were tuned (tests/fixtures/fidelity/README.md).
fidelity-unseen: setup
	$(SHARED)/tools/fidelity/fidelity --render "$(BIN)/python -m editor render {post}" \
	  --ignore-attr 'data-*' tests/fixtures/fidelity

clean:
	rm -rf $(VENV) .venv-bench .venv-peers build dist *.egg-info screenshots
