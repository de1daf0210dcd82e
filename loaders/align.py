"""Align careergraph's own roles to standard occupations (O*NET-SOC, ESCO).

Each role of our vocabulary (the knowledge base's, or one extracted from
documents) is matched against the occupations of the standard layers in the
same graph, by their titles: the role's name and English aliases against each
occupation's title and alternate titles (O*NET) or preferred and alternative
labels (ESCO).

The score of a pair of titles is 1.0 when they are the same after
normalisation (case, plurals, hyphens, "e-commerce" / "ecommerce"). Otherwise
it is the Dice overlap of their words, each word weighted by how rare it is
among the standard titles (``log(N / titles holding it)``), times 0.75 when
the last words (the heads: *manager*, *designer*) differ. A standard title
that several occupations of a dataset share identifies none of them: its
scores are divided by the square root of how many hold it ("Store Manager",
an alternate title of two O*NET occupations, gives 0.71). A title of ours
that is an alias counts 0.9 of its score, a one-word alias ("operator",
"director") 0.45, so that it alone never makes a strong match. An occupation's score is its best title's; the title that
gave it is the matched label (ties go to the occupation more of our titles
match).

For the knowledge base's roles, a curated table (``loaders/data/alignment.yaml``)
fixes the mapping where titles are not enough; a curated pair has score 1.0,
method ``curated`` and the table's one-line reason as its evidence. Other
pairs have method ``title`` and the occupation's data row as evidence (the
matched label is kept beside it).
:func:`add_alignments` writes the pairs as ``ALIGNED_TO`` relationships.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
import yaml

from careergraph.graph.cache import cached
from careergraph.graph.errors import CareerGraphError
from careergraph.graph.schema import Label, RelType, is_dataset_evidence
from careergraph.graph.store import add_relationship
from careergraph.loaders.taxonomy import ESCO, ONET

__all__ = [
    "WEAK_SCORE",
    "Alignment",
    "CuratedAlignment",
    "add_alignments",
    "align_roles",
    "default_alignment_path",
    "read_alignment_table",
    "title_score",
]

#: Below this score an alignment is flagged as weak.
WEAK_SCORE = 0.5
_HEAD_MISMATCH = 0.75
_ALIAS = 0.9
_ONE_WORD_ALIAS = 0.45
_KEEP = 200
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_LAYERS = {"onet": ONET, "esco": ESCO}
_CODE_FIELD = {ONET: "onet_soc", ESCO: "esco_uri"}
_STOP = frozenset({"a", "an", "and", "the", "of", "for", "in", "on", "to", "or", "with", "all", "other"})
_WORD = re.compile(r"[a-z0-9]+")
_ECOMMERCE = re.compile(r"\be[\s-]+commerce\b")


@dataclass(frozen=True)
class CuratedAlignment:
    """One entry of the curated table: a role, a dataset, the occupation's code, why."""

    role: str
    dataset: str
    code: str
    reason: str


@dataclass
class Alignment:
    """A role of ours matched to a standard occupation."""

    role: str
    role_name: str
    dataset: str
    occupation: str
    occupation_name: str
    code: str
    score: float
    matched_label: str
    method: str
    evidence: list[dict[str, Any]] = field(default_factory=list)

    @property
    def weak(self) -> bool:
        """True when the score is below :data:`WEAK_SCORE` (and the pair is not curated)."""
        return self.method != "curated" and self.score < WEAK_SCORE

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "role": self.role,
            "role_name": self.role_name,
            "dataset": self.dataset,
            "code": self.code,
            "occupation": self.occupation,
            "occupation_name": self.occupation_name,
            "score": round(self.score, 3),
            "matched_label": self.matched_label,
            "method": self.method,
            "weak": self.weak,
            "evidence": self.evidence,
        }


def _words(text: str) -> list[str]:
    text = _ECOMMERCE.sub("ecommerce", unicodedata.normalize("NFKC", text).lower())
    out = []
    for word in _WORD.findall(text):
        if word in _STOP:
            continue
        if len(word) > 3 and word.endswith("ies"):
            word = word[:-3] + "y"
        elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        out.append(word)
    return out


def title_score(a: str, b: str, weights: Mapping[str, float] | None = None) -> float:
    """The similarity of two job titles, 0-1 (see the module's notes).

    Examples
    --------
    >>> title_score("Store Managers", "store manager")
    1.0
    >>> round(title_score("customer service manager", "customer service representative"), 2)
    0.5
    >>> title_score("logistics", "art director")
    0.0
    """
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    if wa == wb:
        return 1.0
    weight = weights or {}
    sa, sb = set(wa), set(wb)
    shared = sum(weight.get(w, 1.0) for w in sa & sb)
    total = sum(weight.get(w, 1.0) for w in sa) + sum(weight.get(w, 1.0) for w in sb)
    score = 2 * shared / total if total else 0.0
    return score if wa[-1] == wb[-1] else score * _HEAD_MISMATCH


