"""Errors the engine raises; each message names what is wrong and where."""

from __future__ import annotations


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
    """Someone else acted first: the task is already completed, the instance moved on."""


class NotFoundError(EngineError):
    pass


class DesignRuntimeError(EngineError):
    """The design cannot go on at run time (nobody holds a position, a loop, ...)."""
