"""Embedded Cypher (LadybugDB) on an ESCO-scale synthetic graph: load time and query latency.

Run: .venv/bin/python benchmarks/cypher_embedded.py [--roles 3000 --skills 14000 --requires 130000 --transitions 10000]
Prints the time to build the in-memory LadybugDB from the networkx graph (COPY from
DataFrames, per table and in total), the median latency of common queries, and the
same questions answered by careergraph.queries on networkx for comparison.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable

import pandas as pd
from _timing import median_ms  # benchmarks/_timing.py (the script's folder is on sys.path)

from careergraph.graph import cypher as q
from careergraph.graph import ladybug_store
from careergraph.graph.schema import Label
from careergraph.graph.synthetic import synthetic_graph
from careergraph.queries import career_path, next_roles, required_skills, skill_gap


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roles", type=int, default=3000)
    parser.add_argument("--skills", type=int, default=14000)
    parser.add_argument("--requires", type=int, default=130_000)
    parser.add_argument("--transitions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()

    g = synthetic_graph(args.roles, args.skills, args.requires, args.transitions)
    print(f"graph: {g.number_of_nodes():,} nodes, {g.number_of_edges():,} relationships")

    # the load, table by table, as ladybug_store.embedded does it
    start = time.perf_counter()
    frames = ladybug_store._frames(g)
    framing = time.perf_counter() - start
    database, conn = ladybug_store._empty_database()
    print(f"DataFrames from networkx: {framing:.2f} s")
    for table, frame in frames:
        if frame.empty:
            continue
        start = time.perf_counter()
        conn.execute(q.ladybug_copy(table), {"df": frame})
        print(f"  COPY {table.value:<15} {len(frame):>8,} rows  {time.perf_counter() - start:.3f} s")
    database.close()

    loads = []
    for _ in range(3):
        start = time.perf_counter()
        db = ladybug_store.embedded(g, fresh=True)
        loads.append(time.perf_counter() - start)
    print(f"embedded(g), whole load (tables + COPY), median of 3: {statistics.median(loads):.2f} s")

    rng = random.Random(1)
    roles = [n for n, label in g.nodes(data="label") if label == Label.ROLE.value]
    low = [r for r in roles if g.nodes[r]["level"] <= 2]
    high = [r for r in roles if g.nodes[r]["level"] >= 7]
    pairs = [(rng.choice(low), rng.choice(high)) for _ in range(args.repeat)]
    picks = iter(rng.choice(roles) for _ in range(10 * args.repeat))
    pair_iter = iter(pairs * 10)

    queries: list[tuple[str, str, Callable[[], dict[str, object]], Callable[[], object] | None]] = [
        (
            "next roles of a role",
            "MATCH (r:Role {key: $key})-[t:TRANSITIONS_TO]->(n:Role) RETURN n.key AS key, t.kind AS kind",
            lambda: {"key": next(picks)},
            lambda: next_roles(g, next(picks)),
        ),
        (
            "skills of a role",
            "MATCH (r:Role {key: $key})-[q:REQUIRES]->(s:Skill) RETURN s.name AS skill, q.importance AS importance",
            lambda: {"key": next(picks)},
            lambda: required_skills(g, next(picks)),
        ),
        (
            "skill gap (NOT EXISTS)",
            "MATCH (t:Role {key: $b})-[q:REQUIRES]->(s:Skill) "
            "WHERE NOT EXISTS { MATCH (:Role {key: $a})-[:REQUIRES]->(s) } RETURN s.key AS skill",
            lambda: dict(zip(("a", "b"), next(pair_iter), strict=True)),
            lambda: skill_gap(g, *next(pair_iter)),
        ),
        (
            "shortest path (SHORTEST 1..10)",
            "MATCH p = (a:Role {key: $a})-[:TRANSITIONS_TO* SHORTEST 1..10]->(b:Role {key: $b}) "
            "RETURN properties(nodes(p), 'key') AS route",
            lambda: dict(zip(("a", "b"), next(pair_iter), strict=True)),
            lambda: _path_or_none(g, *next(pair_iter)),
        ),
        (
            "most required skills (aggregate)",
            "MATCH (s:Skill)<-[:REQUIRES]-(r:Role) RETURN s.key AS skill, count(r) AS n ORDER BY n DESC LIMIT 10",
            dict,
            None,
        ),
        (
            "roles sharing skills with a role",
            "MATCH (me:Role {key: $key})-[:REQUIRES]->(s:Skill)<-[:REQUIRES]-(o:Role) WHERE o.key <> me.key "
            "RETURN o.key AS role, count(s) AS shared ORDER BY shared DESC LIMIT 5",
            lambda: {"key": next(picks)},
            None,
        ),
    ]
    rows = []
    for name, query, params, on_networkx in queries:
        cypher_ms = median_ms(lambda query=query, params=params: db.run(query, params()), args.repeat)
        nx_ms = median_ms(on_networkx, args.repeat) if on_networkx is not None else float("nan")
        rows.append({"query": name, "LadybugDB ms": round(cypher_ms, 3), "networkx ms": round(nx_ms, 3)})
    print(f"median latency over {args.repeat} runs (networkx: the careergraph.queries function for it):")
    print(pd.DataFrame(rows).to_string(index=False))


def _path_or_none(g: object, a: str, b: str) -> object:
    try:
        return career_path(g, a, b)  # type: ignore[arg-type]
    except LookupError:
        return None


if __name__ == "__main__":
    main()
