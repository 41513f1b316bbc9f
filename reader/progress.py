"""The one progress callback every long operation takes.

``progress(done, total, label)``: ``done`` of ``total`` items, ``label`` naming the
current one (a file, a document's title). It may raise
:class:`reader.errors.Cancelled` to stop the operation between two items.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]
