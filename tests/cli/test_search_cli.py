"""The ``search``, ``reindex`` and ``check`` commands."""

from __future__ import annotations

import json
import sqlite3

from tests.conftest import seed_id


def test_search_json_shape(cli: object) -> None:
    code, out, err = cli("search", "strikes", "--json")  # type: ignore[operator]
    assert code == 0, err
    answer = json.loads(out)
    assert set(answer) == {"query", "total", "suggestion", "hits"}
    assert answer["query"] == "strikes" and answer["suggestion"] is None
    hits = answer["hits"]
    assert len(hits) >= 2 and answer["total"] >= len(hits)
    for hit in hits:
        assert set(hit) == {"doc_id", "title", "kind", "score", "snippet", "hits", "at",
                            "page", "chapter"}
        assert hit["kind"] == "document" and isinstance(hit["score"], float)
        assert hit["at"] in [h[0] for h in hit["hits"]]  # the snippet's match
        assert all(isinstance(h, list) and len(h) == 2 and h[0] < h[1] for h in hit["hits"])
    code, text, _ = cli("show", hits[0]["doc_id"], "--plain")  # type: ignore[operator]
    start, end = hits[0]["hits"][0]
    assert text[start:end].lower().startswith("strike")


def test_search_json_notes_carry_the_highlight_id(cli: object) -> None:
    code, out, err = cli("list", "--json")  # type: ignore[operator]
    doc = next(d for d in json.loads(out) if d["source"].startswith("002"))
    code, out, err = cli("annotate", doc["id"], "--quote", "lithium", "--nth", "1",  # type: ignore[operator]
                         "--note", "voir les ornithorynques", "--json")
    assert code == 0, err
    code, out, err = cli("search", "ornithorynques", "kind:note", "--json")  # type: ignore[operator]
    hits = json.loads(out)["hits"]
    assert [h["kind"] for h in hits] == ["annotation"]
    assert hits[0]["highlight_id"] and hits[0]["doc_id"] == doc["id"]


def test_search_limit_and_human_output(cli: object) -> None:
    code, out, _ = cli("search", "strikes", "--limit", "1", "--json")  # type: ignore[operator]
    assert len(json.loads(out)["hits"]) == 1
    code, out, _ = cli("search", "lithium")  # type: ignore[operator]
    assert code == 0 and "lithium" in out.lower() and "[text]" in out
    code, out, err = cli("search", "surveilance")  # type: ignore[operator]
    assert "Did you mean: surveillance\n" in out  # said once, on either stream
    assert (out + err).lower().count("did you mean") == 1
    code, _, err = cli("search", "x", "--limit", "0")  # type: ignore[operator]
    assert code == 2 and "--limit" in err


def test_reindex_and_check(cli: object, services: object) -> None:
    code, out, err = cli("check")  # type: ignore[operator]
    assert code == 0, out + err
    assert out.startswith("ok:")
    code, out, _ = cli("reindex")  # type: ignore[operator]
    assert code == 0 and "5 unchanged" in out
    code, out, _ = cli("reindex", "--full")  # type: ignore[operator]
    assert code == 0 and "indexed 5 documents (" in out


def test_check_reports_a_stale_index(cli: object, services: object) -> None:
    doc_id = seed_id(services, "004")
    services.close()  # type: ignore[attr-defined]
    db = sqlite3.connect(services.paths.database)  # type: ignore[attr-defined]
    with db:
        db.execute("UPDATE versions SET text_sha256='0' WHERE document_id=?", (doc_id,))
    db.close()
    code, out, _ = cli("check")  # type: ignore[operator]
    assert code == 1 and f"index: {doc_id}: indexed text is out of date" in out
    code, out, _ = cli("reindex")  # type: ignore[operator]
    assert code == 0 and "indexed 1 document (" in out
    code, out, _ = cli("check")  # type: ignore[operator]
    assert code == 0, out


def test_search_on_an_empty_library(cli: object) -> None:
    code, out, err = cli("search", "hello", seeds=False)  # type: ignore[operator]
    assert (code, err) == (0, "") and "No results" in out
    code, out, _ = cli("search", "lang:fr travail", "--json", seeds=False)  # type: ignore[operator]
    assert code == 0 and json.loads(out) == {"query": "lang:fr travail", "total": 0,
                                             "suggestion": None, "hits": []}


def test_search_json_carries_the_suggestion_once(cli: object) -> None:
    code, out, err = cli("search", "surveilance", "--json")  # type: ignore[operator]
    assert code == 0 and err == ""
    answer = json.loads(out)  # nothing but the JSON document on stdout
    assert answer["suggestion"] == "surveillance" and answer["query"] == "surveilance"
    assert answer["hits"] and answer["total"] >= len(answer["hits"])
