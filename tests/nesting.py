"""Counting how much of the HTML walker's open-element stacks a parse visits: deep
nesting must stay linear work (the tests of web pages and of tables share it)."""

from __future__ import annotations

from typing import Any

import pytest

from reader.importers import html_import


class CountingList(list):  # type: ignore[type-arg]
    """A list that adds up how many elements its whole-list operations visit."""

    visits = 0

    def __contains__(self, item: object) -> bool:
        CountingList.visits += len(self)
        return super().__contains__(item)

    def __iter__(self) -> Any:
        CountingList.visits += len(self)
        return super().__iter__()

    def __reversed__(self) -> Any:
        CountingList.visits += len(self)
        return super().__reversed__()

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            CountingList.visits += len(self)
        return super().__getitem__(index)


def count_walker_visits(monkeypatch: pytest.MonkeyPatch) -> type[CountingList]:
    """From now on every walker counts its stacks' visits in the returned class's
    ``visits`` (reset to 0 here)."""
    real_init = html_import._Walker.__init__

    def counting_init(self: Any) -> None:
        real_init(self)
        self._stack = CountingList()
        self._open_marks = CountingList()

    monkeypatch.setattr(html_import._Walker, "__init__", counting_init)
    CountingList.visits = 0
    return CountingList
