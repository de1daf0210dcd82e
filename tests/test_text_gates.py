"""The sentence gates of the text rules test only words the gate sets were picked from.

A rule's gate asks whether a sentence holds any word of a set (``not WORDS.isdisjoint(gated)``). To make those
tests cheap, ``_norm_gates`` and ``_lower_gates`` keep, once per sentence, only the words that some gate asks
for: the union of the sets named in ``_NORM_GATES`` and ``_LOWER_GATES``. A gate whose set is not part of that
union would silently never open, so every such test in the module is checked here against the unions.
"""

from __future__ import annotations

import ast

import pytest
from text_helpers import module_source

from careergraph.loaders import text_extract

#: what each kind of gated word set is picked from
_GATE_CALLS = {"_norm_gates": "_NORM_GATES", "_lower_gates": "_LOWER_GATES"}


def _gate_of(node: ast.expr, names: dict[str, str]) -> str | None:
    """The union an ``isdisjoint`` argument was picked from ("_NORM_GATES", "_LOWER_GATES"), if it is one."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return _GATE_CALLS.get(node.func.id)
    if isinstance(node, ast.Name):
        return names.get(node.id)
    return None


def _gate_tests() -> list[tuple[int, str, str]]:
    """(line, set name, union name) for every ``SET.isdisjoint(gated words)`` in text_extract."""
    tree = ast.parse(module_source(text_extract))
    found = []
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef):
            continue
        names: dict[str, str] = {}  # local names bound to a sentence's gated words
        for node in ast.walk(fn):
            if isinstance(node, ast.Assign):
                targets = node.targets[0]
                values = node.value
                pairs = (
                    zip(targets.elts, values.elts, strict=True)
                    if isinstance(targets, ast.Tuple) and isinstance(values, ast.Tuple)
                    else [(targets, values)]
                )
                for target, value in pairs:
                    gate = _gate_of(value, {})
                    if isinstance(target, ast.Name) and gate is not None:
                        names[target.id] = gate
        for node in ast.walk(fn):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr != "isdisjoint" or len(node.args) != 1:
                continue
            gate = _gate_of(node.args[0], names)
            if gate is None:
                continue
            owner = node.func.value
            if isinstance(owner, ast.Call) and isinstance(owner.func, ast.Attribute) and owner.func.attr == "keys":
                owner = owner.func.value  # ("_MOVE_VERBS.keys().isdisjoint(gated)")
            assert isinstance(owner, ast.Name), f"line {node.lineno}: a gate's set should be a module constant"
            found.append((node.lineno, owner.id, gate))
    return found


GATE_TESTS = _gate_tests()


def test_gate_tests_are_found() -> None:
    # (the rules ask the gated words in dozens of places; a parse that found none would check nothing)
    assert len(GATE_TESTS) >= 30
    assert {gate for _, _, gate in GATE_TESTS} == set(_GATE_CALLS.values())


@pytest.mark.parametrize(("line", "name", "gate"), GATE_TESTS, ids=[f"{n}@{ln}" for ln, n, _ in GATE_TESTS])
def test_every_gate_set_is_part_of_its_union(line: int, name: str, gate: str) -> None:
    words = set(getattr(text_extract, name))
    union = getattr(text_extract, gate)
    assert words <= union, f"line {line}: {name} is not in {gate} (missing {sorted(words - union)[:5]})"
