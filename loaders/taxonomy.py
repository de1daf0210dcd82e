"""What the O*NET and ESCO loaders share: problems, the load report, credits and versions.

A standard taxonomy is a *layer* of the graph: its occupations are roles that
carry ``layer`` (``"onet"`` or ``"esco"``) and their codes, and every fact's
evidence names the dataset, its version, the file and the row. The graph keeps
``g.graph["layers"]``, ``{dataset: {"version": ..., "credit": ...}}``; after a
trip through a store that drops graph attributes (CSV, Neo4j) the versions are
read back from the evidence (:func:`layer_versions`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from careergraph.graph.errors import CareerGraphError
from careergraph.graph.schema import is_dataset_evidence

__all__ = [
    "CREDITS",
    "ESCO",
    "ONET",
    "LayerLoad",
    "TaxonomyError",
    "TaxonomyProblem",
    "credit_line",
    "dataset_evidence",
    "layer_versions",
]

#: Dataset names as evidence records and ``g.graph["layers"]`` name them.
ONET = "O*NET"
ESCO = "ESCO"

#: The credit each dataset's terms ask for, ``{version}`` filled in by :func:`credit_line`.
CREDITS: dict[str, str] = {
    ONET: (
        "This includes information from the O*NET {version} Database by the U.S. Department of Labor, "
        "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET is a "
        "trademark of USDOL/ETA. careergraph has modified the data (rows selected, titles matched to its own "
        "roles); USDOL/ETA has not approved, endorsed, or tested these modifications."
    ),
    ESCO: (
        "ESCO, European Commission, version {version}: the European Skills, Competences, Qualifications and "
        "Occupations classification, reused under Commission Decision 2011/833/EU."
    ),
}


class TaxonomyError(CareerGraphError):
    """Nothing usable could be read from a taxonomy folder."""


@dataclass(frozen=True)
class TaxonomyProblem:
    """One problem met while reading a taxonomy file: the file, the line when known, what is wrong.

    Examples
    --------
    >>> str(TaxonomyProblem("Job Zones.txt", "3 fields, expected 4", line=7))
    'Job Zones.txt, line 7: 3 fields, expected 4'
    """

    file: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}, line {self.line}"
        return f"{where}: {self.message}"


@dataclass
class LayerLoad:
    """What a taxonomy loader read: the graph, the dataset's version, the files read and missing, the problems."""

    graph: nx.MultiDiGraph
    dataset: str
    version: str
    folder: Path
    files: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    problems: list[TaxonomyProblem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def credit(self) -> str:
        """The credit line for this dataset and version."""
        return credit_line(self.dataset, self.version)


def read_dataset_text(source: Path, problems: list[TaxonomyProblem], *, fallback: str) -> str:
    """A dataset file's text: UTF-8 (a byte-order mark dropped), else decoded by ``fallback`` with a problem noted.

    ``fallback`` is ``"latin-1"`` (O*NET's older files) or ``"replace"`` (UTF-8 with U+FFFD).

    Raises
    ------
    TaxonomyError
        The file cannot be read; the message names it.
    """
    try:
        raw = source.read_bytes()
    except OSError as exc:
        raise TaxonomyError(f"{source}: cannot read ({exc.strerror})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        how = "read as Latin-1" if fallback == "latin-1" else "read with replacements"
        problems.append(TaxonomyProblem(source.name, f"not UTF-8 at byte {exc.start}; {how}"))
        return raw.decode("latin-1") if fallback == "latin-1" else raw.decode("utf-8", errors="replace")


def credit_line(dataset: str, version: str) -> str:
    """The credit line of a dataset at a version.

    Examples
    --------
    >>> credit_line("ESCO", "1.2.0")[:30]
    'ESCO, European Commission, ver'
    """
    return CREDITS.get(dataset, "{version}").format(version=version)


def dataset_evidence(dataset: str, version: str, file: str, row: int) -> dict[str, Any]:
    """An evidence record naming one data row of a dataset file (row 1 follows the header).

    Examples
    --------
    >>> dataset_evidence("O*NET", "29.2", "Job Zones.txt", 3)
    {'doc': 'Job Zones.txt', 'dataset': 'O*NET', 'version': '29.2', 'row': 3}
    """
    return {"doc": file, "dataset": dataset, "version": version, "row": row}


def layer_versions(g: nx.MultiDiGraph) -> dict[str, str]:
    """The taxonomy layers a graph holds, ``{dataset: version}``.

    From ``g.graph["layers"]`` when present, else from the evidence of the
    standard-layer roles (a graph read back from CSV or Neo4j).

    Examples
    --------
    >>> import careergraph
    >>> layer_versions(careergraph.build())
    {}
    """
    recorded = g.graph.get("layers")
    if isinstance(recorded, Mapping) and recorded:
        return {str(name): str(info.get("version", "?")) for name, info in recorded.items()}
    found: dict[str, str] = {}
    for _, data in g.nodes(data=True):
        if data.get("layer") is None:
            continue
        for item in _records(data.get("evidence", ())):
            found.setdefault(item["dataset"], item["version"])
            break
    return dict(sorted(found.items()))


def _records(evidence: Iterable[Mapping[str, Any]]) -> Iterable[Mapping[str, Any]]:
    return (item for item in evidence if is_dataset_evidence(item))


def record_layer(g: nx.MultiDiGraph, dataset: str, version: str) -> None:
    """Note in ``g.graph`` that the graph holds ``dataset`` at ``version``, with its credit."""
    layers = dict(g.graph.get("layers") or {})
    layers[dataset] = {"version": version, "credit": credit_line(dataset, version)}
    g.graph["layers"] = layers
