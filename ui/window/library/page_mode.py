"""Library → Read the whole page: a web page shown whole (site chrome and all) instead
of its article, and back. The switch is a new version made on the write worker
(:mod:`reader.page_modes`); the pane then shows it afresh, its highlights re-anchored."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from reader.changes import Changes
from reader.formats import WEB_PAGES
from reader.page_modes import set_whole_page

if TYPE_CHECKING:
    from ui.services import Services
    from ui.window.main_window import MainWindow
    from ui.window.workers.write import WriteWorker


class WholePageSwitch(QObject):
    """The checkable action, about the active pane's document."""

    def __init__(self, window: MainWindow, worker: WriteWorker) -> None:
        super().__init__(window)
        self.window, self.worker = window, worker
        self.action = QAction(self.tr("Read the &whole page"), window)
        self.action.setCheckable(True)
        self.action.setStatusTip(self.tr("Show this web page as it is, site menus and "
                                         "footers included, instead of its article"))
        self.action.triggered.connect(self.switch)

    def follow(self) -> None:
        """Checked and enabled for the open document (when the menu opens)."""
        doc = self.window.active_pane().current
        is_page = doc is not None and doc.source_name.lower().endswith(WEB_PAGES)
        self.action.setEnabled(is_page)
        self.action.setChecked(bool(is_page and doc is not None and doc.whole_page))

    def switch(self, whole: bool) -> None:
        pane = self.window.active_pane()
        if pane.current is None:
            return
        doc_id, title = pane.current.id, pane.current.title
        self.window.flush_edits()
        self.window.save_reading_position()

        def operation(services: Services, _report: object) -> Changes:
            changes = set_whole_page(services.library, doc_id, whole)
            services.apply(changes)
            return changes

        def done(_changes: Changes) -> None:
            self.window.library_actions.reopen([doc_id])
            text = self.tr("Showing the whole page of “{title}”") if whole else \
                self.tr("Showing the article of “{title}”")
            self.window.status_label.setText(text.format(title=title[:60]))

        self.worker.run(operation, done, self.window.show_error)
