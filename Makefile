# Two commands a newcomer needs: `make crawl` and `make test`. Both install what they need.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup crawl test lint clean

$(STAMP): requirements.txt requirements-dev.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $(STAMP)

setup: $(STAMP)

crawl: setup
	$(BIN)/python -m kznews.demo

lint: setup
	$(BIN)/ruff check kznews tests bench
	$(BIN)/mypy kznews

test: setup lint
	$(BIN)/python -m pytest -W error -q

clean:
	rm -rf $(VENV) build dist *.egg-info
