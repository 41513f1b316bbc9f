"""Open a very large web page in the window: Node's all.html (8.4 MB) when installed.

Budget (issue 16): a readable first screen ≤ 1.5 s, ≤ 250 MB. Prints figures; asserts
nothing. Without the file (or with ``--generated N``) a page of N sections of prose,
tables and code stands in. Run:
QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_open_page.py [PAGE.html]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.paths import DataPaths
from ui.services import open_services

NODE = Path("/usr/share/doc/nodejs/api/all.html")


def generated(path: Path, sections: int) -> Path:
    rows = "".join(f"<tr><td>opt{i}</td><td>{i * 7}</td><td>what option {i} does</td></tr>"
                   for i in range(12))
    part = ("<h2>Section {n}</h2><p>" + "Words of a long reference page. " * 30 + "</p>"
            "<table><tr><th>name</th><th>size</th><th>meaning</th></tr>" + rows + "</table>"
            "<pre>const x = require('x');\nx.run({n});</pre>")
    body = "".join(part.replace("{n}", str(n)) for n in range(sections))
    path.write_text(f"<html><head><title>Big page</title></head><body><main>{body}</main>"
                    "</body></html>", encoding="utf-8")
    return path


def laid_out_whole(app: object, window: object) -> tuple[float, float]:
    """Let the idle turns format the rest and Qt lay the page out to its end, as a
    reader who stays on it would; the seconds that took and the RSS then (MB)."""
    view = window.view  # type: ignore[attr-defined]
    started = time.perf_counter()
    while view.formatting.busy:
        app.processEvents()  # type: ignore[attr-defined]
    doc = view.document()
    doc.documentLayout().blockBoundingRect(doc.lastBlock())  # lays out up to the end
    app.processEvents()  # type: ignore[attr-defined]
    rss = int(Path("/proc/self/statm").read_text().split()[1]) * resource.getpagesize()
    return time.perf_counter() - started, rss / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("page", nargs="?", type=Path)
    parser.add_argument("--generated", type=int, default=0, metavar="N")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from ui.window.app import build_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        page = args.page or (NODE if NODE.is_file() and not args.generated
                             else generated(root / "big.html", args.generated or 400))
        started = time.perf_counter()  # imported by the command line: its memory is its own
        subprocess.run([sys.executable, "-c", "import sys; from ui.main import main; "
                        "sys.exit(main())", "--data-dir", str(root / "data"), "--no-seeds",
                        "import", "-q", str(page)], check=True, capture_output=True,
                       cwd=Path(__file__).resolve().parent.parent)
        imported = time.perf_counter() - started
        services = open_services(DataPaths(root / "data"), seeds=False)
        doc_id = services.library.list_documents()[0].id
        services.close()
        size = page.stat().st_size
        window = build_window(DataPaths(root / "data"), seeds=False)
        window.resize(1440, 900)
        window.show()
        app.processEvents()
        times = []
        for _ in range(args.runs):
            window.primary.current = None  # a real reopen
            t0 = time.perf_counter()
            window.open_document(doc_id)
            app.processEvents()  # painted
            times.append(time.perf_counter() - t0)
        chars = len(window.current.text)
        first_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        whole = laid_out_whole(app, window)
        window.close()
        window.services.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"page: {page.name}, {size / 1e6:.1f} MB of HTML, {chars / 1e6:.2f} M characters "
          f"of text; imported in {imported:.1f} s")
    print(f"open in the window ({args.runs} runs): median {statistics.median(times):.2f} s, "
          f"max {max(times):.2f} s (budget 1.5 s); peak RSS of the window's process "
          f"{first_peak:.0f} MB (budget 250 MB)")
    print(f"once formatted and laid out whole ({whole[0]:.1f} s later): RSS {whole[1]:.0f} MB, "
          f"peak {rss:.0f} MB")


if __name__ == "__main__":
    main()
