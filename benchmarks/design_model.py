"""Design model speed: validation, layout, save and load of large generated designs.

The designer re-validates after every edit (the problems panel is live), so
validation of a big design must stay well inside an interaction budget.
Run by hand: ``.venv/bin/python benchmarks/design_model.py``.

Targets (per design):
- validate a 1,000-step design in under 100 ms, a 5,000-step one under 600 ms;
- save + load a 1,000-step design in under 250 ms;
- auto-layout a 1,000-step design in under 300 ms.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bpdesk.io import load_design, save_design
from bpdesk.model import (
    ActionNode,
    Branch,
    ConditionNode,
    EndNode,
    FieldDef,
    FieldToFill,
    NotifyAction,
    ProcessDesign,
    RoleRef,
    StageNode,
    StartNode,
    TaskNode,
    validate,
)
from bpdesk.model.layout import compute_layout

TARGETS_MS = {
    ("validate", 1000): 100.0,
    ("validate", 5000): 600.0,
    ("save+load", 1000): 250.0,
    ("layout", 1000): 300.0,
}


def generate(steps: int) -> ProcessDesign:
    """A long process of stages, approvals, conditions and notifications."""
    design = ProcessDesign.new("generated", f"Generated {steps}")
    design.add_field(
        FieldDef(key="amount", label="Amount", type="money", required="always", start_form=True)
    )
    design.add_field(FieldDef(key="note", label="Note", type="text"))
    previous = design.add_node(StartNode(title="Start")).id
    port = "out"
    rejected = design.add_node(EndNode(title="Rejected", result="rejected")).id
    count = 2
    block = 0
    while count < steps - 1:
        block += 1
        stage = design.add_node(StageNode(title=f"Stage {block}")).id
        task = design.add_node(
            TaskNode(
                title=f"Approve {{{{ amount }}}} #{block}",
                task="approve",
                assignee=RoleRef(role="initiator"),
                fill_fields=[FieldToFill(field="note", required=False)],
            )
        ).id
        branch = Branch(label="Big", expression=f"amount > {block * 100}")
        condition = design.add_node(ConditionNode(title=f"Big {block}?", branches=[branch])).id
        notify = design.add_node(
            ActionNode(
                title=f"Tell {block}",
                action=NotifyAction(
                    recipients=(RoleRef(role="initiator"),), message="{{ note }} {{ amount }}"
                ),
            )
        ).id
        design.connect(previous, port, stage)
        design.connect(stage, "out", task)
        design.connect(task, "approved", condition)
        design.connect(task, "rejected", rejected)
        design.connect(condition, branch.id, notify)
        join = design.add_node(StageNode(title=f"After {block}")).id
        design.connect(condition, "otherwise", join)
        design.connect(notify, "out", join)
        previous, port = join, "out"
        count += 5
    end = design.add_node(EndNode(title="Done")).id
    design.connect(previous, port, end)
    return design


def measure(action: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time in milliseconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    failed = False
    print(f"{'measure':<12}{'steps':>7}{'median ms':>12}{'target ms':>12}  verdict")
    for steps in (100, 1000, 5000):
        design = generate(steps)
        assert not [p for p in validate(design) if p.severity == "error"], "generator is broken"
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "big.bpd.json"

            def round_trip(path: Path = path, design: ProcessDesign = design) -> None:
                save_design(design, path)
                load_design(path)

            figures = {
                "validate": measure(lambda design=design: validate(design)),
                "save+load": measure(round_trip),
                "layout": measure(lambda design=design: compute_layout(design), repeat=3),
            }
        for name, value in figures.items():
            target = TARGETS_MS.get((name, steps))
            verdict = "" if target is None else ("ok" if value <= target else "MISSED")
            failed = failed or verdict == "MISSED"
            shown = "" if target is None else f"{target:.0f}"
            print(f"{name:<12}{len(design.nodes):>7}{value:>12.1f}{shown:>12}  {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
