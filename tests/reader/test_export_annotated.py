"""Export writes the reading notes the reader has, not one file per text (issue 13):
only annotated documents by default (``--all`` for every one), quotes without
``&#32;``, a note's headings under the export's own, and tags in their one spelling."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt

from reader.export import Exporter
from tests.conftest import seed_id

TODAY = "2026-12-01"


def _exporter(services: Any) -> Exporter:
    return Exporter(services.library, services.annotations, services.paths)


def _annotate(services: Any, prefix: str, quote: str, **kw: Any) -> tuple[str, Any]:
    doc_id = seed_id(services, prefix)
    start = services.library.get(doc_id).text.index(quote)
    hl, changes = services.annotations.create(doc_id, start, start + len(quote), **kw)
    services.apply(changes)
    return doc_id, hl


def _two_annotated(services: Any) -> tuple[str, str]:
    """One seed with a highlight, one with only a document note (of five seeds)."""
    highlighted, _ = _annotate(services, "002", "lithium")
    noted = seed_id(services, "003")
    services.apply(services.annotations.set_document_note(noted, "À relire."))
    return highlighted, noted


def test_library_export_writes_only_annotated_documents(services: Any,
                                                       tmp_path: Path) -> None:
    highlighted, noted = _two_annotated(services)
    result = _exporter(services).export_markdown(None, tmp_path / "out", TODAY)
    assert set(result.files) == {highlighted, noted}
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(names) == 3 and "index.md" in names
    index = (tmp_path / "out" / "index.md").read_text()
    assert index.count("\n- [") == 2
    assert "· 1 highlight\n" in index and "· a note\n" in index
    assert "Travailleurs" not in index  # not annotated: not listed


def test_all_exports_every_document(services: Any, tmp_path: Path) -> None:
    _two_annotated(services)
    result = _exporter(services).export_markdown(None, tmp_path / "out", TODAY,
                                                 everything=True)
    assert len(result.files) == len(services.library.list_documents()) == 5
    index = (tmp_path / "out" / "index.md").read_text()
    assert index.count("\n- [") == 5 and "· 0 highlights" in index


def test_nothing_annotated_writes_an_index_that_says_so(services: Any,
                                                        tmp_path: Path) -> None:
    exporter = _exporter(services)
    result = exporter.export_markdown(None, tmp_path / "out", TODAY)
    assert result.files == {} and result.index is not None
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["index.md"]
    assert "No document has highlights or a note yet." in result.index.read_text()


def test_cli_export_default_all_and_named(cli: Any, tmp_path: Path) -> None:
    code, _, err = cli("annotate", "Travailleurs", "--quote", "Nairobi")
    assert code == 0, err
    code, out, err = cli("export", "--out", str(tmp_path / "a"))
    assert (code, err) == (0, "")
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == [
        "Travailleurs d’intimité.md", "index.md"]
    assert len([line for line in out.splitlines() if line.startswith("wrote ")]) == 2
    code, out, err = cli("export", "--all", "--out", str(tmp_path / "b"))
    assert (code, err) == (0, "") and len(list((tmp_path / "b").iterdir())) == 6
    code, out, err = cli("export", "Statium", "--out", str(tmp_path / "c"))  # not annotated
    assert (code, err) == (0, "") and [p.name for p in (tmp_path / "c").iterdir()] == [
        "Statium Blog.md"]


def test_cli_all_with_named_documents_is_a_usage_error(cli: Any, tmp_path: Path) -> None:
    code, out, err = cli("export", "Statium", "--all", "--out", str(tmp_path / "x"))
    assert code == 2 and out == "" and not (tmp_path / "x").exists()
    assert err.splitlines() == ["marginalia: --all: name documents or give --all, not both"]


def test_cli_nothing_annotated_says_how_to_export_all(cli: Any, tmp_path: Path) -> None:
    code, out, err = cli("export", "--out", str(tmp_path / "x"))
    assert (code, err) == (0, "")
    assert "no document has highlights or a note yet; --all exports every document" in out
    code, out, err = cli("export", "--out", str(tmp_path / "one.md"))
    assert code == 1 and out == "" and not (tmp_path / "one.md").exists()
    assert "no document has highlights or a note to export" in err


def test_exported_note_reads_under_the_exports_own_headings(services: Any) -> None:
    note = "# My idea\n\nWhy.\n\n## A detail\n\n```py\n# not a heading\n```"
    doc_id, hl = _annotate(services, "002", "lithium", note=note,
                           tags=["context managers", "#hash"])
    services.apply(services.annotations.set_document_note(doc_id, "Notes\n===\n\nbody"))
    md = _exporter(services).markdown(doc_id, TODAY)
    tokens = MarkdownIt("commonmark").parse(md.split("\n---\n", 1)[1])
    headings = [(t.tag, tokens[i + 1].content) for i, t in enumerate(tokens)
                if t.type == "heading_open"]
    assert [tag for tag, _ in headings].count("h1") == 1  # the document's title only
    assert ("h3", "Notes") in headings and ("h3", "My idea") in headings
    assert ("h4", "A detail") in headings
    assert "```py\n# not a heading\n```" in md
    assert " · #context-managers #hash · " in md and "##hash" not in md


def test_quote_ends_are_trimmed_in_the_file(services: Any) -> None:
    doc_id = seed_id(services, "002")
    text = services.library.get(doc_id).text
    start = text.index("lithium")
    hl, changes = services.annotations.create(doc_id, start - 1, start + len("lithium") + 1)
    services.apply(changes)
    assert hl.exact != hl.exact.strip()  # the reader's selection took a space each side
    md = _exporter(services).markdown(doc_id, TODAY)
    assert f"> {hl.exact.strip()}\n" in md
    assert "&#32;" not in md and "&#9;" not in md
