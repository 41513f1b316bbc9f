"""Text analysis for the index: one tokenisation, folded and stemmed per block language.

Whoosh's stock analysers build one ``Token`` object per word and run each field's
chain separately, which caps indexing near 1.3 MB/s. Here the canonical text is
lowercased once (a C-level call that keeps every offset), split once by a regular
expression, and the offsets come from cumulative lengths, so the Python work is per
*distinct* word, not per occurrence: folding and stemming are memoised, positions
are grouped by a C-level sort. Query words go through the very same functions, so
``donnees``, ``données`` and ``DONNÉES`` meet, before and after stemming.
"""

from __future__ import annotations

import re
import sys
import threading
import unicodedata
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate, compress

from whoosh.lang import stemmer_for_language

from index.cjk import fold_cjk, has_cjk, is_cjk, split_word, split_words
from reader.text import Block

try:  # Snowball in C: ten times Whoosh's pure-Python ports, and a newer Snowball
    import Stemmer as _pystemmer
except ImportError:  # pragma: no cover - the fallback is tested by faking this
    _pystemmer = None

# Bump when anything here changes what goes into the index: the index is rebuilt.
ANALYSER_VERSION = 4  # 3: CJK runs as character pairs (index.cjk); 4: unstemmed languages

LANGUAGES = ("en", "fr", "it", "es", "de", "pt")
_LANG_NAMES = {"en": "english", "fr": "french", "it": "italian", "es": "spanish",
               "de": "german", "pt": "portuguese"}

# Letters and digits, keeping combining marks inside words (NFC leaves a few).
WORD = re.compile(r"[^\W_][\w\u0300-\u036f]*")
_SPLIT = re.compile(r"([^\W_][\w\u0300-\u036f]*)")
_SPECIAL = str.maketrans({"ß": "ss", "œ": "oe", "æ": "ae", "ø": "o", "đ": "d", "ł": "l",
                          "ħ": "h", "ı": "i", "ŀ": "l", "þ": "th", "ð": "d", "_": ""})
MAX_TERM = 64  # longer "words" (hashes, base64) are not worth a term each

# Which Snowball stems the index holds: part of its stamp, since the two differ on
# a few hundred words (``university``, German words); a change means a rebuild.
STEMMER = "pystemmer" if _pystemmer is not None else "whoosh"

_fold_cache: dict[str, str] = {}
_stem_caches: dict[str, dict[str, str]] = {}
_changed_caches: dict[str, dict[str, str]] = {}
CACHE_LIMIT = 1_000_000  # words kept per cache, so a long-lived app stays bounded
_local = threading.local()  # PyStemmer objects are not thread-safe: one per thread


def fold(word: str) -> str:
    """Lowercase, strip accents and expand ligatures: the ``content`` field's form."""
    cached = _fold_cache.get(word)
    if cached is not None:
        return cached
    if word.isascii():  # most words: nothing to decompose
        folded = word.lower().replace("_", "")[:MAX_TERM]
        if len(_fold_cache) < CACHE_LIMIT:
            _fold_cache[word] = folded
        return folded
    if is_cjk(word[0]):  # a CJK pair or character (index.cjk): kept whole
        folded = fold_cjk(word)[:MAX_TERM]
    else:
        decomposed = unicodedata.normalize("NFKD", word.casefold())
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        folded = folded.translate(_SPECIAL)[:MAX_TERM]
    if len(_fold_cache) < CACHE_LIMIT:
        _fold_cache[word] = folded
    return folded


def stem(lang: str, folded: str) -> str:
    """The Snowball stem of an already folded word, memoised per language."""
    result = _stem_caches.get(lang, {}).get(folded)
    if result is None:
        result = stem_all(lang, [folded])[0]
    return result


