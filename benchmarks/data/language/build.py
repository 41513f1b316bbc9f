"""Build the labelled set that ``benchmarks/bench_language.py`` measures detectors on.

Every item is real text a reader meets, labelled by where it comes from rather than by
any detector: translated documentation (Debian Reference), translated manual pages,
program messages (``.mo`` catalogues), Python's documentation (English with code
words) and the bundled French seeds. Translations leave untranslated English behind,
so an item is kept only when it differs from its English original (the same manual
page in English, the catalogue's ``msgid``). Two kinds: ``para`` (10-40 words) and
``head`` (3-8 words: headings, captions, menu lines). Sampling is seeded, so the set
is the same from the same machine; it is written to ``set.tsv`` beside this file.

Needs Debian's packages (as root): ``apt-get install -y manpages
manpages-{cs,da,de,el,es,fi,fr,hu,id,it,nb,nl,pl,pt-br,ro,ru,sr,sv,tr,uk}
debian-reference-{en,fr,de,it,es,pt,id,ja,zh-cn} python3-doc``
then ``.venv/bin/python benchmarks/data/language/build.py``.
"""

from __future__ import annotations

import gettext
import gzip
import html
import os
import random
import re
import subprocess
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from lxml import html as lxml_html  # type: ignore[import-untyped]

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
OUT = HERE / "set.tsv"
PER_KIND = {"para": 40, "head": 20}  # items per language and kind
PER_SOURCE = 3  # at most this many items from one file, so many files are sampled
DEBREF = Path("/usr/share/doc/debian-reference-common/docs")
MAN = Path("/usr/share/man")
LOCALE = Path("/usr/share/locale")
PYDOC = Path("/usr/share/doc/python3.11-doc/html/library")
# Scripts that do not separate words by spaces: counted in characters (÷ 3 ≈ words).
_UNSPACED = {"ja", "zh"}
_NON_LATIN = {"ar", "bg", "el", "fa", "he", "hi", "hy", "ja", "ko", "ne", "ru", "sr", "ta",
              "uk", "yi", "zh"}
# The Snowball stemmers' languages (PyStemmer) and a few more readers meet; Sesotho
# has no local text. ``.mo`` locale → our code.
LANGS = ("ar", "hy", "eu", "ca", "cs", "da", "nl", "en", "eo", "et", "fi", "fr", "de", "el",
         "hi", "hu", "id", "ga", "it", "lt", "ne", "nb", "fa", "pl", "pt", "ro", "ru", "sr",
         "es", "sv", "ta", "tr", "yi", "he", "ja", "zh", "ko", "uk", "bg", "vi")
_LOCALE_CODE = {"pt_BR": "pt", "zh_CN": "zh", "zh_TW": "zh", "pt_PT": "pt"}
_MAN_MAX_PAGES = 60  # pages rendered per language

_FORMAT = re.compile(r"%(\(\w+\))?[-+ 0#]*\d*(\.\d+)?[a-zA-Z]|\{\w*\}|<[^>]+>|\$\{?\w+\}?")
_MNEMONIC = re.compile(r"(?<=\w)_|_(?=\w)|&(?=\w)")
_ENGLISH = {"the", "of", "to", "and", "is", "a", "in", "that", "for", "it", "with", "as", "be",
            "on", "by", "this", "are", "from", "or", "an", "not", "was", "can", "you", "will",
            "if", "which", "has", "have", "at", "its", "all", "use", "when"}
_SPACES = re.compile(r"\s+")
_CODEY = re.compile(r"[|+]{2}|-{3}|^[$#>] |\\|\s-{1,2}[a-z]")


