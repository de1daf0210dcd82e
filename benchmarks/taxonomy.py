"""The standard layers at real scale: importing O*NET 29.2, aligning the roles, querying the merged graph.

Run: .venv/bin/python benchmarks/taxonomy.py [--onet ../shared/taxonomy/onet-29.2] [--esco DIR] [--repeat 50]
Prints the import time and peak memory of the whole O*NET folder, the time to
align every knowledge-base role (title index built, then again with it
cached), the alignment quality on the knowledge base's roles, and the median
query latencies on the merged graph beside the same queries on the synthetic
ESCO-scale graph of benchmarks/queries.py; then loading that graph into the
embedded Cypher engine (LadybugDB) and a few Cypher queries on it.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
import tracemalloc
from pathlib import Path

from _timing import median_ms  # benchmarks/_timing.py (the script's folder is on sys.path)

import careergraph
from careergraph.graph.synthetic import synthetic_graph
from careergraph.loaders.align import WEAK_SCORE, add_alignments, align_roles
from careergraph.loaders.esco import load_esco
from careergraph.loaders.onet import load_onet
from careergraph.queries import career_path, next_roles, similar_roles, skill_gap
from careergraph.queries.paths import transition_graph

HERE = Path(__file__).resolve().parent
DEFAULT_ONET = HERE.parent.parent / "shared" / "taxonomy" / "onet-29.2"


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timings(h, pairs, sample, repeat: int, *, merged: bool) -> dict[str, float]:
    """Median latencies of the queries on one graph, cycling through the given pairs and roles."""
    counter = iter(range(10**9))

    def pick(seq):
        return seq[next(counter) % len(seq)]

    timings = {
        "career_path (KB roles / synthetic)": median_ms(lambda: career_path(h, *pick(pairs)), repeat),
        "skill_gap between two occupations": median_ms(lambda: skill_gap(h, pick(sample), pick(sample[::-1])), repeat),
        "similar_roles of an occupation": median_ms(lambda: similar_roles(h, pick(sample), k=5), repeat),
        "next_roles": median_ms(lambda: next_roles(h, pick(sample)), repeat),
    }
    if merged:
        timings["skill_gap KB role -> its occupation, standard"] = median_ms(
            lambda: skill_gap(h, "operations assistant", "store manager", standard=True), repeat
        )
        timings["similar_roles KB role, related"] = median_ms(
            lambda: similar_roles(h, "store manager", k=5, related=True), repeat
        )
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--onet", type=Path, default=DEFAULT_ONET, help="an O*NET text download")
    parser.add_argument("--esco", type=Path, help="an ESCO CSV download to add as well")
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--push", action="store_true", help="also push the merged graph to a Bolt server and pull it")
    parser.add_argument("--neo4j", metavar="URI", help="the Neo4j server for --push (default: start one)")
    args = parser.parse_args()
    if not args.onet.is_dir():
        print(f"skipped: no O*NET folder at {args.onet} (pass --onet DIR)")  # `make bench` goes on
        return

    # --- import ---------------------------------------------------------------
    kb = careergraph.build()
    rss_before = _rss_mib()
    start = time.perf_counter()
    result = load_onet(args.onet)
    import_s = time.perf_counter() - start
    rss_after = _rss_mib()
    cpu = time.process_time()
    load_onet(args.onet)
    again_s, again_cpu = time.perf_counter(), time.process_time() - cpu
    tracemalloc.start()  # a second pass under tracemalloc, which slows it several times: memory only
    load_onet(args.onet)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    tally = careergraph.counts(result.graph)
    relationships = sum(tally[t] for t in ("REQUIRES", "RELATED_TO"))
    print(f"O*NET {result.version}: {', '.join(f'{v:,} {k}' for k, v in result.counts.items())}")
    print(f"  graph: {tally['Role']:,} roles, {tally['Skill']:,} skills, {relationships:,} relationships")
    print(f"  import: {import_s:.2f} s wall clock ({again_cpu:.2f} s of CPU the second time)")
    print(
        f"  memory: {peak / 2**20:.0f} MiB allocated at peak (tracemalloc); process peak RSS {rss_after:.0f} MiB "
        f"after the import, {rss_before:.0f} MiB before"
    )
    del again_s

    # --- the merged graph and the alignment ------------------------------------
    g = careergraph.build()
    start = time.perf_counter()
    load_onet(args.onet, into=g)
    if args.esco is not None:
        load_esco(args.esco, into=g)
    merge_s = time.perf_counter() - start
    start = time.perf_counter()
    found = align_roles(g)
    first_s = time.perf_counter() - start
    align_ms = median_ms(lambda: align_roles(g), 5)
    titles = sum(1 + len(d["aliases"]) for _, d in g.nodes(data=True) if d.get("layer") and d["label"] == "Role")
    kb_roles = [k for k, d in kb.nodes(data=True) if d["label"] == "Role"]
    print(f"\nmerged onto the knowledge base in {merge_s:.2f} s")
    print(
        f"align {len(kb_roles)} knowledge-base roles against {titles:,} standard titles: "
        f"{first_s * 1000:.0f} ms with the title index built, {align_ms:.0f} ms with it cached"
    )
    for dataset in sorted({a.dataset for items in found.values() for a in items}):
        best = {role: next((a for a in found[role] if a.dataset == dataset), None) for role in kb_roles}
        curated = sum(1 for a in best.values() if a is not None and a.method == "curated")
        strong = sum(1 for a in best.values() if a is not None and a.method != "curated" and not a.weak)
        weak = [(role, a) for role, a in best.items() if a is None or a.weak]
        print(f"  {dataset}: {curated} curated, {strong} matched at {WEAK_SCORE} or more, {len(weak)} weak or none")
        for role, a in weak:
            shown = f"{a.occupation_name} via {a.matched_label!r}, {a.score:.2f}" if a else "nothing"
            print(f"    weak: {kb.nodes[role]['name']} -> {shown}")
    print("  title matching alone (no curated table):")
    plain = align_roles(g, curated=[])
    for dataset in sorted({a.dataset for items in plain.values() for a in items}):
        strong = sum(1 for role in kb_roles for a in plain[role][:2] if a.dataset == dataset and not a.weak)
        print(f"    {dataset}: {strong} of {len(kb_roles)} roles at {WEAK_SCORE} or more")
    add_alignments(g, found, min_score=WEAK_SCORE)

    # --- queries: the merged graph beside the synthetic one ------------------------
    synthetic = synthetic_graph(3000, 14000, 130_000, 10_000)
    rng = random.Random(1)

    def cases(h, roles):
        t = transition_graph(h)
        movers = [n for n in t if t.out_degree(n)]
        pairs = []
        for _ in range(500):
            a, b = rng.sample(movers, 2)
            try:
                career_path(h, a, b)
            except careergraph.CareerGraphError:
                continue
            pairs.append((a, b))
            if len(pairs) == 20:
                break
        return pairs, roles[:50]

    onet_roles = [k for k, d in g.nodes(data=True) if d.get("layer") == "onet" and d["label"] == "Role"]
    synthetic_roles = [k for k, d in synthetic.nodes(data=True) if d["label"] == "Role"]
    print(
        f"\nmedian latency, ms (merged graph: {g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges; "
        f"synthetic: {synthetic.number_of_nodes():,} nodes, {synthetic.number_of_edges():,} edges)"
    )
    print(f"  {'query':<44}{'merged':>10}{'synthetic':>12}")
    rows = [_timings(g, *cases(g, onet_roles), args.repeat, merged=True)]
    rows.append(_timings(synthetic, *cases(synthetic, synthetic_roles), args.repeat, merged=False))
    for query in rows[0]:
        other = rows[1].get(query)
        print(f"  {query:<44}{rows[0][query]:>10.2f}{(f'{other:.2f}' if other is not None else '-'):>12}")

    # --- embedded Cypher on the merged graph --------------------------------------------
    from careergraph.graph.ladybug_store import cypher, embedded

    start = time.perf_counter()
    embedded(g)
    print(f"\nLadybugDB: merged graph loaded in {time.perf_counter() - start:.2f} s")
    queries = {
        "related occupations of one": (
            "MATCH (a:Role {onet_soc: $code})-[r:RELATED_TO]->(b:Role) "
            "RETURN b.name AS name, r.rank AS rank ORDER BY rank",
            {"code": "41-2031.00"},
        ),
        "hot technologies, most used": (
            "MATCH (r:Role)-[q:REQUIRES]->(s:Skill) WHERE q.hot_technology RETURN s.name AS skill, count(r) AS n "
            "ORDER BY n DESC LIMIT 10",
            {},
        ),
        "KB roles and their O*NET codes": (
            "MATCH (a:Role)-[x:ALIGNED_TO]->(o:Role) WHERE o.layer = 'onet' RETURN a.name AS role, o.onet_soc AS code",
            {},
        ),
    }
    for name, (query, params) in queries.items():
        ms = median_ms(lambda q=query, p=params: cypher(g, q, **p), 20)
        print(f"  {name:<34}{ms:>8.2f} ms")
    if args.push:
        _push(g, args.neo4j)
    print(f"\nprocess peak RSS {_rss_mib():.0f} MiB")


def _push(g, uri: str | None) -> None:
    """Push the merged graph to Neo4j (a Community server started here without a URI), check the counts, pull it."""
    from _neo4j import neo4j_store  # benchmarks/_neo4j.py (the script's folder is on sys.path)

    from careergraph.graph.errors import GraphServerError

    with neo4j_store(uri) as store:
        start = time.perf_counter()
        try:
            report = store.push(g, replace=True)
        except GraphServerError as exc:
            print(f"\npush: {exc}")
            return
        seconds = time.perf_counter() - start
        rows = g.number_of_nodes() + g.number_of_edges()
        same = store.counts() == careergraph.counts(g)
        start = time.perf_counter()
        pulled = store.pull()
        pull_s = time.perf_counter() - start
        print(
            f"\nNeo4j: pushed {rows:,} rows in {seconds:.1f} s ({rows / seconds:,.0f} rows/s, "
            f"{report.statements:,} statements), counts {'equal' if same else 'DIFFER'}; "
            f"pulled back in {pull_s:.1f} s ({pulled.number_of_nodes():,} nodes, "
            f"{pulled.number_of_edges():,} edges)"
        )


if __name__ == "__main__":
    main()
