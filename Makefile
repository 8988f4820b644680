# Two commands on a fresh Debian/Ubuntu machine: `make run` and `make test`. Everything else is set up on the way.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test bench package translations setup system-deps clean

setup: system-deps $(STAMP)

system-deps:
	@PYTHON=$(PYTHON) bash scripts/system-deps.sh

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@rm -f $(VENV)/.installed-* && touch $@

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
