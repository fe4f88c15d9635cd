"""Helpers shared by the command modules."""

from __future__ import annotations

import json
import sys
from typing import Any

BAD_INPUT = 2
CONFLICT = 1


class CliError(Exception):
    """A failure shown to the user as one line, with its exit code."""

    def __init__(self, message: str, exit_code: int = BAD_INPUT) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
    sys.stdout.write("\n")


def table(rows: list[list[str]], indent: str = "  ") -> str:
    """Plain text columns, each as wide as its widest cell."""
    if not rows:
        return ""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=True)]
        lines.append((indent + "  ".join(cells)).rstrip())
    return "\n".join(lines)
