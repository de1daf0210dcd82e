"""The text loader: documents (.txt, .md, .html) in, a careergraph graph out.

Every role, skill, job group, transition, requirement and salary read from a
document carries evidence ``{doc, start, end, quote}`` where ``quote`` is
exactly ``text[start:end]`` of the document as decoded (for HTML, of the file
text itself: tags, scripts and styles are blanked out before reading, with
offsets kept). The same fact from several documents merges into one node or
edge holding every piece of evidence; salary figures that disagree are all
kept, each with its document.

Bad input never loses the rest: :func:`load_documents` returns the graph of
the documents it could read and one :class:`DocumentProblem` per file it could
not (missing path, folder without documents, empty, binary or oversized file,
unsupported type) or read only in part (invalid UTF-8, replaced).
"""

from __future__ import annotations

import codecs
import functools
import html
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from careergraph.graph.errors import CareerGraphError
from careergraph.graph.schema import ENDPOINTS, Label, RelType
from careergraph.graph.store import add_node, add_relationship, add_salaries, new_graph
from careergraph.loaders.kb import load_knowledge_base
from careergraph.loaders.linking import link_keys
from careergraph.loaders.text_extract import DocumentFacts, extract_facts, paused_gc
from careergraph.loaders.text_nlp import Vocabulary, make_nlp
from careergraph.loaders.text_rules import check_rule_ids

__all__ = [
    "MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "Document",
    "DocumentError",
    "DocumentProblem",
    "LoadResult",
    "default_vocabulary",
    "facts_to_graph",
    "find_documents",
    "load_documents",
    "read_document",
    "strip_html",
]

#: File types the loader reads.
SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
#: Files larger than this are refused.
MAX_BYTES = 50 * 1024 * 1024
_HTML = (".html", ".htm")
_MARKDOWN = (".md", ".markdown")


class DocumentError(CareerGraphError, OSError):
    """A document that cannot be read; the message names the file and the problem."""


@dataclass(frozen=True)
class DocumentProblem:
    """A file that could not be loaded (``fatal``) or was loaded with a warning."""

    path: str
    message: str
    fatal: bool = True

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class Document:
    """A document read from disk.

    ``text`` is the decoded file (what evidence quotes), ``plain`` the same
    text with markup blanked out to spaces (same length, what is read).
    """

    name: str
    path: Path
    text: str
    plain: str
    warnings: tuple[str, ...] = ()


@dataclass
class LoadResult:
    """What :func:`load_documents` returns: the graph, the documents read, the problems met."""

    graph: nx.MultiDiGraph
    documents: list[str] = field(default_factory=list)
    problems: list[DocumentProblem] = field(default_factory=list)


@functools.lru_cache(maxsize=1)
def default_vocabulary() -> Vocabulary:
    """The pipeline and the general vocabulary the loader reads documents with (built once per process).

    It holds no knowledge-base name: titles are read by their shape (head words, "head of X",
    the O*NET title lexicon) and by the documents' own structure, so that a document is read the
    same whether or not it is merged onto the knowledge base; merging links what was read to
    knowledge-base keys afterwards (:func:`careergraph.loaders.linking.link_keys`). A vocabulary
    of known names (``Vocabulary.from_sections(make_nlp(), read_knowledge_base())``) may still be
    passed to :func:`load_documents`.

    Returns
    -------
    Vocabulary

    Examples
    --------
    >>> vocab = default_vocabulary()
    >>> vocab.entries
    {}
    """
    return Vocabulary.from_sections(make_nlp(), {})


def find_documents(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[DocumentProblem]]:
    """Expand files and folders into the supported documents they name.

    Folders are searched recursively (hidden files skipped); a folder without
    supported documents, a missing path and a file of another type are problems.

    Examples
    --------
    >>> files, problems = find_documents(["no/such/place.txt"])
    >>> files, str(problems[0])
    ([], 'no/such/place.txt: no such file or folder')
    """
    files: list[Path] = []
    problems: list[DocumentProblem] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            problems.append(DocumentProblem(str(path), "no such file or folder"))
        elif path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUPPORTED_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                problems.append(
                    DocumentProblem(str(path), f"folder holds no supported documents ({', '.join(SUPPORTED_SUFFIXES)})")
                )
            files.extend(found)
        elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
            problems.append(
                DocumentProblem(str(path), f"unsupported file type {path.suffix or '(none)'!r}; use .txt, .md or .html")
            )
        else:
            files.append(path)
    unique = list(dict.fromkeys(files))
    return unique, problems


