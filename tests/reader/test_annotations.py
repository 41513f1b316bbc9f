"""Annotation operations on a real library: create, edit, undo/redo, re-anchoring, CLI."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from typing import Any

import pytest

from reader.annotations import Annotations
from reader.errors import Ambiguous, InvalidInput, NotFound
from tests.conftest import seed_id

TEXT = ("Premier paragraphe, où l'on présente l'idée générale du texte.\n\n"
        "Deuxième paragraphe : les données personnelles sont revendues par des courtiers "
        "qui échappent à toute régulation sérieuse.\n\n"
        "Troisième paragraphe, sur l'été à Genève et les cafés où l'on discute.\n\n"
        "Quatrième paragraphe qui conclut le texte par une note d'espoir.\n")


def _dump(services: Any) -> dict[str, list[tuple[Any, ...]]]:
    conn = services.store.conn
    return {
        "highlights": [tuple(r) for r in conn.execute("SELECT * FROM highlights ORDER BY id")],
        "tags": [tuple(r) for r in conn.execute(
            "SELECT * FROM highlight_tags ORDER BY highlight_id, tag")],
        "labels": [tuple(r) for r in conn.execute("SELECT * FROM color_labels ORDER BY color")],
        "notes": [tuple(r) for r in conn.execute(
            "SELECT id, note, note_modified_at FROM documents ORDER BY id")],
    }


def _import(services: Any, text: str, name: str = "essai.txt") -> str:
    outcome, changes = services.library.import_bytes(name, text.encode("utf-8"))
    services.apply(changes)
    return str(outcome.document_id)


def test_create_stores_both_selectors_and_lists_it(empty_services: Any) -> None:
    doc = _import(empty_services, TEXT)
    text = empty_services.library.get(doc).text
    ann: Annotations = empty_services.annotations
    start = text.index("courtiers")
    h, changes = ann.create(doc, start, start + 9, color="green", note="*qui ?*",
                            tags=["économie", " données  perso ", "économie"])
    assert changes.annotations == {h.id}
    assert (h.exact, h.prefix, h.suffix) == ("courtiers", text[start - 32:start],
                                             text[start + 9:start + 41])
    assert (h.color, h.note, h.tags, h.status) == ("green", "*qui ?*",
                                                   ("économie", "données-perso"), "exact")
    assert ann.get(h.id) == h
    ann.add_tag(h.id, "alpha")
    ann.remove_tag(h.id, "économie")
    assert ann.get(h.id).tags == ("données-perso", "alpha")
    assert [x.id for x in ann.for_document(doc)] == [h.id]
    assert empty_services.library.summary(doc).highlights == 1


@pytest.mark.parametrize("span, reason", [((5, 5), "empty span"), ((-1, 3), "outside"),
                                          ((0, 10_000), "outside"), ((8, 3), "empty span")])
def test_bad_spans_are_refused_and_nothing_is_written(empty_services: Any,
                                                      span: tuple[int, int],
                                                      reason: str) -> None:
    doc = _import(empty_services, TEXT)
    before = _dump(empty_services)
    with pytest.raises(InvalidInput, match=reason):
        empty_services.annotations.create(doc, *span)
    assert _dump(empty_services) == before


def test_bad_colour_and_unknown_document_are_refused(empty_services: Any) -> None:
    doc = _import(empty_services, TEXT)
    with pytest.raises(InvalidInput, match="not a colour"):
        empty_services.annotations.create(doc, 0, 5, color="mauve")
    with pytest.raises(NotFound, match="no such document"):
        empty_services.annotations.create("nope", 0, 5)
    with pytest.raises(NotFound, match="no such highlight"):
        empty_services.annotations.recolor("nope", "blue")


def test_create_from_quote_reports_missing_and_ambiguous_in_words(empty_services: Any) -> None:
    doc = _import(empty_services, TEXT)
    ann = empty_services.annotations
    with pytest.raises(NotFound, match="not found"):
        ann.create_from_quote(doc, "absent de ce texte")
    with pytest.raises(Ambiguous, match="occurs 4 times.*--nth"):
        ann.create_from_quote(doc, "paragraphe")
    with pytest.raises(NotFound, match="occurrence 5 asked"):
        ann.create_from_quote(doc, "paragraphe", nth=5)
    third, _ = ann.create_from_quote(doc, "paragraphe", nth=3)
    assert third.prefix.endswith("Troisième ")
    nfd, _ = ann.create_from_quote(doc, unicodedata.normalize("NFD", "l'été à Genève"))
    assert nfd.exact == "l'été à Genève"


def test_seed_001_offsets_after_the_emoji_are_code_points(services: Any) -> None:
    doc = seed_id(services, "001")
    text = services.library.get(doc).text
    emoji = text.index("\U0001F609")
    h, _ = services.annotations.create_from_quote(doc, "Sur son blog Archinfo")
    assert h.start > emoji
    assert h.start == text.index("Sur son blog Archinfo")
    assert text[h.start:h.end] == "Sur son blog Archinfo" == h.exact
    wink, _ = services.annotations.create_from_quote(doc, "interesting \U0001F609")
    assert wink.end - wink.start == len("interesting ") + 1


Operation = Callable[[Annotations, str, str], object]
OPERATIONS: dict[str, Operation] = {
    "create": lambda a, doc, hid: a.create(doc, 10, 30, color="pink", note="n", tags=["t"]),
    "recolour": lambda a, doc, hid: a.recolor(hid, "purple"),
    "edit note": lambda a, doc, hid: a.set_note(hid, "une **nouvelle** note"),
    "tag": lambda a, doc, hid: a.add_tag(hid, "nouveau"),
    "untag": lambda a, doc, hid: a.remove_tag(hid, "premier"),
    "edit tags": lambda a, doc, hid: a.set_tags(hid, ["x", "y"]),
    "delete highlight": lambda a, doc, hid: a.delete(hid),
    "re-attach highlight": lambda a, doc, hid: a.reattach(hid, 100, 140),
    "edit document note": lambda a, doc, hid: a.set_document_note(doc, "Note du document."),
    "rename colour": lambda a, doc, hid: a.set_color_label("blue", "objection"),
}


@pytest.mark.parametrize("label", list(OPERATIONS))
def test_undo_and_redo_restore_the_exact_database_state(empty_services: Any,
                                                        label: str) -> None:
    doc = _import(empty_services, TEXT)
    ann: Annotations = empty_services.annotations
    h, _ = ann.create(doc, 70, 95, note="avant", tags=["premier", "second"])
    ann.set_document_note(doc, "ancienne note")
    ann.set_color_label("blue", "à vérifier")
    before = _dump(empty_services)
    OPERATIONS[label](ann, doc, h.id)
    after = _dump(empty_services)
    assert after != before
    expected = "create highlight" if label == "create" else label
    assert ann.undo_text == f"Undo {expected}"
    changes = ann.undo()
    assert changes or label == "rename colour"  # no highlight is blue here
    assert _dump(empty_services) == before
    assert ann.can_redo and ann.redo_text == f"Redo {expected}"
    ann.redo()
    assert _dump(empty_services) == after
    ann.undo()
    assert _dump(empty_services) == before


def test_undo_stack_order_and_a_new_command_clears_redo(empty_services: Any) -> None:
    doc = _import(empty_services, TEXT)
    ann: Annotations = empty_services.annotations
    empty = _dump(empty_services)
    h, _ = ann.create(doc, 0, 7)
    ann.recolor(h.id, "blue")
    ann.set_note(h.id, "x")
    ann.undo()
    ann.undo()
    assert ann.get(h.id).color == "yellow"
    ann.set_tags(h.id, ["a"])
    assert not ann.can_redo
    ann.undo()
    ann.undo()
    assert _dump(empty_services) == empty
    assert not ann.can_undo
    with pytest.raises(NotFound, match="nothing to undo"):
        ann.undo()


def test_undo_of_create_after_reanchoring_redoes_the_reanchored_state(
        empty_services: Any) -> None:
    doc = _import(empty_services, TEXT)
    ann: Annotations = empty_services.annotations
    h, _ = ann.create_from_quote(doc, "courtiers")
    _import(empty_services, "Un nouveau début.\n\n" + TEXT)
    moved = ann.get(h.id)
    assert moved.status == "moved"
    ann.undo()
    with pytest.raises(NotFound):
        ann.get(h.id)
    ann.redo()
    assert ann.get(h.id) == moved


def test_document_note_and_colour_labels(empty_services: Any) -> None:
    doc = _import(empty_services, TEXT)
    ann: Annotations = empty_services.annotations
    assert ann.document_note(doc) == ""
    changes = ann.set_document_note(doc, "Résumé.")
    assert changes.annotations == {f"doc-note:{doc}"}
    assert ann.document_note(doc) == "Résumé."
    assert ann.color_labels()["pink"] == "pink"
    h, _ = ann.create(doc, 0, 7, color="pink")
    assert ann.set_color_label("pink", "objection").annotations == {h.id}
    assert ann.color_labels()["pink"] == "objection"
    ann.set_color_label("pink", "")
    assert ann.color_labels()["pink"] == "pink"


def test_new_version_reanchors_and_keeps_orphans(empty_services: Any) -> None:
    doc = _import(empty_services, TEXT)
    ann: Annotations = empty_services.annotations
    kept, _ = ann.create_from_quote(doc, "l'été à Genève")
    changed, _ = ann.create_from_quote(doc, "revendues par des courtiers")
    lost, _ = ann.create_from_quote(doc, "une note d'espoir", note="garde-moi")
    new_text = ("Avant-propos ajouté au début.\n\n"
                + TEXT.replace("revendues par des courtiers", "revendues par des brokers")
                .replace("Quatrième paragraphe qui conclut le texte par une note d'espoir.\n",
                         "Fin.\n"))
    outcome, changes = empty_services.library.import_bytes("essai.txt",
                                                           new_text.encode("utf-8"))
    assert (outcome.status, outcome.document_id) == ("new_version", doc)
    assert {kept.id, changed.id, lost.id} <= changes.annotations
    text = empty_services.library.get(doc).text
    got = {h.id: h for h in ann.for_document(doc)}
    assert got[kept.id].status == "moved"
    assert text[got[kept.id].start:got[kept.id].end] == "l'été à Genève"
    assert got[changed.id].status == "approximate"
    assert got[changed.id].exact == "revendues par des brokers"
    assert got[lost.id].status == "orphaned"
    assert (got[lost.id].exact, got[lost.id].note) == ("une note d'espoir", "garde-moi")
    assert [h.id for h in ann.orphans(doc)] == [lost.id]
    ann.reattach(lost.id, 0, 12)
    assert ann.get(lost.id).status == "exact" and ann.get(lost.id).exact == text[:12]


def test_document_reimported_in_nfd_keeps_highlights_exact(empty_services: Any) -> None:
    doc = _import(empty_services, TEXT)
    ann: Annotations = empty_services.annotations
    h, _ = ann.create_from_quote(doc, "l'été à Genève et les cafés")
    nfd = unicodedata.normalize("NFD", TEXT)
    assert nfd != TEXT
    # Same text once canonicalised (NFC): the library sees no new version at all.
    outcome, _ = empty_services.library.import_bytes("essai.txt", nfd.encode("utf-8"))
    assert outcome.status == "unchanged"
    assert ann.get(h.id) == h
    # An NFD file that also changed elsewhere: a new version, offsets still right.
    edited = unicodedata.normalize("NFD", TEXT + "\nUn paragraphe ajouté à la fin.\n")
    outcome, _ = empty_services.library.import_bytes("essai.txt", edited.encode("utf-8"))
    assert outcome.status == "new_version"
    again = ann.get(h.id)
    assert (again.status, again.start, again.end, again.exact) == ("exact", h.start, h.end,
                                                                   h.exact)


def test_cli_annotate_and_annotations(cli: Any, services: Any) -> None:
    doc = seed_id(services, "001")
    services.close()
    code, out, err = cli("annotate", doc, "--quote", "This is getting interesting",
                         "--note", "*why?*", "--color", "blue", "--tag", "a", "--tag", "b",
                         "--json")
    assert (code, err) == (0, "")
    row = json.loads(out)
    assert (row["quote"], row["color"], row["tags"], row["status"]) == (
        "This is getting interesting", "blue", ["a", "b"], "exact")
    code, out, err = cli("annotate", doc, "--quote", "the")
    assert code == 1 and "--nth" in err
    code, out, _ = cli("annotate", doc, "--quote", "the", "--nth", "2")
    assert code == 0 and out.startswith("highlighted ")
    code, out, _ = cli("annotations", doc, "--json")
    listed = json.loads(out)["highlights"]
    assert sorted(h["quote"] for h in listed) == ["This is getting interesting", "the"]
    assert [h["start"] for h in listed] == sorted(h["start"] for h in listed)
    assert {"id", "status", "start", "end", "quote", "color", "note", "tags"} <= set(listed[0])
    code, out, _ = cli("annotations", doc)
    assert code == 0 and "*why?*" in out and "#a #b" in out
    code, out, _ = cli("list", "--json")
    assert {d["id"]: d["highlights"] for d in json.loads(out)}[doc] == 2


def test_quick_successive_note_edits_undo_as_one_step(empty_services: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.undo as module

    doc = _import(empty_services, TEXT)
    ann: Annotations = empty_services.annotations
    h, _ = ann.create(doc, 0, 7, note="début")
    before = _dump(empty_services)
    for typed in ("d", "de", "deux"):
        ann.set_note(h.id, typed)
    ann.undo()
    assert _dump(empty_services) == before
    ann.redo()
    assert ann.get(h.id).note == "deux"
    monkeypatch.setattr(module, "COALESCE_SECONDS", 0.0)
    ann.set_note(h.id, "trois")
    ann.undo()
    assert ann.get(h.id).note == "deux"
