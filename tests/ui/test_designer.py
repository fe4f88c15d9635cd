"""The designer driven with the mouse and keyboard, asserting on the model and the canvas."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bpdesk.io import dump_design
from bpdesk.model import EndNode, StageNode, StartNode, TaskNode, validate
from bpdesk.ui.editor import commands
from bpdesk.ui.editor.window import DesignerWindow
from tests.conftest import DESIGNS, REFERENCE_FILES
from tests.ui.conftest import drag, open_design

PAYMENT = DESIGNS / "en" / "payment-approval.bpd.json"


def _add(window: DesignerWindow, key: str, x: float, y: float) -> str:
    """Add a step from the palette at a place, as a drop from the palette does."""
    window.add_entry(key, QPointF(x, y))
    (node_id,) = window.scene.selected_node_ids()
    return node_id


def _connect(window: DesignerWindow, source: str, port: str, target: str) -> None:
    start = window.scene.nodes[source].port_point(port)
    end = window.scene.nodes[target].sceneBoundingRect().center()
    drag(window, start, end)


def test_build_connect_undo_redo(window: DesignerWindow) -> None:
    window.new_design()
    design = window.scene.design
    start = next(n.id for n in design.nodes if isinstance(n, StartNode))
    window.scene.nodes[start].setPos(0, 0)
    design.move_node(start, 0, 0)
    window.view.set_zoom(1.0)
    window.view.centerOn(300, 0)
    stage = _add(window, "stage", 200, 0)
    task = _add(window, "approve", 480, 0)
    ok = _add(window, "end_success", 760, -80)
    no = _add(window, "end_rejected", 760, 80)
    _connect(window, start, "out", stage)
    _connect(window, stage, "out", task)
    _connect(window, task, "approved", ok)
    _connect(window, task, "rejected", no)
    assert {(e.source, e.port, e.target) for e in design.edges} == {
        (start, "out", stage),
        (stage, "out", task),
        (task, "approved", ok),
        (task, "rejected", no),
    }
    assert [p.code for p in validate(design)] == []
    full = dump_design(design)
    stack = window.document.undo_stack  # type: ignore[union-attr]
    steps = stack.count()
    assert steps == 8  # four additions, four connections
    while stack.canUndo():
        stack.undo()
    assert [type(n) for n in design.nodes] == [StartNode] and design.edges == ()
    assert len(window.scene.edges) == 0 and len(window.scene.nodes) == 1
    while stack.canRedo():
        stack.redo()
    assert dump_design(design) == full
    assert len(window.scene.edges) == 4


def test_a_drag_is_one_undo_step(window: DesignerWindow) -> None:
    document = open_design(window, PAYMENT)
    window.view.set_zoom(1.0)
    node = next(n for n in document.design.nodes if isinstance(n, StageNode))
    item = window.scene.nodes[node.id]
    window.view.centerOn(item)
    before = node.position
    centre = item.sceneBoundingRect().center()
    drag(window, centre + QPointF(0, 10), centre + QPointF(60, 50))
    moved = document.design.node(node.id).position
    assert (moved.x - before.x, moved.y - before.y) == pytest.approx((60, 40), abs=2)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.design.node(node.id).position == before
    assert (item.pos().x(), item.pos().y()) == (before.x, before.y)


def test_delete_takes_the_edges_and_undo_puts_them_back(window: DesignerWindow) -> None:
    document = open_design(window, PAYMENT)
    design = document.design
    task = next(n for n in design.nodes if isinstance(n, TaskNode))
    touching = {e.id for e in design.edges_of(task.id)}
    window.scene.select_ids([task.id])
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert not design.has_node(task.id)
    assert not touching & {e.id for e in design.edges}
    assert not touching & set(window.scene.edges)
    document.undo_stack.undo()
    assert design.has_node(task.id) and touching <= {e.id for e in design.edges}
    assert touching <= set(window.scene.edges)


def test_copy_paste_between_two_designs(window: DesignerWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    document = open_design(window, PAYMENT)
    tasks = [n.id for n in document.design.nodes if isinstance(n, TaskNode)][:2]
    window.scene.select_ids(tasks)
    assert window.copy()
    other = DesignerWindow()
    qtbot.addWidget(other)
    other.new_design()
    before = len(other.scene.design.nodes)
    other.paste()
    pasted = other.scene.design.nodes[before:]
    assert [n.title for n in pasted] == [document.design.node(i).title for i in tasks]
    assert not {n.id for n in pasted} & set(tasks)  # fresh ids
    assert len(other.scene.design.edges) == 1  # the connection between the two came along
    other.document.undo_stack.undo()  # type: ignore[union-attr]
    assert len(other.scene.design.nodes) == before
    other.document.undo_stack.setClean()  # type: ignore[union-attr]


def test_auto_layout_is_one_undoable_step(window: DesignerWindow) -> None:
    document = open_design(window, PAYMENT)
    design = document.design
    original = {n.id: n.position for n in design.nodes}
    for index, node in enumerate(design.nodes):
        design.move_node(node.id, index * 7.0, 0)
    document.undo_stack.clear()
    window.auto_layout()
    assert document.undo_stack.count() == 1
    assert {n.id: n.position for n in design.nodes} == original
    document.undo_stack.undo()
    assert design.nodes[3].position.x == 21.0


def test_reconnect_an_edge_end(window: DesignerWindow) -> None:
    document = open_design(window, PAYMENT)
    design = document.design
    window.view.set_zoom(1.0)
    end = next(n for n in design.nodes if isinstance(n, EndNode) and n.result == "rejected")
    edge = next(e for e in design.edges if e.target == end.id)
    other_end = next(n for n in design.nodes if isinstance(n, EndNode) and n.result == "success")
    item = window.scene.edges[edge.id]
    window.scene.select_ids([edge.id])
    window.view.centerOn(item.end_point())
    target = window.scene.nodes[other_end.id]
    window.view.centerOn((item.end_point() + target.sceneBoundingRect().center()) / 2)
    drag(window, item.end_point(), target.sceneBoundingRect().center())
    assert design.edge(edge.id).target == other_end.id
    document.undo_stack.undo()
    assert design.edge(edge.id).target == end.id


def test_problems_panel_follows_an_edit_that_breaks_the_design(
    window: DesignerWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    document = open_design(window, PAYMENT)
    # the first check runs once the canvas is on screen, not before
    assert "Checking" in window.problems.model_.item(0).text()
    qtbot.waitUntil(lambda: "No problems" in window.problems.model_.item(0).text(), timeout=2000)
    assert window.problems.model_.rowCount() == 1 and window.problems.error_count() == 0
    edge = next(e for e in document.design.edges if e.port == "rejected")
    window.scene.run(commands.RemoveItems(document.design, [], [edge.id]))
    first = window.problems.model_.item(0)
    assert "No problems" in first.text()  # it waits for a pause after the edit...
    qtbot.waitUntil(  # ...then shows the problem
        lambda: "leads nowhere" in window.problems.model_.item(0).text(), timeout=2000
    )
    texts = [
        window.problems.model_.item(r).text() for r in range(window.problems.model_.rowCount())
    ]
    assert any("leads nowhere" in t for t in texts)
    row = next(r for r, t in enumerate(texts) if "leads nowhere" in t)
    index = window.problems.model_.index(row, 0)
    window.problems.clicked.emit(index)
    assert window.scene.selected_node_ids() == [edge.source]
    assert window.scene.nodes[edge.source].problem_count >= 1
    assert "problem" in window.problem_label.text()


@pytest.mark.parametrize("path", REFERENCE_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_open_and_save_without_edits_is_byte_identical(
    window: DesignerWindow, tmp_path: Path, path: Path
) -> None:
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    open_design(window, copy)
    assert window.save()
    assert copy.read_bytes() == path.read_bytes()
    assert not window.isWindowModified()


def test_inspector_edits_are_commands_and_typing_merges(window: DesignerWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    document = open_design(window, PAYMENT)
    stage = next(n for n in document.design.nodes if isinstance(n, StageNode))
    window.scene.select_ids([stage.id])
    from PySide6.QtWidgets import QLineEdit

    title = next(
        w for w in window.inspector.widget().findChildren(QLineEdit) if w.text() == stage.title
    )
    title.setFocus()
    title.selectAll()
    QTest.keyClicks(title, "Finance director")
    assert document.design.node(stage.id).title == "Finance director"
    assert document.undo_stack.count() == 1  # one step for the whole word
    assert window.isWindowModified()
    document.undo_stack.undo()
    assert document.design.node(stage.id).title == stage.title


def test_the_visible_middle_of_a_long_edge_is_drawn(window: DesignerWindow) -> None:
    window.new_design()
    design = window.scene.design
    start = design.nodes[0].id
    design.move_node(start, 0, 0)
    window.add_entry("end_success", QPointF(6000, 0))
    (end,) = window.scene.selected_node_ids()
    window.scene.clearSelection()
    window.view.set_zoom(1.0)
    QApplication.processEvents()  # let the view learn the grown scene before scrolling
    window.view.centerOn(3000, 0)
    assert abs(window.view.mapToScene(window.view.viewport().rect().center()).x() - 3000) < 5
    without = window.view.viewport().grab().toImage()
    window.scene.run(commands.Connect(design, start, "out", end))
    window.scene.clearSelection()
    with_edge = window.view.viewport().grab().toImage()
    changed = [
        y
        for y in range(with_edge.height())
        if with_edge.pixelColor(with_edge.width() // 2, y)
        != without.pixelColor(without.width() // 2, y)
    ]
    assert changed, "the edge crossing the middle of the view was not drawn"


def test_templates_on_the_canvas_read_as_field_labels(window: DesignerWindow) -> None:
    from bpdesk.ui.editor.items import readable

    document = open_design(window, PAYMENT)
    assert readable("Payment {{ amount }} to {{counterparty}}", document.design) == (
        "Payment «Amount» to «Counterparty»"
    )
    assert readable("For {{ initiator.name }}", document.design) == "For «initiator»"
    assert readable("«{{ amount }}»", document.design) == "«Amount»"


def test_far_out_the_design_is_a_sketch_that_still_answers_clicks(
    window: DesignerWindow,
) -> None:  # type: ignore[no-untyped-def]
    from bpdesk.ui.editor.items import SKETCH_LIMIT
    from tests.ui.conftest import click

    document = open_design(window, PAYMENT)
    window.view.set_zoom(SKETCH_LIMIT / 2)
    target = document.design.nodes[len(document.design.nodes) // 2]
    item = window.scene.nodes[target.id]
    window.view.centerOn(item)
    QApplication.processEvents()
    image = window.view.viewport().grab().toImage()
    centre = window.view.mapFromScene(item.sceneBoundingRect().center())
    # the step is drawn in its kind's colour by the sketch, not left blank
    assert image.pixelColor(centre).name() == item.accent().name()
    assert all(not edge.isVisible() for edge in window.scene.edges.values())
    click(window, item.sceneBoundingRect().center())
    assert window.scene.selected_node_ids() == [target.id]
    QApplication.processEvents()
    image = window.view.viewport().grab().toImage()
    highlight = QApplication.palette().highlight().color().name()
    assert image.pixelColor(centre).name() == highlight  # the selection shows far out too
    window.view.set_zoom(1.0)  # near again: edges come back, drawn by their items
    assert all(edge.isVisible() for edge in window.scene.edges.values())


@pytest.mark.parametrize("path", REFERENCE_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_step_paints_within_its_bounds(window: DesignerWindow, path: Path) -> None:
    """Qt keeps each step's picture clipped to its bounds and repaints only them when it
    moves: anything drawn outside (a title under a circle, a badge, a caption) would be
    cut off on screen, or left behind as a trail."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyle, QStyleOptionGraphicsItem

    open_design(window, path)
    margin = 40
    for item in window.scene.nodes.values():
        item.set_problems(3)  # the badge
        item.set_marking("current")  # the widest border
        item._hover_port = next(iter(item.ports), None)  # the bigger port dot
        bounds = item.boundingRect()
        image = QImage(
            int(bounds.width()) + 2 * margin,
            int(bounds.height()) + 2 * margin,
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(margin - bounds.left(), margin - bounds.top())
        option = QStyleOptionGraphicsItem()
        option.state |= QStyle.StateFlag.State_Selected
        item.paint(painter, option, None)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
        painter.fillRect(bounds.toAlignedRect(), Qt.GlobalColor.transparent)  # inside may stay
        painter.end()
        outside = bytes(image.constBits())
        assert outside.count(0) == len(outside), f"{item.node.kind} “{item.node.title}”"


def test_a_stage_wears_a_solid_band_in_its_colour(window: DesignerWindow) -> None:
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    document = open_design(window, PAYMENT)
    stage = next(node for node in document.design.nodes if isinstance(node, StageNode))
    item = window.scene.nodes[stage.id]
    body = item.body()
    image = QImage(int(body.width()) + 2, int(body.height()) + 2, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.translate(-body.left() + 1, -body.top() + 1)
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    for y in (3, 9, 15):  # the band is 18 units high: solid from top to bottom
        assert image.pixelColor(int(body.width()) - 40, y).name() == item.accent().name()
