"""The few texts the engine writes itself (not from a design), per language."""

from __future__ import annotations

_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "sla_subject": "Time limit passed: {title}",
        "sla_body": "“{title}” has been in the stage “{stage}” for more than {days} days.",
        "invite_subject": "You are invited to bpdesk",
        "invite_body": (
            "Hello, {name}!\n\nAn account has been created for you in bpdesk.\n"
            "Login: {login}\nSign in to set your password.\n"
        ),
        "untitled": "{process} #{number}",
    },
    "ru": {
        "sla_subject": "Превышен срок: {title}",
        "sla_body": "«{title}» находится на этапе «{stage}» больше {days} дн.",
        "invite_subject": "Приглашение в bpdesk",
        "invite_body": (
            "Здравствуйте, {name}!\n\nДля вас создана учётная запись в bpdesk.\n"
            "Логин: {login}\nВойдите, чтобы задать пароль.\n"
        ),
        "untitled": "{process} №{number}",
    },
}


def text(locale: str, key: str, **values: object) -> str:
    table = _TEXTS.get(locale.split("_")[0], _TEXTS["en"])
    return table[key].format(**values)
