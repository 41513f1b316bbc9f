"""The index's life cycle: open or rebuild, incremental updates, integrity (DESIGN §5).

Layout of the index folder: ``CURRENT`` names the live generation, ``gen-*/`` are
Whoosh indexes, each with a ``STAMP`` file (schema and analyser versions). Anything
wrong when opening (folder missing, unreadable table of contents, truncated segment,
stamp changed) rebuilds from the library into a *fresh* generation that is then
swapped in, so a reader of the old one is never disturbed. Writers wait at most
``timeout`` seconds for Whoosh's lock, then raise ``LibraryBusy("index")``.
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import re
import shutil
import struct
import threading
import time
import warnings
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh.index import LockError
from whoosh.util.filelock import FileLock
from whoosh.writing import SegmentWriter

from index import drift, entries
from index.drift import Drift
from index.entries import AnnotationSource, DocumentSource
from index.search import SearchResults, new_searcher, run_search
from index.whoosh import parallel
from index.whoosh.codec import MarginaliaCodec
from index.whoosh.schema import STAMP, build_schema
from index.whoosh.segment_writer import BulkSegmentWriter
from index.whoosh.storage import MappedStorage
from reader.changes import Changes
from reader.errors import IndexUnwritable, LibraryBusy, NotFound, describe_os_error
from reader.model import Document, Highlight
from reader.paths import atomic_write_bytes

log = logging.getLogger(__name__)
GENERATION = re.compile(r"gen-[0-9a-f]+-[0-9]+")  # the folders rebuild() names

Progress = Callable[[int, int], None]
HashSource = Callable[[], dict[str, str]]


@dataclass
class IndexReport:
    """What an indexing run did; ``chars`` counts canonical text analysed."""

    analysed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    annotations: int = 0
    chars: int = 0
    rebuilt: str = ""  # why the index was rebuilt, if it was


class Indexer:
    """Keeps the Whoosh index in step with the library and opens it for search."""

    def __init__(self, folder: Path, documents: DocumentSource,
                 annotations: AnnotationSource | None = None,
                 hashes: HashSource | None = None, timeout: float = 5.0,
                 opener: parallel.Opener | None = None) -> None:
        """``opener`` (picklable) opens the same sources in another process: without
        it a rebuild is written by this process alone."""
        self.folder = Path(folder)
        self.documents = documents
        self.annotations = annotations
        self.hashes = hashes
        self.timeout = timeout
        self.opener = opener
        self._ix: Any = None
        self._gen = ""
        self._lock = threading.RLock()
        self._searcher: Any = None
        self._synced = False
        self._held = 0
        self._searcher_ix: Any = None
        self.last_rebuild = ""

    # -- opening ---------------------------------------------------------------
    @property
    def current_file(self) -> Path:
        return self.folder / "CURRENT"

    def index(self) -> Any:
        """The open Whoosh index, rebuilt first when missing, corrupt or outdated."""
        with self._lock:
            gen = self._read_current()
            if self._ix is not None and gen == self._gen:
                return self._ix
            problem = self._try_open(gen)
            if problem:
                self.rebuild(reason=problem)
            elif not self._synced:
                self._synced = True
                try:  # catch up with writes another process made before a crash
                    self.sync()
                except (OSError, IndexUnwritable) as exc:  # full disk: search it as it is
                    log.warning("index not brought up to date (%s)", exc)
            return self._ix

    def _read_current(self) -> str:
        """The live generation's name; "" when ``CURRENT`` is missing or not one of ours
        (garbage, or a path that would lead outside the index folder)."""
        try:
            name = self.current_file.read_text("utf-8").strip()
        except (OSError, ValueError):
            return ""
        return name if GENERATION.fullmatch(name) else ""

    def _try_open(self, gen: str) -> str:
        """Open generation ``gen``; the reason it cannot be used, or ``""``."""
        if not gen:
            return "no index yet"
        path = self.folder / gen
        try:
            stamp = (path / "STAMP").read_text("utf-8").strip()
        except (OSError, ValueError):
            return f"{path}: missing or unreadable"
        if stamp != STAMP:
            return f"{path}: made for {stamp}, need {STAMP}"
        ix, problem = _open_generation(path)
        if problem:
            return problem
        self._close_ix()
        self._ix, self._gen = ix, gen
        return ""

    def _close_ix(self) -> None:
        self._close_searcher()
        if self._ix is not None:
            self._ix.close()
            self._ix = None

    # -- writing ---------------------------------------------------------------
    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the index folder's write lock (re-entrant in this object).

        Whoosh's own lock lives inside one generation; this one also keeps a rebuild
        in another process from swapping generations under a writer.
        """
        lock = None if self._held else self._acquire_lock()
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
            if lock is not None:
                lock.release()

    def _acquire_lock(self) -> FileLock:
        """The folder's write lock, waiting ``timeout`` seconds for another writer."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            lock = FileLock(str(self.folder / "WRITE.lock"))
            deadline = time.monotonic() + self.timeout
            while not lock.acquire():
                if time.monotonic() >= deadline:
                    raise LibraryBusy("index")
                time.sleep(0.05)
        except OSError as exc:  # read-only disk, a file named index...
            raise IndexUnwritable(f"{self.folder}: cannot write the search index "
                                  f"({describe_os_error(exc)})") from exc
        return lock

    @contextmanager
    def writer(self, ix: Any = None, **options: Any) -> Iterator[SegmentWriter]:
        """A Whoosh writer that waits ``timeout`` seconds, then reports the index busy."""
        with self.exclusive():
            ix = ix if ix is not None else self.index()
            with self._whoosh_writer(ix, **options) as writer:
                yield writer

    @contextmanager
    def _whoosh_writer(self, ix: Any, **options: Any) -> Iterator[SegmentWriter]:
        try:
            options.setdefault("codec", MarginaliaCodec())
            writer = BulkSegmentWriter(ix, timeout=self.timeout, **options)
        except LockError as exc:
            raise LibraryBusy("index") from exc
        try:
            yield writer
        except BaseException:
            writer.cancel()
            raise
        writer.commit()

    def rebuild(self, reason: str = "full rebuild requested",
                progress: Progress | None = None) -> IndexReport:
        """Index the whole library into a fresh generation, then swap it in."""
        with self._lock, self.exclusive():
            log.info("rebuilding the index in %s: %s", self.folder, reason)
            started = time.perf_counter()
            gen = f"gen-{time.time_ns():x}-{os.getpid()}"
            ix, report = self._build_generation(gen, reason, progress)
            self._close_ix()
            self._ix, self._gen = ix, gen
            self._remove_old_generations(gen)
            self._synced = True
            self.last_rebuild = reason
            log.info("index rebuilt: %d documents in %.2f s", len(report.analysed),
                     time.perf_counter() - started)
            return report

    def _build_generation(self, gen: str, reason: str,
                          progress: Progress | None) -> tuple[Any, IndexReport]:
        """Write generation ``gen`` and make it current. On any failure (disk full,
        Ctrl-C) its folder goes: a failed rebuild leaves no half-made generation, and
        the previous one stays current."""
        path = self.folder / gen
        try:
            path.mkdir()
            ix = _storage(path).create_index(build_schema())
            report = IndexReport(rebuilt=reason)
            self._fill(ix, str(path), report, progress)
            (path / "STAMP").write_text(STAMP, "utf-8")
            atomic_write_bytes(self.current_file, gen.encode("utf-8"))
        except BaseException as exc:
            if self._read_current() != gen:
                shutil.rmtree(path, ignore_errors=True)
            if not isinstance(exc, OSError):
                raise
            raise IndexUnwritable(f"{self.folder}: cannot build the search index "
                                  f"({describe_os_error(exc)}); the library is intact") from exc
        return ix, report

    def _fill(self, ix: Any, path: str, report: IndexReport,
              progress: Progress | None) -> None:
        """Index every document and its annotations, in parallel when the library is big."""
        summaries = self.documents.list_documents()
        sources = (self.documents, self.annotations)
        workers = parallel.worker_count(sum(s.size for s in summaries))
        share = None
        if workers > 1 and self.opener is not None:
            try:
                share = parallel.build_segments(ix, path, summaries, sources, self.opener,
                                                workers, progress)
            except Exception as exc:  # no processes here (sandbox, frozen app): go serial
                if not parallel.serial_may_succeed(exc):
                    raise
                log.warning("parallel indexing failed (%s); indexing in this process", exc)
        if share is None:
            with self.writer(ix, limitmb=256) as writer:
                share = parallel.add_documents(writer, sources, [s.id for s in summaries],
                                               progress)
        report.analysed = share.analysed
        report.chars = share.chars
        report.annotations = share.annotations

    def _remove_old_generations(self, keep: str) -> None:
        """Remove the generations this index made before ``keep`` — only folders
        named like ours: whatever else sits in the folder is not ours to delete."""
        for child in self.folder.iterdir():
            if (child.is_dir() and not child.is_symlink() and child.name != keep
                    and GENERATION.fullmatch(child.name)):
                shutil.rmtree(child, ignore_errors=True)

    def _add_document(self, writer: SegmentWriter, doc_id: str, report: IndexReport) -> None:
        """Re-index a document and its annotations (or drop it if it is gone)."""
        try:
            doc = self.documents.get(doc_id)
        except NotFound:
            self._delete_document(writer, doc_id, report)
            return
        writer.update_document(**entries.document_fields(doc))
        report.analysed.append(doc_id)
        report.chars += len(doc.text)
        writer.delete_by_query(_annotations_of(doc_id))
        self._add_annotations(writer, doc, report)

    def _add_annotations(self, writer: SegmentWriter, doc: Document,
                         report: IndexReport) -> None:
        report.annotations += parallel.add_annotations(writer, self.annotations, doc)

    def _delete_document(self, writer: SegmentWriter, doc_id: str, report: IndexReport) -> None:
        from whoosh.query import Term

        writer.delete_by_query(Term("doc_id", doc_id))
        report.removed.append(doc_id)

    def update(self, changes: Changes) -> IndexReport:
        """Follow what a domain operation changed; unchanged texts are not re-analysed."""
        report = IndexReport()
        if not changes:
            return report
        with self._lock:
            ix = self.index()
            indexed = self.indexed_hashes()
            current = self._library_hashes() if changes.documents else {}
            with self.writer(ix) as writer:
                for doc_id in sorted(changes.removed_documents):
                    self._delete_document(writer, doc_id, report)
                redo = changes.documents - changes.removed_documents
                for doc_id in sorted(redo):
                    if indexed.get(doc_id) is not None and current.get(doc_id) == indexed[doc_id]:
                        report.unchanged += 1
                    else:
                        self._add_document(writer, doc_id, report)
                skip = redo | changes.removed_documents
                self._update_annotations(writer, changes, skip, report)
        return report

    def _update_annotations(self, writer: SegmentWriter, changes: Changes, skip: set[str],
                            report: IndexReport) -> None:
        """Re-index changed annotations, except those of documents just re-indexed."""
        for ann_id in sorted(changes.removed_annotations):
            writer.delete_by_term("entry", entries.annotation_entry(ann_id))
        if self.annotations is None:
            return
        docs: dict[str, Any] = {}
        for ann_id in sorted(changes.annotations - changes.removed_annotations):
            doc_id, hl = self._annotation_target(ann_id)
            if doc_id in skip:
                continue
            fields = self._annotation_fields(doc_id, hl, docs) if doc_id else None
            if fields is None:
                writer.delete_by_term("entry", entries.annotation_entry(ann_id))
            else:
                writer.update_document(**fields)
                report.annotations += 1

    def _annotation_target(self, ann_id: str) -> tuple[str, Highlight | None]:
        """The document of an annotation id, and its highlight (``""`` if gone)."""
        assert self.annotations is not None
        if ann_id.startswith(entries.DOC_NOTE_PREFIX):
            return ann_id[len(entries.DOC_NOTE_PREFIX):], None
        try:
            hl = self.annotations.get(ann_id)
        except NotFound:
            hl = None
        return (hl.document_id, hl) if hl is not None else ("", None)

    def _annotation_fields(self, doc_id: str, hl: Highlight | None,
                           docs: dict[str, Document]) -> dict[str, Any] | None:
        """Fields of one annotation entry; ``None`` when there is nothing to index."""
        assert self.annotations is not None
        try:
            if doc_id not in docs:
                docs[doc_id] = self.documents.get(doc_id)
        except NotFound:
            return None
        doc = docs[doc_id]
        if hl is not None:
            return entries.highlight_fields(doc, hl)
        note = self.annotations.document_note(doc_id)
        return entries.note_fields(doc, note) if note.strip() else None

    def sync(self, progress: Progress | None = None) -> IndexReport:
        """Bring the index in line with the library: text hashes, then annotation hashes."""
        with self._lock:
            self._synced = True  # this is the sync: opening must not run another
            ix = self.index()
            current = self._library_hashes()
            indexed = self.indexed_hashes()
            changed = {d for d, sha in current.items() if indexed.get(d) != sha}
            removed = set(indexed) - set(current)
            redo = self._annotation_drift(current, skip=changed | removed).changes()
            report = IndexReport(unchanged=len(current) - len(changed))
            if not changed and not removed and not redo:
                return report
            with self.writer(ix) as writer:
                for doc_id in sorted(removed):
                    self._delete_document(writer, doc_id, report)
                for i, doc_id in enumerate(sorted(changed), 1):
                    self._add_document(writer, doc_id, report)
                    if progress:
                        progress(i, len(changed))
                self._update_annotations(writer, redo, changed | removed, report)
            return report

    def _annotation_drift(self, current: dict[str, str], skip: set[str]) -> Drift:
        library = drift.library_annotations(self.annotations, set(current))
        return drift.annotation_drift(library, self.indexed_annotations(), skip)

    def _library_hashes(self) -> dict[str, str]:
        if self.hashes is not None:
            return self.hashes()
        return {d.id: self.documents.get(d.id).text_sha256
                for d in self.documents.list_documents()}

    def indexed_hashes(self) -> dict[str, str]:
        """``{doc_id: text sha256}`` of the indexed documents, from the lexicon only."""
        return self._lexicon_pairs("docsha")

    def indexed_annotations(self) -> dict[str, str]:
        """``{entry: content hash}`` of the indexed annotation entries (lexicon only)."""
        return self._lexicon_pairs("annsha")

    def _lexicon_pairs(self, fieldname: str) -> dict[str, str]:
        """The live ``key:hash`` terms of an ID field, split at the last colon."""
        with self.index().reader() as reader:
            terms = list(reader.lexicon(fieldname))
            if reader.has_deletions():  # the lexicon still lists deleted entries' terms
                terms = [t for t in terms if any(
                    not reader.is_deleted(n) for n in reader.postings(fieldname, t).all_ids())]
            pairs = (term.decode("utf-8").rpartition(":") for term in terms)
            return {key: sha for key, _, sha in pairs}

    def check(self) -> list[str]:
        """Problems between the library and the index, one line each (empty: healthy)."""
        problems: list[str] = []
        self._synced = True  # report drift rather than silently repairing it
        current = self._library_hashes()
        indexed = self.indexed_hashes()
        for doc_id in sorted(current):
            if doc_id not in indexed:
                problems.append(f"{doc_id}: not in the index")
            elif indexed[doc_id] != current[doc_id]:
                problems.append(f"{doc_id}: indexed text is out of date")
        for doc_id in sorted(set(indexed) - set(current)):
            problems.append(f"{doc_id}: in the index but not in the library")
        unhealthy = {d for d, sha in current.items() if indexed.get(d) != sha}
        return problems + self._annotation_drift(current, skip=unhealthy).problems()

    # -- searching -------------------------------------------------------------
    def search(self, text: str, limit: int = 20, as_you_type: bool = False) -> SearchResults:
        """Ranked hits for ``text``; a corrupt index found now is rebuilt, then searched."""
        with self._lock:
            try:
                return run_search(self._fresh_searcher(), text, limit, as_you_type)
            except _CORRUPTION as exc:
                log.warning("index unreadable while searching (%s): rebuilding", exc)
                self._close_ix()
                self.rebuild(reason=f"unreadable while searching ({type(exc).__name__})")
                return run_search(self._fresh_searcher(), text, limit, as_you_type)

    def _fresh_searcher(self) -> Any:
        """A searcher on the live generation, refreshed when another writer committed."""
        ix = self.index()
        if self._searcher is None or self._searcher_ix is not ix:
            self._close_searcher()
            self._searcher, self._searcher_ix = new_searcher(ix), ix
        elif not self._searcher.up_to_date():
            self._searcher = self._searcher.refresh()
        return self._searcher

    def _close_searcher(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    def close(self) -> None:
        with self._lock:
            self._close_ix()


_CORRUPTION = (OSError, EOFError, struct.error, zlib.error, pickle.UnpicklingError)


def _open_generation(path: Path) -> tuple[Any, str]:
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


def _annotations_of(doc_id: str) -> Any:
    from whoosh.query import And, Term

    return And([Term("doc_id", doc_id), Term("kind", "annotation")])


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


