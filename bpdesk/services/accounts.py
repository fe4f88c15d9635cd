"""Who may sign in, and the directory an administrator keeps: users, passwords, departments.

Passwords are kept as argon2 hashes. A user without a password yet (invited by
a process, or created by an administrator) chooses one at the first sign-in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, insert, select, update

from bpdesk.engine.errors import FormError, NotAllowedError, NotFoundError
from bpdesk.services.core import ServicesCore
from bpdesk.services.dto import Dto
from bpdesk.storage import schema as t
from bpdesk.translation import tr

MIN_PASSWORD = 4
_HASHER = PasswordHasher()


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def password_matches(stored: str | None, password: str) -> bool:
    if not stored:
        return False
    try:
        return _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class Account(Dto):
    """The signed-in person and what they may do."""

    login: str
    name: str
    email: str
    admin: bool
    designer: bool


@dataclass(frozen=True)
class UserEdit(Dto):
    """What an administrator sets for a user."""

    login: str
    name: str
    email: str
    department: str | None
    positions: list[str]
    position_title: str | None = None
    admin: bool = False
    designer: bool = False


@dataclass(frozen=True)
class DepartmentView(Dto):
    key: str
    name: str
    head: str | None
    parent: str | None


class Accounts(ServicesCore):
    def sign_in(self, login: str, password: str) -> Account:
        """The account for ``login`` when the password is right; one message for every refusal
        that could tell a stranger which logins exist."""
        with self.unit_of_work() as connection:
            row = connection.execute(
                select(t.users).where(t.users.c.login == login.strip().lower())
            ).first()
        if row is None or not password_matches(row.password_hash, password):
            raise NotAllowedError(tr("the login or the password is wrong"))
        if not row.active:
            raise NotAllowedError(
                tr("{person}’s account is switched off: ask an administrator").format(
                    person=row.name
                )
            )
        return Account(row.login, row.name, row.email, row.admin, row.designer)

    def needs_password(self, login: str) -> bool:
        """True for an active user who has not chosen a password yet (first sign-in)."""
        with self.unit_of_work() as connection:
            row = connection.execute(
                select(t.users.c.password_hash, t.users.c.active).where(
                    t.users.c.login == login.strip().lower()
                )
            ).first()
        return row is not None and row.active and not row.password_hash

    def set_password(self, login: str, new_password: str, old_password: str | None = None) -> None:
        """Choose a password: the first time freely, later only knowing the old one."""
        if len(new_password) < MIN_PASSWORD:
            raise FormError({"password": _too_short()})
        with self.unit_of_work() as connection:
            row = connection.execute(select(t.users).where(t.users.c.login == login)).first()
            if row is None:
                raise NotFoundError(tr("there is no user “{login}”").format(login=login))
            if row.password_hash and not password_matches(row.password_hash, old_password or ""):
                raise NotAllowedError(tr("the current password is wrong"))
            connection.execute(
                update(t.users)
                .where(t.users.c.login == login)
                .values(password_hash=hash_password(new_password))
            )

    def has_users(self) -> bool:
        with self.unit_of_work() as connection:
            count = connection.execute(select(func.count()).select_from(t.users)).scalar_one()
        return bool(count)

    def create_first_admin(self, login: str, name: str, email: str, password: str) -> Account:
        """A clean start: the first account, an administrator who may also design."""
        if self.has_users():
            raise NotAllowedError(tr("the database already has users: sign in instead"))
        edit = UserEdit(login, name, email, None, [], None, admin=True, designer=True)
        self._insert_user(edit, password)
        return Account(edit.login, edit.name, edit.email, True, True)

    def departments(self) -> list[DepartmentView]:
        with self.unit_of_work() as connection:
            rows = connection.execute(select(t.departments).order_by(t.departments.c.name))
            return [DepartmentView(r.key, r.name, r.head, r.parent) for r in rows]

    def positions(self) -> dict[str, str]:
        with self.unit_of_work() as connection:
            rows = connection.execute(select(t.positions).order_by(t.positions.c.name))
            return {r.key: r.name for r in rows}

    def save_user(self, actor: str, edit: UserEdit, password: str | None = None) -> None:
        """Add a user or change one (administrators only); the form's problems by field."""
        self._require_admin(actor)
        with self.unit_of_work() as connection:
            exists = connection.execute(
                select(t.users.c.login).where(t.users.c.login == edit.login)
            ).first()
        if exists is None:
            self._insert_user(edit, password)
            return
        problems = _user_problems(edit)
        if problems:
            raise FormError(problems)
        with self.unit_of_work() as connection:
            connection.execute(
                update(t.users).where(t.users.c.login == edit.login).values(_user_columns(edit))
            )
        self.directory_changed()

    def set_active(self, actor: str, login: str, active: bool) -> None:
        """Switch an account off (kept for history, cannot sign in or get tasks) or on again."""
        self._require_admin(actor)
        if login == actor and not active:
            raise NotAllowedError(tr("you cannot switch off your own account"))
        with self.unit_of_work() as connection:
            done = connection.execute(
                update(t.users).where(t.users.c.login == login).values(active=active)
            )
            if done.rowcount == 0:
                raise NotFoundError(tr("there is no user “{login}”").format(login=login))
        self.directory_changed()

    def set_department_head(self, actor: str, department: str, head: str | None) -> None:
        self._require_admin(actor)
        with self.unit_of_work() as connection:
            connection.execute(
                update(t.departments).where(t.departments.c.key == department).values(head=head)
            )
        self.directory_changed()

    def _insert_user(self, edit: UserEdit, password: str | None) -> None:
        """A new account, its form checked whole: every problem is told at once."""
        problems = _user_problems(edit)
        if password is not None and len(password) < MIN_PASSWORD:
            problems["password"] = _too_short()
        if problems:
            raise FormError(problems)
        with self.unit_of_work() as connection:
            connection.execute(
                insert(t.users).values(
                    login=edit.login,
                    **_user_columns(edit),
                    active=True,
                    password_hash=hash_password(password) if password else None,
                    created_at=dt.datetime.now(dt.UTC),
                )
            )
        self.directory_changed()

    def _require_admin(self, actor: str) -> None:
        with self.unit_of_work() as connection:
            admin = connection.execute(
                select(t.users.c.admin).where(t.users.c.login == actor)
            ).scalar()
        if not admin:
            raise NotAllowedError(tr("only an administrator can change the directory"))


def _user_columns(edit: UserEdit) -> dict[str, Any]:
    """What an administrator sets on an account, as stored (the same on adding and changing)."""
    return {
        "name": edit.name.strip(),
        "email": edit.email.strip(),
        "department": edit.department,
        "positions": list(edit.positions),
        "position_title": edit.position_title,
        "admin": edit.admin,
        "designer": edit.designer,
    }


def _too_short() -> str:
    return tr("use at least {count} characters").format(count=MIN_PASSWORD)


def _user_problems(edit: UserEdit) -> dict[str, str]:
    problems = {}
    login = edit.login
    plain = login.replace(".", "").replace("_", "")
    if not plain or not plain.isascii() or not plain.isalnum() or login != login.lower():
        problems["login"] = tr("use lower-case letters, digits, dots or underscores")
    if not edit.name.strip():
        problems["name"] = tr("enter the person’s name")
    if "@" not in edit.email or "." not in edit.email.split("@")[-1]:
        problems["email"] = tr("enter an e-mail address such as name@example.com")
    return problems
