"""The index folder is ours only where we wrote: nothing else in it is ever deleted,
and a garbage ``CURRENT`` or ``STAMP`` means a rebuild, not a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.index.test_index_maintenance import generation, lithium_docs


def test_rebuild_leaves_folders_it_did_not_make(services: object) -> None:
    folder: Path = services.paths.index  # type: ignore[attr-defined]
    theirs = folder / "blog" / "post.html"
    theirs.parent.mkdir(parents=True)
    theirs.write_text("<p>someone's page</p>")
    (folder / "gen-notours").mkdir()
    old = generation(services)
    services.indexer.rebuild(reason="test")  # type: ignore[attr-defined]
    assert generation(services) != old and not old.exists()  # our old generation: gone
    assert theirs.read_text() == "<p>someone's page</p>" and (folder / "gen-notours").is_dir()


@pytest.mark.parametrize("current", [b"\xff\xfe\x00garbage", b"../../..", b"/etc", b""])
def test_garbage_current_rebuilds(services: object, current: bytes) -> None:
    folder: Path = services.paths.index  # type: ignore[attr-defined]
    assert lithium_docs(services)
    services.indexer.close()  # type: ignore[attr-defined]
    (folder / "CURRENT").write_bytes(current)
    assert lithium_docs(services)  # rebuilt into a fresh generation
    assert (folder / "CURRENT").read_text().startswith("gen-")


def test_current_never_leads_outside_the_index_folder(services: object,
                                                      tmp_path: Path) -> None:
    import shutil

    folder: Path = services.paths.index  # type: ignore[attr-defined]
    gen = generation(services)
    services.indexer.close()  # type: ignore[attr-defined]
    elsewhere = tmp_path / "elsewhere" / gen.name
    shutil.copytree(gen, elsewhere)  # a valid generation, but not in our folder
    (folder / "CURRENT").write_text(f"../../elsewhere/{gen.name}")
    assert lithium_docs(services)
    assert (folder / "CURRENT").read_text().startswith("gen-")
    assert elsewhere.is_dir() and (elsewhere / "STAMP").exists()  # left alone


def test_garbage_stamp_rebuilds(services: object) -> None:
    gen = generation(services)
    services.indexer.close()  # type: ignore[attr-defined]
    (gen / "STAMP").write_bytes(b"\xff\xfe\x00\x81")
    assert lithium_docs(services)
    assert generation(services) != gen
