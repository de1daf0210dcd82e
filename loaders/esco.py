"""Read the ESCO CSV download (versions 1.1 and 1.2) into a careergraph graph.

ESCO's "classification - en - csv" download is a folder of comma-separated
files with a header row; label lists (``altLabels``) hold one label a line
inside one quoted cell. This module reads:

====================================  ===============================================================
file                                  becomes
====================================  ===============================================================
``occupations_en.csv``                a ``Role`` per occupation: ``esco_uri``, ``isco_group``, name
                                      (``preferredLabel``), ``aliases`` (``altLabels``), description
``skills_en.csv``                     ``Skill`` nodes with ``esco_uri`` and ``kind`` (``skill`` for
                                      ESCO's skill/competence, ``knowledge``)
``occupationSkillRelations_en.csv``   ``REQUIRES`` with ``relation`` (``essential`` / ``optional``)
``broaderRelationsOccPillar_en.csv``  ``HAS_BROADER`` between occupations (a classification, not a move);
                                      an ISCO group as the broader concept fills ``isco_group``
====================================  ===============================================================

Columns are found by name. Version 1.2 added ``naceCode`` to the occupations
and ``occupationLabel`` / ``skillLabel`` to the skill relations; the version
is read from the folder name ("ESCO dataset - v1.2.0 - ...") and else from
those columns, and a file whose layout is of the other version is reported.
Every fact's evidence is ``{doc: FILE, dataset: "ESCO", version, row}``.
Another language's files (``occupations_de.csv``) are read with ``language="de"``.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import networkx as nx

from careergraph.graph.schema import Label, RelType, slugify
from careergraph.graph.store import add_node, add_relationship, new_graph
from careergraph.loaders.taxonomy import (
    ESCO,
    LayerLoad,
    TaxonomyError,
    TaxonomyProblem,
    dataset_evidence,
    read_dataset_text,
    record_layer,
)

__all__ = ["COLUMNS", "REQUIRED", "esco_role_key", "esco_version", "load_esco", "read_esco_table"]

#: The columns careergraph needs from each file, by file stem (the ``_en.csv`` is added).
COLUMNS: dict[str, tuple[str, ...]] = {
    "occupations": ("conceptUri", "preferredLabel", "altLabels", "iscoGroup", "description"),
    "skills": ("conceptUri", "preferredLabel", "altLabels", "skillType", "description"),
    "occupationSkillRelations": ("occupationUri", "relationType", "skillUri"),
    "broaderRelationsOccPillar": ("conceptType", "conceptUri", "broaderType", "broaderUri"),
}
#: How many of those columns (the first ones) a file must have; the others read as "" when absent.
REQUIRED = {"occupations": 2, "skills": 2, "occupationSkillRelations": 3, "broaderRelationsOccPillar": 4}
#: Columns only version 1.2 has, per file stem.
_V12_COLUMNS = {"occupations": "naceCode", "occupationSkillRelations": "skillLabel"}
_OPTIONAL = frozenset({"skills", "broaderRelationsOccPillar"})
_FOLDER_VERSION = re.compile(r"v(\d+\.\d+(?:\.\d+)?)")
_SUPPORTED = ("1.1", "1.2")
_SKILL_KINDS = {"skill/competence": "skill", "knowledge": "knowledge", "skill": "skill"}

csv.field_size_limit(16 * 1024 * 1024)  # ESCO descriptions can be long


def esco_role_key(uri: str) -> str:
    """The graph key of an ESCO concept (occupation or skill), from the last part of its URI.

    Examples
    --------
    >>> esco_role_key("http://data.europa.eu/esco/occupation/b1ab3572-fa2f-4624-8eac-3c3d986d237b")
    'esco-b1ab3572-fa2f-4624-8eac-3c3d986d237b'
    """
    return slugify("esco " + uri.rstrip("/").rsplit("/", 1)[-1])


def esco_version(folder: str | os.PathLike[str]) -> str | None:
    """The ESCO version a download folder is named for ("ESCO dataset - v1.2.0 - ..."), or None.

    Examples
    --------
    >>> esco_version("ESCO dataset - v1.1.1 - classification - en - csv")
    '1.1.1'
    >>> esco_version("esco") is None
    True
    """
    found = _FOLDER_VERSION.search(Path(folder).name)
    return found.group(1) if found else None


def read_esco_table(
    path: str | os.PathLike[str],
    columns: Sequence[str],
    *,
    required: int | None = None,
    problems: list[TaxonomyProblem] | None = None,
) -> tuple[list[str], list[tuple[int, tuple[str, ...]]]]:
    """Read one ESCO CSV file: its header and ``(row number, values of columns)`` per row.

    The first ``required`` columns (all by default) must be in the header; the
    others read as "" when absent. A row with a number of fields other than the header's is
    reported with its line and skipped.

    Raises
    ------
    TaxonomyError
        The file cannot be read, or its header lacks a required column.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "occupationSkillRelations_en.csv"
    >>> _ = path.write_text(
    ...     "occupationUri,relationType,skillType,skillUri\\nu:1,essential,knowledge,u:2\\nu:1,optional\\n")
    >>> found = []
    >>> read_esco_table(path, ["occupationUri", "relationType", "skillUri"], problems=found)[1]
    [(1, ('u:1', 'essential', 'u:2'))]
    >>> print(found[0])
    occupationSkillRelations_en.csv, line 3: 2 fields, expected 4
    """
    source = Path(path)
    report = problems if problems is not None else []
    text = read_dataset_text(source, report, fallback="replace")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [cell.strip() for cell in next(reader)]
    except StopIteration:
        raise TaxonomyError(f"{source}: empty file, expected the columns {', '.join(columns)}") from None
    except csv.Error as exc:
        raise TaxonomyError(f"{source}: not a CSV file ({exc})") from None
    if any(c not in header for c in columns[: len(columns) if required is None else required]):
        raise TaxonomyError(
            f"{source}: unexpected header ({', '.join(header[:8])}); expected the columns {', '.join(columns)}"
        )
    where = [header.index(c) if c in header else -1 for c in columns]
    width = len(header)
    rows: list[tuple[int, tuple[str, ...]]] = []
    row = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            report.append(
                TaxonomyProblem(
                    source.name, f"unreadable row ({exc}); the rest of the file skipped", line=reader.line_num
                )
            )
            break
        if not cells or not any(cell.strip() for cell in cells):
            continue
        row += 1
        if len(cells) != width:
            count = len(cells)
            report.append(
                TaxonomyProblem(
                    source.name, f"{count} field{'s' if count != 1 else ''}, expected {width}", line=reader.line_num
                )
            )
            continue
        rows.append((row, tuple(cells[i].strip() if i >= 0 else "" for i in where)))
    return header, rows


def _labels(cell: str) -> list[str]:
    return [label.strip() for label in cell.splitlines() if label.strip()]


def load_esco(
    folder: str | os.PathLike[str],
    *,
    into: nx.MultiDiGraph | None = None,
    language: str = "en",
    labels: Sequence[str] = (),
    version: str | None = None,
    on_problem: Callable[[TaxonomyProblem], None] | None = None,
) -> LayerLoad:
    """Read an ESCO CSV download (v1.1 or v1.2) into a graph.

    Parameters
    ----------
    folder : path
        The unpacked download, holding at least ``occupations_en.csv``.
    into : networkx.MultiDiGraph, optional
        Add to this graph instead of a new one.
    language : str, default "en"
        The language of the files to read (``occupations_{language}.csv``...).
    labels : sequence of str, optional
        Other languages whose labels to keep: the preferred and alternative
        labels of ``occupations_{lang}.csv`` and ``skills_{lang}.csv`` (the
        same download, another language) become aliases of the same concepts.
    version : str, optional
        The version, when the folder's name does not say it (e.g. "1.2.0").
    on_problem : callable, optional
        Called with each problem as it is found (they are also in the result).

    Returns
    -------
    LayerLoad

    Raises
    ------
    TaxonomyError
        No folder, or no readable occupations file in it.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "occupations_en.csv").write_text(
    ...     "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,description,code\\n"
    ...     "Occupation,http://data.europa.eu/esco/occupation/x1,5223,shop assistant,"
    ...     '"sales assistant\\nclerk",Sells.,5223.1\\n')
    >>> result = load_esco(folder)
    >>> node = result.graph.nodes["esco-x1"]
    >>> node["isco_group"], node["aliases"], result.version
    ('5223', ['sales assistant', 'clerk'], '1.1')
    """
    source = Path(folder)
    if not source.is_dir():
        raise TaxonomyError(f"{source}: no such folder (expected an ESCO CSV download)")
    if not (source / f"occupations_{language}.csv").is_file():
        raise TaxonomyError(f"{source}: no occupations_{language}.csv (is this an ESCO CSV download?)")
    problems: list[TaxonomyProblem] = []

    def report(problem: TaxonomyProblem) -> None:
        problems.append(problem)
        if on_problem is not None:
            on_problem(problem)

    named = version or esco_version(source)
    tables: dict[str, tuple[list[str], list[tuple[int, tuple[str, ...]]]]] = {}
    missing: list[str] = []
    files: list[str] = []
    for stem, columns in COLUMNS.items():
        name = f"{stem}_{language}.csv"
        path = source / name
        if not path.is_file():
            missing.append(name)
            if stem != "occupations":
                report(TaxonomyProblem(name, "missing; read the rest"))
            continue
        file_problems: list[TaxonomyProblem] = []
        try:
            tables[stem] = read_esco_table(path, columns, required=REQUIRED[stem], problems=file_problems)
        except TaxonomyError as exc:
            if stem == "occupations":
                raise
            report(TaxonomyProblem(name, str(exc).removeprefix(f"{path}: ") + "; file skipped"))
            continue
        for problem in file_problems:
            report(problem)
        files.append(name)
    if "occupations" not in tables:
        raise TaxonomyError(f"{source}: no occupations_{language}.csv (is this an ESCO CSV download?)")
    layouts = {
        stem: ("1.2" if _V12_COLUMNS[stem] in tables[stem][0] else "1.1") for stem in _V12_COLUMNS if stem in tables
    }
    found = named or layouts["occupations"]
    if named is not None and not named.startswith(_SUPPORTED):
        report(
            TaxonomyProblem(source.name, f"ESCO v{named} is not a version this reader knows (1.1, 1.2); read as it is")
        )
    for stem, layout in layouts.items():
        if not found.startswith(layout):
            report(
                TaxonomyProblem(
                    f"{stem}_{language}.csv", f"has the v{layout} layout in a v{found} download; read as it is"
                )
            )
    result = LayerLoad(into if into is not None else new_graph(), ESCO, found, source, files, missing, problems)
    _build(result, tables, language, report)
    for other in labels:
        _other_language(result, source, other, report)
    record_layer(result.graph, ESCO, found)
    return result


def _build(
    result: LayerLoad,
    tables: dict[str, tuple[list[str], list[tuple[int, tuple[str, ...]]]]],
    language: str,
    report: Callable[[TaxonomyProblem], None],
) -> None:
    g, version = result.graph, result.version

    def evidence(stem: str, row: int) -> dict[str, object]:
        return dataset_evidence(ESCO, version, f"{stem}_{language}.csv", row)

    occupations: dict[str, str] = {}
    for row, (uri, label, alternatives, isco, description) in tables["occupations"][1]:
        if not uri or not label:
            report(TaxonomyProblem(f"occupations_{language}.csv", f"row {row}: no URI or no preferred label; skipped"))
            continue
        occupations[uri] = add_node(
            g,
            Label.ROLE,
            label,
            key=esco_role_key(uri),
            aliases=_labels(alternatives),
            description=description or None,
            evidence=[evidence("occupations", row)],
            layer="esco",
            esco_uri=uri,
            isco_group=isco or None,
        )
    result.counts["occupations"] = len(occupations)
    skills: dict[str, str] = {}
    for row, (uri, label, alternatives, kind, description) in tables.get("skills", ([], []))[1]:
        if not uri or not label:
            continue
        skills[uri] = add_node(
            g,
            Label.SKILL,
            label,
            key=esco_role_key(uri),
            aliases=_labels(alternatives),
            description=description or None,
            evidence=[evidence("skills", row)],
            layer="esco",
            kind=_SKILL_KINDS.get(kind, kind or None),
            esco_uri=uri,
        )
    result.counts["skills"] = len(skills)
    _relations(result, tables, occupations, skills, evidence, report, language)
    _hierarchy(result, tables, occupations, evidence, report, language)


def _other_language(result: LayerLoad, source: Path, language: str, report: Callable[[TaxonomyProblem], None]) -> None:
    """Add the labels of another language's occupation and skill files as aliases of the concepts read."""
    g, count = result.graph, 0
    for stem in ("occupations", "skills"):
        name = f"{stem}_{language}.csv"
        path = source / name
        if not path.is_file():
            report(TaxonomyProblem(name, f"missing: no {language} labels for the {stem}"))
            continue
        problems: list[TaxonomyProblem] = []
        try:
            _, rows = read_esco_table(
                path, ("conceptUri", "preferredLabel", "altLabels"), required=2, problems=problems
            )
        except TaxonomyError as exc:
            report(TaxonomyProblem(name, str(exc).removeprefix(f"{path}: ") + "; file skipped"))
            continue
        for problem in problems:
            report(problem)
        for row, (uri, label, alternatives) in rows:
            key = esco_role_key(uri)
            if key not in g or g.nodes[key].get("esco_uri") != uri:
                continue
            names = [label, *_labels(alternatives)] if label else _labels(alternatives)
            add_node(
                g,
                g.nodes[key]["label"],
                g.nodes[key]["name"],
                key=key,
                aliases=names,
                evidence=[dataset_evidence(ESCO, result.version, name, row)],
            )
            count += 1
        result.files.append(name)
    result.counts[f"{language} labels"] = count


