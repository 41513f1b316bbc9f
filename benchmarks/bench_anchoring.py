"""Re-anchor 500 highlights on a 400 KB document after several kinds of edits.

Prints figures (seconds and anchor statuses); asserts nothing. Run:
.venv/bin/python benchmarks/bench_anchoring.py
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.anchoring import Anchor, reanchor, selectors
from reader.seeds import bundled_seeds
from reader.text import canonicalize


def make_text(rng: random.Random, size: int = 400_000) -> str:
    """Seed paragraphs, shuffled and numbered, up to ``size`` characters."""
    paragraphs = [p for seed in bundled_seeds()
                  for p in canonicalize(seed.data.decode("utf-8")).split("\n\n") if p.strip()]
    out, total, n = [], 0, 0
    while total < size:
        n += 1
        para = f"§{n}. " + rng.choice(paragraphs)
        out.append(para)
        total += len(para) + 2
    return "\n\n".join(out)


def make_anchors(rng: random.Random, text: str, count: int = 500) -> list[Anchor]:
    anchors = []
    while len(anchors) < count:
        start = rng.randrange(0, len(text) - 300)
        end = start + rng.randint(10, 200)
        if text[start:end].strip():
            anchors.append(Anchor(start, end, *selectors(text, start, end)))
    return anchors


def scattered_edits(rng: random.Random, text: str, edits: int) -> str:
    chars = list(text)
    for _ in range(edits):
        pos = rng.randrange(len(chars))
        chars[pos:pos + rng.randint(0, 12)] = list(rng.choice(["mot", "", "nouveau texte ", "X"]))
    return "".join(chars)


def main() -> None:
    rng = random.Random(3)
    old = make_text(rng)
    anchors = make_anchors(rng, old)
    cut = rng.randrange(len(old) // 2)
    scenarios = {
        "unchanged": old,
        "600 chars inserted at 1 %": old[:4000] + "ajout " * 100 + old[4000:],
        "50 scattered edits": scattered_edits(rng, old, 50),
        "500 scattered edits": scattered_edits(rng, old, 500),
        "20 KB deleted mid-text": old[:cut] + old[cut + 20_000:],
        "paragraphs shuffled": "\n\n".join(rng.sample(old.split("\n\n"),
                                                      len(old.split("\n\n")))),
    }
    print(f"text {len(old)} characters, {len(anchors)} highlights")
    for name, new in scenarios.items():
        t0 = time.perf_counter()
        placed = reanchor(old, new, anchors)
        elapsed = time.perf_counter() - t0
        tally: dict[str, int] = {}
        for p in placed:
            tally[p.status] = tally.get(p.status, 0) + 1
        print(f"{name:28} {elapsed:7.3f} s  {tally}")


if __name__ == "__main__":
    main()
