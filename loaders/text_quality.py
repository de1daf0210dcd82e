"""How well the text loader reads: recall and precision of an extracted graph against a reference.

The reference is a graph built from a knowledge-base file (the bundled one for
the five seed articles, or a hand-written one for other documents): the facts a
careful reader takes from the documents. Used by ``benchmarks/text_quality.py``
and by the tests.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from careergraph.graph.schema import Label, RelType
from careergraph.graph.store import add_node, add_relationship, add_salaries, new_graph
from careergraph.loaders.kb import load_knowledge_base
from careergraph.loaders.linking import node_forms

__all__ = [
    "EXTERNAL_SETS",
    "Score",
    "compare",
    "compare_pages",
    "external_folder",
    "page_graph",
    "reference_graph",
    "reference_pages",
    "unverified_quotes",
]

#: the sets of real third-party pages kept outside the repository (never copied into it), in the order they were
#: gathered; each one's references are in ``tests/data/corpus/<name>``
EXTERNAL_SETS = (
    "fresh", "fresh2", "fresh3", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
    "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21",
    "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31",
    "fresh32", "fresh33", "fresh34", "fresh35", "fresh36", "fresh37", "fresh38", "fresh39",
    "fresh40", "fresh41", "fresh42", "fresh43", "fresh44",
)  # fmt: skip


def external_folder(name: str, beside: str | os.PathLike[str]) -> str:
    """Where the pages of an external set are: ``$CAREERGRAPH_<NAME>_CORPUS``, else ``<name>-corpus`` in ``beside``.

    Examples
    --------
    >>> os.environ.pop("CAREERGRAPH_NOSUCHSET_CORPUS", None)
    >>> external_folder("nosuchset", "work").replace(os.sep, "/")
    'work/nosuchset-corpus'
    """
    return os.environ.get(f"CAREERGRAPH_{name.upper()}_CORPUS") or os.path.join(beside, f"{name}-corpus")


def reference_pages(references: str | os.PathLike[str], pages: str | os.PathLike[str]) -> dict[Path, Path | None]:
    """Each reference file (``*.yaml`` in ``references``, sorted) and its page in ``pages`` (the file of the same
    stem, any extension), or None when the page is absent (a page lost with an old machine).

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     for name in ("refs/a.yaml", "refs/b.yaml", "pages/a.txt"):
    ...         Path(d, name).parent.mkdir(exist_ok=True)
    ...         _ = Path(d, name).write_text("x")
    ...     found = reference_pages(Path(d, "refs"), Path(d, "pages"))
    ...     [(ref.name, page.name if page else None) for ref, page in found.items()]
    [('a.yaml', 'a.txt'), ('b.yaml', None)]
    """
    folder = Path(pages)
    return {ref: next(folder.glob(ref.stem + ".*"), None) for ref in sorted(Path(references).glob("*.yaml"))}


@dataclass
class Score:
    """Recall and precision of one kind of fact, with what was missed and what was extra."""

    name: str
    found: int = 0
    expected: int = 0
    extracted: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        """Share of the reference's facts that were extracted (1.0 when there are none)."""
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        """Share of the extracted facts that the reference holds (1.0 when nothing was extracted)."""
        return self.found / self.extracted if self.extracted else 1.0

    def line(self) -> str:
        """One line of the report."""
        return (
            f"{self.name:<22} recall {self.recall:6.1%} ({self.found}/{self.expected})   "
            f"precision {self.precision:6.1%} ({self.found}/{self.extracted})   extra {len(self.extra)}"
        )


def _score(name: str, expected: Iterable[str], extracted: Iterable[str]) -> Score:
    want, got = set(expected), set(extracted)
    return Score(
        name,
        found=len(want & got),
        expected=len(want),
        extracted=len(got),
        missed=sorted(want - got),
        extra=sorted(got - want),
    )


