"""Read an application's accessible tree off the AT-SPI bus, as a screen reader does.

Run by ``test_atspi.py`` with Debian's ``/usr/bin/python3`` (python3-pyatspi lives
in its dist-packages, not in our virtualenv): ``atspi_tree.py NAME TIMEOUT`` waits
for the application NAME to show a table and a page tab (its first screen laid out),
then prints its nodes as JSON, one object per node, depth first.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]

LEAVES = {"table cell", "list item"}  # their insides say nothing more
MAX_NODES = 3000
MAX_DEPTH = 40


def application(name: str) -> Any:  # a pyatspi accessible, or None
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == name and app.childCount:
            return app
    return None


def nodes(node: Any, depth: int = 0, out: list[dict] | None = None) -> list[dict]:
    """Every node under ``node`` with its role, name, description and states."""
    out = [] if out is None else out
    if node is None or len(out) >= MAX_NODES or depth > MAX_DEPTH:
        return out
    states = node.getState()
    role = node.getRoleName()
    out.append({"role": role, "name": node.name or "", "depth": depth,
                "description": node.description or "",
                "showing": states.contains(pyatspi.STATE_SHOWING),
                "focusable": states.contains(pyatspi.STATE_FOCUSABLE)})
    if role not in LEAVES:
        for i in range(node.childCount):
            nodes(node.getChildAtIndex(i), depth + 1, out)
    return out


def first_screen(name: str, timeout: float) -> list[dict]:
    """The tree once the window shows its library table and its tabs."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            app = application(name)
            tree = nodes(app) if app is not None else []
        except Exception:  # the window is still being built: its nodes come and go
            tree = []
        roles = {n["role"] for n in tree if n["showing"]}
        if {"table", "page tab"} <= roles:
            time.sleep(1.0)  # the first document opens just after
            return nodes(application(name))
        time.sleep(0.3)
    raise SystemExit(f"{name} did not show its first screen on the bus in {timeout:.0f} s")


if __name__ == "__main__":
    print(json.dumps(first_screen(sys.argv[1], float(sys.argv[2]))))
