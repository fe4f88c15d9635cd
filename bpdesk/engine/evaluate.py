"""Conditions (simpleeval) and texts (sandboxed Jinja2) over an instance's values.

Expressions see typed values (amounts as Decimal, dates as date) so that
``amount > 100000`` and ``days_between(date_from, date_to) > 14`` just work;
templates see values formatted for the design's locale, so ``{{ amount }}``
reads "150 000,00 ₽" in a Russian process. Both are sandboxed: no Python
``eval``, no attribute starting with ``_``, an undefined name is an error.
"""

from __future__ import annotations

import ast
import datetime as dt
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from simpleeval import SimpleEval

from bpdesk.engine.errors import DesignRuntimeError
from bpdesk.engine.values import is_empty


def _days_between(start: Any, end: Any) -> int:
    if isinstance(start, dt.datetime):
        start = start.date()
    if isinstance(end, dt.datetime):
        end = end.date()
    return int((end - start).days)


def helper_functions(now: Callable[[], dt.datetime]) -> dict[str, Callable[..., Any]]:
    """The functions named in bpdesk.model.expressions.EXPRESSION_FUNCTIONS."""
    return {
        "today": lambda: now().date(),
        "now": now,
        "days": lambda n: dt.timedelta(days=n),
        "days_between": _days_between,
        "len": len,
        "lower": lambda s: str(s).lower(),
        "upper": lambda s: str(s).upper(),
        "is_empty": is_empty,
        "int": int,
        "float": float,
        "str": str,
    }


@lru_cache(maxsize=8192)
def _parsed(expression: str) -> ast.AST:
    parsed: ast.AST = SimpleEval.parse(expression.strip())
    return parsed


def evaluate(
    expression: str, names: Mapping[str, Any], functions: Mapping[str, Callable[..., Any]]
) -> Any:
    """The value of ``expression``; a clear ``DesignRuntimeError`` when it cannot be computed."""
    evaluator = SimpleEval(names=dict(names), functions=dict(functions))
    try:
        return evaluator.eval(expression, previously_parsed=_parsed(expression))
    except Exception as error:  # simpleeval raises many kinds; all mean the same here
        raise DesignRuntimeError(
            f"the expression '{expression}' could not be computed: {error}"
        ) from None


_ENV = ImmutableSandboxedEnvironment(
    undefined=StrictUndefined,
    autoescape=False,
    finalize=lambda value: "" if value is None else value,
)


@lru_cache(maxsize=8192)
def _template(text: str) -> Template:
    return _ENV.from_string(text)


def render(text: str, context: Mapping[str, Any]) -> str:
    if "{" not in text:
        return text
    try:
        return _template(text).render(context)
    except TemplateError as error:
        raise DesignRuntimeError(f"the text '{text}' could not be written: {error}") from None
