"""``marginalia --open marginalia://DOC/HL``: the links in exported notes open the passage."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.paths import DataPaths
from ui.app import build_window, parse_link
from ui.services import open_services

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_parse_link() -> None:
    assert parse_link("marginalia://abc/def") == ("abc", "def")
    assert parse_link("marginalia://abc/") == ("abc", None)
    assert parse_link("Travailleurs") == ("Travailleurs", None)


def _seed_highlight(data_dir: Path) -> tuple[str, str]:
    svc = open_services(DataPaths(data_dir))
    try:
        doc_id = svc.library.resolve("Statium")
        hl, changes = svc.annotations.create_from_quote(doc_id, "capitalisme de surveillance",
                                                        nth=1, note="à relire")
        svc.apply(changes)
        return doc_id, hl.id
    finally:
        svc.close()


def test_link_opens_document_at_highlight(qtbot, data_dir: Path) -> None:  # noqa: ANN001
    doc_id, hid = _seed_highlight(data_dir)
    window = build_window(DataPaths(data_dir), open_ref=f"marginalia://{doc_id}/{hid}")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert window.current is not None and window.current.id == doc_id
        assert window.editor.highlight is not None and window.editor.highlight.id == hid
    finally:
        window.close()
        window.services.close()


def test_bad_link_says_so_and_opens_the_library(qtbot, data_dir: Path) -> None:  # noqa: ANN001
    _seed_highlight(data_dir)
    window = build_window(DataPaths(data_dir), open_ref="marginalia://nosuchdoc/nohl")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert "Could not open marginalia://nosuchdoc/nohl" in window.status_label.text()
        assert window.current is not None  # the library still opened on a document
    finally:
        if window.error_box is not None:
            window.error_box.close()
        window.close()
        window.services.close()
