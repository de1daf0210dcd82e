"""Shared fixtures: the source documents (skipped when absent) and a tiny hand-written knowledge base."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pytest

from careergraph.graph.falkordb_server import FalkorDBServer, FalkorDBUnavailable
from careergraph.graph.neo4j_store import Neo4jStore
from careergraph.loaders.kb import load_knowledge_base

HERE = Path(__file__).parent
SEEDS = HERE.parent.parent / "shared" / "seeds"


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
    """A Bolt server for the live tests: where it is and how to log in."""

    kind: str
    uri: str
    password: str | None
    database: str | None

    def store(self) -> Neo4jStore:
        return Neo4jStore(self.uri, password=self.password, database=self.database)


@pytest.fixture(scope="session", params=["falkordb", "neo4j"])
def bolt_server(request: pytest.FixtureRequest) -> Iterator[BoltServer]:
    """FalkorDB started for the session (skips if it cannot start), then a real Neo4j if NEO4J_URI is set."""
    if request.param == "neo4j":
        uri = os.environ.get("NEO4J_URI")
        if not uri:
            pytest.skip("NEO4J_URI is not set: no real Neo4j to test against")
        yield BoltServer("neo4j", uri, os.environ.get("NEO4J_PASSWORD", ""), os.environ.get("NEO4J_DATABASE"))
        return
    with _falkordb_or_skip() as server:
        yield BoltServer("falkordb", server.uri, "", None)


@pytest.fixture
def falkordb() -> Iterator[FalkorDBServer]:
    """A FalkorDB server of the test's own (skips if it cannot start)."""
    with _falkordb_or_skip() as server:
        yield server


@contextlib.contextmanager
def _falkordb_or_skip() -> Iterator[FalkorDBServer]:
    server = FalkorDBServer()
    try:
        server.start()
    except FalkorDBUnavailable as exc:
        pytest.skip(str(exc))
    try:
        yield server
    finally:
        server.stop()
