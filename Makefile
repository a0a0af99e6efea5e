# Two entry points for a fresh machine with only Python and make: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := samples/state-visit-memoranda.txt

.PHONY: demo test lint fuzz bench retrain samples samples-check clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/briefgen memo $(SAMPLE) --published 2025-04-17 -f docx,pdf -o out --force

test: $(STAMP)
	$(BIN)/ruff check briefgen tests bench
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check briefgen tests bench

fuzz: $(STAMP)
	BRIEFGEN_FUZZ_EXAMPLES=10000 $(BIN)/python -m pytest tests/test_fuzz.py -q -p no:cacheprovider

bench: $(STAMP)
	$(BIN)/python -m compileall -q briefgen  # an editable install has no bytecode; a wheel would
	$(BIN)/python bench/run.py

# every learned part, in the order their inputs need: the areas filter learns from the
# tagger's spans and the place ranker reads the visit type. Needs ../ext-texts (or pass
# TRAIN_ARGS=--no-ext for a corpus-only model, not the committed one): tests/corpus/ext/README.md
TRAIN_ARGS ?=
retrain: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[train]'
	$(BIN)/python -m briefgen.parse.train_span_tagger $(TRAIN_ARGS)
	$(BIN)/python -m briefgen.parse.train_areas --loso $(TRAIN_ARGS)
	$(BIN)/python -m briefgen.parse.train_followups $(TRAIN_ARGS)
	$(BIN)/python -m briefgen.parse.train_visit $(TRAIN_ARGS)
	$(BIN)/python -m briefgen.parse.train_place $(TRAIN_ARGS)

samples: $(STAMP)
	$(BIN)/briefgen samples

samples-check: $(STAMP)
	$(BIN)/briefgen samples --check

clean:
	rm -rf $(VENV) out build dist
