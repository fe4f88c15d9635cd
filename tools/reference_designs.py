"""Builds the four reference designs of product.md §2 in English and Russian.

The shipped files in ``designs/en`` and ``designs/ru`` are this script's output
(``make designs``); a test checks they are up to date. One structure, two sets
of texts: every id is derived from the process key and a stable name, so the
two languages are structurally identical by construction.
"""

from __future__ import annotations

import itertools
import sys
import uuid
from pathlib import Path
from typing import Any

from bpdesk.io import save_design
from bpdesk.model import (
    ActionNode,
    Branch,
    CalendarEventAction,
    ChoiceOption,
    ConditionNode,
    DepartmentHeadRole,
    DesignData,
    EndNode,
    FieldDef,
    FieldToFill,
    InviteUserAction,
    NotifyAction,
    Outcome,
    PositionRole,
    ProcessDesign,
    RoleDef,
    RoleFromField,
    RoleRef,
    SetDuringRunRole,
    SlaRule,
    StageNode,
    StartNode,
    StartRule,
    TaskNode,
    UserFieldRole,
)
from bpdesk.model.layout import apply_layout

NAMESPACE = uuid.UUID("6f1c2a8e-2b7d-4c55-9a43-0d7c8a1e5b90")
LANGUAGES = ("en", "ru")
Text = tuple[str, str]


class Builder:
    def __init__(self, key: str, language: str, name: Text, **props: Any) -> None:
        self.key = key
        self.language = language
        texts = {k: self.t(v) if isinstance(v, tuple) else v for k, v in props.items()}
        self.design = ProcessDesign(
            DesignData(id=self.uid("process"), key=key, name=self.t(name), locale=language, **texts)
        )

    def t(self, text: Text) -> str:
        return text[LANGUAGES.index(self.language)]

    def uid(self, name: str) -> str:
        return str(uuid.uuid5(NAMESPACE, f"{self.key}/{name}"))

    def field(self, key: str, type_: str, label: Text, **kw: Any) -> None:
        if "help" in kw:
            kw["help"] = self.t(kw["help"])
        if "options" in kw:
            kw["options"] = [ChoiceOption(key=k, label=self.t(v)) for k, v in kw["options"]]
        self.design.add_field(
            FieldDef(id=self.uid(f"field/{key}"), key=key, type=type_, label=self.t(label), **kw)
        )

    def role(self, key: str, label: Text, resolve: Any) -> None:
        self.design.add_role(
            RoleDef(id=self.uid(f"role/{key}"), key=key, label=self.t(label), resolve=resolve)
        )

    def node(self, name: str, cls: type, title: Text, **kw: Any) -> str:
        for text_key in ("description", "otherwise_label"):
            if isinstance(kw.get(text_key), tuple):
                kw[text_key] = self.t(kw[text_key])
        if "choices" in kw:
            kw["choices"] = [Outcome(key=k, label=self.t(v)) for k, v in kw["choices"]]
        if "branches" in kw:
            kw["branches"] = [
                Branch(id=self.branch(name, b), label=self.t(label), expression=expr)
                for b, label, expr in kw["branches"]
            ]
        node = cls(id=self.uid(f"node/{name}"), title=self.t(title), **kw)
        self.design.add_node(node)
        return node.id

    def branch(self, node: str, branch: str) -> str:
        return self.uid(f"node/{node}/branch/{branch}")

    def link(self, source: str, port: str, target: str) -> None:
        source_id, target_id = self.uid(f"node/{source}"), self.uid(f"node/{target}")
        self.design.connect(
            source_id, port, target_id, edge_id=self.uid(f"edge/{source}/{port}/{target}")
        )

    def chain(self, *names: str) -> None:
        """Link each step to the next through its only outcome."""
        for source, target in itertools.pairwise(names):
            (port,) = self.design.node(self.uid(f"node/{source}")).output_ports()
            self.link(source, port, target)

    def done(self) -> ProcessDesign:
        apply_layout(self.design)
        return self.design


def initiator() -> RoleRef:
    return RoleRef(role="initiator")


def role(key: str) -> RoleRef:
    return RoleRef(role=key)


