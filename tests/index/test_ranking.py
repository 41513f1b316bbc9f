"""Search that ranks like a librarian (issue 16): stop words, hyphens and elisions,
exact forms first, titles and headings, and the window ranking as the command line."""

from __future__ import annotations

import json
from typing import Any

import pytest

from index.analysis import fold
from index.query import emphasis, parse, shape

# -- small libraries ---------------------------------------------------------------------
CHRONICLE = ("Chronique de la ville\n\n" + " ".join(
    ["Le rapport de la commission de la ville de Lyon parle de la gare de Perrache."] * 50)
    + "\n\nUn mot sur la passe décisive du match, puis une autre passe en retrait.\n")
PASSWORD = ("Choisir un mot de passe\n\nUn bon mot de passe est long et rare. Changez votre "
            "mot de passe quand un service est compromis, et ne le notez nulle part.\n")
SESSION = ("Sécurité\n\nPour ouvrir une session sur le serveur, il faut un compte et un mot "
           "de passe. Les comptes sont créés par l'administrateur, qui attribue aussi les "
           "droits sur les fichiers partagés et les imprimantes du service.\n")
FIREWALL = ("Le réseau\n\nLe pare-feu filtre les connexions entrantes. Un pare feu mal réglé "
            "laisse tout passer. Par défaut, et par prudence, tout est refusé.\n")
FIRE = "Le feu\n\nLe feu de camp s'éteint. Par ici, par là, on rentre par le bois.\n"


def add(services: Any, name: str, text: str) -> str:
    outcome, changes = services.library.import_bytes(name, text.encode("utf-8"))
    services.apply(changes)
    return str(outcome.document_id)


def doc_hits(services: Any, query: str, **kw: Any) -> list[Any]:
    return [h for h in services.indexer.search(query, limit=40, **kw).hits
            if h.kind == "document"]


def spans(services: Any, hit: Any) -> list[str]:
    text = services.library.get(hit.doc_id).text
    return [text[s:e] for s, e in hit.hits]


# -- stop words --------------------------------------------------------------------------
def test_stop_words_neither_dominate_nor_count_as_hits(empty_services: Any) -> None:
    """The chronicle says "de" 251 times, "mot" once and "passe" twice, never as "mot de
    passe"; the other page says "mot de passe" once: it comes first."""
    chronicle = add(empty_services, "chronique.txt", CHRONICLE)
    session = add(empty_services, "session.txt", SESSION)
    results = empty_services.indexer.search("mot de passe")
    hits = [h for h in results.hits if h.kind == "document"]
    assert [h.doc_id for h in hits] == [session, chronicle]
    assert results.total == 2
    for hit in hits:  # neither counted nor painted: only "mot" and "passe"
        assert {fold(w) for w in spans(empty_services, hit)} == {"mot", "passe"}
    assert [len(h.hits) for h in hits] == [2, 3]
    assert "de" not in results.emphasis[0] and {"mot", "passe"} <= results.emphasis[0]


def test_a_phrase_or_a_query_of_stop_words_keeps_them(empty_services: Any) -> None:
    chronicle = add(empty_services, "chronique.txt", CHRONICLE)
    password = add(empty_services, "mdp.txt", PASSWORD)
    quoted = empty_services.indexer.search('"mot de passe"')
    (hit,) = [h for h in quoted.hits if h.kind == "document"]
    assert hit.doc_id == password
    assert [fold(w) for w in spans(empty_services, hit)] == ["mot de passe"] * 3  # one each
    assert "de" in quoted.emphasis[0]
    only = doc_hits(empty_services, "un de")
    assert {h.doc_id for h in only} == {chronicle, password}
    words = {fold(w) for h in only for w in spans(empty_services, h)}
    assert words == {"de", "un"}


def test_stop_words_of_every_language_we_stem() -> None:
    for query in ("the art of war", "mot de passe", "il nome della rosa", "el nombre de la rosa",
                  "der Name der Rose", "o nome da rosa"):
        form = shape(parse(query))
        optional = {fold(c.text) for c in form.optional}
        assert optional and optional.isdisjoint({"art", "war", "mot", "passe", "nome", "rosa",
                                                 "nombre", "name", "rose"}), query
    assert not shape(parse("de la")).optional  # nothing else: they are the query
    assert not shape(parse("lang:fr de")).optional  # a filter is not a word


