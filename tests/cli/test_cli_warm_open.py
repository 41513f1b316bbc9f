"""A fast command line (issue 14): ``list`` loads no search engine, and a search
that finds nothing changed since the last full check opens the index as it is --
yet it still sees every change another process made, and a damaged index is still
rebuilt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import index.warm_open
from index.indexer import Indexer
from index.warm_open import RECORD

ROOT = Path(__file__).resolve().parents[2]
WARM_LINE = "opened as it was"


def marginalia(data_dir: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """One whole command in a process of its own, logging to stderr (``-v``)."""
    proc = subprocess.run([sys.executable, "-m", "ui.main", "--data-dir", str(data_dir), "-v",
                           *argv], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


def age(data_dir: Path, seconds: float = 60) -> None:
    """Make every file of the library look ``seconds`` old: only then may a full check
    leave its record (a file modified within the last 2 s could change unseen)."""
    then = time.time() - seconds
    for path in [data_dir, *data_dir.rglob("*")]:
        os.utime(path, (then, then))


def loaded_after(data_dir: Path, *argv: str) -> set[str]:
    code = ("import sys\nfrom ui.main import main\n"
            f"assert main(['--data-dir', {str(data_dir)!r}, *{list(argv)!r}]) == 0\n"
            "print('\\n'.join(sys.modules), file=sys.stderr)\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return set(proc.stderr.split())


@pytest.fixture
def library(cli: Any, data_dir: Path) -> Path:
    """A library with the seeds, indexed, whose files are old enough to be trusted."""
    assert cli("list")[0] == 0
    age(data_dir)
    return data_dir


def test_list_loads_no_search_engine_importer_or_annotations(library: Path) -> None:
    modules = loaded_after(library, "list")
    unwanted = ("whoosh", "index", "markdown_it", "multiprocessing", "reader.annotations",
                "reader.importers", "reader.export")
    assert not [m for m in modules if m.split(".")[0] in unwanted or m in unwanted]


def test_search_loads_neither_http_client_nor_english_variations(library: Path) -> None:
    modules = loaded_after(library, "search", "lithium")
    assert "whoosh.compat" in modules and "whoosh.query" in modules
    assert not {"urllib.request", "http.client", "ssl", "whoosh.lang.morph_en"} & modules


def test_what_whoosh_imports_lazily_still_works() -> None:
    code = ("import sys\nfrom index.whoosh.lean_import import _StandIn, import_lean\n"
            "import_lean()\nimport whoosh.compat, whoosh.query.terms\n"
            "assert not [m for m in sys.modules.values() if isinstance(m, _StandIn)]\n"
            "assert 'render' in whoosh.query.terms.variations('rendering')\n"
            "import urllib.request\nassert callable(urllib.request.urlopen)\n"
            "assert whoosh.compat.urlretrieve.__name__ == 'urlretrieve'\n")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=120)


def test_a_warm_search_skips_the_full_check_and_prints_the_same(
        library: Path, cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    first = cli("search", "lithium")
    assert (library / "index" / RECORD).exists()  # the full check left its record
    opened: list[str] = []
    monkeypatch.setattr(Indexer, "_try_open", lambda self, gen: opened.append(gen) or "")
    monkeypatch.setattr(Indexer, "sync", lambda self, progress=None: opened.append("sync"))
    assert cli("search", "lithium") == first
    assert cli("search", "--json", "digital labor")[0] == 0
    assert opened == []


def test_a_change_by_another_process_is_found_by_the_next_search(library: Path,
                                                                 tmp_path: Path) -> None:
    assert WARM_LINE not in marginalia(library, "search", "lithium").stderr  # records
    assert WARM_LINE in marginalia(library, "search", "lithium").stderr
    page = tmp_path / "quokka.txt"
    page.write_text("Quokkas smile at the camera.\n", "utf-8")
    marginalia(library, "import", str(page))
    found = marginalia(library, "search", "quokkas")
    assert "quokka" in found.stdout and WARM_LINE not in found.stderr


def test_a_write_the_index_never_followed_is_caught_up(library: Path) -> None:
    """A window killed between its database commit and its index write: the record
    still names the index as it was, but the database moved on."""
    assert WARM_LINE not in marginalia(library, "search", "lithium").stderr  # records
    assert WARM_LINE in marginalia(library, "search", "lithium").stderr
    unindexed = ("from pathlib import Path\nfrom reader.library import Library\n"
                 "from reader.paths import DataPaths\nfrom reader.store import Store\n"
                 f"paths = DataPaths(Path({str(library)!r}))\n"
                 "store = Store(paths.database)\n"
                 "Library(store, paths).import_bytes('w.txt', b'Wombats dig burrows.\\n')\n"
                 "store.close()\n")
    subprocess.run([sys.executable, "-c", unindexed], cwd=ROOT, check=True, timeout=120)
    found = marginalia(library, "search", "wombats")
    assert "Wombats" in found.stdout, found.stdout
    assert WARM_LINE not in found.stderr


def test_an_index_damaged_after_its_record_is_rebuilt(library: Path, cli: Any) -> None:
    expected = cli("search", "lithium")
    folder = library / "index"
    assert (folder / RECORD).exists()
    gen = folder / (folder / "CURRENT").read_text().strip()
    for seg in gen.glob("*.seg"):
        seg.write_bytes(seg.read_bytes()[: seg.stat().st_size // 2])
    proc = marginalia(library, "search", "lithium")
    assert WARM_LINE not in proc.stderr and "rebuilding the index" in proc.stderr
    assert proc.stdout == expected[1]


def test_check_never_trusts_the_record(library: Path, cli: Any,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    cli("search", "lithium")
    assert (library / "index" / RECORD).exists()
    real, opened = Indexer._try_open, []

    def spy(self: Indexer, gen: str) -> str:
        opened.append(gen)
        return real(self, gen)

    monkeypatch.setattr(Indexer, "_try_open", spy)
    code, out, _ = cli("check")
    assert code == 0 and out.startswith("ok") and opened


@pytest.mark.parametrize("field", ["schema", "library", "index"])
def test_a_record_that_does_not_match_is_not_trusted(library: Path, cli: Any, field: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    cli("search", "lithium")
    path = library / "index" / RECORD
    record = json.loads(path.read_text())
    record[field] = "schema=0" if field == "schema" else [0]
    path.write_text(json.dumps(record))
    opened: list[str] = []
    real = Indexer._try_open
    monkeypatch.setattr(Indexer, "_try_open",
                        lambda self, gen: opened.append(gen) or real(self, gen))
    assert cli("search", "lithium")[0] == 0 and opened


def test_no_record_for_files_modified_moments_ago(cli: Any, data_dir: Path) -> None:
    """Within ``RACY_NS`` a later change could keep the same time: nothing recorded."""
    assert cli("list")[0] == 0
    assert cli("search", "lithium")[0] == 0
    assert not (data_dir / "index" / RECORD).exists()
    assert index.warm_open.RACY_NS >= 1_000_000_000
