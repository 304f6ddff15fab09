# policykg: two commands do all the set-up on a fresh machine.
#   make demo   build the knowledge graph of the sample corpus on the embedded store (no server)
#   make test   install everything the tests need (Chromium, Neo4j from Maven Central) and run every test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
OUT    ?= out

.PHONY: demo test venv system bench benchmarks clean neo4j-start neo4j-stop

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[all]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/policykg build data/corpus --out $(OUT)
	$(BIN)/policykg query agency_workload --format table
	@echo "Open $(OUT)/views/index.html in a browser; query with: $(BIN)/policykg queries"

system:
	bash scripts/setup-system.sh

test: $(STAMP)
	bash scripts/run-tests

bench: $(STAMP)
	bash scripts/run-benchmarks

neo4j-start:
	bash scripts/neo4j-local start

neo4j-stop:
	bash scripts/neo4j-local stop

clean:
	rm -rf $(OUT) .policykg .pytest_cache test-artifacts
