# modelwire: `make demo` runs the whole pipeline offline; `make test` runs the tests.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
STAMP  := $(VENV)/.installed

.PHONY: venv demo test run bench clean help

help:
	@echo "make demo   - set up .venv and run the whole pipeline offline on the bundled demo site"
	@echo "make test   - set up .venv with test extras and run the test suite"
	@echo "make run    - crawl the real sources in modelwire.toml (needs internet)"
	@echo "make bench  - run the benchmarks and write bench/RESULTS.md"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q -U pip
	$(PIP) install -q -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/modelwire demo

# Two processes, whole files each (module fixtures such as a crawled demo site are built once); the slowest 15
# tests are listed at the end, to see where the 15-minute budget goes. Files go out in tests/conftest.py's order (the
# longest first, START_FIRST), not in xdist's by number of tests (--no-loadscope-reorder), so that no long file starts
# last. Tests marked `slow` (whole-corpus identity and artefact-rebuild checks, and the whole-corpus forms of the
# fast-path comparisons) run in `make bench` instead. Bytecode
# writing is switched back on for the run (some machines set PYTHONDONTWRITEBYTECODE): otherwise every subprocess
# a test starts recompiles the project's modules and pytest redoes its assertion rewriting in each worker.
test: $(STAMP)
	env -u PYTHONDONTWRITEBYTECODE $(PY) -m pytest -q -n 2 --dist loadfile --no-loadscope-reorder --durations=15 -m "not slow"

run: $(STAMP)
	@test -f modelwire.toml || $(VENV)/bin/modelwire init
	$(VENV)/bin/modelwire crawl
	$(VENV)/bin/modelwire annotate

bench: $(STAMP)
	env -u PYTHONDONTWRITEBYTECODE $(PY) -m pytest -q -n 2 --dist loadfile -m slow
	$(PY) -m bench

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
