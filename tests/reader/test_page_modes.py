"""A web page read as its article or whole: switched as a new version, kept with it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reader.errors import InvalidInput
from reader.page_modes import set_whole_page
from tests.reader.test_backup_archive import _cli

PAGE = """<html><head><title>Quokkas — Marsupial Weekly</title></head><body>
<nav><a href="/">Home</a> <a href="/about">About us</a> <a href="/shop">Shop</a></nav>
<main><h1>Quokkas</h1><p>The quokka is a small marsupial of {where}.</p>
<p>It is known for its smile, which is only the shape of its face.</p></main>
<footer>Copyright Marsupial Weekly. Subscribe to our newsletter.</footer></body></html>"""


def _page(tmp_path: Path, where: str = "Rottnest Island") -> Path:
    path = tmp_path / "quokka.html"
    path.write_text(PAGE.format(where=where), encoding="utf-8")
    return path


def test_the_whole_page_is_a_new_version_and_the_highlight_follows(
        empty_services: Any, tmp_path: Path) -> None:
    svc = empty_services
    report = svc.import_paths([str(_page(tmp_path))])
    doc_id = report.outcomes[0].document_id
    article = svc.library.get(doc_id)
    assert "Subscribe" not in article.text and not article.whole_page
    hl, _ = svc.annotations.create_from_quote(doc_id, "shape of its face", note="!")
    svc.apply(set_whole_page(svc.library, doc_id, True))
    whole = svc.library.get(doc_id)
    assert whole.whole_page and "Subscribe to our newsletter" in whole.text
    assert whole.version_id != article.version_id
    moved = svc.annotations.get(hl.id)
    assert whole.text[moved.start:moved.end] == "shape of its face" and moved.note == "!"
    assert not set_whole_page(svc.library, doc_id, True)  # already: nothing written
    # A re-import of the changed file reads it as the reader chose.
    svc.import_paths([str(_page(tmp_path, "Western Australia"))])
    again = svc.library.get(doc_id)
    assert again.whole_page and "Western Australia" in again.text and "Shop" in again.text
    svc.apply(set_whole_page(svc.library, doc_id, False))
    back = svc.library.get(doc_id)
    assert not back.whole_page and "Shop" not in back.text
    assert back.text[svc.annotations.get(hl.id).start:].startswith("shape of its face")


def test_only_a_web_page_has_a_whole_page(empty_services: Any, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("Plain notes.\n\nNothing to cut.\n", encoding="utf-8")
    doc_id = empty_services.import_paths([str(text)]).outcomes[0].document_id
    with pytest.raises(InvalidInput, match=r"only a web page has a whole page.*\.txt file"):
        set_whole_page(empty_services.library, doc_id, True)


def test_command_line_and_backup_keep_the_mode(tmp_path: Path) -> None:
    data, elsewhere = tmp_path / "data", tmp_path / "elsewhere"
    code, out, err = _cli(data, "import", "--whole-page", str(_page(tmp_path)))
    assert code == 0, err
    code, out, _ = _cli(data, "show", "Quokkas", "--plain")
    assert "Subscribe" in out
    code, out, err = _cli(data, "whole-page", "Quokkas", "--off")
    assert code == 0 and "reads as its article" in out, err
    code, out, _ = _cli(data, "whole-page", "Quokkas", "--off")
    assert "already reads as its article" in out
    assert _cli(data, "whole-page", "Quokkas")[0] == 0
    assert _cli(data, "backup", str(tmp_path / "b.zip"))[0] == 0
    code, _, err = _cli(elsewhere, "restore", str(tmp_path / "b.zip"))
    assert code == 0, err
    code, out, _ = _cli(elsewhere, "show", "Quokkas", "--plain")
    assert "Subscribe" in out  # restored as it was read
    code, _, err = _cli(data, "whole-page", "nothing-like-this")
    assert code == 1 and err.count("\n") == 1
    rows = json.loads(_cli(data, "list", "--json")[1])
    assert [r["versions"] for r in rows if r["title"].startswith("Quokkas")] == [3]
