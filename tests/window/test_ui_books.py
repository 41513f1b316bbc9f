"""Books in the window: an encrypted PDF asks for its password (never kept), a scanned
one says how many pages had no text, and a PDF's highlights say their page."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from tests.cli.test_pdf_password_cli import locked
from tests.reader import pdf_samples

if TYPE_CHECKING:
    from tests.window.conftest import Windows


def boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def _answers(monkeypatch: pytest.MonkeyPatch, *replies: tuple[str, bool]) -> list[str]:
    """QInputDialog.getText answers ``replies`` in turn; returns the prompts it was shown."""
    prompts: list[str] = []
    queue = list(replies)

    def get_text(parent, title, label, echo):  # type: ignore[no-untyped-def]
        prompts.append(label)
        return queue.pop(0)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    return prompts


def test_an_encrypted_pdf_asks_for_its_password_until_it_opens(
        windows: Windows, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = windows.build(tmp_path / "data", seeds=False, show=True)
    prompts = _answers(monkeypatch, ("guess", True), ("sesame", True))
    window.imports.import_files([str(locked(tmp_path / "locked.pdf"))])
    qtbot.waitUntil(lambda: len(window.library_model.rows) == 1, timeout=20_000)
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    qtbot.waitUntil(lambda: len(prompts) == 2)
    assert len(prompts) == 2 and "“locked.pdf” is encrypted." in prompts[0]
    assert "did not open it" in prompts[1] and "never stored" in prompts[1]
    assert window.library_model.rows[0].title == "Locked"
    assert not boxes()  # asked, not refused


def test_cancelling_the_password_leaves_the_file_out(
        windows: Windows, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = windows.build(tmp_path / "data", seeds=False, show=True)
    prompts = _answers(monkeypatch, ("", False))
    window.imports.import_files([str(locked(tmp_path / "locked.pdf"))])
    qtbot.waitUntil(lambda: len(prompts) == 1, timeout=20_000)
    assert window.library_model.rows == []
    assert "refused" in window.status_label.text()


def test_a_half_scanned_pdf_is_imported_and_says_so(windows: Windows, qtbot,
                                                     tmp_path: Path) -> None:
    window = windows.build(tmp_path / "data", seeds=False, show=True)
    pdf = tmp_path / "half.pdf"
    pdf.write_bytes(pdf_samples.scans(3, 2))
    window.imports.import_files([str(pdf)])
    qtbot.waitUntil(lambda: len(window.library_model.rows) == 1, timeout=20_000)
    qtbot.waitUntil(lambda: bool(boxes()))  # with the import's result, after its Changes
    assert len(boxes()) == 1 and "2 of 5 pages have no text: scanned?" in boxes()[0].text()
    assert window.library_model.rows[0].title
    boxes()[0].close()
