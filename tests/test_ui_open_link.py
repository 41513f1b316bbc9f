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


@pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise)")  # offscreen
def test_a_second_launch_hands_its_link_to_the_open_window(qtbot, data_dir: Path,  # noqa: ANN001
                                                           capsys) -> None:  # noqa: ANN001
    import argparse

    from ui import handoff
    from ui.app import run_app

    doc_id, hid = _seed_highlight(data_dir)
    paths = DataPaths(data_dir)
    handoff.send(paths, "Why Bolivia")  # left over from a window that is gone: dropped
    window = build_window(paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert window.current.id != doc_id  # the leftover request was not honoured
        assert window.current.id != window.services.library.resolve("Why Bolivia")
        assert list(paths.inbox.iterdir()) == []  # ... it was dropped
        from ui.window_lock import WindowLock

        with WindowLock(paths):  # the open window's lock, as run_app takes it
            args = argparse.Namespace(data_dir=str(data_dir), no_seeds=True, verbose=False,
                                      open=f"marginalia://{doc_id}/{hid}", screenshot=None)
            assert run_app(args) == 0
            assert "open in another window; it opens marginalia://" in capsys.readouterr().err
            qtbot.waitUntil(lambda: window.current.id == doc_id)
            assert window.editor.highlight is not None and window.editor.highlight.id == hid
            assert list(paths.inbox.iterdir()) == []
            handoff.send(paths, "no such document anywhere")
            qtbot.waitUntil(lambda: "Could not open no such document" in
                            window.status_label.text())
            assert window.current.id == doc_id  # what was open stays open
    finally:
        window.close()
        window.services.close()


def test_handoff_requests_in_order_and_bad_ones_refused(tmp_path: Path) -> None:
    from ui import handoff

    paths = DataPaths(tmp_path)
    assert handoff.take(paths) == []  # no inbox yet
    handoff.send(paths, "marginalia://a/b")
    handoff.send(paths, "  Statium  ")
    (paths.inbox / "junk.link").write_bytes(b"\xff\xfe")  # not UTF-8: dropped
    (paths.inbox / "other.txt").write_text("ignored")
    assert handoff.take(paths) == ["marginalia://a/b", "Statium"]
    assert [p.name for p in paths.inbox.iterdir()] == ["other.txt"]
    for bad in ("", "   ", "a\nb", "x" * 5000):
        with pytest.raises(ValueError, match="not a link"):
            handoff.send(paths, bad)
