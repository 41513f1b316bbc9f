"""The ``marginalia`` entry point: a command runs headless, no command opens the app."""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Sequence

from ui.cli import parse, run


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # the frozen app re-enters here for index workers
    args = parse(sys.argv[1:] if argv is None else argv)
    if isinstance(args, int):
        return args
    if args.self_test:
        from ui.selftest import run_self_test

        return run_self_test()
    if getattr(args, "func", None) is None:
        from ui.app import run_app  # Qt is imported only for the window

        return run_app(args)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