def _unknown(report: Callable[[TaxonomyProblem], None], file: str, what: str, unknown: list[tuple[int, str]]) -> None:
    if unknown:
        row, uri = unknown[0]
        count = len(unknown)
        report(
            TaxonomyProblem(
                file,
                f"{count} row{'s' if count != 1 else ''} name an unknown {what} (first: {uri!r} in row {row}); skipped",
            )
        )


def _relations(
    result: LayerLoad,
    tables: dict[str, tuple[list[str], list[tuple[int, tuple[str, ...]]]]],
    occupations: dict[str, str],
    skills: dict[str, str],
    evidence: Callable[[str, int], dict[str, object]],
    report: Callable[[TaxonomyProblem], None],
    language: str,
) -> None:
    g = result.graph
    unknown: list[tuple[int, str]] = []
    count = 0
    for row, (occupation, relation, skill) in _rows(tables, "occupationSkillRelations"):
        if occupation not in occupations or skill not in skills:
            unknown.append((row, occupation if occupation not in occupations else skill))
            continue
        add_relationship(
            g,
            RelType.REQUIRES,
            occupations[occupation],
            skills[skill],
            relation=relation or None,
            evidence=[evidence("occupationSkillRelations", row)],
        )
        count += 1
    _unknown(report, f"occupationSkillRelations_{language}.csv", "occupation or skill", unknown)
    result.counts["skill relations"] = count


