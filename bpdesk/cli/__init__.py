"""The ``bpdesk`` command line.

Errors are one clear line on stderr; exit codes: 0 success, 1 a verdict or a
conflict (a design with errors), 2 bad input (a file that cannot be read, a
wrong argument). ``--json`` output is stable and documented in docs/cli.md.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from bpdesk import __version__
from bpdesk.cli import design_commands
from bpdesk.cli.common import CliError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bpdesk",
        description="Design and run small-office business processes.",
    )
    parser.add_argument("--version", action="version", version=f"bpdesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    design_commands.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 0
    try:
        code: int = args.handler(args)
    except CliError as error:
        print(f"bpdesk: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