# -- hyphens and elisions ----------------------------------------------------------------
def test_a_hyphenated_word_is_a_phrase_never_its_stems(empty_services: Any) -> None:
    firewall = add(empty_services, "reseau.txt", FIREWALL)
    add(empty_services, "feu.txt", FIRE)  # "par" and "feu", never "pare feu"
    (hit,) = doc_hits(empty_services, "pare-feu")
    assert hit.doc_id == firewall
    assert spans(empty_services, hit) == ["pare-feu", "pare feu"]  # one hit each, never "par"
    assert emphasis("pare-feu")[2] == set()  # its parts in bold as written, not their stems


@pytest.mark.parametrize(("query", "texts", "found", "written"), [
    ("l'intimité", ["Le prix de l’intimité.", "L'intimité protégée.", "Une intimité rare.",
                    "Un intime ami."], [0, 1, 2], {"intimite"}),
    ("l’intimité", ["Le prix de l’intimité.", "L'intimité protégée."], [0, 1], {"intimite"}),
    ("d'autoriser", ["Il faut d’autoriser l'accès.", "Autoriser tout.", "Une autre chose."],
     [0, 1], {"autoriser"}),
    ("aujourd'hui", ["Aujourd’hui il pleut.", "Hui est un mot rare, aujourd est inconnu."],
     [0], {"aujourd’hui"}),
    ("e-mail", ["Send an e-mail.", "Send an e mail.", "Send an email.", "Send mail."],
     [0, 1, 2], {"e-mail", "e mail", "email"}),
    ("self-evident", ["It is self-evident.", "The self is evident."], [0], {"self-evident"}),
])
def test_elided_and_compound_words_as_a_reader_expects(
        empty_services: Any, query: str, texts: list[str], found: list[int],
        written: set[str]) -> None:
    ids = [add(empty_services, f"t{k}.txt", f"Texte {k}\n\n{t}\n") for k, t in enumerate(texts)]
    hits = doc_hits(empty_services, query)
    assert {h.doc_id for h in hits} == {ids[k] for k in found}
    for hit in hits:  # one word, one hit (F3 stops once), never the article alone
        (span,) = spans(empty_services, hit)
        assert fold(span) in written, span


# -- exact forms first -------------------------------------------------------------------
FRENCH = ("Note du jour\n\nCe matin, le facteur a laissé un paquet devant la porte de la "
          "maison, puis il est reparti vers la poste sous la pluie fine de novembre.\n")
SPANISH = ("Nota del día\n\nEl gestor instala cada paquete con sus dependencias; un paquete "
           "roto se repara, y el paquete nuevo llega con otro paquete.\n")


def test_the_exact_word_outranks_another_languages_stem(empty_services: Any) -> None:
    """However often the Spanish note says ``paquete`` (Spanish stem ``paquet``), the
    French note that says ``paquet`` once comes first, and the other way round."""
    french = add(empty_services, "fr.txt", FRENCH)
    spanish = add(empty_services, "es.txt", SPANISH)
    assert empty_services.library.get(spanish).languages[:1] == ("es",)
    assert [h.doc_id for h in doc_hits(empty_services, "paquet")] == [french, spanish]
    assert [h.doc_id for h in doc_hits(empty_services, "paquete")] == [spanish, french]


# -- titles and headings -----------------------------------------------------------------
FILLER = "Python runs code line by line, and each line may call other functions. "


def test_title_and_heading_matches_weigh_more(empty_services: Any) -> None:
    """Said in the title, then in a heading, then only in paragraphs (twice as often):
    in that order."""
    body = FILLER * 8 + "A context manager sets things up and tears them down."
    titled = add(empty_services, "a.md", f"# Context managers\n\n{body}\n")
    headed = add(empty_services, "b.md", f"# Notes\n\n## Context managers\n\n{body}\n")
    plain = add(empty_services, "c.md", f"# Notes\n\n## Other things\n\n{body} Context "
                                        f"managers again, and context managers once more.\n")
    order = [h.doc_id for h in doc_hits(empty_services, "context manager")]
    assert order == [titled, headed, plain]


# -- the window ranks and counts as the command line -------------------------------------
@pytest.mark.parametrize("query", ["context manager", "digital labor", "mot de passe",
                                   "travailleurs des plateformes", "strike", "lithium",
                                   "pare-feu"])
