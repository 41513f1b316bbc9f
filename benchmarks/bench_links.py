"""What resolving internal links at import costs (issue 17): web pages read with and
without reader/importers/links.py, and the links found and resolved. Prints figures;
asserts nothing.

The pages are the Python library reference's (python3-doc: thousands of links, most
to other pages, many to ``#anchors``), or ``--generated N`` made-up pages of the same
shape when it is not installed. Each way is timed ``--runs`` times, the best kept
(the machine is shared: the best run is the least disturbed one).

Run: .venv/bin/python benchmarks/bench_links.py [--pages N] [--runs N] [--generated N]
"""

from __future__ import annotations

import argparse
import glob
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.importers import html_import, links  # noqa: E402

DOCS = "/usr/share/doc/python3*/html/library/*.html"


def generated(count: int) -> list[str]:
    """Pages with a table of contents of anchors, sections, and links out."""
    pages = []
    for n in range(count):
        toc = "".join(f"<li><a href='#s{i}'>Section {i}</a></li>" for i in range(40))
        body = "".join(f"<h2 id='s{i}'>Section {i}</h2><p>Words of {n}.{i}, see "
                       f"<a href='other{i}.html#x{i}'>another page</a> and "
                       f"<a href='#s{(i + 7) % 40}'>a later section</a>.</p>"
                       for i in range(40))
        pages.append(f"<html><body><article><ul>{toc}</ul>{body}</article></body></html>")
    return pages


def best(pages: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        for raw in pages:
            html_import.read_page(raw)
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=150)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--generated", type=int, default=0)
    args = parser.parse_args()
    files = sorted(glob.glob(DOCS))[:args.pages] if not args.generated else []
    pages = [Path(f).read_text("utf-8", "replace") for f in files] or \
        generated(args.generated or args.pages)
    source = "Python library reference" if files else "generated"
    found = resolved = 0
    for raw in pages:
        marks = [m for m in html_import.read_page(raw).body.marks if m.kind == "link"]
        found += len(marks)
        resolved += sum(1 for m in marks if "to" in m.attrs)
    with_links = best(pages, args.runs)
    keys, resolve = links.wanted_keys, links.resolve
    links.wanted_keys = lambda hrefs, current="": set()  # type: ignore[assignment]
    links.resolve = lambda body, anchors, files=(): body  # type: ignore[assignment]
    try:
        without = best(pages, args.runs)
    finally:
        links.wanted_keys, links.resolve = keys, resolve
    print(f"{len(pages)} pages ({source}): {found} links, {resolved} resolved inside "
          f"their page")
    print(f"read_page, best of {args.runs}: {with_links * 1000:.0f} ms with links resolved, "
          f"{without * 1000:.0f} ms without ({(with_links - without) / without * 100:+.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
