"""The outline panel (issue 17): a book's sections as a tree, click to go, the
current section followed as the reader scrolls, highlights counted per section."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt

from reader.paths import DataPaths
from tests.reader.test_epub_import import chapter, epub, opf
from ui.services import open_services
from ui.window.outline.model import KIND_ROLE

if TYPE_CHECKING:
    from tests.window.conftest import Windows
    from ui.window.main_window import MainWindow

NAV = ('<nav epub:type="toc"><ol><li><a href="c1.xhtml">Chapter One</a></li>'
       '<li><a href="c2.xhtml">Chapter Two</a><ol><li><a href="c2.xhtml#deep">A Deeper Part</a>'
       '</li></ol></li><li><a href="c3.xhtml">Chapter Three</a></li></ol></nav>')


def filler(word: str, count: int = 40) -> str:
    return "".join(f"<p>{word} paragraph {i} of the chapter, long enough to wrap a line "
                   f"or so in the reading view.</p>" for i in range(count))


def write_book(folder: Path) -> Path:
    """Three chapters, a nested section, a cross-chapter link, a footnote, a link out."""
    files: dict[str, str | bytes] = {
        "OEBPS/content.opf": opf([("c1", "c1.xhtml"), ("c2", "c2.xhtml"), ("c3", "c3.xhtml"),
                                  ("n", "notes.xhtml")],
                                 '<itemref idref="c1"/><itemref idref="c2"/>'
                                 '<itemref idref="c3"/><itemref idref="n" linear="no"/>',
                                 extra_manifest='<item id="nav" href="nav.xhtml" '
                                 'media-type="application/xhtml+xml" properties="nav"/>'),
        "OEBPS/nav.xhtml": chapter(NAV),
        "OEBPS/c1.xhtml": chapter(
            '<h1>Chapter One</h1><p>Go to <a href="c3.xhtml#goal">the goal</a>, read a '
            'note<a href="notes.xhtml#n1">1</a>, or leave for '
            '<a href="https://example.org/away">the web</a>.</p>' + filler("First")),
        "OEBPS/c2.xhtml": chapter('<h1>Chapter Two</h1>' + filler("Second", 20)
                                  + '<h2 id="deep">A Deeper Part</h2>' + filler("Deeper", 20)),
        "OEBPS/c3.xhtml": chapter('<h1>Chapter Three</h1>' + filler("Third", 10)
                                  + '<p id="goal">The goal is here.</p>' + filler("Last", 30)),
        "OEBPS/notes.xhtml": chapter('<p id="n1">The first note says little.</p>')}
    path = folder / "book.epub"
    path.write_bytes(epub(files))
    return path


def import_file(data_dir: Path, path: Path) -> str:
    svc = open_services(DataPaths(data_dir))
    try:
        report, changes = svc.library.import_paths([path])
        svc.apply(changes)
        return report.outcomes[0].document_id
    finally:
        svc.close()


def open_book(windows: Windows, qtbot, data_dir: Path, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    doc_id = import_file(data_dir, write_book(tmp_path))
    window = windows.build()
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.open_document(doc_id)
    return window


def show_outline(window: MainWindow) -> None:
    action = window.menus.outline.outline_action
    assert action is not None and action.shortcut().toString() == "Ctrl+Shift+O"
    action.trigger()
    assert window.primary.outline.isVisible() and window.primary.outline.width() > 100


def rows(model, parent: QModelIndex | None = None, depth: int = 0) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    parent = parent or QModelIndex()
    found = []
    for r in range(model.rowCount(parent)):
        index = model.index(r, 0, parent)
        found.append((depth, index.data()))
        found += rows(model, index, depth + 1)
    return found


def test_the_books_outline_as_a_tree_and_a_click_goes_there(windows: Windows, qtbot,
                                                           data_dir: Path, tmp_path: Path) -> None:
    window = open_book(windows, qtbot, data_dir, tmp_path)
    show_outline(window)
    panel = window.primary.outline
    assert rows(panel.model) == [(0, "Chapter One"), (0, "Chapter Two"),
                                 (1, "A Deeper Part"), (0, "Chapter Three")]
    view = window.view
    deep = panel.model.section_items[2]
    rect = panel.tree.visualRect(deep.index())
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    target = panel.sections[2].start
    assert window.current is not None
    body = window.current.body
    qtbot.waitUntil(lambda: body.block_at(view.offset_at_top()) == body.block_at(target))
    assert window.current.text[target:].startswith("A Deeper Part")
    # the section being read is marked, bold and selected
    qtbot.waitUntil(lambda: panel.model.current == 2)
    assert deep.font().bold() and panel.tree.currentIndex() == deep.index()
    assert not panel.model.section_items[1].font().bold()


def test_the_current_section_follows_scrolling(windows: Windows, qtbot,
                                               data_dir: Path, tmp_path: Path) -> None:
    window = open_book(windows, qtbot, data_dir, tmp_path)
    show_outline(window)
    panel, view = window.primary.outline, window.view
    assert window.current is not None
    starts = [s.start for s in panel.sections] + [len(window.current.text)]
    for i in (3, 0, 1):
        view.scroll_to_offset((starts[i] + starts[i + 1]) // 2)  # its own words' middle
        qtbot.waitUntil(lambda i=i: panel.model.current == i)
        assert panel.tree.currentIndex() == panel.model.section_items[i].index()
    assert [panel.model.section_items[i].font().bold() for i in range(4)] == \
        [False, True, False, False]


def test_highlights_are_counted_per_section(windows: Windows, qtbot,
                                            data_dir: Path, tmp_path: Path) -> None:
    window = open_book(windows, qtbot, data_dir, tmp_path)
    show_outline(window)
    panel = window.primary.outline
    assert window.current is not None
    text = window.current.text
    for quote in ("Deeper paragraph 3 ", "Deeper paragraph 5 ", "Third paragraph 2 "):
        start = text.index(quote)
        before = len(window.highlights)
        window.create_highlight(start, start + len(quote) - 1, "yellow")
        qtbot.waitUntil(lambda b=before: len(window.highlights) == b + 1)
    labels = [item.text() for item in panel.model.section_items]
    # Chapter Two holds its deeper part's two; the deeper part its own two
    assert labels == ["Chapter One", "Chapter Two  (2)", "A Deeper Part  (2)",
                      "Chapter Three  (1)"]


def test_a_text_without_an_outline_lists_its_headings_or_says_it_has_none(
        window: MainWindow, qtbot, data_dir: Path, tmp_path: Path) -> None:
    show_outline(window)
    panel = window.primary.outline
    assert window.current is not None
    headings = [b for b in window.current.body.blocks if b.kind == "heading"]
    assert [s.start for s in panel.sections] == [b.start for b in headings]
    assert all(panel.model.index(r, 0).data(KIND_ROLE) == "section"
               for r in range(panel.model.rowCount()))
    source = tmp_path / "flat.md"
    source.write_text("just words\n\nand more words\n", encoding="utf-8")
    window.imports.import_files([str(source)])
    qtbot.waitUntil(lambda: any(r.source_name == "flat.md" for r in window.library_model.rows))
    window.open_document(next(r.id for r in window.library_model.rows
                              if r.source_name == "flat.md"))
    qtbot.waitUntil(lambda: panel.empty.isVisible())
    assert panel.model.rowCount() == 0


def test_a_pane_opened_beside_shows_its_outline_too(window: MainWindow, qtbot) -> None:
    show_outline(window)
    other = next(r.id for r in window.library_model.rows if r.source_name.startswith("002"))
    window.side_by_side.open_beside(other)
    qtbot.waitUntil(lambda: len(window.panes) == 2 and window.panes[1].current is not None)
    assert window.panes[1].outline.isVisible()
    beside = window.panes[1].current
    assert beside is not None and [s.start for s in window.panes[1].outline.sections] == \
        [b.start for b in beside.body.blocks if b.kind == "heading"]
    window.menus.outline.outline_action.trigger()  # hidden again, in both
    assert not any(p.outline.isVisible() for p in window.panes)
