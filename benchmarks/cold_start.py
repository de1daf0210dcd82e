"""Cold start of each query command, as a ratio to ``python -c "import networkx"`` in the same run.

Run: .venv/bin/python benchmarks/cold_start.py [--repeat 7]
Every command runs in a fresh interpreter on the built-in knowledge base (no graph
file: the working folder is an empty temporary one) and on a saved graph file
(``kb`` and ``file`` columns). Each run of a command follows a run of the floor,
and the ratio is of the two medians over ``--repeat`` runs, so a machine whose
speed drifts still gives fair ratios. The goal is at most 1.5 times the floor.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: The query commands, each with arguments that answer on the bundled knowledge base.
QUERY_COMMANDS: dict[str, list[str]] = {
    "next": ["next", "store manager"],
    "prev": ["prev", "store manager"],
    "path": ["path", "operations assistant", "operations director"],
    "gap": ["gap", "operations assistant", "store manager"],
    "plan": ["plan", "operations assistant", "store manager"],
    "similar": ["similar", "store manager"],
    "neighbors": ["neighbors", "data analysis"],
    "info": ["info"],
}


def _run_s(argv: list[str], cwd: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def _ratio(argv: list[str], floor: list[str], repeat: int, cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """Median time of ``argv`` and its ratio to the floor's median, the two run in turn (the machine drifts)."""
    ours, base = [], []
    for _ in range(repeat):
        base.append(_run_s(floor, cwd, env))
        ours.append(_run_s(argv, cwd, env))
    return statistics.median(ours), statistics.median(ours) / statistics.median(base)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "CAREERGRAPH_GRAPH"}
    with tempfile.TemporaryDirectory() as tmp:
        empty, saved = Path(tmp) / "empty", Path(tmp) / "saved"
        empty.mkdir()
        saved.mkdir()
        cli = [sys.executable, "-m", "careergraph"]
        floor = [sys.executable, "-c", "import networkx"]
        subprocess.run([*cli, "build"], cwd=saved, env=env, check=True, stdout=subprocess.DEVNULL)
        base = statistics.median(_run_s(floor, empty, env) for _ in range(args.repeat))
        print(f'python -c "import networkx": {base * 1000:.0f} ms (the floor, run in turn with each command)')
        print("goal: each command <= 1.5x the floor\n")
        print(f"{'command':<11}{'kb ms':>8}{'ratio':>7}{'file ms':>9}{'ratio':>7}")
        for name, argv in QUERY_COMMANDS.items():
            kb, kb_ratio = _ratio([*cli, *argv], floor, args.repeat, empty, env)
            on_file, file_ratio = _ratio([*cli, *argv], floor, args.repeat, saved, env)
            print(f"{name:<11}{kb * 1000:>8.0f}{kb_ratio:>7.2f}{on_file * 1000:>9.0f}{file_ratio:>7.2f}")


if __name__ == "__main__":
    main()
