# careergraph: `make demo` sets up and runs the main job; `make test` sets up and runs the tests.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup compiled demo test lint typecheck bench clean neo4j

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

# The text loader compiled with mypyc (setup.py; about 11 minutes and 5 GB here): 1.3-1.4 times the speed, the
# same facts. Editing a compiled module's source makes the loader run as pure Python until this is run again.
compiled: $(STAMP)
	CAREERGRAPH_COMPILE=1 $(BIN)/python -m pip install --quiet -e '.[test]'

# The Neo4j Community server of the live tests: a Java launcher Maven builds once (jars from Maven Central,
# cached in ~/.m2 and neo4j-launcher/target/); the test session starts it by itself when this was not run.
LAUNCHER := neo4j-launcher
LAUNCHER_CLASS := $(LAUNCHER)/target/classes/careergraph/Neo4jLauncher.class
$(LAUNCHER_CLASS): $(LAUNCHER)/pom.xml $(wildcard $(LAUNCHER)/src/main/java/careergraph/*.java)
	cd $(LAUNCHER) && mvn -q -B -Dstyle.color=never package
	touch $(LAUNCHER_CLASS)

neo4j: $(LAUNCHER_CLASS)

demo: $(STAMP)
	$(BIN)/careergraph build
	$(BIN)/careergraph path "pre-sales customer service" "operations director" -k 2
	$(BIN)/careergraph gap "operations assistant" "store manager"
	$(BIN)/careergraph plan "gold medal customer service" "store manager"
	$(BIN)/careergraph next "e-commerce operator"
	$(BIN)/careergraph similar "store manager"

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .

typecheck: $(STAMP)
	bash .ci/mypy

bench: $(STAMP)
	@for script in benchmarks/[!_]*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info careergraph.json $(LAUNCHER)/target loaders/*.so loaders/_compiled.json
