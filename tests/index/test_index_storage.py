"""Index files are mapped and read without copies: a searcher holds no file's bytes."""

from __future__ import annotations

import io
import mmap
import os
import random
from pathlib import Path
from typing import Any

from index.whoosh.storage import MappedFile, MappedStorage, _View


def test_view_reads_seeks_and_tells_like_bytesio() -> None:
    data = bytes(random.Random(3).randrange(256) for _ in range(2000)) + b"a\nb\n\nlast"
    view, ref = _View(data), io.BytesIO(data)
    rng = random.Random(4)
    for _ in range(500):
        op = rng.choice(["read", "seek", "seek_cur", "seek_end", "readline", "read_all"])
        if op == "read":
            n = rng.randrange(0, 300)
            assert view.read(n) == ref.read(n)
        elif op == "read_all":
            assert view.read() == ref.read()
        elif op == "readline":
            assert view.readline() == ref.readline()
        elif op == "seek":
            at = rng.randrange(0, len(data) + 10)
            assert view.seek(at) == ref.seek(at)
        elif op == "seek_cur":
            at = rng.randrange(0, 50)
            assert view.seek(at, os.SEEK_CUR) == ref.seek(at, os.SEEK_CUR)
        else:
            at = -rng.randrange(0, 50)
            assert view.seek(at, os.SEEK_END) == ref.seek(at, os.SEEK_END)
        assert view.tell() == ref.tell()


def test_sub_files_share_the_mapping(tmp_path: Path) -> None:
    (tmp_path / "f").write_bytes(b"0123456789" * 100)
    (tmp_path / "empty").write_bytes(b"")
    parent = MappedStorage(str(tmp_path)).open_file("f")
    part = parent.subset(100, 20)
    assert part.get(0, 5) == b"01234" and part.read(3) == b"012"
    assert part._buf.obj is parent._buf.obj and isinstance(parent._buf.obj, mmap.mmap)
    assert MappedStorage(str(tmp_path)).open_file("empty").read() == b""
    part.close()
    parent.close()


def test_searcher_reads_segments_from_the_mapping(services: Any) -> None:
    indexer = services.indexer
    assert indexer.search("lithium").hits
    reader = indexer._fresh_searcher().reader()
    for leaf, _ in reader.leaf_readers():
        for f in (leaf._terms._postfile, leaf._terms._tindex.dbfile):
            assert isinstance(f, MappedFile)
            assert isinstance(f._buf.obj, mmap.mmap)  # a view of the file, not a copy
