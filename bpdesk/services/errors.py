"""Errors the services raise: the engine's, plus the few of their own."""

from __future__ import annotations

from bpdesk.engine.errors import (
    ConflictError,
    DesignRuntimeError,
    EngineError,
    FormError,
    NotAllowedError,
    NotFoundError,
)


class PublishError(EngineError):
    """A design with errors cannot be published; ``problems`` lists them."""

    def __init__(self, message: str, problems: list[str]) -> None:
        super().__init__(message)
        self.problems = problems


__all__ = [
    "ConflictError",
    "DesignRuntimeError",
    "EngineError",
    "FormError",
    "NotAllowedError",
    "NotFoundError",
    "PublishError",
]
