"""Commands that change processes: publish, start, complete, reassign, cancel, comment."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, update

from bpdesk.engine.errors import ConflictError, FormError, NotFoundError
from bpdesk.engine.runtime import Runtime
from bpdesk.engine.state import Effects, InstanceState
from bpdesk.io.native import dump_design
from bpdesk.model.design import ProcessDesign
from bpdesk.model.ids import new_id
from bpdesk.services.core import ServicesCore
from bpdesk.services.dto import CompletionResult, InstanceRef, VersionInfo
from bpdesk.services.errors import PublishError
from bpdesk.services.queries import task_view_from_record
from bpdesk.storage import schema as t
from bpdesk.storage.repository import (
    StaleStateError,
    load_state,
    load_task,
    next_instance_number,
    write_effects,
)
from bpdesk.translation import tr

MAX_FILE_BYTES = 50 * 1024 * 1024
RETRIES = 5


class ProcessCommands(ServicesCore):
    # ---------------------------------------------------------------- publish
    def publish(
        self, design: ProcessDesign, actor: str | None = None, note: str = ""
    ) -> VersionInfo:
        """Freeze the design as its next version; refused while it has errors."""
        from bpdesk.model.validation import validate  # loads networkx: only when publishing

        errors = [p.message for p in validate(design) if p.severity == "error"]
        if errors:
            raise PublishError(
                tr("“{process}” has problems to fix before publishing: {count}").format(
                    process=design.name, count=len(errors)
                ),
                errors,
            )
        now = self.clock.now()
        with self.unit_of_work() as connection:
            row = connection.execute(
                select(t.designs).where(t.designs.c.key == design.key).with_for_update()
            ).first()
            number = (row.latest_version if row else 0) + 1
            if row is None:
                connection.execute(
                    insert(t.designs).values(
                        key=design.key,
                        design_id=design.properties.id,
                        name=design.name,
                        latest_version=number,
                        created_at=now,
                    )
                )
            else:
                connection.execute(
                    update(t.designs)
                    .where(t.designs.c.key == design.key)
                    .values(latest_version=number, name=design.name)
                )
            version_id = connection.execute(
                insert(t.design_versions)
                .values(
                    design_key=design.key,
                    number=number,
                    name=design.name,
                    document=dump_design(design),
                    note=note,
                    published_by=actor,
                    published_at=now,
                )
                .returning(t.design_versions.c.id)
            ).scalar_one()
        return VersionInfo(design.key, design.name, number, int(version_id))

    # ------------------------------------------------------------------ start
    def start(
        self,
        design_key: str,
        initiator: str,
        values: dict[str, Any] | None = None,
        files: dict[str, Path] | None = None,
    ) -> InstanceRef:
        with self.unit_of_work() as connection:
            values = dict(values or {})
            stored = [
                self._store_file(connection, key, path, initiator)
                for key, path in (files or {}).items()
            ]
            for key, reference in stored:
                values[key] = reference
            runtime = self.runtime(connection)
            state = self._start(connection, runtime, design_key, initiator, values, None)
            for _key, reference in stored:
                connection.execute(
                    update(t.attachments)
                    .where(t.attachments.c.id == reference["id"])
                    .values(instance_id=state.id)
                )
            return InstanceRef(state.id, state.number, state.title, state.status.value)

    def _start(
        self,
        connection: Connection,
        runtime: Runtime,
        design_key: str,
        initiator: str,
        values: dict[str, Any],
        parent_id: str | None,
        depth: int = 0,
    ) -> InstanceState:
        spec = self.spec(connection, self.latest_version_id(connection, design_key))
        number = next_instance_number(connection)
        state, effects = runtime.start(
            spec,
            initiator,
            values,
            instance_id=new_id(),
            number=number,
            parent_id=parent_id,
            check_permission=parent_id is None,
        )
        self.save_step(connection, state, effects, new=True)
        self._linked(connection, runtime, state, effects, depth)
        return state

    def _linked(
        self,
        connection: Connection,
        runtime: Runtime,
        state: InstanceState,
        effects: Effects,
        depth: int,
    ) -> None:
        if depth > 5 and effects.linked_starts:
            raise ConflictError(tr("linked instances start each other more than five levels deep"))
        for linked in effects.linked_starts:
            child = self._start(
                connection,
                runtime,
                linked.design_key,
                linked.initiator,
                linked.values,
                state.id,
                depth + 1,
            )
            connection.execute(
                insert(t.instance_links).values(parent_id=state.id, child_id=child.id)
            )

    def _store_file(
        self, connection: Connection, key: str, path: Path, login: str
    ) -> tuple[str, dict[str, Any]]:
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise FormError({key: tr("{file} is larger than 50 MB").format(file=path.name)})
            data = path.read_bytes()
        except OSError as error:
            raise FormError(
                {key: tr("cannot read {file}: {reason}").format(file=path, reason=error.strerror)}
            ) from None
        reference = {"id": new_id(), "name": path.name, "size": size}
        connection.execute(
            insert(t.attachments).values(
                id=reference["id"],
                name=path.name,
                content_type=mimetypes.guess_type(path.name)[0] or "application/octet-stream",
                size=size,
                data=data,
                uploaded_by=login,
                uploaded_at=self.clock.now(),
            )
        )
        return key, reference

    # --------------------------------------------------------------- complete
    def complete(
        self,
        task_id: str,
        actor: str,
        outcome: str,
        values: dict[str, Any] | None = None,
        comment: str | None = None,
        files: dict[str, Path] | None = None,
    ) -> CompletionResult:
        """Complete a task once: a second attempt gets ``ConflictError`` and changes nothing."""
        for _attempt in range(RETRIES):
            try:
                with self.unit_of_work() as connection:
                    return self._complete(
                        connection, task_id, actor, outcome, values, comment, files
                    )
            except StaleStateError:
                continue  # the instance moved (another branch); read again and retry
        raise ConflictError(tr("the instance keeps changing under this task; try again"))

    def _complete(
        self,
        connection: Connection,
        task_id: str,
        actor: str,
        outcome: str,
        values: dict[str, Any] | None,
        comment: str | None,
        files: dict[str, Path] | None,
    ) -> CompletionResult:
        task = load_task(connection, task_id)
        if task is None:
            raise NotFoundError(f"there is no task {task_id}")
        runtime = self.runtime(connection)
        if task.state.value != "open":
            raise runtime.closed_error(task)
        state = load_state(connection, task.instance_id)
        assert state is not None
        spec = self.spec(connection, state.version_id)
        values = dict(values or {})
        for key, path in (files or {}).items():
            _key, reference = self._store_file(connection, key, path, actor)
            values[key] = reference
            connection.execute(
                update(t.attachments)
                .where(t.attachments.c.id == reference["id"])
                .values(instance_id=state.id)
            )
        effects = runtime.complete(spec, state, task, actor, outcome, values, comment)
        self.save_step(connection, state, effects)
        self._linked(connection, runtime, state, effects, 0)
        directory = self.directory(connection)
        now = self.clock.now()
        return CompletionResult(
            task_id=task.id,
            instance=InstanceRef(state.id, state.number, state.title, state.status.value),
            new_tasks=[
                task_view_from_record(new, state, spec, directory, now) for new in effects.new_tasks
            ],
        )

    # --------------------------------------------------------------- reassign
    def reassign(self, task_id: str, actor: str, new_assignee: str) -> None:
        with self.unit_of_work() as connection:
            task = load_task(connection, task_id)
            if task is None:
                raise NotFoundError(f"there is no task {task_id}")
            state = load_state(connection, task.instance_id)
            assert state is not None
            try:
                effects = self.runtime(connection).reassign(state, task, actor, new_assignee)
                write_effects(connection, state, effects, self.clock.now())
            except StaleStateError:
                raise ConflictError(
                    tr("“{task}” changed meanwhile; look again").format(task=task.title)
                ) from None

    # ----------------------------------------------------------------- cancel
    def cancel(self, instance_id: str, actor: str, reason: str = "") -> InstanceRef:
        with self.unit_of_work() as connection:
            state = load_state(connection, instance_id)
            if state is None:
                raise NotFoundError(f"there is no instance {instance_id}")
            spec = self.spec(connection, state.version_id)
            effects = self.runtime(connection).cancel(spec, state, actor, reason)
            try:
                self.save_step(connection, state, effects)
            except StaleStateError:
                raise ConflictError(tr("the instance changed meanwhile; look again")) from None
            return InstanceRef(state.id, state.number, state.title, state.status.value)

    # ---------------------------------------------------------------- comment
    def comment(self, instance_id: str, author: str, body: str) -> None:
        if not body.strip():
            raise FormError({"comment": tr("write something first")})
        with self.unit_of_work() as connection:
            if load_state(connection, instance_id) is None:
                raise NotFoundError(f"there is no instance {instance_id}")
            connection.execute(
                insert(t.comments).values(
                    instance_id=instance_id, author=author, at=self.clock.now(), body=body.strip()
                )
            )

    def attachment(self, attachment_id: str) -> tuple[str, bytes]:
        with self.unit_of_work() as connection:
            row = connection.execute(
                select(t.attachments.c.name, t.attachments.c.data).where(
                    t.attachments.c.id == attachment_id
                )
            ).first()
        if row is None:
            raise NotFoundError(f"there is no file {attachment_id}")
        return row.name, bytes(row.data)
