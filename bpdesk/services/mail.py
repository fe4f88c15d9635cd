"""Sending what the outbox holds: e-mail over SMTP, webhooks over HTTP.

Settings come from the environment (or the worker's config):
``BPDESK_SMTP_HOST`` (no host: e-mails wait in the outbox), ``BPDESK_SMTP_PORT``
(25), ``BPDESK_SMTP_USER``, ``BPDESK_SMTP_PASSWORD``, ``BPDESK_SMTP_FROM``
(``bpdesk@localhost``), ``BPDESK_SMTP_SECURITY`` (``none``, ``starttls``, ``ssl``).
"""

from __future__ import annotations

import json
import os
import smtplib
import urllib.request
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 25
    user: str | None = None
    password: str | None = None
    sender: str = "bpdesk@localhost"
    security: str = "none"
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> SmtpSettings | None:
        host = os.environ.get("BPDESK_SMTP_HOST")
        if not host:
            return None
        return cls(
            host=host,
            port=int(os.environ.get("BPDESK_SMTP_PORT", "25")),
            user=os.environ.get("BPDESK_SMTP_USER") or None,
            password=os.environ.get("BPDESK_SMTP_PASSWORD") or None,
            sender=os.environ.get("BPDESK_SMTP_FROM", "bpdesk@localhost"),
            security=os.environ.get("BPDESK_SMTP_SECURITY", "none"),
        )


def send_email(settings: SmtpSettings, payload: dict[str, Any]) -> None:
    """One e-mail; its Message-ID comes from the outbox row, so a resend is recognisable."""
    message = EmailMessage()
    message["From"] = settings.sender
    message["To"] = payload["to"]
    message["Subject"] = payload["subject"]
    message["Message-ID"] = f"<{payload['message_id']}@bpdesk>"
    message.set_content(payload.get("body", ""))
    client_class = smtplib.SMTP_SSL if settings.security == "ssl" else smtplib.SMTP
    with client_class(settings.host, settings.port, timeout=settings.timeout) as client:
        if settings.security == "starttls":
            client.starttls()
        if settings.user:
            client.login(settings.user, settings.password or "")
        client.send_message(message)


def send_webhook(payload: dict[str, Any], timeout: float = 10.0) -> None:
    body = json.dumps(payload["body"], ensure_ascii=False, default=str).encode("utf-8")
    headers = {"Content-Type": "application/json", **payload.get("headers", {})}
    request = urllib.request.Request(payload["url"], data=body, headers=headers, method="POST")
    with urllib.request.urlopen(request, timeout=timeout) as response:
        if response.status >= 300:
            raise OSError(f"the server answered {response.status}")
