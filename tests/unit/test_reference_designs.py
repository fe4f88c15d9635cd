"""The four shipped processes: clean, stable on disk, the same in both languages."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import pytest

from bpdesk.io import dump_design, load_design
from bpdesk.model import NODE_SIZE, StageNode, StartNode, validate
from bpdesk.model.directory import Directory
from bpdesk.model.roles import PositionRole
from tests.conftest import DESIGNS, REFERENCE_FILES
from tools.reference_designs import build_all

KEYS = ["payment-approval", "employee-absence", "hiring", "article-writing"]


def test_all_eight_files_ship() -> None:
    assert sorted(p.relative_to(DESIGNS).as_posix() for p in REFERENCE_FILES) == sorted(
        f"{lang}/{key}.bpd.json" for lang in ("en", "ru") for key in KEYS
    )


@pytest.mark.parametrize("path", REFERENCE_FILES, ids=lambda p: p.relative_to(DESIGNS).as_posix())
def test_validates_clean(path: Path) -> None:
    assert validate(load_design(path)) == []


@pytest.mark.parametrize("path", REFERENCE_FILES, ids=lambda p: p.relative_to(DESIGNS).as_posix())
def test_load_save_load_is_identical(path: Path) -> None:
    first = load_design(path)
    text = dump_design(first)
    assert text == path.read_text(encoding="utf-8")  # canonical on disk
    from bpdesk.io import loads_design

    assert loads_design(text).to_data() == first.to_data()


@pytest.mark.parametrize("path", REFERENCE_FILES, ids=lambda p: p.relative_to(DESIGNS).as_posix())
def test_laid_out_left_to_right_without_overlaps(path: Path) -> None:
    design = load_design(path)
    boxes = {}
    for node in design.nodes:
        w, h = NODE_SIZE[node.kind]
        boxes[node.id] = (node.position.x - w / 2, node.position.y - h / 2, w, h)
    for a, b in combinations(boxes.values(), 2):
        apart = (
            a[0] + a[2] <= b[0] or b[0] + b[2] <= a[0] or a[1] + a[3] <= b[1] or b[1] + b[3] <= a[1]
        )
        assert apart, f"nodes overlap in {path.name}"
    start = next(n for n in design.nodes if isinstance(n, StartNode))
    assert all(start.position.x <= n.position.x for n in design.nodes)
    forward = [
        e
        for e in design.edges
        if design.node(e.source).position.x < design.node(e.target).position.x
    ]
    assert len(forward) == len(design.edges)  # no loops in the reference processes


def _structure(data: dict) -> object:  # type: ignore[type-arg]
    """The design with every human-readable text removed."""
    texts = {
        "name",
        "description",
        "title",
        "label",
        "help",
        "title_template",
        "subject",
        "message",
        "otherwise_label",
        "locale",
        "location",
    }

    def strip(value: object) -> object:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in texts}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return strip(data)


@pytest.mark.parametrize("key", KEYS)
def test_russian_and_english_are_structurally_identical(key: str) -> None:
    en = json.loads((DESIGNS / "en" / f"{key}.bpd.json").read_text(encoding="utf-8"))
    ru = json.loads((DESIGNS / "ru" / f"{key}.bpd.json").read_text(encoding="utf-8"))
    assert _structure(en) == _structure(ru)
    assert en["name"] != ru["name"]
    en_titles = [n["title"] for n in en["nodes"]]
    ru_titles = [n["title"] for n in ru["nodes"]]
    assert all(a != b for a, b in zip(en_titles, ru_titles, strict=True) if not a.startswith("{{"))
    assert any(any("а" <= ch <= "я" for ch in title.lower()) for title in ru_titles)


def test_shipped_files_match_their_generator() -> None:
    for relative, design in build_all().items():
        assert (DESIGNS / relative).read_text(encoding="utf-8") == dump_design(design), relative


def test_every_position_the_designs_use_is_in_the_demo_directory() -> None:
    directory = Directory.model_validate_json((DESIGNS / "demo" / "directory.json").read_text())
    positions = {p.key for p in directory.positions}
    for path in REFERENCE_FILES:
        design = load_design(path)
        for role in design.roles:
            if isinstance(role.resolve, PositionRole):
                assert role.resolve.position in positions
                assert directory.holders(role.resolve.position), role.resolve.position
        for node in design.nodes:
            if isinstance(node, StartNode):
                assert set(node.starters.positions) <= positions


def test_demo_directory_has_every_person_the_processes_need() -> None:
    directory = Directory.model_validate_json((DESIGNS / "demo" / "directory.json").read_text())
    for position in (
        "accountant",
        "cfo",
        "ceo",
        "hr",
        "it",
        "office_manager",
        "editor",
        "seo",
        "designer",
        "head_of_design",
    ):
        assert directory.holders(position), position
    assert all(d.head for d in directory.departments)
    assert len(directory.holders("designer")) >= 2
    assert directory.text(directory.users[1].name, "ru") != directory.text(
        directory.users[1].name, "en"
    )


def test_stage_names_of_payment_approval() -> None:
    design = load_design(DESIGNS / "en" / "payment-approval.bpd.json")
    from bpdesk.model.summary import flow_order

    stages = [n.title for n in flow_order(design) if isinstance(n, StageNode)]
    assert stages == ["CFO", "CEO", "Invoice in payment", "Waiting for the act"]
