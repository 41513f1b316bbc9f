"""The command line (DESIGN §8). Imports no Qt: it must start fast and headless.

Exit status: 0 success, 1 some input refused (one line each on stderr, naming the
input and the reason), 2 usage errors. ``--json`` prints one JSON document.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TextIO

from reader import __version__
from reader.errors import LibraryBusy, MarginaliaError
from reader.paths import resolve_data_dir

log = logging.getLogger(__name__)

# Each module adds its subcommands with ``register(subparsers)``.
COMMAND_MODULES = ("ui.cli_library", "ui.cli_annotate", "ui.cli_search", "ui.cli_export")


@dataclass
class CliContext:
    """What a command needs: the services (opened lazily) and where to print."""

    args: argparse.Namespace
    out: TextIO
    err: TextIO
    _services: object | None = None

    @property
    def services(self):  # type: ignore[no-untyped-def]
        if self._services is None:
            from ui.services import open_services

            paths = resolve_data_dir(self.args.data_dir)
            self._services = open_services(paths, seeds=not self.args.no_seeds)
        return self._services

    def refuse(self, what: str, reason: str) -> None:
        print(f"marginalia: {what}: {reason}", file=self.err)

    def close(self) -> None:
        if self._services is not None:
            self._services.close()  # type: ignore[attr-defined]


Handler = Callable[[CliContext], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="marginalia",
        description="Read, highlight and annotate your texts; search them and your notes "
                    "offline; export notes to Markdown. With no command, opens the app.")
    parser.add_argument("--version", action="version", version=f"marginalia {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="library folder (default: MARGINALIA_DATA_DIR or the user data dir)")
    parser.add_argument("--no-seeds", action="store_true",
                        help="on first run, do not import the bundled documents")
    parser.add_argument("-v", "--verbose", action="store_true", help="log to stderr")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation end to end in a temporary folder, and exit")
    window = parser.add_argument_group("window options (with no command)")
    window.add_argument("--open", metavar="DOC", help="open this document in the window")
    window.add_argument("--screenshot", metavar="PNG",
                        help="open the window, save a picture of it to PNG, and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def parse(argv: Sequence[str] | None) -> argparse.Namespace | int:
    """The parsed arguments, or the exit status when argparse already answered."""
    try:
        return build_parser().parse_args(argv)
    except SystemExit as exc:  # argparse: usage errors are 2, --help/--version 0
        return int(exc.code or 0)


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command in ``args``; returns the exit status instead of exiting."""
    out = out or sys.stdout
    err = err or sys.stderr
    if args.verbose:
        logging.basicConfig(level=logging.INFO, stream=err,
                            format="%(levelname)s %(name)s: %(message)s")
    ctx = CliContext(args, out, err)
    try:
        return int(args.func(ctx))
    except LibraryBusy as exc:
        print(f"marginalia: {exc}", file=err)
        return 1
    except MarginaliaError as exc:
        print(f"marginalia: {exc}", file=err)
        return 1
    finally:
        ctx.close()


def run_argv(argv: Sequence[str] | None = None, out: TextIO | None = None,
             err: TextIO | None = None) -> int:
    """Parse and run; the whole command line as a function, for tests and scripts."""
    args = parse(argv)
    if isinstance(args, int):
        return args
    if not getattr(args, "func", None):
        print("marginalia: no command given (try --help)", file=err or sys.stderr)
        return 2
    return run(args, out, err)
