"""What the import-speed work (issue 16) must not change: the refusals of decoding,
now counted on the bytes, and the walker's shortcuts for pages that set no language."""

from __future__ import annotations

import pytest

from reader.decoding import DecodeRefused, decode
from reader.importers import parse_bytes


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_control_characters_are_counted_as_the_text_has_them(encoding: str) -> None:
    prose = "Le café « noir » — déjà bu. " * 40  # ~1,100 characters
    few = prose + "\x01\x02\x1b\x7f" * 2  # 8: at most 8, or 1% of the text, pass
    text, found = decode(few.encode(encoding))
    assert (text, found) == (few, encoding)
    many = prose + "\x01\x02\x1b\x7f" * 3
    with pytest.raises(DecodeRefused, match="too many control characters"):
        decode(many.encode(encoding))


def test_tabs_and_line_ends_are_no_control_characters() -> None:
    text = "a\tb\r\nc\x0b\x0cd\n" * 50
    assert decode(text.encode())[0] == text


@pytest.mark.parametrize("data", [b"   \n\t ", "\u3000\u2003\n".encode()])
def test_white_space_alone_is_an_empty_file(data: bytes) -> None:
    with pytest.raises(DecodeRefused, match="empty file"):
        decode(data)


def test_a_page_setting_languages_deep_inside_keeps_them() -> None:
    """The feeder asks elements for ``lang`` only when the page sets one somewhere:
    one set deep in a list still counts."""
    fr = ("Ceci est un long paragraphe écrit en français, pour que le détecteur "
          "n'ait aucun doute sur sa langue.")
    page = (f"<html><body><ul><li><p>{fr}</p></li><li lang='de'><span><b>Kurz</b></span>"
            f"</li></ul><p xml:lang='it'>Breve</p></body></html>")
    doc = parse_bytes("p.html", page.encode())
    langs = {doc.body.text[b.start:b.end]: b.lang for b in doc.body.blocks}
    assert langs == {fr: "fr", "Kurz": "de", "Breve": "it"}
