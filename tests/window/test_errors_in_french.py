"""Errors shown in the reader's language (issue 18): with the French part of the
translations installed, the window says the domain's refusals in French, while an
error that has no template (or no translation) keeps its English words."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from reader.errors import MarginaliaError, NeedsPassword, NotFound, said
from reader.importers import pdf_import
from tests.cli.test_pdf_password_cli import locked
from ui.window.errors import in_words

if TYPE_CHECKING:
    from tests.window.conftest import Windows

ROOT = Path(__file__).resolve().parents[2]
PART = ROOT / "ui" / "translations" / "marginalia_fr.ts"
NBSP = "\u00a0"


@pytest.fixture(scope="module")
def french_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The French part compiled as the lead's merge will compile it."""
    qm = tmp_path_factory.mktemp("qm") / "errors_fr.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(PART), "-qm", str(qm)], check=True,
                   capture_output=True, timeout=60)
    return qm


@pytest.fixture
def french(qapp: QApplication, french_qm: Path) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(french_qm))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def _epub_without_container() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
    return buffer.getvalue()


def test_import_refusals_are_listed_in_french(windows: Windows, qtbot, tmp_path: Path,
                                              french: QTranslator) -> None:
    window = windows.build(tmp_path / "data", seeds=False, show=True)
    files = {"broken.epub": b"PK\x03\x04 cut short", "empty.pdf": b"",
             "box.epub": _epub_without_container()}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    window.imports.import_files([str(tmp_path / name) for name in files])
    qtbot.waitUntil(lambda: bool(_boxes()), timeout=20_000)
    text = _boxes()[0].text()
    assert "pas un EPUB (pas une archive zip)" in text
    assert f"pas un PDF ou endommagé{NBSP}: le fichier est vide" in text
    assert "pas un EPUB (pas de META-INF/container.xml)" in text
    assert "not an EPUB" not in text and "damaged" not in text


def test_a_locked_pdf_is_refused_in_french_and_still_asked_for(
        windows: Windows, qtbot, tmp_path: Path, french: QTranslator,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(NeedsPassword) as caught:
        pdf_import.parse("locked.pdf", locked(tmp_path / "locked.pdf").read_bytes(), "guess")
    assert str(caught.value) == "locked.pdf: wrong password"  # the command line's words
    assert in_words(caught.value) == f"locked.pdf{NBSP}: mot de passe incorrect"
    prompts: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(
        lambda parent, title, label, echo: (prompts.append(label), ("", False))[1]))
    window = windows.build(tmp_path / "data", seeds=False, show=True)
    window.imports.import_files([str(tmp_path / "locked.pdf")], password="guess")
    qtbot.waitUntil(lambda: bool(prompts), timeout=20_000)
    assert "locked.pdf" in prompts[0]
    assert window.library_model.rows == [] and not _boxes()  # asked, not listed as refused


def test_a_failed_write_is_shown_in_french(windows: Windows, qtbot, tmp_path: Path,
                                           french: QTranslator) -> None:
    window = windows.build(tmp_path / "data", seeds=False, show=True)
    window.worker.run(lambda services, report: services.library.get("d-404"), None,
                      window.show_error)
    expected = f"d-404{NBSP}: document introuvable"
    qtbot.waitUntil(lambda: window.status_label.text() == expected, timeout=20_000)


def test_an_error_without_a_translation_keeps_its_english(windows: Windows, qtbot,
                                                          tmp_path: Path,
                                                          french: QTranslator) -> None:
    window = windows.build(tmp_path / "data", seeds=False, show=True)
    window.show_error(MarginaliaError("something nobody foresaw"))
    assert window.status_label.text() == "something nobody foresaw"
    assert in_words(said("{what} was never translated", what="this")) == \
        "this was never translated"
    assert in_words("a message already in words") == "a message already in words"
    assert in_words(ValueError("not ours")) == "not ours"


class _Misfit(QTranslator):
    """A translation naming a placeholder its template does not have."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return "{nowhere} : introuvable" if context == "Errors" else ""


def test_a_translation_that_does_not_fit_falls_back_to_english(qapp: QApplication) -> None:
    misfit = _Misfit()
    QCoreApplication.installTranslator(misfit)
    try:
        error = NotFound(said("{doc_id}: no such document", doc_id="d-1"))
        assert in_words(error) == "d-1: no such document"
    finally:
        QCoreApplication.removeTranslator(misfit)


def test_undo_and_redo_name_what_they_would_do_in_french(windows: Windows, qtbot,
                                                           french: QTranslator) -> None:
    window = windows.open("001")
    doc = window.current
    assert doc is not None
    window.create_highlight(10, 30, "blue")
    qtbot.waitUntil(lambda: window.menus.undo_action.isEnabled())
    assert window.menus.undo_action.text() == "Annuler la création du surlignage"
    window.undo()
    qtbot.waitUntil(lambda: window.menus.redo_action.isEnabled())
    assert window.menus.redo_action.text() == "Rétablir la création du surlignage"


def test_the_user_guide_is_the_readmes_french_section_in_french(french: QTranslator) -> None:
    from ui.window.help.guide import guide_html

    shown = guide_html()
    assert "Utilisation" in shown and "Surligner" in shown and "Using it" not in shown
