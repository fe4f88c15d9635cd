"""Keep the model/engine/services catalogue in step with the code.

``python tools/model_texts.py`` reads every ``tr("...")`` text in bpdesk (outside
the Qt interface, which has its own ``.ts``), adds new texts to
``resources/translations/bpdesk_model_<language>.po`` untranslated, drops texts the
code no longer has, and compiles the ``.mo`` the program reads.
``--check`` changes nothing and reports what is out of step or untranslated.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bpdesk.translation import catalogue_path  # noqa: E402

LANGUAGES = ("ru",)
METHODS = [("ui/**.py", "ignore"), ("**.py", "python")]


def source_texts() -> dict[str, list[tuple[str, int]]]:
    """Every text wrapped in ``tr()``, with where it is used."""
    found: dict[str, list[tuple[str, int]]] = {}
    for filename, line, message, _comments, _context in extract_from_dir(
        ROOT / "bpdesk",
        METHODS,
        keywords={"tr": None, "tr_later": None, "tr_in": (2,), "say": None},
        comment_tags=(),
    ):
        if isinstance(message, str):
            found.setdefault(message, []).append((f"bpdesk/{filename}", line))
    return found


def merged(language: str, texts: dict[str, list[tuple[str, int]]]) -> Catalog:
    """The catalogue for ``language``: the code's texts, with the translations kept."""
    old: dict[str, str] = {}
    path = catalogue_path(language, ".po")
    if path.exists():
        with path.open("rb") as file:
            for message in read_po(file):
                if message.id and isinstance(message.id, str):
                    old[message.id] = str(message.string or "")
    # fixed dates: the compiled file changes only when a text does
    stamp = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    catalog = Catalog(
        locale=language, project="bpdesk", fuzzy=False, creation_date=stamp, revision_date=stamp
    )
    for text in sorted(texts):
        catalog.add(text, old.get(text, ""), locations=sorted(texts[text]))
    return catalog


def rendered(catalog: Catalog) -> tuple[bytes, bytes]:
    po, mo = io.BytesIO(), io.BytesIO()
    write_po(po, catalog, omit_header=True, width=100, include_lineno=False)
    write_mo(mo, catalog)
    return po.getvalue(), mo.getvalue()


def _entries(catalog: Catalog) -> dict[str, str]:
    return {str(m.id): str(m.string or "") for m in catalog if m.id and isinstance(m.id, str)}


def problems() -> list[str]:
    """What is out of step: files without the code's texts, texts without a translation.

    Files are compared by their entries, not bytes, so another Babel release that
    lays them out differently does not count as a change."""
    found = []
    texts = source_texts()
    for language in LANGUAGES:
        catalog = merged(language, texts)
        wanted = _entries(catalog)
        for suffix, read in ((".po", read_po), (".mo", read_mo)):
            path = catalogue_path(language, suffix)
            if not path.exists() or _entries(read(io.BytesIO(path.read_bytes()))) != wanted:
                found.append(f"{path.name} is not in step with the code: run make translations")
        found += [f"{language}: no translation for “{text}”" for text, s in wanted.items() if not s]
    return found


def main(argv: list[str]) -> int:
    if "--check" in argv:
        found = problems()
        print("\n".join(found) or "The model texts are translated and in step.")
        return 1 if found else 0
    texts = source_texts()
    for language in LANGUAGES:
        po, mo = rendered(merged(language, texts))
        catalogue_path(language, ".po").write_bytes(po)
        catalogue_path(language, ".mo").write_bytes(mo)
        print(f"{catalogue_path(language, '.po').name}: {len(texts)} texts")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
