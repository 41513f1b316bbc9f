"""Stop words: the grammatical words of each language the index stems.

A query's articles, prepositions and conjunctions (``de``, ``the``, ``of``...) are
in nearly every text of their language: as required words they only decide which
language a result is in, and their postings (hundreds per chapter) swamp a
result's hits, its highlighting and, in a library where few texts are in that
language, its score. So a query that has other words keeps them only for its
phrase bonus (``mot de passe`` written as such ranks first) and neither requires,
scores, counts nor paints them; a quoted phrase or a query of stop words alone
keeps them as ordinary words (see :mod:`index.query`).

The lists are the Snowball stop lists cut down to function words (articles,
prepositions, conjunctions, pronouns, the commonest auxiliary forms), folded as
the index folds (``à`` is ``a``). Words that mean something in another of our
languages are left out (English ``son``, ``die``, ``man``, ``war``, ``hat``,
``come``, ``car``, ``plus``, ``fur``), as are words that are also names in technical
texts (``mit``, ``ci``, ``any``, ``all``), so a query for them ranks as typed.
"""

from __future__ import annotations

from index.analysis import fold

_LISTS = {
    "en": """a an the and or but nor of to in on at by for with from as into onto
        about than then that this these those there here is are was were be been being
        am it its they them their theirs he him his she her hers we us our ours you
        your yours i me my what which who whom whose when where why how do does did
        has have had having would should could so if not no""",
    "fr": """le la les l un une des de du d et ou mais donc ni que qu qui quoi dont
        a au aux en dans par pour sur sous avec sans chez entre vers ce cet cette ces
        c il ils elle elles on nous vous je j tu me m te t se s lui leur leurs mon
        ma mes ton ta tes sa ses notre nos votre vos y ne n pas est sont etait ont
        avait sera aussi comme si""",
    "it": """il lo la i gli le un uno una di del dello della dei degli delle da dal
        dallo dalla dai dagli dalle in nel nello nella nei negli nelle su sul sullo
        sulla sui sugli sulle con per tra fra e ed o che chi non si ne sono ha hanno
        al allo alla ai agli alle questo questa quello quella anche""",
    "es": """el la los las un una unos unas de del al a en y e o u que con por para
        sin sobre entre es son ser se su sus lo le les no como pero mas muy ya este
        esta esto ese esa hay fue""",
    "de": """der das den dem des ein eine einer eines einem einen und oder aber zu
        zum zur im in am an auf aus bei nach von vor uber unter durch ist sind
        waren wird werden sich nicht als wie wenn dass es er sie wir ihr ich du sein
        seine ihre""",
    "pt": """o a os as um uma uns umas de do da dos das em no na nos nas ao aos e ou
        que com por para pelo pela pelos pelas se sua seu suas seus nao sao mais
        como mas este esta isso""",
}

STOP_LISTS: dict[str, frozenset[str]] = {
    lang: frozenset(fold(w) for w in text.split()) for lang, text in _LISTS.items()}
STOP_WORDS: frozenset[str] = frozenset().union(*STOP_LISTS.values())


def is_stop(term: str) -> bool:
    """Whether the folded ``term`` is a stop word in any language the index stems."""
    return term in STOP_WORDS
