"""The window in French (issue 18): what the language costs the start and the table.

Measures installing the translators (ours and Qt's qtbase, before the window is
built: part of the cold start), and the library table on DOCS rows: building the
model and sorting by title with the locale's collation (QCollator sort keys, made
once per title) beside the casefolded sort it replaced, then a re-sort by title
after one row changed. Prints figures; asserts nothing.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_i18n.py [--docs 5000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from reader.model import DocumentSummary
from ui.window.i18n import Translations
from ui.window.library.model import LibraryFilter, LibraryModel

WORDS = ["Chapitre", "Chapter", "écologie", "Économie", "travail", "Données", "labour",
         "Œuvres", "oeuvres", "réseau", "Arbeit", "lavoro", "Zola", "élan", "Élan"]


def rows(count: int) -> list[DocumentSummary]:
    rng = random.Random(18)
    return [DocumentSummary(f"id{i}", f"{rng.choice(WORDS)} {rng.randint(1, 300)} "
                            f"{rng.choice(WORDS).lower()}", (rng.choice(WORDS),), ("fr",),
                            f"{i}.txt", f"2026-{1 + i % 12:02d}-01T10:00:00+00:00", None,
                            "utf-8", 100, highlights=i % 7) for i in range(count)]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def install_times(app: QApplication, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        translations = Translations(app)
        t = time.perf_counter()
        translations.install("fr")
        times.append(time.perf_counter() - t)
        translations.remove()
    return times


def table(summaries: list[DocumentSummary], locale: QLocale) -> tuple[float, float]:
    t = time.perf_counter()
    model = LibraryModel(locale=locale)
    model.update(summaries)
    proxy = LibraryFilter()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    built = time.perf_counter() - t
    t = time.perf_counter()
    model.update([replace(summaries[0], title="Chapitre 2 bis"), *summaries[1:]])
    return built, time.perf_counter() - t


def casefold_sort(summaries: list[DocumentSummary]) -> float:
    """The order before issue 18: casefolded titles (accents after z, 10 before 2)."""
    t = time.perf_counter()
    keys = [(s.title.casefold(), s.id) for s in summaries]
    sorted(range(len(keys)), key=keys.__getitem__)
    return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    install = install_times(app, args.runs)
    print(f"install the French translators (ours + qtbase_fr): median "
          f"{ms(statistics.median(install))}, max {ms(max(install))}")
    summaries = rows(args.docs)
    for name in ("fr_FR", "en_US"):
        built, resorted = zip(*(table(summaries, QLocale(name)) for _ in range(args.runs)),
                              strict=True)
        print(f"library table, {args.docs} rows, {name}: model + collated title sort median "
              f"{ms(statistics.median(built))}; one retitled row, re-sorted: median "
              f"{ms(statistics.median(resorted))}")
    old = [casefold_sort(summaries) for _ in range(args.runs)]
    print(f"the casefolded key sort it replaced (keys + sort only): median "
          f"{ms(statistics.median(old))}")


if __name__ == "__main__":
    main()
