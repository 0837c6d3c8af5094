# kefu-router: `make demo` runs the main job end to end, `make test` runs the whole suite.
# Both work on a fresh machine: they create .venv, install the project and start what they need.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
WITH_KAFKA := deploy/local/with-kafka.sh
# PostgreSQL (Debian's package, installed if missing) for the ticket store's shared backend
WITH_SERVERS := deploy/local/with-kafka.sh deploy/local/with-postgres.sh

.PHONY: venv lock native demo test unit integration chaos lint bench kafka-start kafka-stop clean

# Every dependency at the version and hashes of the lock file (requirements/dev.txt), then the project itself.
$(VENV)/.installed: pyproject.toml requirements/dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q --require-hashes -r requirements/dev.txt
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	touch $@

venv: $(VENV)/.installed

# The lock files, after a change to pyproject.toml's dependencies: each keeps the versions it has unless
# `make lock UPGRADE=1`. prod.txt goes into the image, dev.txt into .venv, build.txt into the image's build stage.
LOCK := $(VENV)/bin/pip-compile -q --generate-hashes --strip-extras --allow-unsafe --no-emit-find-links \
	$(if $(UPGRADE),--upgrade)
lock: venv
	$(LOCK) --extra dev -o requirements/dev.txt pyproject.toml
	$(LOCK) -o requirements/prod.txt pyproject.toml
	$(LOCK) -o requirements/build.txt requirements/build.in

# The parser compiled with mypyc (faster: bench/results/parse.md); rebuilt whenever one of its sources changes. An old build is
# never used after an edit (router/parsing/native.py checks), so running pytest directly stays correct, only slower.
PARSER_SOURCES := $(wildcard router/parsing/*.py) kefu_dev/compile_parser.py  # (every module: native.MODULES names those compiled)
router/parsing/native.json: $(VENV)/.installed $(PARSER_SOURCES)
	$(PY) -m kefu_dev.compile_parser 2>&1 | grep -v "^router/parsing/.*warning: Treating" || true
	@test -f $@ || touch $@

native: router/parsing/native.json

demo: venv native
	$(WITH_KAFKA) $(PY) -m kefu_dev demo

test: venv native lint
	deploy/local/prometheus.sh install
	deploy/local/chromium.sh install
	KEFU_EXPECT_NATIVE=1 $(WITH_SERVERS) $(PY) -m pytest -q -p no:cacheprovider --durations=15

unit: venv native
	$(PY) -m pytest -q tests/unit

integration: venv native
	deploy/local/prometheus.sh install
	deploy/local/chromium.sh install
	$(WITH_SERVERS) $(PY) -m pytest -q tests/integration

# The fault scenarios (issue 9) at full size, each printing its figures; CI runs them reduced in `make test`.
CHAOS_TESTS := $(addprefix tests/integration/,test_restarts_with_service.py test_broker_restart.py \
	test_carrier_faults.py test_rebalance_storm.py test_poison_fuzz.py test_fairness.py test_entry_fuzz.py)
chaos: venv native
	KEFU_CHAOS=full $(WITH_KAFKA) $(PY) -m pytest -q -s -p no:cacheprovider $(CHAOS_TESTS)

lint: venv
	$(PY) -m ruff check .
	$(PY) -m mypy

# The benchmarks get a broker of their own, fresh every time (its own data and port): one holding 10,000
# partitions from earlier runs drained about a quarter slower, and one just restarted on the test suite's 3,519
# was busy for a minute after it started.
BENCH_KAFKA := KEFU_RUN=$(CURDIR)/.run/bench KAFKA_PORT=29192 deploy/local/with-kafka.sh
bench: venv native  # every benchmark runs; the target fails if any of them missed a target
	@KEFU_RUN=$(CURDIR)/.run/bench KAFKA_PORT=29192 deploy/local/kafka.sh stop >/dev/null 2>&1 || true  # one left running
	@rm -rf .run/bench/kafka
	@$(BENCH_KAFKA) sh -c 'status=0; \
	$(PY) -m bench.parse_bench || status=1; \
	$(PY) -m bench.knowledge_bench || status=1; \
	$(PY) -m bench.router_bench || status=1; \
	$(PY) -m bench.service_bench || status=1; \
	$(PY) -m bench.protocols_bench || status=1; \
	deploy/local/with-postgres.sh $(PY) -m bench.ticket_bench || status=1; \
	deploy/local/with-postgres.sh $(PY) -m bench.console_bench || status=1; \
	$(PY) -m bench.load || status=1; \
	$(PY) -m bench.network || status=1; \
	$(PY) -m bench.report; \
	exit $$status'

kafka-start: venv
	deploy/local/kafka.sh start

kafka-stop:
	deploy/local/kafka.sh stop

clean:
	deploy/local/kafka.sh stop || true
	deploy/local/postgres.sh stop || true
	rm -rf $(VENV) .run .pytest_cache .mypy_cache .ruff_cache router/parsing/*.so router/parsing/native.json
