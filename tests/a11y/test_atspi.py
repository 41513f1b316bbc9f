"""The window in French, read over the real accessibility bus as a screen reader would.

The test starts its own X server (Xvfb), a private D-Bus session bus and the AT-SPI
bus launcher, then ``marginalia`` on a fresh library with ``LANG=fr_FR.UTF-8`` and
Qt's accessibility on; Debian's python3-pyatspi (``/usr/bin/python3``, in a
subprocess: it is not in our virtualenv) lists the window's nodes. Every control of
the first screen must have a name, and the library's tabs and filter say it in
French. Every process started here is stopped here, by its own process group.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from lxml import etree

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
TREE = Path(__file__).with_name("atspi_tree.py")
FRENCH_TS = ROOT / "ui" / "translations" / "marginalia_fr.ts"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = next((p for p in ("/usr/libexec/at-spi-bus-launcher",
                                 "/usr/lib/at-spi2-core/at-spi-bus-launcher")
                     if Path(p).exists()), "")
MARGINALIA = Path(sys.executable).with_name("marginalia")
STARTUP_S = 60.0
# AT-SPI's names of the roles a reader operates (atspi-constants.h, get_role_name).
CONTROLS = {"push button", "toggle button", "check box", "radio button", "text", "entry",
            "password text", "combo box", "list", "list box", "tree", "tree table", "table",
            "page tab list", "page tab", "slider", "spin button", "menu item", "link",
            "check menu item", "radio menu item", "menu"}


def missing_tools() -> str:
    """Why the bus cannot be set up here ("" when it can)."""
    for tool in ("Xvfb", "dbus-daemon", "dbus-send"):
        if shutil.which(tool) is None:
            return f"{tool} is missing (apt-get install xvfb dbus dbus-x11)"
    if not BUS_LAUNCHER:
        return "at-spi-bus-launcher is missing (apt-get install at-spi2-core)"
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode:
        return "python3-pyatspi is missing for /usr/bin/python3 (apt-get install python3-pyatspi)"
    if not MARGINALIA.exists():
        return f"{MARGINALIA} is missing (pip install -e .)"
    return ""


def start(stack: ExitStack, argv: list[str], env: dict[str, str], **kw: object
          ) -> subprocess.Popen:
    """Start ``argv`` in a process group of its own, stopped with its children at exit."""
    proc = subprocess.Popen(argv, env=env, start_new_session=True, **kw)  # type: ignore[call-overload]
    stack.callback(stop, proc)
    return proc


def stop(proc: subprocess.Popen) -> None:
    for sig, wait in ((signal.SIGTERM, 5), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        try:
            proc.wait(wait)
            break
        except subprocess.TimeoutExpired:
            continue
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()


def x_server(stack: ExitStack, env: dict[str, str]) -> str:
    """A private X display (the number Xvfb picks, written to a pipe)."""
    read, write = os.pipe()
    start(stack, ["Xvfb", "-displayfd", str(write), "-screen", "0", "1400x900x24",
                  "-nolisten", "tcp"], env, pass_fds=(write,),
          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number.isdigit(), "Xvfb did not say which display it opened"
    return f":{number}"


def session_bus(stack: ExitStack, env: dict[str, str]) -> str:
    proc = start(stack, ["dbus-daemon", "--session", "--nofork", "--print-address=1"], env,
                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    address = proc.stdout.readline().strip()  # type: ignore[union-attr]
    assert address, "dbus-daemon did not print its address"
    return address


def wait_for_name(name: str, env: dict[str, str]) -> None:
    """Until ``name`` is owned on the session bus (the launcher took a while)."""
    end = time.monotonic() + 15
    while time.monotonic() < end:
        said = subprocess.run(["dbus-send", "--session", "--print-reply",
                               "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
                               "org.freedesktop.DBus.NameHasOwner", f"string:{name}"],
                              env=env, capture_output=True, text=True)
        if "boolean true" in said.stdout:
            return
        time.sleep(0.1)
    raise AssertionError(f"{name} never appeared on the session bus")


@pytest.fixture
def bus_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """X, a session bus and the accessibility bus: the environment that reaches them."""
    reason = missing_tools()
    if reason:
        pytest.skip(reason)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("QT_", "LC_", "DBUS_", "AT_SPI")) and k not in (
               "LANG", "LANGUAGE", "DISPLAY", "WAYLAND_DISPLAY", "MARGINALIA_DATA_DIR")}
    env["XDG_RUNTIME_DIR"] = str(tmp_path / "runtime")
    (tmp_path / "runtime").mkdir(mode=0o700)
    with ExitStack() as stack:
        env["DISPLAY"] = x_server(stack, env)
        env["DBUS_SESSION_BUS_ADDRESS"] = session_bus(stack, env)
        start(stack, [BUS_LAUNCHER, "--launch-immediately"], env,
              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_name("org.a11y.Bus", env)
        yield env
        # leaving the stack stops the launcher, the bus and X, in that order


def french_texts() -> set[str]:
    """Every French translation of the window's texts that differs from its source."""
    if not FRENCH_TS.exists():
        pytest.fail(f"{FRENCH_TS.relative_to(ROOT)} is missing: the window has no French")
    found: set[str] = set()
    for message in etree.parse(str(FRENCH_TS)).iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [
            translation.text or ""]
        found.update(f.replace("&", "") for f in forms if f and f != source)
    return found


