"""A highlight's page and chapter, read off its version's structure."""

from reader.locations import Location, Locator
from reader.text import Block, DocumentText, OutlineEntry, TextBuilder


def _paged() -> DocumentText:
    builder = TextBuilder()
    for page, (kind, text) in enumerate([("heading", "Preface"), ("paragraph", "Why."),
                                         ("heading", "Chapter 1. Loomings"),
                                         ("paragraph", "Call me Ishmael.")], start=1):
        builder.page = page
        builder.add_block(text, kind, 1 if kind == "heading" else 0)
    return builder.build(pages=("i", "ii", "1", "2"))


def test_page_label_and_nearest_heading():
    body = _paged()
    locate = Locator(body).at
    assert locate(body.text.index("Why")) == Location("ii", "Preface")
    assert locate(body.text.index("Ishmael")) == Location("2", "Chapter 1. Loomings")
    assert locate(body.text.index("Ishmael")).label() == "p. 2 · Chapter 1. Loomings"


def test_unlabelled_pages_are_numbers_and_no_structure_says_nothing():
    body = DocumentText("one\n\ntwo", (Block(0, 3, page=7), Block(5, 8, page=8)))
    assert Locator(body).at(6) == Location("8", "")
    plain = DocumentText("just words", (Block(0, 10),))
    assert Locator(plain).at(3).label() == ""
    assert Locator(plain).at(3).as_dict() == {"page": None, "chapter": None}


def test_the_books_own_table_of_contents_names_the_chapter():
    body = DocumentText("Loomings\n\nCall me Ishmael.",
                        (Block(0, 8, "heading", 2), Block(10, 26)),
                        outline=(OutlineEntry(1, "1.  Loomings\n", 0),))
    assert Locator(body).at(15).chapter == "1. Loomings"


def test_blocks_round_trip_their_page_and_origin():
    block = Block(3, 9, "table", 1, "fr", page=4, origin="ch01/4/2")
    assert Block.from_list(block.to_list()) == block
    assert len(Block(0, 1).to_list()) == 5  # stored as before when there is neither


def test_a_heading_that_repeats_the_title_names_no_chapter():
    body = DocumentText("Moby-Dick\n\nCall me Ishmael.\n\nLoomings\n\nSome years ago.",
                        (Block(0, 9, "heading", 1), Block(11, 27),
                         Block(29, 37, "heading", 2), Block(39, 54)))
    locate = Locator(body, "Moby-Dick").at
    assert locate(15).chapter == "" and locate(45).chapter == "Loomings"
