"""Running the engine's hot statements straight on the DB-API cursor.

A completion is a handful of small statements; SQLAlchemy's execution layer
costs several times more than SQLite itself for each. The statements are still
written with SQLAlchemy Core and compiled by it once per dialect, and values
still go through each column type's own bind and result processors (JSON,
aware UTC datetimes), so behaviour is the same; only the per-call machinery is
skipped. The cursor is the connection's own, inside the same transaction.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import ClauseElement, Select


@dataclass(frozen=True)
class _Compiled:
    sql: str
    positional: bool
    # (name, processor or None, the literal's own value) in the order the SQL wants them
    binds: tuple[tuple[str, Callable[[Any], Any] | None, Any], ...]
    row: Any
    readers: tuple[tuple[int, Callable[[Any], Any]], ...]


class FastStatement:
    """A Core statement compiled once per dialect and run on the raw cursor."""

    def __init__(self, statement: ClauseElement, column_keys: Sequence[str] | None = None) -> None:
        self.statement = statement
        self.column_keys = list(column_keys) if column_keys else None
        self._compiled: dict[str, _Compiled] = {}

    def _compile(self, dialect: Dialect) -> _Compiled:
        found = self._compiled.get(dialect.name)
        if found is not None:
            return found
        compiled = self.statement.compile(dialect=dialect, column_keys=self.column_keys)
        positional = bool(compiled.positional and compiled.positiontup)
        names = list(compiled.positiontup) if positional else list(compiled.binds)  # type: ignore[arg-type]
        # Literals in the statement (``state == 'open'``) are binds with a value of their own.
        binds = tuple(
            (
                name,
                compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect),
                compiled.binds[name].effective_value,
            )
            for name in names
        )
        row: Any = None
        readers: tuple[tuple[int, Callable[[Any], Any]], ...] = ()
        if isinstance(self.statement, Select):
            columns = list(self.statement.selected_columns)
            row = namedtuple("Row", [column.key for column in columns], rename=True)  # type: ignore[misc]
            processors = [
                column.type.dialect_impl(dialect).result_processor(dialect, None)
                for column in columns
            ]
            readers = tuple((i, p) for i, p in enumerate(processors) if p is not None)
        found = _Compiled(compiled.string, positional, binds, row, readers)
        self._compiled[dialect.name] = found
        return found

    @staticmethod
    def _params(compiled: _Compiled, values: dict[str, Any]) -> Any:
        bound = []
        for name, binder, literal in compiled.binds:
            value = values.get(name, literal)
            bound.append(binder(value) if binder is not None and value is not None else value)
        if compiled.positional:
            return tuple(bound)
        return {name: value for (name, _, _), value in zip(compiled.binds, bound, strict=True)}

    def execute(self, connection: Connection, values: dict[str, Any] | None = None) -> int:
        """Run once; the number of rows it changed."""
        compiled = self._compile(connection.dialect)
        cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(compiled.sql, self._params(compiled, values or {}))
            return int(cursor.rowcount)
        finally:
            cursor.close()

    def execute_many(self, connection: Connection, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        compiled = self._compile(connection.dialect)
        cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.executemany(compiled.sql, [self._params(compiled, row) for row in rows])
        finally:
            cursor.close()

    def fetch(self, connection: Connection, values: dict[str, Any] | None = None) -> list[Any]:
        compiled = self._compile(connection.dialect)
        cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(compiled.sql, self._params(compiled, values or {}))
            raw_rows = cursor.fetchall()
        finally:
            cursor.close()
        rows = []
        for raw in raw_rows:
            values = list(raw)
            for index, reader in compiled.readers:
                values[index] = reader(values[index])
            rows.append(compiled.row(*values))
        return rows
