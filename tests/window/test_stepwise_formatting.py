"""A long document opens on its first screen formatted; the rest is formatted from
idle turns of the event loop, the reader's place kept (``reading/stepwise.py``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QTextCursor

from ui.window.reading.block_styles import MONO_FAMILIES
from ui.window.reading.text_document import Formatter, build_document
from ui.window.theme import LIGHT


def _long_page(path: Path, sections: int = 700) -> Path:
    parts = [f"<h2>Section {i}</h2><p>Prose of section {i} with <code>call_{i}()</code> "
             f"inside it.</p><ul><li>first point {i}</li><li>second point {i}</li></ul>"
             for i in range(sections)]
    path.write_text(f"<html><head><title>Long</title></head><body><article>{''.join(parts)}"
                    "</article></body></html>", encoding="utf-8")
    return path


def _is_mono(view: Any, offset: int) -> bool:
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_qt(offset) + 1)
    return cursor.charFormat().fontFamilies() == MONO_FAMILIES


def test_a_long_page_opens_formatted_where_it_is_read_then_everywhere(
        windows: Any, qtbot: Any, tmp_path: Path) -> None:
    window = windows.build(seeds=False, show=True)
    window.resize(1200, 800)
    window.imports.import_files([str(_long_page(tmp_path / "long.html"))])
    qtbot.waitUntil(lambda: len(window.library_model.rows) == 1, timeout=30_000)
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    doc = window.services.library.get(window.library_model.rows[0].id)
    assert len(doc.body.blocks) > 4 * Formatter.STRETCH
    text = doc.text
    near, far = text.index("call_500()"), text.index("call_5()")
    window.primary.current = None
    window.view.load(doc, [], text.index("Section 500"))
    view = window.view
    assert view.formatting.busy
    assert _is_mono(view, near) and not _is_mono(view, far)
    top = view.offset_at_top()
    qtbot.waitUntil(lambda: not view.formatting.busy, timeout=30_000)
    assert _is_mono(view, far)
    assert abs(view.offset_at_top() - top) < 40  # the same line at the top, or next to it
    whole = build_document(doc.body, LIGHT, view.font_size)
    for offset in range(0, len(text), 997):  # the same formats as formatted at once
        a, b = QTextCursor(whole), QTextCursor(view.document())
        a.setPosition(view.offsets.to_qt(offset))
        b.setPosition(view.offsets.to_qt(offset))
        assert _props(a.charFormat()) == _props(b.charFormat()), offset
        assert _props(a.blockFormat()) == _props(b.blockFormat()), offset
        assert (a.currentList() is None) == (b.currentList() is None), offset


def _props(fmt: Any) -> dict[int, Any]:
    """A format's properties but the index of its list object (lists are numbered in
    the order they are made, which differs when stretches are made out of order)."""
    return {k: v for k, v in fmt.properties().items() if k != fmt.Property.ObjectIndex.value}