# --------------------------------------------------------------------------
def payment_approval(language: str) -> ProcessDesign:
    b = Builder(
        "payment-approval",
        language,
        ("Payment approval", "Согласование оплат"),
        description=(
            "Any employee asks to pay an invoice; the CFO and, if needed, the CEO approve it, "
            "the accountant pays it and the initiator provides the act.",
            "Любой сотрудник инициирует оплату счёта; финансовый директор и при необходимости "
            "исполнительный директор согласуют её, бухгалтер оплачивает, инициатор "
            "предоставляет акт.",
        ),
        color="#2563eb",
        icon="credit-card",
        title_template=(
            "Payment {{ amount }} to {{ counterparty }}",
            "Оплата {{ amount }} — {{ counterparty }}",
        ),
    )
    b.field(
        "amount", "money", ("Amount", "Сумма"), currency="RUB", required="always", start_form=True
    )
    b.field(
        "counterparty", "text", ("Counterparty", "Контрагент"), required="always", start_form=True
    )
    b.field(
        "purpose",
        "multiline",
        ("Purpose of payment", "Назначение платежа"),
        required="always",
        start_form=True,
    )
    b.field(
        "invoice",
        "file",
        ("Invoice", "Счёт"),
        required="always",
        start_form=True,
        help=("Attach the invoice to be paid.", "Приложите счёт на оплату."),
    )
    b.field(
        "act",
        "file",
        ("Act", "Акт"),
        help=(
            "The act of completed work or delivered goods.",
            "Акт выполненных работ или передачи товара.",
        ),
    )
    b.role("cfo", ("CFO", "Финансовый директор"), PositionRole(position="cfo"))
    b.role("ceo", ("CEO", "Исполнительный директор"), PositionRole(position="ceo"))
    b.role("accountant", ("Accountant", "Бухгалтер"), PositionRole(position="accountant"))
    b.role("owner", ("Owner", "Собственник"), PositionRole(position="owner"))
    shown = ("amount", "counterparty", "purpose", "invoice")

    b.node("start", StartNode, ("Payment requested", "Запрос на оплату"))
    b.node("stage_cfo", StageNode, ("CFO", "Финансовый директор"))
    b.node(
        "cfo_approval",
        TaskNode,
        (
            "Approve payment {{ amount }} to {{ counterparty }}",
            "Согласовать оплату {{ amount }} — {{ counterparty }}",
        ),
        task="approve",
        assignee=role("cfo"),
        show_fields=shown,
        comment_required_on_reject=True,
        description=("{{ purpose }}", "{{ purpose }}"),
        due_days=2,
    )
    b.node(
        "ceo_needed",
        TaskNode,
        ("Is the CEO's approval needed?", "Нужно согласование исполнительного директора?"),
        task="choice",
        assignee=role("cfo"),
        show_fields=shown,
        choices=[("yes", ("Yes, ask the CEO", "Да, согласовать")), ("no", ("No", "Нет"))],
    )
    b.node("stage_ceo", StageNode, ("CEO", "Исполнительный директор"))
    b.node(
        "ceo_approval",
        TaskNode,
        (
            "Approve payment {{ amount }} to {{ counterparty }}",
            "Согласовать оплату {{ amount }} — {{ counterparty }}",
        ),
        task="approve",
        assignee=role("ceo"),
        show_fields=shown,
        comment_required_on_reject=True,
        description=("{{ purpose }}", "{{ purpose }}"),
        due_days=2,
    )
    b.node(
        "notify_rejected",
        ActionNode,
        ("Tell the initiator it was rejected", "Уведомить инициатора об отказе"),
        action=NotifyAction(
            recipients=(initiator(),),
            subject=b.t(
                ("Payment rejected: {{ counterparty }}", "Оплата отклонена: {{ counterparty }}")
            ),
            message=b.t(
                (
                    "Your request to pay {{ amount }} to {{ counterparty }} was rejected.",
                    "Ваш запрос на оплату {{ amount }} — {{ counterparty }} отклонён.",
                )
            ),
        ),
    )
    b.node("end_rejected", EndNode, ("Rejected", "Отклонено"), result="rejected")
    b.node("stage_payment", StageNode, ("Invoice in payment", "Счёт на оплате"))
    b.node(
        "notify_owner",
        ActionNode,
        ("Tell the owner the invoice is approved", "Уведомить собственника о согласовании"),
        action=NotifyAction(
            recipients=(role("owner"),),
            subject=b.t(
                ("Invoice approved: {{ counterparty }}", "Счёт согласован: {{ counterparty }}")
            ),
            message=b.t(
                (
                    "The invoice for {{ amount }} from {{ counterparty }} is approved for payment.",
                    "Счёт на {{ amount }} от {{ counterparty }} согласован к оплате.",
                )
            ),
        ),
    )
    b.node(
        "pay",
        TaskNode,
        ("Pay the invoice", "Оплатить счёт"),
        task="todo",
        assignee=role("accountant"),
        show_fields=shown,
        description=(
            "Pay {{ amount }} to {{ counterparty }}.",
            "Оплатите {{ amount }} — {{ counterparty }}.",
        ),
        due_days=3,
    )
    b.node("stage_act", StageNode, ("Waiting for the act", "Ожидание акта"))
    b.node(
        "provide_act",
        TaskNode,
        ("Provide the act", "Предоставить акт"),
        task="request_info",
        assignee=initiator(),
        show_fields=("amount", "counterparty", "invoice"),
        fill_fields=[FieldToFill(field="act")],
    )
    b.node("end_paid", EndNode, ("Paid", "Оплачено"), result="success")

    b.chain("start", "stage_cfo", "cfo_approval")
    b.link("cfo_approval", "approved", "ceo_needed")
    b.link("cfo_approval", "rejected", "notify_rejected")
    b.link("ceo_needed", "yes", "stage_ceo")
    b.link("ceo_needed", "no", "stage_payment")
    b.link("stage_ceo", "out", "ceo_approval")
    b.link("ceo_approval", "approved", "stage_payment")
    b.link("ceo_approval", "rejected", "notify_rejected")
    b.chain("notify_rejected", "end_rejected")
    b.chain("stage_payment", "notify_owner", "pay", "stage_act", "provide_act", "end_paid")
    return b.done()


