"""`marginalia show` marks a document's structure (headings, lists, quotes, code,
tables, definition lists) without changing a word; `--plain` prints the canonical
text, whose offsets the other commands give."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.importers import markdown_import
from reader.text import TextBuilder
from ui.structure import display_width, structured_text

MD = ("# Title\n\nIntro.\n\n- apple\n- pear\n\n1. one\n2. two\n\nBetween.\n\n1. again\n\n"
      "> quoted\n\n```\ncode line\n  indented\n```\n\n---\n\n## Part\n\nEnd.\n")
HTML = ("<title>Funcs</title><h1>Funcs</h1><table><tr><th>Name</th><th>Type</th>"
        "<th>Default</th><th>Notes</th></tr><tr><td>sep</td><td>str</td><td>' '</td>"
        "<td>between values</td></tr><tr><td>flush</td><td>bool</td><td>False</td>"
        "<td>write at once 😉</td></tr></table>"
        "<dl><dt>print(*objects, sep=' ')</dt><dd>Print objects.</dd></dl>")


def _show(cli, path: Path, *flags: str) -> str:  # type: ignore[no-untyped-def]
    code, out, err = cli("import", str(path), seeds=False)
    assert code == 0, err
    doc_id = out.split()[1]
    code, out, err = cli("show", doc_id, *flags, seeds=False)
    assert code == 0 and err == "", err
    return out


def test_headings_lists_quotes_code_and_rules(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "notes.md"
    source.write_text(MD, encoding="utf-8")
    out = _show(cli, source)
    lines = out.splitlines()
    assert lines[0] == "# Title" and "## Part" in lines
    assert "- apple" in lines and "- pear" in lines
    assert "1. one" in lines and "2. two" in lines
    assert "1. again" in lines  # a paragraph between: a new list, numbered afresh
    assert "> quoted" in lines
    assert "    code line" in lines and "      indented" in lines
    assert "* * *" in lines and lines[-1] == "End."


def test_plain_is_the_canonical_text(cli, tmp_path: Path,  # type: ignore[no-untyped-def]
                                     capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "notes.md"
    source.write_text(MD, encoding="utf-8")
    canonical = markdown_import.parse(MD)[2].text
    assert _show(cli, source, "--plain") == canonical + "\n"
    assert cli("show", "--help", seeds=False)[0] == 0  # argparse prints to sys.stdout
    assert "--plain" in capsys.readouterr().out


def test_table_in_aligned_columns_under_a_header_rule(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "funcs.html"
    source.write_text(HTML, encoding="utf-8")
    lines = _show(cli, source).splitlines()
    top = lines.index(next(line for line in lines if line.startswith("Name")))
    header, rule, first, second = lines[top:top + 4]
    assert set(rule) <= {"-", " "} and rule.startswith("-----  ----")
    for word in ("Type", "Default", "Notes"):  # every row's cell starts under its header
        column = header.index(word)
        assert rule[column] == "-" and rule[column - 1] == " "
        assert first[column - 1] == " " and first[column] != " "
        assert second[column - 1] == " " and second[column] != " "
    assert second.endswith("write at once 😉")
    assert "print(*objects, sep=' ')" in lines and "    Print objects." in lines


def test_plain_text_items_keep_their_own_markers(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "list.txt"
    source.write_text("Shopping\n\n- bread\n- milk\n\n1) first\n2) second\n", encoding="utf-8")
    out = _show(cli, source)
    assert "- bread" in out and "- - bread" not in out
    assert "1) first" in out and "1. 1)" not in out


def test_unknown_document_is_one_line_error(cli) -> None:  # type: ignore[no-untyped-def]
    for flags in ([], ["--plain"]):
        code, out, err = cli("show", "no such document", *flags, seeds=False)
        assert code == 1 and out == ""
        assert err.count("\n") == 1 and "no document has this id or title" in err


def test_structured_text_keeps_every_word() -> None:
    builder = TextBuilder()
    builder.add_block("Glossary", "heading", 2)
    builder.add_block("Name\tWidth\nemoji 😉\t2\ncafé\t4", "table", 1)
    builder.add_block("term", "term")
    builder.add_block("its meaning\non two lines", "definition")
    builder.add_block("col a   col b\n\nafter a blank", "preformatted")
    body = builder.build()
    out = structured_text(body)
    assert out.startswith("## Glossary\n\n")
    assert "Name      Width\n--------  -----\nemoji 😉  2\ncafé      4\n" in out
    assert "term\n\n    its meaning\n    on two lines\n" in out
    assert out.endswith("    col a   col b\n\n    after a blank\n")
    assert out.split() == ["##", *body.text.split()[:3], "--------", "-----",
                           *body.text.split()[3:]]


def test_display_width_counts_terminal_columns() -> None:
    assert display_width("café") == 4 and display_width("cafe\u0301") == 4
    assert display_width("😉") == 2 and display_width("漢字") == 4
