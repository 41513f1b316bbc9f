"""The library table at scale: sorted in its model on precomputed keys (issue 9).

Timings live in benchmarks/bench_scale.py; these tests pin the behaviour the fast
path must keep: the right order on every column, updates that keep the order
without a reset, and the selection following its row through a re-sort.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from reader.model import DocumentSummary
from ui.window.library.model import ID_ROLE, LibraryFilter, LibraryModel


def summary(i: int, title: str, highlights: int = 0, read: str | None = None,
            authors: tuple[str, ...] = ("Anon",)) -> DocumentSummary:
    return DocumentSummary(f"id{i}", title, authors, ("fr",), f"{i}.txt",
                           f"2024-01-{i:02d}T10:00:00+00:00", read, "utf-8", 100,
                           highlights=highlights)


def ids(proxy: LibraryFilter) -> list[str]:
    return [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]


def table(rows: list[DocumentSummary]) -> tuple[LibraryModel, LibraryFilter]:
    model = LibraryModel()
    model.update(rows)
    proxy = LibraryFilter()
    proxy.setSourceModel(model)
    return model, proxy


ROWS = [summary(1, "beta", 3, "2024-03-01T00:00:00+00:00", ("Zola",)),
        summary(2, "Alpha", 10, None, ("Yourcenar",)),
        summary(3, "gamma", 3, "2024-02-01T00:00:00+00:00", ("Arendt",)),
        summary(4, "Éclat", 0, None, ("Arendt",))]


def test_every_column_sorts_on_real_values_both_ways(qtmodeltester) -> None:
    model, proxy = table(ROWS)
    expected = {
        0: ["id2", "id1", "id4", "id3"],  # collated titles: Éclat between beta and gamma
        1: ["id4", "id3", "id2", "id1"],  # authors, ties by title
        3: ["id4", "id1", "id3", "id2"],  # counts as numbers, ties by title (beta, gamma)
        4: ["id1", "id2", "id3", "id4"],  # added dates
        5: ["id2", "id4", "id3", "id1"],  # never read first, then dates
    }
    for column, order in expected.items():
        proxy.sort(column, Qt.SortOrder.AscendingOrder)
        assert ids(proxy) == order, column
        proxy.sort(column, Qt.SortOrder.DescendingOrder)
        assert ids(proxy) == order[::-1], column
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(proxy, force_py=True)


def test_updates_keep_the_order_without_a_reset() -> None:
    model, proxy = table(ROWS)
    proxy.sort(3, Qt.SortOrder.DescendingOrder)
    resets: list[int] = []
    inserted: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda _, first, last: inserted.append(last - first + 1))
    fresh = [replace(ROWS[3], highlights=50), *ROWS[:3], summary(5, "delta", 4)]
    model.update(fresh)
    assert ids(proxy) == ["id4", "id2", "id5", "id3", "id1"]  # ties reversed too
    assert resets == [] and inserted == [1]
    model.update([r for r in fresh if r.id != "id2"])
    assert ids(proxy) == ["id4", "id5", "id3", "id1"]
    assert model.row_of("id4") >= 0 and model.row_of("id2") == -1
    assert model.rows[model.row_of("id5")].title == "delta"
    proxy.set_query("a")  # the filter still works on the sorted rows
    assert ids(proxy) == ["id4", "id5", "id3", "id1"]
    proxy.set_query("gam")
    assert ids(proxy) == ["id3"]


def test_selection_follows_its_row_through_a_header_click(qtbot) -> None:
    model, proxy = table(ROWS)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert view.horizontalHeader().sortIndicatorSection() == 0
    row = ids(proxy).index("id3")
    view.selectionModel().select(proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
    view.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert ids(proxy) == ["id1", "id3", "id4", "id2"]
    selected = view.selectionModel().selectedRows()
    assert [i.data(ID_ROLE) for i in selected] == ["id3"]
    model.update([replace(ROWS[0], last_read_at=None), *ROWS[1:]])  # id1: never read now
    assert ids(proxy) == ["id3", "id4", "id1", "id2"]
    assert [i.data(ID_ROLE) for i in view.selectionModel().selectedRows()] == ["id3"]
