"""What goes into the index for a document, a highlight and a document note.

The sources are Protocols so the index depends on no concrete store: the Library
satisfies :class:`DocumentSource`, the annotations :class:`AnnotationSource` (both
defined once, in :mod:`reader.sources`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from index.analysis import LANGUAGES, analyse, stem, words
from reader.model import Document, Highlight

DOC_NOTE_PREFIX = "doc-note:"
STEM_MARK = "~"  # after a stem in the title and headings fields (never in a folded word)


def doc_entry(doc_id: str) -> str:
    return f"d:{doc_id}"


def highlight_entry(highlight_id: str) -> str:
    return f"h:{highlight_id}"


def note_entry(doc_id: str) -> str:
    return f"n:{doc_id}"


def annotation_entry(annotation_id: str) -> str:
    """The entry key of a Changes annotation id (a highlight id or ``doc-note:<id>``)."""
    if annotation_id.startswith(DOC_NOTE_PREFIX):
        return note_entry(annotation_id[len(DOC_NOTE_PREFIX):])
    return highlight_entry(annotation_id)


def entry_annotation(entry: str) -> str:
    """The Changes annotation id of an annotation entry key (inverse of the above)."""
    kind, _, key = entry.partition(":")
    return f"{DOC_NOTE_PREFIX}{key}" if kind == "n" else key


def highlight_hash(hl: Highlight) -> str:
    """A digest of everything a highlight's entry is made of, to spot drift cheaply."""
    parts = (hl.document_id, str(hl.start), str(hl.end), hl.exact, hl.note, *hl.tags)
    return _digest("\x00".join(parts))


def note_hash(note: str) -> str:
    return _digest(note)


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=10).hexdigest()


def main_language(languages: tuple[str, ...]) -> str:
    return next((lang for lang in languages if lang in LANGUAGES), "")


def document_fields(doc: Document) -> dict[str, Any]:
    """Every field of a document entry, analysed once."""
    main = main_language(doc.languages)
    analysed = analyse(doc.text, doc.body.blocks, main)
    langs = [lang for lang in doc.languages if lang in LANGUAGES]
    fields: dict[str, Any] = dict(
        entry=doc_entry(doc.id), doc_id=doc.id, kind="document",
        docsha=f"{doc.id}:{doc.text_sha256}",
        title=" ".join(with_stems(words(doc.title), langs)), _stored_title=doc.title,
        headings=" ".join(heading_terms(doc, main)),
        authors=" ".join(words(" ".join(doc.authors))), _stored_authors=", ".join(doc.authors),
        lang=" ".join(doc.languages), body=doc.text)
    fields.update(analysed.fields)
    return fields


def with_stems(folded: list[str], langs: Iterable[str]) -> list[str]:
    """``folded``, then each stem (in ``langs``) that differs from its word, marked
    with ``STEM_MARK``: a title or a heading that says ``contexts`` is found, as the
    text is, by ``context``; marked, so a Spanish title's ``paquet`` (``paquetes``)
    weighs as a stem does, not as the French word ``paquet``."""
    stems = {s for lang in langs for w in set(folded) if (s := stem(lang, w)) != w}
    return folded + sorted(s + STEM_MARK for s in stems)


def heading_terms(doc: Document, default: str) -> list[str]:
    """The words of the document's headings, each with its stems in its own
    language: a heading names what its section is about, so it weighs more."""
    out: list[str] = []
    for block in doc.body.blocks:
        if block.kind == "heading":
            lang = block.lang if block.lang in LANGUAGES else default
            out += with_stems(words(doc.text[block.start:block.end]), [lang] if lang else [])
    return out


def highlight_fields(doc: Document, hl: Highlight) -> dict[str, Any]:
    """A highlight's quote, note and tags, searchable with ``kind:note``."""
    text = hl.exact if not hl.note else f"{hl.exact}\n\n{hl.note}"
    fields = _annotation_fields(doc, text)
    fields.update(entry=highlight_entry(hl.id), highlight_id=hl.id, span=[hl.start, hl.end],
                  annsha=f"{highlight_entry(hl.id)}:{highlight_hash(hl)}",
                  tags=" ".join(_tag_terms(hl.tags)), _stored_tags=", ".join(hl.tags))
    return fields


def note_fields(doc: Document, note: str) -> dict[str, Any]:
    fields = _annotation_fields(doc, note)
    fields.update(entry=note_entry(doc.id), annsha=f"{note_entry(doc.id)}:{note_hash(note)}")
    return fields


def _annotation_fields(doc: Document, text: str) -> dict[str, Any]:
    from reader.language import detect

    lang = detect(text) if len(text) > 40 else ""
    lang = lang if lang in LANGUAGES else main_language(doc.languages)
    fields: dict[str, Any] = dict(doc_id=doc.id, kind="annotation", title="",
                                  _stored_title=doc.title,
                                  lang=lang, body=text)
    fields.update(analyse(text, (), lang).fields)
    return fields


def _tag_terms(tags: tuple[str, ...]) -> list[str]:
    """A tag is one term: its folded words joined by ``-`` (``tag:digital-labor``)."""
    return ["-".join(words(tag)) for tag in tags if words(tag)]
