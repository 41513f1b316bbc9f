"""Turning imported bytes into text, saying which decoding was used.

Readers import whatever their other tools produced: UTF-8 (with or without a BOM),
UTF-16 from Windows editors, and old cp1252 files with smart quotes. We never guess
silently: the decoding is recorded with the document and shown.
"""

from __future__ import annotations

import codecs
import re

from reader.errors import said

MAX_BYTES = 50 * 1024 * 1024

_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f])  # the same, as bytes


class DecodeRefused(ValueError):
    """The bytes are not a text we can read; the message is the reason."""


def decode(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise :class:`DecodeRefused` with a reason."""
    if not data:
        raise DecodeRefused(said("empty file"))
    if len(data) > MAX_BYTES:
        raise DecodeRefused(said("too large ({size} MB; the limit is 50 MB)",
                                  size=f"{len(data) / 1e6:.0f}"))
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return _decode_utf16(data), "utf-16"
    if b"\x00" in data:
        raise DecodeRefused(said("binary file (contains NUL bytes), not text"))
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise DecodeRefused(said("starts as UTF-8 but is not valid UTF-8 at byte {at}",
                                     at=exc.start)) from exc
    try:
        return _sensible(data.decode("utf-8"), data), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise DecodeRefused(said("not valid UTF-8, UTF-16 or cp1252 text (byte {byte} at {at})",
                                 byte=f"0x{data[exc.start]:02x}", at=exc.start)) from exc
    return _sensible(text, data), "cp1252"


def _decode_utf16(data: bytes) -> str:
    try:
        text = data.decode("utf-16")  # the BOM picks the byte order and is dropped
    except UnicodeDecodeError as exc:
        raise DecodeRefused(said("has a UTF-16 BOM but is not valid UTF-16 at byte {at}",
                                 at=exc.start)) from exc
    if not text.strip():
        raise DecodeRefused(said("empty file"))
    return _sensible(text)


def _sensible(text: str, data: bytes | None = None) -> str:
    """Refuse decodings that are technically valid but plainly not prose. ``data``: the
    bytes of a UTF-8 or cp1252 ``text``, where each control character is a byte of its
    own, counted there in one C-level pass (a regex over the text costs ~8 ms a MB)."""
    if data is not None:
        controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    else:
        controls = len(_BINARY_CONTROLS.findall(text))
    if controls > max(8, len(text) // 100):
        raise DecodeRefused(said("binary file (too many control characters), not text"))
    if not text or text.isspace():
        raise DecodeRefused(said("empty file (only white space)"))
    return text