def read_document(path: str | os.PathLike[str]) -> Document:
    """Read one document, refusing what cannot be text.

    Invalid UTF-8 is decoded with U+FFFD replacements and a warning. HTML has
    its scripts, styles, comments and tags blanked out (offsets kept).

    Raises
    ------
    DocumentError
        Missing, empty, binary or over :data:`MAX_BYTES`; the message names the file.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.html"
    >>> _ = p.write_text("<p>Hi<script>x()</script></p>", encoding="utf-8")
    >>> doc = read_document(p)
    >>> doc.plain.split(), doc.text[3:5]
    (['Hi'], 'Hi')
    """
    source = Path(path)
    try:
        size = source.stat().st_size
    except FileNotFoundError:
        raise DocumentError(f"{source}: no such file") from None
    except OSError as exc:
        raise DocumentError(f"{source}: cannot read ({exc.strerror})") from None
    if size > MAX_BYTES:
        raise DocumentError(
            f"{source}: file is {size / 1024 / 1024:.0f} MB, over the {MAX_BYTES // 1024 // 1024} MB limit"
        )
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{source}: cannot read ({exc.strerror})") from None
    if not data.strip():
        raise DocumentError(f"{source}: file is empty")
    warnings: list[str] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # UTF-16 text (as some Windows editors save it) is full of zero bytes but is not binary
        data = data.decode("utf-16", errors="replace").encode("utf-8")
        warnings.append("UTF-16 text, read as such (quotes refer to the decoded text)")
    if _looks_binary(data):
        raise DocumentError(f"{source}: binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        warnings.append(
            f"invalid UTF-8 at byte {exc.start}; {bad} undecodable byte sequence{'s' if bad != 1 else ''} replaced"
        )
    suffix = source.suffix.lower()
    if suffix in _HTML:
        plain = strip_html(text)
    elif suffix in _MARKDOWN:
        plain = _strip_markdown(text)
    else:
        plain = text
    if not plain.strip():
        raise DocumentError(f"{source}: no text left once markup is removed")
    return Document(source.name, source, text, plain, tuple(warnings))


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control > len(head) * 0.05


# an element, comment or CDATA section left unclosed runs to the end of the document, as browsers read it
_HTML_DROP = re.compile(
    r"<(script|style|noscript|template)\b.*?(?:</\1\s*>|\Z)|<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)", re.I | re.S
)
_HTML_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|<![^>]*>|<\?[^>]*>", re.S)
_HTML_BLOCK = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer nav title dt dd "
    "blockquote pre hr main aside figure figcaption form".split()
)
_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,30}|#\d{1,7}|#x[0-9a-fA-F]{1,6});")


def strip_html(text: str) -> str:
    """Blank out scripts, styles, comments, tags and entities; the result has the same length.

    Block tags become a line break (then spaces), so paragraphs stay apart; a list item's
    opening tag becomes a line break and a bullet ("\\n• "), so the item reads as one in plain
    text does. A script, style, noscript or template element (or a comment) that is never
    closed runs to the end of the document, as in a browser, so none of its text is read.

    Examples
    --------
    >>> plain = strip_html("<h1>Roles</h1><style>p{}</style><p>Store manager</p>")
    >>> plain.split("\\n")[1].strip(), plain.split(), len(plain)
    ('Roles', ['Roles', 'Store', 'manager'], 52)
    >>> strip_html("<p>Buyer</p><script>var title = 'Picker'").split()
    ['Buyer']
    >>> strip_html("<ul><li>Pack orders</li></ul>").split("\\n")[2].split()
    ['•', 'Pack', 'orders']
    """

    def blank(match: re.Match[str]) -> str:
        return " " * len(match.group(0))

    def tag(match: re.Match[str]) -> str:
        name = (match.group(1) or "").lower()
        if name == "li" and not match.group(0).startswith("</"):
            return "\n• " + " " * (len(match.group(0)) - 3)  # a list item opens with a bullet, as in plain text
        if name in _HTML_BLOCK:
            return "\n" + " " * (len(match.group(0)) - 1)
        return " " * len(match.group(0))

    def entity(match: re.Match[str]) -> str:
        raw = match.group(0)
        char = html.unescape(raw)
        return (char if len(char) == 1 and not char.isspace() else " ").ljust(len(raw))

    out = _HTML_DROP.sub(lambda m: "\n" + " " * (len(m.group(0)) - 1), text)
    out = _HTML_TAG.sub(tag, out)
    out = _ENTITY.sub(entity, out)
    return out


