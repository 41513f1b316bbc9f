"""The window's status line after an import: one file is named ("New version of
“Title”"), files already in the library are named, and a file named like a document
from another folder is simply a new document (the window asks nothing)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from reader.model import ImportOutcome, ImportReport
from ui.window.library.import_summary import import_status
from ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from tests.window.conftest import Windows


def imported(qtbot, window: MainWindow, *paths: Path) -> str:
    window.imports.import_files([str(p) for p in paths])
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=20_000)
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, (QDialog, QMessageBox)) and w.isVisible()]  # nothing asked
    return window.status_label.text()


def test_same_name_elsewhere_is_new_same_path_is_a_version(windows: Windows, qtbot,
                                                           tmp_path: Path) -> None:
    window = windows.build(tmp_path / "data", seeds=False, show=True)
    glib, pango = tmp_path / "glib" / "README.md", tmp_path / "pango" / "README.md"
    for path, name in ((glib, "GLib"), (pango, "Pango")):
        path.parent.mkdir()
        path.write_text(f"# {name}\n\nThe {name} library.\n", "utf-8")
    assert imported(qtbot, window, glib) == "Added “GLib”"
    assert window.current is not None and window.current.title == "GLib"
    assert imported(qtbot, window, pango) == "Added “Pango”"
    assert sorted(r.title for r in window.library_model.rows) == ["GLib", "Pango"]
    glib.write_text("# GLib\n\nThe GLib library, second edition.\n", "utf-8")
    assert imported(qtbot, window, glib) == "New version of “GLib”"
    assert "second edition" in window.current.text  # the open pane shows the new version
    assert len(window.library_model.rows) == 2
    copy = tmp_path / "copy.md"
    copy.write_bytes(pango.read_bytes())
    assert imported(qtbot, window, copy) == \
        f"“Pango” is already in the library (same content as {pango})"
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "notes.docx").write_bytes(b"PK\x03\x04")
    (batch / "new.txt").write_text("Fresh\n\nA new text.\n", "utf-8")
    text = imported(qtbot, window, glib, pango, batch)
    assert text == ("Imported 1 new; already in the library: “GLib”, “Pango”; "
                    "skipped 1 file of other types: notes.docx")


def _outcome(status: str, title: str, same_as: str = "") -> ImportOutcome:
    return ImportOutcome(f"/in/{title}.md", status, title.lower(), title, same_as)


def test_status_line_wording() -> None:
    report = ImportReport([_outcome("added", "A"), _outcome("added", "B"),
                           _outcome("new_version", "C"), *(_outcome("unchanged", t)
                                                           for t in "DEFGH")],
                          refused=[("/in/x.md", "not UTF-8")], cancelled=2)
    assert import_status(report) == (
        "Imported 2 new, new version of “C”; already in the library: “D”, “E”, “F” and 2 more"
        "; stopped before 2 more files, 1 refused")
    assert import_status(ImportReport([_outcome("restored", "T")])) == \
        "“T” was in the trash: restored with its annotations"
    assert import_status(ImportReport(skipped=["a.odt"])) == (
        "No supported files (.txt .md .markdown .html .htm .epub .pdf) found; "
        "skipped 1 file of other types: a.odt")
