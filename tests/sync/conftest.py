"""Sync tests: the fixtures (`postgres`, `server`, `make_store`) live in tests/conftest.py, the helpers in
synchelp.py."""
