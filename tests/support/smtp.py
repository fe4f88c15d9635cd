"""A real SMTP server (aiosmtpd) on a free local port, keeping what it receives."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller


class _Keeper:
    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append(message)  # type: ignore[arg-type]
        return "250 Message accepted for delivery"


class SmtpServer:
    def __init__(self, port: int) -> None:
        self.port = port
        self._keeper = _Keeper()
        self._controller: Controller | None = None

    @property
    def messages(self) -> list[EmailMessage]:
        return self._keeper.messages

    def start(self) -> None:
        self._controller = Controller(self._keeper, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def running_smtp(port: int | None = None) -> Iterator[SmtpServer]:
    server = SmtpServer(port or free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()