def _matcher(reference: nx.MultiDiGraph, extracted: nx.MultiDiGraph) -> dict[str, str]:
    """Each extracted node's reference key: the same key, else a reference node one of whose names it bears.

    Skills are matched leniently as well: when no name is the same, a skill whose words contain
    all the words of a reference skill's name (or the other way round) is that skill ("SEO" is
    "SEO/SEM", "dynamic blend of creative marketing" is "creative marketing"); the reference skill
    sharing the most words wins. A node the reference does not hold keeps its own key (and
    counts as extra).
    """
    by_form: dict[tuple[str, frozenset[str]], str] = {}
    skill_forms: list[tuple[frozenset[str], str]] = []
    for key, data in reference.nodes(data=True):
        for form in node_forms(data):
            by_form.setdefault((data["label"], form), key)
            if data["label"] == Label.SKILL.value:
                skill_forms.append((_words_of(form), key))
    out: dict[str, str] = {}
    for key, data in extracted.nodes(data=True):
        label = data["label"]
        if key in reference and reference.nodes[key]["label"] == label:
            out[key] = key
            continue
        forms = node_forms(data)
        hit = next((by_form[label, f] for f in forms if (label, f) in by_form), None)
        if hit is None and label == Label.SKILL.value:
            overlaps = [
                (len(f & g), ref_key)
                for f in map(_words_of, forms)
                for g, ref_key in skill_forms
                if (f <= g or g <= f) and f & g - _GENERIC_SKILL_WORDS
            ]
            hit = max(overlaps, key=lambda x: x[0])[1] if overlaps else None
        out[key] = hit if hit is not None else key
    return out


#: words that alone do not make two skills the same (and the Chinese ones: ability, experience, skill, knowledge,
#: management, work)
_GENERIC_SKILL_WORDS = frozenset(
    {"skill", "ability", "experience", "knowledge", "management", "basic", "strong"}
    | {"能力", "经验", "技能", "知识", "管理", "工作"}
)
_HAN = re.compile(r"[\u3400-\u9fff]")


def _words_of(form: frozenset[str]) -> frozenset[str]:
    """A name's words for the lenient match: Chinese, written without spaces, is read as its pairs of characters,
    so that one name written inside another matches as an English name's words inside another's do.

    >>> sorted(_words_of(frozenset({"市场洞察力"})))
    ['场洞', '察力', '市场', '洞察']
    >>> _words_of(frozenset({"seo"})) == {"seo"}
    True
    """
    if not any(_HAN.search(word) for word in form):
        return form
    out: set[str] = set()
    for word in form:
        if _HAN.search(word) and len(word) > 2:
            out.update(word[k : k + 2] for k in range(len(word) - 1))
        else:
            out.add(word)
    return frozenset(out)


def _nodes(g: nx.MultiDiGraph, label: Label, to: dict[str, str] | None = None) -> list[str]:
    return [_to(to, n) for n, data in g.nodes(data=True) if data["label"] == label.value]


def _to(to: dict[str, str] | None, key: str) -> str:
    return str(key) if to is None else to[key]


