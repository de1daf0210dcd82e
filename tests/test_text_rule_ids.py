"""Every rule id the text loader runs or names is registered in ``text_rules.RULES``.

``_Reader.run`` takes a rule's id and the evidence a rule records names it; an id that is not registered would
name evidence no rule list explains and that no ``disabled`` set could switch off. The ids are checked here in the
source, so every path is covered, not only those a test's text reaches: each one is written as a string literal
(passed to ``run`` as it is, or first bound to a name: ``rule = "transitions.parsed"``).
"""

from __future__ import annotations

import ast

import pytest
from text_helpers import module_source

from careergraph.loaders import text_extract, text_zh
from careergraph.loaders.text_rules import RULES

#: the first part of every registered id ("requirements" of "requirements.cue")
_KINDS = frozenset(rule_id.split(".")[0] for rule_id in RULES)


def _id_literals(tree: ast.AST) -> set[str]:
    """The string literals of a module shaped as a rule id: a registered kind, a dot, a name."""
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value.count(".") == 1
        and node.value.split(".")[0] in _KINDS
        and node.value.split(".")[1].replace("-", "").isalnum()
    }


@pytest.mark.parametrize("module", [text_extract, text_zh], ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_rule_id_literals_are_registered(module: object) -> None:
    ids = _id_literals(ast.parse(module_source(module)))
    assert ids, "no rule ids found: the test reads the wrong module"
    assert sorted(ids - set(RULES)) == []


def test_run_takes_a_literal_or_a_bound_name() -> None:
    """``run``'s id is a literal (checked above) or a name bound to literals, never built from parts."""
    tree = ast.parse(module_source(text_extract))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "run":
            rule_id = node.args[0] if node.args else None
            assert isinstance(rule_id, ast.Constant | ast.Name), ast.unparse(node)[:80]


def test_each_rule_id_is_registered_once() -> None:
    """``RULES`` is built from a tuple of rules keyed by id: a second rule under an id would silently replace the
    first one's text, and switching the id off would switch off both rules' code."""
    from careergraph.loaders import text_rules

    tree = ast.parse(module_source(text_rules))
    ids = [
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "Rule"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    ]
    assert len(ids) == len(RULES) > 100
    assert sorted(i for i in set(ids) if ids.count(i) > 1) == []
