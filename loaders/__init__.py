"""Loaders: documents and data files in, careergraph graphs out (``careergraph.loaders``).

The text loader's hot modules (``COMPILED``) may be compiled with mypyc by the install (``CAREERGRAPH_COMPILE=1
pip install -e .``, see setup.py). The compiled
modules are used only while every one of their sources has the hash the build recorded: after a source is edited,
the whole loader runs as pure Python (one warning says how to rebuild), never an old compiled copy of it.
``CAREERGRAPH_PURE=1`` makes it run as pure Python without a warning; ``COMPILED_IN_USE`` says which runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import warnings
from importlib.abc import MetaPathFinder
from importlib.machinery import EXTENSION_SUFFIXES, ModuleSpec
from importlib.util import spec_from_file_location
from pathlib import Path

#: the modules the install compiles (all or none of them: a compiled class cannot be subclassed by a pure one)
COMPILED = ("text_extract", "text_requirements", "text_moves", "text_structure", "text_nlp", "text_story")

_HERE = Path(__file__).resolve().parent


class _PureSource(MetaPathFinder):
    """Imports the modules of ``COMPILED`` from their sources, ahead of the compiled extensions beside them."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        package, _, module = name.rpartition(".")
        if package != __name__ or module not in COMPILED:
            return None
        return spec_from_file_location(name, _HERE / f"{module}.py")


def why_pure(here: Path = _HERE) -> str | None:
    """None when the compiled modules in ``here`` may be used; "" when none are built; else why they may not."""
    built = [m for m in COMPILED if any((here / f"{m}{s}").exists() for s in EXTENSION_SUFFIXES)]
    if not built:
        return ""
    try:
        recorded = json.loads((here / "_compiled.json").read_text(encoding="utf-8"))["sha256"]
    except (OSError, ValueError, KeyError, TypeError):
        return "the compiled build is incomplete"
    if len(built) < len(COMPILED):
        return "the compiled build is incomplete"
    changed = [m for m in COMPILED if recorded.get(m) != hashlib.sha256((here / f"{m}.py").read_bytes()).hexdigest()]
    if changed:
        return f"{', '.join(f'loaders/{m}.py' for m in changed)} changed since the compiled build"
    return None


def _compiled_in_use() -> bool:
    why = why_pure()
    if why is None and not os.environ.get("CAREERGRAPH_PURE"):
        return True
    if why is not None and why == "":
        return False  # nothing compiled: the sources are all there is
    sys.meta_path.insert(0, _PureSource())
    if why and not os.environ.get("CAREERGRAPH_PURE"):
        warnings.warn(
            f"careergraph: {why}; the text loader runs as pure Python"
            " (rebuild: CAREERGRAPH_COMPILE=1 pip install -e .)",
            RuntimeWarning,
            stacklevel=2,
        )
    return False


#: whether the text loader runs compiled (mypyc) in this process
COMPILED_IN_USE = _compiled_in_use()

from careergraph.loaders.kb import default_kb_path, load_knowledge_base, read_knowledge_base  # noqa: E402

__all__ = ["COMPILED", "COMPILED_IN_USE", "default_kb_path", "load_knowledge_base", "read_knowledge_base", "why_pure"]
