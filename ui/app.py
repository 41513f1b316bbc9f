"""The desktop window's composition root (filled in by the window issue).

Until the window exists, running with no command prints the library, so
``make run`` shows something real.
"""

from __future__ import annotations

import argparse

from ui.cli import run
from ui.cli_library import cmd_list


def run_app(args: argparse.Namespace) -> int:
    args.json = False
    args.func = cmd_list
    return run(args)
