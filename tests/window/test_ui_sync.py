"""File → Sync in the window: the window's library and another one (as the command
line syncs it) through one shared folder, the sync running on the write worker."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.paths import DataPaths
from reader.sync.device import NAME_KEY
from reader.sync.sync import FOLDER_SETTING, Sync
from ui.services import Services, open_services
from ui.window.main_window import MainWindow
from ui.window.sync.actions import SyncActions
from ui.window.sync.scheduler import SyncScheduler

OTHER = "work-laptop"


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Services]:
    """Library B, on the "other laptop": empty, named so the window can name it."""
    svc = open_services(DataPaths(tmp_path / "b"), seeds=False)
    svc.library.set_setting(NAME_KEY, OTHER)
    yield svc
    svc.close()


def sync_other(svc: Services, folder: Path) -> None:
    report, changes = Sync(svc.library).run(folder)  # as `marginalia sync` does
    svc.apply(changes)


def synced_again(qtbot: QtBot, actions: SyncActions, before: object) -> None:
    """Wait for a sync newer than ``before`` to have ended well."""
    qtbot.waitUntil(lambda: actions.last_report is not before and not actions.in_flight
                    and actions.status.shown.state == "synced", timeout=5000)


def highlight_in_window(qtbot: QtBot, window: MainWindow) -> str:
    known = {h.id for h in window.highlights}
    window.create_highlight(0, 12, "yellow")
    qtbot.waitUntil(lambda: len(window.highlights) > len(known))
    return next(h.id for h in window.highlights if h.id not in known)


def test_two_libraries_meet_through_the_window(qtbot: QtBot, window: MainWindow,
                                               folder: Path, other: Services) -> None:
    actions = window.menus.sync
    assert actions.status.isHidden() and not actions.now_action.isEnabled()
    actions.choose_folder(folder)  # the dialog bypassed
    synced_again(qtbot, actions, None)
    assert window.services.library.setting(FOLDER_SETTING) == str(folder.resolve())
    assert actions.now_action.isEnabled() and actions.status.isVisible()
    hid = highlight_in_window(qtbot, window)
    first = actions.last_report
    actions.now_action.trigger()  # File → Sync → Sync now
    synced_again(qtbot, actions, first)
    assert actions.last_report.written, "the new highlight went to the folder"

    sync_other(other, folder)
    assert other.annotations.get(hid).exact == window.services.annotations.get(hid).exact
    other.apply(other.annotations.set_note(hid, "Seen on the train"))
    sync_other(other, folder)

    before = actions.last_report
    actions.now_action.trigger()
    synced_again(qtbot, actions, before)
    qtbot.waitUntil(lambda: "Seen on the train" in window.margin.cards.card_for(hid).note.html())
    text = actions.status.text()
    assert text.startswith("Synced just now") and OTHER in text, text
    one_change = actions.status.tr("%n change(s) from {devices}", "", 1)  # English plurals
    assert one_change.format(devices=OTHER) in text, text  # come from marginalia_en.qm
    assert str(folder.resolve()) in actions.status.toolTip()


def test_a_folder_gone_is_said_and_reading_goes_on(qtbot: QtBot, window: MainWindow,
                                                   folder: Path) -> None:
    actions = window.menus.sync
    actions.choose_folder(folder)
    synced_again(qtbot, actions, None)
    shutil.rmtree(folder)
    actions.sync_now()
    qtbot.waitUntil(lambda: actions.status.shown.state == "failed" and not actions.in_flight)
    text = actions.status.text()
    assert text.startswith("Not synced: ") and str(folder.resolve()) in text, text
    assert "no such folder" in text
    highlight_in_window(qtbot, window)  # reading and annotating go on
    folder.mkdir()  # back (the sync tool caught up): the next sync works again
    before = actions.last_report
    actions.sync_now()
    synced_again(qtbot, actions, before)


def test_stop_syncing_forgets_the_folder(qtbot: QtBot, window: MainWindow,
                                         folder: Path) -> None:
    actions = window.menus.sync
    actions.choose_folder(folder)
    synced_again(qtbot, actions, None)
    actions.stop_action.trigger()
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    assert window.services.library.setting(FOLDER_SETTING) == ""
    assert actions.status.isHidden() and not actions.now_action.isEnabled()
    actions.sync_now()  # nothing to sync with: nothing queued
    assert not actions.in_flight and window.worker.pending == 0


def test_the_timer_and_the_reader_s_writes_start_syncs(qtbot: QtBot, window: MainWindow,
                                                       folder: Path, other: Services) -> None:
    actions = window.menus.sync
    actions.choose_folder(folder)
    synced_again(qtbot, actions, None)
    sync_other(other, folder)
    doc = next(d.id for d in other.library.list_documents()  # the window's document there
               if d.title == window.current.title)
    made, changes = other.annotations.create(doc, 0, 5, color="blue")
    other.apply(changes)
    sync_other(other, folder)
    ticking = SyncScheduler(window.worker, actions.sync_now, actions.active, actions.syncing,
                            interval_ms=50, debounce_ms=60_000, startup_ms=60_000,
                            parent=window)
    ticking.start()
    qtbot.waitUntil(lambda: made.id in {h.id for h in window.highlights}, timeout=5000)
    assert ticking.tick.isActive()
    ticking.stop()

    after_writes = SyncScheduler(window.worker, actions.sync_now, actions.active,
                                 actions.syncing, interval_ms=60_000, debounce_ms=50,
                                 startup_ms=60_000, parent=window)
    after_writes.start()
    before = actions.last_report
    hid = highlight_in_window(qtbot, window)
    synced_again(qtbot, actions, before)
    qtbot.waitUntil(lambda: actions.last_report.written != "", timeout=5000)
    after_writes.stop()
    sync_other(other, folder)
    assert other.annotations.get(hid).color == "yellow"


def test_the_status_words(qtbot: QtBot, window: MainWindow) -> None:
    from datetime import datetime, timedelta, timezone

    status = window.menus.sync.status
    now = datetime(2026, 1, 2, 12, 0, tzinfo=timezone.utc)
    status.clock = lambda: now
    assert status.ago(now - timedelta(seconds=20)) == "just now"
    assert status.ago(now - timedelta(minutes=2, seconds=5)) == "2 min ago"
    assert status.ago(now - timedelta(hours=3, minutes=59)) == status.tr("%n hour(s) ago", "", 3)
    assert status.ago(now - timedelta(days=3)) == status.tr("%n day(s) ago", "", 3)
    status.remembered((now - timedelta(minutes=7)).isoformat())
    assert status.text() == "Synced 7 min ago"


def test_a_deletion_here_loses_to_an_edit_there_and_says_so(
        qtbot: QtBot, window: MainWindow, folder: Path, other: Services) -> None:
    actions = window.menus.sync
    actions.choose_folder(folder)
    synced_again(qtbot, actions, None)
    hid = highlight_in_window(qtbot, window)
    before = actions.last_report
    actions.sync_now()
    synced_again(qtbot, actions, before)
    sync_other(other, folder)
    other.apply(other.annotations.set_note(hid, "Keep this one"))
    sync_other(other, folder)
    window.delete_highlight(hid)
    qtbot.waitUntil(lambda: hid not in {h.id for h in window.highlights})
    before = actions.last_report
    actions.sync_now()
    synced_again(qtbot, actions, before)
    assert actions.last_report.kept
    qtbot.waitUntil(lambda: hid in {h.id for h in window.highlights})
    box = actions.message
    assert box is not None and box.isVisible() and not box.isModal()
    assert window.services.annotations.get(hid).exact[:5] in box.text()
    assert box.text().count("\n") == 1, "one line, then the highlight's quote"
    other_name = other.library.setting(NAME_KEY)
    assert f"deleted here, edited on {other_name}" in box.text()
    kept = actions.status.tr("%n deleted highlight(s) kept", "", 1)
    assert kept in actions.status.text()


def test_a_file_not_ours_is_one_line_of_the_tooltip(qtbot: QtBot, window: MainWindow,
                                                    folder: Path) -> None:
    actions = window.menus.sync
    actions.choose_folder(folder)
    synced_again(qtbot, actions, None)
    (folder / "marginalia" / "notes.txt").write_text("not a device", encoding="utf-8")
    before = actions.last_report
    actions.sync_now()
    synced_again(qtbot, actions, before)
    assert actions.status.tr("%n file(s) skipped", "", 1) in actions.status.text()
    skipped = [line for line in actions.status.toolTip().splitlines() if "notes.txt" in line]
    assert len(skipped) == 1 and skipped[0].startswith("Skipped: ")
    assert actions.message is None  # no box for it, and none modal


def test_a_sync_under_way_when_the_window_closes_finishes(
        qtbot: QtBot, windows, window: MainWindow, folder: Path, data_dir: Path) -> None:
    from reader.sync.sync import LAST_SETTING

    window.menus.sync.choose_folder(folder)  # queued; the window closes at once
    assert window.menus.sync.in_flight
    windows.close(window)
    again = open_services(DataPaths(data_dir), seeds=False)
    try:
        assert again.library.setting(LAST_SETTING), "the sync ran to its end"
        assert any((folder / "marginalia").iterdir())
    finally:
        again.close()


def test_the_folder_is_remembered_across_a_restart(qtbot: QtBot, windows, window: MainWindow,
                                                   folder: Path) -> None:
    window.menus.sync.choose_folder(folder)
    synced_again(qtbot, window.menus.sync, None)
    windows.close(window)
    actions = windows.build().menus.sync
    assert actions.folder == folder.resolve() and actions.now_action.isEnabled()
    assert not actions.status.isHidden() and actions.status.text().startswith("Synced ")
    assert actions.scheduler.soon.isActive(), "one sync soon after the start"
