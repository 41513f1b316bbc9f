"""Index life cycle: corruption and version changes rebuild, busy is an error, updates
are incremental, annotations are indexed as ``kind:note`` entries."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import index.entries
from index.indexer import Indexer
from reader.changes import Changes
from reader.errors import LibraryBusy
from reader.model import Highlight
from tests.conftest import seed_id


def generation(services: object) -> Path:
    folder: Path = services.paths.index  # type: ignore[attr-defined]
    return folder / (folder / "CURRENT").read_text().strip()


def lithium_docs(services: object) -> list[str]:
    return [h.doc_id for h in services.indexer.search("lithium").hits]  # type: ignore[attr-defined]


def _delete_toc(gen: Path) -> None:
    for toc in gen.glob("*.toc"):
        toc.unlink()


def _truncate_segment(gen: Path) -> None:
    segments = sorted(gen.glob("*.seg")) or sorted(gen.glob("*.pst"))
    assert segments
    for seg in segments:
        data = seg.read_bytes()
        seg.write_bytes(data[: len(data) // 2])


def _garbage_toc(gen: Path) -> None:
    (gen / "_MAIN_999.toc").write_bytes(b"\x00garbage\xff" * 50)


def _garbage_over_files(gen: Path) -> None:
    for f in gen.iterdir():
        if f.suffix in (".seg", ".toc"):
            f.write_bytes(b"not an index " * 20)


def _delete_folder(gen: Path) -> None:
    shutil.rmtree(gen.parent)


def _stamp_changed(gen: Path) -> None:
    (gen / "STAMP").write_text("schema=0;analyser=0")


@pytest.mark.parametrize("damage", [_delete_toc, _truncate_segment, _garbage_toc,
                                    _garbage_over_files, _delete_folder, _stamp_changed])
def test_damaged_index_is_rebuilt_and_search_works(services: object, damage: object) -> None:
    expected = [seed_id(services, "002")]
    assert lithium_docs(services) == expected
    old = generation(services)
    services.indexer.close()  # type: ignore[attr-defined]
    damage(old)  # type: ignore[operator]
    assert lithium_docs(services) == expected
    assert services.indexer.last_rebuild  # type: ignore[attr-defined]
    assert generation(services) != old
    assert services.indexer.check() == []  # type: ignore[attr-defined]


def test_rebuild_swaps_generations_and_removes_the_old(services: object) -> None:
    old = generation(services)
    services.indexer.rebuild()  # type: ignore[attr-defined]
    assert generation(services) != old and not old.exists()
    assert lithium_docs(services) == [seed_id(services, "002")]


def _other_indexer(services: object, timeout: float = 0.3) -> Indexer:
    return Indexer(services.paths.index, services.library,  # type: ignore[attr-defined]
                   timeout=timeout)


def test_busy_when_another_writer_holds_the_index(services: object) -> None:
    holder = _other_indexer(services)
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with holder.writer():
            holding.set()
            release.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    try:
        assert holding.wait(10)
        waiter = _other_indexer(services)
        with pytest.raises(LibraryBusy, match="index busy"):
            waiter.update(Changes(documents={seed_id(services, "000")}))
        with pytest.raises(LibraryBusy, match="index busy"):
            waiter.rebuild()
        assert waiter.search("lithium").hits  # reading is never blocked
    finally:
        release.set()
        thread.join()
        holder.close()


HOLDER = """
import sys, time
from pathlib import Path
from index.indexer import Indexer
from reader.library import Library
from reader.paths import DataPaths
from reader.store import Store
paths = DataPaths(Path(sys.argv[1]))
store = Store(paths.database)
ix = Indexer(paths.index, Library(store, paths))
with ix.writer():
    print("holding", flush=True)
    sys.stdin.readline()
