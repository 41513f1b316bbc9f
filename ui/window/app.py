"""The desktop window's composition root: every object of the app is built here.

Order matters: the window lock first (a second window must not touch anything),
then the two workers (the write worker's services import the seeds on first run),
then the window's own read services on the same database, then the window itself,
given all three: it builds no worker of its own.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reader.errors import LibraryLocked, MarginaliaError, describe_os_error
from reader.paths import DataPaths, resolve_data_dir

if TYPE_CHECKING:  # Qt is imported only once a window is wanted
    from ui.window.main_window import MainWindow
    from ui.window.workers.search import SearchWorker
    from ui.window.workers.write import WriteWorker

log = logging.getLogger(__name__)

SCREENSHOT_DELAY_MS = 400
SCENE_DELAY_MS = 1800
# A screenshot scene (hidden option, env only): "search:QUERY" shows the search panel
# with QUERY's results and opens the first; "beside:REF[:sync[:N]]" opens REF beside
# (scrolling synchronised, the main pane at paragraph N).
SCENE_ENV = "MARGINALIA_SCREENSHOT_SCENE"


def setup_logging(paths: DataPaths, verbose: bool) -> None:
    """Details go to the log file in the data directory; the window shows words."""
    root = logging.getLogger()
    if any(getattr(h, "_marginalia", False) for h in root.handlers):
        return
    handler = logging.FileHandler(paths.log_file, encoding="utf-8")
    handler._marginalia = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO if verbose else logging.WARNING)
    if verbose:
        root.addHandler(logging.StreamHandler(sys.stderr))


def run_app(args: argparse.Namespace) -> int:
    if not _display_available():
        print("marginalia: no display available; use a command (see --help)",
              file=sys.stderr)
        return 1
    try:
        paths = resolve_data_dir(getattr(args, "data_dir", None))
        paths.ensure()
    except MarginaliaError as exc:  # a file, read-only, too long...: one line
        print(f"marginalia: {exc}", file=sys.stderr)
        return 1
    setup_logging(paths, bool(getattr(args, "verbose", False)))
    from ui.window.lock import WindowLock

    lock = WindowLock(paths)
    try:
        lock.acquire()
    except LibraryLocked as exc:
        return _hand_over(paths, getattr(args, "open", None), exc)
    try:
        return _run_window(args, paths)
    except MarginaliaError as exc:
        print(f"marginalia: {exc}", file=sys.stderr)
        return 1
    finally:
        lock.release()


def _display_available() -> bool:
    """False on a Linux or BSD box with no X or Wayland display and no platform chosen:
    Qt would abort the process (a core dump) instead of saying so."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    return bool(os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY")
                or os.environ.get("WAYLAND_DISPLAY"))


def _hand_over(paths: DataPaths, link: str | None, locked: LibraryLocked) -> int:
    """A second launch: pass its link to the window serving this library and wait for
    its answer, or say (one line, exit 1) why it could not open."""
    from ui.window import handoff
    from ui.window.lock import library_key, read_holder

    if not link:
        print(f"marginalia: {locked}", file=sys.stderr)
        return 1
    try:
        problem = handoff.deliver(paths, link, library_key(paths.root))
    except (OSError, ValueError) as exc:
        print(f"marginalia: {locked}; could not pass it {link!r} ({exc})", file=sys.stderr)
        return 1
    except handoff.Unanswered as exc:
        holder = read_holder(paths.window_lock).pid or "another process"
        print(f"marginalia: {link} was not opened: {paths.root} is held by process "
              f"{holder}, but {exc}", file=sys.stderr)
        return 1
    if problem:
        print(f"marginalia: the open window says: {problem}", file=sys.stderr)
        return 1
    print(f"marginalia: {paths.root} is open in another window; it opens {link}",
          file=sys.stderr)
    return 0


def _run_window(args: argparse.Namespace, paths: DataPaths) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = build_window(paths, seeds=not getattr(args, "no_seeds", False),
                          open_ref=getattr(args, "open", None))
    window.show()
    shot = getattr(args, "screenshot", None)
    if shot:
        scene = os.environ.get(SCENE_ENV, "")
        if scene:
            QTimer.singleShot(200, lambda: play_scene(window, scene))
        delay = SCENE_DELAY_MS if scene else SCREENSHOT_DELAY_MS
        QTimer.singleShot(delay, lambda: _save_screenshot(window, Path(shot)))
    code = app.exec()
    window.services.close()
    return int(code)


def build_workers(paths: DataPaths, seeds: bool = True) -> tuple[WriteWorker, SearchWorker]:
    """The window's two workers on ``paths``: (write worker, search worker), the
    write worker's services open (on a first run, with the seeds imported)."""
    from ui.window.workers.search import IndexWatch, SearchWorker
    from ui.window.workers.write import WriteWorker

    watch = IndexWatch()  # one for both workers: each one's writes are no news to the other
    worker = WriteWorker(paths, seeds, watch=watch)
    worker.run(lambda s, _: None)  # opens the worker's services (first run: seeds)
    worker.wait()
    return worker, SearchWorker(paths, watch=watch)