_MD_MARKS = re.compile(r"^[ \t]*(?:#{1,6}|>|[-*+])[ \t]|[*_`]{1,3}(?=\S)|(?<=\S)[*_`]{1,3}|\]\([^)\s]*\)|!?\[", re.M)


def _strip_markdown(text: str) -> str:
    def blank(match: re.Match[str]) -> str:
        raw = match.group(0)
        # a list marker becomes a comma-free gap; keep line structure
        return re.sub(r"[^\n]", " ", raw)

    return _MD_MARKS.sub(blank, text)


def facts_to_graph(
    facts: Iterable[DocumentFacts], *, base: nx.MultiDiGraph | None = None, vocab: Vocabulary | None = None
) -> nx.MultiDiGraph:
    """Merge the facts of several documents into one graph (onto ``base`` when given).

    Known nodes keep their knowledge-base key and name; new roles and skills
    become new nodes. Same fact, several documents: one node or edge, all the
    evidence. Salaries: every figure kept with its document. A key that
    ``base`` (or an earlier document) holds under another label keeps that
    label, and facts that would need the other label are dropped.

    Parameters
    ----------
    facts : iterable of DocumentFacts
        What :func:`~careergraph.loaders.text_extract.extract_facts` read, one per document.
    base : networkx.MultiDiGraph, optional
        The graph to merge onto (copied, not changed); default an empty graph.
    vocab : Vocabulary, optional
        Unused; kept for symmetry with :func:`load_documents`.

    Returns
    -------
    networkx.MultiDiGraph

    Examples
    --------
    >>> from careergraph.loaders.text_extract import extract_facts
    >>> vocab = default_vocabulary()
    >>> a = extract_facts(vocab, "a.txt", "Store managers are promoted to operations directors.")
    >>> b = extract_facts(vocab, "b.txt", "A store manager grows into an operations director.")
    >>> g = facts_to_graph([a, b])
    >>> [e["doc"] for e in g.edges["store-manager", "operations-director", "TRANSITIONS_TO"]["evidence"]]
    ['a.txt', 'b.txt']
    """
    g = base.copy() if base is not None else new_graph()
    del vocab
    # Gather every document's facts first: merging edge by edge into the graph re-checks the
    # whole evidence list each time, which is quadratic in the number of documents.
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[RelType, str, str], dict[str, Any]] = {}
    salaries: list[tuple[str, str, dict[str, Any]]] = []

    def edge(rel: RelType, a: str, b: str) -> dict[str, Any]:
        held = edges.get((rel, a, b))
        if held is None:
            held = edges[rel, a, b] = {"evidence": []}
        return held

    for doc_facts in facts:
        for key, node in doc_facts.nodes.items():
            held = nodes.setdefault(key, {"label": node["label"], "name": node["name"], "evidence": []})
            if _LABEL_RANK[Label(node["label"])] < _LABEL_RANK[Label(held["label"])]:
                # one key, one label: a role named like a skill another document read ("manager") is the role,
                # whichever document came first (its moves and pay would be lost to the skill)
                held = nodes[key] = {"label": node["label"], "name": node["name"], "evidence": []}
            if held["label"] == node["label"]:
                held["evidence"].extend(node["evidence"])
                held.setdefault("aliases", []).extend(node.get("aliases") or ())
        for (a, b), record in doc_facts.transitions.items():
            held = edge(RelType.TRANSITIONS_TO, a, b)
            held.setdefault("kind", str(record["kind"]))
            held["evidence"].extend(record["evidence"])
            for bound, pick in (("years_min", min), ("years_max", max)):
                if record.get(bound) is not None:
                    held[bound] = record[bound] if held.get(bound) is None else pick(held[bound], record[bound])
        for (role, skill), record in doc_facts.requires.items():
            held = edge(RelType.REQUIRES, role, skill)
            held["importance"] = max(held.get("importance", 1), record["importance"])
            held["evidence"].extend(record["evidence"])
        for (role, group), evidence in doc_facts.in_group.items():
            edge(RelType.IN_GROUP, role, group)["evidence"].extend(evidence)
        for (a, b), evidence in doc_facts.handoffs.items():
            edge(RelType.HANDS_OFF_TO, a, b)["evidence"].extend(evidence)
        salaries.extend((doc_facts.doc, s["role"], s) for s in doc_facts.salaries)
    # a name the base knows takes the base's key ("Operations directors" -> operations-director)
    linked = link_keys(nodes, g) if g.number_of_nodes() else {}
    for key, node in nodes.items():
        key = linked.get(key, key)
        if key in g and g.nodes[key]["label"] != Label(node["label"]).value:
            continue  # a new skill named like a known role ("logistics"): the known node stands
        name = node["name"] if key not in g else g.nodes[key]["name"]
        add_node(g, node["label"], name, key=key, aliases=node.get("aliases") or (), evidence=node["evidence"])
    for (rel, a, b), record in edges.items():
        a, b = linked.get(a, a), linked.get(b, b)
        want = tuple(label.value for label in ENDPOINTS[rel])
        if a == b or a not in g or b not in g or (g.nodes[a]["label"], g.nodes[b]["label"]) != want:
            continue  # an end that lost its label to a known node of another kind
        add_relationship(g, rel, a, b, **record)
    figures: dict[str, list[dict[str, Any]]] = {}
    for doc, role, salary in salaries:
        role = linked.get(role, role)
        if g.nodes[role]["label"] != Label.ROLE.value:
            continue
        ev = salary["evidence"]
        figures.setdefault(role, []).append(
            {
                "doc": doc,
                "min": salary["min"],
                "max": salary["max"],
                "currency": salary["currency"],
                "period": salary["period"],
                "note": f"chars {ev['start']}-{ev['end']}: {ev['quote']}",
                "rule": ev.get("rule", "salaries.figure"),
            }
        )
    for role, stated in figures.items():
        add_salaries(g, role, stated)
    return g


