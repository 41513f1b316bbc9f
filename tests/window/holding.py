"""Holding the write worker inside its third item, so Stop arrives mid-batch."""

from __future__ import annotations

import threading
from typing import Any

import pytest


def hold_third_call(monkeypatch: pytest.MonkeyPatch, owner: type,
                    name: str) -> tuple[threading.Event, threading.Event]:
    """Patch ``owner.name`` so its third call waits: (reached, release) events."""
    reached, release = threading.Event(), threading.Event()
    real = getattr(owner, name)
    calls: list[int] = []

    def held(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 3:  # the worker is busy with the third item when Stop comes
            reached.set()
            release.wait(10)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(owner, name, held)
    return reached, release
