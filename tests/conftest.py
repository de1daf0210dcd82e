"""Shared fixtures: the source documents (skipped when absent) and a tiny hand-written knowledge base."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

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
