"""Hostile input on the command line (the CLI audit): empty paths, bytes that are not
UTF-8, data folders that cannot hold a library, and import batches that meet an
unexpected failure. Each must give one ``marginalia:`` line and keep what was stored."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from reader.library import Library


def _lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.strip()]


def _one_line(err: str, *words: str) -> str:
    lines = _lines(err)
    assert len(lines) == 1, err
    assert lines[0].startswith("marginalia: "), err
    assert "Traceback" not in err
    for word in words:
        assert word in lines[0], err
    return lines[0]


# -- empty strings as paths --------------------------------------------------------
def test_empty_data_dir_is_refused_not_taken_as_the_default(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    import io

    from ui.cli.parser import run_argv

    default = tmp_path / "the-users-real-library"
    monkeypatch.setenv("MARGINALIA_DATA_DIR", str(default))
    err = io.StringIO()
    assert run_argv(["--data-dir", "", "list"], io.StringIO(), err) == 2
    _one_line(err.getvalue(), "--data-dir", "empty path")
    assert not default.exists()


@pytest.mark.parametrize("argv", [["import", ""], ["import", "x.txt", ""],
                                  ["export", "--out", ""], ["restore", ""]])
def test_empty_paths_are_usage_errors(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      argv: list[str]) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    before = set(tmp_path.iterdir())
    code, out, err = cli(*argv)
    assert code == 2 and out == ""
    _one_line(err, "empty path")
    assert set(tmp_path.iterdir()) == before  # nothing written "here", no library made


# -- arguments that are not UTF-8 ----------------------------------------------------
BAD = os.fsdecode(b"bad \xff byte")


@pytest.mark.parametrize(("argv", "name"), [
    (["annotate", "Travailleurs", "--quote", "Guillaud", "--nth", "1", "--note", BAD],
     "--note"),
    (["annotate", "Travailleurs", "--quote", "Guillaud", "--nth", "1", "--tag", BAD], "--tag"),
    (["show", BAD], "DOC"),
    (["search", BAD], "QUERY"),
])
def test_text_arguments_that_are_not_utf8_are_refused(cli, argv: list[str], name: str
                                                      ) -> None:  # type: ignore[no-untyped-def]
    cli("list")
    code, _, err = cli(*argv)
    assert code == 2
    _one_line(err, name, "not valid UTF-8", "\\xff")
    rows = json.loads(cli("annotations", "Travailleurs", "--json")[1])
    assert rows["highlights"] == []


def test_open_with_a_command_is_a_usage_error(cli) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("--open", "Travailleurs", "list")
    assert code == 2
    _one_line(err, "--open")


# -- data folders that cannot hold a library ---------------------------------------
def _unusable(tmp_path: Path, kind: str) -> Path:
    if kind == "file":
        (tmp_path / "f").write_text("hi")
        return tmp_path / "f"
    if kind == "under-file":
        (tmp_path / "f").write_text("hi")
        return tmp_path / "f" / "sub"
    if kind == "loop":
        (tmp_path / "a").symlink_to(tmp_path / "b")
        (tmp_path / "b").symlink_to(tmp_path / "a")
        return tmp_path / "a"
    if kind == "long":
        return tmp_path / ("d" * 300)
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / kind).write_text("junk")  # "originals" or "index" is a file
    return lib


@pytest.mark.parametrize("kind", ["file", "under-file", "loop", "long", "originals", "index"])
@pytest.mark.parametrize("command", [["list"], ["search", "travail"], ["reindex", "--full"]])
def test_unusable_data_folder_gives_one_line(tmp_path: Path, kind: str,
                                             command: list[str]) -> None:
    import io

    from ui.cli.parser import run_argv

    folder = _unusable(tmp_path, kind)
    err = io.StringIO()
    assert run_argv(["--data-dir", str(folder), *command], io.StringIO(), err) == 1
    _one_line(err.getvalue(), "cannot use this folder as a library")
    if kind in ("originals", "index"):
        assert (folder / kind).read_text() == "junk"  # left as it was


# -- import batches ----------------------------------------------------------------
def _originals(data_dir: Path) -> set[str]:
    return {p.name for p in (data_dir / "originals").iterdir()}


def _referenced(cli) -> int:  # type: ignore[no-untyped-def]
    return len(json.loads(cli("list", "--json", seeds=False)[1]))


def test_non_utf8_file_name_is_imported_and_the_batch_goes_on(cli, tmp_path: Path,
                                                              data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "latin"
    folder.mkdir()
    (folder / "a_good.txt").write_text("good file one")
    (folder / os.fsdecode(b"caf\xe9.txt")).write_bytes(b"caf\xe9 text\n")
    (folder / "z_good.txt").write_text("good file two")
    code, out, err = cli("import", str(folder), seeds=False)
    assert code == 0, err
    assert out.count("added") == 3
    sources = {r["source"] for r in json.loads(cli("list", "--json", seeds=False)[1])}
    assert "caf\\xe9.txt" in sources  # stored under a lossless, printable name
    assert len(_originals(data_dir)) == 3
    code, out, _ = cli("import", str(folder), seeds=False)  # the same name again
    assert code == 0 and out.count("already in the library") == 3


def test_a_file_failing_unexpectedly_is_refused_and_leaves_no_original(
        cli, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    cli("list", seeds=False)
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(f"text of {name}")
    real = Library._add_version

    def failing(self, name, *args):  # type: ignore[no-untyped-def]
        if name == "b.txt":
            raise ValueError("something nobody foresaw")
        return real(self, name, *args)

    monkeypatch.setattr(Library, "_add_version", failing)
    code, out, err = cli("import", *(str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")),
                         seeds=False)
    assert code == 1
    assert out.count("added") == 2
    _one_line(err, "b.txt", "could not be read")
    assert len(_originals(data_dir)) == _referenced(cli) == 2


def test_unwritable_originals_end_the_batch_in_one_line(cli, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:  # type: ignore[no-untyped-def]
    cli("list", seeds=False)
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(f"text of {name}")

    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr("reader.library.atomic_write_bytes", full)
    code, out, err = cli("import", *(str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")),
                         seeds=False)
    assert code == 1 and out == ""
    lines = _lines(err)
    assert len(lines) == 2 and "Traceback" not in err
    assert "a.txt: cannot keep a copy" in lines[0] and "the disk is full" in lines[0]
    assert "2 files not attempted" in lines[1]
    assert _referenced(cli) == 0


def test_folder_with_nothing_to_import_says_so(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "empty").mkdir()
    code, out, err = cli("import", str(tmp_path / "empty"), seeds=False)
    assert code == 1 and out == ""
    _one_line(err, "no supported files")


def test_ctrl_c_during_import_keeps_and_lists_what_was_imported(
        cli, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    cli("list", seeds=False)
    names = [f"f{i}.txt" for i in range(5)]
    for name in names:
        (tmp_path / name).write_text(f"text of {name}")
    real = Library._import_file
    seen: list[Path] = []

    def interrupted_after_two(self, path, *how):  # type: ignore[no-untyped-def]
        seen.append(path)
        result = real(self, path, *how)
        if len(seen) == 2:
            os.kill(os.getpid(), signal.SIGINT)  # the reader presses Ctrl-C
        return result

    monkeypatch.setattr(Library, "_import_file", interrupted_after_two)
    code, out, err = cli("import", *(str(tmp_path / n) for n in names), seeds=False)
    assert code == 130
    assert out.count("added") == 2
    _one_line(err, "interrupted", "2 of 5")
    assert _referenced(cli) == 2 and len(_originals(data_dir)) == 2
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_second_ctrl_c_during_import_ends_it_at_once_and_cleanly(
        cli, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    cli("list", seeds=False)
    names = [f"g{i}.txt" for i in range(5)]
    for name in names:
        (tmp_path / name).write_text(f"text of {name}")
    real = Library._import_file
    seen: list[Path] = []

    def pressed_twice(self, path, *how):  # type: ignore[no-untyped-def]
        seen.append(path)
        if len(seen) == 2:  # the reader presses Ctrl-C twice during the second file
            os.kill(os.getpid(), signal.SIGINT)
            os.kill(os.getpid(), signal.SIGINT)
        return real(self, path, *how)

    monkeypatch.setattr(Library, "_import_file", pressed_twice)
    code, _, err = cli("import", *(str(tmp_path / n) for n in names), seeds=False)
    assert code == 130 and len(seen) == 2
    _one_line(err, "interrupted")
    assert len(_originals(data_dir)) == _referenced(cli)  # nothing half-made left behind
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_an_interrupt_escaping_any_command_gives_no_traceback(data_dir: Path) -> None:
    import io

    from ui.cli.parser import parse, run

    def interrupt(ctx: object) -> int:
        raise KeyboardInterrupt

    args = parse(["--data-dir", str(data_dir), "list"])
    assert not isinstance(args, int)
    args.func = interrupt
    err = io.StringIO()
    assert run(args, io.StringIO(), err) == 130
    _one_line(err.getvalue(), "interrupted")


# -- output streams --------------------------------------------------------------------
ROOT = Path(__file__).resolve().parents[2]


def _marginalia(data_dir: Path, *argv: str, env: dict[str, str] | None = None,
                **kwargs: object) -> subprocess.Popen[bytes]:

    full_env = {**os.environ, **(env or {})}
    return subprocess.Popen([sys.executable, "-m", "ui.main", "--data-dir", str(data_dir),
                             *argv], cwd=ROOT, env=full_env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, **kwargs)  # type: ignore[call-overload]


def test_output_that_cannot_be_encoded_is_replaced_not_a_crash(data_dir: Path) -> None:
    proc = _marginalia(data_dir, "list", env={"PYTHONIOENCODING": "ascii"})
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert b"Traceback" not in err
    assert b"Travailleurs d?intimit?" in out


def test_closed_pipe_exits_quietly(cli, tmp_path: Path, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "big.txt"
    big.write_text("Big\n\n" + "many words in a paragraph\n\n" * 40_000)
    assert cli("import", str(big), seeds=False)[0] == 0
    proc = _marginalia(data_dir, "show", "Big", "--plain")
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(10) == b"Big\n\nmany "
    proc.stdout.close()  # what `| head -c 10` does
    err = proc.stderr.read()
    proc.stderr.close()
    proc.wait(timeout=60)
    assert err == b"", err
    assert proc.returncode == 141


# -- check, and the window's command line ------------------------------------------------
def test_check_reports_missing_originals(cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("check")[0] == 0
    import shutil

    shutil.rmtree(data_dir / "originals")
    code, out, _ = cli("check")
    assert code == 1
    assert "originals: 5 imported files missing" in out


def test_no_display_is_one_line_not_a_qt_abort(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    from ui.window.app import run_app

    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    args = argparse.Namespace(data_dir=str(tmp_path / "data"), no_seeds=False, open=None,
                              screenshot=None, verbose=False)
    assert run_app(args) == 1
    _one_line(capsys.readouterr().err, "no display available")
    assert not (tmp_path / "data").exists()


def test_window_on_an_unusable_folder_is_one_line(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    from ui.window.app import run_app

    (tmp_path / "f").write_text("hi")
    args = argparse.Namespace(data_dir=str(tmp_path / "f"), no_seeds=False, open=None,
                              screenshot=None, verbose=False)
    assert run_app(args) == 1
    _one_line(capsys.readouterr().err, "cannot use this folder as a library")


def test_screenshot_that_cannot_be_saved_says_so_and_exits(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    proc = _marginalia(tmp_path / "data", "--screenshot", str(tmp_path / "afile" / "s.png"),
                       env={"QT_QPA_PLATFORM": "offscreen"})
    _, err = proc.communicate(timeout=120)  # it hung: the window never quit
    assert proc.returncode == 1
    assert b"could not save the screenshot" in err and b"Traceback" not in err


def test_logged_warnings_reach_stderr_as_marginalia_lines(cli, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                         data_dir: Path) -> None:
    cli("list")
    (data_dir / "exports.json").mkdir()  # neither readable nor replaceable as a record
    code, out, err = cli("export", "Travailleurs", "--out", str(tmp_path / "n.md"))
    assert code == 0 and "wrote" in out
    lines = _lines(err)
    assert len(lines) == 2 and "Traceback" not in err
    assert all(line.startswith("marginalia: ") for line in lines), err
    assert "could not remember this export" in lines[1]


@pytest.mark.parametrize("query", ["", "   "])
def test_empty_search_is_a_usage_error(cli, query: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli("search", query)
    assert code == 2 and out == ""
    _one_line(err, "empty search")


def test_huge_document_name_is_clipped_in_the_error(cli) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("show", "x" * 100_000)
    assert code == 1
    line = _one_line(err, "no document has this id or title")
    assert len(line) < 500
