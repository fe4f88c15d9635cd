"""``bpdesk design validate`` and ``bpdesk design show``: output and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bpdesk.cli import main
from bpdesk.io import save_design
from tests.conftest import DESIGNS, REFERENCE_FILES
from tests.unit.builders import Approval


def test_validate_shipped_designs_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["design", "validate", *map(str, REFERENCE_FILES)]) == 0
    out = capsys.readouterr().out
    assert out.count(": OK") == 8


def test_validate_reports_problems_in_plain_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flow = Approval()
    flow.design.disconnect(next(e for e in flow.design.edges if e.port == "rejected").id)
    path = tmp_path / "broken.bpd.json"
    save_design(flow.design, path)
    assert main(["design", "validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "has problems" in out
    assert "error: Outcome 'Rejected' of task 'Approve {{ amount }}' leads nowhere" in out


def test_validate_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.bpd.json"
    bad.write_text("{nope")
    good = REFERENCE_FILES[0]
    assert main(["design", "validate", "--json", str(good), str(bad)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [item["ok"] for item in report] == [True, False]
    assert report[1]["problems"][0]["code"] == "unreadable"
    assert "not valid JSON" in report[1]["problems"][0]["message"]


def test_validate_strict_fails_on_warnings(tmp_path: Path) -> None:
    from bpdesk.model import FieldDef

    flow = Approval()
    flow.design.add_field(FieldDef(key="later", label="Later", type="text"))
    flow.design.add_field(
        FieldDef(
            key="why",
            label="Why",
            type="text",
            start_form=True,
            required="when",
            required_when="later == 'x'",
        )
    )
    path = tmp_path / "warn.bpd.json"
    save_design(flow.design, path)
    assert main(["design", "validate", str(path)]) == 0
    assert main(["design", "validate", "--strict", str(path)]) == 1


def test_show_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["design", "show", str(DESIGNS / "en" / "employee-absence.bpd.json")]) == 0
    out = capsys.readouterr().out
    assert "Employee absence  (employee-absence)" in out
    assert 'justification  multiline  when reason == "remote"  yes' in out
    assert "remote, sick_leave, unpaid_leave, vacation" in out
    assert "manager         Manager         head of the initiator's department" in out
    assert "→ approved: Reason?" in out


def test_show_json_is_stable(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["design", "show", "--json", str(DESIGNS / "en" / "hiring.bpd.json")]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert list(summary) == [
        "key",
        "name",
        "description",
        "title_template",
        "default_sla",
        "fields",
        "roles",
        "stages",
        "nodes",
    ]
    assert summary["default_sla"] == {"days": 14, "notify": ["role initiator"]}
    department = next(f for f in summary["fields"] if f["key"] == "department")
    assert department == {
        "key": "department",
        "label": "Department",
        "type": "department",
        "options": [],
        "currency": None,
        "required": "always",
        "required_when": None,
        "start_form": True,
        "default": None,
    }
    manager = next(r for r in summary["roles"] if r["key"] == "manager")
    assert manager["kind"] == "department_head"
    assert [s["title"] for s in summary["stages"]] == [
        "Documents",
        "Access",
        "Workplace",
        "Onboarding",
    ]
    task = next(n for n in summary["nodes"] if n["kind"] == "task")
    assert task["outcomes"][0]["port"] == "done" and task["outcomes"][0]["to"]


def test_show_unreadable_file_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.bpd.json"
    path.write_text('{"format": "bpdesk.design", "schema_version": 99}')
    assert main(["design", "show", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "newer bpdesk" in err


def test_console_script_runs_without_traceback(tmp_path: Path) -> None:
    garbage = tmp_path / "g.bpd.json"
    garbage.write_bytes(b"\x00" * 1000)
    result = subprocess.run(
        [sys.executable, "-m", "bpdesk.cli", "design", "validate", str(garbage)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert "cannot be opened" in result.stdout
