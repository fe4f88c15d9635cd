"""``bpdesk design validate`` and ``bpdesk design show``."""

from __future__ import annotations

import argparse
from typing import Any

from bpdesk.cli.common import CONFLICT, CliError, print_json, table
from bpdesk.io import DesignFileError, load_design
from bpdesk.model import ProcessDesign, validate
from bpdesk.model.references import node_name
from bpdesk.model.summary import design_summary


def register(commands: Any) -> Any:
    design = commands.add_parser("design", help="check and inspect design files")
    sub = design.add_subparsers(dest="design_command", metavar="ACTION", required=True)

    check = sub.add_parser("validate", help="report the problems of design files in plain words")
    check.add_argument("files", nargs="+", metavar="FILE")
    check.add_argument("--strict", action="store_true", help="treat warnings as errors too")
    check.add_argument("--json", action="store_true", help="machine-readable output")
    check.set_defaults(handler=run_validate)

    show = sub.add_parser("show", help="print the fields, roles, stages and steps of a design")
    show.add_argument("file", metavar="FILE")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(handler=run_show)
    return sub


def run_validate(args: argparse.Namespace) -> int:
    failed = False
    report: list[dict[str, Any]] = []
    for path in args.files:
        try:
            design = load_design(path)
        except DesignFileError as error:
            failed = True
            problems = [
                {
                    "severity": "error",
                    "code": "unreadable",
                    "message": str(p),
                    "node_id": None,
                    "node": None,
                    "field": None,
                    "role": None,
                }
                for p in error.problems
            ]
            report.append({"file": path, "ok": False, "problems": problems})
            if not args.json:
                print(f"{path}: cannot be opened")
                for problem in error.problems:
                    print(f"  error: {problem}")
            continue
        problems = validate(design)
        bad = [p for p in problems if p.severity == "error" or args.strict]
        failed = failed or bool(bad)
        report.append(
            {"file": path, "ok": not bad, "problems": [_problem_json(design, p) for p in problems]}
        )
        if args.json:
            continue
        errors = sum(p.severity == "error" for p in problems)
        warnings = len(problems) - errors
        verdict = "OK" if not bad else "has problems"
        print(
            f"{path}: {verdict} — {design.name}, {len(design.nodes)} steps, "
            f"{errors} error(s), {warnings} warning(s)"
        )
        for problem in problems:
            print(f"  {problem.severity}: {problem.message}")
    if args.json:
        print_json(report)
    return CONFLICT if failed else 0


def _problem_json(design: ProcessDesign, problem: Any) -> dict[str, Any]:
    node = design.node(problem.node_id) if problem.node_id else None
    return {
        "severity": problem.severity,
        "code": problem.code,
        "message": problem.message,
        "node_id": problem.node_id,
        "node": node_name(node) if node else None,
        "field": problem.field_key,
        "role": problem.role_key,
    }


def run_show(args: argparse.Namespace) -> int:
    try:
        design = load_design(args.file)
    except DesignFileError as error:
        first = error.problems[0] if error.problems else "unreadable"
        more = f" (and {len(error.problems) - 1} more problems)" if len(error.problems) > 1 else ""
        raise CliError(f"{args.file}: {first}{more}") from None
    summary = design_summary(design)
    if args.json:
        print_json(summary)
    else:
        print(format_summary(summary))
    return 0


def format_summary(summary: dict[str, Any]) -> str:
    out = [f"{summary['name']}  ({summary['key']})"]
    if summary["description"]:
        out.append(f"  {summary['description']}")
    if summary["title_template"]:
        out.append(f"  Instance title: {summary['title_template']}")
    if summary["default_sla"]:
        sla = summary["default_sla"]
        out.append(
            f"  Any stage longer than {sla['days']} days notifies: {', '.join(sla['notify'])}"
        )
    out.append("\nFields")
    rows = [["key", "type", "required", "start form", "options"]]
    for field in summary["fields"]:
        kind = field["type"] + (f" {field['currency']}" if field["currency"] else "")
        required = (
            field["required"] if field["required"] != "when" else f"when {field['required_when']}"
        )
        rows.append(
            [
                field["key"],
                kind,
                required,
                "yes" if field["start_form"] else "no",
                ", ".join(field["options"]),
            ]
        )
    out.append(table(rows))
    out.append("\nRoles")
    out.append(
        table([[r["key"], r["label"], r["resolves_to"]] for r in summary["roles"]]) or "  (none)"
    )
    out.append("\nStages")
    stages = [
        s["title"] + (f" (at most {s['sla_days']} days)" if s["sla_days"] else "")
        for s in summary["stages"]
    ]
    out.append("  " + " → ".join(stages) if stages else "  (none)")
    out.append("\nSteps")
    for node in summary["nodes"]:
        extra = ""
        if node["kind"] == "task":
            extra = f" [{node['task']}, {node['assignee']}]"
        elif node["kind"] == "action":
            extra = f" [{node['action']}]"
        elif node["kind"] == "end":
            extra = f" [{node['result']}]"
        out.append(f"  {node['kind']:<9} {node['title']}{extra}")
        for outcome in node["outcomes"]:
            targets = ", ".join(t["title"] or "(untitled)" for t in outcome["to"]) or "(nothing)"
            label = "" if outcome["port"] == "out" else f"{outcome['label']}: "
            out.append(f"              → {label}{targets}")
    return "\n".join(out)
