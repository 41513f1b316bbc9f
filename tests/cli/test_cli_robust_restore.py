"""``restore`` on malformed backups (the CLI audit, item 6): every bad item is refused in
one line naming the file and the annotation, the valid ones are still restored, nothing
is coerced into junk, and files that are not regular or too large are never read."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest

from reader import backup


@pytest.fixture
def good(cli, tmp_path: Path, data_dir: Path) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """A real backup holding one highlight of a seed, then removed from the library."""
    from reader.paths import DataPaths
    from ui.services import open_services

    code, out, err = cli("annotate", "Travailleurs", "--quote", "Nairobi", "--tag", "lieu",
                         "--json")
    assert code == 0, err
    path = tmp_path / "b.json"
    assert cli("export", "--format", "json", "--out", str(path))[0] == 0
    data = json.loads(path.read_text())
    (item,) = data["first"]["items"]
    assert item["target"]["selector"][1]["type"] == "TextPositionSelector"
    services = open_services(DataPaths(data_dir))
    try:
        services.apply(services.annotations.delete(json.loads(out)["id"]))
    finally:
        services.close()
    return data


def _restore(cli, tmp_path: Path, data: Any, name: str = "x.json") -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(json.dumps(data, allow_nan=True))
    return cli("restore", str(path))


def _with(data: dict[str, Any], change: Any) -> dict[str, Any]:
    bad = copy.deepcopy(data)
    change(bad["first"]["items"][0])
    return bad


def _sel(item: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(s for s in item["target"]["selector"] if s["type"] == kind)


BAD_ITEMS = {
    "start a string": (lambda i: _sel(i, "TextPositionSelector").update(start="abc"),
                       "start is not a number"),
    "start missing": (lambda i: _sel(i, "TextPositionSelector").pop("start"),
                      "has no start"),
    "start NaN": (lambda i: _sel(i, "TextPositionSelector").update(start=float("nan")),
                  "not a finite number"),
    "start Infinity": (lambda i: _sel(i, "TextPositionSelector").update(end=float("inf")),
                       "not a finite number"),
    "no exact": (lambda i: _sel(i, "TextQuoteSelector").pop("exact"), "no exact text"),
    "body a string": (lambda i: i.update(body="a note"), "body is not a list"),
    "tag a dict": (lambda i: i["body"][0].update(value={"a": 1}), "a tag is not text"),
    "tag an int": (lambda i: i["body"][0].update(value=5), "a tag is not text"),
    "note a dict": (lambda i: i["body"].append({"purpose": "commenting", "value": {"x": 1}}),
                    "the note is not text"),
    "empty tag": (lambda i: i["body"][0].update(value=""), "empty tag"),
    "lone surrogate": (lambda i: i["body"][0].update(value="\ud800"), "not valid Unicode"),
    "target a string": (lambda i: i.update(target="urn:x"), "target has no source"),
    "not an object": (lambda i: i.clear(), "target has no source"),
}


@pytest.mark.parametrize("case", sorted(BAD_ITEMS))
def test_bad_item_is_refused_and_the_next_one_restored(cli, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                      good: dict[str, Any], case: str) -> None:
    change, reason = BAD_ITEMS[case]
    data = _with(good, change)
    second = copy.deepcopy(good["first"]["items"][0])  # valid, but placed elsewhere
    _sel(second, "TextQuoteSelector").update(exact="Guillaud", prefix="", suffix="")
    _sel(second, "TextPositionSelector").update(start=0, end=0)
    data["first"]["items"].append(second)
    code, out, err = _restore(cli, tmp_path, data)
    assert code == 1
    lines = err.splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith(f"marginalia: {tmp_path / 'x.json'}: ")
    assert reason in lines[0]
    assert "restored: 1 highlight," in out and "1 refused" in out
    payload = json.loads(cli("annotations", "Travailleurs", "--json")[1])
    tags = [t for h in payload["highlights"] for t in h["tags"]]
    assert tags == ["lieu"]  # the second item's: nothing of the refused one was stored
    assert [h["quote"] for h in payload["highlights"]] == ["Guillaud"]


def test_many_identical_refusals_are_counted_not_repeated(cli, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                         good: dict[str, Any]) -> None:
    bad = _with(good, lambda i: i["body"][0].update(value=7))
    bad["first"]["items"] *= 50
    code, out, err = _restore(cli, tmp_path, bad)
    assert code == 1 and "50 refused" in out
    lines = err.splitlines()
    assert len(lines) == 4 and "47 more items: a tag is not text" in lines[-1]


def test_missing_document_is_one_line_with_a_count(cli, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                  good: dict[str, Any]) -> None:
    def elsewhere(item: dict[str, Any]) -> None:
        item["target"]["source"] = "urn:sha256:" + "1" * 64
        item["marginalia:textSha256"] = "2" * 64

    bad = _with(good, elsewhere)
    bad["first"]["items"] *= 300
    code, _, err = _restore(cli, tmp_path, bad)
    assert code == 1
    (line,) = err.splitlines()
    assert "document not in this library (300 annotations)" in line


def test_bom_backup_is_accepted(cli, tmp_path: Path, good: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(good).encode())
    code, out, err = cli("restore", str(path))
    assert code == 0, err
    assert "restored: 1 highlight," in out


def test_deep_nesting_is_one_line(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    code, _, err = cli("restore", str(path))
    assert code == 1
    (line,) = err.splitlines()
    assert "nested too deeply" in line


def test_fifo_is_refused_without_waiting_for_a_writer(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    code, _, err = cli("restore", str(fifo))  # would block forever if it were opened
    assert code == 1
    (line,) = err.splitlines()
    assert "not a regular file" in line


def test_oversize_backup_is_refused_before_reading(cli, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup, "MAX_BACKUP_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_text(json.dumps({"pad": "x" * 5000}))
    code, _, err = cli("restore", str(path))
    assert code == 1
    (line,) = err.splitlines()
    assert "too large" in line
