"""Errors the engine raises; each message names what is wrong and where."""

from __future__ import annotations

import datetime as dt


class EngineError(Exception):
    """Base of every refusal by the engine. Nothing has been changed."""


class FormError(EngineError):
    """Form values that do not fit: ``problems`` maps a field key to what is wrong."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        text = "; ".join(f"{key}: {message}" for key, message in problems.items())
        super().__init__(text)


class NotAllowedError(EngineError):
    """The actor may not do this (not the assignee, not allowed to start, ...)."""


class ConflictError(EngineError):
    """Someone else acted first: the task is already completed, the instance moved on.

    When a task was completed first, ``task``, ``by`` (a name) and ``at`` say by whom
    and when, so an interface can say it in its own language.
    """

    def __init__(
        self,
        message: str,
        *,
        task: str | None = None,
        by: str | None = None,
        at: dt.datetime | None = None,
    ) -> None:
        super().__init__(message)
        self.task, self.by, self.at = task, by, at


class NotFoundError(EngineError):
    pass


class DesignRuntimeError(EngineError):
    """The design cannot go on at run time (nobody holds a position, a loop, ...)."""
