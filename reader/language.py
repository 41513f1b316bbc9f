"""Per-block language detection, by py3langid (the maintained fork of langid.py).

Readers' pages mix languages (an English post, a French seminar notice, an Italian
paragraph); the index stems each block with its own language's stemmer, so we
detect per block. py3langid was chosen by ``benchmarks/bench_language.py``: on real
paragraphs of 10-40 words in 40 languages its best guess is right 98% of the time
(100% in en/fr/de/it/es/pt/nl), where the stopword profiles it replaces knew six
languages and tagged English technical pages "en,fr". Above all its
probabilities are calibrated: a block it is unsure of (a short heading, a line of
code) gets ``""`` and borrows its neighbour's language (:func:`fill_unknown`), and a
document's languages are the ones with a real share of the confidently detected text
(:func:`dominant`). It is BSD-licensed, pure Python over numpy.

The model (4.5 MB compressed, about 85 MB once loaded, 0.5-1 s to load) is loaded
on the first detection, never on import: listing the library must not pay for it.
"""

from __future__ import annotations

import os
import re
import threading
from collections import Counter
from collections.abc import Sequence
from typing import Any

# Every code :func:`detect` can return: the model's languages, spelled as ours (ISO
# 639-1 where there is one; "no" is "nb", Bokmål, the written standard Snowball's
# Norwegian stems), and Yiddish, which the model lacks but Snowball stems.
SUPPORTED = (
    "ace", "af", "am", "an", "ar", "as", "az", "ba", "bcl", "be", "bg", "bn", "br", "bs",
    "ca", "crh", "cs", "cy", "da", "de", "dz", "el", "en", "eo", "es", "et", "eu", "ext",
    "fa", "fi", "fo", "fr", "fuv", "fy", "ga", "gcf", "gcr", "gd", "gl", "gom", "grc",
    "gu", "gug", "guw", "ha", "he", "hi", "hr", "ht", "hu", "hy", "id", "ig", "is", "it",
    "ja", "jv", "ka", "kab", "kik", "kk", "km", "kn", "ko", "ku", "ky", "la", "lb", "lg",
    "lij", "ln", "lo", "lt", "ltg", "lv", "mg", "mk", "ml", "mn", "mr", "ms", "mt", "my",
    "nb", "ne", "nl", "nn", "nso", "oc", "om", "or", "pa", "pcm", "pl", "ps", "pt", "qu",
    "ro", "ru", "rw", "sa", "sdh", "se", "si", "sk", "sl", "sn", "so", "sq", "sr",
    "st", "sv", "sw", "ta", "te", "tg", "th", "tk", "tl", "tr", "tt", "ug", "uk", "ur",
    "uz", "vec", "vi", "vo", "wa", "xh", "yi", "yo", "zh", "zu",
)

# Which Snowball stemmer (PyStemmer's name) stems each language we can tell.
STEMMERS = {"ar": "arabic", "hy": "armenian", "eu": "basque", "ca": "catalan", "cs": "czech",
            "da": "danish", "nl": "dutch", "en": "english", "eo": "esperanto",
            "et": "estonian", "fi": "finnish", "fr": "french", "de": "german", "el": "greek",
            "hi": "hindi", "hu": "hungarian", "id": "indonesian", "ga": "irish",
            "it": "italian", "lt": "lithuanian", "ne": "nepali", "nb": "norwegian",
            "nn": "norwegian", "fa": "persian", "pl": "polish", "pt": "portuguese",
            "ro": "romanian", "ru": "russian", "sr": "serbian", "st": "sesotho",
            "es": "spanish", "sv": "swedish", "ta": "tamil", "tr": "turkish",
            "yi": "yiddish"}

# Written right to left (Arabic and Hebrew scripts): a view may lay such a block out so
# even when it opens on a Latin word or a number, which Qt alone reads left to right.
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ps", "sdh", "ug", "ur", "yi"})

# The model's labels that are ours under another name; ``zxx`` is its "not a language"
# class (numbers, markup, identifiers): such a block borrows its neighbour's language.
_ALIASES = {"no": "nb", "ary": "ar", "arz": "ar", "hbo": "he", "yue": "zh", "wuu": "zh",
            "uzs": "uz", "zxx": ""}
# Headings of 3-8 words told wrong: 13% taking the best guess, 4% at this confidence.
MIN_CONFIDENCE = 0.5
MIN_WORDS = 3  # fewer words are hardly ever told with confidence: they borrow
SAMPLE = 200  # characters looked at: more changed 2 answers in 540 long paragraphs
_WORD = re.compile(r"[^\W\d_]{2,}")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")  # kana and Han: no spaces

