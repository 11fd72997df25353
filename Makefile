# `make demo` and `make test` set everything up from scratch (a .venv in this folder).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup demo test bench wordnet clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# torch first and pinned: an unpinned torch pulls a multi-GB CUDA build.
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(VENV)/bin/hybrid-nli demo

test: setup
	$(PY) -m pytest -q

# Every data set in three modes, one run, plus the symbolic per-section/per-group tables and the
# speed benchmarks (about 40 min on 2 cores); each writes its block of docs/results.md.
bench: setup
	$(PY) -m benchmarks
	$(PY) -m benchmarks.fracas
	$(PY) -m benchmarks.suites all --mode symbolic
	$(PY) -m benchmarks.neural_speed
	$(PY) -m benchmarks.knowledge_load

# Rebuild the shipped WordNet file (needs Debian's wordnet-base).
wordnet:
	$(PYTHON) scripts/build_wordnet.py

clean:
	rm -rf $(VENV) build dist *.egg-info benchmarks/out
