"""``marginalia --self-test``: prove this installation works, end to end, headless.

Run on a frozen build or a fresh install: it creates a library in a temporary
folder, imports the seeds, searches, annotates, exports, imports a tiny EPUB and
PDF (their libraries must be in the build) and checks each result,
then removes the folder. One summary line; exit 0 when every step passed.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from reader import __version__
from reader.export import Exporter
from reader.paths import DataPaths
from ui import wording
from ui.services import Services, open_services

Step = Callable[[Services, Path], str]


def _seeds(svc: Services, _: Path) -> str:
    docs = svc.library.list_documents()
    assert len(docs) == 5, f"expected the 5 seeds, found {len(docs)}"
    assert any(d.title == "Travailleurs d’intimité" for d in docs), "seed 000 missing"
    return f"{len(docs)} seeds"


def _search(svc: Services, _: Path) -> str:
    assert svc.indexer is not None, "no search index"
    found = {h.title[:12] for h in svc.indexer.search("travailleur").hits}
    assert "Travailleurs" in found, f"'travailleur' did not find seed 000 ({found})"
    hits = svc.indexer.search('"digital labor"').hits
    doc = svc.library.get(hits[0].doc_id)
    start, end = hits[0].hits[0]
    assert " ".join(doc.text[start:end].lower().split()) == "digital labor", \
        "hit offsets are wrong"
    return f"search ok ({wording.count(len(hits), 'document')} for \"digital labor\")"


def _annotate(svc: Services, _: Path) -> str:
    doc_id = svc.library.resolve("Travailleurs")
    hl, changes = svc.annotations.create_from_quote(doc_id, "Nairobi", note="lieu **clé**",
                                                    tags=("terrain",))
    svc.apply(changes)
    assert svc.annotations.get(hl.id).exact == "Nairobi", "highlight not stored"
    assert svc.indexer is not None
    notes = svc.indexer.search("kind:note clé").hits
    assert any(h.highlight_id == hl.id for h in notes), "note not found by search"
    return "annotate ok"


def _export(svc: Services, tmp: Path) -> str:
    exporter = Exporter(svc.library, svc.annotations, svc.paths)
    result = exporter.export_markdown(None, tmp / "export")
    doc_id = svc.library.resolve("Travailleurs")
    text = result.files[doc_id].read_text(encoding="utf-8")
    assert "> Nairobi" in text and "lieu **clé**" in text, "export lacks the highlight"
    assert result.index and result.index.exists(), "no index.md"
    return f"export ok ({wording.count(len(result.files), 'file')})"


# The smallest files of each kind that need a library of their own (pdfium, lxml): a
# frozen build that left one out fails here, not on the reader's first book.
_PDF = b"""%PDF-1.4
1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 200]/Resources<</Font<</F1 4 0 R>>>>
/Contents 5 0 R>>endobj
4 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj
5 0 obj<</Length 52>>stream
BT /F1 12 Tf 20 100 Td (Marginalia reads papers.) Tj ET
endstream endobj
trailer<</Root 1 0 R/Size 6>>
%%EOF
"""
_OPF = ('<package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Self-test book</dc:title>'
        '</metadata><manifest><item id="c" href="c.xhtml" media-type="application/xhtml+xml"/>'
        '</manifest><spine><itemref idref="c"/></spine></package>')
_CONTAINER = ('<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">'
              '<rootfiles><rootfile full-path="b.opf" media-type="application/oebps-package+xml"/>'
              '</rootfiles></container>')


def _books(svc: Services, tmp: Path) -> str:
    import zipfile

    book = tmp / "book.epub"
    with zipfile.ZipFile(book, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("META-INF/container.xml", _CONTAINER)
        z.writestr("b.opf", _OPF)
        z.writestr("c.xhtml", '<html xmlns="http://www.w3.org/1999/xhtml"><body>'
                              "<p>Marginalia reads books.</p></body></html>")
    (tmp / "paper.pdf").write_bytes(_PDF)
    report = svc.import_paths([str(book), str(tmp / "paper.pdf")])
    assert not report.refused, "; ".join(f"{p}: {r}" for p, r in report.refused)
    texts = [svc.library.get(o.document_id).text for o in report.outcomes]
    assert texts == ["Marginalia reads books.", "Marginalia reads papers."], texts
    return "EPUB and PDF ok"


def _check(svc: Services, _: Path) -> str:
    assert svc.store.integrity_check() == "ok", "database integrity check failed"
    problems = svc.indexer.check() if svc.indexer else ["no index"]
    assert not problems, "; ".join(problems)
    return "store and index consistent"


STEPS: tuple[Step, ...] = (_seeds, _search, _annotate, _export, _books, _check)


def run_self_test(out: TextIO | None = None) -> int:
    out = out or sys.stdout
    started = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="marginalia-selftest-"))
    done: list[str] = []
    try:
        svc = open_services(DataPaths(tmp / "data"))
        try:
            for step in STEPS:
                done.append(step(svc, tmp))
        finally:
            svc.close()
    except Exception as exc:  # noqa: BLE001 - the point is to report any failure in one line
        print(f"marginalia {__version__} self-test FAILED after "
              f"{wording.count(len(done), 'step')}: "
              f"{type(exc).__name__}: {exc}", file=out)
        return 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    elapsed = time.perf_counter() - started
    print(f"marginalia {__version__} self-test passed in {elapsed:.1f}s: " + "; ".join(done),
          file=out)
    return 0
