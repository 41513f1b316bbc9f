"""The domain and the command line must never load Qt (DESIGN §1)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _loaded_after(imports: str) -> set[str]:
    code = (f"import sys\n{imports}\n"
            "print('\\n'.join(sorted(m for m in sys.modules)))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return set(proc.stdout.split())


def test_core_and_cli_do_not_load_qt() -> None:
    modules = _loaded_after("import reader, reader.library, reader.importers, index, "
                            "ui.cli.parser, ui.services, ui.cli.library, ui.main\n"
                            "from ui.cli.parser import build_parser; build_parser()")
    assert not [m for m in modules if m.startswith(("PySide6", "shiboken6"))]


def test_reader_does_not_load_whoosh_or_index() -> None:
    modules = _loaded_after("import reader, reader.library, reader.importers, reader.store")
    assert "whoosh" not in modules
    assert not [m for m in modules if m == "index" or m.startswith("index.")]


def test_running_a_command_does_not_load_qt(tmp_path: Path) -> None:
    code = ("import sys\nfrom ui.main import main\n"
            f"rc = main(['--data-dir', {str(tmp_path)!r}, 'list'])\n"
            "assert rc == 0, rc\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')]\n")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True)
