"""Benchmarks must keep running as the code changes (slow: tiny sizes, figures ignored)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


@pytest.mark.parametrize("argv", [
    ["benchmarks/bench_open.py"],
    ["benchmarks/bench_startup.py", "seeds"],
    ["benchmarks/bench_anchoring.py"],
    ["benchmarks/bench_scale.py", "40", "120"],
    ["benchmarks/bench_search.py", "seeds"],
    ["benchmarks/bench_search_ui.py"],
    ["benchmarks/bench_cli.py", "--runs", "2"],
    ["benchmarks/bench_epub.py", "--runs", "1"],
    ["benchmarks/bench_pdf.py", "--drawn", "--pages", "3", "--runs", "1"],
    ["benchmarks/bench_extract.py", "--per-family", "2"],
    ["benchmarks/bench_html_import.py", "--pages", "10"],
    ["benchmarks/bench_links.py", "--generated", "5", "--runs", "1"],
    ["benchmarks/bench_language.py", "--limit", "2", "--pages", "3"],
    ["benchmarks/bench_relevance.py", "--small"],
    ["benchmarks/bench_open_page.py", "--generated", "20", "--runs", "1"],
    ["benchmarks/bench_original.py", "--pages", "4"],
    ["benchmarks/bench_source_original.py", "--chars", "20000", "--runs", "1"],
    ["benchmarks/bench_progress.py", "--kb", "20", "--docs", "10", "--steps", "10"],
    ["benchmarks/bench_sync.py", "--highlights", "50"],
    ["benchmarks/bench_i18n.py", "--docs", "30", "--runs", "1"],
])
def test_benchmark_runs(argv: list[str]) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, *argv], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert proc.stdout.strip(), "a benchmark prints its figures"
