# bpdesk — the two commands of the README, and a few helpers.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint designs translations clean

run: $(VENV)/.installed
	$(BIN)/bpdesk design validate designs/*/*.bpd.json
	$(BIN)/bpdesk demo
	$(BIN)/bpdesk gui

test: $(VENV)/.installed-test
	$(BIN)/ruff check bpdesk tests tools benchmarks
	$(BIN)/ruff format --check bpdesk tests tools benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check bpdesk tests tools benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy

translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate -no-obsolete $$(find bpdesk/ui -name '*.py' | sort) -ts resources/translations/bpdesk_ru.ts
	$(BIN)/pyside6-lrelease resources/translations/bpdesk_ru.ts -qm resources/translations/bpdesk_ru.qm
	$(BIN)/python tools/model_texts.py

designs: $(VENV)/.installed
	$(BIN)/python tools/reference_designs.py designs

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build *.egg-info
