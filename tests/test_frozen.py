"""The standalone build (build.spec) runs its self-test offscreen (slow: builds the app)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def test_frozen_app_passes_self_test(tmp_path: Path) -> None:
    if shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "pyinstaller>=6.0"],
                       check=True, timeout=600)
    dist, work = tmp_path / "dist", tmp_path / "build"
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                    "--distpath", str(dist), "--workpath", str(work), "build.spec"],
                   cwd=ROOT, check=True, timeout=900)
    app = dist / "marginalia" / "marginalia"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    version = subprocess.run([str(app), "--version"], capture_output=True, text=True, env=env,
                             timeout=60)
    assert version.stdout.startswith("marginalia ")
    result = subprocess.run([str(app), "--self-test"], capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    shot = tmp_path / "window.png"
    window = subprocess.run([str(app), "--data-dir", str(tmp_path / "data"), "--screenshot",
                             str(shot)], capture_output=True, text=True, env=env, timeout=120)
    assert window.returncode == 0, window.stderr
    assert shot.stat().st_size > 10_000
