"""The native design file, ``*.bpd.json``.

Loading reads the version, migrates the raw dict, validates it with pydantic,
then builds the model, and reports *every* problem with its JSON path rather
than stopping at the first. Saving is deterministic (keys in a fixed order,
items in design order, two-space indent, UTF-8) so a small edit is a small
diff, and atomic (a temporary file renamed over the target) so a crash never
leaves half a file. See ``docs/design-format.md``.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from bpdesk.io.migrations import CURRENT_VERSION, MigrationError, migrate
from bpdesk.model.design import DesignData, DesignIntegrityError, ProcessDesign

FORMAT = "bpdesk.design"
SCHEMA_VERSION = CURRENT_VERSION
MAX_FILE_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class FileProblem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class DesignFileError(ValueError):
    """A design file that cannot be opened; ``problems`` says what and where."""

    def __init__(self, source: str, problems: list[FileProblem]) -> None:
        self.source = source
        self.problems = problems
        lines = "\n".join(f"  {problem}" for problem in problems)
        super().__init__(f"{source} cannot be opened as a process design:\n{lines}")


def load_design(path: str | os.PathLike[str]) -> ProcessDesign:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DesignFileError(
                str(path),
                [
                    FileProblem(
                        "", f"the file is {size // 1024 // 1024} MB; a design is far smaller"
                    )
                ],
            )
        data = path.read_bytes()
    except OSError as error:
        raise DesignFileError(str(path), [FileProblem("", error.strerror or str(error))]) from None
    return loads_design(data, source=str(path))


def loads_design(data: bytes | str, source: str = "<text>") -> ProcessDesign:
    if isinstance(data, bytes):
        if len(data) > MAX_FILE_BYTES:
            raise DesignFileError(
                source, [FileProblem("", "the file is far too large for a design")]
            )
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise DesignFileError(
                source, [FileProblem("", f"not UTF-8 text (byte {error.start} is invalid)")]
            ) from None
    else:
        text = data
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        raise DesignFileError(
            source,
            [
                FileProblem(
                    "", f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
                )
            ],
        ) from None
    except RecursionError:
        raise DesignFileError(source, [FileProblem("", "the JSON is nested too deeply")]) from None
    return design_from_raw(raw, source)


def design_from_raw(raw: Any, source: str = "<data>") -> ProcessDesign:
    if not isinstance(raw, dict):
        raise DesignFileError(source, [FileProblem("$", "expected a JSON object")])
    problems = []
    if raw.get("format") != FORMAT:
        problems.append(
            FileProblem("$.format", f'expected "{FORMAT}", found {json.dumps(raw.get("format"))}')
        )
    version = raw.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problems.append(
            FileProblem("$.schema_version", f"expected a whole number, found {json.dumps(version)}")
        )
    if problems:
        raise DesignFileError(source, problems)
    assert isinstance(version, int)
    try:
        body = migrate(
            {k: v for k, v in raw.items() if k not in ("format", "schema_version")}, version
        )
    except MigrationError as error:
        raise DesignFileError(source, [FileProblem("$.schema_version", str(error))]) from None
    try:
        data = DesignData.model_validate(body)
    except ValidationError as error:
        raise DesignFileError(source, _pydantic_problems(error, body)) from None
    try:
        return ProcessDesign(data)
    except DesignIntegrityError as error:
        raise DesignFileError(
            source, [FileProblem(p.path, p.message) for p in error.problems]
        ) from None


def _pydantic_problems(error: ValidationError, raw: Any) -> list[FileProblem]:
    problems = []
    for item in error.errors():
        path, found = _json_path(item["loc"], raw)
        kind = item["type"]
        if kind == "missing":
            message = "this required key is missing"
        elif kind == "extra_forbidden":
            message = "unknown key (a typo, or a file from a newer bpdesk?)"
        elif kind == "union_tag_invalid":
            expected = item.get("ctx", {}).get("expected_tags", "")
            tag = item.get("ctx", {}).get("tag", "")
            message = f"unknown kind {json.dumps(tag)}; expected one of {expected}"
        elif kind == "union_tag_not_found":
            message = f"the {item.get('ctx', {}).get('discriminator', 'kind')} key is missing"
        else:
            message = item["msg"].removeprefix("Value error, ")
            if found is not None and kind not in ("value_error", "assertion_error"):
                shown = json.dumps(found, ensure_ascii=False)
                if len(shown) > 60:
                    shown = shown[:57] + "..."
                message += f" (found {shown})"
        problems.append(FileProblem(path, message))
    return problems


def _json_path(loc: tuple[int | str, ...], raw: Any) -> tuple[str, Any]:
    """Turn a pydantic location into a JSON path, dropping union tags pydantic inserts."""
    path = "$"
    current: Any = raw
    tagged: Any = None
    parts = list(loc)
    for index, part in enumerate(parts):
        if isinstance(part, int) and isinstance(current, list) and 0 <= part < len(current):
            path += f"[{part}]"
            current = current[part]
        elif (
            isinstance(current, dict)
            and index + 1 < len(parts)
            and part in (current.get("kind"), current.get("type"))
            and tagged is not current
        ):
            tagged = current  # pydantic puts a union's tag in the location: not a key
            continue
        elif isinstance(current, dict) and part in current:
            path += f".{part}"
            current = current[part]
        elif isinstance(part, str) and (part.startswith("function-") or "[" in part):
            continue
        else:
            path += f"[{part}]" if isinstance(part, int) else f".{part}"
            current = None
    return path, current


# Written even when they hold their default: they say what an object is.
_ALWAYS_WRITTEN = frozenset({"id", "kind", "type", "key", "label", "title", "name", "position"})


def design_to_raw(design: ProcessDesign) -> dict[str, Any]:
    """The file's JSON object: ``format`` and ``schema_version`` first, then the design.

    Settings left at their default are omitted, so files stay short and a
    reader sees what was chosen; identity keys are always written.
    """
    body = _plain(design.to_data())
    return {"format": FORMAT, "schema_version": SCHEMA_VERSION, **body}


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        out: dict[str, Any] = {}
        for name, info in type(value).model_fields.items():
            item = getattr(value, name)
            if name not in _ALWAYS_WRITTEN and not info.is_required():
                default = info.default_factory() if info.default_factory else info.default  # type: ignore[call-arg]
                if item == default:
                    continue
            out[name] = _plain(item)
        first = [key for key in ("kind", "type") if key in out]
        return {key: out[key] for key in first} | out
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, Enum):
        return value.value
    return value


def dump_design(design: ProcessDesign) -> str:
    return json.dumps(design_to_raw(design), ensure_ascii=False, indent=2) + "\n"


def save_design(design: ProcessDesign, path: str | os.PathLike[str]) -> None:
    """Write atomically: a temporary file in the same folder, flushed, renamed over ``path``."""
    target = Path(path)
    text = dump_design(design).encode("utf-8")
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
