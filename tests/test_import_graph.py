"""Running a command never loads Qt (docs/ARCHITECTURE.md, the arrows).

The static layering (reader below index below ui, no Qt in reader, index, ui.cli or
ui.services, no Whoosh in reader) is checked by import-linter over every import,
lazy ones included: see ``[tool.importlinter]`` in pyproject.toml, run by
``make lint`` and ``.ci/run``. What it cannot see is this: the entry point
``ui.main`` does import the window, lazily, for a run without a command, so only a
real run shows that a command takes another path.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_running_a_command_does_not_load_qt(tmp_path: Path) -> None:
    code = ("import sys\nfrom ui.main import main\n"
            f"rc = main(['--data-dir', {str(tmp_path)!r}, 'list'])\n"
            "assert rc == 0, rc\n"
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
