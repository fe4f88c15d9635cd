"""Names used by condition expressions and text templates.

Expressions are Python-like (``amount > 100000 and reason == "remote"``) and are
evaluated by the engine with simpleeval; templates are Jinja2 text
(``Payment {{ amount }} to {{ counterparty }}``) rendered in a sandbox. Here we
only parse them, so the designer can check every name against the fields.
"""

from __future__ import annotations

import ast
from functools import lru_cache

from jinja2 import TemplateSyntaxError, meta
from jinja2.sandbox import ImmutableSandboxedEnvironment

from bpdesk.translation import tr

# Functions the engine offers inside expressions (see bpdesk.engine).
EXPRESSION_FUNCTIONS: frozenset[str] = frozenset(
    {
        "today",
        "now",
        "days",
        "days_between",
        "len",
        "lower",
        "upper",
        "is_empty",
        "int",
        "float",
        "str",
    }
)
# Names every expression and template may use besides the fields.
BUILTIN_NAMES: frozenset[str] = frozenset({"initiator", "instance", "roles"})

_ALLOWED_NODES: tuple[type[ast.AST], ...] = (
    ast.Expression,
    ast.BoolOp,
    ast.BinOp,
    ast.UnaryOp,
    ast.Compare,
    ast.Call,
    ast.IfExp,
    ast.Constant,
    ast.Name,
    ast.Load,
    ast.Attribute,
    ast.Subscript,
    ast.List,
    ast.Tuple,
    ast.And,
    ast.Or,
    ast.Not,
    ast.USub,
    ast.UAdd,
    ast.Add,
    ast.Sub,
    ast.Mult,
    ast.Div,
    ast.FloorDiv,
    ast.Mod,
    ast.Eq,
    ast.NotEq,
    ast.Lt,
    ast.LtE,
    ast.Gt,
    ast.GtE,
    ast.In,
    ast.NotIn,
    ast.Is,
    ast.IsNot,
)


class ExpressionError(ValueError):
    """An expression or template that cannot be parsed; the message says where."""


@lru_cache(maxsize=4096)
def expression_names(expression: str) -> frozenset[str]:
    """Variable names an expression reads (function names excluded)."""
    try:
        tree = ast.parse(expression.strip(), mode="eval")
    except SyntaxError as error:
        column = (error.offset or 1) - 1
        raise ExpressionError(
            tr(
                "cannot read the expression '{expression}' near position {position}: {reason}"
            ).format(expression=expression, position=column + 1, reason=error.msg)
        ) from None
    names: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, _ALLOWED_NODES):
            raise ExpressionError(
                tr(
                    "the expression '{expression}' uses something not allowed in a condition "
                    "({what})"
                ).format(expression=expression, what=type(node).__name__)
            )
        if isinstance(node, ast.Call) and not (
            isinstance(node.func, ast.Name) and node.func.id in EXPRESSION_FUNCTIONS
        ):
            shown = ast.unparse(node.func)
            raise ExpressionError(
                tr(
                    "the expression '{expression}' calls '{name}', which is not one of {known}"
                ).format(
                    expression=expression, name=shown, known=", ".join(sorted(EXPRESSION_FUNCTIONS))
                )
            )
        if isinstance(node, ast.Attribute) and node.attr.startswith("_"):
            raise ExpressionError(
                tr("the expression '{expression}' uses a hidden attribute").format(
                    expression=expression
                )
            )
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            names.add(node.id)
    return frozenset(names - EXPRESSION_FUNCTIONS)


_TEMPLATE_ENV = ImmutableSandboxedEnvironment()


@lru_cache(maxsize=4096)
def template_names(template: str) -> frozenset[str]:
    """Variable names a text template reads."""
    try:
        parsed = _TEMPLATE_ENV.parse(template)
    except TemplateSyntaxError as error:
        raise ExpressionError(
            tr("cannot read the text '{text}' (line {line}): {reason}").format(
                text=template, line=error.lineno, reason=error.message
            )
        ) from None
    return frozenset(meta.find_undeclared_variables(parsed))


def unknown_names(names: frozenset[str], known: set[str]) -> list[str]:
    return sorted(name for name in names if name not in known and name not in BUILTIN_NAMES)