def _pairs(g: nx.MultiDiGraph, rel: RelType, to: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """The ends of each ``rel`` edge, as reference keys through ``to``."""
    return [(_to(to, u), _to(to, v)) for u, v, key in g.edges(keys=True) if key == rel.value]


def _edges(g: nx.MultiDiGraph, rel: RelType, to: dict[str, str] | None = None) -> list[str]:
    return [f"{u} -> {v}" for u, v in _pairs(g, rel, to)]


def _durations(g: nx.MultiDiGraph, to: dict[str, str] | None = None) -> list[str]:
    """Each move's years as "A -> B: low-high years"; a move that states only the most it takes ("within two
    years": no lower bound) spans from 0, as a reference writes it.

    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("a", "b", key=RelType.TRANSITIONS_TO.value, years_max=2.0)
    'TRANSITIONS_TO'
    >>> _durations(g)
    ['a -> b: 0-2 years']
    """
    out = []
    for u, v, key, data in g.edges(keys=True, data=True):
        if key != RelType.TRANSITIONS_TO.value:
            continue
        low, high = data.get("years_min"), data.get("years_max")
        if low is None and high is None:
            continue
        low = 0.0 if low is None else low
        span = f"{low:g}-{(low if high is None else high):g} years"
        out.append(f"{_to(to, u)} -> {_to(to, v)}: {span}")
    return out


def _salaries(g: nx.MultiDiGraph, docs: set[str] | None, to: dict[str, str] | None = None) -> list[str]:
    out = []
    for node, data in g.nodes(data=True):
        for s in data.get("salaries") or ():
            if docs is None or s["doc"] in docs:
                low, high = (f"{x:g}" if x is not None else "" for x in (s["min"], s["max"]))
                out.append(f"{_to(to, node)}: {low}-{high} {s['currency']}/{s['period']}")
    return out


def compare(
    extracted: nx.MultiDiGraph, reference: nx.MultiDiGraph, *, docs: Iterable[str] | None = None
) -> list[Score]:
    """Score an extracted graph (built without the knowledge base) against a reference graph.

    ``docs`` limits the reference's salary figures to those documents.

    Examples
    --------
    >>> from careergraph.graph.store import new_graph, add_node
    >>> ref, got = new_graph(), new_graph()
    >>> _ = add_node(ref, Label.ROLE, "Store manager"), add_node(ref, Label.ROLE, "Director")
    >>> _ = add_node(got, Label.ROLE, "Store manager"), add_node(got, Label.ROLE, "Intern")
    >>> roles = compare(got, ref)[0]
    >>> roles.recall, roles.precision, roles.extra
    (0.5, 0.5, ['intern'])
    """
    doc_set = set(docs) if docs is not None else None
    to = _matcher(reference, extracted)
    trans = RelType.TRANSITIONS_TO
    return [
        _score("roles", _nodes(reference, Label.ROLE), _nodes(extracted, Label.ROLE, to)),
        _score("skills", _nodes(reference, Label.SKILL), _nodes(extracted, Label.SKILL, to)),
        _score("job groups", _nodes(reference, Label.JOB_GROUP), _nodes(extracted, Label.JOB_GROUP, to)),
        _score("transitions", _edges(reference, trans), _edges(extracted, trans, to)),
        _score("role->skill links", _edges(reference, RelType.REQUIRES), _edges(extracted, RelType.REQUIRES, to)),
        _score("role->group links", _edges(reference, RelType.IN_GROUP), _edges(extracted, RelType.IN_GROUP, to)),
        _score("salary figures", _salaries(reference, doc_set), _salaries(extracted, None, to)),
        _score("transition years", _durations(reference), _durations(extracted, to)),
    ]


def page_graph(graph: nx.MultiDiGraph, doc: str) -> nx.MultiDiGraph:
    """What ``graph`` holds from the document ``doc``: the nodes and edges whose evidence names it, the ends of
    those edges, and only its salary figures (an extraction of several documents split back into pages).

    Examples
    --------
    >>> g = new_graph()
    >>> _ = add_node(g, Label.ROLE, "Cook", evidence=[{"doc": "a.txt", "note": "x"}])
    >>> _ = add_node(g, Label.ROLE, "Chef", evidence=[{"doc": "b.txt", "note": "x"}])
    >>> add_relationship(g, RelType.TRANSITIONS_TO, "cook", "chef", evidence=[{"doc": "a.txt", "note": "x"}])
    >>> sorted(page_graph(g, "a.txt").edges), sorted(page_graph(g, "b.txt").nodes)
    ([('cook', 'chef', 'TRANSITIONS_TO')], ['chef'])
    """

    def has(data: Mapping[str, Any]) -> bool:
        return any(item.get("doc") == doc for item in data.get("evidence") or ())

    out = nx.MultiDiGraph(**graph.graph)
    edges = [(u, v, key, data) for u, v, key, data in graph.edges(keys=True, data=True) if has(data)]
    ends = {n for u, v, _, _ in edges for n in (u, v)}
    for node, data in graph.nodes(data=True):
        if node in ends or has(data):
            mine = [s for s in data.get("salaries") or () if s["doc"] == doc]
            out.add_node(node, **{**data, "salaries": mine} if data.get("salaries") else data)
    for u, v, key, data in edges:
        out.add_edge(u, v, key=key, **data)
    return out


def compare_pages(extracted: nx.MultiDiGraph, references: Mapping[str, nx.MultiDiGraph]) -> list[Score]:
    """Score each page's share of an extracted graph (:func:`page_graph`) against that page's own reference
    (``references``: document name -> its reference graph), summed over the pages kind by kind.

    :func:`compare` scores the merged graph against the merged reference, so a move read on one page counts as
    found when only another page's reference states it; here it does not. The sums make recall = found /
    expected and precision = found / extracted over the pages (a fact two pages state counts once per page);
    missed and extra facts are named ``page: fact``. Each reference holds only its page's salary figures, so
    all of them are expected (as :func:`compare` without ``docs``).

    Examples
    --------
    >>> ref_a, ref_b, got = new_graph(), new_graph(), new_graph()
    >>> ev_a, ev_b = [{"doc": "a.txt", "note": "x"}], [{"doc": "b.txt", "note": "x"}]
    >>> for g, ev in ((ref_a, ev_a), (ref_b, ev_b), (got, ev_a)):
    ...     _ = add_node(g, Label.ROLE, "Cook", evidence=ev), add_node(g, Label.ROLE, "Chef", evidence=ev)
    >>> add_relationship(ref_b, RelType.TRANSITIONS_TO, "cook", "chef", evidence=ev_b)
    >>> add_relationship(got, RelType.TRANSITIONS_TO, "cook", "chef", evidence=ev_a)
    >>> merged = compare(got, nx.compose(ref_a, ref_b))[3]
    >>> (merged.found, merged.expected, merged.extracted)
    (1, 1, 1)
    >>> per_page = compare_pages(got, {"a.txt": ref_a, "b.txt": ref_b})[3]
    >>> (per_page.found, per_page.expected, per_page.extracted), per_page.missed, per_page.extra
    ((0, 1, 1), ['b.txt: cook -> chef'], ['a.txt: cook -> chef'])
    """
    totals: dict[str, Score] = {}
    for doc, reference in references.items():
        for part in compare(page_graph(extracted, doc), reference):
            total = totals.setdefault(part.name, Score(part.name))
            total.found += part.found
            total.expected += part.expected
            total.extracted += part.extracted
            total.missed += [f"{doc}: {fact}" for fact in part.missed]
            total.extra += [f"{doc}: {fact}" for fact in part.extra]
    if not totals:  # no page: every kind empty, in compare's order
        return compare(new_graph(), new_graph())
    return list(totals.values())


_NODE_FIELDS = frozenset({"label", "key", "name", "aliases", "evidence", "salaries"})


def reference_graph(paths: Iterable[str | os.PathLike[str]]) -> nx.MultiDiGraph:
    """One reference graph from several reference files (one per document), merged by key.

    Each file is a knowledge-base file (see :mod:`careergraph.loaders.kb`); a role two files
    hold is one node with both files' aliases and salary figures.
    """
    out = new_graph()
    for path in paths:
        part = load_knowledge_base(path)
        for key, data in part.nodes(data=True):
            extra = {k: v for k, v in data.items() if k not in _NODE_FIELDS}
            aliases = data.get("aliases") or ()
            add_node(out, data["label"], data["name"], key=key, aliases=aliases, evidence=data["evidence"], **extra)
            if data.get("salaries"):
                add_salaries(out, key, data["salaries"])
        for u, v, rel, data in part.edges(keys=True, data=True):
            add_relationship(out, rel, u, v, **{k: x for k, x in data.items() if k != "type"})
    return out


def unverified_quotes(graph: nx.MultiDiGraph, texts: Mapping[str, str]) -> tuple[int, int]:
    """How many quotes of documents in ``texts`` the graph holds, and how many are not ``text[start:end]``.

    ``texts`` maps a document name (as evidence names it) to the text its offsets count in
    (:attr:`careergraph.loaders.text.Document.text`); salary figures are checked by their note.
    """
    checked = wrong = 0
    records = [data.get("evidence") or [] for _, data in graph.nodes(data=True)]
    records += [data.get("evidence") or [] for _, _, data in graph.edges(data=True)]
    for evidence in records:
        for item in evidence:
            if "quote" in item and item["doc"] in texts:
                checked += 1
                wrong += texts[item["doc"]][item["start"] : item["end"]] != item["quote"]
    for _, data in graph.nodes(data=True):
        for salary in data.get("salaries") or ():
            note = salary.get("note") or ""
            if salary["doc"] in texts and note.startswith("chars "):
                span, _, quote = note.removeprefix("chars ").partition(": ")
                start, end = (int(x) for x in span.split("-"))
                checked += 1
                wrong += texts[salary["doc"]][start:end] != quote
    return checked, wrong
