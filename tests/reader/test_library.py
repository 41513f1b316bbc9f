"""The library store and the library commands of the command line (issue 2)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from reader.errors import Ambiguous, NotFound
from reader.paths import DataPaths, resolve_data_dir
from tests.conftest import seed_id

SEED_TITLES = {
    "000": ("Travailleurs d’intimité", ["Hubert Guillaud"]),
    "001": ("Why Facebook users’ “strikes” don’t work (and how can we fix them)?",
            ["Antonio A. Casilli"]),
    "002": ("Why Bolivia matters to the future of digital economies (plus three talks and "
            "one new book!)", ["Antonio A. Casilli"]),
    "003": ("Statium Blog", ["Christophe Masutti"]),
    "004": ("Pendant que les gens se plaignent de l’extrémisme, Elon Musk protège les "
            "enfants sexuellement exploités", ["Eliza Bleu"]),
}


def test_first_run_lists_the_five_seeds(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli("list", "--json")
    assert code == 0, err
    rows = json.loads(out)
    got = {r["source"][:3]: (r["title"], r["authors"]) for r in rows}
    assert got == {k: (t, a) for k, (t, a) in SEED_TITLES.items()}
    code, out, _ = cli("list")
    assert code == 0 and "Travailleurs d’intimité" in out and "Hubert Guillaud" in out


def test_no_seeds_gives_empty_library(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("list", "--json", seeds=False)
    assert code == 0 and json.loads(out) == []
    code, out, _ = cli("list", seeds=False)
    assert "empty" in out


def test_store_pragmas(services) -> None:  # type: ignore[no-untyped-def]
    conn = services.store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert services.store.schema_version >= 1
    assert services.store.integrity_check() == "ok"


def test_originals_kept_by_hash(services) -> None:  # type: ignore[no-untyped-def]
    doc = services.library.get(seed_id(services, "000"))
    original = services.paths.originals / f"{doc.original_sha256}.txt"
    assert original.read_bytes() == next(Path("seeds").glob("000_*.txt")).read_bytes()


def test_duplicate_content_is_a_no_op(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    copy = tmp_path / "copy.txt"
    copy.write_bytes(next(Path("seeds").glob("003_*.txt")).read_bytes())
    code, out, _ = cli("import", str(copy))
    assert code == 0 and "already in the library" in out
    code, out, _ = cli("list", "--json")
    assert len(json.loads(out)) == 5


def test_changed_file_same_name_becomes_new_version(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    note = tmp_path / "essay.md"
    note.write_text("# Essay\n\nFirst draft of the essay.\n")
    assert cli("import", str(note))[0] == 0
    note.write_text("# Essay\n\nSecond draft of the essay, longer.\n")
    code, out, _ = cli("import", str(note))
    assert code == 0 and out.startswith("new version of")
    rows = [r for r in json.loads(cli("list", "--json")[1]) if r["source"] == "essay.md"]
    assert len(rows) == 1 and rows[0]["versions"] == 2
    code, text, _ = cli("show", "Essay")
    assert "Second draft" in text


def test_folder_mixing_good_and_bad(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "mixed"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text("Good title\n\nA good paragraph.")
    (folder / "sub" / "page.html").write_text("<title>Page</title><p>Une page web.</p>")
    (folder / "empty.md").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "image.png").write_bytes(b"\x89PNG")
    code, out, err = cli("import", str(folder), seeds=False)
    assert code == 1
    assert "added" in out and "Good title" in out and "Page" in out
    lines = [line for line in err.splitlines() if line.startswith("marginalia:")]
    assert len(lines) == 2
    assert any("empty.md: empty file" in line for line in lines)
    assert any("binary.txt: binary file" in line for line in lines)
    assert "importing" not in err  # progress only on a terminal (a file or pipe gets none)
    titles = {r["title"] for r in json.loads(cli("list", "--json", seeds=False)[1])}
    assert titles == {"Good title", "Page"}


def test_oversize_file_refused_without_reading(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(60 * 1024 * 1024)
    code, _, err = cli("import", str(big), seeds=False)
    assert code == 1
    assert f"{big}: too large (63 MB; the limit is 50 MB)" in err


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("nul.txt", b"abc\x00def", "binary file"),
    ("bad.txt", b"\x81\x8d\x8f", "not valid"),
    ("doc.odt", b"PK\x03\x04", "unsupported file type"),
    ("doc.pdf", b"%PDF", "not a PDF or damaged"),
])
def test_refused_file_leaves_nothing_behind(cli, tmp_path: Path, name: str, data: bytes,
                                            reason: str, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(data)
    code, _, err = cli("import", str(path), seeds=False)
    assert code == 1 and reason in err and name in err
    conn = sqlite3.connect(data_dir / "library.sqlite3")
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM versions").fetchone()[0] == 0
    assert list((data_dir / "originals").iterdir()) == []


def test_missing_path(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("import", str(tmp_path / "nope.txt"))
    assert code == 1 and "nope.txt: no such file or folder" in err


def test_usage_errors_exit_2(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("frobnicate")[0] == 2
    assert cli("import")[0] == 2
    assert cli()[0] == 2


def test_version(cli, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    from reader import __version__
    from ui.main import main

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"marginalia {__version__}"


def test_show_and_resolve(cli, services) -> None:  # type: ignore[no-untyped-def]
    library = services.library
    assert library.resolve("travailleurs") == seed_id(services, "000")
    with pytest.raises(Ambiguous):
        library.resolve("Why")
    with pytest.raises(NotFound):
        library.resolve("no such title")
    code, out, _ = cli("show", "Statium", "--plain")
    assert code == 0 and out.startswith("Statium Blog\n[\xa0 Christophe Masutti \xa0]")
    code, out, _ = cli("show", "Statium")
    assert code == 0 and out.startswith("# Statium Blog\n")
    code, _, err = cli("show", "Why")
    assert code == 1 and "matches 2 documents" in err


def test_emoji_offsets_are_code_points(services) -> None:  # type: ignore[no-untyped-def]
    doc = services.library.get(seed_id(services, "001"))
    i = doc.text.index("😉")
    assert doc.text[i + 1:].startswith("\xa0\n\nSur son blog Archinfo")
    block = doc.body.blocks[doc.body.block_at(i)]
    assert doc.text[block.start:block.end] == "This is getting interesting 😉"


def test_data_dir_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARGINALIA_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir().root == tmp_path / "env"
    assert resolve_data_dir(tmp_path / "flag").root == tmp_path / "flag"
    monkeypatch.delenv("MARGINALIA_DATA_DIR")
    assert resolve_data_dir().root.name == "Marginalia"


def test_reading_position_roundtrip(services) -> None:  # type: ignore[no-untyped-def]
    doc_id = seed_id(services, "002")
    services.library.set_reading_position(doc_id, 1234)
    assert services.library.get(doc_id).reading_position == 1234
    assert services.library.summary(doc_id).last_read_at


def test_newer_schema_is_refused(data_dir: Path) -> None:
    from reader.errors import StoreError
    from reader.store import Store

    DataPaths(data_dir).ensure()
    conn = sqlite3.connect(data_dir / "library.sqlite3")
    conn.execute("PRAGMA user_version=999")
    conn.close()
    with pytest.raises(StoreError, match="newer Marginalia"):
        Store(data_dir / "library.sqlite3")


def test_original_path_is_the_kept_file_and_says_when_it_is_gone(services) -> None:  # type: ignore[no-untyped-def]
    doc_id = seed_id(services, "001")
    path = services.library.original_path(doc_id)
    assert path.parent == services.paths.originals and path.read_bytes()
    path.unlink()
    with pytest.raises(NotFound, match="original file is missing"):
        services.library.original_path(doc_id)
    with pytest.raises(NotFound, match="no such document"):
        services.library.original_path("nope")
