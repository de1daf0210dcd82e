"""Queries over a careergraph graph: paths, skill gaps, adjacency (``careergraph.queries``)."""

__all__: list[str] = []
