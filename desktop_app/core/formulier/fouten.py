"""Errors in a form or instrument definition, precise enough to fix the file without reading code."""
from __future__ import annotations

import re

Regels = dict[str, int]   # path ("domeinen[3].vragen[2].type") → 1-based line in the file


class DefinitionError(ValueError):
    """`file`: which definition; `path`: where inside it (e.g. "domeinen[3].vragen[2].type"); `line` when known;
    `message`: what is wrong; `expected`: what would be right."""

    def __init__(self, file: str, path: str, message: str, expected: str = "", line: int | None = None):
        self.file, self.path, self.message, self.expected, self.line = file, path, message, expected, line
        waar = f"{file}" + (f", regel {line}" if line else "") + (f", {path}" if path else "")
        super().__init__(f"{waar}: {message}" + (f" (verwacht: {expected})" if expected else ""))


def regel_van(regels: Regels, pad: str) -> int | None:
    """The line of `pad`, or of the nearest enclosing value that has one."""
    while pad:
        if pad in regels:
            return regels[pad]
        pad = re.sub(r"(\[\d+\]|\.[^.\[]+|^[^.\[]+)$", "", pad)
    return regels.get("")
