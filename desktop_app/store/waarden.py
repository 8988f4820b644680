"""How the store writes times and JSON values (records, audit, outbox, sync tables): one way everywhere."""
from __future__ import annotations

import datetime as dt
import json
from typing import Any


def nu() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


def als_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
