"""Words the model, engine and services show to people, in the reader's language.

Qt translates the interface; the layers below it don't use Qt, so their texts come
from a gettext catalogue: ``resources/translations/bpdesk_model_<language>.po``,
compiled to ``.mo`` by ``make translations`` (``tools/model_texts.py``). English is
the source text. The interface chooses the language (``use_language``); the command
line follows ``BPDESK_LANG``. Wrap a text in ``tr()`` where it is made, never at
import time, so that it is read in the language chosen by then.
"""

from __future__ import annotations

import gettext
import os
from functools import lru_cache
from pathlib import Path

CATALOGUES = Path(__file__).resolve().parent.parent / "resources" / "translations"
DOMAIN = "bpdesk_model"

_active: gettext.NullTranslations | None = None


def catalogue_path(language: str, suffix: str = ".mo") -> Path:
    return CATALOGUES / f"{DOMAIN}_{language}{suffix}"


@lru_cache(maxsize=8)
def _catalogue(language: str) -> gettext.NullTranslations:
    path = catalogue_path(language.split("_")[0])
    if language.startswith("en") or not path.exists():
        return gettext.NullTranslations()
    with path.open("rb") as catalogue:
        return gettext.GNUTranslations(catalogue)


def use_language(language: str) -> None:
    """Read texts in ``language`` from now on (English when there is no catalogue for it)."""
    global _active
    _active = _catalogue(language)


def tr(text: str) -> str:
    """``text`` in the chosen language."""
    if _active is None:
        use_language(os.environ.get("BPDESK_LANG", "en"))
    assert _active is not None
    return _active.gettext(text)


def tr_in(language: str, text: str) -> str:
    """``text`` in a given language, whoever reads it: what an instance records (why it
    stopped, say) is written in its process's language, like the rest of its history."""
    return _catalogue(language).gettext(text)


def tr_later(text: str) -> str:
    """Marks a text kept in a table for translation when it is shown (``tr(entry)``)."""
    return text
