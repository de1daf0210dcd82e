"""Read the O*NET database text files, as downloaded, into a careergraph graph.

The O*NET database ships as tab-separated text files with a header row
(``db_29_2_text/``). This module reads, from such a folder:

============================  ==============================================================
file                          becomes
============================  ==============================================================
``Occupation Data.txt``       a ``Role`` per occupation: ``onet_soc``, name, description
``Alternate Titles.txt``      the role's ``aliases`` (alternate and short titles)
``Job Zones.txt``             the role's ``job_zone`` (1-5)
``Task Statements.txt``       the role's ``tasks`` (core tasks first)
``Related Occupations.txt``   ``RELATED_TO`` with ``tier`` and ``rank`` (similar work, not a move)
``Technology Skills.txt``     ``Skill`` nodes of kind ``technology`` (``hot_technology``) and
                              ``REQUIRES`` with ``hot_technology`` and ``in_demand``
``Skills.txt``,               ``Skill`` nodes of kind ``skill`` / ``knowledge`` and ``REQUIRES``
``Knowledge.txt``             with ``importance`` (the IM rating rounded) and ``level`` (LV)
============================  ==============================================================

Columns are found by their header names (extra columns, such as the ``Title``
some releases repeat, are ignored). The version comes from ``Read Me.txt``
("O*NET 29.2 Database"), else from a folder named like ``db_29_2_text``. Every
fact's evidence is ``{doc: FILE, dataset: "O*NET", version, row}``.

Bad input never loses the rest: a missing file, a header without the expected
columns, a ragged or truncated row, a row naming an occupation that
``Occupation Data.txt`` lacks, each becomes one :class:`TaxonomyProblem`;
only a folder with no readable ``Occupation Data.txt`` raises
:class:`TaxonomyError`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from careergraph.graph.schema import Label, RelType, slugify
from careergraph.graph.store import add_node, add_relationship, new_graph
from careergraph.loaders.taxonomy import (
    ONET,
    LayerLoad,
    TaxonomyError,
    TaxonomyProblem,
    dataset_evidence,
    read_dataset_text,
    record_layer,
)

__all__ = [
    "FILES",
    "OPTIONAL_FILES",
    "OnetTable",
    "load_onet",
    "onet_role_key",
    "onet_titles",
    "onet_version",
    "read_onet_table",
]

CODE = "O*NET-SOC Code"

#: The columns careergraph needs from each file (others may be present).
FILES: dict[str, tuple[str, ...]] = {
    "Occupation Data.txt": (CODE, "Title", "Description"),
    "Alternate Titles.txt": (CODE, "Alternate Title", "Short Title"),
    "Job Zones.txt": (CODE, "Job Zone"),
    "Related Occupations.txt": (CODE, "Related O*NET-SOC Code", "Relatedness Tier", "Index"),
    "Technology Skills.txt": (CODE, "Example", "Commodity Title", "Hot Technology", "In Demand"),
    "Task Statements.txt": (CODE, "Task", "Task Type"),
    "Skills.txt": (CODE, "Element ID", "Element Name", "Scale ID", "Data Value"),
    "Knowledge.txt": (CODE, "Element ID", "Element Name", "Scale ID", "Data Value"),
}
#: Files read when present and not reported when absent (the ratings are a separate part of the download).
OPTIONAL_FILES = frozenset({"Skills.txt", "Knowledge.txt"})
#: Columns read when a file has them.
_EXTRA_COLUMNS = {
    "Skills.txt": ("Recommend Suppress", "Not Relevant"),
    "Knowledge.txt": ("Recommend Suppress", "Not Relevant"),
}

_CODE = re.compile(r"^\d\d-\d{4}\.\d\d$")
_README_VERSION = re.compile(r"O\*NET\s+(\d+\.\d+)\s+Database")
_FOLDER_VERSION = re.compile(r"db_(\d+)_(\d+)")


@dataclass
class OnetTable:
    """The rows of one O*NET file: ``rows`` as ``(row number, values in the asked columns' order)``."""

    file: str
    columns: tuple[str, ...]
    rows: list[tuple[int, tuple[str, ...]]]


def read_onet_table(
    path: str | os.PathLike[str],
    columns: Sequence[str],
    *,
    optional: Sequence[str] = (),
    problems: list[TaxonomyProblem] | None = None,
) -> OnetTable:
    """Read one tab-separated O*NET file, keeping ``columns`` (and ``optional`` ones, "" when absent).

    A ragged row (a number of fields other than the header's) is reported with
    its line and skipped.

    Raises
    ------
    TaxonomyError
        The file cannot be read, or its header lacks one of ``columns``.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "Job Zones.txt"
    >>> _ = path.write_text("O*NET-SOC Code\\tJob Zone\\r\\n41-2031.00\\t2\\r\\n41-2031.00\\r\\n", encoding="utf-8")
    >>> found = []
    >>> read_onet_table(path, ["O*NET-SOC Code", "Job Zone"], problems=found).rows
    [(1, ('41-2031.00', '2'))]
    >>> print(found[0])
    Job Zones.txt, line 3: 1 field, expected 2
    """
    source = Path(path)
    name = source.name
    report = problems if problems is not None else []
    text = read_dataset_text(source, report, fallback="latin-1")
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise TaxonomyError(f"{source}: empty file, expected the columns {', '.join(columns)}")
    header = [cell.strip() for cell in lines[0].split("\t")]
    missing = [column for column in columns if column not in header]
    if missing:
        raise TaxonomyError(
            f"{source}: unexpected header ({', '.join(header[:8])}); expected the columns {', '.join(columns)}"
        )
    where = [header.index(column) for column in columns]
    extra = [header.index(column) if column in header else -1 for column in optional]
    width = len(header)
    rows: list[tuple[int, tuple[str, ...]]] = []
    row = 0
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        row += 1
        cells = line.split("\t")
        if len(cells) != width:
            report.append(
                TaxonomyProblem(
                    name, f"{len(cells)} field{'s' if len(cells) != 1 else ''}, expected {width}", line=number
                )
            )
            continue
        values = tuple(cells[i].strip() for i in where) + tuple(cells[i].strip() if i >= 0 else "" for i in extra)
        rows.append((row, values))
    return OnetTable(name, tuple(columns) + tuple(optional), rows)


def onet_version(folder: str | os.PathLike[str]) -> str | None:
    """The O*NET release of a folder: from ``Read Me.txt``, else from a name like ``db_29_2_text``.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp()) / "db_28_1_text"
    >>> folder.mkdir()
    >>> onet_version(folder)
    '28.1'
    >>> _ = (folder / "Read Me.txt").write_text("O*NET 29.2 Database\\nFebruary 2025 Release\\n")
    >>> onet_version(folder)
    '29.2'
    """
    source = Path(folder)
    readme = source / "Read Me.txt"
    if readme.is_file():
        found = _README_VERSION.search(readme.read_text(encoding="utf-8", errors="replace")[:2000])
        if found:
            return found.group(1)
    named = _FOLDER_VERSION.search(source.resolve().name)
    return f"{named.group(1)}.{named.group(2)}" if named else None


def onet_role_key(code: str) -> str:
    """The graph key of an O*NET occupation.

    Examples
    --------
    >>> onet_role_key("41-2031.00")
    'onet-41-2031-00'
    """
    return slugify(f"onet {code}")


def onet_titles(folder: str | os.PathLike[str]) -> dict[str, list[str]]:
    """Every O*NET occupation's titles: ``{code: [title, alternate and short titles...]}``.

    Reads ``Occupation Data.txt`` and, when present, ``Alternate Titles.txt``
    ("n/a" short titles left out, duplicates dropped, file order kept). A plain
    reader for building title lexicons; :func:`load_onet` builds the graph.

    Raises
    ------
    TaxonomyError
        ``Occupation Data.txt`` is missing or has not the expected columns.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "Occupation Data.txt").write_text(
    ...     "O*NET-SOC Code\\tTitle\\tDescription\\n41-2031.00\\tRetail Salespersons\\tSell goods.\\n")
    >>> _ = (folder / "Alternate Titles.txt").write_text(
    ...     "O*NET-SOC Code\\tAlternate Title\\tShort Title\\tSource(s)\\n41-2031.00\\tSales Associate\\tn/a\\t08\\n")
    >>> onet_titles(folder)
    {'41-2031.00': ['Retail Salespersons', 'Sales Associate']}
    """
    source = Path(folder)
    occupations = source / "Occupation Data.txt"
    if not occupations.is_file():
        raise TaxonomyError(f"{source}: no Occupation Data.txt (is this an O*NET text download?)")
    titles: dict[str, list[str]] = {}
    for _, (code, title, _description) in read_onet_table(occupations, FILES["Occupation Data.txt"]).rows:
        titles[code] = [title]
    alternates = source / "Alternate Titles.txt"
    if alternates.is_file():
        for _, (code, alternate, short) in read_onet_table(alternates, FILES["Alternate Titles.txt"]).rows:
            if code in titles:
                titles[code].extend(t for t in (alternate, short) if t and t != "n/a")
    return {code: list(dict.fromkeys(names)) for code, names in titles.items()}


def load_onet(
    folder: str | os.PathLike[str],
    *,
    into: nx.MultiDiGraph | None = None,
    min_importance: float = 3.0,
    version: str | None = None,
    on_problem: Callable[[TaxonomyProblem], None] | None = None,
) -> LayerLoad:
    """Read an O*NET text download into a graph.

    Parameters
    ----------
    folder : path
        The unpacked download (``db_29_2_text``), holding at least ``Occupation Data.txt``.
    into : networkx.MultiDiGraph, optional
        Add to this graph (the knowledge base, say) instead of a new one.
    min_importance : float, default 3.0
        Skills and knowledge rated less important than this (O*NET's IM scale,
        1-5) are left out, as are ratings O*NET recommends suppressing.
    version : str, optional
        The release expected; a folder of another release is reported.
    on_problem : callable, optional
        Called with each problem as it is found (they are also in the result).

    Returns
    -------
    LayerLoad
        The graph, the version, the files read and missing, the problems.

    Raises
    ------
    TaxonomyError
        No folder, or no readable ``Occupation Data.txt`` in it.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "Occupation Data.txt").write_text(
    ...     "O*NET-SOC Code\\tTitle\\tDescription\\n41-2031.00\\tRetail Salespersons\\tSell goods.\\n")
    >>> result = load_onet(folder)
    >>> result.graph.nodes["onet-41-2031-00"]["onet_soc"], result.version, len(result.missing)
    ('41-2031.00', 'unknown', 5)
    """
    source = Path(folder)
    if not source.is_dir():
        raise TaxonomyError(f"{source}: no such folder (expected an O*NET text download)")
    if not (source / "Occupation Data.txt").is_file():
        raise TaxonomyError(f"{source}: no Occupation Data.txt (is this an O*NET text download?)")
    found = onet_version(source)
    problems: list[TaxonomyProblem] = []

    def report(problem: TaxonomyProblem) -> None:
        problems.append(problem)
        if on_problem is not None:
            on_problem(problem)

    if found is None:
        report(TaxonomyProblem("Read Me.txt", "missing or without 'O*NET N.N Database': the version is unknown"))
    elif version is not None and found != version:
        report(TaxonomyProblem("Read Me.txt", f"O*NET {found}, not the {version} expected; read as it is"))
    named = _FOLDER_VERSION.search(source.resolve().name)
    if found is not None and named and f"{named.group(1)}.{named.group(2)}" != found:
        report(TaxonomyProblem("Read Me.txt", f"O*NET {found} in a folder named for {named.group(1)}.{named.group(2)}"))
    result = LayerLoad(into if into is not None else new_graph(), ONET, found or "unknown", source, problems=problems)
    tables: dict[str, OnetTable] = {}
    for name, columns in FILES.items():
        path = source / name
        if not path.is_file():
            if name not in OPTIONAL_FILES:
                result.missing.append(name)
                if name != "Occupation Data.txt":
                    report(TaxonomyProblem(name, "missing; read the rest"))
            continue
        file_problems: list[TaxonomyProblem] = []
        try:
            tables[name] = read_onet_table(path, columns, optional=_EXTRA_COLUMNS.get(name, ()), problems=file_problems)
        except TaxonomyError as exc:
            if name == "Occupation Data.txt":
                raise
            report(TaxonomyProblem(name, str(exc).removeprefix(f"{path}: ") + "; file skipped"))
            continue
        for problem in file_problems:
            report(problem)
        result.files.append(name)
    if "Occupation Data.txt" not in tables:
        raise TaxonomyError(f"{source}: no Occupation Data.txt (is this an O*NET text download?)")
    _Builder(result, tables, report, min_importance).build()
    record_layer(result.graph, ONET, result.version)
    return result


class _Builder:
    """Turns the tables read into nodes and relationships, file by file."""

    def __init__(
        self,
        result: LayerLoad,
        tables: dict[str, OnetTable],
        report: Callable[[TaxonomyProblem], None],
        min_importance: float,
    ) -> None:
        self.g = result.graph
        self.result = result
        self.tables = tables
        self.report = report
        self.min_importance = min_importance
        self.version = result.version
        self.keys: dict[str, str] = {}  # code -> role key

    def evidence(self, file: str, row: int) -> dict[str, object]:
        return dataset_evidence(ONET, self.version, file, row)

    def rows(self, name: str) -> Iterator[tuple[int, tuple[str, ...]]]:
        """The rows of a file whose occupation is known; unknown codes reported once per file."""
        table = self.tables.get(name)
        if table is None:
            return
        unknown: list[tuple[int, str]] = []
        for row, values in table.rows:
            if values[0] in self.keys:
                yield row, values
            else:
                unknown.append((row, values[0]))
        if unknown:
            row, code = unknown[0]
            count = len(unknown)
            self.report(
                TaxonomyProblem(
                    name,
                    f"{count} row{'s' if count != 1 else ''} name{'s' if count == 1 else ''} an occupation "
                    f"not in Occupation Data.txt (first: {code!r} in row {row}); skipped",
                )
            )

    def build(self) -> None:
        counts = self.result.counts
        titles: dict[str, tuple[list[str], list[dict[str, object]]]] = {}
        occupations: list[tuple[int, tuple[str, ...]]] = []
        for row, values in self.tables["Occupation Data.txt"].rows:
            code = values[0]
            if not _CODE.match(code):
                self.report(
                    TaxonomyProblem("Occupation Data.txt", f"row {row}: {code!r} is not an O*NET-SOC code; skipped")
                )
                continue
            self.keys[code] = onet_role_key(code)
            titles[code] = ([], [])
            occupations.append((row, values))
        for row, (code, alternate, short) in self.rows("Alternate Titles.txt"):
            names, evidence = titles[code]
            names.extend(t for t in (alternate, short) if t and t != "n/a")
            evidence.append(self.evidence("Alternate Titles.txt", row))
        zones: dict[str, tuple[int, int]] = {}
        for row, (code, value) in self.rows("Job Zones.txt"):
            if value.isdigit() and 1 <= int(value) <= 5:
                zones[code] = (int(value), row)
            else:
                self.report(TaxonomyProblem("Job Zones.txt", f"row {row}: job zone {value!r} is not 1-5; skipped"))
        tasks: dict[str, tuple[list[str], list[str], list[dict[str, object]]]] = {}
        for row, (code, task, kind) in self.rows("Task Statements.txt"):
            core, other, evidence = tasks.setdefault(code, ([], [], []))
            (core if kind == "Core" else other).append(task)
            evidence.append(self.evidence("Task Statements.txt", row))
        for row, (code, title, description) in occupations:
            names, evidence = titles[code]
            evidence.insert(0, self.evidence("Occupation Data.txt", row))
            zone = zones.get(code)
            if zone is not None:
                evidence.append(self.evidence("Job Zones.txt", zone[1]))
            core, other, task_evidence = tasks.get(code, ([], [], []))
            add_node(
                self.g,
                Label.ROLE,
                title,
                key=self.keys[code],
                aliases=list(dict.fromkeys(names)),
                description=description,
                evidence=evidence + task_evidence,
                layer="onet",
                onet_soc=code,
                job_zone=zone[0] if zone else None,
                tasks=(core + other) or None,
            )
        counts["occupations"] = len(occupations)
        counts["alternate titles"] = sum(len(names) for names, _ in titles.values())
        self.related()
        self.technology()
        for name, kind in (("Skills.txt", "skill"), ("Knowledge.txt", "knowledge")):
            self.ratings(name, kind)

    def related(self) -> None:
        rel, count = RelType.RELATED_TO.value, 0
        for row, (code, other, tier, index) in self.rows("Related Occupations.txt"):
            target = self.keys.get(other)
            if target is None:
                self.report(
                    TaxonomyProblem("Related Occupations.txt", f"row {row}: unknown related code {other!r}; skipped")
                )
                continue
            if not index.isdigit():
                self.report(
                    TaxonomyProblem("Related Occupations.txt", f"row {row}: index {index!r} is not a number; skipped")
                )
                continue
            evidence = [self.evidence("Related Occupations.txt", row)]
            add_relationship(
                self.g, rel, self.keys[code], target, tier=tier or None, rank=int(index), evidence=evidence
            )
            count += 1
        self.result.counts["related pairs"] = count

    def technology(self) -> None:
        skills: dict[str, str] = {}
        count = 0
        for row, (code, example, category, hot, demand) in self.rows("Technology Skills.txt"):
            if not example:
                self.report(TaxonomyProblem("Technology Skills.txt", f"row {row}: no technology named; skipped"))
                continue
            evidence = [self.evidence("Technology Skills.txt", row)]
            key = skills.get(example)
            if key is None:
                key = add_node(
                    self.g,
                    Label.SKILL,
                    example,
                    key=f"onet tech {example}",
                    evidence=evidence,
                    layer="onet",
                    kind="technology",
                    category=category or None,
                    hot_technology=hot == "Y",
                )
                skills[example] = key
            elif hot == "Y":
                self.g.nodes[key]["hot_technology"] = True
            add_relationship(
                self.g,
                RelType.REQUIRES,
                self.keys[code],
                key,
                hot_technology=hot == "Y",
                in_demand=demand == "Y",
                evidence=evidence,
            )
            count += 1
        self.result.counts["technology skills"] = count

    def ratings(self, name: str, kind: str) -> None:
        """Skills.txt or Knowledge.txt: one REQUIRES per occupation and element rated important enough."""
        ratings: dict[tuple[str, str], dict[str, tuple[float, int, bool]]] = {}
        labels: dict[str, str] = {}
        for row, (code, element, label, scale, value, suppress, not_relevant) in self.rows(name):
            try:
                number = float(value)
            except ValueError:
                self.report(TaxonomyProblem(name, f"row {row}: data value {value!r} is not a number; skipped"))
                continue
            labels.setdefault(element, label)
            drop = suppress == "Y" or not_relevant == "Y"
            ratings.setdefault((code, element), {})[scale] = (number, row, drop)
        count = 0
        skills: dict[str, str] = {}
        for (code, element), scales in ratings.items():
            importance = scales.get("IM")
            if importance is None or importance[2] or importance[0] < self.min_importance:
                continue
            level = scales.get("LV")
            evidence = [self.evidence(name, importance[1])]
            if level is not None and not level[2]:
                evidence.append(self.evidence(name, level[1]))
            key = skills.get(element)
            if key is None:
                key = skills[element] = add_node(
                    self.g,
                    Label.SKILL,
                    labels[element],
                    key=f"onet {element}",
                    evidence=evidence[:1],
                    layer="onet",
                    kind=kind,
                    onet_element=element,
                )
            add_relationship(
                self.g,
                RelType.REQUIRES,
                self.keys[code],
                key,
                importance=min(5, max(1, round(importance[0]))),
                level=level[0] if level is not None and not level[2] else None,
                evidence=evidence,
            )
            count += 1
        if name in self.tables:
            self.result.counts[f"{kind} ratings"] = count
