"""This library's identity in a sync folder: a random device id and a readable name.

Kept in the library's settings (created on first sync), so each library writes its
own folder under the sync folder and no file there ever has two writers.
"""

from __future__ import annotations

import secrets
import socket
from dataclasses import dataclass

from reader.library import Library

ID_KEY = "sync_device_id"
NAME_KEY = "sync_device_name"


@dataclass(frozen=True)
class Device:
    id: str
    name: str

    @classmethod
    def of(cls, library: Library) -> Device:
        """The library's device, created on first use."""
        device_id = library.setting(ID_KEY)
        if not device_id:
            device_id = secrets.token_hex(8)
            library.set_setting(ID_KEY, device_id)
        name = library.setting(NAME_KEY)
        if not name:
            name = _host_name()
            library.set_setting(NAME_KEY, name)
        return cls(device_id, name)


def _host_name() -> str:
    """The machine's name as the reader calls it ("work-laptop"), never empty."""
    try:
        name = socket.gethostname().split(".")[0]
    except OSError:
        name = ""
    return name[:60] or "device"
