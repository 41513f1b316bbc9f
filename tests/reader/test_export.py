"""Markdown export of real annotations, the library folder, and backup/restore (issue 7)."""

from __future__ import annotations

import json
from pathlib import Path

from markdown_it import MarkdownIt

from reader.backup import read_backup
from reader.export import Exporter
from reader.paths import DataPaths
from reader.restore import restore
from tests.conftest import seed_id
from ui.services import open_services

TODAY = "2026-11-22"


def _annotate(services, prefix: str, quote: str, **kw):  # type: ignore[no-untyped-def]
    doc_id = seed_id(services, prefix)
    text = services.library.get(doc_id).text
    start = text.index(quote)
    hl, changes = services.annotations.create(doc_id, start, start + len(quote), **kw)
    services.apply(changes)
    return doc_id, hl


def _exporter(services) -> Exporter:  # type: ignore[no-untyped-def]
    return Exporter(services.library, services.annotations, services.paths)


def test_document_export_reads_like_a_note(services) -> None:  # type: ignore[no-untyped-def]
    quote = ("Michael touchait 0,05 $ par message et devait taper au moins 40 mots par "
             "minute, tout en gérant plusieurs conversations simultanément.")
    doc_id, hl = _annotate(services, "000", quote, color="yellow",
                           note="Le salaire *à la pièce* des opérateurs.", tags=("salaire", "kpi"))
    services.apply(services.annotations.set_document_note(doc_id, "Lu pour le séminaire."))
    md = _exporter(services).markdown(doc_id, TODAY)
    assert md.startswith('---\ntitle: "Travailleurs d’intimité"\nauthor: "Hubert Guillaud"\n'
                         'language: fr\nsource: "000_01f1dcf41a7fd956.txt"\n')
    assert f'document: "{doc_id}"\nhighlights: 1\nexported: "{TODAY}"\n---\n' in md
    assert ("\n# Travailleurs d’intimité\n\nHubert Guillaud\n\n"
            "## Note\n\nLu pour le séminaire.\n") in md
    assert f"\n## Highlights\n\n> {quote}\n\nLe salaire *à la pièce* des opérateurs.\n\n" in md
    assert (f"¶ 3 · yellow · #salaire #kpi · [open](marginalia://{doc_id}/{hl.id}) "
            f"^h-{hl.id.replace('-', '')[:8]}\n") in md


def test_export_is_deterministic_and_in_reading_order(  # type: ignore[no-untyped-def]
        services, tmp_path: Path) -> None:
    _annotate(services, "002", "lithium")
    _annotate(services, "002", "Bolivia is an effervescent nation")
    exporter = _exporter(services)
    first = exporter.export_markdown(None, tmp_path / "a", TODAY, everything=True)
    second = exporter.export_markdown(None, tmp_path / "b", TODAY, everything=True)
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "b").iterdir())
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    md = first.files[seed_id(services, "002")].read_text()
    assert md.index("Bolivia is an effervescent") < md.index("> lithium")
    assert second.index and "index.md" in names and len(names) == 6
    index = (tmp_path / "a" / "index.md").read_text()
    assert "[Statium Blog](<Statium Blog.md>)" in index


def test_user_edited_export_is_not_overwritten(  # type: ignore[no-untyped-def]
        services, tmp_path: Path) -> None:
    doc_id, _ = _annotate(services, "003", "capitalisme de surveillance")
    exporter = _exporter(services)
    target = tmp_path / "notes"
    path = exporter.export_markdown([doc_id], target, TODAY).files[doc_id]
    again = exporter.export_markdown([doc_id], target, TODAY)
    assert again.report.unchanged == [path]
    path.write_text(path.read_text() + "\nMy own thoughts.\n")
    _annotate(services, "003", "courtiers de données")
    result = exporter.export_markdown([doc_id], target, TODAY)
    assert "My own thoughts." in path.read_text()
    (theirs, ours), = result.report.kept_user_edits
    assert theirs == path and ours.name == "Statium Blog (new).md"
    assert "courtiers de données" in ours.read_text()


