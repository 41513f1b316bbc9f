"""``annotate --quote`` matches as a reader means the quote, and stores the text's own.

Case, accents, quotation marks, dashes and white space are folded on both sides; the
highlight's offsets are code points of the canonical text, its quote the document's
characters. An ambiguous quote lists where it occurs; a missing one says so in a line.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader import quote_match
from reader.errors import Ambiguous, InvalidInput, NotFound
from reader.folding import fold_char, fold_same_length
from reader.text import canonicalize
from tests.conftest import seed_id

TEXT = ("L’été à Genève, les “données” personnelles – revendues par des courtiers –\n"
        "échappent à la régulation. Le «\u00a0capitalisme de surveillance\u00a0» gagne.\n\n"
        "DONNÉES, données, Données : trois fois le mot, et la Straße.\n")


def _import(services: Any, text: str, name: str = "essai.txt") -> str:
    outcome, changes = services.library.import_bytes(name, text.encode("utf-8"))
    services.apply(changes)
    return str(outcome.document_id)


def _one_line(err: str, *words: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("marginalia: "), err
    assert "Traceback" not in err
    for word in words:
        assert word in lines[0], err
    return lines[0]


# -- the fold, without a library ---------------------------------------------------------------
@pytest.mark.parametrize(("typed", "found"), [
    ("l'ete a geneve", "L’été à Genève"),
    ("LES \"DONNEES\" PERSONNELLES", "les “données” personnelles"),
    ("personnelles -- revendues", "personnelles – revendues"),
    ("personnelles - revendues", "personnelles – revendues"),
    ("personnelles-revendues", "personnelles – revendues"),
    ("courtiers - echappent", "courtiers –\néchappent"),
    ("courtiers echappent", None),  # a dash is not a space
    ("gagne. donnees", "gagne.\n\nDONNÉES"),
    ("le \"capitalisme de surveillance\" gagne",
     "Le «\u00a0capitalisme de surveillance\u00a0» gagne"),
    ("le « capitalisme »", None),  # the words must still be the text's
    ("la strasse", "la Straße"),
    ("  trois   fois\n", "trois fois"),
])
def test_typed_quotes_meet_the_texts_own_characters(typed: str, found: str | None) -> None:
    spans = quote_match.find_all(TEXT, typed)
    if found is None:
        assert spans == []
    else:
        assert [TEXT[s:e] for s, e in spans] == [found]


def test_every_occurrence_whatever_its_case_or_accents() -> None:
    spans = quote_match.find_all(TEXT, "donnees")
    assert [TEXT[s:e] for s, e in spans] == ["données", "DONNÉES", "données", "Données"]


def test_folded_hits_on_one_character_are_one_occurrence() -> None:
    assert quote_match.find_all("aaa", "aa") == [(0, 2), (1, 3)]  # as --nth counts them
    assert quote_match.find_all("Straße", "s") == [(0, 1), (4, 5)]  # ß holds two s


def test_offsets_are_code_points_after_astral_characters() -> None:
    text = "😉 x 𝔸 l’été — 🇫🇷 l’été"
    spans = quote_match.find_all(text, "L'ETE")
    assert spans == [(i, i + 5) for i in (m.start() for m in re.finditer("l’été", text))]
    assert [text[s:e] for s, e in quote_match.find_all(text, "𝔸 l'ete -- 🇫🇷")] == [
        "𝔸 l’été — 🇫🇷"]


def test_blank_and_invisible_quotes_fold_to_nothing() -> None:
    for blank in ("", "   ", "\n\t\u00a0", "\u200b\u00ad"):
        assert quote_match.fold_quote(blank) == ""
        assert quote_match.find_all(TEXT, blank) == []


def test_context_shows_the_documents_text_around_each_occurrence() -> None:
    spans = quote_match.find_all(TEXT, "donnees")
    line = quote_match.listing(TEXT, spans)
    assert line.startswith("1. …à Genève, les “«données»” personnelles –…; 2. ")
    assert "«DONNÉES»" in line and line.endswith("; and 1 more")
    assert "\n" not in line and "\u00a0" not in line


@given(st.text(min_size=1), st.data())
def test_any_piece_of_a_text_is_found_where_it_is(raw: str, data: st.DataObject) -> None:
    text = canonicalize(raw)
    if not text:
        return
    i = data.draw(st.integers(0, len(text) - 1))
    j = data.draw(st.integers(i + 1, len(text)))
    key = quote_match.fold_quote(text[i:j])
    spans = quote_match.find_all(text, text[i:j])
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert key in quote_match.fold(text[start:end]).text
    if key and all(c.isalnum() for c in text[max(0, i - 1):j + 1]):
        assert any(s <= i and j <= e for s, e in spans), (text, i, j, spans)


def test_one_accent_fold_for_find_and_quotes() -> None:
    import ui.window.reading.find

    assert ui.window.reading.find.fold_same_length is fold_same_length
    assert fold_same_length("ÉTÉ à Genève, İstanbul") == "ete a geneve, istanbul"
    assert fold_char("한") == "한" != fold_char("하")  # Hangul syllables stay apart
    assert fold_same_length(unicodedata.normalize("NFD", "é")) == "e\u0301"  # same length


def test_the_fast_whole_text_fold_is_the_character_fold_everywhere() -> None:
    everything = "".join(chr(c) for c in range(0x30000) if not 0xD800 <= c < 0xE000)
    by_char = "".join(map(fold_char, everything))
    assert fold_same_length(everything) == by_char  # İ lowercases to two: the slow path
    without = everything.replace("İ", "")  # the fast path
    assert fold_same_length(without) == "".join(map(fold_char, without))
    assert fold_same_length(by_char) == by_char


# -- on a library ------------------------------------------------------------------------------
def test_the_highlight_stores_the_documents_text(empty_services: Any) -> None:
    doc = _import(empty_services, TEXT)
    ann = empty_services.annotations
    h, _ = ann.create_from_quote(doc, "les \"donnees\" personnelles -- revendues")
    text = empty_services.library.get(doc).text
    assert h.exact == text[h.start:h.end] == "les “données” personnelles – revendues"
    nfd, _ = ann.create_from_quote(doc, unicodedata.normalize("NFD", "L'ÉTÉ"))
    assert (nfd.start, nfd.exact) == (0, "L’été")


def test_ambiguous_lists_three_in_context_then_how_many_more(empty_services: Any) -> None:
    doc = _import(empty_services, TEXT)
    with pytest.raises(Ambiguous) as caught:
        empty_services.annotations.create_from_quote(doc, "donnees")
    message = str(caught.value)
    assert "occurs 4 times" in message and "--nth N" in message
    assert message.count("«") - message.count("«\u00a0") == 3
    assert "«données»" in message and "«DONNÉES»" in message
    assert message.endswith("and 1 more") and "\n" not in message
    third, _ = empty_services.annotations.create_from_quote(doc, "donnees", nth=3)
    assert third.exact == "données" and third.prefix.endswith("DONNÉES, ")


def test_nth_out_of_range_and_not_found_name_the_document(empty_services: Any) -> None:
    doc = _import(empty_services, TEXT)
    ann = empty_services.annotations
    with pytest.raises(NotFound, match="occurrence 5 asked.* has 4"):
        ann.create_from_quote(doc, "DONNEES", nth=5)
    with pytest.raises(InvalidInput, match="--nth 0: .*from 1"):
        ann.create_from_quote(doc, "donnees", nth=0)
    # Its first line is a sentence cut by the wrap, no title: the file's name is.
    with pytest.raises(NotFound, match=f"not found in document {doc} \\(essai\\)"):
        ann.create_from_quote(doc, "absent de ce texte")
    assert ann.for_document(doc) == []


# -- the command line --------------------------------------------------------------------------
def test_cli_straight_apostrophe_and_case_against_the_curly_text(cli: Any,
                                                                 services: Any) -> None:
    doc = seed_id(services, "001")
    text = services.library.get(doc).text
    services.close()
    code, out, err = cli("annotate", doc, "--quote", "WHY FACEBOOK USERS' \"STRIKES\" DON'T",
                         "--json")
    assert (code, err) == (0, "")
    row = json.loads(out)
    assert row["quote"] == "Why Facebook users’ “strikes” don’t" == text[row["start"]:row["end"]]


def test_cli_quote_after_the_emoji_across_a_line_break(cli: Any, services: Any) -> None:
    doc = seed_id(services, "001")
    text = services.library.get(doc).text
    services.close()
    emoji = text.index("\U0001F609")
    code, out, err = cli("annotate", doc, "--quote", "getting interesting 😉 sur son blog "
                         "ARCHINFO, Jean-Michel Salaun", "--json")
    assert (code, err) == (0, "")
    row = json.loads(out)
    assert row["start"] == text.index("getting interesting") < emoji < row["end"]
    assert row["quote"] == text[row["start"]:row["end"]]
    assert row["quote"].endswith("\n\nSur son blog Archinfo, Jean-Michel Salaün")
    code, out, err = cli("annotate", doc, "--quote", "ens lyon", "--json")
    after = json.loads(out)
    assert (code, after["quote"]) == (0, "ENS Lyon")
    assert after["start"] == text.index("ENS Lyon") > emoji


def test_cli_dashes_and_ambiguity_and_nth(cli: Any, services: Any) -> None:
    doc = seed_id(services, "001")
    text = services.library.get(doc).text
    services.close()
    code, out, _ = cli("annotate", doc, "--quote", "poor@play -- mobilizing", "--json")
    assert code == 0 and json.loads(out)["quote"] == "Poor@play – mobilizing"
    code, out, err = cli("annotate", doc, "--quote", "digital labor")
    line = _one_line(err, "occurs 5 times", "--nth N", "1. …", "3. …", "and 2 more")
    assert out == "" and line.count("«digital labor»") == 3
    code, out, err = cli("annotate", doc, "--quote", "DIGITAL LABOR", "--nth", "2", "--json")
    row = json.loads(out)
    starts = [m.start() for m in re.finditer("(?i)digital labor", text)]
    assert (code, err, row["start"]) == (0, "", starts[1])


@pytest.mark.parametrize(("quote", "words"), [
    ("absent de ce texte", ("not found in document", "Why Facebook")),
    ("", ("empty quote",)),
    ("  \n\u00a0 ", ("empty quote",)),
])
def test_cli_refusals_are_one_line(cli: Any, services: Any, quote: str,
                                   words: tuple[str, ...]) -> None:
    doc = seed_id(services, "001")
    services.close()
    code, out, err = cli("annotate", doc, "--quote", quote)
    assert (code, out) == (1, "")
    _one_line(err, *words)
    assert json.loads(cli("annotations", doc, "--json")[1])["highlights"] == []
