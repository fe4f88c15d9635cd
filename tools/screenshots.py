"""Screenshots of the designer for review: each reference design and the inspector of each kind.

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


def _subkind(node) -> str:  # type: ignore[no-untyped-def]
    if node.kind == "task":
        return f"task-{node.task}"
    return f"action-{node.action.type}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default=str(ROOT / "screenshots"))
    parser.add_argument("--lang", default="en", choices=["en", "ru"])
    args = parser.parse_args()
    os.environ["BPDESK_LANG"] = args.lang  # the interface in the designs' language
    from bpdesk.ui.app import make_application

    make_application()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for path in designer_shots(out, args.lang):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
