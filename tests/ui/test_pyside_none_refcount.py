"""Regression: PySide6 6.12.0 on CPython 3.11 drops a reference to None per void call.

After a few thousand calls the interpreter aborts (``none_dealloc``), so
pyproject.toml pins PySide6 below 6.12 on Python < 3.12. This test makes
100,000 such calls and checks that None's reference count did not fall.
"""

from __future__ import annotations

import sys
from importlib.metadata import version

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPen


def test_void_qt_calls_do_not_leak_references_to_none() -> None:
    point = QPointF()
    pen = QPen()
    before = sys.getrefcount(None)
    for index in range(50_000):
        point.setX(index)
        pen.setWidth(index % 7)
    after = sys.getrefcount(None)
    assert after >= before - 1_000, f"None lost {before - after} references"


def test_the_pin_is_in_force() -> None:
    installed = tuple(int(part) for part in version("PySide6-Essentials").split(".")[:2])
    if sys.version_info < (3, 12):
        assert installed < (6, 12), "PySide6 6.12 crashes CPython 3.11: see pyproject.toml"
