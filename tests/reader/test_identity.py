"""A document is its source path plus its content, never its file name alone."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

from reader.paths import DataPaths
from reader.store import MIGRATIONS, Store
from ui.services import open_services

READMES = {
    "glib": "# GLib\n\nGLib is the low-level core library that forms the basis of GTK.\n",
    "pango": "# Pango\n\nPango is a library for laying out and rendering text.\n",
    "httplib2": "# Introduction\n\nhttplib2 is a comprehensive HTTP client library.\n",
    "git": "# Git\n\nGit is a fast, scalable, distributed revision control system.\n",
}


def _readmes(root: Path) -> list[Path]:
    paths = []
    for package, text in READMES.items():
        folder = root / package
        folder.mkdir(parents=True)
        (folder / "README.md").write_text(text)
        paths.append(folder / "README.md")
    return paths


def test_four_readmes_stay_four_documents(cli, tmp_path: Path) -> None:
    paths = _readmes(tmp_path / "doc")
    code, out, _ = cli("import", str(paths[0]), seeds=False)
    assert code == 0
    code, out, _ = cli("annotate", "glib", "--quote", "low-level core", "--json", seeds=False)
    hid = json.loads(out)["id"]
    for path in paths[1:]:
        code, out, err = cli("import", str(path), seeds=False)
        assert code == 0 and out.startswith("added "), (out, err)
    code, out, _ = cli("list", "--json", seeds=False)
    docs = json.loads(out)
    assert sorted(d["title"] for d in docs) == ["GLib", "Git", "Introduction", "Pango"]
    assert {d["path"] for d in docs} == {str(p) for p in paths}
    assert all(d["versions"] == 1 for d in docs)
    code, out, _ = cli("annotations", "glib", "--json", seeds=False)
    assert [(a["id"], a["status"]) for a in json.loads(out)["highlights"]] == [(hid, "exact")]
    code, out, _ = cli("search", "httplib2", "--json", seeds=False)
    assert [r["title"] for r in json.loads(out)["hits"]] == ["Introduction"]
    code, out, _ = cli("check", seeds=False)
    assert code == 0 and out.startswith("ok:")


def test_same_path_changed_is_a_new_version_and_highlights_follow(cli, tmp_path: Path) -> None:
    path = tmp_path / "essay.md"
    path.write_text("# Essay\n\nThe first paragraph says something true.\n")
    cli("import", str(path), seeds=False)
    cli("annotate", "essay", "--quote", "something true", seeds=False)
    path.write_text("# Essay\n\nA new opening.\n\nThe first paragraph says something true.\n")
    code, out, _ = cli("import", str(path), seeds=False)
    assert code == 0 and out.startswith("new version of ") and "Essay" in out
    code, out, _ = cli("annotations", "essay", "--json", seeds=False)
    [hl] = json.loads(out)["highlights"]
    assert hl["status"] == "moved" and hl["quote"] == "something true"


def test_same_bytes_from_another_path_are_not_duplicated(cli, tmp_path: Path) -> None:
    a, b = tmp_path / "a" / "notes.txt", tmp_path / "b" / "copy.txt"
    for p in (a, b):
        p.parent.mkdir()
        p.write_text("Notes on reading.\n\nA second paragraph.\n")
    cli("import", str(a), seeds=False)
    code, out, _ = cli("import", str(b), seeds=False)
    assert code == 0
    assert out.startswith("already in the library: ") and f"(same content as {a})" in out
    code, out, _ = cli("import", str(a), seeds=False)
    assert "same content as" not in out  # the very file: nothing to explain
    assert len(json.loads(cli("list", "--json", seeds=False)[1])) == 1


def test_a_thousand_files_sharing_names_are_a_thousand_documents(cli, tmp_path: Path) -> None:
    names = ("index.html", "README.md", "notes.txt", "intro.md")
    root = tmp_path / "docs"
    for i in range(250):
        folder = root / f"part{i:03d}"
        folder.mkdir(parents=True)
        for j, name in enumerate(names):
            body = f"Chapter {i} section {j}: unique words w{i}x{j} and more text."
            data = (f"<html><body><h1>Part {i}</h1><p>{body}</p></body></html>"
                    if name.endswith(".html") else f"# Part {i}.{j}\n\n{body}\n")
            (folder / name).write_text(data)
    started = time.perf_counter()
    code, out, err = cli("import", "-q", str(root), seeds=False)
    assert code == 0, err
    assert sum(line.startswith("added ") for line in out.splitlines()) == 1000
    docs = json.loads(cli("list", "--json", seeds=False)[1])
    distinct = {str(p) for p in root.rglob("*") if p.is_file()}
    assert len(docs) == len(distinct) == 1000
    assert {d["path"] for d in docs} == distinct
    print(f"1000 files imported in {time.perf_counter() - started:.1f} s")


def _old_library(data: Path) -> None:
    """A library as the previous release left it: schema 2, two files both named
    README.md merged into one document of two versions."""
    data.mkdir(parents=True)
    conn = sqlite3.connect(data / "library.sqlite3", isolation_level=None)
    conn.row_factory = sqlite3.Row
    for migration in MIGRATIONS[:2]:
        migration(conn)
    conn.execute("PRAGMA user_version=2")
    conn.execute("INSERT INTO documents(id, source_name, added_at) VALUES "
                 "('d1', 'README.md', '2026-01-01T00:00:00+00:00')")
    for seq, title in ((1, "GLib"), (2, "Pango")):
        conn.execute(
            "INSERT INTO versions(document_id, seq, title, authors, languages, text, blocks, "
            "marks, encoding, original_sha256, text_sha256, original_ext, imported_at) "
            "VALUES ('d1', ?, ?, '[]', '[\"en\"]', ?, '[]', '[]', 'utf-8', ?, ?, '.md', "
            "'2026-01-01T00:00:00+00:00')", (seq, title, f"{title} text", f"{seq:064d}",
                                             f"{seq + 5:064d}"))
    conn.execute("UPDATE documents SET current_version=2 WHERE id='d1'")
    conn.execute("INSERT INTO settings(key, value) VALUES ('first_run_done', '1')")
    conn.close()


def test_an_old_library_is_migrated_and_check_names_merged_versions(cli, data_dir: Path,
                                                                    tmp_path: Path) -> None:
    _old_library(data_dir)
    store = Store(data_dir / "library.sqlite3")
    assert store.schema_version == len(MIGRATIONS) == 6
    store.close()
    code, out, _ = cli("check", seeds=False)
    assert code == 1
    line = next(ln for ln in out.splitlines() if ln.startswith("versions: "))
    assert "d1 Pango: 2 versions imported as README.md before source paths were recorded" in line
    readme = tmp_path / "httplib2" / "README.md"
    readme.parent.mkdir()
    readme.write_text("# httplib2\n\nA new file of the same name.\n")
    code, out, _ = cli("import", str(readme), seeds=False)
    assert code == 0 and out.startswith("added ")  # never a third version of d1
    svc = open_services(DataPaths(data_dir), seeds=False)
    try:
        assert len(svc.library.list_documents()) == 2
        assert svc.library.summary("d1").versions == 2
    finally:
        svc.close()
