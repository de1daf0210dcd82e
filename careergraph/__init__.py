"""careergraph: a knowledge graph of e-commerce job roles and skills.

Build the graph from the bundled knowledge base (or from documents), save and
load it, and ask it questions.

Examples
--------
>>> import careergraph
>>> g = careergraph.build()
>>> g.nodes["store-manager"]["name"]
'Store manager'
"""

import importlib
from typing import TYPE_CHECKING, Any

from careergraph.api import build, default_graph_path, load, load_or_build, save
from careergraph.graph.errors import (
    CareerGraphError,
    CypherError,
    GraphFileError,
    GraphServerError,
    KnowledgeBaseError,
    NodeNotFound,
    RoleNotFound,
    SchemaError,
    SkillNotFound,
)
from careergraph.graph.schema import Label, RelType, TransitionKind
from careergraph.graph.store import counts, from_dataframes, to_dataframes, write_csv
from careergraph.loaders.kb import load_knowledge_base
from careergraph.queries import (
    AmbiguousName,
    NoCareerPath,
    all_similar_roles,
    career_path,
    learning_plan,
    neighbors,
    next_roles,
    previous_roles,
    resolve_role,
    resolve_skill,
    similar_roles,
    skill_gap,
)

if TYPE_CHECKING:
    from careergraph.cypher_api import cypher
    from careergraph.graph.neo4j_store import Neo4jStore
    from careergraph.queries.plots import plot_role_graph, plot_skill_gap, save_figure

__version__ = "0.1.0"

#: Names loaded on first use (pandas, LadybugDB, the Neo4j driver, matplotlib), so `import careergraph` stays quick.
_LAZY = {
    "cypher": "careergraph.cypher_api",
    "Neo4jStore": "careergraph.graph.neo4j_store",
    "plot_role_graph": "careergraph.queries.plots",
    "plot_skill_gap": "careergraph.queries.plots",
    "save_figure": "careergraph.queries.plots",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'careergraph' has no attribute {name!r}")

__all__ = [
    "AmbiguousName",
    "CareerGraphError",
    "CypherError",
    "GraphFileError",
    "GraphServerError",
    "KnowledgeBaseError",
    "Label",
    "Neo4jStore",
    "NoCareerPath",
    "NodeNotFound",
    "RelType",
    "RoleNotFound",
    "SchemaError",
    "SkillNotFound",
    "TransitionKind",
    "all_similar_roles",
    "build",
    "career_path",
    "counts",
    "cypher",
    "default_graph_path",
    "from_dataframes",
    "learning_plan",
    "load",
    "load_knowledge_base",
    "load_or_build",
    "neighbors",
    "next_roles",
    "plot_role_graph",
    "plot_skill_gap",
    "previous_roles",
    "resolve_role",
    "resolve_skill",
    "save",
    "save_figure",
    "similar_roles",
    "skill_gap",
    "to_dataframes",
    "write_csv",
]
