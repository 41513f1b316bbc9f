"""Plain text laid out by hand is kept as written, prose still reflows (the issue:
hard-wrapped or column-aligned text shown in a monospace block, not reflowed)."""

from __future__ import annotations

import textwrap

import pytest

from reader.importers import parse_bytes, txt_layout
from reader.importers.txt_import import parse
from reader.text import DocumentText, canonicalize

DICKENS = (
    "It was the best of times, it was the worst of times, it was the age of wisdom, "
    "it was the age of foolishness, it was the epoch of belief, it was the epoch of "
    "incredulity, it was the season of Light, it was the season of Darkness, it was "
    "the spring of hope, it was the winter of despair, we had everything before us, "
    "we had nothing before us, we were all going direct to Heaven, we were all going "
    "direct the other way.")
AUSTEN = (
    "It is a truth universally acknowledged, that a single man in possession of a "
    "good fortune, must be in want of a wife. However little known the feelings or "
    "views of such a man may be on his first entering a neighbourhood, this truth is "
    "so well fixed in the minds of the surrounding families, that he is considered "
    "the rightful property of some one or other of their daughters.")
MELVILLE = (
    "Call me Ishmael. Some years ago, never mind how long precisely, having little or "
    "no money in my purse, and nothing particular to interest me on shore, I thought "
    "I would sail about a little and see the watery part of the world. It is a way I "
    "have of driving off the spleen and regulating the circulation.")
PROSE = (DICKENS, AUSTEN, MELVILLE)

POEM = """\
I wandered lonely as a cloud
That floats on high o'er vales and hills,
When all at once I saw a crowd,
A host, of golden daffodils;
Beside the lake, beneath the trees,
Fluttering and dancing in the breeze."""

TABLE = """\
Name        Age   Town
Elizabeth   20    Longbourn
Jane        22    Longbourn
Darcy       28    Pemberley"""

HELP = """\
  -h, --help            show this help message and exit
  -v, --verbose         say more about what is being done
  -o FILE, --output FILE
                        where to write the result
  --color WHEN          colour the output: always, never or auto"""

CODE = """\
    def greet(name):
        return f"Hello, {name}!"
    print(greet("world"))"""


def body_of(source: str) -> DocumentText:
    """Parse, and hold the promise every case keeps: the text is the file's own."""
    body = parse(source)[2]
    assert body.text == canonicalize(source).rstrip().lstrip("\n")
    body.validate()
    return body


def kinds(source: str) -> list[tuple[str, str]]:
    body = body_of(source)
    return [(b.kind, body.text[b.start:b.end]) for b in body.blocks]


def in_prose(*chunks: str) -> str:
    """``chunks`` between paragraphs of prose hard-wrapped at 72, as in a book."""
    wrapped = [textwrap.fill(p, 72) for p in PROSE]
    return "\n\n".join([wrapped[0], *chunks, wrapped[1], wrapped[2]]) + "\n"


def kind_of(chunk: str, source: str) -> str:
    found = [kind for kind, text in kinds(source) if text.strip() == chunk.strip()]
    assert len(found) == 1, kinds(source)
    return found[0]


@pytest.mark.parametrize("width", [60, 72, 79])
def test_prose_hard_wrapped_stays_paragraphs(width: int) -> None:
    source = "\n\n".join(textwrap.fill(p, width) for p in PROSE)
    assert all("\n" in textwrap.fill(p, width) for p in PROSE)  # several lines each
    assert [kind for kind, _ in kinds(source)] == ["paragraph"] * 3


def test_hand_wrapped_ragged_prose_stays_paragraphs() -> None:
    """Lines broken by hand, a word or two short of the margin, are prose still."""
    def ragged(paragraph: str) -> str:
        lines, line = [], ""
        for word in paragraph.split():
            limit = 64 if len(lines) % 2 else 72
            if line and len(line) + 1 + len(word) > limit:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        return "\n".join([*lines, line])
    source = "\n\n".join(ragged(p) for p in PROSE)
    assert [kind for kind, _ in kinds(source)] == ["paragraph"] * 3