def load_documents(
    paths: Iterable[str | os.PathLike[str]],
    *,
    kb: bool | nx.MultiDiGraph = True,
    vocab: Vocabulary | None = None,
    workers: int = 1,
    disabled: Iterable[str] = (),
) -> LoadResult:
    """Read documents and build their graph, merged onto the knowledge base by default.

    Parameters
    ----------
    paths : iterable of paths
        Files and folders (.txt, .md, .html).
    kb : bool or networkx.MultiDiGraph, default True
        ``True`` merges onto the bundled knowledge base, ``False`` gives the
        extracted graph alone, a graph merges onto that graph.
    vocab : Vocabulary, optional
        The known names to match (default: :func:`default_vocabulary`, which knows none: what
        is read is linked to the knowledge base's keys when merged onto it).
    workers : int, default 1
        Processes that read and extract the documents side by side (0: one per CPU). The
        graph, documents and problems are the same whatever the number.
    disabled : iterable of str, optional
        Text-loader rules to switch off, by id (:data:`careergraph.loaders.text_rules.RULES`).

    Returns
    -------
    LoadResult
        The graph, the documents read and one problem per bad file. It never
        raises for a bad document.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Store managers are promoted to operations directors.", encoding="utf-8")
    >>> result = load_documents([folder / "a.txt", folder / "gone.txt"], kb=False)
    >>> sorted(result.graph.nodes), [p.message for p in result.problems]
    (['operations-director', 'store-manager'], ['no such file or folder'])
    >>> ev = result.graph.edges["store-manager", "operations-director", "TRANSITIONS_TO"]["evidence"][0]
    >>> ev["quote"]
    'Store managers are promoted to operations directors.'
    """
    if workers < 0:
        raise ValueError(f"workers must be 0 (one per CPU) or more, got {workers}")
    off = check_rule_ids(disabled)
    with paused_gc():  # the facts of every document stay alive until merged: see paused_gc
        return _load(paths, kb, vocab or default_vocabulary(), workers or os.cpu_count() or 1, off)


