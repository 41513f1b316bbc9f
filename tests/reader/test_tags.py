"""One tag spelling everywhere (issue 13): typed, restored, listed, searched, exported.

``context managers`` used to print as ``#context managers`` in the CLI and as
``#context-managers`` in the export, and ``#hash`` became ``##hash``. Every path now
goes through :mod:`reader.tags`.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from reader.backup import parse_item
from reader.errors import InvalidInput
from reader.export import Exporter
from reader.tags import display_tag, normalize_tag, normalize_tags
from tests.conftest import seed_id

TODAY = "2026-12-01"


@pytest.mark.parametrize(("typed", "canonical"), [
    ("context managers", "context-managers"),
    ("  context   managers  ", "context-managers"),
    ("context\tmanagers\nhere", "context-managers-here"),
    ("#hash", "hash"),
    ("##hash", "hash"),
    ("# spaced after hash", "spaced-after-hash"),
    ("context-managers", "context-managers"),
    ("Matières premières", "Matières-premières"),  # case and accents kept
    ("Cafe\u0301", "Caf\u00e9"),  # NFC
    ("a\u3000b", "a-b"),  # any Unicode space
    ("x#y", "x#y"),  # only a leading '#' is the tag mark
    ("nested/tag", "nested/tag"),
])
def test_normalize_tag(typed: str, canonical: str) -> None:
    assert normalize_tag(typed) == canonical
    assert normalize_tag(canonical) == canonical  # idempotent
    assert display_tag(typed) == "#" + canonical


@pytest.mark.parametrize("bad", ["", "#", "###", "   ", "\t\n", "# ", " # # ", "\x01"])
def test_nothing_left_of_a_tag_is_empty(bad: str) -> None:
    assert normalize_tag(bad) == "" and display_tag(bad) == ""


def test_normalize_tags_merges_old_spellings_in_order() -> None:
    assert normalize_tags(("context managers", "b", "#context-managers", "#", "b")) == (
        "context-managers", "b")


# -- entering tags ------------------------------------------------------------------------
def _quote(services: Any, prefix: str, quote: str, **kw: Any) -> Any:
    doc_id = seed_id(services, prefix)
    start = services.library.get(doc_id).text.index(quote)
    hl, changes = services.annotations.create(doc_id, start, start + len(quote), **kw)
    services.apply(changes)
    return hl


def test_tags_are_stored_in_the_canonical_form(services: Any) -> None:
    hl = _quote(services, "002", "lithium",
                tags=["context managers", "#hash", "#context-managers", "##hash"])
    assert hl.tags == ("context-managers", "hash")
    ann = services.annotations
    services.apply(ann.add_tag(hl.id, "# Context  Managers"))
    assert ann.get(hl.id).tags == ("context-managers", "hash", "Context-Managers")
    services.apply(ann.remove_tag(hl.id, "context managers"))
    assert ann.get(hl.id).tags == ("hash", "Context-Managers")
    services.apply(ann.set_tags(hl.id, ["#a b", "a-b"]))
    assert ann.get(hl.id).tags == ("a-b",)


@pytest.mark.parametrize("bad", ["", "#", "##", "   ", "# \t"])
def test_empty_tags_are_refused_and_nothing_changes(services: Any, bad: str) -> None:
    hl = _quote(services, "002", "lithium", tags=["kept"])
    ann = services.annotations
    for attempt in (lambda: ann.add_tag(hl.id, bad), lambda: ann.set_tags(hl.id, ["x", bad]),
                    lambda: ann.remove_tag(hl.id, bad)):
        with pytest.raises(InvalidInput, match="empty tag"):
            attempt()
    assert ann.get(hl.id).tags == ("kept",)
    doc_id = hl.document_id
    with pytest.raises(InvalidInput, match="empty tag"):
        ann.create(doc_id, hl.start + 1, hl.end, tags=[bad])
    assert [h.id for h in ann.for_document(doc_id)] == [hl.id]


@pytest.mark.parametrize("bad", ["#", "   ", "##  "])
def test_cli_refuses_an_empty_tag_in_one_line(cli: Any, bad: str) -> None:
    code, out, err = cli("annotate", "Travailleurs", "--quote", "Nairobi", "--tag", bad)
    assert code == 1 and out == ""
    assert len(err.splitlines()) == 1 and "empty tag" in err and "Traceback" not in err
    code, out, _ = cli("annotations", "Travailleurs")
    assert "No highlights" in out


def test_cli_prints_the_one_spelling(cli: Any) -> None:
    code, out, err = cli("annotate", "Travailleurs", "--quote", "Nairobi", "--tag",
                         "context managers", "--tag", "#hash", "--json")
    assert code == 0, err
    assert json.loads(out)["tags"] == ["context-managers", "hash"]
    code, out, _ = cli("annotations", "Travailleurs")
    assert code == 0 and "#context-managers #hash" in out
    assert "##hash" not in out and "#context managers" not in out
    code, out, _ = cli("annotations", "Travailleurs", "--json")
    assert json.loads(out)["highlights"][0]["tags"] == ["context-managers", "hash"]


# -- searching ------------------------------------------------------------------------------
@pytest.mark.parametrize("query", ["tag:context-managers", 'tag:"context managers"',
                                   "tag:#context-managers", "tag:Context-Managers"])
def test_search_finds_the_tag_however_it_is_written(services: Any, query: str) -> None:
    hl = _quote(services, "002", "lithium", tags=["context managers"])
    hits = services.indexer.search(query).hits
    assert [h.highlight_id for h in hits] == [hl.id]


def test_search_tag_hash_is_tag_hash(services: Any) -> None:
    hl = _quote(services, "002", "lithium", tags=["#hash"])
    for query in ("tag:hash", "tag:#hash"):
        assert [h.highlight_id for h in services.indexer.search(query).hits] == [hl.id]
    assert not services.indexer.search("tag:other").hits


# -- restoring ------------------------------------------------------------------------------
def _item(*tags: Any) -> dict[str, Any]:
    return {"type": "Annotation", "target": {"source": "urn:sha256:x", "selector": [
        {"type": "TextQuoteSelector", "exact": "Nairobi"}]},
        "body": [{"type": "TextualBody", "purpose": "tagging", "value": t} for t in tags]}


def test_restored_tags_take_the_canonical_form() -> None:
    fields = parse_item(_item("context managers", "#hash", "##hash", "context-managers"))
    assert fields["tags"] == ("context-managers", "hash")


@pytest.mark.parametrize("bad", ["", "#", "   ", "# #"])
def test_restore_refuses_an_empty_tag(bad: str) -> None:
    with pytest.raises(InvalidInput, match="empty tag"):
        parse_item(_item("fine", bad))


# -- a library from before the canonical form --------------------------------------------
def _old_spelled(services: Any, tags: list[str]) -> Any:
    """A highlight whose tags were stored raw by an older Marginalia."""
    hl = _quote(services, "000", "Nairobi", tags=["placeholder"])
    db = sqlite3.connect(services.paths.database)
    with db:
        db.execute("DELETE FROM highlight_tags WHERE highlight_id=?", (hl.id,))
        db.executemany("INSERT INTO highlight_tags(highlight_id, tag) VALUES (?, ?)",
                       [(hl.id, t) for t in tags])
    db.close()
    return services.annotations.get(hl.id)


def test_old_spellings_are_shown_in_the_one_form(services: Any, tmp_path: Path) -> None:
    hl = _old_spelled(services, ["context managers", "#hash", "context-managers"])
    assert hl.tags == ("context managers", "#hash", "context-managers")  # not rewritten
    md = Exporter(services.library, services.annotations, services.paths).markdown(
        hl.document_id, TODAY)
    assert " · #context-managers #hash · " in md and "##hash" not in md
    services.apply(services.annotations.remove_tag(hl.id, "#context managers"))
    assert services.annotations.get(hl.id).tags == ("#hash",)


def test_old_spellings_in_the_cli(cli: Any, services: Any) -> None:
    _old_spelled(services, ["context managers", "#hash"])
    services.close()
    code, out, _ = cli("annotations", "Travailleurs")
    assert code == 0 and "#context-managers #hash" in out and "##hash" not in out
    code, out, _ = cli("annotations", "Travailleurs", "--json")
    assert json.loads(out)["highlights"][0]["tags"] == ["context-managers", "hash"]
