"""Errors that remember their template (issue 18): the English text stays exactly as
the command line prints it, and the window's list of templates is complete."""

from __future__ import annotations

import ast
import io
import json
import pickle
import zipfile
from pathlib import Path

import pytest

from reader.errors import (
    ImportRefused,
    InvalidInput,
    LibraryBusy,
    MarginaliaError,
    NotFound,
    Said,
    StoreError,
    message_of,
    reason_after,
    said,
)
from reader.importers import epub_import, parse_bytes, pdf_import
from reader.input_checks import check_color, check_span

ROOT = Path(__file__).resolve().parents[2]


def _refusal(name: str, data: bytes) -> ImportRefused:
    with pytest.raises(ImportRefused) as caught:
        parse_bytes(name, data)
    return caught.value


def _epub_without_container() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
    return buffer.getvalue()


def test_a_refusal_says_the_same_english_and_remembers_its_parts() -> None:
    exc = _refusal("book.epub", b"not a zip at all")
    assert str(exc) == "book.epub: not an EPUB (not a zip archive)"
    assert exc.template == "{path}: {reason}"
    assert exc.params["path"] == "book.epub"
    reason = exc.params["reason"]
    assert isinstance(reason, Said) and reason == exc.reason == "not an EPUB (not a zip archive)"
    assert reason.template == "not an EPUB ({why})"
    assert isinstance(reason.params["why"], Said)
    assert reason.params["why"].template == "not a zip archive"


@pytest.mark.parametrize(("name", "data", "text"), [
    ("empty.pdf", b"", "empty.pdf: not a PDF or damaged: the file is empty"),
    ("bad.pdf", b"%PDF-1.4 nonsense", "bad.pdf: not a PDF or damaged: data format error"),
    ("box.epub", None, "box.epub: not an EPUB (no META-INF/container.xml)"),
])
def test_refusals_of_each_format_keep_their_text(name: str, data: bytes | None,
                                                 text: str) -> None:
    exc = _refusal(name, _epub_without_container() if data is None else data)
    assert str(exc) == text
    assert isinstance(exc.reason, Said)


def test_checks_of_what_the_reader_types_keep_their_text() -> None:
    with pytest.raises(InvalidInput) as caught:
        check_color("mauve")
    assert str(caught.value).startswith("mauve: not a colour; choose one of yellow")
    assert caught.value.template == "{color}: not a colour; choose one of {value}"
    with pytest.raises(InvalidInput) as caught:
        check_span("some text", 4, 4)
    assert str(caught.value) == "4-4: empty span; a highlight needs at least one character"
    assert caught.value.params == {"start": 4, "end": 4}


def test_errors_made_without_a_template_have_none() -> None:
    exc = NotFound("no such thing")
    assert str(exc) == "no such thing" and exc.template is None and exc.params == {}
    assert message_of(exc) == "no such thing" and not isinstance(message_of(exc), Said)


def test_a_said_message_behaves_as_its_text() -> None:
    message = said("{n} of {m} pages could not be read (damaged)", n=2, m=5)
    assert message == "2 of 5 pages could not be read (damaged)"
    assert hash(message) == hash("2 of 5 pages could not be read (damaged)")
    assert json.dumps([message]) == '["2 of 5 pages could not be read (damaged)"]'
    copy = pickle.loads(pickle.dumps(message))
    assert copy == message and copy.template == message.template and copy.params == {"n": 2,
                                                                                     "m": 5}
    assert str(LibraryBusy("index")).startswith("index busy: another Marginalia process")


def test_reason_after_takes_the_name_off_and_keeps_the_reason() -> None:
    inner = said("cannot keep a copy in {originals} ({why}); nothing was saved",
                 originals="/o", why=said("the disk is full"))
    exc = StoreError(said("{path}: {reason}", path="a.txt", reason=inner))
    assert reason_after(exc, "a.txt") is inner
    plain = StoreError("/lib.sqlite3: the disk is full; nothing was saved")
    assert reason_after(plain, "a.txt") == str(plain)
    assert reason_after(StoreError("a.txt: locked"), "a.txt") == "locked"


def test_the_command_line_prints_refusals_as_before(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "broken.epub").write_bytes(b"PK\x03\x04 truncated")
    (tmp_path / "empty.pdf").write_bytes(b"")
    code, _, err = cli("import", str(tmp_path / "broken.epub"), str(tmp_path / "empty.pdf"),
                       seeds=False)
    assert code == 1
    assert "broken.epub: not an EPUB (not a zip archive)" in err
    assert "empty.pdf: not a PDF or damaged: the file is empty" in err


# -- the window's list of templates ----------------------------------------------------

def _said_calls() -> list[tuple[str, ast.Call]]:
    calls = []
    for top in ("reader", "index"):
        for path in sorted((ROOT / top).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                func = node.func if isinstance(node, ast.Call) else None
                name = getattr(func, "id", None) or getattr(func, "attr", None)
                if name == "said":
                    assert isinstance(node, ast.Call)
                    calls.append((f"{path.relative_to(ROOT)}:{node.lineno}", node))
    return calls


def test_every_template_is_a_literal_with_named_placeholders() -> None:
    calls = _said_calls()
    assert len(calls) > 100
    for where, call in calls:
        first = call.args[0] if call.args else None
        assert isinstance(first, ast.Constant) and isinstance(first.value, str), where
        assert "{}" not in first.value and "{0" not in first.value, where
        named = {kw.arg for kw in call.keywords}
        fields = {part.split("}")[0].split(":")[0].split("!")[0]
                  for part in first.value.replace("{{", "").split("{")[1:]}
        assert fields == named, f"{where}: {first.value!r} given {sorted(named)}"


def test_the_window_lists_every_template_and_no_other() -> None:
    from ui.window.error_texts import TEMPLATES

    used = {call.args[0].value for _, call in _said_calls()}  # type: ignore[attr-defined]
    listed = set(TEMPLATES)
    assert len(listed) == len(TEMPLATES), "a template is listed twice"
    assert sorted(used - listed) == [], "raised but not in ui/window/error_texts.py"
    assert sorted(listed - used) == [], "listed in ui/window/error_texts.py, never raised"


def test_the_importers_import_said_from_the_errors_module() -> None:
    assert epub_import.said is said and pdf_import.said is said
    assert issubclass(ImportRefused, MarginaliaError)
