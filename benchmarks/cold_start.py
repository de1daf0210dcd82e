"""Cold start of each query command, as a ratio to ``python -c "import networkx"`` in the same run.

Run: .venv/bin/python benchmarks/cold_start.py [--repeat 7]
Every command runs in a fresh interpreter on the built-in knowledge base (no graph
file: the working folder is an empty temporary one) and on a saved graph file;
the figure is the median wall-clock time of ``--repeat`` runs. The goal is at
most 1.5 times the bare networkx import.
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


def _median_s(argv: list[str], repeat: int, cwd: Path, env: dict[str, str]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


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
        subprocess.run([*cli, "build"], cwd=saved, env=env, check=True, stdout=subprocess.DEVNULL)
        floor = _median_s([sys.executable, "-c", "import networkx"], args.repeat, empty, env)
        print(f'python -c "import networkx": {floor * 1000:.0f} ms (the floor); goal: each command <= 1.5x')
        print(f"\n{'command':<11}{'kb ms':>8}{'ratio':>7}{'file ms':>9}{'ratio':>7}")
        for name, argv in QUERY_COMMANDS.items():
            kb = _median_s([*cli, *argv], args.repeat, empty, env)
            on_file = _median_s([*cli, *argv], args.repeat, saved, env)
            print(f"{name:<11}{kb * 1000:>8.0f}{kb / floor:>7.2f}{on_file * 1000:>9.0f}{on_file / floor:>7.2f}")


if __name__ == "__main__":
    main()
