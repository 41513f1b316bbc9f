"""The query language (docs/ARCHITECTURE.md, the index), parsed by hand.

Words are all required; ``OR`` joins the clauses on each side; ``NOT word`` or
``-word`` excludes; ``"a phrase"`` matches exact (folded) words in order;
``word*`` is a prefix; ``title:`` ``author:`` ``tag:`` ``lang:`` ``kind:`` filter.
In search-as-you-type mode the word being typed is a prefix until it is a word of
the index (see :mod:`index.query_build`). What each clause means for ranking is
worked out here once, for the query, the hit offsets and the highlighting alike:

- a word written with an elided article (``l'intimité``, ``d'autoriser``) is that
  word; the article only counts inside the query's phrase bonus;
- a word of several parts (``pare-feu``, ``aujourd'hui``, ``os.path``) is a phrase
  of its parts, and a hyphenated one also the parts written as one (``email``);
- stop words (:mod:`index.stopwords`) are dropped from a query that has other
  words: they count only in its phrases (``mot de passe`` as written ranks first);
- consecutive words make phrases that lift the entries holding them, and two
  neighbouring words also lift the entries that write them as one word (``named
  tuple``, ``namedtuple``; ``lru cache``, ``lru_cache``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.analysis import LANGUAGES, stem, words
from index.stopwords import is_stop

_TOKEN = re.compile(r'(-?)(?:([A-Za-z]+):)?(?:"([^"]*)"?|([^\s"]+))')
FIELDS = {"title": "title", "author": "authors", "authors": "authors", "tag": "tags",
          "tags": "tags", "lang": "lang", "language": "lang", "kind": "kind"}
WHOLE_WORD_FROM = 3  # letters from which the word being typed is also stemmed
# French and Italian elided articles and conjunctions, before an apostrophe.
_ELISION = re.compile(r"(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|dell|all"
                      r"|dall|nell|sull|un|quell|quest)['’ʼ](?=\w)")  # on lowercase text
_HYPHENATED = re.compile(r"[^\W_]+(?:[-‐‑][^\W_]+)+")
MAX_PAIR_PHRASES = 6  # phrases of two neighbouring words, beside the whole run
RUN, PAIR, JOINED = "run", "pair", "joined"  # the kinds of phrase bonus


@dataclass
class Clause:
    """One query item: a word, a prefix or a phrase, maybe on a field, maybe negated.

    ``typing``: the word the reader is typing (search-as-you-type), as opposed to
    a prefix written with ``*``; it stops being a prefix once it is a known word.
    """

    text: str
    field: str = ""
    phrase: bool = False
    prefix: bool = False
    negated: bool = False
    typing: bool = False


@dataclass
class ParsedQuery:
    """Clauses in AND groups (each group is an OR of its clauses), and exclusions."""

    groups: list[list[Clause]] = field(default_factory=list)
    excluded: list[Clause] = field(default_factory=list)

    def clauses(self) -> list[Clause]:
        return [c for group in self.groups for c in group]


def parse(text: str, as_you_type: bool = False) -> ParsedQuery:
    """Parse ``text``; in search-as-you-type mode the last word is a prefix."""
    parsed = ParsedQuery()
    pending_or = pending_not = False
    last: Clause | None = None
    for m in _TOKEN.finditer(text.replace("(", " ").replace(")", " ")):
        minus, fname, quoted, bare = m.group(1), m.group(2), m.group(3), m.group(4)
        if quoted is None and not fname and not minus and bare in ("OR", "AND", "NOT"):
            pending_or = pending_or or bare == "OR"
            pending_not = pending_not or bare == "NOT"
            continue
        raw = quoted if quoted is not None else bare or ""
        clause = Clause(raw, FIELDS.get((fname or "").lower(), ""), phrase=quoted is not None,
                        prefix=quoted is None and raw.endswith("*"),
                        negated=bool(minus) or pending_not)
        if fname and not clause.field:  # "http:" or "12:30": not a filter, plain text
            clause.text = f"{fname}:{raw}"
        clause.text = clause.text.rstrip("*") if clause.prefix else clause.text
        if not clause.text.strip():
            pending_or = pending_not = False
            continue
        if clause.negated:
            parsed.excluded.append(clause)
        elif pending_or and parsed.groups:
            parsed.groups[-1].append(clause)
        else:
            parsed.groups.append([clause])
        last = clause
        pending_or = pending_not = False
    if as_you_type and last is not None and not text[-1:].isspace() and _completable(last):
        last.prefix = last.typing = True
    return parsed


def _completable(clause: Clause) -> bool:
    """Whether the word being typed can be completed as a prefix."""
    return not clause.phrase and not clause.negated and clause.field in ("", "title", "authors")


@dataclass(frozen=True)
class Unit:
    """What one unquoted clause's text is made of.

    ``words``: every folded word as the texts are tokenised (``d'ordonnancement``
    is ``d``, ``ordonnancement``), for phrases; ``core``: the words to match, an
    elided article dropped; ``joined``: a hyphenated word's parts as one word.
    """

    words: tuple[str, ...]
    core: tuple[str, ...]
    joined: str = ""

    @property
    def compound(self) -> bool:
        return len(self.core) > 1


def unit_of(text: str) -> Unit:
    """The :class:`Unit` of an unquoted clause's text."""
    every = tuple(words(text))
    elided = _ELISION.match(text[:9].lower())  # ASCII letters: the same length lowercased
    rest = text[elided.end():] if elided else text
    core = tuple(words(rest)) or every
    joined = "".join(core) if len(core) > 1 and _HYPHENATED.fullmatch(rest) else ""
    return Unit(every, core, joined)


