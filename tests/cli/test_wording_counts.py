"""Counts in words (issue 13): no "(s)", no "1 hits", one word for a match in the CLI
and the window, "and 7 more" where a list is cut — through the one helper."""

from __future__ import annotations

import io
import json
import re
import tokenize
from pathlib import Path
from typing import Any

import pytest

from ui import wording

ROOT = Path(__file__).resolve().parents[2]
# The faces a reader reads: every module of the command line and of the window.
FACES = sorted(p for p in ROOT.glob("ui/**/*.py") if p.name != "__init__.py")


def _strings(path: Path) -> list[str]:
    """Every string literal of a module (f-strings included: one token in 3.11)."""
    with path.open("rb") as source:
        return [tok.string for tok in tokenize.tokenize(source.readline)
                if tok.type == tokenize.STRING]


@pytest.mark.parametrize("path", FACES, ids=lambda p: p.name)
def test_no_maybe_plural_in_what_the_reader_reads(path: Path) -> None:
    strings = _strings(path)
    assert strings, path
    # A Qt plural's source ("%n highlight(s)") is never shown as written: its English
    # forms come from ui/translations/marginalia_en.ts (tests/window/test_i18n.py).
    assert not [s for s in strings if re.search(r"\w\(s\)", s) and "%n" not in s], path
    assert not [s for s in strings if re.search(r"\} hits\b", s)], path


def test_count_and_listed() -> None:
    assert wording.count(1, "match", "matches") == "1 match"
    assert wording.count(2, "match", "matches") == "2 matches"
    assert wording.count(0, "document") == "0 documents"
    assert wording.listed([f"f{i}" for i in range(10)], 3) == "f0, f1, f2 and 7 more"
    assert wording.listed(["a", "b"], 3) == "a, b"


def _document_line(out: str, doc_id: str) -> str:
    return next(line for line in out.splitlines() if line.startswith(doc_id))


def test_cli_search_counts_matches_like_the_window(cli: Any) -> None:
    code, out, _ = cli("search", "lithium", "--json")
    hits = json.loads(out)["hits"]
    many = next(h for h in hits if len(h["hits"]) > 1)
    code, out, err = cli("search", "lithium")
    assert (code, err) == (0, "")
    assert _document_line(out, many["doc_id"]).endswith(f"({len(many['hits'])} matches)")
    assert " hits)" not in out
    code, out, _ = cli("search", "Nairobi", "--json")
    (one,) = [h for h in json.loads(out)["hits"] if len(h["hits"]) == 1]
    code, out, _ = cli("search", "Nairobi")
    assert _document_line(out, one["doc_id"]).endswith("(1 match)")


def test_window_result_rows_say_match_too(qapp: Any) -> None:
    from index.search import SearchHit
    from ui.window.i18n import Translations
    from ui.window.search.panel import ResultRow, SearchResultsModel

    english = Translations(qapp)  # as the window installs it: Qt's plurals in English
    english.install("en")
    hit = SearchHit("d", "A title", "document", 1.0, "snippet", [(0, 1)])
    model = SearchResultsModel()
    try:
        assert "1 match<" in model._html(ResultRow(True, "d", "A title", hit, 1))
        assert "3 matches<" in model._html(ResultRow(True, "d", "A title", hit, 3))
    finally:
        english.remove()


def test_cli_reindex_and_check_count_in_words(cli: Any) -> None:
    code, out, _ = cli("reindex", "--full")
    assert code == 0 and out.startswith("indexed 5 documents (")
    assert "0 annotations;" in out and "(s)" not in out
    code, out, _ = cli("check")
    assert code == 0 and out.startswith("ok:") and out.rstrip().endswith("5 documents")


def test_self_test_counts_in_words(monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.cli import selftest

    def broken(svc: object, tmp: Path) -> str:
        raise AssertionError("boom")

    monkeypatch.setattr(selftest, "STEPS", (selftest._seeds, selftest._seeds, broken))
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    assert "FAILED after 2 steps: AssertionError: boom" in out.getvalue()
