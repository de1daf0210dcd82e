"""Loaders: documents and data files in, careergraph graphs out (``careergraph.loaders``)."""

from careergraph.loaders.kb import default_kb_path, load_knowledge_base, read_knowledge_base

__all__ = ["default_kb_path", "load_knowledge_base", "read_knowledge_base"]