# --------------------------------------------------------------------------
def employee_absence(language: str) -> ProcessDesign:
    b = Builder(
        "employee-absence",
        language,
        ("Employee absence", "Отсутствие сотрудника"),
        description=(
            "An employee asks for remote work, sick leave, unpaid leave or vacation; the manager "
            "approves it and the paperwork follows the reason.",
            "Сотрудник запрашивает удалённую работу, больничный, отпуск за свой счёт или отпуск; "
            "руководитель согласует, дальше оформление зависит от причины.",
        ),
        color="#0d9488",
        icon="calendar-x",
        title_template=(
            "{{ initiator.name }}: absence {{ date_from }} – {{ date_to }}",
            "{{ initiator.name }}: отсутствие {{ date_from }} – {{ date_to }}",
        ),
    )
    b.field(
        "reason",
        "choice",
        ("Reason", "Причина"),
        required="always",
        start_form=True,
        options=[
            ("remote", ("Remote work", "Удалённая работа")),
            ("sick_leave", ("Sick leave", "Больничный")),
            ("unpaid_leave", ("Unpaid leave", "Отпуск за свой счёт")),
            ("vacation", ("Vacation", "Отпуск")),
        ],
    )
    b.field("date_from", "date", ("First day", "Первый день"), required="always", start_form=True)
    b.field("date_to", "date", ("Last day", "Последний день"), required="always", start_form=True)
    b.field(
        "justification",
        "multiline",
        ("Justification", "Обоснование отсутствия"),
        required="when",
        required_when='reason == "remote"',
        start_form=True,
        help=("Needed for remote work.", "Обязательно для удалённой работы."),
    )
    b.field("sick_note", "file", ("Sick-leave certificate", "Больничный лист"))
    b.role("manager", ("Manager", "Руководитель"), DepartmentHeadRole())
    b.role("accountant", ("Accountant", "Бухгалтер"), PositionRole(position="accountant"))
    b.role(
        "office_manager",
        ("Office manager", "Офис-менеджер"),
        PositionRole(position="office_manager"),
    )
    shown = ("reason", "date_from", "date_to", "justification")

    b.node("start", StartNode, ("Absence requested", "Запрос на отсутствие"))
    b.node("stage_approval", StageNode, ("Manager's approval", "Согласование руководителем"))
    b.node(
        "approve",
        TaskNode,
        (
            "Approve the absence of {{ initiator.name }}",
            "Согласовать отсутствие: {{ initiator.name }}",
        ),
        task="approve",
        assignee=role("manager"),
        show_fields=shown,
        comment_required_on_reject=True,
        description=("{{ date_from }} – {{ date_to }}", "{{ date_from }} – {{ date_to }}"),
        due_days=1,
    )
    b.node(
        "notify_rejected",
        ActionNode,
        ("Tell the employee it was rejected", "Уведомить сотрудника об отказе"),
        action=NotifyAction(
            recipients=(initiator(),),
            subject=b.t(("Absence not approved", "Отсутствие не согласовано")),
            message=b.t(
                (
                    "Your absence {{ date_from }} – {{ date_to }} was not approved.",
                    "Ваше отсутствие {{ date_from }} – {{ date_to }} не согласовано.",
                )
            ),
        ),
    )
    b.node("end_rejected", EndNode, ("Rejected", "Отклонено"), result="rejected")
    b.node(
        "by_reason",
        ConditionNode,
        ("Reason?", "Причина?"),
        branches=[
            ("remote", ("Remote work", "Удалённая работа"), 'reason == "remote"'),
            ("sick", ("Sick leave", "Больничный"), 'reason == "sick_leave"'),
        ],
        otherwise_label=("Leave", "Отпуск"),
    )
    b.node("stage_documents", StageNode, ("Waiting for documents", "Ожидание документов"))
    b.node(
        "sick_note_task",
        TaskNode,
        ("Provide the sick-leave certificate", "Предоставить больничный лист"),
        task="request_info",
        assignee=initiator(),
        fill_fields=[FieldToFill(field="sick_note")],
    )
    b.node("stage_paperwork", StageNode, ("Paperwork", "Оформление"))
    b.node(
        "leave_kind",
        ConditionNode,
        ("Vacation?", "Ежегодный отпуск?"),
        branches=[("vacation", ("Vacation", "Отпуск"), 'reason == "vacation"')],
        otherwise_label=("Unpaid leave", "За свой счёт"),
    )
    b.node(
        "schedule",
        TaskNode,
        ("Add to the vacation schedule", "Внести в график отпусков"),
        task="todo",
        assignee=role("accountant"),
        show_fields=shown,
        description=(
            "{{ initiator.name }}, {{ date_from }} – {{ date_to }}",
            "{{ initiator.name }}, {{ date_from }} – {{ date_to }}",
        ),
    )
    b.node(
        "unpaid_order",
        TaskNode,
        ("Prepare the unpaid leave application", "Подготовить заявление на отпуск за свой счёт"),
        task="todo",
        assignee=role("accountant"),
        show_fields=shown,
        description=(
            "{{ initiator.name }}, {{ date_from }} – {{ date_to }}",
            "{{ initiator.name }}, {{ date_from }} – {{ date_to }}",
        ),
    )
    b.node(
        "sign",
        TaskNode,
        ("Sign the application", "Подписать заявление"),
        task="todo",
        assignee=initiator(),
        show_fields=shown,
    )
    b.node(
        "notify_absence",
        ActionNode,
        ("Tell colleagues about the absence", "Уведомить коллег об отсутствии"),
        action=NotifyAction(
            recipients=(role("manager"), role("office_manager")),
            subject=b.t(
                ("{{ initiator.name }} will be absent", "{{ initiator.name }} будет отсутствовать")
            ),
            message=b.t(
                (
                    "{{ initiator.name }} will be absent {{ date_from }} – {{ date_to }}.",
                    "{{ initiator.name }} будет отсутствовать {{ date_from }} – {{ date_to }}.",
                )
            ),
        ),
    )
    b.node("end_approved", EndNode, ("Approved", "Согласовано"), result="success")

    b.chain("start", "stage_approval", "approve")
    b.link("approve", "rejected", "notify_rejected")
    b.chain("notify_rejected", "end_rejected")
    b.link("approve", "approved", "by_reason")
    b.link("by_reason", b.branch("by_reason", "remote"), "notify_absence")
    b.link("by_reason", b.branch("by_reason", "sick"), "stage_documents")
    b.link("by_reason", "otherwise", "stage_paperwork")
    b.chain("stage_documents", "sick_note_task", "notify_absence")
    b.chain("stage_paperwork", "leave_kind")
    b.link("leave_kind", b.branch("leave_kind", "vacation"), "schedule")
    b.link("leave_kind", "otherwise", "unpaid_order")
    b.chain("schedule", "sign")
    b.chain("unpaid_order", "sign")
    b.chain("sign", "notify_absence", "end_approved")
    return b.done()


