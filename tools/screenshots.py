"""Screenshots for review: the designer (each reference design, the inspector of each kind)
and the workspace (every page and the instance card, over the demo office with cases).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [out-dir]``
(default ``screenshots/``, which git ignores). Pass ``--lang ru`` for the Russian UI.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def designer_shots(out: Path, lang: str) -> list[Path]:
    from bpdesk.ui.editor.window import DesignerWindow

    written = []
    for path in sorted((ROOT / "designs" / lang).glob("*.bpd.json")):
        window = DesignerWindow()
        window.resize(1400, 900)
        window.show()
        window.open_path(path)
        window.document.validate_now()
        settle()
        name = path.name.removesuffix(".bpd.json")
        target = out / f"designer-{lang}-{name}.png"
        window.grab().save(str(target))
        written.append(target)
        kinds_done: set[str] = set()
        for node in window.document.design.nodes:
            kind = node.kind if node.kind not in ("task", "action") else _subkind(node)
            if kind in kinds_done:
                continue
            kinds_done.add(kind)
            window.scene.select_ids([node.id])
            window.view.centerOn(window.scene.nodes[node.id])
            settle()
            shot = out / f"inspector-{lang}-{name}-{kind}.png"
            window.grab().save(str(shot))
            written.append(shot)
        window.document.undo_stack.setClean()
        window.close()
        settle()
    return written


def office_with_cases(folder: Path, lang: str):  # type: ignore[no-untyped-def]
    """The demo office with a few dozen cases in various stages (services only, no GUI)."""
    from bpdesk.services import Services

    services = Services.open(f"sqlite:///{folder / 'office.sqlite3'}")
    services.load_demo(lang)
    invoice = folder / "invoice.pdf"
    invoice.write_bytes(b"%PDF-1.4 demo invoice")
    suppliers = ["Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Tyrell"]
    for n in range(21):
        instance = services.start(
            "payment-approval",
            ["lebedev", "morozov", "sokolov"][n % 3],
            {
                "amount": str(5000 + 7300 * n),
                "counterparty": suppliers[n % 7],
                "purpose": "Supplies",
            },
            {"invoice": invoice},
        ).id
        for _step in range(n % 5):  # advance each case a little further than the one before
            tasks = services.instance(instance).open_tasks
            if not tasks:
                break
            task = tasks[0]
            outcome = "rejected" if n % 7 == 6 and "rejected" in task.outcomes else task.outcomes[0]
            try:
                services.complete(task.id, task.assignee, outcome, comment="Checked")
            except Exception:
                break
    for n, reason in enumerate(["vacation", "sick_leave", "remote", "vacation", "unpaid"]):
        values = {
            "reason": reason,
            "date_from": f"2027-0{n + 1}-10",
            "date_to": f"2027-0{n + 1}-14",
        }
        if reason == "remote":
            values["justification"] = "Flat renovation"
        try:
            absence = services.start("employee-absence", "lebedev", values).id
        except Exception:
            continue
        for _ in range(3):  # through approval and paperwork to the end, where it gets there
            tasks = services.instance(absence).open_tasks
            if not tasks or tasks[0].kind == "request_info":
                break
            services.complete(tasks[0].id, tasks[0].assignee, tasks[0].outcomes[0])
    return services


def workspace_shots(out: Path, lang: str) -> list[Path]:
    import tempfile

    from PySide6.QtTest import QTest

    from bpdesk.ui.workspace.instance import InstanceDialog
    from bpdesk.ui.workspace.session import Session
    from bpdesk.ui.workspace.signin import SignInDialog
    from bpdesk.ui.workspace.window import MainWindow

    services = office_with_cases(Path(tempfile.mkdtemp(prefix="bpdesk-shots-")), lang)
    written = []
    dialog = SignInDialog(services)
    dialog.show()
    settle()
    written.append(out / f"workspace-{lang}-sign-in.png")
    dialog.grab().save(str(written[-1]))
    dialog.close()
    window = MainWindow(Session(services, services.sign_in("smirnova", "demo")))
    window.poll.stop()
    window.resize(1400, 900)
    window.show()
    for key in (
        "tasks",
        "board",
        "start",
        "archive",
        "calendar",
        "expenses",
        "notifications",
        "directory",
    ):
        window.show_page(key)
        if key == "board":
            window.board.choose("payment-approval", wait=True)
        if key == "tasks" and window.tasks.model.rowCount():
            window.tasks.list.setCurrentIndex(window.tasks.model.index(0))
        window.session.wait()
        settle()
        written.append(out / f"workspace-{lang}-{key}.png")
        window.grab().save(str(written[-1]))
    window.show_page("start")  # a start form with a mistake, as it is typed
    window.start.choose("payment-approval")
    assert window.start.form is not None
    amount = window.start.form.editors["amount"].input
    amount.setFocus()
    QTest.keyClicks(amount, "12,5,0")
    settle()
    written.append(out / f"workspace-{lang}-start-form-problem.png")
    window.grab().save(str(written[-1]))
    running = next(c for c in services.instances("payment-approval") if c.status == "running")
    card = InstanceDialog(window.session, running.id, window)
    card.resize(1400, 900)
    card.show()
    for index, name in enumerate(("overview", "diagram", "history")):
        card.tabs.setCurrentIndex(index)
        settle()
        written.append(out / f"workspace-{lang}-card-{name}.png")
        card.grab().save(str(written[-1]))
    card.close()
    window.close()
    services.close()
    return written


def _subkind(node) -> str:  # type: ignore[no-untyped-def]
    if node.kind == "task":
        return f"task-{node.task}"
    return f"action-{node.action.type}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default=str(ROOT / "screenshots"))
    parser.add_argument("--lang", default="en", choices=["en", "ru"])
    parser.add_argument("--only", choices=["designer", "workspace"], default=None)
    args = parser.parse_args()
    os.environ["BPDESK_LANG"] = args.lang  # the interface in the designs' language
    from bpdesk.ui.app import make_application

    make_application()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.only != "workspace":
        for path in designer_shots(out, args.lang):
            print(path)
    if args.only != "designer":
        for path in workspace_shots(out, args.lang):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
