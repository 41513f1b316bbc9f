# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python

.PHONY: run test lint dist clean check-python translations

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 10))' || \
	  { echo "Marginalia needs Python 3.10 or newer ($(PYTHON) is older)."; exit 1; }
	@$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || \
	  { echo "Python's venv module is missing. On Debian/Ubuntu run:"; \
	    echo "  sudo apt-get install python3-venv"; exit 1; }

$(VENV)/.installed: pyproject.toml | check-python
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@touch $@

run: $(VENV)/.installed
	@$(PY) -c 'from PySide6 import QtGui' 2>/dev/null || \
	  { echo "Qt cannot load its system libraries. On Debian/Ubuntu run:"; \
	    echo "  sudo apt-get install -y libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0"; exit 1; }
	$(VENV)/bin/marginalia

test: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not slow" $(PYTEST_ARGS)

# Style (ruff), the layering contracts (import-linter, pyproject [tool.importlinter])
# and the types of reader/ and index/ (mypy, pyproject [tool.mypy]).
lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

# The window's French (issue 18): lupdate the code, merge ui/translations/parts/, fill the
# English plurals, lrelease. The .qm files are committed; a test fails when one is stale.
translations: $(VENV)/.installed
	$(PY) tools/translations.py

dist: $(VENV)/.installed
	$(PY) -m pip install -q -e '.[dist]'
	$(PY) -m PyInstaller --noconfirm --clean build.spec

clean:
	rm -rf build dist .pytest_cache