def is_plain(clause: Clause) -> bool:
    """A bare word (or compound) of the text: no field, quotes, ``*`` or minus."""
    return not (clause.field or clause.phrase or clause.prefix or clause.negated)


@dataclass
class Shape:
    """How a query's clauses rank: which are optional stop words, and its phrases.

    ``phrases``: ``(words, kind)`` for each phrase bonus: the whole ``RUN`` of
    neighbouring plain words; each ``PAIR`` of neighbouring words of a longer run,
    with the stop words between them; two words side by side ``JOINED`` as one.
    """

    optional: list[Clause] = field(default_factory=list)
    phrases: list[tuple[list[str], str]] = field(default_factory=list)

    def is_optional(self, clause: Clause) -> bool:
        return any(clause is c for c in self.optional)


def shape(parsed: ParsedQuery) -> Shape:
    """The :class:`Shape` of ``parsed``: stop words are optional when the query
    has a word that is not one (a field's words count; filters do not)."""
    stops = [g[0] for g in parsed.groups if len(g) == 1 and _stop_clause(g[0])]
    content = any(c.field in ("", "title", "authors") and not _stop_clause(c)
                  for g in parsed.groups for c in g)
    found = Shape(optional=stops if content else [])
    for run in _runs(parsed):
        found.phrases.extend(_run_phrases(run))
    return found


def _stop_clause(clause: Clause) -> bool:
    return is_plain(clause) and _stop_unit(unit_of(clause.text))


def _runs(parsed: ParsedQuery) -> list[list[Unit]]:
    """Neighbouring single plain clauses, as units (anything else breaks a run)."""
    runs: list[list[Unit]] = [[]]
    for group in parsed.groups:
        if len(group) == 1 and is_plain(group[0]):
            runs[-1].append(unit_of(group[0].text))
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _run_phrases(run: list[Unit]) -> list[tuple[list[str], str]]:
    """The phrases of one run: all of it from its first to its last content word
    (at least two), each pair of neighbouring content words when it has more, and
    each two single words side by side written as one."""
    content = [k for k, unit in enumerate(run) if not _stop_unit(unit)]
    if len(content) < 2:
        return []
    found = [(_span(run, content[0], content[-1]), RUN)]
    neighbours = list(zip(content, content[1:], strict=False))
    if len(content) > 2:
        found += [(_span(run, a, b), PAIR) for a, b in neighbours][:MAX_PAIR_PHRASES]
    found += [(["".join(run[a].core + run[b].core)], JOINED) for a, b in neighbours
              if b == a + 1 and not run[a].compound and not run[b].compound]
    if 2 < len(content) == content[-1] - content[0] + 1 <= 4:  # ThreadPoolExecutor
        found.append((["".join(w for k in content for w in run[k].core)], JOINED))
    return [(ws, kind) for ws, kind in found if len(ws) > 1 or kind == JOINED]


def _stop_unit(unit: Unit) -> bool:
    """A stop word alone (a compound's parts are a phrase: ``e-mail`` has ``e``)."""
    return not unit.compound and bool(unit.core) and is_stop(unit.core[0])


def _span(run: list[Unit], first: int, last: int) -> list[str]:
    """The words from unit ``first`` to unit ``last``: the first one's elided
    article left out, every word between kept (``mot de passe``)."""
    out = list(run[first].core)
    for unit in run[first + 1:last + 1]:
        out.extend(unit.words)
    return out


Emphasis = tuple[set[str], set[str], set[str]]  # folded words, prefixes, stems


def emphasis_terms(parsed: ParsedQuery, form: Shape) -> Emphasis:
    """What a result's snippet shows in bold: the words the hits are made of.

    A word's stems (its inflections are hits); a compound's or a quoted phrase's
    words as written; the prefix being typed; never an optional stop word.
    """
    plain: set[str] = set()
    prefixes: set[str] = set()
    stemmed: set[str] = set()
    for clause in parsed.clauses():
        if clause.field or form.is_optional(clause):
            continue
        if clause.phrase:
            plain.update(words(clause.text))
            continue
        unit = unit_of(clause.text)
        if clause.prefix and unit.core:
            prefixes.add(unit.core[-1])  # and a whole word, as the index matches it
            whole = unit.core if len(unit.core[-1]) >= WHOLE_WORD_FROM else unit.core[:-1]
            plain.update(whole)
            if not unit.compound:
                stemmed.update(whole)
        elif unit.compound:
            plain.update(unit.core)
            if unit.joined:
                plain.add(unit.joined)
                stemmed.add(unit.joined)
        else:
            plain.update(unit.core)
            stemmed.update(unit.core)
    stems = {stem(lang, t) for t in stemmed for lang in LANGUAGES}
    return plain, prefixes, stems


def emphasis(text: str, as_you_type: bool = True) -> Emphasis:
    """:func:`emphasis_terms` of a query's text alone. Without the index it cannot
    tell that the word being typed is already a word (the search can: see
    ``SearchResults.emphasis``), so that word's completions are in bold too."""
    parsed = parse(text, as_you_type)
    return emphasis_terms(parsed, shape(parsed))
