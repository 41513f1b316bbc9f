"""The issue-2 detector (stopword profiles), kept as the baseline that
``benchmarks/bench_language.py`` compares the library detectors with.

A verbatim copy of ``reader/language.py`` before it moved to a maintained library;
its ``detect`` only.
"""

from __future__ import annotations

import re
from collections import defaultdict

# Stopwords and the page's words meet accent-free (``été``/``ete``), by the one fold
# the reader's typing is matched with too.
from reader.folding import fold_same_length as _fold

SUPPORTED = ("en", "fr", "it", "es", "de", "pt")

_PROFILES: dict[str, str] = {
    "en": """the and of to in is that it for was on are with as be this by at from or an
        have has not but they which you we his her their were been will would there what
        about who when can all more one our its also than them these into only other
        some could should how does don just like do my i he she after over such because""",
    "fr": """le la les des du de et est une un que qui dans pour pas sur par au aux plus
        ce cette ces sont avec il elle ils elles nous vous leur leurs ont été être fait
        mais ou donc ni car comme tout tous aussi sans entre dont se sa son ses très
        y en l d qu c n s j lors où même après chez peut était je ne avait""",
    "it": """il lo la gli le di del della dei delle degli che e è un una per con non
        sono nel nella nei alla al ai come anche più ma questo questa questi sul sulla
        tra fra dal dalla ha hanno essere stato era sua suo loro cui se ci gli ne
        dell nell all sull quale quando mio mia tutto tutti l su molto assai dello
        negli sugli però già perché così ancora ed""",
    "es": """el la los las de del y que en un una es por con para no se su sus al lo
        como más pero este esta estos estas son fue ha han ser hay muy también sobre
        entre cuando donde sin hasta desde porque todo todos nos le les ya ni era
        otro otra puede usted ellos""",
    "de": """der die das und ist nicht ein eine einen dem den des zu mit sich auf für
        von im auch es an werden wird wie als bei nach aus oder noch nur so wir ihr
        sie er ich sind war hat haben kann dass aber wenn zum zur über diese dieser""",
    "pt": """o a os as de do da dos das e é um uma que em no na nos nas por para com
        não se seu sua seus suas ao à mais mas como foi são ser tem também sobre entre
        quando onde sem até desde porque todo todos isso este esta pelo pela ele ela""",
}

_WORD = re.compile(r"[^\W\d_]+")


def _build_weights() -> dict[str, dict[str, float]]:
    """Each stopword votes for its languages, less when many languages share it."""
    owners: dict[str, list[str]] = {}
    for lang, words in _PROFILES.items():
        for word in set(words.split()):
            owners.setdefault(_fold(word), []).append(lang)
    return {word: {lang: 1.0 / len(langs) for lang in langs} for word, langs in owners.items()}


_WEIGHTS = _build_weights()
MIN_SCORE = 2.0


def detect(text: str) -> str:
    """The most likely language code of ``text``, or ``""`` when it is too short to tell."""
    scores: defaultdict[str, float] = defaultdict(float)  # votes are fractions
    for match in _WORD.finditer(text[:4000]):
        votes = _WEIGHTS.get(_fold(match.group().lower()))
        if votes:
            for lang, weight in votes.items():
                scores[lang] += weight
    if not scores:
        return ""
    ranked = sorted(scores.items(), key=lambda vote: vote[1], reverse=True)  # ties: first seen
    (best, score), *rest = ranked[:2] + [("", 0.0)]
    runner_up = rest[0][1]
    if score < MIN_SCORE or score < runner_up * 1.2:
        return ""
    return best
