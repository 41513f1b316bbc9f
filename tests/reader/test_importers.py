"""Importers: formats, decodings and every kind of bad input (issue 2)."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from reader.errors import ImportRefused
from reader.importers import parse_bytes


def test_txt_title_author_paragraphs() -> None:
    doc = parse_bytes("a.txt", b"Mon titre\n\nJeanne Dupont\n\nPremier paragraphe de la "
                               b"chose.\n\nSecond paragraphe.\n")
    assert doc.title == "Mon titre"
    assert doc.authors == ("Jeanne Dupont",)
    kinds = [(b.kind, doc.body.text[b.start:b.end]) for b in doc.body.blocks]
    assert kinds[0] == ("heading", "Mon titre")
    assert kinds[-1] == ("paragraph", "Second paragraphe.")


def test_cp1252_smart_quotes_recorded() -> None:
    data = "Title\n\n\u201cQuoted\u201d \u2014 caf\u00e9\n".encode("cp1252")
    doc = parse_bytes("old.txt", data)
    assert doc.encoding == "cp1252"
    assert "\u201cQuoted\u201d \u2014 caf\u00e9" in doc.body.text


def test_utf8_bom_stripped() -> None:
    doc = parse_bytes("bom.txt", codecs.BOM_UTF8 + "Héllo there\n\nBody text.".encode())
    assert doc.encoding == "utf-8-sig"
    assert not doc.body.text.startswith("\ufeff")
    assert doc.title == "Héllo there"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    doc = parse_bytes("w.txt", bom + "Titre 😉\n\nCorps du texte.".encode(codec))
    assert doc.encoding == "utf-16"
    assert doc.body.text == "Titre 😉\n\nCorps du texte."


def test_line_ends_and_paragraph_separator() -> None:
    doc = parse_bytes("le.txt", b"One\r\n\r\nTwo\rthree\n\nFour\xe2\x80\xa9\xe2\x80\xa9Five")
    assert doc.body.text == "One\n\nTwo\nthree\n\nFour\n\nFive"
    assert "\r" not in doc.body.text
    assert len(doc.body.blocks) == 4


def test_nfd_stored_as_nfc() -> None:
    text = unicodedata.normalize("NFD", "Élève\n\nles données personnelles")
    doc = parse_bytes("nfd.txt", text.encode())
    assert doc.body.text == unicodedata.normalize("NFC", text)


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n \t\n", "empty"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ("bad.txt", b"caf\xc3 \x81\x8d\x8f\x90 broken", "not valid UTF-8, UTF-16 or cp1252"),
    ("x.docx", b"PK\x03\x04", "unsupported file type (.docx)"),
    ("x.pdf", b"%PDF-1.4", "not a PDF or damaged"),
    ("README", b"hello", "unsupported file type (no extension)"),
])
def test_bad_input_refused_with_reason(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(ImportRefused) as info:
        parse_bytes(name, data)
    assert info.value.path == name
    assert reason in info.value.reason
    assert "\n" not in str(info.value)


def test_markdown_blocks_and_marks() -> None:
    source = ("# Le titre\n\nUn *mot* et **fort** avec [lien](https://ex.org) et `code`.\n\n"
              "> cité\n\n- un\n- deux\n\n```\nx = 1\n```\n\n---\n")
    doc = parse_bytes("n.md", source.encode())
    text = doc.body.text
    assert doc.title == "Le titre"
    assert "#" not in text and "**" not in text and "](" not in text
    kinds = [b.kind for b in doc.body.blocks]
    assert kinds == ["heading", "paragraph", "quote", "list_item", "list_item", "code", "rule"]
    marks = {(m.kind, text[m.start:m.end]) for m in doc.body.marks}
    assert {("emphasis", "mot"), ("strong", "fort"), ("link", "lien"), ("code", "code")} <= marks
    link = next(m for m in doc.body.marks if m.kind == "link")
    assert link.attrs["href"] == "https://ex.org"


def test_html_drops_script_style_head_and_keeps_links() -> None:
    page = ("<html><head><title>Une page</title><meta name=author content='Ana Lima'>"
            "<style>p{color:red}</style><script>alert(1)</script></head><body>"
            "<h1>Titre</h1><p>Du <em>texte</em> avec un <a href='http://x.org/'>lien</a>."
            "<img src='http://tracker/pixel.gif'></p><ul><li>un</li><li>deux</li></ul>"
            "<script>document.write('x')</script><pre>  code\n  bloc</pre></body></html>")
    doc = parse_bytes("p.html", page.encode())
    text = doc.body.text
    assert doc.title == "Une page" and doc.authors == ("Ana Lima",)
    assert "alert" not in text and "color" not in text and "document.write" not in text
    assert "tracker" not in text
    assert text.startswith("Titre\n\nDu texte avec un lien.")
    assert "  code\n  bloc" in text
    marks = {(m.kind, text[m.start:m.end]) for m in doc.body.marks}
    assert ("emphasis", "texte") in marks and ("link", "lien") in marks
    assert [b.kind for b in doc.body.blocks] == ["heading", "paragraph", "list_item",
                                                  "list_item", "code"]


def test_html_entities_and_whitespace_collapse() -> None:
    doc = parse_bytes("e.htm", b"<p>caf&eacute;\n   &amp;   th&#233;</p>")
    assert doc.body.text == "café & thé"


def test_seeds_parse_with_titles(tmp_path: Path) -> None:
    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    assert len(seeds) == 5
    for seed in seeds:
        doc = parse_bytes(seed.name, seed.read_bytes())
        assert doc.title and doc.encoding == "utf-8"
        doc.body.validate()
