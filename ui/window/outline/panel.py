"""The outline panel beside a pane's text: sections, then bookmarks (View → Outline).

Each pane has its own, left of its text (in the text's column, so the pane's
splitter keeps its two sides), hidden until asked for. It follows the
view: a new document or new highlights re-read it (the counts), scrolling marks the
section being read (bold and selected), a click goes there through the pane's
:class:`LinkFollower`, so Back (Alt+Left) returns. A hidden panel does no work: it
catches up when shown. The panel also owns the pane's link following and bookmark
commands, so the pane builds one object for all of issue 17.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPoint, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QMenu, QSizePolicy, QTreeView, QVBoxLayout, QWidget

from reader.bookmarks import Bookmark
from reader.locations import Locator
from ui.window.outline.bookmarks import BookmarkActions
from ui.window.outline.links import LinkFollower
from ui.window.outline.model import (
    ID_ROLE,
    KIND_ROLE,
    OFFSET_ROLE,
    OutlineModel,
    Section,
    counts,
    current_section,
    sections,
)

if TYPE_CHECKING:
    from ui.window.reading.pane import ReadingPane

log = logging.getLogger(__name__)

NO_SECTIONS = QT_TRANSLATE_NOOP("OutlinePanel", "This document has no headings.")
PANEL_WIDTH = 240


class OutlinePanel(QWidget):
    def __init__(self, pane: ReadingPane) -> None:
        super().__init__(pane)
        self.pane = pane
        self.view = pane.view
        self.links = LinkFollower(self.view, pane.failed.emit, self._open_ref, self)
        self.bookmarks = BookmarkActions(pane, self.view, pane.services, pane.worker,
                                         lambda: pane.current, pane.failed.emit)
        self.model = OutlineModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setAccessibleName(self.tr("Outline"))
        self.tree.setAccessibleDescription(self.tr("The document's sections, then its "
                                                   "bookmarks: activate one to go there"))
        self.empty = QLabel(self.tr(NO_SECTIONS), self)
        self.empty.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 0, 0)
        box.addWidget(self.empty)
        box.addWidget(self.tree, 1)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.marks: list[Bookmark] = []
        self._loaded: tuple[str, int] | None = None  # (document, version) shown
        self._stale = True
        self.tree.clicked.connect(self.activate)
        self.tree.activated.connect(self.activate)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.view.content_changed.connect(self.refresh)
        self.view.viewport_moved.connect(self.follow_scroll)
        pane.opened.connect(self._opened)
        self.hide()

    def set_shown(self, shown: bool) -> None:
        """Show or hide the panel (left of the text, in the text's own column)."""
        self.setVisible(shown)

    def sizeHint(self) -> QSize:
        return QSize(PANEL_WIDTH, super().sizeHint().height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- reading the document --------------------------------------------------------
    def refresh(self) -> None:
        """A new document or new highlights: re-read what changed (when shown)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        doc = self.view.document_
        key = (doc.id, doc.version_id) if doc is not None else None
        if key != self._loaded:
            self._loaded = key
            found = sections(doc.body) if doc is not None else []
            self.model.load(found, counts(found, self.view.highlights))
            self.empty.setVisible(doc is not None and not found)
            self.show_bookmarks()
            self.tree.expandToDepth(0)
        else:
            self.model.set_counts(counts(self.model.sections, self.view.highlights))
        self.follow_scroll()

    def show_bookmarks(self) -> None:
        doc = self.view.document_
        self.marks = self.bookmarks.read(doc.id) if doc is not None else []
        if doc is not None:
            self.model.set_bookmarks(doc.body, self.marks, Locator(doc.body, doc.title))
            if self.model.bookmarks_item is not None:
                self.tree.expand(self.model.bookmarks_item.index())

    def follow_bookmarks(self, doc_ids: set[str]) -> None:
        """A write changed these documents' bookmarks (ui/window/following.py)."""
        doc = self.view.document_
        if doc is None or doc.id not in doc_ids:
            return
        if self.isVisible() and not self._stale:
            self.show_bookmarks()
        else:
            self._stale, self._loaded = True, None

    def follow_scroll(self) -> None:
        """Mark the section at the top of the view as the one being read."""
        if not self.isVisible() or self._stale or not self.model.sections:
            return
        item = self.model.set_current(current_section(self.model.starts,
                                                      self.view.offset_at_top()))
        if item is not None and self.tree.currentIndex() != item.index():
            self.tree.setCurrentIndex(item.index())
            self.tree.scrollTo(item.index())

    @property
    def sections(self) -> list[Section]:
        return self.model.sections

    # -- going there -------------------------------------------------------------------
    def activate(self, index: QModelIndex) -> None:
        offset = index.data(OFFSET_ROLE)
        if index.data(KIND_ROLE) in ("section", "bookmark") and offset is not None:
            self.links.jump(int(offset))

    def bookmark_of(self, index: QModelIndex) -> Bookmark | None:
        if index.data(KIND_ROLE) != "bookmark":
            return None
        return next((b for b in self.marks if b.id == index.data(ID_ROLE)), None)

    def menu_for(self, index: QModelIndex) -> QMenu | None:
        """The context menu of a bookmark's row: rename, remove."""
        bookmark = self.bookmark_of(index)
        if bookmark is None:
            return None
        menu = QMenu(self)
        menu.addAction(self.tr("&Rename bookmark…")).triggered.connect(
            lambda: self.bookmarks.rename(bookmark))
        menu.addAction(self.tr("Re&move bookmark")).triggered.connect(
            lambda: self.bookmarks.remove(bookmark))
        return menu

    def _context_menu(self, at: QPoint) -> None:
        menu = self.menu_for(self.tree.indexAt(at))
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(at))
            menu.deleteLater()

    def _opened(self, _: str) -> None:
        """A new document: no history in it yet; a pane opened beside shows its outline
        as the others do."""
        self.links.clear()
        actions = getattr(getattr(self.pane.window(), "menus", None), "outline", None)
        if actions is not None and actions.shown() != self.isVisible():
            self.set_shown(actions.shown())

    def _open_ref(self, link: str) -> None:
        """A ``marginalia://`` link in a text opens as ``marginalia --open`` does."""
        from ui.window.app import open_link  # the composition root imports this panel

        open_link(self.pane.window(), link)


def show_outlines(panes: list[ReadingPane], shown: bool) -> None:
    """View → Outline: every pane's panel shown or hidden."""
    for pane in panes:
        pane.outline.set_shown(shown)
