# Two commands on a fresh Debian machine: `make demo` and `make test`. Each sets up what it needs first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)
DEMO_WORKSPACE ?= $(CURDIR)/.cache/demo-werkmap
XVFB := xvfb-run -a -s "-screen 0 1600x1000x24"
XVFB_SMALL := xvfb-run -a -s "-screen 0 1280x720x24"
SHOTS := docs/screenshots

.PHONY: demo test bench screenshots lint system venv clean

system:
	@bash scripts/ensure-system.sh

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $@

venv: system $(STAMP)

lint: venv
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check kijkwijzer tests bench scripts

test: venv lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

demo: venv
	@test -f $(DEMO_WORKSPACE)/kijkwijzer.db || $(VENV)/bin/kijkwijzer-cli --workspace $(DEMO_WORKSPACE) demo create
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "Geen beeldscherm gevonden. Start de werkbank op een virtueel scherm met:"; \
	  echo "No display found. Run the workbench on a virtual screen with:"; \
	  echo '  $(XVFB) $(PY) main.py $(DEMO_WORKSPACE)'; \
	  exit 1; \
	fi
	$(PY) main.py $(DEMO_WORKSPACE)

bench: venv
	$(PY) bench/run.py

# The demo's screens, and a new user's first steps on an empty workspace, at 1600x1000 and at 1280x720.
screenshots: venv
	@test -f $(DEMO_WORKSPACE)/kijkwijzer.db || $(VENV)/bin/kijkwijzer-cli --workspace $(DEMO_WORKSPACE) demo create
	$(XVFB) $(PY) scripts/screenshots.py $(DEMO_WORKSPACE) --out $(SHOTS)
	$(XVFB) $(PY) scripts/screenshots_intake.py --out $(SHOTS)
	$(XVFB_SMALL) $(PY) scripts/screenshots.py $(DEMO_WORKSPACE) --out $(SHOTS)/1280x720
	$(XVFB_SMALL) $(PY) scripts/screenshots_intake.py --out $(SHOTS)/1280x720
	$(XVFB_SMALL) $(PY) scripts/screenshots_intake.py --out $(SHOTS)/1280x720/en --lang en

clean:
	rm -rf $(VENV) .cache .pytest_cache
