"""What a web page says about itself: title, authors, date, site, summary, language.

Read from the tree before the article is cut out of it (the byline and the date often
sit in the page's header): ``<title>``, ``<meta>`` (Open Graph, Dublin Core, Highwire
``citation_*``, the common blog and news names), ``<link rel=home>``, ``<time>`` and
schema.org JSON-LD. Only what the page states is kept: nothing is guessed from the
text, and nothing is fetched.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree  # type: ignore[import-untyped]

from reader.importers.epub_feeder import lang_code

log = logging.getLogger(__name__)

_TITLES = ("og:title", "twitter:title", "dc.title", "dcterms.title")
_AUTHORS = ("author", "article:author", "dc.creator", "dc:creator", "dcterms.creator",
            "citation_author", "parsely-author", "sailthru.author", "byl")
_DATES = ("article:published_time", "og:article:published_time", "datepublished",
          "citation_publication_date", "citation_date", "dc.date.issued", "dcterms.issued",
          "dc.date", "dcterms.date", "dcterms.created", "date", "pubdate", "publishdate",
          "publish_date", "sailthru.date", "parsely-pub-date", "article.published")
_SITES = ("og:site_name", "application-name", "dc.publisher", "dcterms.publisher")
_SUMMARIES = ("description", "og:description", "twitter:description", "dc.description")
_ARTICLE_TYPES = frozenset({"article", "newsarticle", "blogposting", "techarticle",
                            "scholarlyarticle", "report", "webpage", "socialmediaposting"})
# Each looked for only when the page's source has the word: a search of every element
# costs more than the rest of the metadata together.
_TIMES = (("<time", etree.XPath("(//article//time[@datetime] | //time[@pubdate])[1]")),
          ("datePublished", etree.XPath("(//*[@itemprop='datePublished'])[1]")))
_BYLINES = (("author", etree.XPath("//a[@rel='author']")),
            ("itemprop", etree.XPath("//*[@itemprop='author']")))
_DAY = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_SEPARATORS = (" — ", " – ", " - ", " | ", " · ", " :: ", " » ")
_SPACE = re.compile(r"\s+")
MAX_JSON = 200_000  # characters of JSON-LD read per script; more is not metadata


@dataclass(frozen=True)
class PageMeta:
    """As the page states them; ``published`` is ``YYYY-MM-DD`` when it could be read."""

    title: str = ""  # the <title>
    headline: str = ""  # og:title, JSON-LD headline
    authors: tuple[str, ...] = ()
    published: str = ""
    site: str = ""
    summary: str = ""
    language: str = ""  # <html lang>, when a language we stem


def read(root: etree._Element, source: str) -> PageMeta:
    """What ``root`` states, ``source`` being the text it was parsed from."""
    named: dict[str, list[str]] = {}
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "")
        content = _clean(meta.get("content"))
        if key and content:
            named.setdefault(key.strip().lower(), []).append(content)
    ld = _json_ld(root)
    title = next((_clean(t.text) for t in root.iter("title")), "")
    return PageMeta(
        title=title,
        headline=_first(named, _TITLES) or ld.get("headline", ""),
        authors=_authors(root, source, named, ld),
        published=_day(_first(named, _DATES) or ld.get("published", "")
                       or _time(root, source)),
        site=_first(named, _SITES) or ld.get("site", "") or _home(root),
        summary=_first(named, _SUMMARIES),
        language=lang_code(root.get("lang") or root.get("xml:lang")))


def title_and_site(meta: PageMeta, heading: str) -> tuple[str, str]:
    """The document's title and the site's name: the ``<title>`` less the site's name
    it ends with (``contextlib — … — Python 3.11 documentation``, ``Post | Blog``),
    as the page's first heading or its stated site name tell them apart."""
    title, site = meta.title or meta.headline or heading, meta.site
    for sep in _SEPARATORS:
        if site and title.endswith(sep + site):
            return title[:-len(sep + site)].strip(), site
        if heading and title.startswith(heading + sep) and len(heading) < len(title):
            return heading, site or title[len(heading) + len(sep):].strip()
    return title, site


def _first(named: dict[str, list[str]], keys: tuple[str, ...]) -> str:
    return next((named[k][0] for k in keys if k in named), "")


def _authors(root: etree._Element, source: str, named: dict[str, list[str]],
             ld: dict[str, str]) -> tuple[str, ...]:
    stated = [v for k in _AUTHORS for v in named.get(k, ())]
    stated += [a for a in ld.get("authors", "").split("\n") if a]
    if not stated:
        stated = [_clean(e.xpath("normalize-space(.)")) for word, find in _BYLINES
                  if word in source for e in find(root)]
    seen: dict[str, str] = {}
    for name in stated:
        name = re.sub(r"^(by|par|von|di|por)\s+", "", name, flags=re.I).strip()
        if name and len(name) <= 80 and "://" not in name and not name.startswith("@"):
            seen.setdefault(name.casefold(), name)
    return tuple(seen.values())[:8]


def _time(root: etree._Element, source: str) -> str:
    found: list[etree._Element] = next(
        (f for word, find in _TIMES if word in source and (f := find(root))), [])
    if not found:
        return ""
    element = found[0]
    return _clean(element.get("datetime") or element.get("content")
                  or element.xpath("normalize-space(.)"))


def _home(root: etree._Element) -> str:
    """A book's or manual's name, as its pages link home (DocBook: ``rel=home``)."""
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() in ("home", "top", "start") and link.get("title"):
            return _clean(link.get("title"))
    return ""


def _day(value: str) -> str:
    found = _DAY.match(value.strip())
    if not found:
        return value[:40]
    year, month, day = found.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _json_ld(root: etree._Element) -> dict[str, str]:
    """The first article's headline, authors (one a line), date and publisher, and a
    WebSite's name, from the page's schema.org JSON-LD; {} when there is none."""
    out: dict[str, str] = {}
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads((script.text or "")[:MAX_JSON])
        except (ValueError, RecursionError):
            log.debug("unreadable JSON-LD skipped")
            continue
        for item in _items(data):
            kinds = item.get("@type")
            kinds = {str(k).lower() for k in (kinds if isinstance(kinds, list) else [kinds])}
            if "website" in kinds:
                out.setdefault("site", _name(item))
            elif kinds & _ARTICLE_TYPES and "headline" not in out:
                _article(item, out)
    return {k: v for k, v in out.items() if v}


def _article(item: dict[str, object], out: dict[str, str]) -> None:
    out["headline"] = _clean(str(item.get("headline") or item.get("name") or ""))
    authors = item.get("author")
    people = authors if isinstance(authors, list) else [authors]
    out["authors"] = "\n".join(n for n in map(_name, people) if n)
    out["published"] = _clean(str(item.get("datePublished") or ""))
    if "site" not in out:
        out["site"] = _name(item.get("publisher"))


def _items(data: object) -> Iterator[dict[str, object]]:
    """The objects of a JSON-LD document: one, a list, or an ``@graph``, one level."""
    for item in data if isinstance(data, list) else [data]:
        if isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            if isinstance(graph, list):
                yield from (g for g in graph if isinstance(g, dict))


def _name(value: object) -> str:
    if isinstance(value, dict):
        value = value.get("name")
    return _clean(value) if isinstance(value, str) else ""


def _clean(value: str | None) -> str:
    return _SPACE.sub(" ", value or "").strip()
