"""Typed errors raised by design editing operations.

Every error carries a message a process designer can read; the designer UI shows
``str(error)`` as it is. The model checks before it changes, so an error always
means nothing was changed.
"""

from __future__ import annotations


class DesignError(ValueError):
    """Base of every refused design edit."""


class DuplicateIdError(DesignError):
    pass


class DuplicateKeyError(DesignError):
    pass


class UnknownNodeError(DesignError):
    pass


class UnknownEdgeError(DesignError):
    pass


class UnknownFieldError(DesignError):
    pass


class UnknownRoleError(DesignError):
    pass


class UnknownPortError(DesignError):
    pass


class PortInUseError(DesignError):
    pass


class InvalidConnectionError(DesignError):
    pass


class InvalidPropertyError(DesignError):
    pass


class InUseError(DesignError):
    """A field or role cannot be removed while something still refers to it."""

    def __init__(self, message: str, users: list[str]) -> None:
        super().__init__(message)
        self.users = users