def build_window(paths: DataPaths, seeds: bool = True,
                 open_ref: str | None = None) -> MainWindow:
    """The main window on ``paths``, its document open; the caller shows it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.services import open_services
    from ui.window.accessibility.factory import install as install_accessibility
    from ui.window.i18n import Translations
    from ui.window.layout_memory import chosen_language
    from ui.window.main_window import MainWindow, app_icon

    app = QApplication.instance()
    if isinstance(app, QApplication):  # the taskbar and the desktop file know us by these
        app.setApplicationName("Marginalia")
        app.setDesktopFileName("marginalia")
        app.setWindowIcon(app_icon())
        install_accessibility(app)  # what a screen reader reads of our painted widgets

    worker, search_worker = build_workers(paths, seeds)
    services = open_services(paths, seeds=False)
    translations = Translations(QApplication.instance())  # before any widget makes its texts
    translations.install(chosen_language(services))
    window = MainWindow(services, worker, search_worker)
    translations.follow(window)
    worker.setParent(window)
    search_worker.setParent(window)
    doc_id, highlight_id, problem = _initial_document(window, open_ref)
    if doc_id:
        window.open_document(doc_id)
    if highlight_id:
        window.select_highlight(highlight_id)
        # once shown and laid out, scroll to the passage (its card comes with it)
        QTimer.singleShot(SCREENSHOT_DELAY_MS // 4, window,
                          lambda: window.goto_highlight(highlight_id))
    window.memory.restore_side_by_side()
    window.recovery.restore()
    if problem:
        window.show_error(problem)
    _watch_inbox(window, paths)
    return window


def _watch_inbox(window, paths: DataPaths) -> None:
    """Open the links later launches hand over (``ui.window.handoff``) and answer each, so the
    sender knows; older ones, meant for a window that is gone, are dropped."""
    from PySide6.QtCore import QFileSystemWatcher

    from ui.window import handoff
    from ui.window.lock import library_key

    paths.inbox.mkdir(exist_ok=True)
    handoff.clear(paths)
    library = library_key(paths.root)

    def serve(_: str) -> None:
        for request in handoff.take(paths, library):
            handoff.answer(paths, request, library, open_link(window, request.link))

    watcher = QFileSystemWatcher([str(paths.inbox)], window)
    watcher.directoryChanged.connect(serve)
    window.inbox_watcher = watcher


def open_link(window, link: str) -> str:
    """Open a document name or ``marginalia://`` link in the window and bring it up;
    the problem, said in the window too, if it could not ("" when it opened)."""
    ref, highlight_id = parse_link(link)
    try:
        doc_id = window.services.library.resolve(ref)
        if highlight_id:
            window.services.annotations.get(highlight_id)
    except MarginaliaError as exc:
        from PySide6.QtCore import QCoreApplication  # app.py imports Qt lazily

        problem = QCoreApplication.translate("App", "Could not open {link}: {reason}").format(
            link=link, reason=exc)
        window.show_error(problem)
        return problem
    window.open_document(doc_id)
    if highlight_id:
        window.goto_highlight(highlight_id)
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    return ""


def play_scene(window, scene: str) -> None:
    """Arrange the window for a screenshot (see ``SCENE_ENV``)."""
    kind, _, rest = scene.partition(":")
    if kind == "search":
        window.search_actions.show_search()
        window.search_panel.query.setText(rest)
        window.search_panel.run()
        window.search_panel._open_when_ready = True
    elif kind == "beside":
        ref, _, options = rest.partition(":")
        window.side_by_side.open_beside(window.services.library.resolve(ref))
        sync, _, paragraph = options.partition(":")
        window.side_by_side.set_sync_scrolling(sync == "sync")
        if paragraph.isdigit():
            window.primary.scroll_to_paragraph(int(paragraph), 0.0)
    else:
        log.warning("unknown screenshot scene %r", scene)


LINK_SCHEME = "marginalia://"


def parse_link(ref: str) -> tuple[str, str | None]:
    """``marginalia://DOC/HIGHLIGHT`` (the links in exported notes) -> (DOC, HIGHLIGHT)."""
    if not ref.startswith(LINK_SCHEME):
        return ref, None
    doc, _, highlight = ref[len(LINK_SCHEME):].strip("/").partition("/")
    return doc, highlight.strip("/") or None


def _initial_document(window, open_ref: str | None
                      ) -> tuple[str | None, str | None, str]:
    """What to open first: ``--open`` (a name or a link), else the last document read."""
    library = window.services.library
    if open_ref:
        ref, highlight_id = parse_link(open_ref)
        try:
            doc_id = library.resolve(ref)
            if highlight_id:
                window.services.annotations.get(highlight_id)
            return doc_id, highlight_id, ""
        except MarginaliaError as exc:  # say it in the window; open what we can
            from PySide6.QtCore import QCoreApplication

            problem = QCoreApplication.translate(
                "App", "Could not open {link}: {reason}").format(link=open_ref, reason=exc)
    else:
        problem = ""
    last = window.memory.last_document()
    ids = [row.id for row in window.library_model.rows]
    if last in ids:
        return last, None, problem
    return (ids[0] if ids else None), None, problem


def _save_screenshot(window, path: Path) -> None:
    """Save a picture of the laid-out window, then quit (``--screenshot``)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(path))
        reason = "" if saved else "not a writable .png/.jpg path"
    except OSError as exc:
        reason = describe_os_error(exc)
    if reason:  # said on stderr: a script asked for the file and must know it is not there
        print(f"marginalia: {path}: could not save the screenshot ({reason})", file=sys.stderr)
        QApplication.exit(1)
    window.close()
    if not reason:
        QApplication.quit()
