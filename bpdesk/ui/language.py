"""The language of the interface: English source texts, Russian from ``resources/translations``.

Chosen by ``BPDESK_LANG`` (for a session), else the saved setting (Settings ▸
Language), else the system's language when bpdesk speaks it, else English.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from bpdesk.translation import use_language

LANGUAGES = {"en": "English", "ru": "Русский"}
SETTING = "ui/language"
TRANSLATIONS = Path(__file__).resolve().parent.parent.parent / "resources" / "translations"


def chosen_language() -> str:
    wanted = os.environ.get("BPDESK_LANG") or str(QSettings().value(SETTING, "") or "")
    if wanted in LANGUAGES:
        return wanted
    system = QLocale.system().name()[:2]
    return system if system in LANGUAGES else "en"


def save_language(language: str) -> None:
    """Remembered for the next start: widgets are built in one language."""
    QSettings().setValue(SETTING, language)


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """bpdesk's own texts and Qt's (standard buttons and dialogs) in ``language``,
    and the words of the layers below (form problems, refusals) with them."""
    use_language(language)
    if language == "en":
        return []
    QLocale.setDefault(QLocale(language))
    installed = []
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("bpdesk", str(TRANSLATIONS)),
    ):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
