"""The whole O*NET 29.2 graph on a real Neo4j server: pushed, counted and pulled back the same.

The O*NET download is ``../shared/taxonomy/onet-29.2`` beside the repository, or
in the folder ``$CAREERGRAPH_TAXONOMY`` names (for a worktree); the test skips
when it is absent. The server is the session's (``bolt_server`` in conftest.py):
this test replaces every Role, Skill and JobGroup node in its database.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

import careergraph
from careergraph.graph.store import counts

pytestmark = [pytest.mark.live, pytest.mark.slow]

TAXONOMY = Path(
    os.environ.get("CAREERGRAPH_TAXONOMY") or Path(__file__).resolve().parents[1] / ".." / "shared" / "taxonomy"
)
ONET = TAXONOMY / "onet-29.2"


@pytest.mark.skipif(not ONET.is_dir(), reason=f"the O*NET 29.2 download is not at {ONET}")
def test_whole_onet_graph_pushes_and_pulls_back_the_same(bolt_server: Any) -> None:
    g = careergraph.build(onet=ONET)
    expected = counts(g)
    assert expected["Role"] > 1000 and expected["RELATED_TO"] > 18000 and expected["REQUIRES"] > 30000
    with bolt_server.store() as store:
        report = store.push(g, replace=True)  # the default batch size, as `careergraph push` sends it
        assert report.rows == g.number_of_nodes() + g.number_of_edges() and not report.warnings
        assert store.counts() == expected
        # an occupation's related ones, ranked, as the server reads them
        frame = store.run(
            "MATCH (a:Role {onet_soc: $code})-[r:RELATED_TO]->(b:Role) RETURN b.onet_soc AS code ORDER BY r.rank",
            {"code": "43-4051.00"},
        )
        related = [
            (d["rank"], v) for _, v, k, d in g.out_edges("onet-43-4051-00", keys=True, data=True) if k == "RELATED_TO"
        ]
        assert list(frame["code"]) == [g.nodes[v]["onet_soc"] for _, v in sorted(related)] and len(frame) >= 10
        pulled = store.pull()
    assert counts(pulled) == expected
    for code in ["41-2031.00", "43-4051.00", "15-1252.00", "11-1011.00"]:  # many aliases, tasks, evidence each
        key = "onet-" + code.replace(".", "-")
        assert pulled.nodes[key] == g.nodes[key] and len(pulled.nodes[key]["aliases"]) > 50
    assert dict(pulled.nodes(data=True)) == dict(g.nodes(data=True))
    edges = {(u, v, k): d for u, v, k, d in pulled.edges(keys=True, data=True)}
    assert edges == {(u, v, k): d for u, v, k, d in g.edges(keys=True, data=True)}
    assert pulled.graph == g.graph
