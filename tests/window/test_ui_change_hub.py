"""The change hub in the window: every write's Changes announced once, views react to
what changed (a note typed re-reads neither the library nor the colour names)."""

from __future__ import annotations

from reader.changes import Changes
from tests.window.test_ui_window import highlight_unselected
from ui.window.following import library_changed
from ui.window.main_window import MainWindow


def _count_calls(monkeypatch, obj, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(obj, name)

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(obj, name, counted)
    return calls


def test_each_write_is_announced_and_a_note_edit_reads_no_library(window: MainWindow, qtbot,
                                                                  monkeypatch) -> None:
    announced: list[Changes] = []
    window.worker.changed.connect(announced.append)
    refreshes = _count_calls(monkeypatch, window, "refresh_library")
    labels = _count_calls(monkeypatch, window.primary, "read_color_labels")
    _, hid = highlight_unselected(qtbot, window, 400, "green")
    qtbot.waitUntil(lambda: bool(refreshes))  # a new highlight: the library's count
    assert announced[-1].annotations == {hid} and not labels
    before = len(refreshes)
    window.primary.annotate(lambda a: a.set_note(hid, "typed as the reader types"))
    qtbot.waitUntil(lambda: window.highlights[0].note == "typed as the reader types")
    assert announced[-1].annotations == {hid}
    assert len(refreshes) == before and not labels  # nothing else re-read
    window.rename_colors({"green": "objection"})
    qtbot.waitUntil(lambda: bool(labels))
    assert announced[-1].labels == {"green"} and len(labels) == 1  # once for both
    window.primary.annotate(lambda a: a.delete(hid))
    qtbot.waitUntil(lambda: not window.highlights)
    assert announced[-1].removed_annotations == {hid} and len(refreshes) == before + 1
    row = window.library_model.rows[window.library_model.row_of(window.current.id)]
    assert row.highlights == 0


def test_what_re_reads_the_library() -> None:
    shown = {"h1"}
    assert not library_changed(Changes(annotations={"h1"}), shown)  # an edit
    assert not library_changed(Changes(annotations={"doc-note:d"}), shown)
    assert library_changed(Changes(annotations={"h2"}), shown)  # created (or undeleted)
    assert library_changed(Changes(removed_annotations={"h1"}), shown)
    assert library_changed(Changes(documents={"d"}), shown)  # imported, renamed, back
    assert library_changed(Changes(removed_documents={"d"}), shown)  # to the trash
    assert not library_changed(Changes(labels={"green"}), shown)
