"""Cost of checking that a query's cached indexes are fresh, at ESCO scale and at ten times it.

Run: .venv/bin/python benchmarks/cache_check.py [--scales 1 10]
Every query first asks the per-graph cache whether its index (names, transitions,
skill profiles) still matches the graph; this times that check on a cache hit,
next to a bare ``len(g)`` (an O(1) floor), and the median ``next_roles`` call
it is part of.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable

from _timing import median_ms  # benchmarks/_timing.py (the script's folder is on sys.path)

from careergraph.graph.cache import cached
from careergraph.graph.synthetic import synthetic_graph
from careergraph.queries import next_roles


def _next_roles_by_name(g: object, roles: int) -> Callable[[], object]:
    """``next_roles`` on role names (not keys), so each call goes through the cached name index."""
    names = [g.nodes[f"role-{i}"]["name"] for i in random.Random(1).sample(range(roles), 50)]  # type: ignore[attr-defined]
    turn = iter(range(10**9))
    return lambda: next_roles(g, names[next(turn) % len(names)])  # type: ignore[arg-type]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--repeat", type=int, default=2000)
    args = parser.parse_args()
    print(f"{'scale':<7}{'nodes':>10}{'edges':>11}{'check ms':>10}{'len(g) ms':>11}{'ratio':>8}{'next_roles ms':>15}")
    for scale in args.scales:
        g = synthetic_graph(3000 * scale, 14000 * scale, 130_000 * scale, 10_000 * scale)
        cached(g, "probe", len)
        check = median_ms(lambda g=g: cached(g, "probe", len), args.repeat)
        floor = median_ms(lambda g=g: len(g), args.repeat)
        query = median_ms(_next_roles_by_name(g, 3000 * scale), args.repeat // 4)
        print(
            f"{scale:<7}{g.number_of_nodes():>10,}{g.number_of_edges():>11,}{check:>10.4f}{floor:>11.5f}"
            f"{check / floor:>8.0f}{query:>15.4f}"
        )
        del g


if __name__ == "__main__":
    main()
