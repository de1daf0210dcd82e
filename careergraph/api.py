"""The top-level operations: build a graph, save it, load it."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from careergraph.graph.errors import CareerGraphError
from careergraph.graph.store import load as _load_file
from careergraph.graph.store import save as _save_file
from careergraph.loaders.kb import load_knowledge_base

__all__ = ["DEFAULT_GRAPH_FILE", "GRAPH_ENV", "build", "default_graph_path", "load", "load_or_build", "save"]

#: Environment variable naming the default graph file.
GRAPH_ENV = "CAREERGRAPH_GRAPH"
#: The default graph file, relative to the working folder.
DEFAULT_GRAPH_FILE = "careergraph.json"


def default_graph_path() -> Path:
    """The graph file used when none is named: ``$CAREERGRAPH_GRAPH`` or ``./careergraph.json``."""
    return Path(os.environ.get(GRAPH_ENV) or DEFAULT_GRAPH_FILE)


def build(docs: Iterable[str | os.PathLike[str]] | None = None, *, kb: bool = True) -> nx.MultiDiGraph:
    """Build the role graph.

    Parameters
    ----------
    docs : iterable of paths, optional
        Documents (files or folders) to extract facts from. Without them the
        graph is the bundled e-commerce knowledge base.
    kb : bool, default True
        Merge the extracted facts onto the knowledge base.

    Returns
    -------
    networkx.MultiDiGraph

    Raises
    ------
    CareerGraphError
        Documents were given but the text loader is not available yet, or
        there is nothing to build from.

    Examples
    --------
    >>> g = build()
    >>> g.nodes["pre-sales-customer-service"]["label"]
    'Role'
    """
    paths = list(docs or [])
    if not paths and not kb:
        raise CareerGraphError("nothing to build: no documents given and the knowledge base turned off")
    if paths:
        raise CareerGraphError(
            "building from documents needs the text loader, which is not available yet; "
            "run 'careergraph build' without documents to use the knowledge base"
        )
    return load_knowledge_base()


def save(g: nx.MultiDiGraph, path: str | os.PathLike[str] | None = None, *, format: str | None = None) -> Path:
    """Save ``g`` atomically (node-link JSON by default) and return the path written."""
    return _save_file(g, path if path is not None else default_graph_path(), format=format)


def load(path: str | os.PathLike[str] | None = None, *, format: str | None = None) -> nx.MultiDiGraph:
    """Load a graph file (default: :func:`default_graph_path`)."""
    return _load_file(path if path is not None else default_graph_path(), format=format)


def load_or_build(path: str | os.PathLike[str] | None = None) -> nx.MultiDiGraph:
    """Load ``path``; when no path is given and the default file is absent, build from the knowledge base."""
    if path is None and not default_graph_path().exists():
        return build()
    return load(path)
