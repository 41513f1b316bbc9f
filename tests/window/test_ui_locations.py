"""The window says where a passage is: its card and its search result name the chapter."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reader.paths import DataPaths
from ui.services import open_services
from ui.window.search.panel import HIT_ROLE

if TYPE_CHECKING:
    from tests.window.conftest import Windows

BOOK = """<html><head><title>Moby-Dick</title></head><body>
<h1>Moby-Dick</h1><p>Opening words of the book.</p>
<h2>Chapter 1. Loomings</h2><p>Call me Ishmael. Some years ago, never mind how long.</p>
<h2>Chapter 2. The Carpet-Bag</h2><p>I stuffed a shirt or two into my old carpet-bag.</p>
</body></html>"""


def _library_with_book(data_dir: Path, tmp_path: Path) -> str:
    source = tmp_path / "moby.html"
    source.write_text(BOOK, encoding="utf-8")
    services = open_services(DataPaths(data_dir), seeds=False)
    try:
        report = services.import_paths([str(source)])
        return report.outcomes[0].document_id
    finally:
        services.close()


def test_the_card_and_the_search_result_name_the_chapter(windows: Windows, qtbot,
                                                          data_dir: Path, tmp_path: Path) -> None:
    doc_id = _library_with_book(data_dir, tmp_path)
    window = windows.build(seeds=False, open_ref=doc_id, show=True)
    qtbot.waitUntil(lambda: window.current is not None and window.current.id == doc_id)
    text = window.current.text
    start = text.index("carpet-bag.")
    window.primary.annotate(lambda a: a.create(doc_id, start, start + 10), select_new=True)
    qtbot.waitUntil(lambda: len(window.highlights) == 1)
    hid = window.highlights[0].id
    window.goto_highlight(hid)
    card = window.primary.margin.cards.card_for(hid)
    qtbot.waitUntil(lambda: card is not None and card.tags.isVisible())
    assert "Chapter 2. The Carpet-Bag" in card.tags.text()
    assert "Moby-Dick" not in card.tags.text()  # the title is no chapter

    window.search_actions.show_search()
    panel = window.search_panel
    qtbot.keyClicks(panel.query, "ishmael")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 1, timeout=30_000)
    rows = [panel.model.index(i, 0) for i in range(panel.model.rowCount())]
    hit_row = next(r for r in rows if not r.data(HIT_ROLE).header)
    assert hit_row.data(HIT_ROLE).hit.chapter == "Chapter 1. Loomings"
    assert "Chapter 1. Loomings" in hit_row.data()
