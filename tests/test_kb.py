"""The knowledge-base loader: strict validation, and the bundled e-commerce knowledge base."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from careergraph.graph.errors import KnowledgeBaseError
from careergraph.graph.schema import Label, RelType, evidence_docs
from careergraph.graph.store import counts, edges_by_type, nodes_by_label
from careergraph.loaders.kb import default_kb_path, load_knowledge_base, read_knowledge_base


def _write_variant(tmp_path: Path, mini_kb_path: Path, change) -> Path:
    data = yaml.safe_load(mini_kb_path.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "kb.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _set(section: str, index: int, field: str, value):
    def change(data):
        data[section][index][field] = value

    return change


def _duplicate_role(data):
    data["roles"].append(dict(data["roles"][0]))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_set("roles", 0, "lvl", 2), r"roles\[0\] \('Help desk agent'\): unknown field lvl"),
        (_set("transitions", 0, "to", "astronaut"), r"transitions\[0\]: to 'astronaut' is not a known Role key"),
        (_set("requires", 1, "skill", "juggling"), r"requires\[1\]: skill 'juggling' is not a known Skill key"),
        (_set("roles", 0, "groups", ["nowhere"]), r"roles\[0\] \('Help desk agent'\): unknown job group 'nowhere'"),
        (_duplicate_role, r"roles\[4\] \('Help desk agent'\): duplicate key 'help-desk-agent'"),
        (_set("transitions", 0, "years_min", "two"), r"'two' is not a number"),
        (_set("transitions", 0, "years_min", 9), r"years_min 9 is greater than years_max 2"),
        (_set("requires", 0, "importance", 6), r"importance 6 is not between 1 and 5"),
        (_set("roles", 0, "level", "senior"), r"level: 'senior' is not a number"),
        (_set("roles", 0, "evidence", []), r"roles\[0\] \('Help desk agent'\): evidence must be a non-empty list"),
        (_set("roles", 0, "evidence", [{"doc": "x"}]), r"evidence\[0\]: must have exactly the fields doc and note"),
        (
            _set("roles", 2, "salaries", [{"doc": "x"}]),
            r"roles\[2\] \('Growth analyst'\) salaries\[0\]: needs min or max",
        ),
        (_set("roles", 2, "salaries", [{"doc": "x", "min": "3,000"}]), r"'3,000' is not a number"),
        (_set("transitions", 1, "kind", "sideways"), r"kind 'sideways' is not one of"),
    ],
)
def test_invalid_entries_name_file_entry_and_problem(tmp_path, mini_kb_path, change, message) -> None:
    path = _write_variant(tmp_path, mini_kb_path, change)
    with pytest.raises(KnowledgeBaseError, match=message) as info:
        load_knowledge_base(path)
    assert str(info.value).startswith(str(path))


def test_missing_section_type_and_version(tmp_path, mini_kb_path) -> None:
    path = _write_variant(tmp_path, mini_kb_path, lambda d: d.update(version=2))
    with pytest.raises(KnowledgeBaseError, match="version: expected 1, got 2"):
        read_knowledge_base(path)
    path = _write_variant(tmp_path, mini_kb_path, lambda d: d.update(people=[]))
    with pytest.raises(KnowledgeBaseError, match=r"unknown sections \['people'\]"):
        read_knowledge_base(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"version: 1\nroles: [\n", "not valid YAML at line"),
        (b"\xff\xfe\x00binary", "not a text file"),
        (b"- just\n- a list\n", "expected a mapping"),
    ],
)
def test_unreadable_files(tmp_path, content, message) -> None:
    path = tmp_path / "kb.yaml"
    path.write_bytes(content)
    with pytest.raises(KnowledgeBaseError, match=message):
        read_knowledge_base(path)


def test_missing_file(tmp_path) -> None:
    with pytest.raises(KnowledgeBaseError, match="no such file"):
        read_knowledge_base(tmp_path / "absent.yaml")


def test_mini_kb_loads_every_fact(mini_graph) -> None:
    tally = counts(mini_graph)
    assert (tally["Role"], tally["Skill"], tally["JobGroup"]) == (4, 3, 2)
    assert (tally["TRANSITIONS_TO"], tally["REQUIRES"], tally["IN_GROUP"], tally["HANDS_OFF_TO"]) == (3, 4, 4, 1)
    assert mini_graph.nodes["help-desk-agent"]["aliases"] == ["helpdesk agent", "客服专员"]
    assert mini_graph.nodes["growth-analyst"]["salary_max"] == 11000


# --- the bundled knowledge base ------------------------------------------------


def test_bundled_kb_is_large_enough(kb_graph) -> None:
    tally = counts(kb_graph)
    assert tally["Role"] > 30
    assert tally["JobGroup"] >= 6
    assert tally["Skill"] >= 40
    assert tally["TRANSITIONS_TO"] >= 10
    assert tally["REQUIRES"] >= 40
    assert tally["HANDS_OFF_TO"] >= 2


def test_bundled_kb_every_node_and_edge_has_evidence(kb_graph) -> None:
    for node, data in kb_graph.nodes(data=True):
        assert data["evidence"], node
    for u, v, data in kb_graph.edges(data=True):
        assert data["evidence"], (u, v)


def test_bundled_kb_six_job_groups_have_members(kb_graph) -> None:
    members: dict[str, int] = {}
    for _, group, _ in edges_by_type(kb_graph, RelType.IN_GROUP):
        members[group] = members.get(group, 0) + 1
    groups = [kb_graph.nodes[g]["name"].lower() for g in members]
    for wanted in ("customer service", "supply chain", "visual design", "operation", "marketing", "technology"):
        assert any(wanted in name for name in groups), wanted


def test_bundled_kb_cites_all_five_documents(kb_graph, seeds_dir) -> None:
    cited: set[str] = set()
    for _, data in kb_graph.nodes(data=True):
        cited.update(evidence_docs(data["evidence"]))
        cited.update(s["doc"] for s in data.get("salaries", []))
    for _, _, data in kb_graph.edges(data=True):
        cited.update(evidence_docs(data["evidence"]))
    assert cited == {p.name for p in seeds_dir.glob("*.txt")}


def test_bundled_kb_holds_every_salary_figure_of_the_documents(kb_graph, seeds_dir) -> None:
    figures: set[float] = set()
    for path in seeds_dir.glob("*.txt"):
        for match in re.finditer(r"\b(\d{1,3}(?:,\d{3})+)(?=\s*(?:yuan|\.|,|$))", path.read_text(encoding="utf-8")):
            figures.add(float(match.group(1).replace(",", "")))
    assert figures, "the documents state salaries"
    recorded = {
        value
        for _, data in nodes_by_label(kb_graph, Label.ROLE)
        for s in data.get("salaries", [])
        for value in (s["min"], s["max"])
        if value is not None
    }
    assert figures <= recorded, f"missing salary figures {sorted(figures - recorded)}"


def test_bundled_kb_has_the_customer_service_ladder(kb_graph) -> None:
    transitions = {(u, v) for u, v, _ in edges_by_type(kb_graph, RelType.TRANSITIONS_TO)}
    assert ("pre-sales-customer-service", "after-sales-customer-service") in transitions
    assert any(v == "store-manager" for u, v in transitions)


def test_bundled_kb_has_no_copied_sentences(seeds_dir) -> None:
    def words(text: str) -> list[str]:
        return re.findall(r"[a-z0-9]+", text.lower())

    shingles = set()
    for path in seeds_dir.glob("*.txt"):
        w = words(path.read_text(encoding="utf-8", errors="replace"))
        shingles.update(" ".join(w[i : i + 10]) for i in range(len(w) - 9))
    w = words(default_kb_path().read_text(encoding="utf-8"))
    copied = [" ".join(w[i : i + 10]) for i in range(len(w) - 9) if " ".join(w[i : i + 10]) in shingles]
    assert not copied, copied[:3]


def test_pure_python_and_libyaml_loaders_read_the_same_knowledge_base(monkeypatch: pytest.MonkeyPatch) -> None:
    # the C loader is used when PyYAML has it; a PyYAML built without libyaml must read the same
    from careergraph.loaders import kb

    fast = read_knowledge_base()
    monkeypatch.setattr(kb, "_SAFE_LOADER", yaml.SafeLoader)
    assert read_knowledge_base() == fast
    assert len(fast["roles"]) > 40


def test_the_built_knowledge_base_is_cached_by_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from careergraph.graph.store import dumps
    from careergraph.loaders import kb

    monkeypatch.setenv(kb.CACHE_ENV, str(tmp_path / "cache"))
    source = tmp_path / "mine.yaml"
    source.write_bytes(kb.default_kb_path().read_bytes())
    built = load_knowledge_base(source)
    [cache] = (tmp_path / "cache").iterdir()
    again = load_knowledge_base(source)  # from the cache
    assert dumps(again) == dumps(built) and type(again) is type(built)
    cache.write_text("{ broken")  # a broken cache is rebuilt, not an error
    assert dumps(load_knowledge_base(source)) == dumps(built)
    renamed = source.read_text().replace("name: Store manager\n", "name: Shop manager\n    key: store-manager\n")
    source.write_text(renamed)
    assert load_knowledge_base(source).nodes["store-manager"]["name"] == "Shop manager"  # new content, new key
    assert len(list((tmp_path / "cache").iterdir())) == 2
    monkeypatch.setenv(kb.CACHE_ENV, "")
    assert load_knowledge_base(source).nodes["store-manager"]["name"] == "Shop manager"
    assert len(list((tmp_path / "cache").iterdir())) == 2  # off: nothing written
