"""Index files read through a memory map, without copying them.

With memory maps on, Whoosh 2.7.4 opens each file inside a compound segment as a
``BufferFile``, whose ``BytesIO(buf)`` copies the whole file (postings, term table,
columns) into the process's own memory: a searcher then held ~50 MB per 1,000
documents, in each process or thread that opened one. Plain file reads avoid the
copy but cost a system call per read (plain search p95 17 -> 30 ms at 1,000
documents). Here every file is mapped and read through a ``memoryview``: nothing
is copied, and only the pages a search touches are ever read (they stay in the
page cache, which the system can reclaim).
"""

from __future__ import annotations

import mmap
import os
from contextlib import suppress
from typing import Any

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile


class MappedStorage(FileStorage):
    """A ``FileStorage`` whose opened files are :class:`MappedFile` objects."""

    def open_file(self, name: str, **kwargs: Any) -> StructFile:
        with open(self._fpath(name), "rb") as f:
            size = os.fstat(f.fileno()).st_size
            data: Any = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
        return MappedFile(data, name=name, **kwargs)


class _View:
    """The file-like reading half of ``BytesIO``, over a buffer it does not copy."""

    def __init__(self, buf: Any, owner: Any = None) -> None:
        self.buf = memoryview(buf)
        self.owner = owner  # the mmap to close with this file, if this file made it
        self.pos = 0

    def read(self, size: int = -1) -> bytes:
        start = self.pos
        end = len(self.buf) if size is None or size < 0 else min(len(self.buf), start + size)
        self.pos = max(start, end)
        return bytes(self.buf[start:end])

    def readline(self, size: int = -1) -> bytes:  # pickle wants it; never used here
        end = len(self.buf)
        for at in range(self.pos, end):
            if self.buf[at] == 10:
                end = at + 1
                break
        return self.read(end - self.pos if size is None or size < 0 else min(size, end - self.pos))

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self.pos, os.SEEK_END: len(self.buf)}[whence]
        self.pos = base + offset
        return self.pos

    def tell(self) -> int:
        return self.pos

    def close(self) -> None:
        self.buf.release()
        if isinstance(self.owner, mmap.mmap):
            with suppress(BufferError):  # a sub-file's view still uses it: freed later
                self.owner.close()


class MappedFile(StructFile):
    """A read-only ``StructFile`` over a mapped buffer; sub-files share the buffer."""

    def __init__(self, buf: Any, name: str | None = None, onclose: Any = None,
                 owner: bool = True) -> None:
        super().__init__(_View(buf, buf if owner else None), name=name, onclose=onclose)
        self._buf = self.file.buf

    def get(self, position: int, length: int) -> bytes:
        return bytes(self._buf[position:position + length])

    def subset(self, position: int, length: int, name: str | None = None) -> MappedFile:
        """A file inside this one (a compound segment's part): a view, not a copy."""
        return MappedFile(self._buf[position:position + length], name=name or self._name,
                          owner=False)
