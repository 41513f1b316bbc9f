"""Import Whoosh without two modules it loads and never calls: ~25 ms off every
process that searches (issue 14).

Whoosh 2.7.4's ``whoosh.compat``, which every Whoosh module imports first, does
``from urllib.request import urlretrieve`` (loading ``http.client``, ``email``,
``ssl`` and ``socket``), and ``whoosh.query`` does ``from whoosh.lang.morph_en
import variations`` (45 large regular expressions compiled at import, for the
``Variations`` query our query language never builds). Together they are a sixth of
a whole ``marginalia search``. :func:`import_lean` imports those two Whoosh modules
against stand-ins whose names call the real module's, importing it on first call.
A stand-in leaves ``sys.modules`` as soon as its importer is in, so any later import
gets the real module; a thread that imported it in that instant gets the stand-in,
whose every other name is the real module's (asked for, the real one takes its place).
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Callable
from typing import Any

# (Whoosh module, what it imports at its top, the names it takes from there)
LAZY = (("whoosh.compat", "urllib.request", ("urlretrieve",)),
        ("whoosh.query", "whoosh.lang.morph_en", ("variations",)))


def import_lean() -> None:
    """Import each Whoosh module of ``LAZY`` against a stand-in, unless it or the
    module it imports is in already (then there is nothing left to save)."""
    for importer, heavy, names in LAZY:
        if importer in sys.modules or heavy in sys.modules:
            continue
        stand_in = _StandIn(heavy)
        for name in names:
            setattr(stand_in, name, _on_first_call(heavy, name))
        sys.modules[heavy] = stand_in
        try:
            importlib.import_module(importer)
        finally:
            if sys.modules.get(heavy) is stand_in:
                del sys.modules[heavy]


def _on_first_call(module: str, name: str) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(_real(module), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__doc__ = f"``{module}.{name}``, imported on first call."
    return call


class _StandIn(types.ModuleType):
    """A module while its importer imports: any other name is the real module's."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # import machinery probing (__path__, __spec__...)
            raise AttributeError(name)
        return getattr(_real(self.__name__), name)


def _real(module: str) -> types.ModuleType:
    if isinstance(sys.modules.get(module), _StandIn):
        del sys.modules[module]
    return importlib.import_module(module)
