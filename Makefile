# Two commands on a fresh Debian/Ubuntu machine: `make run` and `make test`. Everything else is set up on the way.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
LOCK   := requirements.lock
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml $(LOCK) | cksum | cut -d' ' -f1)
UV     := uv==0.13.9

.PHONY: run test bench package translations setup system-deps lock clean

setup: system-deps $(STAMP)

system-deps:
	@PYTHON=$(PYTHON) bash scripts/system-deps.sh

# Everything comes from the hashed lock: the same versions on every machine, today and next month. The project
# itself is installed on top without resolving anything (its dependencies are all in the lock; `pip check` proves it).
$(STAMP): pyproject.toml $(LOCK)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check
	@rm -f $(VENV)/.installed-* && touch $@

# Refresh the locks on purpose (new releases, a changed pyproject.toml), then run `make test` and commit them.
# uv resolves once for Linux, Windows and macOS (--universal), so the Windows installer builds from the same lock.
# requirements-server.lock is what a server installs: the server part only (see README, "Installeren").
COMPILE = $(BIN)/uv pip compile pyproject.toml --generate-hashes --universal --python-version 3.11 \
	--custom-compile-command 'make lock' -q
lock:
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q $(UV)
	printf 'setuptools>=77\n' | $(COMPILE) - --all-extras -o $(LOCK)
	$(COMPILE) --extra server -o requirements-server.lock

# Without a display Koers prints one line with the xvfb-run form that works, and make stops quietly.
run: setup
	@$(BIN)/koers; status=$$?; [ $$status -eq 0 ] || [ -z "$$DISPLAY$$WAYLAND_DISPLAY$$QT_QPA_PLATFORM" ] || exit $$status

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.run_all

# UI translations: extract new strings (lupdate), build the pseudo-locale, compile (lrelease), check placeholders.
translations: setup
	$(BIN)/python -m desktop_app.i18n.qt_vertalingen extract
	$(BIN)/python -m desktop_app.i18n.qt_vertalingen compile
	$(BIN)/python -m desktop_app.i18n.qt_vertalingen check

# One-folder Linux bundle in dist/koers/ (see packaging/README.md for Windows).
package: setup
	$(BIN)/pyinstaller --noconfirm --log-level WARN packaging/koers.spec
	cp packaging/linux/koers.desktop resources/icons/koers-256.png resources/icons/koers.svg dist/koers/
	@echo "Bundle: dist/koers/koers"

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
