"""Driving the reference processes through the services, as the people would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bpdesk.services import Services
from bpdesk.services.dto import CompletionResult, TaskView


class Office:
    def __init__(self, app: Services) -> None:
        self.app = app

    def start(
        self, key: str, login: str, files: dict[str, Path] | None = None, **fields: Any
    ) -> str:
        return self.app.start(key, login, fields, files).id

    def task(self, login: str, instance_id: str) -> TaskView:
        tasks = [t for t in self.app.tasks_for(login) if t.instance_id == instance_id]
        assert len(tasks) == 1, f"{login} has {[t.title for t in tasks]} on this instance"
        return tasks[0]

    def do(
        self,
        login: str,
        instance_id: str,
        outcome: str,
        comment: str | None = None,
        files: dict[str, Path] | None = None,
        **fields: Any,
    ) -> CompletionResult:
        task = self.task(login, instance_id)
        return self.app.complete(task.id, login, outcome, fields, comment, files)

    def open_tasks(self, instance_id: str) -> list[tuple[str, str]]:
        return [(t.assignee, t.title) for t in self.app.instance(instance_id).open_tasks]

    def status(self, instance_id: str) -> str:
        return self.app.instance(instance_id).status

    def stage(self, instance_id: str) -> str | None:
        return self.app.instance(instance_id).stage

    def field(self, instance_id: str, key: str) -> Any:
        return next(f.value for f in self.app.instance(instance_id).fields if f.key == key)

    def notified(self, login: str) -> list[str]:
        return [n.subject for n in self.app.notifications(login)]
