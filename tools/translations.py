"""The window's translations, rebuilt with Qt's own tools (issue 18).

Run: ``.venv/bin/python tools/translations.py`` (or ``make translations``), after
wrapping or changing a window string. It

1. runs ``pyside6-lupdate`` over the window's code (``ui/window/**/*.py`` and the
   ``ui/*.py`` it imports) into ``ui/translations/marginalia_fr.ts`` and, plural
   forms only, ``marginalia_en.ts`` (``-no-obsolete``; no source locations, so the
   committed files change only when a text does);
2. merges the French of ``ui/translations/parts/*_fr.ts`` (one per engineer) into
   every entry of ``marginalia_fr.ts`` still unfinished (same context, source and
   comment);
3. fills ``marginalia_en.ts``'s plural forms from the source text ("%n highlight(s)"
   → "%n highlight" / "%n highlights") and marks them finished;
4. runs ``pyside6-lrelease`` into ``ui/translations/*.qm``.

The ``.qm`` files are committed, not built by ``make``: the window then works from a
plain checkout, an editable install, a wheel and the frozen build alike, and
``tests/window/test_i18n.py`` rebuilds them into a temporary folder and compares
the bytes, so a stale one fails the tests. ``--check`` does the same here.
The command line (``ui/cli``) stays English and is not scanned.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
TRANSLATIONS = UI / "translations"
PARTS = TRANSLATIONS / "parts"
BIN = Path(sys.executable).parent
LANGUAGES = {"fr": "fr_FR", "en": "en"}  # file suffix -> the .ts target language

Key = tuple[str, str, str]  # context, source, comment


@dataclass(frozen=True)
class Entry:
    """One message of a .ts file, as the tests and the merge read it."""

    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool
    forms: tuple[str, ...]  # the translation, or its plural forms

    @property
    def key(self) -> Key:
        return self.context, self.source, self.comment


def sources() -> list[Path]:
    """The window's Python files: what lupdate reads (never the command line's)."""
    return sorted([*UI.glob("*.py"), *(UI / "window").rglob("*.py")])


def _tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def lupdate(ts: Path, language: str, plural_only: bool = False,
            files: list[Path] | None = None) -> str:
    """Update ``ts`` from the sources (created if missing); lupdate's own report."""
    argv = [_tool("pyside6-lupdate"), *(str(p) for p in files or sources()),
            "-ts", str(ts), "-no-obsolete", "-locations", "none",
            "-source-language", "en", "-target-language", language]
    if plural_only:
        argv.append("-pluralonly")
    done = subprocess.run(argv, capture_output=True, text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"{ts.name}: pyside6-lupdate failed: {done.stderr.strip()}")
    return done.stdout + done.stderr


def lrelease(ts: Path, qm: Path) -> None:
    done = subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                          capture_output=True, text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"{ts.name}: pyside6-lrelease failed: {done.stderr.strip()}")


def _text(element: etree._Element | None) -> str:
    return "" if element is None else (element.text or "")


def _entry(context: str, message: etree._Element) -> Entry:
    translation = message.find("translation")
    numerus = message.get("numerus") == "yes"
    if translation is None:
        forms: tuple[str, ...] = ()
    elif numerus:
        forms = tuple(_text(f) for f in translation.findall("numerusform"))
    else:
        forms = (_text(translation),)
    finished = (translation is not None and translation.get("type") is None
                and bool(forms) and all(forms))
    return Entry(context, _text(message.find("source")), _text(message.find("comment")),
                 numerus, finished, forms)


def _messages(tree: etree._ElementTree) -> list[tuple[Entry, etree._Element]]:
    found = []
    for context in tree.getroot().iter("context"):
        name = _text(context.find("name"))
        found += [(_entry(name, m), m) for m in context.findall("message")]
    return found


def entries(ts: Path) -> list[Entry]:
    """Every message of ``ts``, in the file's order."""
    return [entry for entry, _ in _messages(etree.parse(str(ts)))]


def _write(tree: etree._ElementTree, ts: Path) -> None:
    tree.write(str(ts), encoding="utf-8", xml_declaration=True, doctype="<!DOCTYPE TS>")


