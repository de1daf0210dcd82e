"""Schema and stores of the careergraph role graph (``careergraph.graph``)."""

from careergraph.graph.cache import CareerGraph
from careergraph.graph.errors import (
    CareerGraphError,
    GraphFileError,
    KnowledgeBaseError,
    NodeNotFound,
    RoleNotFound,
    SchemaError,
    SkillNotFound,
)
from careergraph.graph.schema import Label, RelType, TransitionKind, slugify
from careergraph.graph.store import (
    add_node,
    add_relationship,
    add_salaries,
    add_salary,
    counts,
    edges_by_type,
    from_dataframes,
    load,
    new_graph,
    nodes_by_label,
    save,
    to_dataframes,
    write_csv,
)

__all__ = [
    "CareerGraph",
    "CareerGraphError",
    "GraphFileError",
    "KnowledgeBaseError",
    "Label",
    "NodeNotFound",
    "RelType",
    "RoleNotFound",
    "SchemaError",
    "SkillNotFound",
    "TransitionKind",
    "add_node",
    "add_relationship",
    "add_salaries",
    "add_salary",
    "counts",
    "edges_by_type",
    "from_dataframes",
    "load",
    "new_graph",
    "nodes_by_label",
    "save",
    "slugify",
    "to_dataframes",
    "write_csv",
]
