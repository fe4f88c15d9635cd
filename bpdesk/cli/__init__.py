"""The ``bpdesk`` command line.

Errors are one clear line on stderr; exit codes: 0 success, 1 a verdict or a
conflict (a design with errors), 2 bad input (a file that cannot be read, a
wrong argument). ``--json`` output is stable and documented in docs/cli.md.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from bpdesk import __version__
from bpdesk.cli import design_commands, run_commands
from bpdesk.cli.common import BAD_INPUT, CONFLICT, CliError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bpdesk",
        description="Design and run small-office business processes.",
    )
    parser.add_argument("--version", action="version", version=f"bpdesk {__version__}")
    parser.add_argument(
        "--db",
        default=None,
        metavar="URL",
        help="database: an SQLite file or postgresql://... (default: $BPDESK_DB, then the "
        "SQLite file in your data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    design_parser = design_commands.register(commands)
    run_commands.register(commands, design_parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        args.handler = run_commands.run_gui  # no command: the desktop application
        args.login = None
    from bpdesk.services import (
        ConflictError,
        DatabaseUnavailableError,
        EngineError,
        FormError,
        PublishError,
    )
    from bpdesk.storage.db import DatabaseError

    try:
        code: int = args.handler(args)
    except CliError as error:
        return _fail(str(error), error.exit_code)
    except ConflictError as error:
        return _fail(str(error), CONFLICT)
    except PublishError as error:
        return _fail(f"{error}: " + " ".join(error.problems), BAD_INPUT)
    except FormError as error:
        return _fail("; ".join(error.problems.values()), BAD_INPUT)
    except (EngineError, DatabaseError, DatabaseUnavailableError) as error:
        return _fail(str(error), BAD_INPUT)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the output went to `head` or similar, which stopped reading
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keep Python from complaining at exit
        return 0
    return code


def _fail(message: str, code: int) -> int:
    print(f"bpdesk: {message}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
