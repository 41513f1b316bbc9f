"""Import Whoosh without ``urllib.request``: ~20 ms off every process that searches.

Whoosh 2.7.4's ``whoosh.compat``, which every Whoosh module imports first, does
``from urllib.request import urlretrieve``; nothing in the index or search code ever
calls it, but the import loads ``http.client``, ``email``, ``ssl`` and ``socket``:
a sixth of a whole ``marginalia search`` (issue 14). :func:`import_compat` lets
``whoosh.compat`` import against a stand-in whose ``urlretrieve`` imports the real
module when called. The stand-in leaves ``sys.modules`` as soon as ``whoosh.compat``
is in, so any later ``import urllib.request`` gets the real module; a thread that
imported it in that instant gets the stand-in, whose every other name is the real
module's (asked for, it puts the real module in its place).
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

NAME = "urllib.request"


def import_compat() -> None:
    """Import ``whoosh.compat`` without ``urllib.request``, unless either is in already
    (then there is nothing left to save)."""
    if "whoosh.compat" in sys.modules or NAME in sys.modules:
        return
    stand_in = _StandIn(NAME)
    stand_in.urlretrieve = urlretrieve  # type: ignore[attr-defined]
    sys.modules[NAME] = stand_in
    try:
        importlib.import_module("whoosh.compat")
    finally:
        if sys.modules.get(NAME) is stand_in:
            del sys.modules[NAME]


def urlretrieve(*args: Any, **kwargs: Any) -> Any:
    """``urllib.request.urlretrieve``, imported on first call (Whoosh never calls it)."""
    return _real().urlretrieve(*args, **kwargs)


class _StandIn(types.ModuleType):
    """``urllib.request`` while ``whoosh.compat`` imports: any other name is the real one's."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # import machinery probing (__path__, __spec__...)
            raise AttributeError(name)
        return getattr(_real(), name)


def _real() -> types.ModuleType:
    if isinstance(sys.modules.get(NAME), _StandIn):
        del sys.modules[NAME]
    return importlib.import_module(NAME)
