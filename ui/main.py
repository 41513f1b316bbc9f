"""The ``marginalia`` entry point: a command runs headless, no command opens the app."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from contextlib import suppress

from ui.cli.parser import parse, run, tolerant_streams, usage_problem


def main(argv: Sequence[str] | None = None) -> int:
    _freeze_support()
    tolerant_streams()
    args = parse(sys.argv[1:] if argv is None else argv)
    if isinstance(args, int):
        return args
    problem = usage_problem(args)
    if problem:
        print(f"marginalia: {problem}", file=sys.stderr)
        return 2
    if args.self_test:
        from ui.cli.selftest import run_self_test

        return run_self_test()
    if getattr(args, "func", None) is None:
        from ui.window.app import run_app  # Qt is imported only for the window

        return run_app(args)
    return _flushed(run(args))


def _freeze_support() -> None:
    """The frozen app re-enters here for its index workers. Only it needs this: a
    command run from source must not pay for importing multiprocessing (~10 ms)."""
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()


def _flushed(code: int) -> int:
    """Flush stdout now: a reader that closed the pipe (``| head``) must not get a
    traceback from the interpreter's own flush at exit."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        with suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return code or 141
    except (OSError, ValueError):
        pass
    return code


if __name__ == "__main__":
    sys.exit(main())