def stem_all(lang: str, folded: list[str]) -> list[str]:
    """Stems of distinct folded words in one call (PyStemmer stems a list in C)."""
    cache = _stem_caches.setdefault(lang, {})
    stems = _stemmer(lang)(folded)
    if len(cache) < CACHE_LIMIT:
        cache.update(zip(folded, stems, strict=True))
    return stems


def _stemmer(lang: str) -> Callable[[list[str]], list[str]]:
    """This thread's list stemmer for ``lang``: PyStemmer's, else Whoosh's."""
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    found = stemmers.get(lang)
    if found is None:
        found = stemmers[lang] = _new_stemmer(_LANG_NAMES[lang])
    return found


def _new_stemmer(name: str) -> Callable[[list[str]], list[str]]:
    if _pystemmer is not None:
        stemmer = _pystemmer.Stemmer(name, 0)  # no cache of its own: ours is shared
        return stemmer.stemWords
    single = stemmer_for_language(name)

    def stem_list(words: list[str]) -> list[str]:
        return [_safe_stem(single, w) for w in words]

    return stem_list


def _safe_stem(single: Callable[[str], str], word: str) -> str:
    """Whoosh's Snowball ports fail on a few words (Spanish ``argue``): keep the word."""
    try:
        return single(word)
    except IndexError:
        return word


def _learn_changed(lang: str, new: list[str]) -> None:
    """Fill the changed-stem cache for words not seen yet, stemming them in one call.

    The cache maps a folded word to its stem when that differs from the word, else
    ``""``: only those go into the per-language fields (a word that is its own stem
    is already in ``content``, where queries look for it; see :mod:`index.query`).
    """
    cache = _changed_caches.setdefault(lang, {})
    known = _stem_caches.get(lang, {})
    todo = [w for w in new if w not in known]
    if todo:
        stem_all(lang, todo)
    for word in new:
        stemmed = known.get(word)
        if stemmed is None:
            stemmed = stem(lang, word)
        cache[word] = stemmed if stemmed != word else ""


def words(text: str) -> list[str]:
    """The folded words of a query or a short field (title, tags), in order; a CJK
    run as its character pairs (:mod:`index.cjk`)."""
    raw = WORD.findall(text.lower())
    if has_cjk(text):
        raw = [piece for w in raw for piece, _ in split_word(w, 0, index=False)]
    return [f for f in (fold(w) for w in raw) if f]


@dataclass
class Analysed:
    """One text analysed for every content field.

    ``fields`` maps a field name (``content``, ``content_fr``...) to
    ``[(term, encoded_postings), ...]``; ``length`` is the number of words.
    """

    fields: dict[str, list[tuple[str, bytes]]]
    length: int


