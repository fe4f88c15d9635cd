"""Designer test helpers: a window, and gestures done the way a person does them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from bpdesk.ui.editor.document import DesignDocument
from bpdesk.ui.editor.window import DesignerWindow


@pytest.fixture(scope="session", autouse=True)
def release_clipboard_at_the_end(qapp):  # type: ignore[no-untyped-def]
    """What the application does on quit (bpdesk.ui.app.release_clipboard)."""
    yield
    from bpdesk.ui.app import release_clipboard

    release_clipboard()


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test its own QSettings (window layout, last login, last process)."""
    from PySide6.QtCore import QSettings

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "config")
    )


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):  # type: ignore[no-untyped-def]
    """A modal question would wait forever offscreen: answer "Discard" and record it."""
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def answer(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: asked.append(a[2]))
    return asked


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch) -> Iterator[DesignerWindow]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    win = DesignerWindow()
    win.resize(1400, 900)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def open_design(window: DesignerWindow, path: Path) -> DesignDocument:
    assert window.open_path(path)
    assert window.document is not None
    return window.document


def view_point(window: DesignerWindow, scene_point: QPointF) -> QPoint:
    return window.view.mapFromScene(scene_point)


def drag(window: DesignerWindow, start: QPointF, end: QPointF, steps: int = 6) -> None:
    """Press at ``start``, move in steps, release at ``end`` (scene coordinates)."""
    viewport = window.view.viewport()
    a, b = view_point(window, start), view_point(window, end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for i in range(1, steps + 1):
        p = a + (b - a) * i / steps
        QTest.mouseMove(viewport, p)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def click(window: DesignerWindow, scene_point: QPointF) -> None:
    QTest.mouseClick(
        window.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view_point(window, scene_point),
    )
