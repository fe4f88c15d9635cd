"""What every service call shares: the database, the clock, compiled specs.

One unit of work per call: a transaction that either commits everything the
call did or nothing. Specs of published versions are compiled once and shared
(they are immutable).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DBAPIError

from bpdesk.engine.errors import EngineError, NotFoundError
from bpdesk.engine.ports import Clock, SystemClock
from bpdesk.engine.runtime import Runtime
from bpdesk.engine.spec import ProcessSpec, compile_design
from bpdesk.engine.state import Effects, InstanceState
from bpdesk.io.native import design_from_raw
from bpdesk.storage import schema as t
from bpdesk.storage.db import connect
from bpdesk.storage.directory import DirectorySnapshot
from bpdesk.storage.repository import insert_instance, update_instance, write_effects
from bpdesk.translation import tr

# How long a directory snapshot serves before it is read again: changes made by
# other clients (a new user, a new head) show up within this time.
DIRECTORY_TTL_SECONDS = 5.0


class DatabaseUnavailableError(EngineError):
    """The database could not be reached or refused the work; nothing was changed."""


class ServicesCore:
    def __init__(self, engine: Engine, clock: Clock | None = None) -> None:
        self.engine = engine
        self.clock: Clock = clock or SystemClock()
        self._specs: dict[int, ProcessSpec] = {}
        self._specs_lock = threading.Lock()
        self._directory: tuple[DirectorySnapshot, float] | None = None

    @classmethod
    def open(cls, url: str | None = None, clock: Clock | None = None):  # type: ignore[no-untyped-def]
        return cls(connect(url), clock)

    def close(self) -> None:
        self.engine.dispose()

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def unit_of_work(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as connection:
                yield connection
        except DBAPIError as error:
            if error.connection_invalidated or "connect" in str(error.orig).lower():
                raise DatabaseUnavailableError(
                    tr("the database at {address} cannot be reached: nothing was saved").format(
                        address=self.url
                    )
                ) from None
            raise

    def directory(self, connection: Connection) -> DirectorySnapshot:
        cached = self._directory
        if cached is not None and time.monotonic() - cached[1] < DIRECTORY_TTL_SECONDS:
            return cached[0]
        snapshot = DirectorySnapshot.load(connection)
        self._directory = (snapshot, time.monotonic())
        return snapshot

    def directory_changed(self) -> None:
        """Forget the snapshot: this client changed users or departments."""
        self._directory = None

    def save_step(
        self, connection: Connection, state: InstanceState, effects: Effects, new: bool = False
    ) -> None:
        """Write one engine step: the instance (checked against its version) and its effects."""
        if new:
            insert_instance(connection, state)
        else:
            update_instance(connection, state)
        write_effects(connection, state, effects, self.clock.now())
        if effects.new_users:
            self.directory_changed()

    def runtime(self, connection: Connection) -> Runtime:
        return Runtime(self.clock, self.directory(connection))

    def spec(self, connection: Connection, version_id: int) -> ProcessSpec:
        with self._specs_lock:
            cached = self._specs.get(version_id)
        if cached is not None:
            return cached
        row = connection.execute(
            select(t.design_versions.c.document).where(t.design_versions.c.id == version_id)
        ).first()
        if row is None:
            raise NotFoundError(f"there is no published version {version_id}")
        design = design_from_raw(json.loads(row.document), source=f"version {version_id}")
        spec = compile_design(design, version_id)
        with self._specs_lock:
            self._specs[version_id] = spec
        return spec

    def latest_version_id(self, connection: Connection, design_key: str) -> int:
        row = connection.execute(
            select(t.design_versions.c.id)
            .where(t.design_versions.c.design_key == design_key)
            .order_by(t.design_versions.c.number.desc())
            .limit(1)
        ).first()
        if row is None:
            known = [
                r.key for r in connection.execute(select(t.designs.c.key).order_by(t.designs.c.key))
            ]
            hint = f" (published: {', '.join(known)})" if known else " (nothing is published yet)"
            raise NotFoundError(f"no process '{design_key}' is published{hint}")
        return int(row.id)