"""


def test_second_process_gets_a_clear_busy_message(services: object, cli: object) -> None:
    root = str(services.paths.root)  # type: ignore[attr-defined]
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, root], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parents[2])
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
        code, out, err = cli("reindex", "--full")  # type: ignore[operator]
        assert code == 1
        assert "index busy" in err and "Traceback" not in err
    finally:
        assert proc.stdin is not None
        proc.stdin.write("\n")
        proc.stdin.close()
        proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()


def test_updates_analyse_only_changed_documents(services: object,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    analysed: list[int] = []
    real = index.entries.analyse

    def counting(text: str, *args: object, **kw: object) -> object:
        analysed.append(len(text))
        return real(text, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(index.entries, "analyse", counting)
    indexer = services.indexer  # type: ignore[attr-defined]
    all_ids = {d.id for d in services.library.list_documents()}  # type: ignore[attr-defined]
    report = indexer.update(Changes(documents=all_ids))
    assert report.unchanged == 5 and not analysed
    assert indexer.sync().unchanged == 5 and not analysed
    name = "003_9b2d6b70f857cac9.txt"
    data = (Path(__file__).resolve().parents[2] / "seeds" / name).read_bytes()
    _, changes = services.library.import_bytes(  # type: ignore[attr-defined]
        name, data + "\n\nUn paragraphe ajouté sur les ornithorynques.\n".encode(),
        source_path=f"seed:{name}")
    services.apply(changes)  # type: ignore[attr-defined]
    assert len(analysed) == 1
    hits = indexer.search("ornithorynques").hits
    assert [h.doc_id for h in hits] == [seed_id(services, "003")]
    assert indexer.check() == []


def test_sync_catches_up_with_changes_it_missed(services: object) -> None:
    services.indexer.close()  # type: ignore[attr-defined]
    name = "004_d5dab774d2b4c83e.txt"
    data = (Path(__file__).resolve().parents[2] / "seeds" / name).read_bytes()
    services.library.import_bytes(  # type: ignore[attr-defined]
        name, data + b"\n\nquokka\n", source_path=f"seed:{name}")
    fresh = _other_indexer(services)
    assert fresh.check() == [f"{seed_id(services, '004')}: indexed text is out of date"]
    fresh.sync()
    assert fresh.check() == []
    assert [h.doc_id for h in fresh.search("quokka").hits] == [seed_id(services, "004")]
    fresh.close()


class FakeAnnotations:
    """The annotation source Protocol, in memory."""

    def __init__(self) -> None:
        self.highlights: dict[str, Highlight] = {}
        self.notes: dict[str, str] = {}

    def for_document(self, doc_id: str) -> list[Highlight]:
        return [h for h in self.highlights.values() if h.document_id == doc_id]

    def get(self, highlight_id: str) -> Highlight | None:
        return self.highlights.get(highlight_id)

    def document_note(self, doc_id: str) -> str:
        return self.notes.get(doc_id, "")

    def all_highlights(self) -> list[Highlight]:
        return list(self.highlights.values())


def test_annotations_are_indexed_as_notes(services: object, tmp_path: Path) -> None:
    source = FakeAnnotations()
    indexer = Indexer(tmp_path / "ix", services.library, source)  # type: ignore[attr-defined]
    doc_id = seed_id(services, "002")
    text = services.library.get(doc_id).text  # type: ignore[attr-defined]
    start = text.index("lithium")
    hl = Highlight("h1", doc_id, start, start + 7, "lithium", "", "",
                   note="Le zèbre des salines", tags=("Matières premières",))
    source.highlights["h1"] = hl
    indexer.update(Changes(annotations={"h1"}))
    hits = indexer.search("zebre kind:note").hits
    assert [(h.kind, h.highlight_id, h.hits) for h in hits] == \
        [("annotation", "h1", [(start, start + 7)])]
    assert indexer.search("tag:matieres-premieres").hits[0].highlight_id == "h1"
    assert not indexer.search("zebre kind:document").hits
    assert [h.kind for h in indexer.search("lithium").hits] == ["document", "annotation"]

    source.notes[doc_id] = "Relire avec les girafes"
    indexer.update(Changes(annotations={f"doc-note:{doc_id}"}))
    note = indexer.search("girafe kind:note").hits
    assert [(h.doc_id, h.highlight_id) for h in note] == [(doc_id, None)]

    del source.highlights["h1"]
    indexer.update(Changes(removed_annotations={"h1"}))
    assert not indexer.search("zebre").hits
    indexer.rebuild()
    assert indexer.search("girafe").hits and not indexer.search("zebre").hits
    indexer.close()


def test_real_annotations_follow_their_changes(services: object) -> None:
    doc_id = seed_id(services, "000")
    hl, changes = services.annotations.create(  # type: ignore[attr-defined]
        doc_id, 0, 12, note="penser aux capybaras")
    services.apply(changes)  # type: ignore[attr-defined]
    hits = services.indexer.search("capybara kind:note").hits  # type: ignore[attr-defined]
    assert [(h.highlight_id, h.hits) for h in hits] == [(hl.id, [(0, 12)])]
    services.apply(services.annotations.delete(hl.id))  # type: ignore[attr-defined]
    assert not services.indexer.search("capybara").hits  # type: ignore[attr-defined]


def test_parallel_rebuild_gives_the_same_results(services: object,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import index.whoosh.parallel

    queries = ["lithium", '"digital labor"', "travailleur", "strikes lang:fr", "colonial*",
               "capybara"]
    _, changes = services.annotations.create(  # type: ignore[attr-defined]
        seed_id(services, "002"), 0, 12, note="penser aux capybaras")
    services.apply(changes)  # type: ignore[attr-defined]
    indexer = services.indexer  # type: ignore[attr-defined]
    before = [[(h.doc_id, h.hits) for h in indexer.search(q).hits] for q in queries]
    monkeypatch.setattr(index.whoosh.parallel, "MIN_PARALLEL_CHARS", 0)
    monkeypatch.setattr(index.whoosh.parallel.os, "cpu_count", lambda: 2)
    report = indexer.rebuild()
    assert len(report.analysed) == 5 and report.annotations == 1
    with indexer.index().reader() as reader:
        assert len(reader.leaf_readers()) == 2  # one segment per worker process
    after = [[(h.doc_id, h.hits) for h in indexer.search(q).hits] for q in queries]
    assert [sorted(x) for x in after] == [sorted(x) for x in before]
    assert after[-1]  # the note, written by the share of its document
    assert indexer.check() == []


@pytest.mark.parametrize(("failure", "retried"), [
    (RuntimeError("A process in the process pool was terminated abruptly"), True),
    (PermissionError(1, "no semaphores in this sandbox"), True),
    (OSError(28, "No space left on device"), False)])
def test_parallel_failure_goes_serial_only_when_that_can_help(
        services: object, monkeypatch: pytest.MonkeyPatch, failure: Exception,
        retried: bool) -> None:
    import index.whoosh.parallel

    def fail(*_: object, **__: object) -> None:
        raise failure

    monkeypatch.setattr(index.whoosh.parallel, "MIN_PARALLEL_CHARS", 0)
    monkeypatch.setattr(index.whoosh.parallel.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(index.whoosh.parallel, "build_segments", fail)
    serial: list[int] = []
    real = index.whoosh.parallel.add_documents
    monkeypatch.setattr(index.whoosh.parallel, "add_documents",
                        lambda *a, **k: serial.append(1) or real(*a, **k))
    indexer = services.indexer  # type: ignore[attr-defined]
    if retried:
        assert len(indexer.rebuild().analysed) == 5
        assert lithium_docs(services)
    else:
        with pytest.raises(Exception) as caught:  # the disk's refusal, not a second try
            indexer.rebuild()
        assert "disk is full" in str(caught.value)
    assert bool(serial) is retried
