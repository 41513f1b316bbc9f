"""The index's own seams: the pinned Whoosh checked once at first open, rebuild hooks
told on every path to a rebuild, and ``CURRENT`` read through the indexer only."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from index.generations import Generations
from index.indexer import Indexer
from index.whoosh import version
from reader.errors import IndexUnwritable, MarginaliaError
from reader.paths import DataPaths


@pytest.fixture
def fresh_check() -> Iterator[None]:
    """Forget that this process already checked Whoosh's version, before and after."""
    version.require_pinned.cache_clear()
    yield
    version.require_pinned.cache_clear()


def _fake_version(monkeypatch: pytest.MonkeyPatch, found: str) -> list[str]:
    asked: list[str] = []

    def installed() -> str:
        asked.append(found)
        return found

    monkeypatch.setattr(version, "installed_version", installed)
    return asked


def test_another_whoosh_is_refused_in_one_line_at_first_open(
        services: Any, monkeypatch: pytest.MonkeyPatch, fresh_check: None) -> None:
    _fake_version(monkeypatch, "2.7.3")
    indexer = Indexer(services.paths.index, services.library, services.annotations)
    with pytest.raises(version.EngineMismatch) as refused:
        indexer.search("lithium")
    assert isinstance(refused.value, MarginaliaError)  # the CLI and window say it in words
    message = str(refused.value)
    assert "\n" not in message and "2.7.3" in message and "whoosh==2.7.4" in message
    assert Generations(services.paths.index).live()  # the index was left as it was
    indexer.close()


def test_the_command_line_says_the_wrong_whoosh(
        cli: Any, monkeypatch: pytest.MonkeyPatch, fresh_check: None) -> None:
    assert cli("list")[0] == 0
    _fake_version(monkeypatch, "2.8.0")
    version.require_pinned.cache_clear()  # as in a new process
    code, out, err = cli("search", "lithium")
    assert code == 1 and out == ""
    assert err.splitlines()[-1] == (
        "marginalia: the search index needs Whoosh 2.7.4 exactly, but Whoosh 2.8.0 is "
        "installed; reinstall it with: pip install 'whoosh==2.7.4'")


def test_the_version_is_checked_once_per_process(
        services: Any, monkeypatch: pytest.MonkeyPatch, fresh_check: None) -> None:
    asked = _fake_version(monkeypatch, version.PINNED)
    for _ in range(2):
        indexer = Indexer(services.paths.index, services.library, services.annotations)
        assert indexer.search("lithium").hits
        indexer.rebuild(reason="test")
        indexer.close()
    assert asked == [version.PINNED]


def test_the_version_is_the_package_s_own() -> None:
    import whoosh

    assert version.installed_version() == whoosh.versionstring() == version.PINNED


def test_rebuild_hooks_hear_each_rebuild_once(services: Any) -> None:
    heard: list[bool] = []
    indexer: Indexer = services.indexer
    indexer.rebuild_hooks.append(heard.append)
    indexer.rebuild(reason="asked for")
    assert heard == [True, False]
    heard.clear()
    indexer.close()
    gen = Generations(services.paths.index)
    (gen.path(gen.live()) / "STAMP").write_text("schema=0")
    assert indexer.search("lithium").hits  # rebuilt on the spot, told once
    assert heard == [True, False]


def test_rebuild_hooks_hear_the_end_of_a_failed_rebuild(
        services: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    heard: list[bool] = []
    indexer: Indexer = services.indexer
    indexer.rebuild_hooks.append(heard.append)

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Indexer, "_fill", full)
    with pytest.raises(IndexUnwritable):
        indexer.rebuild()
    assert heard == [True, False]


def test_the_rebuild_is_announced_before_it_waits(services: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A rebuild decided while searching is announced before ``rebuild`` runs (the
    window shows it at once, even while the rebuild waits for another writer)."""
    heard: list[bool] = []
    indexer: Indexer = services.indexer
    indexer.rebuild_hooks.append(heard.append)
    real = Indexer.rebuild

    def waiting(self: Indexer, *args: Any, **kwargs: Any) -> Any:
        assert heard == [True]
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Indexer, "rebuild", waiting)
    indexer.close()
    gen = Generations(services.paths.index)
    gen.current_file.write_text("garbage")
    assert indexer.search("lithium").hits
    assert heard == [True, False]


def test_fingerprint_follows_the_live_generation(services: Any, tmp_path: Path) -> None:
    indexer: Indexer = services.indexer
    before = indexer.fingerprint()
    assert before[0] == Generations(services.paths.index).live()
    assert indexer.fingerprint() == before  # nothing changed: the same
    indexer.rebuild(reason="test")
    assert indexer.fingerprint() != before
    nowhere = Indexer(tmp_path / "none", services.library)
    assert nowhere.fingerprint() == ("",)


def test_data_paths_name_the_files_the_index_and_window_keep(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path)
    assert Generations(paths.index).current_file == paths.index_current
    assert paths.index_current.parent == paths.index
    assert paths.recovery_file.parent == paths.root