def test_two_spaces_after_a_full_stop_are_not_a_table() -> None:
    paragraph = textwrap.fill(MELVILLE.replace(". ", ".  "), 70)
    assert paragraph.count(".  ") >= 2
    assert kind_of(paragraph, in_prose(paragraph)) == "paragraph"
    lined_up = ("I went out.  The sea was grey and the wind blew hard off the land,\n"
                "and I knew.  There was no going back to the town I had left then,\n"
                "not at all.  So I walked on along the shore until the light went.")
    assert kind_of(lined_up, in_prose(lined_up)) == "paragraph"  # the stops share a column


def test_one_sentence_a_line_is_prose() -> None:
    sentences = "Call me Ishmael.\nSome years ago I went to sea.\nIt is a way I have.\n"
    assert kind_of(sentences, in_prose(sentences)) == "paragraph"


def test_poem_among_prose_is_kept_as_written() -> None:
    assert kind_of(POEM, in_prose(POEM)) == "preformatted"


def test_poem_alone_is_kept_as_written() -> None:
    """A file holding only verse: its short lines are not taken for a wrap width."""
    source = "Daffodils\n\n" + POEM + "\n\n" + POEM.upper()
    assert [kind for kind, _ in kinds(source)] == ["heading", "preformatted", "preformatted"]


def test_address_and_signature_are_kept_as_written() -> None:
    letter = "Yours very sincerely,\nElizabeth Bennet\nLongbourn, Hertfordshire"
    assert kind_of(letter, in_prose(letter)) == "preformatted"


def test_space_aligned_table_is_preformatted() -> None:
    assert kind_of(TABLE, in_prose(TABLE)) == "preformatted"
    lines = TABLE.split("\n")
    assert txt_layout.structure(lines, txt_layout.shown_lines(lines), 0) == txt_layout.TABLE


def test_tab_separated_table_is_preformatted() -> None:
    table = "name\tage\ttown\nElizabeth Bennet\t20\tLongbourn\nJane\t22\tLongbourn"
    assert kind_of(table, in_prose(table)) == "preformatted"
    glossary = ("alpha\tthe first letter of the Greek alphabet, in maths and physics\n"
                "epsilon-delta\ta way of defining limits that every student meets\n"
                "omega-point-of-all\tthe end of all things, as some have it, and more")
    shown = txt_layout.shown_lines(glossary.split("\n"))
    assert len({line.index("  ") for line in shown}) == 3  # the tabs line up nothing
    assert txt_layout.by_line_ends(shown, 72) == txt_layout.PROSE  # and the lines are full
    assert kind_of(glossary, in_prose(glossary)) == "preformatted"


def test_ls_listing_is_a_table_by_its_columns() -> None:
    """Full-width lines that the line-end test alone would take for prose."""
    listing = ("-rw-r--r-- 1 root root  4680 Dec  1 14:04 README.Debian.and.more\n"
               "-rw-r--r-- 1 root root 12724 Dec  1 14:04 changelog.Debian.gz.xyz\n"
               "drwxr-xr-x 2 root root  4096 Dec  1 14:04 examples.and.docs.dir")
    lines = listing.split("\n")
    assert txt_layout.by_line_ends(txt_layout.shown_lines(lines), 72) == txt_layout.PROSE
    assert txt_layout.structure(lines, txt_layout.shown_lines(lines), 0) == txt_layout.TABLE
    assert kind_of(listing, in_prose(listing)) == "preformatted"


def test_help_option_list_is_preformatted() -> None:
    source = in_prose("Usage: tool [OPTIONS] FILE", HELP)
    assert kind_of(HELP, source) == "preformatted"
    lines = HELP.split("\n")
    assert txt_layout.structure(lines, txt_layout.shown_lines(lines), 0) == txt_layout.TABLE


def test_indented_code_is_preformatted_with_its_indentation() -> None:
    body = body_of(in_prose(CODE))
    code = [b for b in body.blocks if b.kind == "preformatted"]
    assert [body.text[b.start:b.end] for b in code] == [CODE]  # first line's indent kept


