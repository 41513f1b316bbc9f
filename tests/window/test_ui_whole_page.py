"""Library → Read the whole page, in the window: the open web page is read again whole,
its highlight kept, and back to the article."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reader.paths import DataPaths
from tests.reader.test_page_modes import _page
from ui.services import open_services

if TYPE_CHECKING:
    from tests.window.conftest import Windows


def test_the_open_page_switches_to_whole_and_back(windows: Windows, qtbot, data_dir: Path,
                                                  tmp_path: Path) -> None:
    services = open_services(DataPaths(data_dir), seeds=False)
    doc_id = services.import_paths([str(_page(tmp_path))]).outcomes[0].document_id
    services.close()
    window = windows.build(seeds=False, open_ref=doc_id, show=True)
    qtbot.waitUntil(lambda: window.current is not None)
    start = window.current.text.index("shape of its face")
    window.primary.annotate(lambda a: a.create(doc_id, start, start + 17), select_new=True)
    qtbot.waitUntil(lambda: len(window.highlights) == 1)
    switch = window.library_actions.whole_page
    switch.follow()
    assert switch.action.isEnabled() and not switch.action.isChecked()
    switch.action.trigger()
    qtbot.waitUntil(lambda: window.current.whole_page, timeout=20_000)
    assert "Subscribe to our newsletter" in window.view.toPlainText()
    [hl] = window.highlights
    assert window.current.text[hl.start:hl.end] == "shape of its face"
    qtbot.waitUntil(lambda: window.status_label.text().startswith("Showing the whole page"))
    switch.follow()
    assert switch.action.isChecked()
    switch.action.trigger()
    qtbot.waitUntil(lambda: not window.current.whole_page, timeout=20_000)
    assert "Subscribe" not in window.view.toPlainText()


def test_it_is_offered_only_for_web_pages(window) -> None:  # type: ignore[no-untyped-def]
    switch = window.library_actions.whole_page
    switch.follow()  # a seed: plain text
    assert not switch.action.isEnabled()