@dataclass
class _TitleIndex:
    """Every standard title as a row of word weights (a sparse matrix), and what each row belongs to."""

    texts: list[str]
    occupation_of: Any  # numpy int array: title row -> index into ``occupations``
    occupations: list[str]
    dataset_of: dict[str, str]  # occupation key -> dataset
    columns: dict[str, int]  # word -> column
    weights: Any  # numpy float array per column: log(1 + titles / titles holding the word)
    matrix: Any  # scipy CSR, titles x words, the word weights
    norms: Any  # numpy float array per title: the sum of its word weights
    heads: Any  # numpy int array per title: the column of its last word
    ambiguity: Any  # numpy float array per title: 1 / sqrt(occupations of its dataset holding the same title)
    exact: dict[tuple[str, ...], list[int]]


def _title_index(g: nx.MultiDiGraph) -> _TitleIndex:
    return cached(g, "standard-titles", _build_index)


def _occupation_evidence(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The occupation's own data row (``Occupation Data.txt``, ``occupations_en.csv``)."""
    for item in data.get("evidence", ()):
        if is_dataset_evidence(item):
            return [dict(item)]
    return []


def _build_index(g: nx.MultiDiGraph) -> _TitleIndex:
    import numpy as np
    from scipy import sparse

    texts: list[str] = []
    words_of: list[tuple[str, ...]] = []
    owner: list[int] = []
    occupations: list[str] = []
    dataset_of: dict[str, str] = {}
    role = Label.ROLE.value
    for key, data in g.nodes(data=True):
        dataset = _LAYERS.get(data.get("layer", ""))
        if dataset is None or data.get("label") != role:
            continue
        dataset_of[key] = dataset
        occupations.append(key)
        for text in [data["name"], *data.get("aliases", ())]:
            words = tuple(dict.fromkeys(_words(text)))
            if words:
                texts.append(text)
                words_of.append(words)
                owner.append(len(occupations) - 1)
    columns: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    exact: dict[tuple[str, ...], list[int]] = {}
    for i, words in enumerate(words_of):
        for word in words:
            rows.append(i)
            cols.append(columns.setdefault(word, len(columns)))
        exact.setdefault(words, []).append(i)
    frequency = np.bincount(np.asarray(cols, dtype=np.int64), minlength=len(columns))
    weights = np.log1p(max(len(texts), 1) / np.maximum(frequency, 1))
    col_array = np.asarray(cols, dtype=np.int64)
    matrix = sparse.csr_matrix(
        (weights[col_array], (np.asarray(rows, dtype=np.int64), col_array)), shape=(len(texts), len(columns))
    )
    norms = np.asarray(matrix.sum(axis=1)).ravel()
    heads = np.asarray([columns[words[-1]] for words in words_of], dtype=np.int64)
    holders: dict[tuple[str, tuple[str, ...]], set[int]] = {}
    for words, occupation in zip(words_of, owner, strict=True):
        holders.setdefault((dataset_of[occupations[occupation]], words), set()).add(occupation)
    ambiguity = np.asarray(
        [len(holders[(dataset_of[occupations[o]], words)]) ** -0.5 for words, o in zip(words_of, owner, strict=True)]
    )
    return _TitleIndex(
        texts,
        np.asarray(owner, dtype=np.int64),
        occupations,
        dataset_of,
        columns,
        weights,
        matrix,
        norms,
        heads,
        ambiguity,
        exact,
    )


def _english(text: str) -> bool:
    return text.isascii() and any(c.isalpha() for c in text)


def _best_titles(index: _TitleIndex, texts: list[str], keep: int) -> list[dict[str, tuple[float, int]]]:
    """For each text, per occupation (the ``keep`` best), the best score of its titles and that title's row.

    One sparse product scores every title against every text at once.
    """
    import numpy as np
    from scipy import sparse

    queries = [tuple(dict.fromkeys(_words(text))) for text in texts]
    rows: list[int] = []
    cols: list[int] = []
    for n, words in enumerate(queries):
        for word in words:
            if word in index.columns:
                rows.append(n)
                cols.append(index.columns[word])
    if not index.texts:
        return [{} for _ in texts]
    col_array = np.asarray(cols, dtype=np.int64)
    query = sparse.csr_matrix(
        (np.ones(len(cols)), (np.asarray(rows, dtype=np.int64), col_array)), shape=(len(texts), len(index.columns))
    )
    # overlap[n, t] = the summed weights of the words text n and title t share
    overlap = (query @ index.matrix.T).tocsr()
    rarest = float(index.weights.max()) if len(index.weights) else 1.0
    out: list[dict[str, tuple[float, int]]] = []
    for n, words in enumerate(queries):
        best: dict[str, tuple[float, int]] = {}
        for i in index.exact.get(words, ()) if words else ():
            occupation = index.occupations[index.occupation_of[i]]
            score = float(index.ambiguity[i])
            if occupation not in best or best[occupation][0] < score:
                best[occupation] = (score, i)
        start, end = overlap.indptr[n], overlap.indptr[n + 1]
        if words and end > start:
            titles = overlap.indices[start:end]
            # a word no standard title has still counts in the denominator, at the weight of the rarest word
            mine = sum(float(index.weights[index.columns[w]]) if w in index.columns else rarest for w in words)
            scores = 2 * overlap.data[start:end] / (mine + index.norms[titles])
            head = index.columns.get(words[-1], -1)
            scores = np.where(index.heads[titles] == head, scores, scores * _HEAD_MISMATCH) * index.ambiguity[titles]
            order = np.argsort(-scores, kind="stable")
            owners = index.occupation_of[titles[order]]
            _, first = np.unique(owners, return_index=True)  # each occupation's best title
            first = first[np.argsort(-scores[order[first]], kind="stable")[:keep]]
            for j in first:
                occupation = index.occupations[owners[j]]
                score = float(scores[order[j]])
                if occupation not in best or best[occupation][0] < score:
                    best[occupation] = (score, int(titles[order[j]]))
        out.append(best)
    return out


def _own_roles(g: nx.MultiDiGraph) -> list[str]:
    role = Label.ROLE.value
    return [key for key, data in g.nodes(data=True) if data.get("label") == role and data.get("layer") is None]


def default_alignment_path() -> Path:
    """The curated alignment table shipped with careergraph."""
    return Path(str(resources.files("careergraph.loaders").joinpath("data/alignment.yaml")))


def read_alignment_table(path: str | os.PathLike[str] | None = None) -> list[CuratedAlignment]:
    """Read a curated alignment table (default: the shipped one).

    Raises
    ------
    CareerGraphError
        The file is missing, not YAML, or an entry lacks its role, code or reason.

    Examples
    --------
    >>> table = read_alignment_table()
    >>> all(entry.reason for entry in table)
    True
    """
    source = Path(path) if path is not None else default_alignment_path()
    try:
        data = yaml.load(source.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except OSError as exc:
        raise CareerGraphError(f"{source}: cannot read ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        raise CareerGraphError(f"{source}: not valid YAML ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("roles"), dict):
        raise CareerGraphError(f"{source}: expected a mapping with 'roles'")
    out: list[CuratedAlignment] = []
    for role, entries in data["roles"].items():
        if not isinstance(entries, dict):
            raise CareerGraphError(f"{source}: roles.{role}: expected a mapping of onet/esco entries")
        for layer, entry in entries.items():
            dataset = _LAYERS.get(layer)
            field_name = "code" if layer == "onet" else "uri"
            if dataset is None or not isinstance(entry, dict):
                raise CareerGraphError(f"{source}: roles.{role}.{layer}: expected onet or esco with {field_name}")
            code, reason = entry.get(field_name), entry.get("reason")
            if not isinstance(code, str) or not isinstance(reason, str) or not reason.strip():
                raise CareerGraphError(f"{source}: roles.{role}.{layer}: needs {field_name} and a one-line reason")
            out.append(CuratedAlignment(str(role), dataset, code, reason.strip()))
    return out


def align_roles(
    g: nx.MultiDiGraph,
    roles: Iterable[str] | None = None,
    *,
    top: int = 1,
    curated: Iterable[CuratedAlignment] | None = None,
) -> dict[str, list[Alignment]]:
    """Match our roles to the standard occupations of ``g``'s O*NET and ESCO layers.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        A graph holding our roles and at least one standard layer.
    roles : iterable of str, optional
        Role keys to align (default: every role that is not of a standard layer).
    top : int, default 1
        Occupations kept per role and dataset, best first.
    curated : iterable of CuratedAlignment, optional
        The curated table (default: the shipped one); an entry whose
        occupation the graph lacks is passed over.

    Returns
    -------
    dict
        Role key -> its alignments (for each dataset present, up to ``top``,
        best first); an empty list when nothing matched.

    Examples
    --------
    >>> from careergraph.graph.store import add_node, new_graph
    >>> g = new_graph()
    >>> _ = add_node(g, "Role", "Online shop manager")
    >>> _ = add_node(g, "Role", "Retail Salespersons", key="onet-41-2031-00", layer="onet",
    ...              onet_soc="41-2031.00", aliases=["Shop Clerk"])
    >>> _ = add_node(g, "Role", "Shop Managers", key="onet-41-1011-00", layer="onet", onet_soc="41-1011.00")
    >>> best = align_roles(g, curated=[])["online-shop-manager"][0]
    >>> best.code, best.matched_label, best.method, round(best.score, 2)
    ('41-1011.00', 'Shop Managers', 'title', 0.77)
    """
    index = _title_index(g)
    wanted = list(roles) if roles is not None else _own_roles(g)
    table: dict[tuple[str, str], CuratedAlignment] = {}
    for curated_entry in read_alignment_table() if curated is None else curated:
        table.setdefault((curated_entry.role, curated_entry.dataset), curated_entry)
    by_code = {(layer, g.nodes[key][_CODE_FIELD[layer]]): key for key, layer in index.dataset_of.items()}
    datasets = sorted(set(index.dataset_of.values()))
    # every English title of every role, scored in one go
    labels: list[tuple[str, str, float]] = []
    for role in wanted:
        data = g.nodes[role]
        for n, text in enumerate([data["name"], *data.get("aliases", ())]):
            if _english(text):
                # an alias counts a little less than the name, a one-word alias ("operator", "director") much less
                factor = 1.0 if n == 0 else (_ALIAS if len(_words(text)) > 1 else _ONE_WORD_ALIAS)
                labels.append((role, text, factor))
    scored = _best_titles(index, [text for _, text, _ in labels], keep=_KEEP)
    best: dict[str, dict[str, tuple[float, int, str]]] = {role: {} for role in wanted}
    support: dict[str, dict[str, float]] = {role: {} for role in wanted}  # breaks ties between equal best scores
    for (role, text, factor), found in zip(labels, scored, strict=True):
        mine, total = best[role], support[role]
        for occupation, (score, i) in found.items():
            score *= factor
            total[occupation] = total.get(occupation, 0.0) + score
            hit = mine.get(occupation)
            if hit is None or score > hit[0]:
                mine[occupation] = (score, i, text)
    result: dict[str, list[Alignment]] = {}
    for role in wanted:
        data = g.nodes[role]
        picks: list[Alignment] = []
        for dataset in datasets:
            entry = table.get((role, dataset))
            fixed = by_code.get((dataset, entry.code)) if entry is not None else None
            kept = 0
            if entry is not None and fixed is not None:
                node = g.nodes[fixed]
                note = {"doc": "alignment.yaml", "note": entry.reason}
                picks.append(
                    Alignment(
                        role,
                        data["name"],
                        dataset,
                        fixed,
                        node["name"],
                        entry.code,
                        1.0,
                        node["name"],
                        "curated",
                        [note],
                    )
                )
                kept = 1
            ranked = sorted(
                (
                    (score, i, occupation)
                    for occupation, (score, i, _) in best[role].items()
                    if index.dataset_of[occupation] == dataset and occupation != fixed
                ),
                key=lambda item: (-round(item[0], 6), -support[role][item[2]], g.nodes[item[2]]["name"]),
            )
            for score, i, occupation in ranked[: max(0, top - kept)]:
                node = g.nodes[occupation]
                picks.append(
                    Alignment(
                        role,
                        data["name"],
                        dataset,
                        occupation,
                        node["name"],
                        node[_CODE_FIELD[dataset]],
                        score,
                        index.texts[i],
                        "title",
                        _occupation_evidence(node),
                    )
                )
        result[role] = picks
    return result


def add_alignments(g: nx.MultiDiGraph, alignments: Mapping[str, Iterable[Alignment]], *, min_score: float = 0.0) -> int:
    """Write alignments as ``ALIGNED_TO`` relationships (those scoring at least ``min_score``); return how many."""
    count = 0
    for found in alignments.values():
        for item in found:
            if item.score < min_score:
                continue
            add_relationship(
                g,
                RelType.ALIGNED_TO,
                item.role,
                item.occupation,
                score=round(item.score, 4),  # four places: as printed, and as every store keeps it
                matched_label=item.matched_label,
                method=item.method,
                evidence=item.evidence,
            )
            count += 1
    return count
