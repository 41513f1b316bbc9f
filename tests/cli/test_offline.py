"""The suite itself proves the app is offline: Internet sockets cannot be created."""

from __future__ import annotations

import socket
import urllib.request

import pytest

from tests.conftest import NetworkBlocked


def test_internet_sockets_are_blocked() -> None:
    with pytest.raises(NetworkBlocked):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkBlocked):
        urllib.request.urlopen("http://127.0.0.1:9/", timeout=1)


def test_local_sockets_still_work() -> None:
    a, b = socket.socketpair(socket.AF_UNIX)
    a.sendall(b"x")
    assert b.recv(1) == b"x"
    a.close()
    b.close()


def test_importing_and_rendering_never_fetch(services) -> None:  # type: ignore[no-untyped-def]
    from reader.markdown import render_note

    html = render_note("![x](http://tracker.example/p.gif) [a](http://example.org)")
    assert "<img" not in html
    outcome, _ = services.library.import_bytes(
        "page.html", b"<img src='http://tracker.example/p.gif'><p>Texte.</p>"
        b"<link rel=stylesheet href='http://cdn.example/x.css'>")
    assert services.library.get(outcome.document_id).text == "Texte."
