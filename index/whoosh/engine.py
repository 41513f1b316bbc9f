"""The Whoosh calls of the index's life cycle, for one generation's folder.

Creating, opening and validating an index; a writer with our codec and segment
writer; the ``key:hash`` pairs the drift checks read from the lexicon; the queries
that delete a document's entries. ``index.indexer`` decides when; this module says
how in Whoosh's terms. Creating checks the Whoosh version (a rebuild may come first);
the indexer checks it before any open.
"""

from __future__ import annotations

import gc
import pickle
import struct
import warnings
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from index.whoosh.codec import MarginaliaCodec
from index.whoosh.schema import build_schema
from index.whoosh.segment_writer import BulkSegmentWriter
from index.whoosh.storage import MappedStorage
from index.whoosh.version import require_pinned
from reader.errors import LibraryBusy
from whoosh.index import LockError
from whoosh.writing import SegmentWriter

# What reading a damaged generation raises (truncated, garbage or missing files).
CORRUPTION = (OSError, EOFError, struct.error, zlib.error, pickle.UnpicklingError)


def create(path: Path) -> Any:
    """A new, empty index with our schema in the (existing, empty) folder ``path``."""
    require_pinned()  # cached: costs nothing after the first time
    return _storage(path).create_index(build_schema())


def open_validated(path: Path) -> tuple[Any, str]:
    """The opened and validated index at ``path``, or why it cannot be used.

    Whoosh leaves the files of an index it failed to open to the garbage collector,
    so they are released here, quietly, rather than warned about at a random time.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        problem = ""
        try:
            ix = _storage(path).open_index()
            _validate(ix)
        except Exception as exc:  # any failure to read it means: rebuild
            ix, problem = None, f"{path}: unreadable ({type(exc).__name__}: {exc})"
        if problem:
            gc.collect()
        return ix, problem


def _storage(path: Path) -> MappedStorage:
    """The files of one generation, mapped and read without copies (see the module)."""
    return MappedStorage(str(path))


def _validate(ix: Any) -> None:
    """Touch every segment's files, so a truncated or garbage one fails here."""
    with ix.reader() as reader:
        reader.doc_count()
        for _ in reader.lexicon("docsha"):
            pass
        for _ in reader.lexicon("entry"):
            pass
        if reader.doc_count():
            reader.stored_fields(0)


@contextmanager
def writer(ix: Any, timeout: float, **options: Any) -> Iterator[SegmentWriter]:
    """A writer waiting ``timeout`` seconds for Whoosh's lock, then reporting the index
    busy; committed when the block ends, cancelled when it raises."""
    try:
        options.setdefault("codec", MarginaliaCodec())
        opened = BulkSegmentWriter(ix, timeout=timeout, **options)
    except LockError as exc:
        raise LibraryBusy("index") from exc
    try:
        yield opened
    except BaseException:
        opened.cancel()
        raise
    opened.commit()


def lexicon_pairs(ix: Any, fieldname: str) -> dict[str, str]:
    """The live ``key:hash`` terms of an ID field, split at the last colon."""
    with ix.reader() as reader:
        terms = list(reader.lexicon(fieldname))
        if reader.has_deletions():  # the lexicon still lists deleted entries' terms
            terms = [t for t in terms if any(
                not reader.is_deleted(n) for n in reader.postings(fieldname, t).all_ids())]
        pairs = (term.decode("utf-8").rpartition(":") for term in terms)
        return {key: sha for key, _, sha in pairs}


def document_entries(doc_id: str) -> Any:
    """Every entry of a document: its text and its annotations."""
    from whoosh.query import Term

    return Term("doc_id", doc_id)


def annotation_entries(doc_id: str) -> Any:
    """The annotation entries of a document."""
    from whoosh.query import And, Term

    return And([Term("doc_id", doc_id), Term("kind", "annotation")])