def cli(data: Path, *argv: str) -> str:
    done = subprocess.run([str(MARGINALIA), "--data-dir", str(data), *argv],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def annotated_library(data: Path) -> tuple[str, list[str]]:
    """The seeded library, its first document with two highlights made on the command
    line (the first at its first line, so its card is on screen): (id, quotes)."""
    doc = json.loads(cli(data, "list", "--json"))[0]["id"]
    lines = [line for line in cli(data, "show", "--plain", doc).splitlines()
             if len(line.split()) > 12]
    quotes = [" ".join(lines[0].split()[:4]), " ".join(lines[-1].split()[-4:])]
    for quote, note in zip(quotes, ("Premier passage", ""), strict=True):
        cli(data, "annotate", doc, "--quote", quote, "--nth", "1", "--note", note)
    return doc, quotes


def test_the_first_screen_reads_in_french(bus_env: dict[str, str], tmp_path: Path) -> None:
    app_env = {**bus_env, "LANG": "fr_FR.UTF-8", "QT_QPA_PLATFORM": "xcb",
               "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1"}
    data = tmp_path / "data"
    doc, quotes = annotated_library(data)
    with ExitStack() as stack:
        start(stack, [str(MARGINALIA), "--data-dir", str(data), "--open", doc], app_env,
              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        read = subprocess.run([SYSTEM_PYTHON, str(TREE), "Marginalia", str(STARTUP_S)],
                              env=bus_env, capture_output=True, text=True,
                              timeout=STARTUP_S + 30)
    assert read.returncode == 0, read.stderr[-2000:]
    every = json.loads(read.stdout)
    cards = [n for n in every if n["role"] == "list item" and n["name"] in quotes]
    assert [c["name"] for c in cards] == quotes, "the margin lists each highlight by its quote"
    assert cards[0]["showing"] and cards[0]["description"].startswith("Premier passage")
    tree = [n for n in every if n["showing"]]
    assert tree and tree[0]["role"] == "application"
    unnamed = [f"{n['role']} (depth {n['depth']})" for n in tree
               if n["role"] in CONTROLS and not n["name"].strip()]
    assert not unnamed, "controls a screen reader cannot name: " + ", ".join(unnamed)
    french = french_texts()
    tabs = [n["name"] for n in tree if n["role"] == "page tab"]
    table = next(i for i, n in enumerate(tree) if n["role"] == "table")
    library_filter = tree[table - 1]  # the field just above the library's table
    assert library_filter["role"] in ("text", "entry"), library_filter
    english = [name for name in [*tabs, library_filter["name"]] if name not in french]
    assert not english, f"not in French: {english}"
