"""The item models, checked by pytest-qt's model tester and by what they show."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from reader.model import DocumentSummary, Highlight
from ui.window.library.model import (
    HIGHLIGHT_ROLE,
    ID_ROLE,
    HighlightListModel,
    LibraryFilter,
    LibraryModel,
)


def summary(i: int, title: str, highlights: int = 0) -> DocumentSummary:
    return DocumentSummary(f"id{i}", title, (f"Author {i}",), ("fr", "en"), f"{i}.txt",
                           f"2024-01-0{i}T10:00:00+00:00", None, "utf-8", 100 * i,
                           highlights=highlights)


def test_library_model_passes_the_model_tester(qtmodeltester, services) -> None:
    model = LibraryModel()
    model.update(services.library.list_documents())
    assert model.rowCount() == 5
    qtmodeltester.check(model, force_py=True)
    proxy = LibraryFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)


def test_update_inserts_changes_and_removes_rows_without_reset(qtbot) -> None:
    model = LibraryModel()
    model.update([summary(1, "Alpha"), summary(2, "Beta")])
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    changed: list[int] = []
    model.dataChanged.connect(lambda a, b: changed.append(a.row()))
    model.update([replace(summary(2, "Beta"), highlights=3), summary(3, "Gamma")])
    assert [r.title for r in model.rows] == ["Beta", "Gamma"]
    assert changed == [0] and resets == []
    assert model.index(0, 3).data() == "3"
    assert model.index(1, 4).data() == "3 Jan 2024"


def test_filter_and_sort(qtbot) -> None:
    model = LibraryModel()
    model.update([summary(1, "Travailleurs du clic", 2), summary(2, "Why Facebook", 10),
                  summary(3, "Statium", 1)])
    proxy = LibraryFilter()
    proxy.setSourceModel(model)
    proxy.set_query("face")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Why Facebook"]
    proxy.set_query("")
    proxy.sort(3, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(3)] == ["id2", "id1", "id3"]


def test_highlight_list_model(qtmodeltester) -> None:
    model = HighlightListModel()
    rows = [Highlight(f"h{i}", "d", 0, 5, f"quote {i} " * 20, "", "", status="orphaned")
            for i in range(3)]
    model.set_rows(rows)
    qtmodeltester.check(model, force_py=True)
    text = model.index(0, 0).data()
    assert text.startswith("“quote 0") and text.endswith("…”")
    model.set_rows(rows[:1])
    assert model.rowCount() == 1 and model.index(0, 0).data(ID_ROLE) == "h0"


def test_library_headers_say_what_they_are_and_sit_over_their_cells(qtbot) -> None:
    model = LibraryModel()
    horizontal = Qt.Orientation.Horizontal
    headers = [model.headerData(c, horizontal) for c in range(model.columnCount())]
    assert "Highlights" in headers and "Hl" not in headers
    column = headers.index("Highlights")
    assert model.headerData(column, horizontal, Qt.ItemDataRole.ToolTipRole)
    align = Qt.ItemDataRole.TextAlignmentRole
    left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.headerData(0, horizontal, align) == left
    model.update([summary(1, "Alpha", highlights=4)])
    assert model.headerData(column, horizontal, align) == model.index(0, column).data(align)
    assert model.index(0, column).data(align) == right


def test_library_dates_have_the_whole_year(qtbot) -> None:
    model = LibraryModel()
    model.update([replace(summary(1, "Alpha"), added_at="2026-11-23T12:00:00+00:00")])
    assert model.index(0, 4).data() == "23 Nov 2026"


def test_highlight_list_model_gives_the_row_for_a_delegate(qtmodeltester) -> None:
    model = HighlightListModel()
    h = Highlight("h", "d", 0, 5, "quote", "", "", color="green", note="a *note*",
                  tags=("x",), status="orphaned")
    model.set_rows([h])
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data(HIGHLIGHT_ROLE) == h
