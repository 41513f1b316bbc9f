"""Whoosh's W3 codec with its posting-list inlining repaired.

Whoosh 2.7.4 means to store short posting lists inside the term table, but the
writer calls a misspelt method (``set_inline``) behind a test that is never true
(``len < inlinelimit`` with the default 1). So every word seen in a single document
costs a separately pickled and compressed block: the main cost of a first index.
The reading side already understands inlined postings, so only the writer changes.
"""

from __future__ import annotations

from typing import Any

from whoosh.codec.whoosh3 import W3Codec, W3FieldWriter, W3PostingsWriter

INLINE_LIMIT = 8


class InliningPostingsWriter(W3PostingsWriter):
    _terminfo: Any  # set by W3PostingsWriter (untyped) for each term

    def finish_postings(self) -> Any:
        terminfo = self._terminfo
        ids, values = self._ids, self._values
        if not values:  # formats without values (IDs): keep one b"" per posting
            values = [b""] * len(ids)
        if not self.written() and len(ids) <= self._inlinelimit and len(values) == len(ids):
            terminfo.add_block(self)
            terminfo.set_inlined(ids, self._weights, values)
            self._terminfo = None
            return terminfo
        return super().finish_postings()


class NoLengthStatsFieldWriter(W3FieldWriter):
    """Skips per-posting block length statistics (one column read per posting).

    They only tighten the bounds Whoosh uses to skip blocks; without them the bounds
    are looser but still right, and scores (which read each document's length) are
    unchanged.
    """

    def add_postings(self, schema: Any, lengths: Any, items: Any) -> Any:
        return super().add_postings(schema, None, items)


class MarginaliaCodec(W3Codec):
    def __init__(self, blocklimit: int = 128, compression: int = 0,
                 inlinelimit: int = INLINE_LIMIT) -> None:
        super().__init__(blocklimit=blocklimit, compression=compression,
                         inlinelimit=inlinelimit)

    def field_writer(self, storage: Any, segment: Any) -> Any:
        return NoLengthStatsFieldWriter(self, storage, segment)

    def postings_writer(self, dbfile: Any, byteids: bool = False) -> Any:
        return InliningPostingsWriter(dbfile, blocklimit=self._blocklimit, byteids=byteids,
                                      compression=self._compression,
                                      inlinelimit=self._inlinelimit)
