# Xianbao: the newcomer path. `make run` starts the program, `make test` passes the tests.
# Both create .venv from the pinned lock files on a machine that has only Python 3.11+.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: run test lint typecheck check setup setup-dev system-deps translations bench bundle bundle-check clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.app-installed: requirements/app.lock pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/app.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e . || \
	  $(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.dev-installed: requirements/dev.lock $(VENV)/.app-installed
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/dev.lock
	touch $@

setup: system-deps $(VENV)/.app-installed
setup-dev: system-deps $(VENV)/.dev-installed

system-deps:
	@sh packaging/system-deps.sh

## Start Xianbao on its embedded SQLite database in the user data folder.
run: setup
	$(BIN)/xianbao

## Set up and run the whole test suite (Qt offscreen) in $(TEST_WORKERS) processes (pytest-xdist;
## --dist loadscope keeps a module's tests, and the data its fixtures build once, in one process;
## --no-loadscope-reorder hands out the modules in the order tests/conftest.py puts them, the
## modules with long tests first, instead of the largest number of tests first).
TEST_WORKERS ?= 2
test: setup-dev
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadscope --no-loadscope-reorder

lint: setup-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

typecheck: setup-dev
	$(BIN)/mypy

check: test lint typecheck

## Update resources/translations/*.ts from the code's texts, then translate the new Chinese
## entries (Qt Linguist: pyside6-linguist). The program reads the .ts files themselves
## (desktop_app/i18n.py), so there is no .qm to compile; Qt's own qtbase_*.qm come with PySide6.
translations: setup
	$(BIN)/pyside6-lupdate $$(find desktop_app -name '*.py') -no-obsolete -ts resources/translations/xianbao_zh_CN.ts
	$(BIN)/pyside6-lupdate $$(find desktop_app -name '*.py') -no-obsolete -target-language en -ts resources/translations/xianbao_en.ts
	$(BIN)/python packaging/fill_english.py resources/translations/xianbao_en.ts

bench: setup-dev
	$(BIN)/python -m bench.rollup

## The installable program: dist/xianbao/, one folder with the executable xianbao (Windows:
## xianbao.exe; its installer is packaging/xianbao.iss). About two minutes, 184 MB on Linux.
bundle: setup-dev
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/xianbao.spec

## Run the built program as a county PC would: --help, init/set/show, --self-test (Qt offscreen).
bundle-check:
	packaging/smoke_test.sh dist/xianbao

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