# --------------------------------------------------------------------------
def hiring(language: str) -> ProcessDesign:
    b = Builder(
        "hiring",
        language,
        ("Hiring", "Приём сотрудника на работу"),
        description=(
            "HR starts it for a new employee: documents, access, the account and the invitation, "
            "the workplace and the first day.",
            "HR-специалист запускает процесс для нового сотрудника: документы, доступы, учётная "
            "запись и приглашение, рабочее место и первый день.",
        ),
        color="#7c3aed",
        icon="user-plus",
        title_template=("Hiring {{ candidate_name }}", "Приём: {{ candidate_name }}"),
        default_sla=SlaRule(days=14, notify=(initiator(),)),
    )
    b.field(
        "candidate_name",
        "text",
        ("Full name", "ФИО сотрудника"),
        required="always",
        start_form=True,
    )
    b.field("department", "department", ("Department", "Отдел"), required="always", start_form=True)
    b.field("job_title", "text", ("Position", "Должность"), required="always", start_form=True)
    b.field("notes", "multiline", ("Notes", "Комментарий"), start_form=True)
    b.field(
        "access_granted",
        "multiline",
        ("Accounts created", "Созданные учётные записи"),
        help=("Which services the employee got access to.", "К каким сервисам выдан доступ."),
    )
    b.field(
        "email",
        "email",
        ("Work e-mail", "Рабочий e-mail"),
        required="always",
        help=("The invitation is sent here.", "На этот адрес придёт приглашение."),
    )
    b.field("start_date", "date", ("First working day", "Дата выхода"))
    b.role("manager", ("Manager", "Руководитель"), DepartmentHeadRole(field="department"))
    b.role("accountant", ("Accountant", "Бухгалтер"), PositionRole(position="accountant"))
    b.role("it", ("IT specialist", "Технический специалист"), PositionRole(position="it"))
    b.role(
        "office_manager",
        ("Office manager", "Офис-менеджер"),
        PositionRole(position="office_manager"),
    )
    who = ("candidate_name", "department", "job_title")

    b.node(
        "start",
        StartNode,
        ("New employee", "Новый сотрудник"),
        starters=StartRule(everyone=False, positions=("hr",)),
    )
    b.node("stage_documents", StageNode, ("Documents", "Документы"))
    b.node(
        "request_documents",
        TaskNode,
        (
            "Request documents from {{ candidate_name }}",
            "Запросить документы у сотрудника: {{ candidate_name }}",
        ),
        task="todo",
        assignee=role("manager"),
        show_fields=(*who, "notes"),
        due_days=3,
    )
    b.node(
        "prepare_documents",
        TaskNode,
        ("Prepare the documents for signing", "Подготовить пакет документов на подпись"),
        task="todo",
        assignee=role("accountant"),
        show_fields=who,
        due_days=3,
        description=(
            "{{ candidate_name }}, {{ job_title }}",
            "{{ candidate_name }}, {{ job_title }}",
        ),
    )
    b.node("stage_access", StageNode, ("Access", "Доступы"))
    b.node(
        "grant_access",
        TaskNode,
        ("Grant access for {{ candidate_name }}", "Выдать доступы: {{ candidate_name }}"),
        task="todo",
        assignee=role("it"),
        show_fields=who,
        due_days=2,
        fill_fields=[FieldToFill(field="access_granted", required=False)],
        description=(
            "Create the accounts this department needs.",
            "Заведите учётные записи, нужные отделу.",
        ),
    )
    b.node(
        "fill_email",
        TaskNode,
        ("Fill in the e-mail field", "Заполнить поле email"),
        task="request_info",
        assignee=role("it"),
        show_fields=who,
        fill_fields=[FieldToFill(field="email")],
    )
    b.node(
        "invite",
        ActionNode,
        ("Invite the user", "Пригласить пользователя"),
        action=InviteUserAction(
            email_field="email",
            name_field="candidate_name",
            department_field="department",
            position_field="job_title",
        ),
    )
    b.node("stage_workplace", StageNode, ("Workplace", "Рабочее место"))
    b.node(
        "workplace",
        TaskNode,
        ("Prepare the workplace", "Подготовить рабочее место"),
        task="todo",
        assignee=role("office_manager"),
        show_fields=who,
        due_days=3,
        description=(
            "For {{ candidate_name }}, department {{ department }}.",
            "Для: {{ candidate_name }}, отдел {{ department }}.",
        ),
    )
    b.node("stage_onboarding", StageNode, ("Onboarding", "Адаптация"))
    b.node(
        "onboarding",
        TaskNode,
        ("Welcome {{ candidate_name }}", "Встретить сотрудника: {{ candidate_name }}"),
        task="request_info",
        assignee=role("manager"),
        show_fields=(*who, "email"),
        fill_fields=[FieldToFill(field="start_date")],
        description=(
            "Set the first working day, show the workplace, introduce the team and "
            "give the first tasks.",
            "Назначьте дату выхода, покажите рабочее место, познакомьте с командой и "
            "поставьте первые задачи.",
        ),
    )
    b.node(
        "notify_hr",
        ActionNode,
        ("Tell HR the employee has joined", "Уведомить HR о выходе сотрудника"),
        action=NotifyAction(
            recipients=(initiator(),),
            subject=b.t(
                ("{{ candidate_name }} has joined", "{{ candidate_name }} вышел на работу")
            ),
            message=b.t(
                (
                    "{{ candidate_name }} starts on {{ start_date }}.",
                    "{{ candidate_name }}: дата выхода {{ start_date }}.",
                )
            ),
        ),
    )
    b.node("end_hired", EndNode, ("Hired", "Принят"), result="success")
    b.chain(
        "start",
        "stage_documents",
        "request_documents",
        "prepare_documents",
        "stage_access",
        "grant_access",
        "fill_email",
        "invite",
        "stage_workplace",
        "workplace",
        "stage_onboarding",
        "onboarding",
        "notify_hr",
        "end_hired",
    )
    return b.done()


