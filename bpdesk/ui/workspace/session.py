"""The signed-in person, the services, and calls that run off the UI thread.

Every page gets one ``Session``. Reads that can be slow (the board, lists) go
through ``Session.later``: the call runs on Qt's thread pool and its result, or
its error in words, comes back on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from bpdesk.engine.errors import ConflictError, EngineError, FormError

if TYPE_CHECKING:  # the services load after the window is on screen
    from bpdesk.services import Account, Services


def error_text(error: BaseException) -> str:
    """What went wrong, for the person at the screen (never a traceback)."""
    if isinstance(error, FormError):
        return "; ".join(error.problems.values())
    text = str(error) or type(error).__name__
    return text[:1].upper() + text[1:]


def is_conflict(error: BaseException) -> bool:
    """Someone else acted first: the view should refresh to show what happened."""
    return isinstance(error, ConflictError)


class _Relay(QObject):
    done = Signal(object, object)  # result, callback
    failed = Signal(object, object)  # error, callback


class _Call(QRunnable):
    def __init__(self, call: Callable[[], Any], relay: _Relay, ok: Any, fail: Any) -> None:
        super().__init__()
        self.call, self.relay, self.ok, self.fail = call, relay, ok, fail

    def run(self) -> None:
        try:
            result = self.call()
        except Exception as error:  # reported on the UI thread, in words
            self.relay.failed.emit(error, self.fail)
            return
        self.relay.done.emit(result, self.ok)


class Session(QObject):
    """Who is signed in, over which database; the pages' one way to reach the services."""

    changed = Signal()  # another client (or this one) committed something
    busy = Signal(bool)

    def __init__(self, services: Services, account: Account) -> None:
        super().__init__()
        self.services = services
        self.account = account
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.done.connect(self._deliver)
        self._relay.failed.connect(self._deliver)
        self._running = 0
        self._names: dict[str, str] | None = None

    @property
    def login(self) -> str:
        return self.account.login

    def later(
        self,
        call: Callable[[], Any],
        ok: Callable[[Any], None],
        fail: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``call`` off the UI thread; ``ok(result)`` or ``fail(error)`` runs on it after."""
        self._running += 1
        self.busy.emit(True)
        self.pool.start(_Call(call, self._relay, ok, fail or self._ignore))

    @Slot(object, object)
    def _deliver(self, value: Any, callback: Callable[[Any], None]) -> None:
        self._running -= 1
        if self._running == 0:
            self.busy.emit(False)
        callback(value)

    @staticmethod
    def _ignore(error: BaseException) -> None:
        pass

    def wait(self) -> None:
        """Let calls in flight finish (closing, tests)."""
        self.pool.waitForDone()

    def name(self, login: str | None) -> str:
        """A person's name by login, from the directory (read once, refreshed on changes)."""
        if not login:
            return ""
        if self._names is None:
            self._names = {user.login: user.name for user in self.services.users()}
        return self._names.get(login, login)

    def forget_names(self) -> None:
        self._names = None


__all__ = ["EngineError", "Session", "error_text", "is_conflict"]
