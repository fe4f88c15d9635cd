"""Commands that run processes over a database: demo, publish, start, tasks, complete, ..."""

from __future__ import annotations

import argparse
import datetime as dt
import locale
import time
from pathlib import Path
from typing import Any

from bpdesk.cli.common import CONFLICT, CliError, print_json, table
from bpdesk.io import DesignFileError, load_design
from bpdesk.services import Services
from bpdesk.services.demo import DEMO_PASSWORD


def register(commands: Any, design_parser: Any) -> None:
    demo = commands.add_parser(
        "demo", help="create the database with the demo office and processes"
    )
    demo.add_argument(
        "--reset", action="store_true", help="delete everything in the database first"
    )
    demo.add_argument("--lang", choices=["ru", "en"], default=None, help="language of the demo")
    demo.set_defaults(handler=run_demo)

    publish = design_parser.add_parser("publish", help="publish a design file as its next version")
    publish.add_argument("file", metavar="FILE")
    publish.add_argument("--note", default="", help="what changed")
    publish.add_argument("--as", dest="login", default=None, help="who publishes")
    publish.add_argument("--json", action="store_true")
    publish.set_defaults(handler=run_publish)

    start = commands.add_parser("start", help="start an instance of a published process")
    start.add_argument("design_key", metavar="DESIGN_KEY")
    _as(start)
    _values(start)
    start.set_defaults(handler=run_start)

    tasks = commands.add_parser("tasks", help="open tasks of a user")
    _as(tasks)
    tasks.add_argument("--json", action="store_true")
    tasks.set_defaults(handler=run_tasks)

    complete = commands.add_parser("complete", help="complete a task with an outcome")
    complete.add_argument("task_id", metavar="TASK_ID")
    _as(complete)
    complete.add_argument("--outcome", required=True)
    complete.add_argument("--comment", default=None)
    _values(complete)
    complete.set_defaults(handler=run_complete)

    reassign = commands.add_parser("reassign", help="hand a task over to someone else")
    reassign.add_argument("task_id", metavar="TASK_ID")
    _as(reassign)
    reassign.add_argument("--to", required=True, metavar="LOGIN")
    reassign.set_defaults(handler=run_reassign)

    cancel = commands.add_parser("cancel", help="cancel a running instance")
    cancel.add_argument("instance_id", metavar="INSTANCE")
    _as(cancel)
    cancel.add_argument("--reason", default="")
    cancel.set_defaults(handler=run_cancel)

    instance = commands.add_parser("instance", help="look at one instance")
    instance_sub = instance.add_subparsers(dest="instance_command", metavar="ACTION", required=True)
    show = instance_sub.add_parser("show", help="status, stage, fields, roles, open tasks, history")
    show.add_argument("instance_id", metavar="ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_instance_show)

    instances = commands.add_parser("instances", help="list instances")
    instances.add_argument("--design", default=None, metavar="KEY")
    instances.add_argument(
        "--status", default=None, choices=["running", "success", "rejected", "cancelled", "error"]
    )
    instances.add_argument("--json", action="store_true")
    instances.set_defaults(handler=run_instances)

    notifications = commands.add_parser("notifications", help="a user's notifications")
    _as(notifications)
    notifications.add_argument("--json", action="store_true")
    notifications.set_defaults(handler=run_notifications)

    users = commands.add_parser("users", help="the directory")
    users.add_argument("--json", action="store_true")
    users.set_defaults(handler=run_users)

    worker = commands.add_parser("worker", help="run due timers, time limits and the outbox")
    worker.add_argument("--once", action="store_true", help="do what is due now, then stop")
    worker.add_argument(
        "--now", default=None, metavar="ISO_DATETIME", help="treat this moment as the current time"
    )
    worker.add_argument("--interval", type=float, default=15.0, help="seconds between rounds")
    worker.add_argument("--json", action="store_true")
    worker.set_defaults(handler=run_worker)

    gui = commands.add_parser("gui", help="open the desktop application (the default)")
    gui.add_argument("--as", dest="login", default=None, help="the login to offer at sign-in")
    gui.set_defaults(handler=run_gui)
    designer = commands.add_parser("designer", help="open the process designer alone")
    designer.add_argument("files", nargs="*", metavar="FILE", help="design files to open")
    designer.set_defaults(handler=run_designer)

    db = commands.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = db_sub.add_parser("upgrade", help="bring the schema up to date")
    upgrade.set_defaults(handler=run_db_upgrade)


def _as(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as", dest="login", required=True, metavar="LOGIN", help="acting user")


def _values(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--field", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--file", action="append", default=[], metavar="KEY=PATH")
    parser.add_argument("--json", action="store_true")


def _pairs(items: list[str], what: str) -> dict[str, str]:
    pairs = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise CliError(f"--{what} '{item}' must look like KEY=VALUE")
        pairs[key.strip()] = value
    return pairs


def services(args: argparse.Namespace) -> Services:
    return Services.open(args.db)


def _system_language() -> str:
    language = (locale.getlocale()[0] or "").lower()
    return "ru" if language.startswith("ru") else "en"


# ------------------------------------------------------------------ handlers
def run_demo(args: argparse.Namespace) -> int:
    app = services(args)
    language = args.lang or _system_language()
    fresh = args.reset or app.is_empty()
    if fresh:
        published = app.load_demo(language, reset=args.reset)
        print(f"Demo database ready at {app.url} ({language})")
        print("Published:")
        for line in published:
            print(f"  {line}")
    else:
        print(f"{app.url} already has data (use --reset to start over). Summary:")
    print(f"Every demo user's password is '{DEMO_PASSWORD}'.")
    _summary(app)
    return 0


def _summary(app: Services) -> None:
    users = app.users()
    print("\nUsers (log in with --as LOGIN):")
    rows = [["login", "name", "department", "positions"]]
    for user in users:
        department = (user.department_name or "") + (" (head)" if user.head else "")
        positions = ", ".join(user.positions) + (" admin" if user.admin else "")
        rows.append([user.login, user.name, department, positions.strip()])
    print(table(rows))
    instances = app.instances()
    counts: dict[tuple[str, str], int] = {}
    for item in instances:
        counts[(item.design_key, item.status)] = counts.get((item.design_key, item.status), 0) + 1
    print(f"\nInstances: {len(instances)}")
    for (key, status), count in sorted(counts.items()):
        print(f"  {key}: {count} {status}")


def run_publish(args: argparse.Namespace) -> int:
    try:
        design = load_design(args.file)
    except DesignFileError as error:
        raise CliError(f"{args.file}: {error.problems[0]}") from None
    version = services(args).publish(design, actor=args.login, note=args.note)
    if args.json:
        print_json(version.to_json())
    else:
        print(f"Published {version.name} ({version.design_key}) as version {version.number}")
    return 0


def run_start(args: argparse.Namespace) -> int:
    files = {k: Path(v) for k, v in _pairs(args.file, "file").items()}
    ref = services(args).start(args.design_key, args.login, _pairs(args.field, "field"), files)
    if args.json:
        print_json(ref.to_json())
    else:
        print(ref.id)
    return 0


def run_tasks(args: argparse.Namespace) -> int:
    tasks = services(args).tasks_for(args.login)
    if args.json:
        print_json([task.to_json() for task in tasks])
        return 0
    if not tasks:
        print(f"No open tasks for {args.login}.")
        return 0
    for task in tasks:
        due = (
            f", due {task.due_at:%Y-%m-%d}" + (" (OVERDUE)" if task.overdue else "")
            if task.due_at
            else ""
        )
        print(f"{task.id}  {task.title}")
        print(
            f"    #{task.instance_number} {task.instance_title} — {task.process}, {task.kind}{due}"
        )
        print(f"    outcomes: {', '.join(task.outcomes)}")
        if task.fill_fields:
            fill = ", ".join(
                f"{f['field']}{'' if f['required'] else ' (optional)'}" for f in task.fill_fields
            )
            print(f"    fill in: {fill}")
    return 0


def run_complete(args: argparse.Namespace) -> int:
    files = {k: Path(v) for k, v in _pairs(args.file, "file").items()}
    app = services(args)
    result = app.complete(
        app.resolve_task_id(args.task_id),
        args.login,
        args.outcome,
        _pairs(args.field, "field"),
        args.comment,
        files,
    )
    if args.json:
        print_json(result.to_json())
        return 0
    print(f"Done. #{result.instance.number} {result.instance.title}: {result.instance.status}")
    for task in result.new_tasks:
        print(f"  next: {task.title} → {task.assignee_name} ({task.id})")
    return 0


def run_reassign(args: argparse.Namespace) -> int:
    app = services(args)
    app.reassign(app.resolve_task_id(args.task_id), args.login, args.to)
    print(f"Handed over to {args.to}.")
    return 0


def run_cancel(args: argparse.Namespace) -> int:
    app = services(args)
    view = app.instance(args.instance_id)
    ref = app.cancel(view.id, args.login, args.reason)
    print(f"#{ref.number} {ref.title}: {ref.status}")
    return 0


def run_instance_show(args: argparse.Namespace) -> int:
    view = services(args).instance(args.instance_id)
    if args.json:
        print_json(view.to_json())
        return 0
    print(f"#{view.number} {view.title}")
    print(
        f"  {view.process} v{view.version}, {view.status}"
        + (f": {view.error}" if view.error else "")
    )
    if view.stage:
        print(f"  stage: {view.stage} since {view.stage_entered_at:%Y-%m-%d %H:%M}")
    print(f"  started by {view.initiator} at {view.started_at:%Y-%m-%d %H:%M}")
    print("Fields")
    print(table([[f.label, f.text] for f in view.fields if f.text]) or "  (none)")
    print("Roles")
    print(table([[key, login] for key, login in view.roles.items()]) or "  (none)")
    print("Open tasks")
    print(
        table([[task.title, task.assignee_name, task.id] for task in view.open_tasks]) or "  (none)"
    )
    print("History")
    for item in view.history:
        print(f"  {item.at:%Y-%m-%d %H:%M}  {item.text}")
    return 0


def run_instances(args: argparse.Namespace) -> int:
    items = services(args).instances(args.design, args.status)
    if args.json:
        print_json([item.to_json() for item in items])
        return 0
    rows = [["#", "process", "status", "stage", "title"]]
    rows += [[str(i.number), i.design_key, i.status, i.stage or "", i.title] for i in items]
    print(table(rows) if items else "No instances.")
    return 0


def run_notifications(args: argparse.Namespace) -> int:
    items = services(args).notifications(args.login)
    if args.json:
        print_json([item.to_json() for item in items])
        return 0
    if not items:
        print(f"No notifications for {args.login}.")
    for item in items:
        mark = " " if item.read else "*"
        print(f"{mark} {item.created_at:%Y-%m-%d %H:%M}  {item.subject}")
    return 0


def run_users(args: argparse.Namespace) -> int:
    users = services(args).users()
    if args.json:
        print_json([user.to_json() for user in users])
        return 0
    rows = [["login", "name", "e-mail", "department", "head", "active"]]
    rows += [
        [
            u.login,
            u.name,
            u.email,
            u.department or "",
            "yes" if u.head else "",
            "yes" if u.active else "no",
        ]
        for u in users
    ]
    print(table(rows))
    return 0


def run_worker(args: argparse.Namespace) -> int:
    now = None
    if args.now:
        try:
            now = dt.datetime.fromisoformat(args.now)
        except ValueError:
            raise CliError(
                f"--now '{args.now}' is not a date and time such as 2026-05-01T09:00"
            ) from None
        if now.tzinfo is None:
            now = now.replace(tzinfo=dt.UTC)
    app = services(args)
    while True:
        report = app.run_due(now)
        if args.json:
            print_json(report.to_json())
        else:
            print(
                f"timers {report.timers}, time limits {report.sla_checks}, "
                f"e-mails {report.emails_sent}, webhooks {report.webhooks_sent}"
                + (f", failures {len(report.failures)}" if report.failures else "")
            )
            for failure in report.failures:
                print(f"  failed: {failure}")
        if args.once or now is not None:
            return CONFLICT if report.failures else 0
        time.sleep(args.interval)


def run_db_upgrade(args: argparse.Namespace) -> int:
    app = services(args)
    from bpdesk.storage.migrate import current_revision

    print(f"{app.url} is at schema revision {current_revision(app.engine)}")
    return 0


def run_gui(args: argparse.Namespace) -> int:
    from bpdesk.ui.app import run_workspace

    return run_workspace(args.db, getattr(args, "login", None))


def run_designer(args: argparse.Namespace) -> int:
    from bpdesk.ui.app import run_designer as open_designer

    return open_designer(args.db, getattr(args, "files", []))