# --------------------------------------------------------------------------
def article_writing(language: str) -> ProcessDesign:
    b = Builder(
        "article-writing",
        language,
        ("Article writing", "Написание статьи"),
        description=(
            "From the idea to the published article: an expert interview and an SEO brief when "
            "needed, the text, the images and the publication.",
            "От идеи до публикации: интервью с экспертом и ТЗ от SEO при необходимости, текст, "
            "изображения и публикация.",
        ),
        color="#ea580c",
        icon="pen-nib",
        title_template=("Article: {{ topic }}", "Статья: {{ topic }}"),
    )
    b.field("topic", "text", ("Topic", "Тема"), required="always", start_form=True)
    b.field("brief", "multiline", ("Brief", "Описание"), start_form=True)
    b.field("author", "user", ("Author", "Автор"), required="always", start_form=True)
    b.field(
        "publisher",
        "user",
        ("Responsible for publication", "Ответственный за публикацию"),
        required="always",
        start_form=True,
    )
    b.field(
        "need_expert",
        "boolean",
        ("An expert is needed", "Нужен эксперт"),
        default=False,
        start_form=True,
    )
    b.field(
        "need_seo",
        "boolean",
        ("An SEO brief is needed", "Нужно ТЗ от SEO"),
        default=False,
        start_form=True,
    )
    b.field("deadline", "date", ("Deadline", "Срок"), start_form=True)
    b.field("expert", "user", ("Expert", "Эксперт"))
    b.field("interview_at", "datetime", ("Interview time", "Время интервью"))
    b.field("seo_brief", "multiline", ("SEO brief", "ТЗ от SEO-специалиста"))
    b.field(
        "expert_comment",
        "url",
        ("Expert comment", "Комментарий эксперта"),
        help=(
            "A link to the notes or the recording of the interview.",
            "Ссылка на документ или аудиозапись встречи.",
        ),
    )
    b.field("article_url", "url", ("Article text", "Текст статьи"))
    b.field("designer", "user", ("Designer", "Дизайнер"))
    b.field("images_url", "url", ("Images", "Изображения"))
    b.field("published_url", "url", ("Published article", "Опубликованная статья"))
    b.role("author", ("Author", "Автор"), UserFieldRole(field="author"))
    b.role("editor", ("Editor", "Редактор"), PositionRole(position="editor"))
    b.role("expert", ("Expert", "Эксперт"), UserFieldRole(field="expert"))
    b.role("seo", ("SEO specialist", "SEO-специалист"), PositionRole(position="seo"))
    b.role(
        "head_of_design",
        ("Head of design", "Руководитель отдела дизайна"),
        PositionRole(position="head_of_design"),
    )
    b.role("designer", ("Designer", "Дизайнер"), SetDuringRunRole())
    b.role(
        "publisher", ("Publisher", "Ответственный за публикацию"), UserFieldRole(field="publisher")
    )

    b.node(
        "start",
        StartNode,
        ("Article idea", "Идея статьи"),
        starters=StartRule(everyone=False, positions=("editor", "author")),
    )
    b.node("stage_preparation", StageNode, ("Preparation", "Подготовка"))
    b.node(
        "expert_needed",
        ConditionNode,
        ("Expert needed?", "Нужен эксперт?"),
        branches=[("yes", ("With an expert", "С экспертом"), "need_expert")],
        otherwise_label=("No expert", "Без эксперта"),
    )
    b.node(
        "choose_expert",
        TaskNode,
        ("Choose the expert for “{{ topic }}”", "Выбрать эксперта: «{{ topic }}»"),
        task="request_info",
        assignee=role("editor"),
        show_fields=("topic", "brief", "author"),
        fill_fields=[FieldToFill(field="expert"), FieldToFill(field="interview_at")],
    )
    b.node(
        "notify_expert",
        ActionNode,
        ("Tell the expert", "Уведомить эксперта"),
        action=NotifyAction(
            recipients=(role("expert"),),
            subject=b.t(
                ("You are the expert for “{{ topic }}”", "Вы эксперт для статьи «{{ topic }}»")
            ),
            message=b.t(
                (
                    "The author will interview you on {{ interview_at }}.",
                    "Автор проведёт с вами интервью {{ interview_at }}.",
                )
            ),
        ),
    )
    b.node(
        "seo_needed",
        ConditionNode,
        ("SEO brief needed?", "Нужно ТЗ от SEO?"),
        branches=[("yes", ("With an SEO brief", "С ТЗ от SEO"), "need_seo")],
        otherwise_label=("No SEO brief", "Без ТЗ"),
    )
    b.node(
        "seo_research",
        TaskNode,
        ("Research “{{ topic }}” for SEO", "Проработать тему «{{ topic }}» для SEO"),
        task="todo",
        assignee=role("seo"),
        show_fields=("topic", "brief"),
        due_days=2,
    )
    b.node(
        "seo_brief_task",
        TaskNode,
        ("SEO brief", "ТЗ от SEO-специалиста"),
        task="request_info",
        assignee=role("seo"),
        show_fields=("topic", "brief"),
        fill_fields=[FieldToFill(field="seo_brief")],
    )
    b.node("stage_writing", StageNode, ("Writing", "Написание"))
    b.node(
        "with_expert",
        ConditionNode,
        ("Interview an expert?", "Интервью с экспертом?"),
        branches=[("yes", ("Expert chosen", "Эксперт выбран"), "not is_empty(expert)")],
        otherwise_label=("No expert", "Без эксперта"),
    )
    b.node(
        "meeting",
        ActionNode,
        ("Book the interview", "Создать встречу в календаре"),
        action=CalendarEventAction(
            title=b.t(("Interview: {{ topic }}", "Интервью: {{ topic }}")),
            start="interview_at",
            duration_minutes=60,
            attendees=(role("author"), role("expert")),
        ),
    )
    b.node(
        "interview",
        TaskNode,
        ("Interview the expert", "Провести интервью с экспертом"),
        task="todo",
        assignee=role("author"),
        show_fields=("topic", "expert", "interview_at"),
    )
    b.node(
        "expert_comment_task",
        TaskNode,
        ("Expert comment", "Комментарий эксперта"),
        task="request_info",
        assignee=role("author"),
        fill_fields=[FieldToFill(field="expert_comment")],
    )
    b.node(
        "write",
        TaskNode,
        ("Write the article “{{ topic }}”", "Написать статью «{{ topic }}»"),
        task="request_info",
        assignee=role("author"),
        show_fields=("topic", "brief", "seo_brief", "expert_comment", "deadline"),
        fill_fields=[FieldToFill(field="article_url")],
    )
    b.node("stage_design", StageNode, ("Design", "Дизайн"))
    b.node(
        "choose_designer",
        TaskNode,
        ("Choose a designer for “{{ topic }}”", "Выбрать дизайнера: «{{ topic }}»"),
        task="request_info",
        assignee=role("head_of_design"),
        show_fields=("topic", "article_url"),
        fill_fields=[FieldToFill(field="designer")],
        sets_roles=[RoleFromField(role="designer", field="designer")],
    )
    b.node(
        "images",
        TaskNode,
        ("Images for “{{ topic }}”", "Изображения для статьи «{{ topic }}»"),
        task="request_info",
        assignee=role("designer"),
        show_fields=("topic", "article_url"),
        fill_fields=[FieldToFill(field="images_url")],
        due_days=3,
    )
    b.node("stage_publication", StageNode, ("Publication", "Публикация"))
    b.node(
        "publish",
        TaskNode,
        ("Publish “{{ topic }}”", "Опубликовать статью «{{ topic }}»"),
        task="request_info",
        assignee=role("publisher"),
        show_fields=("topic", "article_url", "images_url"),
        fill_fields=[FieldToFill(field="published_url")],
    )
    b.node("end_published", EndNode, ("Published", "Опубликовано"), result="success")

    b.chain("start", "stage_preparation", "expert_needed")
    b.link("expert_needed", b.branch("expert_needed", "yes"), "choose_expert")
    b.link("expert_needed", "otherwise", "seo_needed")
    b.chain("choose_expert", "notify_expert", "seo_needed")
    b.link("seo_needed", b.branch("seo_needed", "yes"), "seo_research")
    b.link("seo_needed", "otherwise", "stage_writing")
    b.chain("seo_research", "seo_brief_task", "stage_writing")
    b.chain("stage_writing", "with_expert")
    b.link("with_expert", b.branch("with_expert", "yes"), "meeting")
    b.link("with_expert", "otherwise", "write")
    b.chain("meeting", "interview", "expert_comment_task", "write")
    b.chain(
        "write",
        "stage_design",
        "choose_designer",
        "images",
        "stage_publication",
        "publish",
        "end_published",
    )
    return b.done()


BUILDERS = {
    "payment-approval": payment_approval,
    "employee-absence": employee_absence,
    "hiring": hiring,
    "article-writing": article_writing,
}


def build_all() -> dict[Path, ProcessDesign]:
    """Every reference design by its path under ``designs/``."""
    return {
        Path(language) / f"{key}.bpd.json": build(language)
        for language in LANGUAGES
        for key, build in BUILDERS.items()
    }


def main(root: str = "designs") -> None:
    for relative, design in build_all().items():
        target = Path(root) / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        save_design(design, target)
        print(f"wrote {target}")


if __name__ == "__main__":
    main(*sys.argv[1:])