def _hierarchy(
    result: LayerLoad,
    tables: dict[str, tuple[list[str], list[tuple[int, tuple[str, ...]]]]],
    occupations: dict[str, str],
    evidence: Callable[[str, int], dict[str, object]],
    report: Callable[[TaxonomyProblem], None],
    language: str,
) -> None:
    g = result.graph
    unknown: list[tuple[int, str]] = []
    count = 0
    for row, (kind, uri, broader_kind, broader) in _rows(tables, "broaderRelationsOccPillar"):
        if kind != "Occupation":
            continue  # ISCO groups among themselves
        if uri not in occupations:
            unknown.append((row, uri))
            continue
        if broader_kind == "Occupation":
            if broader not in occupations:
                unknown.append((row, broader))
                continue
            add_relationship(
                g,
                RelType.HAS_BROADER,
                occupations[uri],
                occupations[broader],
                evidence=[evidence("broaderRelationsOccPillar", row)],
            )
            count += 1
        elif broader_kind == "ISCOGroup":
            data = g.nodes[occupations[uri]]
            data.setdefault("isco_group", broader.rstrip("/").rsplit("/", 1)[-1].removeprefix("C"))
    _unknown(report, f"broaderRelationsOccPillar_{language}.csv", "occupation", unknown)
    result.counts["broader pairs"] = count


def _rows(
    tables: dict[str, tuple[list[str], list[tuple[int, tuple[str, ...]]]]], stem: str
) -> Iterator[tuple[int, tuple[str, ...]]]:
    return iter(tables.get(stem, ([], []))[1])
