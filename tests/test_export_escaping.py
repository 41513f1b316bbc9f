"""Quotes in exported Markdown parse back, with a CommonMark parser, to exactly the quote."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from reader.export_files import inside, safe_file_name
from reader.export_markdown import quote_block, yaml_string

PARSER = MarkdownIt("commonmark")


def parse_quote(markdown: str) -> str:
    """The text CommonMark sees inside the first blockquote (paragraphs split by \\n\\n)."""
    tokens = PARSER.parse(markdown)
    assert tokens[0].type == "blockquote_open", [t.type for t in tokens]
    paragraphs: list[str] = []
    depth = 0
    for tok in tokens:
        if tok.type == "blockquote_open":
            depth += 1
        elif tok.type == "blockquote_close":
            depth -= 1
            if depth == 0:
                break
        elif tok.type == "inline":
            paragraphs.append(_inline_text(tok.children or []))
        elif tok.type not in ("paragraph_open", "paragraph_close"):
            raise AssertionError(f"quote parsed as {tok.type}")
    assert depth == 0
    return "\n\n".join(paragraphs)


def _inline_text(children: list) -> str:  # type: ignore[type-arg]
    out = []
    for child in children:
        if child.type in ("text", "text_special"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        else:
            raise AssertionError(f"quote contains markup: {child.type}")
    return "".join(out)


CASES = [
    "# not a heading",
    "## also not",
    "1. not a list",
    "2) nor this",
    "- dash item",
    "+ plus item",
    "* star item",
    "> not nested",
    "| a | b |",
    "a **bold** and _under_ and *star* run",
    "snake_case_name and __dunder__",
    "`code` and ``double``",
    "[a link](http://example.org) and ![img](x.png)",
    "<b>html</b> and <!-- comment --> and <http://auto.link>",
    "ends with a backslash \\",
    "entity &amp; and &#35; and AT&T",
    "Setext\n===",
    "Para\n---",
    "***",
    "    indented code?",
    "\ttab indented",
    "trailing spaces   ",
    "line one\nline two\n  1. Facebook shares the exact date",
    "first paragraph\n\nsecond paragraph",
    "Michael touchait 0,05 $ par message et devait taper au moins 40 mots par\nminute.",
    "emoji 😉 and accents éàü and ZWJ 👩‍💻",
    "~~strike~~ and ~~~ fence",
    "```\nfenced\n```",
    "1994. A year that starts a line",
    "a line\n# heading inside",
]


@pytest.mark.parametrize("quote", CASES)
def test_escaped_quote_round_trips(quote: str) -> None:
    assert parse_quote(quote_block(quote)) == quote


def test_plain_prose_stays_readable() -> None:
    text = "Michael touchait 0,05 $ par message, tout en gérant plusieurs conversations."
    assert quote_block(text) == "> " + text


_risky = st.sampled_from(list("#>-+*_`[]()<>!|\\&;=~.1) \t:éa😉") + ["1.", "&amp;", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_risky, min_size=1, max_size=30).map("".join))
def test_any_quote_round_trips(quote: str) -> None:
    quote = "\n".join(line for line in quote.split("\n"))
    if not quote.strip() or "\n\n" in quote.strip("\n") or quote != quote.strip("\n"):
        return  # blank lines only separate paragraphs: covered by the named cases
    lines = quote.split("\n")
    if any(not line.strip(" \t") for line in lines):
        return
    assert parse_quote(quote_block(quote)) == quote


@pytest.mark.parametrize("value", ['say "hi"', "a: b", "line\nbreak", "back\\slash", "#tag", ""])
def test_yaml_values_stay_valid(value: str) -> None:
    # JSON strings are YAML 1.2 double-quoted scalars.
    assert json.loads(yaml_string(value)) == value
    assert "\n" not in yaml_string(value)


HOSTILE = ["../../.bashrc", "/etc/passwd", "NUL", "con", "a:b?*", "x" * 300, "..", ".",
           "", "   ", "COM1.txt", "lpt9", "tab\tand\x01control", "é" * 200, "C:\\Windows\\x"]


@pytest.mark.parametrize("title", HOSTILE)
def test_hostile_titles_stay_inside(title: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    name = safe_file_name(title)
    assert len(name.encode()) <= 120
    assert "/" not in name and "\\" not in name and ".." not in name
    assert not any(ord(c) < 32 for c in name)
    assert name.split(".")[0].lower() not in {"con", "nul", "prn", "aux", "com1", "lpt9"}
    assert inside(tmp_path, name).parent == tmp_path.resolve()


def test_same_title_twice_gets_distinct_names() -> None:
    first = safe_file_name("Notes")
    second = safe_file_name("Notes", taken={first})
    third = safe_file_name("notes", taken={first, second})
    assert len({first, second, third}) == 3 and second == "Notes (2).md"
