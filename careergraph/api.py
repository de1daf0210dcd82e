"""The top-level operations: build a graph, save it, load it."""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from careergraph.graph.errors import CareerGraphError
from careergraph.graph.store import load as _load_file
from careergraph.graph.store import new_graph
from careergraph.graph.store import save as _save_file
from careergraph.loaders.kb import load_knowledge_base

if TYPE_CHECKING:
    from careergraph.loaders.taxonomy import TaxonomyProblem
    from careergraph.loaders.text import DocumentProblem

__all__ = ["DEFAULT_GRAPH_FILE", "GRAPH_ENV", "build", "default_graph_path", "load", "load_or_build", "save"]

#: Environment variable naming the default graph file.
GRAPH_ENV = "CAREERGRAPH_GRAPH"
#: The default graph file, relative to the working folder.
DEFAULT_GRAPH_FILE = "careergraph.json"


def default_graph_path() -> Path:
    """The graph file used when none is named: ``$CAREERGRAPH_GRAPH`` or ``./careergraph.json``."""
    return Path(os.environ.get(GRAPH_ENV) or DEFAULT_GRAPH_FILE)


def build(
    docs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None = None,
    *,
    kb: bool = True,
    strict: bool = False,
    on_problem: Callable[[DocumentProblem | TaxonomyProblem], None] | None = None,
    workers: int = 1,
    onet: str | os.PathLike[str] | None = None,
    esco: str | os.PathLike[str] | None = None,
    esco_labels: Iterable[str] = (),
) -> nx.MultiDiGraph:
    """Build the role graph, from the knowledge base, from documents, or both, with standard taxonomies.

    Parameters
    ----------
    docs : path or iterable of paths, optional
        A document, or documents (.txt, .md, .html files, or folders holding them), to extract
        roles, skills, transitions, salaries and job groups from, every fact
        with its evidence. Without them the graph is the bundled e-commerce
        knowledge base.
    kb : bool, default True
        Merge the extracted facts onto the knowledge base; ``False`` gives the
        extracted graph alone.
    strict : bool, default False
        Fail when any document has a problem (by default bad documents are
        reported and skipped, and the rest are loaded).
    on_problem : callable, optional
        Called with each :class:`~careergraph.loaders.text.DocumentProblem`;
        by default each is issued as a ``UserWarning``.
    workers : int, default 1
        Processes that read the documents side by side (0: one per CPU); the graph is the same.
    onet : path, optional
        An O*NET database text download (``db_29_2_text``) to add as a layer
        (:func:`careergraph.loaders.onet.load_onet`).
    esco : path, optional
        An ESCO CSV download (v1.1 or v1.2) to add as a layer
        (:func:`careergraph.loaders.esco.load_esco`). With either layer, every
        role of the knowledge base and the documents is aligned to the
        layers' occupations (``ALIGNED_TO``, those scoring 0.5 or more and the
        curated pairs; :func:`careergraph.loaders.align.align_roles`).
    esco_labels : iterable of str, optional
        Other languages of the ESCO download ("de", "fr") whose labels become
        aliases of the occupations and skills.

    Returns
    -------
    networkx.MultiDiGraph

    Raises
    ------
    TypeError
        ``docs`` is neither a path (``str`` or ``os.PathLike``) nor an iterable of paths.
    CareerGraphError
        Nothing to build from: no documents and the knowledge base turned off,
        no document could be loaded, or ``strict`` and a document had a problem;
        a taxonomy folder with nothing usable in it (``TaxonomyError``).

    Examples
    --------
    >>> g = build()
    >>> g.nodes["pre-sales-customer-service"]["label"]
    'Role'
    >>> import pathlib, tempfile
    >>> doc = pathlib.Path(tempfile.mkdtemp()) / "ladder.txt"
    >>> _ = doc.write_text("A livestream host is promoted to livestream director.", encoding="utf-8")
    >>> sorted(build([doc], kb=False).nodes)
    ['livestream-director', 'livestream-host']
    >>> sorted(build(str(doc), kb=False).nodes)  # one path is one document
    ['livestream-director', 'livestream-host']
    """
    paths = _document_paths(docs)
    layers = onet is not None or esco is not None
    if not paths and not kb and not layers:
        raise CareerGraphError("nothing to build: no documents given and the knowledge base turned off")
    report = on_problem or (lambda problem: warnings.warn(str(problem), stacklevel=3))
    if not paths:
        g = load_knowledge_base() if kb else new_graph()
    else:
        from careergraph.loaders.text import load_documents  # spaCy loads only when documents are read

        result = load_documents(paths, kb=kb, workers=workers)
        for problem in result.problems:
            report(problem)
        if not result.documents:
            count = len(result.problems)
            raise CareerGraphError(f"no document could be loaded ({count} problem{'s' if count != 1 else ''})")
        if strict and result.problems:
            count = len(result.problems)
            raise CareerGraphError(f"{count} document problem{'s' if count != 1 else ''} and strict mode is on")
        g = result.graph
    if layers:
        _add_layers(g, onet, esco, list(esco_labels), report)
    return g


def _add_layers(
    g: nx.MultiDiGraph,
    onet: str | os.PathLike[str] | None,
    esco: str | os.PathLike[str] | None,
    esco_labels: list[str],
    report: Callable[[TaxonomyProblem], None],
) -> None:
    """Read the standard taxonomies into ``g`` and align our roles to them."""
    from careergraph.loaders.align import WEAK_SCORE, add_alignments, align_roles
    from careergraph.loaders.esco import load_esco
    from careergraph.loaders.onet import load_onet

    if onet is not None:
        load_onet(onet, into=g, on_problem=report)
    if esco is not None:
        load_esco(esco, into=g, labels=esco_labels, on_problem=report)
    add_alignments(g, align_roles(g), min_score=WEAK_SCORE)


def _document_paths(docs: object) -> list[str | os.PathLike[str]]:
    """``docs`` as a list of paths: one path is one document (a string is not a list of characters)."""
    if docs is None:
        return []
    if isinstance(docs, str | os.PathLike):
        return [docs]
    if isinstance(docs, bytes | bytearray) or not isinstance(docs, Iterable):
        raise TypeError(f"docs must be a path or an iterable of paths, not {type(docs).__name__}")
    paths = list(docs)
    for item in paths:
        if not isinstance(item, str | os.PathLike):
            raise TypeError(f"docs must hold paths (str or os.PathLike), not {type(item).__name__}: {item!r:.60}")
    return paths


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