def test_the_window_ranks_and_counts_as_the_command_line(
        services: Any, cli: Any, query: str) -> None:
    from ui.window.workers.search import RESULT_LIMIT, panel_search

    add(services, "mdp.txt", PASSWORD)
    add(services, "reseau.txt", FIREWALL)
    # "laboratory", "managed": completions of "labor", "manage", not the words typed
    add(services, "lab.txt", "The lab\n\nOur digital laboratory opened in May, with managed "
                             "servers and a context of its own.\n")
    add(services, "ctx.md", "# Context managers\n\nA context manager wraps a block; "
                            "context managers nest, and a manager of contexts too.\n")
    window = panel_search(services, query)  # typed, the last word a prefix until a word
    code, out, err = cli("search", query, "--json", "--limit", str(RESULT_LIMIT))
    assert code == 0, err
    answer = json.loads(out)
    assert window.hits, query
    assert [(h.doc_id, h.kind, h.hits) for h in window.hits] == \
        [(h["doc_id"], h["kind"], [tuple(s) for s in h["hits"]]) for h in answer["hits"]]
    assert window.total == answer["total"]


def test_a_word_still_being_typed_is_completed(services: Any) -> None:
    from ui.window.search.panel import emphasise, query_terms
    from ui.window.workers.search import panel_search

    typed = panel_search(services, "lith")  # no word "lith": its completions
    assert typed.hits and all("lith" in h.snippet.lower() for h in typed.hits)
    results = panel_search(services, "mot de passe")
    assert emphasise("un mot de passe", query_terms(results)) == \
        "un <b>mot</b> de <b>passe</b>"
    assert emphasise("un mot de passe", query_terms('"mot de passe"')) == \
        "un <b>mot</b> <b>de</b> <b>passe</b>"


# -- Chinese, Japanese, Korean -----------------------------------------------------------
CJK_TEXTS = {"zh.txt": "北京\n\n我爱北京天安门。天安门广场很大，游客很多。\n",
             "ja.txt": "旅行\n\n東京タワーへ行きました。東京は大きい町です。\n",
             "ko.txt": "검색\n\n한국어 검색 테스트입니다. 검색 결과가 많습니다.\n",
             "en.txt": "Travel\n\nWe went to Beijing and Tokyo last spring.\n"}


@pytest.mark.parametrize(("query", "found", "written"), [
    ("天安门", ["zh.txt"], ["天安门", "天安门"]),
    ("北京", ["zh.txt"], ["北京", "北京"]),
    ("京", ["zh.txt", "ja.txt"], ["京"]),  # alone: the end of a run, or a pair's start
    ("タワー", ["ja.txt"], ["タワー"]),
    ("東京タワー", ["ja.txt"], ["東京タワー"]),
    ("검색", ["ko.txt"], ["검색"]),
    ("京天门", [], []),  # its pairs are there, but not one after the other
])
def test_chinese_japanese_korean_by_character_pairs(
        empty_services: Any, query: str, found: list[str], written: list[str]) -> None:
    ids = {add(empty_services, name, text): name for name, text in CJK_TEXTS.items()}
    results = empty_services.indexer.search(query)
    hits = [h for h in results.hits if h.kind == "document"]
    assert sorted(ids[h.doc_id] for h in hits) == sorted(found)
    for hit in hits:
        assert set(spans(empty_services, hit)) == set(written)
        assert len(spans(empty_services, hit)) >= len(set(written))
    assert results.suggestion == ""  # no spelling to correct


def test_cjk_matches_are_in_bold() -> None:
    from ui.window.search.panel import emphasise, query_terms

    assert emphasise("我爱北京天安门。", query_terms("天安门")) == "我爱北京<b>天安门</b>。"
    assert emphasise("東京タワー", query_terms("京")) == "東<b>京</b>タワー"


MANUAL = ("Manuel\n\nSommaire\n\n" + "\n\n".join(
    f"{n}. Passer les options {n}, passer les réglages, passer outre" for n in range(1, 9))
    + "\n\n" + " ".join(["Un long chapitre sur autre chose que la sécurité."] * 30)
    + "\n\nEntrez votre mot de passe puis validez.\n")


def test_the_snippet_comes_from_where_the_query_is_written_not_a_dense_stem(
        empty_services: Any) -> None:
    """A contents page full of "Passer" (one stem of "passe") loses the snippet to the
    paragraph that says "mot de passe"; the hit's place (where it is cited and opens)
    is the snippet's."""
    manual = add(empty_services, "manuel.txt", MANUAL)
    (hit,) = [h for h in doc_hits(empty_services, "mot de passe") if h.doc_id == manual]
    assert "mot de passe" in hit.snippet and "Sommaire" not in hit.snippet
    text = empty_services.library.get(manual).text
    assert hit.at == text.index("mot de passe") and hit.at in [s for s, _ in hit.hits]
    assert hit.hits[0][0] < hit.at  # the first match is still in the contents
