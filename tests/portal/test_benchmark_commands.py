"""The benchmarks' commands (bench/) are there for bench/run, and in no deployment."""

import os
import runpy
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def help_for_seed_scale(env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", "help", "seed_scale"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_bench_run_has_seed_scale():
    bench_environment = runpy.run_path(str(ROOT / "bench" / "run"))["environment"]()

    result = help_for_seed_scale(bench_environment)

    assert result.returncode == 0, result.stderr
    assert "10,000 pledges" in result.stdout


def test_a_deployment_has_no_seed_scale():
    deployment = {k: v for k, v in os.environ.items() if k != "PORTAL_BENCH_APPS"}

    result = help_for_seed_scale(deployment)

    assert result.returncode != 0
    assert "Unknown command: 'seed_scale'" in result.stderr
