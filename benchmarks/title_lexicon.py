"""Loading the shipped job-title lexicon, as a ratio to reading the file and splitting its lines.

Run: .venv/bin/python benchmarks/title_lexicon.py [--repeat 30]
Prints the median wall-clock and CPU time of the first ``load_title_lexicon()`` call in fresh
processes (the one call a process pays for; later calls hit the cache), and its ratio to the
floor measured the same way: reading the same file from the package and splitting it into lines.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from importlib import resources

from _timing import median_ms  # benchmarks/_timing.py (the script's folder is on sys.path)

from careergraph.loaders.title_lexicon import load_title_lexicon

_PROBE = """
import sys, time
from importlib import resources
from careergraph.loaders.title_lexicon import load_title_lexicon
wall, cpu = time.perf_counter(), time.process_time()
if sys.argv[1] == "floor":
    resources.files("careergraph.loaders").joinpath("data", "title_lexicon.txt").read_text("utf-8").splitlines()
else:
    load_title_lexicon()
print(time.perf_counter() - wall, time.process_time() - cpu)
"""


def _first_call(what: str, repeat: int) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds of ``what`` run first thing in ``repeat`` new processes."""
    walls, cpus = [], []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", _PROBE, what], capture_output=True, text=True, check=True)
        wall, cpu = map(float, out.stdout.split())
        walls.append(wall)
        cpus.append(cpu)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    lexicon = load_title_lexicon()
    size = len(resources.files("careergraph.loaders").joinpath("data", "title_lexicon.txt").read_bytes())
    floor_wall, floor_cpu = _first_call("floor", args.repeat)
    wall, cpu = _first_call("load", args.repeat)
    print(f"{lexicon!r}, file {size / 1e6:.2f} MB")
    print(f"first load_title_lexicon() of a process: median {wall:.1f} ms wall, {cpu:.1f} ms CPU")
    print(f"floor (read the file, split its lines): median {floor_wall:.1f} ms wall, {floor_cpu:.1f} ms CPU")
    print(f"load / floor: {wall / floor_wall:.1f}x wall, {cpu / floor_cpu:.1f}x CPU")
    print(f"a cached call: {median_ms(load_title_lexicon, 1000) * 1000:.2f} us")


if __name__ == "__main__":
    main()