_identifier: Any = None  # py3langid's LanguageIdentifier, once loaded
_batch: Any = None  # the same model read by language_model.BatchModel
_loading = threading.Lock()
_cache: dict[str, str] = {}
CACHE_LIMIT = 10_000  # texts remembered (pages repeat "Added in version 3.6." a lot)
# Fewer texts than this are told one by one by py3langid itself: a walk of all texts at
# once costs ~0.4 ms whatever their number, a text alone ~70 µs (a note, a highlight).
BATCH_FROM = 10


def _model() -> Any:
    """The identifier, loaded once, on first use, whichever thread gets there first."""
    global _identifier, _batch
    if _identifier is None:
        with _loading:
            if _identifier is None:
                # The model's products are small: OpenBLAS's threads (numpy is loaded
                # here first) only spin against the window's and the index's.
                os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
                from py3langid.langid import (  # type: ignore[import-untyped]
                    MODEL_FILE,
                    LanguageIdentifier,
                )

                from reader.language_model import BatchModel

                identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
                _batch = BatchModel(identifier)
                _identifier = identifier
    return _identifier


def detect(text: str) -> str:
    """The language code of ``text``, or ``""`` when it is too short or unsure to tell."""
    return detect_many([text])[0]


def detect_many(texts: Sequence[str]) -> list[str]:
    """:func:`detect` of each text, the ones the model must tell told together: a
    page's blocks cost one walk and one matrix product, not one call each."""
    samples = [text[:SAMPLE] for text in texts]
    found = {s: _cache[s] for s in samples if s in _cache}
    todo = [s for s in dict.fromkeys(samples) if s not in found]
    asked = [s for s in todo if _enough(s)]
    if asked:
        model = _model()
        answers = _batch.classify(asked) if len(asked) >= BATCH_FROM else \
            list(map(model.classify, asked))
        found.update(zip(asked, map(_code, asked, answers), strict=True))
    for sample in todo:
        if len(_cache) >= CACHE_LIMIT:
            _cache.clear()
        _cache[sample] = found.setdefault(sample, "")
    return [found[s] for s in samples]


def _enough(sample: str) -> bool:
    """Enough words to be worth the model (fewer are hardly ever told, and the model
    costs ~30 µs a text); Chinese and Japanese, written without spaces, by characters."""
    return len(_WORD.findall(sample)) >= MIN_WORDS or len(_CJK.findall(sample)) >= 2 * MIN_WORDS


def _code(sample: str, answer: tuple[str, float]) -> str:
    """The model's answer as our code, ``""`` when it is unsure or says "not a language"."""
    label, confidence = answer
    code = _ALIASES.get(label, label)
    if code == "he" and _yiddish(sample):
        return "yi"
    return code if confidence >= MIN_CONFIDENCE else ""


# Yiddish (YIVO spelling) in Hebrew letters: the double letters װ ױ ײ ײַ and the points
# on alef and pe (אַ אָ פֿ). Pointed Hebrew points every letter, so those must dominate.
_YIDDISH = re.compile("[\u05f0-\u05f2\ufb1f]|\u05d0[\u05b7\u05b8]|\u05e4\u05bf")
_POINT = re.compile("[\u05b0-\u05bc]")


def _yiddish(text: str) -> bool:
    """Whether Hebrew letters spell Yiddish (the model only knows Hebrew)."""
    marks = len(_YIDDISH.findall(text))
    return marks > 0 and 2 * marks >= len(_POINT.findall(text))


def fill_unknown(langs: Sequence[str], default: str) -> list[str]:
    """Give undecided blocks the language of the nearest decided block before them."""
    filled: list[str] = []
    previous = ""
    for lang in langs:
        previous = lang or previous
        filled.append(previous)
    first_known = next((lang for lang in langs if lang), default)
    return [lang or first_known for lang in filled]


def dominant(langs: Sequence[str], weights: Sequence[int], minimum_share: float = 0.1) -> list[str]:
    """Languages covering at least ``minimum_share`` of the text whose language was told
    (undecided blocks, ``""``, count for none), most used first."""
    totals: Counter[str] = Counter()
    for lang, weight in zip(langs, weights, strict=True):
        if lang:
            totals[lang] += weight
    whole = sum(totals.values())
    if not whole:
        return []
    return [lang for lang, n in totals.most_common() if n / whole >= minimum_share]
