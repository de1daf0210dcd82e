"""careergraph.build: the knowledge base, documents, or both; bad documents reported, not fatal."""

from __future__ import annotations

from pathlib import Path

import pytest

import careergraph
from careergraph.graph.errors import CareerGraphError


@pytest.fixture()
def ladder(tmp_path: Path) -> Path:
    path = tmp_path / "ladder.md"
    path.write_text("# Studio\n\nA studio assistant is promoted to studio manager.", encoding="utf-8")
    return path


def test_build_from_documents_merges_onto_the_knowledge_base(ladder: Path) -> None:
    kb = careergraph.build()
    merged = careergraph.build([ladder])
    alone = careergraph.build([ladder], kb=False)
    assert set(alone.nodes) == {"studio-assistant", "studio-manager"}
    assert set(kb.nodes) | set(alone.nodes) == set(merged.nodes)
    assert merged.has_edge("studio-assistant", "studio-manager", "TRANSITIONS_TO")


def test_problems_are_reported_and_the_rest_built(ladder: Path, tmp_path: Path) -> None:
    seen: list[str] = []
    g = careergraph.build([ladder, tmp_path / "gone.txt"], kb=False, on_problem=lambda p: seen.append(p.message))
    assert seen == ["no such file or folder"] and "studio-manager" in g
    with pytest.warns(UserWarning, match=r"gone\.txt: no such file or folder"):
        careergraph.build([ladder, tmp_path / "gone.txt"], kb=False)


def test_strict_and_nothing_loaded_raise(ladder: Path, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    quiet = {"on_problem": lambda p: None}
    with pytest.raises(CareerGraphError, match="strict"):
        careergraph.build([ladder, tmp_path / "empty.txt"], strict=True, **quiet)
    with pytest.raises(CareerGraphError, match="no document could be loaded"):
        careergraph.build([tmp_path / "empty.txt"], **quiet)
    with pytest.raises(CareerGraphError, match="nothing to build"):
        careergraph.build([], kb=False)


def test_build_takes_one_path_as_one_document(tmp_path: Path) -> None:
    doc = tmp_path / "a.md"
    doc.write_text("A livestream host is promoted to livestream director.")
    (tmp_path / "other.md").write_text("A warehouse picker is promoted to warehouse supervisor.")
    for one in (str(doc), doc):
        assert sorted(careergraph.build(one, kb=False).nodes) == ["livestream-director", "livestream-host"]
    for bad, shown in ((42, "int"), (b"a.md", "bytes"), ([doc, 3], "int: 3")):
        with pytest.raises(TypeError, match=f"docs must .*{shown}"):
            careergraph.build(bad)  # type: ignore[arg-type]
