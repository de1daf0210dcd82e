"""The compiled text loader (setup.py, mypyc): its doctests, and when the package falls back to pure Python.

pytest would run a module's doctests on a second, pure copy it imports from the source file; a pure copy of
text_extract cannot subclass the compiled ``TupleRecord``, so while the compiled modules are in use the root
conftest leaves those files out and their doctests run here, read from the sources, against the compiled modules.
"""

from __future__ import annotations

import ast
import doctest
import hashlib
import importlib
import importlib.machinery
import json
from pathlib import Path

import pytest

from careergraph import loaders
from careergraph.loaders import COMPILED, COMPILED_IN_USE, why_pure

SOURCES = Path(loaders.__file__).resolve().parent


def _doctests(module: str) -> list[doctest.DocTest]:
    """The doctests in the docstrings of ``module``'s source, to run in the namespace of the module as imported."""
    path = SOURCES / f"{module}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    namespace = vars(importlib.import_module(f"careergraph.loaders.{module}"))
    parser = doctest.DocTestParser()
    found = []

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.ClassDef):
                name = f"{prefix}.{child.name}"
                text = ast.get_docstring(child)
                if text and ">>>" in text:
                    found.append(parser.get_doctest(text, dict(namespace), name, str(path), child.lineno))
                if isinstance(child, ast.ClassDef):
                    visit(child, name)

    text = ast.get_docstring(tree)
    if text and ">>>" in text:
        found.append(parser.get_doctest(text, dict(namespace), module, str(path), 0))
    visit(tree, module)
    return found


@pytest.mark.skipif(not COMPILED_IN_USE, reason="the loader runs as pure Python: pytest runs these doctests itself")
@pytest.mark.parametrize("module", COMPILED)
def test_doctests_of_the_compiled_modules(module: str) -> None:
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    tests = _doctests(module)
    for test in tests:
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted > 0 and result.failed == 0


def test_the_compiled_modules_are_the_ones_imported() -> None:
    for module in COMPILED:
        origin = importlib.import_module(f"careergraph.loaders.{module}").__file__ or ""
        assert origin.endswith(".py") != COMPILED_IN_USE, origin


def _tree(tmp_path: Path, built: tuple[str, ...], recorded: dict[str, str] | None) -> Path:
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    for module in COMPILED:
        (tmp_path / f"{module}.py").write_text(f"# {module}\n", encoding="utf-8")
    for module in built:
        (tmp_path / f"{module}{suffix}").write_bytes(b"")
    if recorded is not None:
        (tmp_path / "_compiled.json").write_text(json.dumps({"sha256": recorded}), encoding="utf-8")
    return tmp_path


def _hashes(folder: Path) -> dict[str, str]:
    return {m: hashlib.sha256((folder / f"{m}.py").read_bytes()).hexdigest() for m in COMPILED}


def test_the_compiled_build_is_used_only_while_its_sources_are_unchanged(tmp_path: Path) -> None:
    folder = _tree(tmp_path, COMPILED, None)
    assert why_pure(folder) == "the compiled build is incomplete"  # no record of the sources
    (folder / "_compiled.json").write_text(json.dumps({"sha256": _hashes(folder)}), encoding="utf-8")
    assert why_pure(folder) is None
    (folder / "text_moves.py").write_text("# text_moves, edited\n", encoding="utf-8")
    assert why_pure(folder) == "loaders/text_moves.py changed since the compiled build"


def test_a_build_missing_a_module_or_none_at_all(tmp_path: Path) -> None:
    (tmp_path / "none").mkdir()
    assert why_pure(_tree(tmp_path / "none", (), None)) == ""  # nothing compiled: nothing to warn of
    (tmp_path / "part").mkdir()
    part = _tree(tmp_path / "part", COMPILED[:-1], None)
    (part / "_compiled.json").write_text(json.dumps({"sha256": _hashes(part)}), encoding="utf-8")
    assert why_pure(part) == "the compiled build is incomplete"


def test_mypy_warns_of_unreachable_code_in_every_compiled_module() -> None:
    """The modules the build compiles are the modules mypy checks for code it thinks unreachable (pyproject.toml)."""
    import tomllib

    config = tomllib.loads((SOURCES.parent / "pyproject.toml").read_text(encoding="utf-8"))
    checked = {
        module
        for override in config["tool"]["mypy"]["overrides"]
        if override.get("warn_unreachable")
        for module in override["module"]
    }
    assert checked == {f"careergraph.loaders.{module}" for module in COMPILED}
