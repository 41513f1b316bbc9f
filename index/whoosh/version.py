"""The one Whoosh release the engine code is written for, checked before first use.

The modules of ``index/whoosh/`` subclass and reach into Whoosh 2.7.4's private
internals (segment writer, W3 codec, matchers, file storage: some 34 private
names), which any other release may change without a word. ``pyproject.toml`` pins
it; this check turns an install that drifted anyway (a system package, a hand
upgrade) into one line in words instead of a wrong index or a traceback from deep
inside Whoosh. It asks the package itself (``whoosh/__init__`` holds only its
version, and the index imports Whoosh anyway): reading the distribution's metadata
instead cost 15–25 ms of a 120 ms command.
"""

from __future__ import annotations

import functools

from reader.errors import MarginaliaError

PINNED = "2.7.4"


class EngineMismatch(MarginaliaError):
    """The installed Whoosh is not the release the index code is written for."""


def installed_version() -> str:
    """The installed Whoosh's version, as the package says it (a frozen app, which
    ships no distribution metadata, answers the same way)."""
    import whoosh

    return str(whoosh.versionstring())


@functools.cache
def require_pinned() -> None:
    """Raise :class:`EngineMismatch` unless Whoosh is the pinned release.

    Cached: once it passed, later calls cost nothing (a refusal is not cached, so it
    is said again each time the index is wanted).
    """
    found = installed_version()
    if found != PINNED:
        raise EngineMismatch(
            f"the search index needs Whoosh {PINNED} exactly, but Whoosh {found} is "
            f"installed; reinstall it with: pip install 'whoosh=={PINNED}'")
