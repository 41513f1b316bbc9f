"""Stemmed fields hold only stems that differ from their word; queries still find
a word that is its own stem, and only in entries of that stemmer's language."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from whoosh import index as whoosh_index

from index.analysis import analyse
from index.search import new_searcher, run_search
from index.whoosh.codec import MarginaliaCodec
from index.whoosh.schema import build_schema
from index.whoosh.segment_writer import BulkSegmentWriter

ENTRIES = {"en": ("en", "The run was long, and the function returns nothing."),
           "fr": ("fr", "Un run de nuit: la function est notée."),
           "it": ("it", "Le funzioni del sistema.")}


def _search(tmp_path: Path, text: str) -> list[str]:
    tmp_path.mkdir()
    ix = whoosh_index.create_in(str(tmp_path), build_schema())
    writer = BulkSegmentWriter(ix, codec=MarginaliaCodec())
    for key, (lang, body) in ENTRIES.items():
        writer.add_document(entry=key, doc_id=key, kind="document", lang=lang, body=body,
                            **analyse(body, (), lang).fields)
    writer.commit()
    with new_searcher(ix) as searcher:
        return sorted(h.doc_id for h in run_search(searcher, text).hits)


def test_own_stems_are_not_stored_twice() -> None:
    fields = analyse("the function runs", (), "en").fields
    assert [t for t, _ in fields["content_en"]] == ["run"]  # "the", "function": own stems
    assert {t for t, _ in fields["content"]} == {"the", "function", "runs"}


def test_word_that_is_its_own_stem_is_found_from_its_forms(tmp_path: Path) -> None:
    # English "running" stems to "run", which the English entry holds only as itself;
    # French does not stem "running", so the French "run" must not match.
    assert _search(tmp_path / "a", "running") == ["en"]
    assert _search(tmp_path / "b", "functions") == ["en", "fr"]  # both stem it to "function"
    assert _search(tmp_path / "c", "run") == ["en", "fr"]
    assert _search(tmp_path / "d", "funzione") == ["it"]


def test_language_filter_follows_deletions_and_new_segments(tmp_path: Path) -> None:
    # The filter's entry ids are kept per segment: a deletion or a new segment
    # must still be seen by the next search.
    ix = whoosh_index.create_in(str(tmp_path), build_schema())

    def add(key: str, lang: str, body: str) -> None:
        writer = BulkSegmentWriter(ix, codec=MarginaliaCodec())
        writer.add_document(entry=key, doc_id=key, kind="document", lang=lang, body=body,
                            **analyse(body, (), lang).fields)
        writer.commit()

    def search() -> list[str]:
        with new_searcher(ix) as searcher:
            return sorted(h.doc_id for h in run_search(searcher, "running").hits)

    add("en", *ENTRIES["en"])
    add("fr", *ENTRIES["fr"])
    assert search() == ["en"]
    writer = ix.writer()
    writer.delete_by_term("entry", "en")
    writer.commit(merge=False)
    assert search() == []
    add("en2", "en", "We run home.")
    assert search() == ["en2"]


def test_hits_point_at_the_own_stem_word(tmp_path: Path) -> None:
    ix = whoosh_index.create_in(str(tmp_path), build_schema())
    writer = BulkSegmentWriter(ix, codec=MarginaliaCodec())
    body = ENTRIES["en"][1]
    writer.add_document(entry="en", doc_id="en", kind="document", lang="en", body=body,
                        **analyse(body, (), "en").fields)
    writer.commit()
    with new_searcher(ix) as searcher:
        hit = run_search(searcher, "running").hits[0]
    assert hit.hits == [(body.index("run"), body.index("run") + 3)]


def test_the_stamp_names_the_stemmer() -> None:
    # PyStemmer's newer Snowball and Whoosh's ports differ on some words
    # ("university", many German words): an index holds one stemmer's stems only.
    from index import analysis
    from index.whoosh.schema import STAMP

    assert f"stemmer={analysis.STEMMER}" in STAMP


@pytest.fixture
def whoosh_stemmers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Analysis as it runs where PyStemmer cannot be imported."""
    from index import analysis

    monkeypatch.setattr(analysis, "_pystemmer", None)
    monkeypatch.setattr(analysis, "_local", threading.local())
    monkeypatch.setattr(analysis, "_stem_caches", {})
    monkeypatch.setattr(analysis, "_changed_caches", {})


@pytest.mark.usefixtures("whoosh_stemmers")
def test_whoosh_stemmers_stand_in_without_pystemmer(tmp_path: Path) -> None:
    from index.analysis import _stemmer, stem

    assert not hasattr(_stemmer("en"), "__self__")  # not a PyStemmer method
    assert stem("en", "strikes") == stem("en", "strike") == "strike"
    assert stem("fr", "travailleurs") == stem("fr", "travailleur")
    assert stem("es", "argue")  # Whoosh's Spanish port raises IndexError on it
    assert _search(tmp_path / "a", "functions") == ["en", "fr"]


def test_each_thread_stems_with_its_own_stemmer() -> None:
    from index.analysis import _stemmer

    mine = _stemmer("en")
    other: list[object] = []
    thread = threading.Thread(target=lambda: other.append(_stemmer("en")))
    thread.start()
    thread.join()
    assert other and other[0].__self__ is not mine.__self__  # type: ignore[attr-defined]
    assert _stemmer("en") is mine


def test_stem_cache_stays_bounded_and_answers_stay_the_same(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from index import analysis

    texts = ["Les travailleurs travaillent et travaillaient encore.",
             "Les plateformes paient peu les annotateurs lointains.",
             "Des chercheuses documentent les conditions de travail."]
    expected = [analysis.analyse(t, (), "fr").fields for t in texts]
    monkeypatch.setattr(analysis, "CACHE_LIMIT", 4)
    analysis._changed_caches.clear()
    for text, fields in zip(texts * 2, expected * 2, strict=True):
        assert analysis.analyse(text, (), "fr").fields == fields
        assert len(analysis._changed_caches["fr"]) <= len(set(text.split()))  # this text's


def test_a_language_without_stemmer_gets_no_other_languages_stems() -> None:
    from index.analysis import analyse
    from reader.text import Block

    text = "The houses are running.\n\nDagelijks gesloten wegens werkzaamheden."
    blocks = (Block(0, 23, lang="en"), Block(25, len(text), lang="nl"))
    fields = analyse(text, blocks, "en").fields
    english = {term for term, _ in fields["content_en"]}
    assert "hous" in english  # the English paragraph is stemmed in English
    assert not {"dagelijk", "wegen"} & english  # what English stemming would make of them
    assert {t for t, _ in fields["content"]} >= {"dagelijks", "wegens"}  # found as written
