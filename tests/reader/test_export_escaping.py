"""Quotes in exported Markdown parse back, with a CommonMark parser, to exactly the quote."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from reader.export_files import inside, safe_file_name
from reader.export_markdown import demote_headings, quote_block, yaml_string

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


def trimmed(quote: str) -> str:
    """The quote as the export keeps it: each line's ends trimmed (Markdown would drop
    that white space anyway; an export spelling it ``&#32;`` was unreadable)."""
    return "\n".join(line.strip() for line in quote.strip().split("\n"))


@pytest.mark.parametrize("quote", CASES)
def test_escaped_quote_round_trips(quote: str) -> None:
    assert parse_quote(quote_block(quote)) == trimmed(quote)


@pytest.mark.parametrize(("quote", "expected"), [
    ("trailing space ", "> trailing space"),
    ("  leading and trailing\t ", "> leading and trailing"),
    ("\u00a0no-break space\u00a0", "> no-break space"),
    ("\n\n  around  \n\n", "> around"),
    ("    indented code?", "> indented code?"),
    ("line one  \n   line two ", "> line one\n> line two"),
    ("a\n   \nb", "> a\n>\n> b"),
    ("  # heading after spaces", "> \\# heading after spaces"),
    ("  1. list after spaces", "> 1\\. list after spaces"),
])
def test_white_space_at_a_quotes_ends_is_trimmed_not_escaped(quote: str,
                                                             expected: str) -> None:
    block = quote_block(quote)
    assert block == expected
    assert "&#" not in block
    assert parse_quote(block) == trimmed(quote)


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
    if any(not line.strip() for line in lines):
        return
    assert parse_quote(quote_block(quote)) == trimmed(quote)
    assert "&#32;" not in quote_block(quote) and "&#9;" not in quote_block(quote)


def heading_levels(markdown: str) -> list[tuple[int, str]]:
    """(level, text) of every heading CommonMark finds in ``markdown``."""
    tokens = PARSER.parse(markdown)
    return [(int(tok.tag[1:]), _inline_text(tokens[i + 1].children or []))
            for i, tok in enumerate(tokens) if tok.type == "heading_open"]


@pytest.mark.parametrize(("note", "levels"), [
    ("# Idea\n\nWhy it matters.\n\n## Detail", [(3, "Idea"), (4, "Detail")]),
    ("## Only second level", [(3, "Only second level")]),
    ("### Already below", [(3, "Already below")]),
    ("#### Deeper still", [(4, "Deeper still")]),  # never promoted
    ("# a\n##### five\n###### six", [(3, "a"), (6, "five"), (6, "six")]),  # capped
    ("Title\n===\n\nSub\n---", [(3, "Title"), (4, "Sub")]),  # setext
    ("Two line\nsetext\n===", [(3, "Two line setext")]),
    ("C#\n===", [(3, "C#")]),  # the '#' of the text is not a closing sequence
    ("> # in a quote\n\n- ## in a list", [(3, "in a quote"), (4, "in a list")]),
    ("   # indented  #", [(3, "indented")]),
])
def test_note_headings_are_demoted_below_the_sections(note: str,
                                                      levels: list[tuple[int, str]]) -> None:
    assert heading_levels(demote_headings(note)) == levels


@pytest.mark.parametrize("note", [
    "#tag and #another are tags, not headings",
    "```python\n# a comment in code\n```",
    "~~~\n# in a tilde fence\n## too\n~~~",
    "    # indented code block",
    "plain text\nwith lines",
    "",
])
def test_notes_without_headings_are_left_exactly_as_written(note: str) -> None:
    assert demote_headings(note) == note


def test_demotion_keeps_the_rest_of_the_note_byte_for_byte() -> None:
    note = "# Idea\n\n```sh\n# not me\n```\n\nSome *text* #tag\n"
    assert demote_headings(note) == "### Idea\n\n```sh\n# not me\n```\n\nSome *text* #tag\n"


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


@settings(max_examples=300, deadline=None)
@given(st.lists(_risky, min_size=1, max_size=30).map("".join))
def test_a_chapter_inside_a_line_round_trips_with_no_needless_escape(chapter: str) -> None:
    """A chapter cited after "p. 12 · " is escaped for inline use only: "10.1 Setup"
    stays as written (it was "10\\.1 Setup"), and it parses back to itself."""
    from reader.export_markdown import escape_inline

    words = " ".join(chapter.split())
    if not words:
        return
    tokens = PARSER.parse(f"- p. 12 · {escape_inline(words)}")
    inline = next(t for t in tokens if t.type == "inline")
    assert _inline_text(inline.children or []) == f"p. 12 · {words}"


def test_numbered_chapters_keep_their_numbers_plain() -> None:
    from reader.export_markdown import escape_inline, escape_quote_line

    assert escape_inline("10.1 Personnalisation") == "10.1 Personnalisation"
    assert escape_quote_line("10.1 Personnalisation") == "10.1 Personnalisation"
    assert escape_quote_line("10. Personnalisation") == "10\\. Personnalisation"  # a list
