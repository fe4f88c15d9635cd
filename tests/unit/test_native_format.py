"""The *.bpd.json format: round trips, determinism, atomic saves, and bad files."""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path

import pytest

from bpdesk.io import (
    FORMAT,
    SCHEMA_VERSION,
    DesignFileError,
    dump_design,
    load_design,
    loads_design,
    migrations,
    save_design,
)
from bpdesk.model import StageNode
from tests.unit.builders import Approval

GOOD = Approval().design


def _raw() -> dict:  # type: ignore[type-arg]
    return json.loads(dump_design(GOOD))


def _messages(raw: object) -> list[str]:
    with pytest.raises(DesignFileError) as caught:
        loads_design(json.dumps(raw) if not isinstance(raw, bytes | str) else raw)
    return [str(problem) for problem in caught.value.problems]


def test_header_keys_come_first() -> None:
    raw = _raw()
    assert list(raw)[:2] == ["format", "schema_version"]
    assert raw["format"] == FORMAT and raw["schema_version"] == SCHEMA_VERSION


def test_round_trip_keeps_ids_and_everything(tmp_path: Path) -> None:
    path = tmp_path / "approval.bpd.json"
    save_design(GOOD, path)
    again = load_design(path)
    assert again.to_data() == GOOD.to_data()
    assert [n.id for n in again.nodes] == [n.id for n in GOOD.nodes]


def test_saving_is_deterministic_and_a_small_edit_is_a_small_diff(tmp_path: Path) -> None:
    path = tmp_path / "a.bpd.json"
    save_design(GOOD, path)
    first = path.read_text(encoding="utf-8")
    design = load_design(path)
    save_design(design, path)
    assert path.read_text(encoding="utf-8") == first
    design.move_node(design.nodes[1].id, 10, 20)
    save_design(design, path)
    diff = [
        line
        for line in difflib.unified_diff(first.splitlines(), path.read_text().splitlines(), n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    assert diff == [
        '-        "x": 0.0,',
        '-        "y": 0.0',
        '+        "x": 10.0,',
        '+        "y": 20.0',
    ]


def test_save_is_atomic_and_leaves_no_temp_files(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.bpd.json"
    save_design(GOOD, path)
    before = path.read_bytes()

    def crash(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    design = load_design(path)
    design.add_node(StageNode(title="New"))
    with pytest.raises(OSError, match="disk full"):
        save_design(design, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.bpd.json"]


def test_not_json() -> None:
    (message,) = _messages(b'{"format": "bpdesk.design", ')
    assert message.startswith("not valid JSON") and "line 1" in message


def test_not_utf8() -> None:
    (message,) = _messages(b"\xff\xfe\x00garbage")
    assert "not UTF-8" in message


def test_ten_megabytes_of_garbage(tmp_path: Path) -> None:
    path = tmp_path / "garbage.bpd.json"
    path.write_bytes(os.urandom(10 * 1024 * 1024))
    with pytest.raises(DesignFileError) as caught:
        load_design(path)
    assert str(path) in str(caught.value)
    assert len(caught.value.problems) == 1


def test_ten_megabytes_of_valid_json_that_is_not_a_design() -> None:
    messages = _messages(json.dumps(["x" * 100] * 100_000))
    assert messages == ["$: expected a JSON object"]


def test_wrong_format_and_version() -> None:
    raw = _raw()
    raw["format"] = "something.else"
    raw["schema_version"] = "one"
    assert _messages(raw) == [
        '$.format: expected "bpdesk.design", found "something.else"',
        '$.schema_version: expected a whole number, found "one"',
    ]


def test_unknown_newer_schema_version() -> None:
    raw = _raw()
    raw["schema_version"] = SCHEMA_VERSION + 1
    (message,) = _messages(raw)
    assert message.startswith("$.schema_version: the file was written by a newer bpdesk")


def test_migration_chain_runs_before_validation(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A version-1 file read by a bpdesk whose current version is 2."""

    def rename_title(raw: dict) -> dict:  # type: ignore[type-arg]
        raw["name"] = raw["name"] + " (migrated)"
        return raw

    monkeypatch.setitem(migrations.MIGRATIONS, 1, rename_title)
    assert migrations.migrate({"name": "x"}, 1, target=2) == {"name": "x (migrated)"}
    with pytest.raises(migrations.MigrationError, match="not one bpdesk knows"):
        migrations.migrate({}, 0, target=2)


def test_wrong_types_every_error_with_its_path() -> None:
    raw = _raw()
    raw["nodes"][1]["due_days"] = "soon"
    raw["nodes"][1]["task"] = "dance"
    raw["fields"][0]["start_form"] = "perhaps"
    raw["nodes"][0]["kind"] = "teleport"
    raw["colour"] = "red"
    messages = _messages(raw)
    assert any(
        m.startswith("$.nodes[1].due_days: Input should be a valid integer") for m in messages
    )
    assert any(m.startswith("$.nodes[1].task: Input should be 'approve'") for m in messages)
    assert any(m.startswith("$.fields[0].start_form:") for m in messages)
    assert any(m.startswith('$.nodes[0]: unknown kind "teleport"') for m in messages)
    assert "$.colour: unknown key (a typo, or a file from a newer bpdesk?)" in messages
    assert len(messages) == 5


def test_missing_key() -> None:
    raw = _raw()
    del raw["edges"][0]["target"]
    assert _messages(raw) == ["$.edges[0].target: this required key is missing"]


def test_dangling_edge() -> None:
    raw = _raw()
    raw["edges"][0]["target"] = "99999999-9999-4999-8999-999999999999"
    assert _messages(raw) == [
        "$.edges[0].target: no node has the id 99999999-9999-4999-8999-999999999999"
    ]


def test_duplicate_ids() -> None:
    raw = _raw()
    raw["nodes"][2]["id"] = raw["nodes"][1]["id"]
    messages = _messages(raw)
    assert messages[0].startswith("$.nodes[2].id: id ")
    assert "is used twice (first at $.nodes[1].id)" in messages[0]


def test_edge_from_a_missing_outcome() -> None:
    raw = _raw()
    raw["edges"][1]["port"] = "maybe"
    assert _messages(raw) == ["$.edges[1]: 'Approve {{ amount }}' has no outcome 'maybe'"]


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DesignFileError, match="No such file"):
        load_design(tmp_path / "nothing.bpd.json")
