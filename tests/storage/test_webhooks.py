"""Webhooks leave through the outbox after commit, and are retried until the server answers."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import ClassVar

import pytest

from bpdesk.engine.ports import FixedClock
from bpdesk.model import ActionNode, EndNode, FieldDef, ProcessDesign, StartNode, WebhookAction
from bpdesk.services import Services


class _Receiver(BaseHTTPRequestHandler):
    received: ClassVar[list[dict[str, object]]] = []
    failures_left = 1

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if _Receiver.failures_left > 0:
            _Receiver.failures_left -= 1
            self.send_response(503)
            self.end_headers()
            return
        _Receiver.received.append({"body": json.loads(body), "token": self.headers.get("X-Token")})
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def receiver() -> Iterator[str]:
    _Receiver.received = []
    _Receiver.failures_left = 1
    server = HTTPServer(("127.0.0.1", 0), _Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/hooks"
    server.shutdown()


def test_webhook_is_retried_then_delivered_once(
    sqlite_db: str, clock: FixedClock, receiver: str
) -> None:
    design = ProcessDesign.new("hooked", "Hooked")
    design.add_field(FieldDef(key="note", label="Note", type="text", start_form=True))
    start = design.add_node(StartNode()).id
    hook = design.add_node(
        ActionNode(
            title="Tell",
            action=WebhookAction(
                url=receiver + "/{{ instance.number }}", headers={"X-Token": "secret"}
            ),
        )
    ).id
    end = design.add_node(EndNode()).id
    design.connect(start, "out", hook)
    design.connect(hook, "out", end)
    app = Services.open(sqlite_db, clock=clock)
    app.load_demo("en")
    app.publish(design)
    app.start("hooked", "morozov", {"note": "hello"})
    first = app.run_due(now=clock.now())
    assert first.webhooks_sent == 0 and "503" in first.failures[0]
    assert app.run_due(now=clock.now()).webhooks_sent == 0  # waits for its retry time
    second = app.run_due(now=clock.now() + dt.timedelta(minutes=2))
    assert second.webhooks_sent == 1
    assert app.run_due(now=clock.now() + dt.timedelta(days=1)).webhooks_sent == 0
    (call,) = _Receiver.received
    assert call["token"] == "secret"
    assert call["body"]["fields"] == {"note": "hello"}  # type: ignore[index]
    assert call["body"]["instance"]["number"] == 1  # type: ignore[index]
