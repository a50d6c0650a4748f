# Two commands set up everything on a fresh machine:
#   make run    create the environment if needed, execute every notebook in order, write all
#               tables, figures and the HTML report
#   make test   create the environment if needed, run the unit tests, the gold scores and nbval
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]-*.ipynb))
export PYTHONHASHSEED := 0
export PYDEVD_DISABLE_FILE_VALIDATION := 1
export MPLBACKEND := Agg

.PHONY: help setup run test report bench bench-accuracy browse clean lock docs

help:
	@echo "make run    - set up, execute the notebooks in order, write tables, figures, report"
	@echo "make test   - set up, run unit tests, gold scores and nbval on the notebooks"
	@echo "make report - render the executed notebooks to HTML under reports/ (HIDE_CODE=1: without code)"
	@echo "make bench  - speed and memory benchmark against plain spaCy (benchmarks/)"
	@echo "make bench-accuracy - scores on public benchmarks' development splits, with the peer tools"
	@echo "make browse - export the tables to SQLite and serve them with Datasette on 127.0.0.1 (PORT=8001)"
	@echo "make run CORPUS=folder OUT=dir [SETTINGS=file] - the whole analysis of another corpus into dir"
	@echo "make clean  - remove the environment, caches and generated reports"
	@echo "make lock   - re-resolve requirements.in into requirements.lock and environment.yml"

setup: $(STAMP)

# Re-installs when the lock file or the package metadata change.
$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is required, found " + sys.version.split()[0])'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check
	touch $@

# make run                          the shipped corpus: notebooks executed in place, committed outputs
# make run CORPUS=folder OUT=dir     any corpus: tables, executed notebooks, figures and report in dir
run: setup
ifdef CORPUS
	$(BIN)/dossier report $(CORPUS) --out $(or $(OUT),out) $(if $(SETTINGS),--settings $(SETTINGS))
else
	$(BIN)/python -m dossier.notebooks run $(NOTEBOOKS)
	$(MAKE) --no-print-directory report
endif

report: setup
	$(BIN)/python -m dossier.report $(if $(HIDE_CODE),--hide-code)

test: setup
	$(BIN)/python -m pytest tests notebooks --nbval --nbval-current-env \
		--nbval-sanitize-with tests/nbval_sanitize.cfg -p no:cacheprovider

bench: setup
	$(BIN)/python benchmarks/bench.py
	$(BIN)/python benchmarks/bench.py --lengths 25000 100000 400000 1600000 5000000 --repeat 2
	$(BIN)/python benchmarks/bench.py --engines 2000
	$(BIN)/python benchmarks/bench.py --dask-series 2000
	$(BIN)/python benchmarks/reuse_bench.py

bench-accuracy: setup
	$(BIN)/python benchmarks/accuracy.py --peers

BROWSE_DB := build/dossier.db
PORT ?= 8001

browse: setup
	$(BIN)/dossier export data/interim data/processed --to sqlite $(BROWSE_DB) --force
	$(BIN)/datasette serve $(BROWSE_DB) --metadata $(basename $(BROWSE_DB)).metadata.json -h 127.0.0.1 -p $(PORT)

docs: setup
	$(BIN)/python -m dossier.schema data/README.md

lock:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras -o requirements.lock requirements.in
	$(BIN)/python tools/environment.py

clean:
	rm -rf $(VENV) .cache reports .pytest_cache src/*.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