def merge_parts(ts: Path, parts: list[Path]) -> tuple[int, list[str]]:
    """Copy each part's finished translation into ``ts``'s unfinished entry of the same
    key; (entries filled, conflicts: two parts translating one key differently)."""
    offered: dict[Key, tuple[etree._Element, Path]] = {}
    conflicts = []
    for part in parts:
        for entry, message in _messages(etree.parse(str(part))):
            if not entry.finished:
                continue
            earlier = offered.get(entry.key)
            if earlier and _entry(entry.context, earlier[0]).forms != entry.forms:
                conflicts.append(f"{entry.context}: {entry.source!r} in {earlier[1].name} "
                                 f"and {part.name}; kept {earlier[1].name}'s")
                continue
            offered.setdefault(entry.key, (message, part))
    tree = etree.parse(str(ts))
    filled = 0
    for entry, message in _messages(tree):
        if entry.finished or entry.key not in offered:
            continue
        _put(message, _copy(offered[entry.key][0].find("translation")))
        filled += 1
    _write(tree, ts)
    return filled, conflicts


def _copy(translation: etree._Element | None) -> etree._Element:
    fresh = etree.fromstring(etree.tostring(translation)) if translation is not None \
        else etree.Element("translation")
    fresh.tail = None
    return fresh


# English plurals the window's texts use: "(a|b)" is singular a, plural b ("(is|are)"),
# "y(ies)" a y or ies, any other "(suffix)" nothing or the suffix ("(s)", "(es)").
_CHOICE = re.compile(r"\(([^()|]*)\|([^()|]*)\)")
_IES = re.compile(r"y\(ies\)")
_SUFFIX = re.compile(r"\(([a-z]+)\)")


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural of a ``%n`` text written with "(s)"-style markers."""
    singular = _SUFFIX.sub("", _IES.sub("y", _CHOICE.sub(r"\1", source)))
    plural = _SUFFIX.sub(r"\1", _IES.sub("ies", _CHOICE.sub(r"\2", source)))
    return singular, plural


def fill_english(ts: Path) -> int:
    """Give every plural message of the English ``ts`` its two forms; how many."""
    tree = etree.parse(str(ts))
    filled = 0
    for entry, message in _messages(tree):
        if not entry.numerus:
            continue
        translation = etree.Element("translation")
        for form in english_forms(entry.source):
            etree.SubElement(translation, "numerusform").text = form
        _put(message, translation)
        filled += 1
    _write(tree, ts)
    return filled


def build(folder: Path, parts: list[Path] | None = None) -> dict[str, str]:
    """Update (or create) the .ts files in ``folder``, merge, fill, release; what each
    step said, for the report."""
    folder.mkdir(parents=True, exist_ok=True)
    french, english = folder / "marginalia_fr.ts", folder / "marginalia_en.ts"
    said = {"lupdate": lupdate(french, LANGUAGES["fr"])}
    filled, conflicts = merge_parts(french, sorted(PARTS.glob("*_fr.ts"))
                                    if parts is None else parts)
    lupdate(english, LANGUAGES["en"], plural_only=True)
    plurals = fill_english(english)
    for ts in (french, english):  # lupdate's own layout again: a rerun changes nothing
        lupdate(ts, LANGUAGES[ts.stem.rsplit("_", 1)[1]], plural_only=ts is english)
        lrelease(ts, ts.with_suffix(".qm"))
    done = entries(french)
    finished = sum(e.finished for e in done)
    said["merge"] = f"{filled} entries merged from the parts" + "".join(
        f"\nconflict: {c}" for c in conflicts)
    said["english"] = f"{plurals} English plural entries filled"
    said["french"] = f"{finished} of {len(done)} French entries finished"
    return said


def check() -> list[str]:
    """What is not current: rebuilt in a temporary folder from the committed files."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for name in ("marginalia_fr.ts", "marginalia_en.ts"):
            if (TRANSLATIONS / name).exists():
                shutil.copy(TRANSLATIONS / name, out / name)
        build(out)
        for name in ("marginalia_fr.ts", "marginalia_en.ts", "marginalia_fr.qm",
                     "marginalia_en.qm"):
            committed = TRANSLATIONS / name
            if not committed.exists() or committed.read_bytes() != (out / name).read_bytes():
                stale.append(name)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="only say whether the committed files are current (exit 1 if not)")
    args = parser.parse_args(argv)
    if args.check:
        stale = check()
        for name in stale:
            print(f"translations: {name} is not current; run tools/translations.py",
                  file=sys.stderr)
        return 1 if stale else 0
    said = build(TRANSLATIONS)
    for step in ("merge", "english", "french"):
        print(said[step])
    return 0


def _put(message: etree._Element, translation: etree._Element) -> None:
    """``translation`` as ``message``'s, in place of the one it had."""
    old = message.find("translation")
    if old is not None:
        message.replace(old, translation)
    else:
        message.append(translation)


if __name__ == "__main__":
    sys.exit(main())

