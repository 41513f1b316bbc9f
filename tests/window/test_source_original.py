"""The original of an EPUB or a web page beside the text (issue 17): the widget alone,
on a library built with real services."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QPoint, Qt, QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from reader.model import Document, Highlight
from tests.reader.test_epub_import import chapter, epub, opf
from tests.reader.test_original_source import png
from ui.services import Services
from ui.window.original.source_view import THROTTLE_MS, SourceOriginal
from ui.window.theme import DARK, LIGHT

WEB = Path(__file__).resolve().parent.parent / "reader" / "data" / "web"
IMAGE = int(QTextDocument.ResourceType.ImageResource)
FILLER = " ".join(f"Sentence {n} of the harbour chapter, told at leisure." for n in range(80))


def make_book(folder: Path) -> Path:
    items = [("one", "text/one.xhtml"), ("two", "text/two.xhtml")]
    data = epub({
        "OEBPS/content.opf": opf(items, '<itemref idref="one"/><itemref idref="two"/>',
                                 extra_manifest='<item id="map" href="images/map.png" '
                                                'media-type="image/png"/>'),
        "OEBPS/text/one.xhtml": chapter(
            "<h1>The Harbour</h1><ol><li>ropes and nets</li><li>oars</li></ol>"
            "<p>The boats came in <em>before the storm</em>, and the gulls followed.</p>"
            '<p><img src="../images/map.png" alt="A map of the bay"/></p>'
            f"<p>{FILLER}</p>"),
        "OEBPS/text/two.xhtml": chapter(
            "<h1>The Lighthouse</h1><p>A keeper climbed the stair every evening at dusk.</p>"
            f"<p>{FILLER}</p>"),
        "OEBPS/images/map.png": png(),
    })
    path = folder / "harbour.epub"
    path.write_bytes(data)
    return path


@pytest.fixture
def library(empty_services: Services, tmp_path: Path) -> Services:
    report = empty_services.import_paths([str(make_book(tmp_path)),
                                          str(WEB / "wordpress_post.html")])
    assert len(report.outcomes) == 2, report.refused
    return empty_services


def opened(services: Services, name: str) -> tuple[Document, Path]:
    row = next(r for r in services.library.list_documents() if r.source_name == name)
    return services.library.get(row.id), services.library.original_path(row.id)


def mark(services: Services, doc: Document, phrase: str, color: str) -> Highlight:
    start = doc.text.index(phrase)
    return services.annotations.create(doc.id, start, start + len(phrase), color)[0]


@pytest.fixture
def view(qtbot: QtBot) -> SourceOriginal:
    widget = SourceOriginal(LIGHT)
    qtbot.addWidget(widget)
    widget.resize(640, 420)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def qt_span(view: SourceOriginal, phrase: str) -> tuple[int, int]:
    plain = view.document().toPlainText()
    start = plain.index(phrase)
    return view.offsets.to_qt(start), view.offsets.to_qt(start + len(phrase))


def point_at(view: SourceOriginal, position: int, right: bool = False) -> QPoint:
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    rect = view.cursorRect(cursor)
    return QPoint(rect.left() + (-1 if right else 1), rect.center().y())


def test_a_selection_on_the_original_is_a_canonical_span(
        qtbot: QtBot, library: Services, view: SourceOriginal) -> None:
    doc, original = opened(library, "harbour.epub")
    with qtbot.waitSignal(view.loaded):
        view.load(doc, original, [])
    lo, hi = qt_span(view, "before the storm")
    with qtbot.waitSignal(view.selected) as got:
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=point_at(view, lo))
        qtbot.mouseMove(view.viewport(), point_at(view, hi, right=True))
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton,
                           pos=point_at(view, hi, right=True))
    start = doc.text.index("before the storm")
    assert got.args == [start, start + len("before the storm")]


def test_highlights_are_painted_at_their_text_and_a_click_selects_one(
        qtbot: QtBot, library: Services, view: SourceOriginal) -> None:
    doc, original = opened(library, "harbour.epub")
    gulls = mark(library, doc, "the gulls followed", "green")
    keeper = mark(library, doc, "A keeper climbed the stair", "pink")
    with qtbot.waitSignal(view.loaded):
        view.load(doc, original, [gulls, keeper])
    painted = {s.cursor.selectedText(): s.format.background().color()
               for s in view.extraSelections()}
    assert painted == {"the gulls followed": LIGHT.highlight("green"),
                       "A keeper climbed the stair": LIGHT.highlight("pink")}
    lo, hi = qt_span(view, "the gulls followed")
    with qtbot.waitSignal(view.highlight_clicked) as clicked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=point_at(view, (lo + hi) // 2))
    assert clicked.args == [gulls.id]
    view.set_highlights([gulls, keeper], gulls.id)
    view.set_theme(DARK)
    colours = [s.format.background().color() for s in view.extraSelections()]
    assert DARK.highlight("green", strong=True) in colours
    assert DARK.highlight("pink") in colours


def test_show_offset_scrolls_there_without_saying_so_back(
        qtbot: QtBot, library: Services, view: SourceOriginal) -> None:
    doc, original = opened(library, "harbour.epub")
    with qtbot.waitSignal(view.loaded):
        view.load(doc, original, [])
    target = doc.text.index("A keeper climbed")
    with qtbot.assertNotEmitted(view.offset_shown, wait=THROTTLE_MS * 3):
        view.show_offset(target)
    bar = view.verticalScrollBar()
    assert bar.value() > 0
    lo, _ = qt_span(view, "A keeper climbed")
    assert abs(point_at(view, lo).y()) < 40  # its line is at the top
    there = bar.value()
    bar.setValue(0)
    with qtbot.waitSignal(view.offset_shown) as shown:  # the reader scrolls back down
        bar.setValue(there)
    assert target - 2 <= shown.args[0] <= target
    view.set_theme(DARK)  # built again in the theme's colours, and kept where it was
    assert DARK.accent in view.document().defaultStyleSheet()
    assert target - 2 <= view.offset_at_top() <= target


def test_only_the_books_own_images_are_loaded(
        qtbot: QtBot, tmp_path: Path, library: Services, view: SourceOriginal) -> None:
    doc, original = opened(library, "harbour.epub")
    with qtbot.waitSignal(view.loaded):
        view.load(doc, original, [])
    own = view.loadResource(IMAGE, QUrl("epub:/OEBPS/images/map.png"))
    assert isinstance(own, QImage) and own.width() == 1
    local = tmp_path / "local.png"
    local.write_bytes(png())
    for url in (QUrl("http://example.com/x.png"), QUrl("https://example.com/x.png"),
                QUrl.fromLocalFile(str(local)), QUrl("local.png"),
                QUrl("epub:/OEBPS/content.opf"), QUrl("epub:/OEBPS/text/one.xhtml")):
        answer = view.loadResource(IMAGE, url)
        assert isinstance(answer, QByteArray) and answer.isEmpty(), url.toString()
        # and the document asks no one else: Qt would read a local file itself on None
        resource = view.document().resource(IMAGE, url)
        assert not isinstance(resource, QImage) and not resource, url.toString()
    sheet = int(QTextDocument.ResourceType.StyleSheetResource)
    assert view.loadResource(sheet, QUrl("http://example.com/site.css")).isEmpty()


def test_a_web_page_shown_whole_selects_in_its_article(
        qtbot: QtBot, library: Services, view: SourceOriginal) -> None:
    doc, original = opened(library, "wordpress_post.html")
    assert "Skip to the content" not in doc.text  # the article only
    with qtbot.waitSignal(view.loaded):
        view.load(doc, original, [])
    assert "Skip to the content" in view.document().toPlainText()  # the page whole
    phrase = "time does the kneading"
    lo, hi = qt_span(view, phrase)
    start = doc.text.index(phrase)
    assert view.canonical_span(lo, hi) == (start, start + len(phrase))
    view.set_highlights([mark(library, doc, phrase, "blue")], None)
    assert [s.cursor.selectedText() for s in view.extraSelections()] == [phrase]


def test_an_original_that_cannot_be_read_is_said_in_words(
        qtbot: QtBot, tmp_path: Path, library: Services, view: SourceOriginal) -> None:
    doc, _ = opened(library, "harbour.epub")
    with qtbot.waitSignal(view.problem) as problem:
        view.load(doc, tmp_path / "gone.epub", [])
    assert problem.args == ["harbour.epub: cannot read (no such file or folder)", False]
    assert "harbour.epub: cannot read" in view.toPlainText()
    view.show_offset(10)  # nothing to follow, and nothing breaks
    assert view.extraSelections() == []


def test_an_original_is_read_and_aligned_off_the_gui_thread_and_goes_where_asked(
        qtbot: QtBot, library: Services, view: SourceOriginal) -> None:
    """``load`` returns before the file is read (the window never waits on it); what
    was asked meanwhile — highlights, a place to show — is there once it is ready."""
    doc, original = opened(library, "harbour.epub")
    keeper = mark(library, doc, "A keeper climbed the stair", "pink")
    view.load(doc, original, [keeper])
    assert view.mapping is None and view.toPlainText() == "Opening the original…"
    view.show_offset(doc.text.index("A keeper climbed"))
    with qtbot.waitSignal(view.loaded):
        pass
    assert [s.cursor.selectedText() for s in view.extraSelections()] == [
        "A keeper climbed the stair"]
    lo, _ = qt_span(view, "A keeper climbed")
    assert view.verticalScrollBar().value() > 0 and abs(point_at(view, lo).y()) < 40


def test_an_original_left_before_it_was_ready_is_never_shown(
        qtbot: QtBot, library: Services, view: SourceOriginal) -> None:
    book, book_file = opened(library, "harbour.epub")
    page, page_file = opened(library, "wordpress_post.html")
    view.load(book, book_file, [])
    with qtbot.waitSignal(view.loaded):
        view.load(page, page_file, [])
    with qtbot.assertNotEmitted(view.loaded, wait=300):  # the book's answers are dropped
        pass
    assert "Skip to the content" in view.document().toPlainText()
    assert "The Harbour" not in view.document().toPlainText()
    view.load(book, book_file, [])
    view.shutdown()  # the window closing: waits for the running step, shows nothing more
    with qtbot.assertNotEmitted(view.loaded, wait=300):
        pass


def test_a_bug_while_preparing_is_said_not_lost(
        qtbot: QtBot, library: Services, view: SourceOriginal, monkeypatch) -> None:
    """An unexpected error on the preparer's thread reaches the panel in words (and the
    log), never a silent blank original."""
    import ui.window.original.source_view as source_view

    def broken(*_: object) -> None:
        raise ValueError("a bug")

    monkeypatch.setattr(source_view, "read_original", broken)
    doc, original = opened(library, "harbour.epub")
    with qtbot.waitSignal(view.problem) as problem:
        view.load(doc, original, [])
    assert problem.args == ["it could not be prepared (ValueError)", False]
    assert "The original cannot be shown." in view.toPlainText()


def test_a_long_line_of_code_wraps_instead_of_scrolling_the_page_sideways(
        qtbot: QtBot, tmp_path: Path, empty_services: Services, view: SourceOriginal) -> None:
    code = "sudo apt-get install " + " ".join(f"package-number-{n}" for n in range(40))
    data = epub({"OEBPS/content.opf": opf([("c", "c.xhtml")], '<itemref idref="c"/>'),
                 "OEBPS/c.xhtml": chapter(f"<h1>Setup</h1><pre>{code}</pre><p>Then.</p>")})
    source = tmp_path / "setup.epub"
    source.write_bytes(data)
    empty_services.import_paths([str(source)])
    doc, original = opened(empty_services, "setup.epub")
    with qtbot.waitSignal(view.loaded):
        view.load(doc, original, [])
    assert view.horizontalScrollBar().maximum() == 0
    assert code in view.document().toPlainText()  # wrapped, not changed
