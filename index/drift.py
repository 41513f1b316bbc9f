"""Drift: which entries of the index differ from the library (the integrity check).

An annotation saved while the index was busy or broken is remembered and replayed
(``Services.apply``), but a crash or a replay that failed again can still leave an
entry missing, stale or left over. Each entry stores a digest of what it was made of
(``docsha`` for a document's canonical text, ``annsha`` for an annotation);
comparing those with the library's finds the drift without re-analysing anything.
``Indexer.sync`` repairs what is found here, ``Indexer.check`` reports it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from index import entries
from reader.changes import Changes
from reader.errors import NotFound
from reader.sources import AnnotationSource


@dataclass
class TextDrift:
    """Documents whose indexed text differs from the library's, by kind of drift."""

    missing: set[str] = field(default_factory=set)
    stale: set[str] = field(default_factory=set)
    left_over: set[str] = field(default_factory=set)

    @property
    def changed(self) -> set[str]:
        """The documents to (re-)index: missing from the index or out of date."""
        return self.missing | self.stale

    def problems(self) -> list[str]:
        """One line per drifted document, by document id, left-overs last."""
        found = [f"{d}: not in the index" if d in self.missing
                 else f"{d}: indexed text is out of date" for d in sorted(self.changed)]
        return found + [f"{d}: in the index but not in the library"
                        for d in sorted(self.left_over)]


def text_drift(library: dict[str, str], indexed: dict[str, str]) -> TextDrift:
    """Compare ``{doc_id: canonical text sha256}`` of the library and of the index."""
    return TextDrift(missing={d for d in library if d not in indexed},
                     stale={d for d, sha in library.items() if indexed.get(d, sha) != sha},
                     left_over=set(indexed) - set(library))


def library_annotations(source: AnnotationSource | None,
                        doc_ids: set[str]) -> dict[str, tuple[str, str]]:
    """``{entry: (doc_id, digest)}`` of the annotations of the documents ``doc_ids``."""
    if source is None:
        return {}
    out = {entries.highlight_entry(hl.id): (hl.document_id, entries.highlight_hash(hl))
           for hl in source.all_highlights() if hl.document_id in doc_ids}
    for doc_id in doc_ids:
        try:
            note = source.document_note(doc_id)
        except NotFound:  # removed meanwhile
            continue
        if note.strip():
            out[entries.note_entry(doc_id)] = (doc_id, entries.note_hash(note))
    return out


@dataclass
class Drift:
    """Annotation ids (as in :class:`Changes`) by kind of drift, with their documents."""

    missing: dict[str, str] = field(default_factory=dict)  # annotation id -> doc id
    stale: dict[str, str] = field(default_factory=dict)
    left_over: set[str] = field(default_factory=set)

    def changes(self) -> Changes:
        """What re-indexing must do: redo missing and stale entries, drop left-overs."""
        return Changes(annotations=set(self.missing) | set(self.stale),
                       removed_annotations=set(self.left_over))

    def problems(self) -> list[str]:
        """One line per drifted annotation, by document then annotation id."""
        found = [(doc, ann, "annotation not in the index") for ann, doc in self.missing.items()]
        found += [(doc, ann, "indexed annotation is out of date")
                  for ann, doc in self.stale.items()]
        found += [("", ann, "annotation in the index but not in the library")
                  for ann in self.left_over]
        return [f"{ann}: {what}" for _, ann, what in sorted(found)]


def annotation_drift(library: dict[str, tuple[str, str]], indexed: dict[str, str],
                     skip: set[str]) -> Drift:
    """Compare library and index entries; documents in ``skip`` are not looked at.

    ``library`` must cover every document of the library (a left-over is an entry no
    annotation of any document accounts for); ``skip`` holds documents being
    re-indexed or reported whole, whose annotation entries follow them.
    """
    drift = Drift()
    for entry, (doc_id, digest) in library.items():
        if doc_id in skip:
            continue
        if entry not in indexed:
            drift.missing[entries.entry_annotation(entry)] = doc_id
        elif indexed[entry] != digest:
            drift.stale[entries.entry_annotation(entry)] = doc_id
    drift.left_over = {entries.entry_annotation(e) for e in set(indexed) - set(library)}
    return drift
