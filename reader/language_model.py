"""py3langid's model applied to many texts at once (issue 16: import speed).

py3langid classifies one text a call: a byte-by-byte walk of its n-gram automaton in
Python (~40 µs for a 200-character block) and a small matrix product (~25 µs). A page
has a hundred blocks to tell, so here the walks of all of them advance together,
one numpy step per byte position, and their naive Bayes scores come out of one matrix
product over the features the blocks share. The arithmetic is py3langid's own
(``LanguageIdentifier._decide`` with ``norm_probs``): log1p of each feature's count,
the class priors, the temperature ``sqrt(bytes)``, the softmax, aliased classes folded;
only the order of the float32 sums differs (answers agree to ~1e-6).

Imported with the model, never before: numpy is not loaded to list the library.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

import numpy as np

CHUNK = 256  # texts scored together: bounds the dense product's memory on huge pages


class BatchModel:
    """The arrays of a loaded ``LanguageIdentifier`` (shared, not copied), read as
    numpy arrays so many texts walk and score at once."""

    def __init__(self, identifier: Any) -> None:
        moves = identifier.tk_nextmove  # array.array of the automaton's transitions
        self._moves = np.frombuffer(moves, dtype=f"u{moves.itemsize}")
        self._rowbase = np.asarray(identifier.tk_row, dtype=np.intp) << 8
        self._output = np.asarray(identifier.tk_output, dtype=np.int32)
        self._ptc = identifier.nb_ptc  # features × classes, float16
        self._pc = np.asarray(identifier.nb_pc, dtype=np.float32)
        self._features = int(self._ptc.shape[0])
        self.labels: list[str] = list(identifier.nb_classes)
        self._aliases: list[tuple[int, int]] = list(identifier._alias_pairs)

    def classify(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """(label, probability) for each text, as ``LanguageIdentifier.classify``."""
        found: list[tuple[str, float]] = []
        for i in range(0, len(texts), CHUNK):
            found += self._classify(texts[i:i + CHUNK])
        return found

    def _classify(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        if not texts:
            return []
        encoded = [_encode(t) for t in texts]
        lengths = np.fromiter(map(len, encoded), dtype=np.intp, count=len(encoded))
        features = self._visits(encoded, lengths)
        scores = self._scores(features, len(encoded))
        scores *= (1.0 / np.sqrt(np.maximum(lengths, 1))).astype(np.float32)[:, None]
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        for first, dupe in self._aliases:
            scores[:, first] += scores[:, dupe]
            scores[:, dupe] = 0.0
        best = scores.argmax(axis=1)
        confidence = scores[np.arange(len(encoded)), best]
        return [(self.labels[b], float(c)) for b, c in zip(best.tolist(), confidence, strict=True)]

    def _visits(self, encoded: list[bytes], lengths: Any) -> tuple[Any, Any, Any]:
        """Each text's features and their counts: (text index, feature, count), sorted.
        The automaton is walked for every text at once, one byte position a step."""
        count, width = len(encoded), int(lengths.max())
        inside = np.arange(width)[:, None] < lengths[None, :]  # position × text
        columns = np.zeros((count, width), dtype=np.uint8)
        columns[inside.T] = np.frombuffer(b"".join(encoded), dtype=np.uint8)
        steps = np.ascontiguousarray(columns.T).astype(np.intp)
        states = np.empty((width, count), dtype=self._moves.dtype)
        state = np.zeros(count, dtype=np.intp)
        index = np.empty(count, dtype=np.intp)
        moves, rowbase = self._moves, self._rowbase
        for position in range(width):
            np.add(rowbase.take(state), steps[position], out=index)
            state = moves.take(index, out=states[position], mode="clip")
        emitted = self._output[states]
        keys = (np.arange(count, dtype=np.int64) * self._features + emitted)[
            inside & (emitted >= 0)]
        unique, counts = np.unique(keys, return_counts=True)
        rows = unique // self._features
        return rows, unique - rows * self._features, counts

    def _scores(self, visits: tuple[Any, Any, Any], count: int) -> Any:
        """Naive Bayes log scores, texts × classes; 0 for a text with no feature (as
        py3langid: uniform, so never confident)."""
        rows, features, counts = visits
        if not len(rows):
            return np.zeros((count, len(self._pc)), dtype=np.float32)
        used, column = np.unique(features, return_inverse=True)
        weights = np.zeros((count, len(used)), dtype=np.float32)
        weights[rows, column] = np.log1p(counts.astype(np.float32))
        scores = weights @ self._ptc[used].astype(np.float32)
        scores += self._pc
        scores[np.bincount(rows, minlength=count) == 0] = 0.0
        return scores


def _encode(text: str) -> bytes:
    """As py3langid encodes a ``str``: an all-capitals text lowered, NFC, UTF-8."""
    if text.isupper():
        text = text.lower()
    return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")