def _lower_same_length(text: str) -> str:
    """``text.lower()`` with exactly the same length, so offsets carry over."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower()[:1] or ch for ch in text)  # U+0130 and the like


def tokenise(text: str) -> tuple[list[str], list[int]]:
    """Folded words and their start offsets in ``text`` (C-level split and sums)."""
    parts = _SPLIT.split(_lower_same_length(text))
    ends = list(accumulate(map(len, parts)))
    raw = parts[1::2]
    starts = ends[0::2][: len(raw)]
    if has_cjk(text):  # one C-level scan; only then a Python loop over the words
        raw, starts = split_words(raw, starts)
    for word in set(raw).difference(_fold_cache):
        fold(word)
    folded = list(map(_fold_cache.get, raw, raw)) if len(_fold_cache) < CACHE_LIMIT \
        else [fold(w) for w in raw]
    return folded, starts


def encode(positions: Sequence[int], starts: Sequence[int]) -> bytes:
    """Positions then start offsets, as little-endian uint32 (see :class:`PosStarts`)."""
    data = array("I", positions)
    data.extend(starts)
    if sys.byteorder == "big":
        data.byteswap()
    return data.tobytes()


def decode(value: bytes) -> tuple[list[int], list[int]]:
    data = array("I")
    data.frombytes(value)
    if sys.byteorder == "big":
        data.byteswap()
    half = len(data) // 2
    return data[:half].tolist(), data[half:].tolist()


def _postings(terms: list[str], positions: Sequence[int] | None,
              starts: Sequence[int]) -> list[tuple[str, bytes]]:
    """Group occurrences by term with one C-level sort on term ids; encode each term.

    The positions and starts of all terms are packed in two arrays in grouped order,
    so each term's value is two byte slices: no per-occurrence Python code.
    """
    uniq = list(dict.fromkeys(terms))
    ids = dict(zip(uniq, range(len(uniq)), strict=True))
    tid = list(map(ids.__getitem__, terms))
    order = sorted(range(len(terms)), key=tid.__getitem__)
    counts = Counter(tid)
    pos = array("I", order if positions is None else map(positions.__getitem__, order))
    sts = array("I", map(starts.__getitem__, order))
    if sys.byteorder == "big":
        pos.byteswap()
        sts.byteswap()
    pos_b, sts_b = pos.tobytes(), sts.tobytes()
    out: list[tuple[str, bytes]] = []
    at = 0
    for i, term in enumerate(uniq):
        nxt = at + counts[i] * 4
        if term:
            out.append((term, pos_b[at:nxt] + sts_b[at:nxt]))
        at = nxt
    return out


def language_runs(blocks: Sequence[Block], starts: list[int], count: int,
                  default: str) -> list[tuple[str, int, int]]:
    """``(lang, first_word, end_word)`` runs: each block's words go to its language."""
    runs: list[tuple[str, int, int]] = []
    cursor = 0
    for block in blocks:
        lo = bisect_left(starts, block.start, cursor)
        hi = bisect_left(starts, block.end, lo)
        # A language we have no stemmer for gets none: never another language's stems
        # (a Dutch paragraph on an English page); an undetected block, the page's.
        lang = block.lang if block.lang in LANGUAGES else ("" if block.lang else default)
        if lo > cursor:
            _extend(runs, default, cursor, lo)
        if hi > lo:
            _extend(runs, lang, lo, hi)
        cursor = max(cursor, hi)
    if cursor < count:
        _extend(runs, default, cursor, count)
    return runs


def _extend(runs: list[tuple[str, int, int]], lang: str, lo: int, hi: int) -> None:
    if runs and runs[-1][0] == lang and runs[-1][2] == lo:
        runs[-1] = (lang, runs[-1][1], hi)
    else:
        runs.append((lang, lo, hi))


def analyse(text: str, blocks: Sequence[Block] = (), default_lang: str = "") -> Analysed:
    """Analyse ``text`` once for ``content`` and every per-language stemmed field.

    A stemmed field only gets the words whose stem differs from the word.
    """
    folded, starts = tokenise(text)
    fields: dict[str, list[tuple[str, bytes]]] = {
        "content": _postings(folded, None, starts)}
    default = default_lang if default_lang in LANGUAGES else ""
    by_lang: dict[str, tuple[list[str], list[int], list[int]]] = {}
    for lang, lo, hi in language_runs(blocks, starts, len(folded), default):
        if not lang:
            continue
        terms, poss, sts = by_lang.setdefault(lang, ([], [], []))
        cache = _changed_caches.setdefault(lang, {})
        if len(cache) >= CACHE_LIMIT:  # bounded like the fold and stem caches
            cache.clear()
        chunk = folded[lo:hi]
        new = set(chunk).difference(cache)
        if new:
            _learn_changed(lang, list(new))
        stems = list(map(cache.__getitem__, chunk))
        mask = list(map(bool, stems))
        terms.extend(compress(stems, mask))
        poss.extend(compress(range(lo, hi), mask))
        sts.extend(compress(starts[lo:hi], mask))
    for lang, (terms, poss, sts) in by_lang.items():
        fields[f"content_{lang}"] = _postings(terms, poss, sts)
    return Analysed(fields, len(folded))

