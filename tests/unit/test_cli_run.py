"""The command line over a real SQLite file: output, --json, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bpdesk.cli import main


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    url = str(tmp_path / "cli.sqlite3")
    assert main(["--db", url, "demo", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Demo database ready" in out and "smirnova" in out
    return ["--db", url]


def _json(capsys: pytest.CaptureFixture[str]) -> object:
    return json.loads(capsys.readouterr().out)


def test_a_payment_from_the_command_line(
    db: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    invoice = tmp_path / "invoice.pdf"
    invoice.write_bytes(b"%PDF")
    assert (
        main(
            [
                *db,
                "start",
                "payment-approval",
                "--as",
                "morozov",
                "--field",
                "amount=1200",
                "--field",
                "counterparty=ACME",
                "--field",
                "purpose=Paper",
                "--file",
                f"invoice={invoice}",
                "--json",
            ]
        )
        == 0
    )
    started = _json(capsys)
    assert started["status"] == "running" and started["number"] == 1  # type: ignore[index]
    assert main([*db, "tasks", "--as", "smirnova", "--json"]) == 0
    (task,) = _json(capsys)  # type: ignore[misc]
    assert task["outcomes"] == ["approved", "rejected"]
    assert main([*db, "complete", task["id"][:8], "--as", "smirnova", "--outcome", "approved"]) == 0
    assert "next: Is the CEO's approval needed? → Elena Smirnova" in capsys.readouterr().out
    # A second completion is a conflict: exit 1, one line on stderr.
    assert main([*db, "complete", task["id"], "--as", "smirnova", "--outcome", "approved"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("bpdesk: “Approve payment RUB1,200.00 to ACME” was already completed by")
    assert err.count("\n") == 1
    assert main([*db, "instance", "show", started["id"], "--json"]) == 0  # type: ignore[index]
    view = _json(capsys)
    assert view["stage"] == "CFO" and view["open_tasks"][0]["assignee"] == "smirnova"  # type: ignore[index]
    assert main([*db, "instances", "--status", "running"]) == 0
    assert "payment-approval  running  CFO" in capsys.readouterr().out


def test_bad_input_is_exit_2_with_one_line(
    db: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [
                *db,
                "start",
                "employee-absence",
                "--as",
                "lebedev",
                "--field",
                "reason=remote",
                "--field",
                "date_from=2026-03-01",
                "--field",
                "date_to=someday",
            ]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert "Last day: enter a date such as 2026-12-31" in err
    assert "Justification: fill this in" in err
    assert main([*db, "start", "nothing", "--as", "lebedev"]) == 2
    assert "no process 'nothing' is published" in capsys.readouterr().err
    assert main([*db, "start", "hiring", "--as", "lebedev", "--field", "oops"]) == 2
    assert "must look like KEY=VALUE" in capsys.readouterr().err
    assert main([*db, "complete", "ffffffff", "--as", "x", "--outcome", "done"]) == 2
    assert "there is no task ffffffff" in capsys.readouterr().err


def test_users_notifications_worker_and_db(
    db: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*db, "users", "--json"]) == 0
    users = {u["login"]: u for u in _json(capsys)}  # type: ignore[union-attr]
    assert users["sokolov"]["head"] is True and users["morozov"]["head"] is False
    assert users["sokolov"]["department"] == "sales" and users["admin"]["admin"] is True
    assert main([*db, "notifications", "--as", "morozov"]) == 0
    assert "No notifications for morozov." in capsys.readouterr().out
    assert main([*db, "worker", "--once", "--now", "2030-01-01T00:00", "--json"]) == 0
    assert _json(capsys) == {
        "timers": 0,
        "sla_checks": 0,
        "emails_sent": 0,
        "webhooks_sent": 0,
        "failures": [],
    }
    assert main([*db, "worker", "--now", "yesterday"]) == 2
    assert main([*db, "db", "upgrade"]) == 0
    assert "schema revision 0002" in capsys.readouterr().out


def test_demo_twice_keeps_the_data(db: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*db, "demo"]) == 0
    assert "already has data (use --reset to start over)" in capsys.readouterr().out
    assert main([*db, "demo", "--reset", "--lang", "ru"]) == 0
    assert "Елена Смирнова" in capsys.readouterr().out


def test_publish_refuses_a_design_with_errors(
    db: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bpdesk.io import save_design
    from tests.unit.builders import Approval

    flow = Approval()
    flow.design.disconnect(next(e for e in flow.design.edges if e.port == "rejected").id)
    path = tmp_path / "broken.bpd.json"
    save_design(flow.design, path)
    assert main([*db, "design", "publish", str(path)]) == 2
    assert "has problems to fix before publishing: 2: Outcome" in capsys.readouterr().err
    good = tmp_path / "good.bpd.json"
    save_design(Approval().design, good)
    assert main([*db, "design", "publish", str(good), "--json"]) == 0
    assert _json(capsys)["number"] == 1  # type: ignore[index]