def test_box_drawing_is_preformatted() -> None:
    box = "+--------+-------+\n| Name   | Value |\n+--------+-------+\n| alpha  | 1     |"
    assert kind_of(box, in_prose(box)) == "preformatted"
    framed = "\n".join(["┌" + "─" * 68 + "┐",
                        "│ Marginalia keeps a drawing as it was drawn, frame and words alike │",
                        "│ and the lines of this frame are as long as the lines of the text. │",
                        "└" + "─" * 68 + "┘"])
    assert kind_of(framed, in_prose(framed)) == "preformatted"  # full lines, no columns
    assert kind_of("-" * 40, in_prose("-" * 40)) == "preformatted"


def test_dash_list_stays_list_items() -> None:
    listed = kinds(in_prose("- apples\n- pears\n- plums"))
    assert [t for k, t in listed if k == "list_item"] == ["- apples", "- pears", "- plums"]


def test_line_leading_into_a_list_is_cut_from_it() -> None:
    listed = kinds(in_prose("Report bugs:\n- by mail to bugs@example.org\n- in the tracker"))
    i = listed.index(("paragraph", "Report bugs:"))
    assert listed[i + 1:i + 3] == [("list_item", "- by mail to bugs@example.org"),
                                   ("list_item", "- in the tracker")]


def test_changelog_entries_are_kept_as_written() -> None:
    entry = ("  * Team upload\n"
             "  * d/rules: Don't install large versions of legacy icons from version 41.\n"
             "    This saves about 5M. If applications are relying on these legacy\n"
             "    icons, then a smaller version will be used, scaled up if necessary.\n"
             "  * New upstream release")
    assert kind_of(entry, in_prose(entry)) == "preformatted"


def test_one_wrapped_list_item_reflows() -> None:
    """Nesting is not code: an indented item whose lines wrap is prose."""
    for hang in ("    ", "       "):
        item = textwrap.fill("a) " + AUSTEN, 70, initial_indent="    ", subsequent_indent=hang)
        assert kind_of(item, in_prose(item)) == "paragraph"


def test_underlined_heading_is_cut_from_its_text() -> None:
    section = "Installation\n============\n" + textwrap.fill(MELVILLE, 72)
    listed = kinds(in_prose(section))
    i = listed.index(("preformatted", "Installation\n============"))
    assert listed[i + 1] == ("paragraph", textwrap.fill(MELVILLE, 72))


def test_centred_title_is_still_the_title() -> None:
    source = ("                    THE TALE OF TWO CITIES\n"
              "                      by Charles Dickens\n\n" + textwrap.fill(DICKENS, 72))
    title, authors, body = parse(source)
    assert (title, authors) == ("THE TALE OF TWO CITIES", ["Charles Dickens"])
    assert [b.kind for b in body.blocks] == ["heading", "preformatted", "paragraph"]


def test_title_and_byline_from_a_short_first_chunk() -> None:
    title, authors, body = parse("Moby Dick\nHerman Melville\n\n" + textwrap.fill(MELVILLE, 72))
    assert (title, authors) == ("Moby Dick", ["Herman Melville"])
    assert [b.kind for b in body.blocks] == ["heading", "paragraph", "paragraph"]


def test_no_title_from_a_wrapped_first_paragraph_or_a_table() -> None:
    """Its first line is cut mid-sentence, not a title; a table has none either."""
    assert parse(textwrap.fill(DICKENS, 72) + "\n\n" + textwrap.fill(AUSTEN, 72))[0] == ""
    assert parse(TABLE + "\n\n" + textwrap.fill(AUSTEN, 72))[0] == ""


def test_whole_file_parse_keeps_text_and_title() -> None:
    data = in_prose(POEM, TABLE, CODE).encode()
    doc = parse_bytes("book.txt", b"A Book\n\n" + data)
    assert doc.title == "A Book"
    assert doc.body.text == canonicalize("A Book\n\n" + data.decode()).rstrip()
    assert [b.kind for b in doc.body.blocks].count("preformatted") == 3


def test_five_megabyte_file_parses() -> None:
    sample = in_prose(POEM, TABLE, HELP, CODE, "- apples\n- pears")
    reps = 5_000_000 // len(sample) + 1
    body = body_of("Big Book\n\n" + "\n\n".join([sample] * reps))
    counted = [b.kind for b in body.blocks]
    assert counted.count("preformatted") == 4 * reps
    assert counted.count("list_item") == 2 * reps
    assert counted.count("paragraph") == 3 * reps