def clean(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def words_of(lang: str, text: str) -> int:
    """Words, or characters ÷ 3 where a script writes no spaces."""
    if lang in _UNSPACED:
        return sum(1 for ch in text if ch.isalpha()) // 3
    return len(text.split())


def untranslated(lang: str, text: str) -> bool:
    """English left in a translation: many of its words are English function words."""
    words = text.lower().split()
    return lang != "en" and sum(w in _ENGLISH for w in words) >= max(2, len(words) / 5)


def kind_of(lang: str, text: str) -> str:
    """``para``, ``head`` or "" (neither: out of the set) by length and looks."""
    letters = sum(ch.isalpha() for ch in text)
    if not text or letters < 0.6 * len(text.replace(" ", "")) or _CODEY.search(text) \
            or untranslated(lang, text):
        return ""
    if lang in _NON_LATIN and sum(ch.isascii() for ch in text if ch.isalpha()) > letters / 3:
        return ""  # mostly Latin letters in a non-Latin language: left untranslated
    n = words_of(lang, text)
    return "para" if 10 <= n <= 40 else "head" if 3 <= n <= 8 else ""


def debref_chunks(lang: str) -> Iterator[tuple[str, str]]:
    """Paragraphs and headings of the Debian Reference's plain-text edition."""
    name = {"zh": "zh-cn"}.get(lang, lang)
    path = DEBREF / f"debian-reference.{name}.txt.gz"
    if not path.exists():
        return
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    for chunk in re.split(r"\n\s*\n", text):
        lines = chunk.strip("\n").splitlines()
        if len(lines) == 1 and not lines[0].startswith(" "):  # 1.2.6. Zeitstempel
            yield f"debref.{name}", re.sub(r"^[\d.]+\s+", "", lines[0].strip())
        elif lines and not re.match(r"\s*(\*|\d+\.)\s", lines[0]):
            yield f"debref.{name}", clean(chunk)


def man_text(path: Path) -> str:
    env = {**os.environ, "LANG": "C.UTF-8", "MANWIDTH": "5000"}
    proc = subprocess.run(["man", "--nh", "--nj", "-l", str(path)], env=env,
                          capture_output=True, timeout=60, check=False)
    return proc.stdout.decode("utf-8", "replace").replace("\b", "")


def man_paragraphs(path: Path) -> list[str]:
    """The indented paragraphs of a rendered page (one line each at this width)."""
    return [clean(line) for line in man_text(path).splitlines() if line.startswith("       ")]


def man_chunks(lang: str) -> Iterator[tuple[str, str]]:
    """Paragraphs of translated manual pages that are not in their English original."""
    folder = MAN if lang == "en" else MAN / {"pt": "pt_BR"}.get(lang, lang)
    if not (folder / "man1").is_dir():
        return
    pages = [p for p in sorted(folder.glob("man1/*.1.gz")) + sorted(folder.glob("man8/*.8.gz"))
             if not p.name.startswith("gcloud")]  # thousands of near-identical pages
    random.Random(f"man{lang}").shuffle(pages)
    for page in pages[:_MAN_MAX_PAGES]:
        english = set() if lang == "en" else set(man_paragraphs(MAN / page.parent.name / page.name))
        for paragraph in man_paragraphs(page):
            if paragraph not in english:
                yield f"man.{page.name}", paragraph


def mo_chunks(lang: str) -> Iterator[tuple[str, str]]:
    """Translated program messages whose words are mostly not the English ones."""
    for folder in sorted(LOCALE.iterdir()):
        if _LOCALE_CODE.get(folder.name, folder.name) != lang:
            continue
        for path in sorted(folder.glob("LC_MESSAGES/*.mo")):
            if path.name.startswith("iso_"):  # lists of names, not text
                continue
            yield from _catalogue(path)


def _catalogue(path: Path) -> Iterator[tuple[str, str]]:
    try:
        with path.open("rb") as handle:
            catalog = gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]
    except (OSError, UnicodeDecodeError, ValueError):
        return
    for msgid, msgstr in catalog.items():
        if not isinstance(msgid, str) or not msgid or not isinstance(msgstr, str):
            continue
        text = clean(_MNEMONIC.sub("", _FORMAT.sub(" ", html.unescape(msgstr))))
        source = set(clean(_FORMAT.sub(" ", msgid)).lower().split())
        mine = text.lower().split()
        if mine and sum(w in source for w in mine) < 0.4 * len(mine):
            yield f"mo.{path.parent.parent.name}.{path.stem}", text


def pydoc_chunks() -> Iterator[tuple[str, str]]:
    """English technical prose: paragraphs and headings of Python's library docs."""
    for path in sorted(PYDOC.glob("*.html")):
        tree = lxml_html.fromstring(path.read_bytes())
        for element in tree.iter("p", "h2", "h3"):
            yield f"pydoc.{path.stem}", clean(element.text_content().replace("¶", ""))


def seed_chunks() -> Iterator[tuple[str, str]]:
    """The bundled French seeds (000, 003, 004: French throughout)."""
    for prefix in ("000", "003", "004"):
        path = next((ROOT / "seeds").glob(f"{prefix}_*.txt"))
        for chunk in path.read_text("utf-8").split("\n\n"):
            yield f"seed.{prefix}", clean(chunk)


def sources(lang: str) -> Iterator[tuple[str, str]]:
    yield from debref_chunks(lang)
    yield from man_chunks(lang)
    yield from mo_chunks(lang)
    if lang == "en":
        yield from pydoc_chunks()
    if lang == "fr":
        yield from seed_chunks()


def sample(lang: str) -> list[tuple[str, str, str]]:
    """Up to ``PER_KIND`` items of each kind, spread over sources and files."""
    found: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    seen: set[str] = set()
    for source, text in sources(lang):
        kind = kind_of(lang, text)
        if kind and text not in seen and len(found[kind][source]) < 50:
            seen.add(text)
            found[kind][source].append(text)
    rng = random.Random(f"set{lang}")
    items: list[tuple[str, str, str]] = []
    for kind, by_source in sorted(found.items()):
        pool = [(src, t) for src, texts in sorted(by_source.items())
                for t in rng.sample(texts, min(PER_SOURCE, len(texts)))]
        rng.shuffle(pool)
        items += [(kind, src, t) for src, t in _spread(pool, PER_KIND[kind])]
    return items


def _spread(pool: list[tuple[str, str]], count: int) -> list[tuple[str, str]]:
    """``count`` items taking each kind of source (debref, man, mo...) in turn."""
    by_family: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for src, text in pool:
        by_family[src.split(".")[0]].append((src, text))
    chosen: list[tuple[str, str]] = []
    while len(chosen) < count and any(by_family.values()):
        for family in sorted(by_family):
            if by_family[family] and len(chosen) < count:
                chosen.append(by_family[family].pop())
    return chosen


def main() -> None:
    lines = ["lang\tkind\tsource\ttext"]
    for lang in LANGS:
        items = sample(lang)
        lines += [f"{lang}\t{kind}\t{src}\t{text}" for kind, src, text in items]
        counts = {k: sum(1 for i in items if i[0] == k) for k in PER_KIND}
        print(f"{lang}: {counts['para']} paragraphs, {counts['head']} headings")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} items to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
