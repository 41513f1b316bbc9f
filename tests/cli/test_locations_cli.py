"""``annotations --json`` and ``search --json`` carry each passage's page and chapter."""

from __future__ import annotations

import json
from pathlib import Path

from tests.window.test_ui_locations import BOOK


def test_json_outputs_carry_chapter_and_null_page(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    book = tmp_path / "moby.html"
    book.write_text(BOOK, encoding="utf-8")
    code, _, err = cli("import", str(book), seeds=False)
    assert code == 0, err
    code, out, err = cli("annotate", "Moby", "--quote", "Call me Ishmael", "--json", seeds=False)
    assert code == 0, err
    made = json.loads(out)
    assert (made["page"], made["chapter"]) == (None, "Chapter 1. Loomings")
    code, out, _ = cli("annotations", "Moby", "--json", seeds=False)
    [row] = json.loads(out)["highlights"]
    assert row["chapter"] == "Chapter 1. Loomings" and row["page"] is None
    code, out, _ = cli("annotations", "Moby", seeds=False)
    assert "(Chapter 1. Loomings)" in out
    code, out, _ = cli("search", "carpet-bag", "--json", seeds=False)
    assert [h["chapter"] for h in json.loads(out)["hits"]] == ["Chapter 2. The Carpet-Bag"]
    code, out, _ = cli("search", "carpet-bag", seeds=False)
    assert "— Chapter 2. The Carpet-Bag" in out
