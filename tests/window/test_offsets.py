"""The code point <-> UTF-16 conversion, checked against Python's own UTF-16 encoder."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ui.window.reading.offsets import OffsetMap

# Emoji, a ZWJ family, a flag, combining accents, CJK and plain ASCII.
PIECES = ["a", "é", "e\u0301", "😉", "👩\u200d👩\u200d👧", "🇫🇷", "漢", "\n", " ", "𝔘", "\u00a0"]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join) | st.text(max_size=60)


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


@given(texts, st.data())
def test_to_qt_matches_utf16_encoding(text: str, data: st.DataObject) -> None:
    m = OffsetMap(text)
    offset = data.draw(st.integers(0, len(text)))
    assert m.to_qt(offset) == utf16_len(text[:offset])
    assert m.qt_length == utf16_len(text)


@given(texts, st.data())
def test_round_trip_both_ways(text: str, data: st.DataObject) -> None:
    m = OffsetMap(text)
    offset = data.draw(st.integers(0, len(text)))
    assert m.from_qt(m.to_qt(offset)) == offset
    position = data.draw(st.integers(0, m.qt_length))
    back = m.from_qt(position)
    # Either the position is a character boundary and maps back exactly, or it sits
    # inside a surrogate pair and rounds down to that character's start.
    assert m.to_qt(back) in (position, position - 1)
    assert utf16_len(text[:back]) == m.to_qt(back)


def test_emoji_and_surrogate_middle() -> None:
    text = "ab😉cd"
    m = OffsetMap(text)
    assert [m.to_qt(i) for i in range(6)] == [0, 1, 2, 4, 5, 6]
    assert [m.from_qt(p) for p in range(7)] == [0, 1, 2, 2, 3, 4, 5]


def test_clamps_out_of_range() -> None:
    m = OffsetMap("x😉")
    assert m.to_qt(-3) == 0 and m.to_qt(99) == 3
    assert m.from_qt(99) == 2
