"""The Russian interface: complete, in step with the code, compiled, and actually shown."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from bpdesk.translation import use_language
from bpdesk.ui.editor.window import DesignerWindow
from bpdesk.ui.language import TRANSLATIONS, install_translators

ROOT = Path(__file__).resolve().parents[2]
TS = TRANSLATIONS / "bpdesk_ru.ts"
TOOLS = Path(sys.executable).parent


def messages(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(name, message.findtext("source") or "")] = (
                translation.text or "",
                translation.get("type"),
            )
    return found


def test_every_text_in_the_code_has_a_russian_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "bpdesk" / "ui").rglob("*.py"))
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = set(messages(fresh))
    shipped = messages(TS)
    missing = sorted(in_code - set(shipped))
    assert missing == [], "run `make translations` and translate these"
    unfinished = sorted(key for key, (text, kind) in shipped.items() if kind or not text)
    assert unfinished == []
    for (context, source), (text, _) in shipped.items():
        wanted = sorted(re.findall(r"\{\d\}", source))
        assert sorted(re.findall(r"\{\d\}", text)) == wanted, (context, source, text)
        assert source.count("&") == text.count("&"), (context, source, text)


def test_the_compiled_translation_is_up_to_date(tmp_path: Path) -> None:
    compiled = tmp_path / "bpdesk_ru.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == (TRANSLATIONS / "bpdesk_ru.qm").read_bytes()


def test_the_designer_speaks_russian(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    locale = QLocale()
    translators = install_translators(app, "ru")
    try:
        assert len(translators) >= 1
        window = DesignerWindow()
        qtbot.addWidget(window)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus[:2] == ["&Файл", "&Правка"]
        assert window.palette_view.label("approve") == "Согласование"
        window.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(locale)
        use_language("en")


def test_the_engine_and_services_speak_the_interface_s_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Form problems, refusals and a design's problems come from below Qt: they follow
    the chosen language too."""
    from bpdesk.engine.values import ValueProblemError, parse_value
    from bpdesk.io import load_design
    from bpdesk.model import validate
    from bpdesk.model.errors import InvalidConnectionError
    from bpdesk.model.fields import FieldDef, FieldType
    from tests.conftest import DESIGNS

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    locale = QLocale()
    translators = install_translators(app, "ru")
    amount = FieldDef(key="amount", label="Сумма", type=FieldType.MONEY)
    try:
        with pytest.raises(ValueProblemError, match="введите сумму, например 1250,50"):
            parse_value(amount, "много")
        design = load_design(DESIGNS / "ru" / "payment-approval.bpd.json")
        stage = next(node for node in design.nodes if node.kind == "stage")
        design.disconnect(design.edges_from(stage.id)[0].id)
        messages = [problem.message for problem in validate(design)]
        assert f"Этап «{stage.title}»: нет следующего шага — проведите от него связь дальше." in (
            messages
        )
        start = next(node for node in design.nodes if node.kind == "start")
        with pytest.raises(InvalidConnectionError, match="в старт не может вести ни одна связь"):
            design.connect(stage.id, "out", start.id)  # a refused edit, said in Russian
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(locale)
        use_language("en")
    with pytest.raises(ValueProblemError, match=r"enter an amount, e\.g\. 1250\.50"):
        parse_value(amount, "a lot")


def test_the_model_catalogue_is_translated_and_in_step() -> None:
    """Every ``tr()`` text below the interface has a Russian translation, compiled."""
    from tools.model_texts import problems

    assert problems() == []
