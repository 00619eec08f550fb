# Two commands on a fresh Debian machine: `make demo` and `make test`. Each sets up what it needs first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)
DEMO_WORKSPACE ?= $(CURDIR)/.cache/demo-werkmap
# The demo holds generated, fictional data; like every new workspace it is encrypted, with this passphrase.
DEMO_PASSPHRASE ?= kijkwijzer-demo
# The demo is ready once `demo create` has finished (the marker file): one that was interrupted half-way, or made by
# an older version without the marker, is made anew.
DEMO_DONE = $(DEMO_WORKSPACE)/.demo-compleet
DEMO_READY = test -f $(DEMO_DONE) || { rm -rf $(DEMO_WORKSPACE) && \
	KIJKWIJZER_PASSPHRASE=$(DEMO_PASSPHRASE) $(VENV)/bin/kijkwijzer-cli --workspace $(DEMO_WORKSPACE) demo create && \
	touch $(DEMO_DONE); }
XVFB := xvfb-run -a -s "-screen 0 1600x1000x24"
XVFB_SMALL := xvfb-run -a -s "-screen 0 1280x720x24"
SHOTS := docs/screenshots
# tests run in this many processes side by side (each with its own PostgreSQL, temporary folder and X displays)
TEST_WORKERS ?= 2

.PHONY: demo test bench bundle screenshots lint system venv clean

system:
	@bash scripts/ensure-system.sh

# editable_mode=compat: the project's folder in a .pth file, not setuptools' import finder, which every Python start
# (the window, the CLI, each test's child process) imported first: ~13 ms each
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]' --config-settings editable_mode=compat
	$(PY) scripts/prepare_deduce.py
	@rm -f $(VENV)/.installed-*
	@touch $@

venv: system $(STAMP)

lint: venv
	$(VENV)/bin/lint-imports
	$(PY) scripts/check_cycles.py
	$(VENV)/bin/ruff check kijkwijzer tests bench scripts packaging
	$(PY) -m mypy

test: venv lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile

demo: venv
	@$(PY) -m compileall -q kijkwijzer >/dev/null  # bytecode, also where PYTHONDONTWRITEBYTECODE is set: a faster start
	@$(DEMO_READY)
	@echo "De demo-werkmap is versleuteld; de wachtwoordzin is: $(DEMO_PASSPHRASE)"
	@echo "The demo workspace is encrypted; its passphrase is: $(DEMO_PASSPHRASE)"
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "Geen beeldscherm gevonden. Start de werkbank op een virtueel scherm met:"; \
	  echo "No display found. Run the workbench on a virtual screen with:"; \
	  echo '  KIJKWIJZER_PASSPHRASE=$(DEMO_PASSPHRASE) $(XVFB) $(PY) main.py $(DEMO_WORKSPACE)'; \
	  exit 1; \
	fi
	KIJKWIJZER_PASSPHRASE=$(DEMO_PASSPHRASE) $(PY) main.py $(DEMO_WORKSPACE)

bench: venv
	@bash scripts/ensure-system.sh libpulse-mainloop-glib0 libmpv2  # BORIS, timed against (bench/bench_boris.py)
	KIJKWIJZER_PASSPHRASE=$(DEMO_PASSPHRASE) $(PY) bench/run.py

# A one-folder application in dist/kijkwijzer (Python, PySide6, libvlc and its plugins, ffmpeg, espeak-ng, the
# content); then the slow test that runs it with `env -i`. See docs/packaging.md.
bundle: venv
	$(PY) -m pip install -q -e '.[bundle]' --config-settings editable_mode=compat
	$(VENV)/bin/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/kijkwijzer.spec
	KIJKWIJZER_TEST_BUNDLE=1 $(PY) -m pytest -n 0 -q tests/bundle

# The demo's screens, and a new user's first steps on an empty workspace, at 1600x1000 and at 1280x720.
screenshots: export KIJKWIJZER_PASSPHRASE = $(DEMO_PASSPHRASE)
screenshots: venv
	@$(DEMO_READY)
	$(XVFB) $(PY) scripts/screenshots.py $(DEMO_WORKSPACE) --out $(SHOTS)
	$(XVFB) $(PY) scripts/screenshots_intake.py --out $(SHOTS)
	$(XVFB_SMALL) $(PY) scripts/screenshots.py $(DEMO_WORKSPACE) --out $(SHOTS)/1280x720
	$(XVFB_SMALL) $(PY) scripts/screenshots_intake.py --out $(SHOTS)/1280x720
	$(XVFB_SMALL) $(PY) scripts/screenshots_intake.py --out $(SHOTS)/1280x720/en --lang en
	rm -rf .cache/leerlab-werkmap
	$(XVFB) $(PY) scripts/screenshots_lab.py --workspace .cache/leerlab-werkmap --out $(SHOTS)
	$(XVFB_SMALL) $(PY) scripts/screenshots_lab.py --workspace .cache/leerlab-werkmap --out $(SHOTS)/1280x720
	$(XVFB_SMALL) $(PY) scripts/screenshots_lab.py --workspace .cache/leerlab-werkmap --out $(SHOTS)/1280x720/en --lang en
	$(XVFB) $(PY) scripts/screenshots_product_text.py $(DEMO_WORKSPACE) --out $(SHOTS)
	$(XVFB_SMALL) $(PY) scripts/screenshots_product_text.py $(DEMO_WORKSPACE) --out $(SHOTS)/1280x720
	rm -rf .cache/casusboek-werkmap
	$(XVFB) $(PY) scripts/screenshots_casebook.py --workspace .cache/casusboek-werkmap --out $(SHOTS)
	$(XVFB_SMALL) $(PY) scripts/screenshots_casebook.py --workspace .cache/casusboek-werkmap --out $(SHOTS)/1280x720
	rm -rf .cache/gespreksverloop-werkmap
	$(XVFB) $(PY) scripts/screenshots_turns.py --workspace .cache/gespreksverloop-werkmap --out $(SHOTS)
	$(XVFB_SMALL) $(PY) scripts/screenshots_turns.py --workspace .cache/gespreksverloop-werkmap --out $(SHOTS)/1280x720
	$(XVFB) $(PY) scripts/screenshots_agreement.py $(DEMO_WORKSPACE) --out $(SHOTS)
	$(XVFB_SMALL) $(PY) scripts/screenshots_agreement.py $(DEMO_WORKSPACE) --out $(SHOTS)/1280x720
	$(XVFB) $(PY) scripts/screenshots_search.py --workspace $(DEMO_WORKSPACE) --out $(SHOTS)
	$(XVFB_SMALL) $(PY) scripts/screenshots_search.py --workspace $(DEMO_WORKSPACE) --out $(SHOTS)/1280x720
	$(XVFB) $(PY) -m tests.ui.exchange.shots $(SHOTS)

clean:
	rm -rf $(VENV) .cache .pytest_cache
