"""Notes render inert: no raw HTML, no images, links only to http, https and mailto."""

from __future__ import annotations

from reader.markdown import render_note

HOSTILE = """Une note **importante**.

<script>alert('x')</script>

<img src=file:///etc/passwd>

![photo](file:///etc/passwd) et ![web](https://example.org/a.png)

[clique](javascript:alert(1)) [fichier](file:///etc/passwd) [data](data:text/html,<b>x</b>)
[JS majuscules](JAVASCRIPT:alert(1)) [espace]( javascript:alert(1))

<https://example.org/ok> [site](https://example.org/page) [mail](mailto:a@example.org)
[http](http://example.org/)
"""


def test_hostile_note_renders_inert() -> None:
    html = render_note(HOSTILE)
    lowered = html.lower()
    assert "<script" not in lowered and "<img" not in lowered
    assert "&lt;script&gt;" in html and "&lt;img src=file:///etc/passwd&gt;" in html
    assert 'href="javascript' not in lowered and 'href="file' not in lowered
    assert 'href="data' not in lowered and 'src="' not in lowered
    assert "<strong>importante</strong>" in html


def test_allowed_links_stay_links() -> None:
    html = render_note(HOSTILE)
    for url in ("https://example.org/ok", "https://example.org/page", "mailto:a@example.org",
                "http://example.org/"):
        assert f'href="{url}"' in html
    hrefs = [part.split('"', 1)[0] for part in html.split('href="')[1:]]
    assert all(h.split(":", 1)[0] in ("http", "https", "mailto") for h in hrefs)
    # An https image becomes a plain link (nothing is fetched): 4 links + that one.
    assert len(hrefs) == 5 and "https://example.org/a.png" in hrefs