#: which label a key keeps when documents read it as nodes of two kinds (lower wins)
_LABEL_RANK = {Label.ROLE: 0, Label.JOB_GROUP: 1, Label.SKILL: 2}


def _load(
    paths: Iterable[str | os.PathLike[str]],
    kb: bool | nx.MultiDiGraph,
    vocab: Vocabulary,
    workers: int,
    disabled: frozenset[str],
) -> LoadResult:
    files, problems = find_documents(paths)
    all_facts: list[DocumentFacts] = []
    names: list[str] = []
    if workers > 1 and len(files) > 1:
        read = _read_in_processes(files, vocab, workers, disabled)
    else:
        read = (_read_one(path, vocab, disabled) for path in files)
    for name, facts, found in read:
        problems.extend(found)
        if facts is not None:
            all_facts.append(facts)
            names.append(name)
    if kb is True:
        base: nx.MultiDiGraph | None = load_knowledge_base()
    elif kb is False:
        base = None
    else:
        base = kb
    graph = facts_to_graph(all_facts, base=base, vocab=vocab)
    return LoadResult(graph, names, problems)


_Read = tuple[str, DocumentFacts | None, list[DocumentProblem]]


def _read_one(path: Path, vocab: Vocabulary, disabled: frozenset[str] = frozenset()) -> _Read:
    """One document read and its facts extracted; a bad file gives its problem instead of facts."""
    try:
        document = read_document(path)
    except DocumentError as exc:
        return str(path), None, [DocumentProblem(str(path), str(exc).removeprefix(f"{path}: "))]
    found = [DocumentProblem(str(path), warning, fatal=False) for warning in document.warnings]
    # (an HTML page's lines are read for their layout in its plain text: tags blanked, list items bulleted)
    layout = document.plain if document.path.suffix.lower() in _HTML else None
    facts = extract_facts(vocab, document.name, document.text, document.plain, disabled=disabled, layout=layout)
    return document.name, facts, found


#: the vocabulary of a worker process (see _read_in_processes)
_WORKER_VOCAB: Vocabulary | None = None


def _start_worker(vocab: Vocabulary | None) -> None:
    global _WORKER_VOCAB
    _WORKER_VOCAB = vocab if vocab is not None else default_vocabulary()


def _read_in_worker(path: Path, disabled: frozenset[str] = frozenset()) -> _Read:
    assert _WORKER_VOCAB is not None
    return _read_one(path, _WORKER_VOCAB, disabled)


def _read_in_processes(
    files: list[Path], vocab: Vocabulary, workers: int, disabled: frozenset[str] = frozenset()
) -> Iterator[_Read]:
    """Documents read by ``workers`` processes, in the order of ``files``.

    Where processes can be forked (Linux), each starts with this process's vocabulary and
    caches; elsewhere each builds the default vocabulary (a custom one is then refused).
    """
    import multiprocessing  # (only a parallel load needs them)
    from concurrent.futures import ProcessPoolExecutor

    context: multiprocessing.context.BaseContext
    if "fork" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("fork")
        given: Vocabulary | None = vocab  # inherited by the fork, not pickled
    else:
        if vocab is not default_vocabulary():
            raise ValueError("workers > 1 needs the default vocabulary where processes cannot be forked")
        context, given = multiprocessing.get_context("spawn"), None
    workers = min(workers, len(files))
    chunk = max(1, len(files) // (workers * 8))
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(given,)) as pool:
        yield from pool.map(functools.partial(_read_in_worker, disabled=disabled), files, chunksize=chunk)
