"""Shared fixtures: the source documents (skipped when absent) and a tiny hand-written knowledge base."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pytest

from careergraph.graph.neo4j_server import Neo4jServer, Neo4jUnavailable
from careergraph.graph.neo4j_store import Neo4jStore
from careergraph.loaders.kb import load_knowledge_base

HERE = Path(__file__).parent
SEEDS = HERE.parent.parent / "shared" / "seeds"
REQUIRE_NEO4J = "CAREERGRAPH_REQUIRE_NEO4J"


@pytest.fixture(scope="session", autouse=True)
def _own_kb_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The built knowledge base is cached in a folder of the test session's, not the user's."""
    old = os.environ.get("CAREERGRAPH_CACHE")
    os.environ["CAREERGRAPH_CACHE"] = str(tmp_path_factory.mktemp("kb-cache"))
    yield
    if old is None:
        os.environ.pop("CAREERGRAPH_CACHE", None)
    else:
        os.environ["CAREERGRAPH_CACHE"] = old


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five source articles in ../shared/seeds; tests needing them skip when absent."""
    if not SEEDS.is_dir() or not any(SEEDS.glob("*.txt")):
        pytest.skip(f"source documents not found at {SEEDS}")
    return SEEDS


@pytest.fixture(scope="session")
def mini_kb_path() -> Path:
    return HERE / "data" / "mini_kb.yaml"


@pytest.fixture()
def mini_graph(mini_kb_path: Path) -> nx.MultiDiGraph:
    return load_knowledge_base(mini_kb_path)


@pytest.fixture(scope="session")
def _kb_graph() -> nx.MultiDiGraph:
    return load_knowledge_base()


@pytest.fixture()
def kb_graph(_kb_graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The bundled knowledge base, copied so a test may change it."""
    return _kb_graph.copy()


@dataclass
class BoltServer:
    """The Neo4j server of the live tests: where it is and how to log in."""

    uri: str
    password: str
    database: str | None
    user: str = "neo4j"
    own: Neo4jServer | None = None  # the server this test session started, if it did

    def store(self) -> Neo4jStore:
        return Neo4jStore(self.uri, user=self.user, password=self.password, database=self.database)


@pytest.fixture(scope="session")
def bolt_server() -> Iterator[BoltServer]:
    """The user's Neo4j when NEO4J_URI is set, else a Neo4j Community server started once for the session.

    Without Java or Maven the live tests skip, unless CAREERGRAPH_REQUIRE_NEO4J is set (CI sets it): then they fail.
    """
    uri = os.environ.get("NEO4J_URI")
    if uri:
        yield BoltServer(
            uri,
            os.environ.get("NEO4J_PASSWORD", ""),
            os.environ.get("NEO4J_DATABASE"),
            os.environ.get("NEO4J_USERNAME") or "neo4j",
        )
        return
    server = Neo4jServer()
    try:
        server.start()
    except Neo4jUnavailable as exc:
        if os.environ.get(REQUIRE_NEO4J):
            pytest.fail(f"{REQUIRE_NEO4J} is set and {exc}")
        pytest.skip(str(exc))
    try:
        yield BoltServer(server.uri, server.password, None, own=server)
    finally:
        server.stop()
