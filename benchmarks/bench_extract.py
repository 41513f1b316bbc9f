"""Main-content extraction on real pages (issue 16): ours against trafilatura,
readability-lxml and jusText. Prints a table; asserts nothing.

Pages: the Python documentation (Sphinx, python3-doc), the Debian Reference (DocBook,
debian-reference-common), Node's API docs (nodejs-doc), the made-up blog and news
pages of tests/reader/data/web, and the bundled seeds (text exported from blogs) laid
into a blog theme's chrome. A family whose files are absent is skipped.

What a page's body is comes from the page's own markup, not from any extractor:
Sphinx's ``div.body``, DocBook's ``div.chapter`` (less its generated table of
contents), Node's ``#apicontent``, the seeds' paragraphs, and for the made-up pages
the phrases listed in expectations.json. Each extractor's text is searched (spaces
ignored) for every heading, paragraph, first line of a code block, definition term
(Sphinx's ``dl.py`` signatures) and table cell of that body; "chrome" counts the
phrases of the site around it that got through. Time is per page, extraction only.

Run: .venv/bin/python benchmarks/bench_extract.py [--per-family N]
An extractor that is not installed is listed as such; to measure them without adding
them to the project, point PYTHONPATH at another environment's site-packages.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]
from lxml import html as lxml_html

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.importers import html_import  # noqa: E402

PYDOCS = Path("/usr/share/doc/python3-doc/html")
PY_PAGES = ["library/contextlib.html", "library/functions.html", "library/stdtypes.html",
            "library/json.html", "library/re.html", "library/os.path.html",
            "library/asyncio-task.html", "library/collections.html", "library/datetime.html",
            "library/index.html", "tutorial/classes.html", "glossary.html", "howto/logging.html",
            "reference/datamodel.html", "library/sqlite3.html"]
DEBREF = Path("/usr/share/doc/debian-reference-common/docs")
DEB_PAGES = ["ch01.en.html", "ch02.en.html", "ch05.en.html", "ch09.en.html", "ch10.en.html",
             "ch12.fr.html"]
NODE = Path("/usr/share/doc/nodejs/api")
NODE_PAGES = ["path.html", "events.html", "url.html", "readline.html"]
WEB = ROOT / "tests" / "reader" / "data" / "web"
# The site's own words around the body, as patterns over the extracted text (a short
# word counts only as a line of its own: "Home" is chrome, "a home directory" is not).
CHROME = {
    "sphinx": ["Previous topic", "Next topic", "This Page", "Report a Bug", "Show Source",
               "Created using Sphinx", "Quick search", "¶", "(?m)^Table of Contents$",
               "(?m)^Navigation$"],
    "docbook": ["(?m)^Table of Contents$", "(?m)^List of Tables$", r"(?m)^\W*Prev\W*$",
                r"(?m)^\W*Home\W*$", r"(?m)^\W*Next\W*$"],
    "node": ["Skip to content", "(?m)^Table of contents$", "Other versions",
             "About this documentation", "(?m)^Index$", "View on single page", r"(?m)\w#$"],
    "seeds": ["Skip to the content", "About the baker", "Share on Twitter", "Leave a Reply",
              "Recent Posts", "Powered by WordPress", "We use cookies", "Previous post"],
}
_SPACES = re.compile(r"\s+")


def squash(text: str) -> str:
    return _SPACES.sub("", html.unescape(text))


@dataclass
class Page:
    family: str
    name: str
    source: str
    units: dict[str, list[str]] = field(default_factory=dict)  # kind → squashed texts
    chrome: list[str] = field(default_factory=list)  # patterns


# -- the pages and what their body is ----------------------------------------------

def _text(element: etree._Element) -> str:
    return "".join(element.itertext())


def _reference_units(body: etree._Element) -> dict[str, list[str]]:
    """Headings, paragraphs, code, terms and cells of a body, permalinks left out."""
    for element in list(body.iter("button", "script", "style")):  # never read as text
        element.drop_tree()
    for link in list(body.iter("a")):
        if "headerlink" in (link.get("class") or "") or _text(link).strip() in ("¶", "#"):
            link.drop_tree()
    units: dict[str, list[str]] = {k: [] for k in
                                   ("headings", "paragraphs", "code", "terms", "cells")}
    for element in body.iter("h1", "h2", "h3", "h4", "h5", "h6", "p", "pre", "dt", "td", "th"):
        text = _text(element).strip()
        if element.tag == "pre":
            text = next((line for line in text.splitlines() if line.strip()), "")
        kind = {"p": "paragraphs", "pre": "code", "dt": "terms", "td": "cells",
                "th": "cells"}.get(element.tag, "headings")
        if kind == "paragraphs" and len(text) < 30:
            continue
        if squash(text):
            units[kind].append(squash(text)[:60])
    return units


def _marked_page(family: str, path: Path, find: str, cut: str = "") -> Page:
    source = path.read_text(encoding="utf-8")
    root = lxml_html.document_fromstring(source.encode("utf-8"))
    body = root.xpath(find)[0]
    for element in body.xpath(cut) if cut else []:
        element.drop_tree()
    return Page(family, path.name, source, _reference_units(body), CHROME[family])


def _seed_pages() -> Iterator[Page]:
    template = (WEB / "wordpress_post.html").read_text(encoding="utf-8")
    start = template.index('<div class="entry-content">') + len('<div class="entry-content">')
    end = template.index('<div class="sharedaddy')
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").split("\n\n")]
        paragraphs = [p for p in lines[1:] if len(p) >= 30]
        article = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
        source = template[:start] + article + template[end:]
        source = source.replace("Slow bread and the long ferment", html.escape(lines[0]))
        units = {"paragraphs": [squash(p)[:60] for p in paragraphs]}
        yield Page("seeds", path.name, source, units, [re.escape(c) for c in CHROME["seeds"]])


def pages(per_family: int) -> Iterator[Page]:
    families: list[tuple[Path, list[str], Callable[[Path], Page]]] = [
        (PYDOCS, PY_PAGES, lambda p: _marked_page(
            "sphinx", p, "//div[contains(concat(' ', @class, ' '), ' body ')]")),
        (DEBREF, DEB_PAGES, lambda p: _marked_page(
            "docbook", p, "//div[@class='chapter']", ".//div[@class='toc']")),
        (NODE, NODE_PAGES, lambda p: _marked_page("node", p, "//*[@id='apicontent']")),
    ]
    for folder, names, make in families:
        for name in names[:per_family]:
            if (folder / name).exists():
                yield make(folder / name)
    expectations = json.loads((WEB / "expectations.json").read_text(encoding="utf-8"))
    for name, expected in expectations.items():
        if not name.startswith("_"):
            yield Page("blogs", name, (WEB / name).read_text(encoding="utf-8"),
                       {"phrases": [squash(k) for k in expected["keep"]]},
                       [re.escape(phrase) for phrase in expected["drop"]])
    yield from list(_seed_pages())[:per_family]


# -- the extractors -----------------------------------------------------------------

def _ours(source: str) -> str:
    return html_import.read_page(source).body.text


def extractors() -> dict[str, Callable[[str], str] | str]:
    """Each extractor as text in, text out; a string says why one is missing."""
    found: dict[str, Callable[[str], str] | str] = {"marginalia": _ours}
    try:
        import trafilatura

        found["trafilatura"] = lambda s: trafilatura.extract(
            s, include_tables=True, include_comments=False, output_format="txt") or ""
        found["trafilatura recall"] = lambda s: trafilatura.extract(
            s, include_tables=True, include_comments=False, favor_recall=True,
            output_format="txt") or ""
    except ImportError:
        found["trafilatura"] = "not installed"
    try:
        from readability import Document

        found["readability-lxml"] = lambda s: lxml_html.fromstring(
            Document(s).summary(html_partial=True)).text_content()
    except ImportError:
        found["readability-lxml"] = "not installed"
    try:
        import justext

        def _justext(source: str) -> str:
            language = "French" if 'lang="fr"' in source[:2000] else "English"
            paragraphs = justext.justext(source.encode("utf-8"), justext.get_stoplist(language))
            return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)

        found["jusText"] = _justext
    except ImportError:
        found["jusText"] = "not installed"
    return found


# -- measuring ----------------------------------------------------------------------

@dataclass
class Score:
    found: dict[str, list[int]] = field(default_factory=dict)  # kind → [kept, total]
    chrome: list[int] = field(default_factory=lambda: [0, 0])  # [got through, checked]
    seconds: float = 0.0
    pages: int = 0
    failures: int = 0

    def add(self, page: Page, text: str, seconds: float) -> None:
        out = squash(text)
        for kind, units in page.units.items():
            kept, total = self.found.setdefault(kind, [0, 0])
            self.found[kind] = [kept + sum(u in out for u in units), total + len(units)]
        self.chrome[0] += sum(re.search(pattern, text) is not None for pattern in page.chrome)
        self.chrome[1] += len(page.chrome)
        self.seconds += seconds
        self.pages += 1


KINDS = ("headings", "paragraphs", "code", "terms", "cells", "phrases")


def measure(all_pages: list[Page], tools: dict[str, Callable[[str], str] | str]) -> None:
    scores: dict[tuple[str, str], Score] = {}
    for tool, extract in tools.items():
        if isinstance(extract, str):
            continue
        for page in all_pages:
            score = scores.setdefault((page.family, tool), Score())
            started = time.perf_counter()
            try:
                text = extract(page.source)
            except Exception as exc:  # an extractor's crash is a figure, not our failure
                print(f"  {tool} failed on {page.name}: {type(exc).__name__}: {exc}")
                text, score.failures = "", score.failures + 1
            score.add(page, text, time.perf_counter() - started)
    header = f"{'family':8} {'extractor':20} {'pages':>5} " + " ".join(
        f"{k:>10}" for k in KINDS) + f" {'chrome':>8} {'ms/page':>8}"
    print(header)
    print("-" * len(header))
    for (family, tool), score in scores.items():
        cells = []
        for kind in KINDS:
            kept, total = score.found.get(kind, [0, 0])
            cells.append(f"{100 * kept / total:9.0f}%" if total else f"{'-':>10}")
        chrome = f"{score.chrome[0]}/{score.chrome[1]}"
        print(f"{family:8} {tool:20} {score.pages:5} " + " ".join(cells)
              + f" {chrome:>8} {1000 * score.seconds / max(1, score.pages):8.1f}")
    for tool, extract in tools.items():
        if isinstance(extract, str):
            print(f"{tool}: {extract}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-family", type=int, default=20,
                        help="at most this many pages of each family")
    args = parser.parse_args()
    all_pages = list(pages(args.per_family))
    families = sorted({p.family for p in all_pages})
    print(f"{len(all_pages)} pages: " + ", ".join(
        f"{f} {sum(p.family == f for p in all_pages)}" for f in families))
    print("kept: share of the body's headings, paragraphs, code blocks, terms, table cells "
          "(or listed phrases) found; chrome: site phrases that got through\n")
    measure(all_pages, extractors())
    return 0


if __name__ == "__main__":
    sys.exit(main())
