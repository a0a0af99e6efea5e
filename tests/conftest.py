"""Shared fixtures: where the read-only corpus lives, and a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BRIEFGEN_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "corpus" / "seed" / "kz-sg-2024-05-23-state-visit.txt"
DEV = SHARED / "corpus" / "dev"
SAMPLES = ROOT / "samples"

needs_shared = pytest.mark.skipif(not SEED.exists(), reason="../shared corpus not present")


def run_cli(*args: str, cwd: Path | None = None, input: bytes | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run briefgen in a subprocess, as a user would, so exit codes and stderr are real."""
    return subprocess.run([sys.executable, "-m", "briefgen", *args], cwd=cwd, input=input,
                          capture_output=True, env={**os.environ, **(env or {})}, timeout=300)
