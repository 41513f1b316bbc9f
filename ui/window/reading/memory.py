"""Handing freed memory back to the system after a large document is let go.

glibc keeps the heap pages a cleared ``QTextDocument`` freed (Qt's layout is many
small blocks), so a window that opened a 3-million-character page and then another
would count both in its resident memory. Elsewhere than glibc nothing is kept that
way, and nothing is done.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)


def return_freed_memory() -> None:
    """Ask glibc to give its free heap pages back (``malloc_trim``); a no-op elsewhere."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (musl): nothing kept that way
        log.debug("malloc_trim unavailable")
