"""Searching from the window: the Search tab brought up, its chips offered from
what the library holds, a chosen hit opened with every hit of its document painted,
and F3 / Shift+F3 stepping through them (or through the find bar's).

The search itself runs on the search worker, driven by the panel
(:mod:`ui.window.search.panel`); this is what the window does with it.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from index.search import SearchHit, SearchResults

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


class SearchActions(QObject):
    """The Edit menu's search and find items, and the hits the panel opens."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def show_search(self) -> None:
        window = self.window
        window.show_sidebar(True)
        window.tabs.setCurrentWidget(window.search_panel)
        window.search_panel.focus_query()

    def refresh_choices(self) -> None:
        """Offer the library's languages, and its tags most used first, as chips."""
        window = self.window
        langs = sorted({lang for row in window.library_model.rows for lang in row.languages})
        counts = Counter(tag for h in window.services.annotations.all_highlights()
                         for tag in h.tags)
        tags = sorted(counts, key=lambda t: (-counts[t], t))
        window.search_panel.set_choices(langs, tags)

    def open_hit(self, hit: SearchHit, results: SearchResults) -> None:
        """Open the hit's document in the active pane, every hit of it painted; a
        note's hit selects its highlight, with the document's text hits around it."""
        pane = self.window.active_pane()
        if not pane.open_document(hit.doc_id, keep_if_open=True):
            return
        if hit.kind == "annotation":
            text_hits = next((h.hits for h in results.hits
                              if h.doc_id == hit.doc_id and h.kind == "document"), [])
            pane.show_hits(list(text_hits), hit.highlight_id)
        else:  # at the match its snippet shows, not the document's first (a contents page)
            shown = next((i for i, (start, _) in enumerate(hit.hits) if start == hit.at), 0)
            pane.show_hits(list(hit.hits), current=shown)
        count = len(pane.view.hits)
        if count > 1:
            text = self.tr("Match {number} of %n in this document · F3 next, Shift+F3 "
                           "previous", "", count).format(number=pane.view.current_hit + 1)
        else:
            text = self.tr("1 match in this document · F3 next, Shift+F3 previous") \
                if count else ""
        self.window.status_label.setText(text)

    def step_hit(self, step: int) -> None:
        self.window.active_pane().step_hit(step)

    def find_in_document(self) -> None:
        self.window.active_pane().find_bar.open_bar()
