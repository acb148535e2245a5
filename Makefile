# Two commands a newcomer needs: `make crawl` and `make test`. Both install what they need.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup sysdeps crawl run test lint bench bench-quick clean

$(STAMP): requirements.txt requirements-dev.txt requirements-bench.txt pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements-dev.txt
	$(BIN)/pip install -q --no-deps -e .  # the `kznews` command, running this checkout
	touch $(STAMP)

setup: $(STAMP)

# Debian packages the tests use: the browser for rendering, the server for distributed mode.
sysdeps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v redis-server >/dev/null 2>&1 || missing="$$missing redis-server"; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

crawl: setup
	$(BIN)/kznews demo

# the name many projects give it
run: crawl

lint: setup
	$(BIN)/ruff check kznews tests bench
	$(BIN)/mypy kznews

# Two pytest-xdist workers (most tests wait on a crawl subprocess, a server or chromium);
# loadfile keeps each test file on one worker, so a module's shared crawl runs once.
TEST_WORKERS ?= 2

test: setup sysdeps lint
	KZNEWS_FORBID_SKIPS=1 $(BIN)/python -m pytest -W error -q -n $(TEST_WORKERS) --dist loadfile --durations=20

bench: setup
	$(BIN)/python -m bench

bench-quick: setup
	$(BIN)/python -m bench --quick

clean:
	rm -rf $(VENV) build dist *.egg-info
