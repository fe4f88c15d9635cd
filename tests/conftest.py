"""Shared fixtures. Qt renders offscreen in every test run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DESIGNS = ROOT / "designs"
REFERENCE_FILES = sorted(DESIGNS.glob("*/*.bpd.json"))


@pytest.fixture
def designs_dir() -> Path:
    return DESIGNS
