"""Prefix completion: the most frequent indexed words that start with a prefix.

Whoosh's ``iter_prefix`` unpickles every matching term's info (inlined postings
included) and merges them across segments: ~190 ms for a one-letter prefix on a
500-document library, paid on every keystroke of search-as-you-type. Here each
segment's term table is walked once per (field, prefix), reading only the document
frequency from each term's header, and the few best terms are cached per segment
(segments never change, so neither does the answer). Relies on the term table
layout of the pinned Whoosh 2.7.4 (an ordered hash file of W3 term infos).
"""

from __future__ import annotations

import heapq
import struct
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

_LENGTHS = struct.Struct("!ii")  # an item's key length and value length
_DOC_FREQ = struct.Struct("!I")
_DOC_FREQ_AT = 5  # W3TermInfo header: flags (1 byte), weight (float), doc frequency
CACHE_SIZE = 4096  # answers kept (per segment or segments: completions, filter ids)

_cache: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
_lock = threading.Lock()


def completions(reader: Any, fieldname: str, prefix: str, limit: int) -> list[str]:
    """Up to ``limit`` terms of ``fieldname`` starting with ``prefix``, most
    documents first (ties alphabetical).

    Over several segments the candidates are each segment's best ``2 * limit``,
    ranked by their exact total frequency: a term that is in none of those lists
    is rarer than all of them in every segment, so it is almost never missed.
    """
    leaves = reader.leaf_readers()
    if len(leaves) > 1 and all(hasattr(leaf, "_terms") for leaf, _ in leaves):
        key = (tuple(leaf.segment().segment_id() for leaf, _ in leaves), fieldname, prefix,
               limit)
        return cached(key, lambda: _merged(reader, leaves, fieldname, prefix, limit))
    return _merged(reader, leaves, fieldname, prefix, limit)


def _merged(reader: Any, leaves: list[tuple[Any, int]], fieldname: str, prefix: str,
            limit: int) -> list[str]:
    candidates: dict[str, int] = {}
    for leaf, _ in leaves:
        width = limit if len(leaves) == 1 else 2 * limit
        for freq, term in segment_completions(leaf, fieldname, prefix, width):
            candidates[term] = candidates.get(term, 0) + freq
    if len(leaves) > 1:
        candidates = {term: reader.doc_frequency(fieldname, term) for term in candidates}
    ranked = sorted(candidates.items(), key=lambda item: (-item[1], item[0]))
    return [term for term, _ in ranked[:limit]]


def segment_completions(leaf: Any, fieldname: str, prefix: str,
                        limit: int) -> list[tuple[int, str]]:
    """``(doc frequency, term)`` of one segment's best completions, cached."""
    if not hasattr(leaf, "_terms"):  # an empty index's reader: no term table
        return []
    key = (leaf.segment().segment_id(), fieldname, prefix, limit)
    return cached(key, lambda: _scan(leaf._terms, fieldname, prefix, limit))


def cached(key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
    """``compute()``, remembered under ``key`` (least recently used dropped).

    Keys name segments, which never change once written: the index's answers per
    segment (completions, filters) can be kept for the life of the process.
    """
    with _lock:
        found = _cache.get(key)
        if found is not None:
            _cache.move_to_end(key)
            return found
    found = compute()
    with _lock:
        _cache[key] = found
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return found


def _scan(terms: Any, fieldname: str, prefix: str, limit: int) -> list[tuple[int, str]]:
    """Walk the sorted term table's items for ``prefix`` in one read."""
    table = terms._tindex
    start = terms._keycoder(fieldname, prefix.encode("utf-8"))
    lo = table.closest_key_pos(start)
    if lo is None:
        return []
    hi = table.closest_key_pos(start + b"\xff")
    data = table.dbfile.get(lo, (table.endofdata if hi is None else hi) - lo)
    items: list[tuple[int, int, int]] = []
    pos, end = 0, len(data)
    lengths, freq = _LENGTHS.unpack_from, _DOC_FREQ.unpack_from
    while pos < end:
        keylen, datalen = lengths(data, pos)
        keypos = pos + 8
        items.append((-freq(data, keypos + keylen + _DOC_FREQ_AT)[0], keypos, keylen))
        pos = keypos + keylen + datalen
    best = heapq.nsmallest(limit, items)  # keys are sorted: ties go alphabetically
    return [(-negfreq, data[at + 2:at + size].decode("utf-8")) for negfreq, at, size in best]
