"""The text loader never asks a whole spaCy ``Doc`` for its ``text`` inside its rules.

``Doc.text`` joins every token of the doc again on each read; a rule that read it once per sentence made the
extraction of the speed benchmark's generated documents take about half as many instructions again (stop 36:
``_slash_owners``). The doc's text is kept at ``doc.user_data["careergraph_text"]`` when the doc is made.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted((ROOT / "loaders").glob("text*.py"))


def _doc_text_reads(tree: ast.AST) -> list[int]:
    """Lines reading ``<...>.doc.text`` or ``doc.text`` (a whole doc's text)."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "text":
            value = node.value
            if (isinstance(value, ast.Name) and value.id == "doc") or (
                isinstance(value, ast.Attribute) and value.attr == "doc"
            ):
                lines.append(node.lineno)
    return sorted(lines)


def test_the_check_finds_a_read_of_a_docs_text() -> None:
    tree = ast.parse("def f(sent, doc):\n    a = len(sent.doc.text)\n    b = doc.text\n    c = sent.text\n")
    assert _doc_text_reads(tree) == [2, 3]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_rule_reads_a_whole_docs_text(path: Path) -> None:
    reads = _doc_text_reads(ast.parse(path.read_text(encoding="utf-8")))
    assert not reads, f"{path.name}: Doc.text read at lines {reads}; use doc.user_data['careergraph_text']"
