"""History lines as people read them, in the language of the process (its design's locale)."""

from __future__ import annotations

from typing import Any

from bpdesk.model.nodes import STANDARD_OUTCOME_WORDS
from bpdesk.storage.directory import DirectorySnapshot

TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "started": "Started by {who}",
        "stage_entered": "Stage: {title}",
        "task_created": "Task '{title}' for {assignee}",
        "task_completed": "'{title}' — {outcome} by {who}",
        "on_behalf": "{who} on behalf of {other}",
        "task_reassigned": "'{title}' handed from {giver} to {taker}",
        "branch_taken": "Went by '{branch}'",
        "role_set": "Role {role}: {person}",
        "user_invited": "Invited {email} as {login}",
        "sla_exceeded": "More than {days} days in the stage: notified",
        "finished": "Finished: {result}",
        "finished_by": "Finished: {result} by {who}",
        "error": "Stopped with an error: {message}",
        "success": "success",
        "cancelled": "cancelled",
        "system": "bpdesk",
    },
    "ru": {
        "started": "Запустил(а) {who}",
        "stage_entered": "Этап: {title}",
        "task_created": "Задача «{title}» для {assignee}",
        "task_completed": "«{title}» — {outcome}, {who}",
        "on_behalf": "{who} за {other}",
        "task_reassigned": "«{title}» передана от {giver} к {taker}",
        "branch_taken": "Пошли по ветке «{branch}»",
        "role_set": "Роль {role}: {person}",
        "user_invited": "Приглашён {email} как {login}",
        "sla_exceeded": "Больше {days} дн. на этапе: отправлено уведомление",
        "finished": "Завершено: {result}",
        "finished_by": "Завершено: {result}, {who}",
        "error": "Остановлено из-за ошибки: {message}",
        "success": "успешно",
        "cancelled": "отменено",
        "system": "bpdesk",
    },
}


def history_text(
    kind: str,
    data: dict[str, Any],
    actor: str | None,
    names: DirectorySnapshot,
    locale: str = "en",
) -> str:
    """One history event in words, names and outcomes in the process's language."""
    texts = TEMPLATES.get(locale.split("_")[0], TEMPLATES["en"])
    outcomes = STANDARD_OUTCOME_WORDS.get(locale.split("_")[0], STANDARD_OUTCOME_WORDS["en"])

    def name(login: str | None) -> str:
        person = names.person(login) if login else None
        return person.name if person else (login or texts["system"])

    def result(value: Any) -> str:
        key = str(value)
        return outcomes.get(key) or texts.get(key) or key

    if kind == "started":
        return texts["started"].format(who=name(actor))
    if kind == "stage_entered":
        return texts["stage_entered"].format(title=data.get("title", ""))
    if kind == "task_created":
        return texts["task_created"].format(
            title=data.get("title"), assignee=name(data.get("assignee"))
        )
    if kind == "task_completed":
        who = name(actor)
        if data.get("on_behalf_of"):
            who = texts["on_behalf"].format(who=who, other=name(data["on_behalf_of"]))
        text = texts["task_completed"].format(
            title=data.get("title"), outcome=result(data.get("outcome")), who=who
        )
        return text + (f": {data['comment']}" if data.get("comment") else "")
    if kind == "task_reassigned":
        return texts["task_reassigned"].format(
            title=data.get("title"), giver=name(data.get("from")), taker=name(data.get("to"))
        )
    if kind == "branch_taken":
        return texts["branch_taken"].format(branch=data.get("branch"))
    if kind == "role_set":
        return texts["role_set"].format(role=data.get("role"), person=name(data.get("login")))
    if kind == "user_invited":
        return texts["user_invited"].format(email=data.get("email"), login=data.get("login"))
    if kind == "sla_exceeded":
        return texts["sla_exceeded"].format(days=data.get("days"))
    if kind == "finished":
        shown_result = result(data.get("result"))
        if actor:
            return texts["finished_by"].format(result=shown_result, who=name(actor))
        return texts["finished"].format(result=shown_result)
    if kind == "error":
        return texts["error"].format(message=data.get("message"))
    return kind.replace("_", " ").capitalize()
