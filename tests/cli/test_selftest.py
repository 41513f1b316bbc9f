"""``--self-test`` proves an installation end to end, and says so in one line."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

import ui.cli.selftest as selftest

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_passes_and_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest.tempfile, "tempdir", str(tmp_path))
    out = io.StringIO()
    assert selftest.run_self_test(out) == 0
    line = out.getvalue().strip()
    assert "\n" not in line and "self-test passed" in line and "annotate ok" in line
    assert list(tmp_path.iterdir()) == []


def test_self_test_reports_a_failing_step(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(svc: object, tmp: Path) -> str:
        raise AssertionError("export lacks the highlight")

    monkeypatch.setattr(selftest, "STEPS", (selftest._seeds, broken))
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    assert out.getvalue().strip().endswith(
        "self-test FAILED after 1 step: AssertionError: export lacks the highlight")


def test_self_test_from_the_command_line() -> None:
    proc = subprocess.run([sys.executable, "-m", "ui.main", "--self-test"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "self-test passed" in proc.stdout
