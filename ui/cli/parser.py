"""The command line (docs/ARCHITECTURE.md). Imports no Qt: it must start fast and headless.

Exit status: 0 success, 1 some input refused (one line each on stderr, naming the
input and the reason), 2 usage errors. ``--json`` prints one JSON document.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any, TextIO

from reader import __version__
from reader.errors import MarginaliaError, describe_os_error
from reader.paths import resolve_data_dir

log = logging.getLogger(__name__)

# Each module adds its subcommands with ``register(subparsers)``.
COMMAND_MODULES = ("ui.cli.library", "ui.cli.manage", "ui.cli.annotate", "ui.cli.search",
                   "ui.cli.export", "ui.cli.bookmarks", "ui.cli.sync")


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
        print(f"marginalia: {shown(what)}: {reason}", file=self.err)

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
    with _warnings_to(err, quiet=args.verbose):
        return _run_command(args, ctx, out, err)


@contextmanager
def _warnings_to(err: TextIO, quiet: bool) -> Iterator[None]:
    """Warnings the domain logs (index catching up later, a record not saved) reach the
    reader as ``marginalia:`` lines, not Python's bare last-resort output."""
    if quiet:  # -v already shows every record
        yield
        return
    handler = logging.StreamHandler(err)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(_OneLine())
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)


class _OneLine(logging.Formatter):
    """``marginalia: message`` on one line; tracebacks are for ``-v``."""

    def format(self, record: logging.LogRecord) -> str:
        return "marginalia: " + shown(" ".join(record.getMessage().split()), 400)


def _run_command(args: argparse.Namespace, ctx: CliContext, out: TextIO, err: TextIO) -> int:
    """The command, its domain errors and the system's refusals as one line each."""
    try:
        return int(args.func(ctx))
    except BrokenPipeError:  # `marginalia list | head`: the reader has seen enough
        _silence_stdout(out)
        return 141
    except KeyboardInterrupt:
        print("marginalia: interrupted", file=err)
        return 130
    except MarginaliaError as exc:  # LibraryBusy too: its message says to try again
        print(f"marginalia: {shown(str(exc), 400)}", file=err)
        return 1
    except OSError as exc:  # the system refused something no check above foresaw
        where = exc.filename if exc.filename is not None else args.command
        print(f"marginalia: {shown(str(where))}: {describe_os_error(exc)}", file=err)
        return 1
    except (RecursionError, MemoryError) as exc:
        print(f"marginalia: {args.command}: input too large or too deeply nested "
              f"({type(exc).__name__})", file=err)
        return 1
    finally:
        _close_quietly(ctx)


def _close_quietly(ctx: CliContext) -> None:
    """Close the services; a failure there must not hide the command's own outcome."""
    try:
        ctx.close()
    except (MarginaliaError, OSError) as exc:
        log.warning("closing the library: %s", exc)


def _silence_stdout(out: TextIO) -> None:
    """Point stdout at /dev/null, so the interpreter's final flush into the closed pipe
    does not print a second traceback."""
    if out is not sys.stdout:
        return
    with suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def shown(text: str, width: int = 200) -> str:
    """``text`` safe to print in one line: undecodable bytes of a file name as ``\\xff``
    escapes, control and bidi characters escaped, at most ``width`` characters."""
    if _has_surrogates(text):
        try:
            text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:  # a lone surrogate that is no escaped byte
            text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    text = "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)
    if len(text) <= width:
        return text
    half = (width - 1) // 2  # the middle goes: the end often holds the reason
    return text[:half] + "…" + text[len(text) - (width - 1 - half):]


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


# Arguments that name files: may hold any bytes the system allows, but never be empty.
PATH_ARGS = {"data_dir": "--data-dir", "paths": "PATH", "out": "--out", "file": "FILE",
             "screenshot": "--screenshot", "folder": "FOLDER"}
WINDOW_ONLY = {"open": "--open", "screenshot": "--screenshot"}


def usage_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with arguments argparse accepted, as ``what: reason``; else None.

    Empty paths are refused rather than taken as "not given" or "here"; text that is
    not valid UTF-8 (arrives as surrogates) cannot be stored, so it is refused here,
    naming the argument, before anything is written.
    """
    command = getattr(args, "func", None)
    for dest, value in vars(args).items():
        for item in value if isinstance(value, list) else [value]:
            if not isinstance(item, str):
                continue
            name = PATH_ARGS.get(dest) or _flag(dest)
            if dest in PATH_ARGS and not item:
                return f"{name}: empty path"
            if dest not in PATH_ARGS and _has_surrogates(item):
                return f"{name}: not valid UTF-8 ({shown(item, 60)})"
    if command is not None or args.self_test:
        used = [flag for dest, flag in WINDOW_ONLY.items() if getattr(args, dest, None)]
        if used:
            return f"{used[0]}: only for the window; it cannot be combined with a command"
    if command is not None and args.self_test:
        return "--self-test: runs alone; it cannot be combined with a command"
    return None


def _flag(dest: str) -> str:
    positional = {"doc": "DOC", "docs": "DOC", "query": "QUERY"}
    return positional.get(dest) or "--" + dest.replace("_", "-")


@contextmanager
def first_interrupt_stops(flag: dict[str, bool]) -> Iterator[None]:
    """The first Ctrl-C sets ``flag["stop"]`` (the batch ends between two items, with
    its report); a second one interrupts at once. Only the main thread has signals."""
    def handler(signum: int, frame: Any) -> None:
        if flag.get("stop"):
            raise KeyboardInterrupt
        flag["stop"] = True

    try:
        previous = signal.signal(signal.SIGINT, handler)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def run_argv(argv: Sequence[str] | None = None, out: TextIO | None = None,
             err: TextIO | None = None) -> int:
    """Parse and run; the whole command line as a function, for tests and scripts."""
    args = parse(argv)
    if isinstance(args, int):
        return args
    problem = usage_problem(args)
    if problem:
        print(f"marginalia: {problem}", file=err or sys.stderr)
        return 2
    if not getattr(args, "func", None):
        print("marginalia: no command given (try --help)", file=err or sys.stderr)
        return 2
    return run(args, out, err)


def tolerant_streams() -> None:
    """Never crash on printing: a console or redirect that cannot encode a title (ASCII,
    cp1252 on Windows) gets a replacement character instead of a traceback."""
    for stream, errors in ((sys.stdout, "replace"), (sys.stderr, "backslashreplace")):
        with suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors=errors)  # type: ignore[union-attr]