def test_hostile_titles_stay_inside_the_folder(  # type: ignore[no-untyped-def]
        empty_services, tmp_path: Path) -> None:
    titles = ["../../.bashrc", "/etc/passwd", "NUL", "con", "a:b?*", "T" * 300, "Same", "Same"]
    for i, title in enumerate(titles):
        empty_services.library.import_bytes(f"t{i}.md", f"# {title}\n\nBody {i}.\n".encode())
    out = tmp_path / "export"
    result = _exporter(empty_services).export_markdown(None, out, TODAY, everything=True)
    files = list(result.files.values())
    assert len({p.name for p in files}) == len(titles)
    for path in files:
        assert path.parent == out.resolve() and path.exists()
        assert len(path.name.encode()) <= 120
    assert not (tmp_path / ".bashrc").exists()
    assert sorted(p.name for p in out.iterdir()) == sorted([p.name for p in files] + ["index.md"])


def test_exported_quotes_parse_back(services) -> None:  # type: ignore[no-untyped-def]
    doc_id, hl = _annotate(services, "001", "  1. Facebook shares the exact date")
    md = _exporter(services).markdown(doc_id, TODAY)
    html = MarkdownIt("commonmark").render(md.split("## Highlights", 1)[1])
    assert "<ol" not in html and "1. Facebook shares the exact date" in html


def test_json_backup_restores_into_a_fresh_library(  # type: ignore[no-untyped-def]
        services, tmp_path: Path) -> None:
    doc_id, hl = _annotate(services, "001", "This is getting interesting 😉", color="pink",
                           note="Ironie ?", tags=("controverse",))
    _annotate(services, "004", "Elon Musk", color="blue")
    services.apply(services.annotations.set_document_note(doc_id, "Page du blog."))
    backup = tmp_path / "backup.json"
    _exporter(services).export_json(None, backup)
    data = json.loads(backup.read_text())
    assert data["type"] == "AnnotationCollection" and data["total"] == 3
    item = next(i for i in data["first"]["items"] if i["id"].endswith(hl.id))
    types = {s["type"] for s in item["target"]["selector"]}
    assert types == {"TextQuoteSelector", "TextPositionSelector"}
    assert item["target"]["source"].startswith("urn:sha256:")

    fresh = open_services(DataPaths(tmp_path / "fresh"))
    try:
        items = read_backup(backup)
        report, _ = restore(fresh.library, fresh.annotations, items)
        assert (report.created, report.notes_restored, report.missing_documents) == (2, 1, [])
        again, _ = restore(fresh.library, fresh.annotations, items)
        assert again.created == 0 and again.already_present == 3
        new_id = seed_id(fresh, "001")
        (restored,) = fresh.annotations.for_document(new_id)
        assert (restored.exact, restored.color, restored.note, restored.tags) == (
            hl.exact, "pink", "Ironie ?", ("controverse",))
        assert (restored.start, restored.end) == (hl.start, hl.end)
        assert fresh.annotations.document_note(new_id) == "Page du blog."
    finally:
        fresh.close()


def test_cli_export_and_restore(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli("annotate", "Travailleurs", "--quote", "Nairobi", "--note", "lieu")
    assert code == 0, err
    code, out, err = cli("export", "--out", str(tmp_path / "md"))
    assert code == 0, err
    assert (tmp_path / "md" / "index.md").exists() and "wrote" in out
    code, out, _ = cli("export", "Travailleurs", "--out", str(tmp_path / "one.md"))
    assert code == 0 and "> " in (tmp_path / "one.md").read_text()
    code, _, err = cli("export", "--format", "json", "--out", str(tmp_path / "b.json"))
    assert code == 0, err
    code, out, _ = cli("restore", str(tmp_path / "b.json"))
    assert code == 0 and "already present" in out


def test_restore_bad_input(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    code, _, err = cli("restore", str(bad))
    assert code == 1 and "bad.json: not a JSON file" in err
    bad.write_text('{"type": "Something"}')
    code, _, err = cli("restore", str(bad))
    assert code == 1 and "not a Web Annotation collection" in err
    code, _, err = cli("restore", str(tmp_path / "missing.json"))
    assert code == 1 and "missing.json: no such file" in err
    code, _, err = cli("export", "--out", str(tmp_path / "x"), "No such document")
    assert code == 1 and "no document has this id or title" in err
