"""No module of the package binds the same top-level name twice.

Rules land from several branches, and two of them may each add a constant of the same name (``_MODALS``,
``_POST_WORDS``): Python then keeps the later one for every use, the earlier one's included, and ruff does not
flag a plain assignment made twice. This test does.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(p for folder in ("careergraph", "graph", "loaders", "queries") for p in (ROOT / folder).glob("*.py"))


def _top_level_names(tree: ast.Module) -> dict[str, list[int]]:
    names: dict[str, list[int]] = defaultdict(list)
    for node in tree.body:
        if isinstance(node, ast.Assign):
            bound = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound = [node.name]
        elif isinstance(node, ast.ImportFrom | ast.Import):
            bound = [(alias.asname or alias.name).split(".")[0] for alias in node.names if alias.name != "*"]
        else:
            continue
        for name in bound:
            names[name].append(node.lineno)
    return names


def test_the_check_finds_a_name_bound_twice() -> None:
    tree = ast.parse("_WORDS = {'a'}\n\ndef f(): return _WORDS\n\n_WORDS = {'b'}\n")
    assert _top_level_names(tree)["_WORDS"] == [1, 5]


def test_the_check_finds_an_imported_name_bound_again() -> None:
    # a module that imports a word set from another and later writes its own of the same name reads only the second
    tree = ast.parse("from os.path import sep as _GLUE\nimport re\n\n_GLUE = '-'\n")
    assert _top_level_names(tree)["_GLUE"] == [1, 4]
    assert _top_level_names(tree)["re"] == [2]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    twice = {name: lines for name, lines in _top_level_names(ast.parse(path.read_text(encoding="utf-8"))).items()
             if len(lines) > 1}
    assert not twice, f"{path.name}: names bound more than once (line numbers): {twice}"
