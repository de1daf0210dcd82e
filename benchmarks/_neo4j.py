"""The Neo4j server the benchmarks talk to: the user's (a URI) or one started for the run."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from careergraph.graph.neo4j_server import Neo4jServer
from careergraph.graph.neo4j_store import Neo4jStore


@contextlib.contextmanager
def neo4j_store(uri: str | None) -> Iterator[Neo4jStore]:
    """An open store on ``uri`` (password from the environment), else on a Community server started here.

    The server started here is stopped on the way out, whatever happens inside.
    """
    if uri:
        with Neo4jStore(uri) as store:
            yield store
        return
    server = Neo4jServer().start()
    print(f"server: Neo4j Community started in {server.started_in:.1f} s at {server.uri}")
    try:
        with Neo4jStore(server.uri, password=server.password) as store:
            yield store
    finally:
        server.stop()
