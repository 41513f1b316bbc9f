"""``marginalia bookmark DOC --at N|--quote TEXT [--name N]`` and ``bookmarks DOC``."""

from __future__ import annotations

import io
import json
from pathlib import Path

from ui.cli.parser import run_argv

GUIDE = ("# Guide\n\nOpening words.\n\n## Setup\n\nInstall the tool first.\n\n"
         "## Usage\n\nRun the tool, then run it again.\n")


def test_bookmark_by_quote_and_offset_then_list(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    guide = tmp_path / "guide.md"
    guide.write_text(GUIDE, encoding="utf-8")
    assert cli("import", str(guide), seeds=False)[0] == 0
    code, out, err = cli("bookmark", "Guide", "--quote", "install THE tool", "--name",
                         "Before use", "--json", seeds=False)
    assert code == 0, err
    made = json.loads(out)
    assert made["name"] == "Before use" and made["chapter"] == "Setup"
    code, out, err = cli("bookmark", "Guide", "--at", "0", seeds=False)
    assert code == 0 and out.startswith("bookmarked ") and " at 0" in out, err
    code, out, _ = cli("bookmarks", "Guide", "--json", seeds=False)
    rows = json.loads(out)["bookmarks"]
    assert [(r["offset"], r["name"]) for r in rows] == [(0, ""), (made["offset"], "Before use")]
    code, out, _ = cli("bookmarks", "Guide", seeds=False)
    assert out.splitlines()[1].endswith("Before use  (Setup)")
    assert "(unnamed)" in out.splitlines()[0]


def test_refusals_are_one_line_naming_the_input(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    guide = tmp_path / "guide.md"
    guide.write_text(GUIDE, encoding="utf-8")
    assert cli("import", str(guide), seeds=False)[0] == 0
    code, _, err = cli("bookmark", "Guide", "--at", "100000", seeds=False)
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "offset 100000: outside the document" in err
    code, _, err = cli("bookmark", "Guide", "--quote", "the tool", seeds=False)
    assert code == 1 and "occurs 2 times" in err
    code, _, err = cli("bookmark", "Guide", "--quote", "nowhere to be seen", seeds=False)
    assert code == 1 and "'nowhere to be seen': not found" in err
    code, _, _ = cli("bookmark", "Guide", seeds=False)
    assert code == 2  # neither --at nor --quote: a usage error


def test_bookmarks_go_through_the_library_backup_once(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    guide = tmp_path / "guide.md"
    guide.write_text(GUIDE, encoding="utf-8")
    assert cli("import", str(guide), seeds=False)[0] == 0
    assert cli("bookmark", "Guide", "--quote", "Run the", "--name", "Use", seeds=False)[0] == 0
    assert cli("bookmark", "Guide", "--at", "3", seeds=False)[0] == 0
    before = json.loads(cli("bookmarks", "Guide", "--json", seeds=False)[1])["bookmarks"]
    assert [row["name"] for row in before] == ["", "Use"]
    code, _, err = cli("backup", str(tmp_path / "lib.zip"), seeds=False)
    assert code == 0, err
    other = tmp_path / "other"
    for _ in range(2):  # a second restore makes no copy
        code, _, err = elsewhere(other, "restore", str(tmp_path / "lib.zip"))
        assert code == 0, err
        after = json.loads(elsewhere(other, "bookmarks", "Guide", "--json")[1])
        assert after["bookmarks"] == [{**row, "document": after["document"]}
                                      for row in before]
    assert (other / "library.sqlite3").is_file()


def elsewhere(data: Path, *argv: str) -> tuple[int, str, str]:
    """The command line on another library than the ``cli`` fixture's."""
    out, err = io.StringIO(), io.StringIO()
    code = run_argv(["--data-dir", str(data), "--no-seeds", *argv], out, err)
    return code, out.getvalue(), err.getvalue()
