"""Whose requirement a link is: per page, the reference role with the most role -> skill links, whether the
loader found it, and how many extracted links go to roles the page's reference does not hold.

A page whose subject role is not found (or is found under a name the reference does not give it) loses every
link of that role, and each link the loader gives to another name counts as a wrong one. This prints, per set:

* pages: pages with at least one reference link;
* top missed: pages whose top role (the reference role with the most links) is not among the page's extracted
  roles, and the reference links that role carries;
* top unlinked: pages whose top role is found but given none of its links, and the links it carries;
* links to unknown roles: extracted links whose role the page's reference does not hold (and on how many pages);
* missed links of unfound roles: reference links (of any role) missed because their role was not found at all;
  given to another role: missed links whose skill the loader linked to another role of the page.

Then why each link is lost or extra: every link is counted once, under the first cause below that holds, with the
scorer's own matching (:func:`careergraph.loaders.text_quality._matcher`: an extracted role or skill is a reference
one when it bears one of its names, a skill also when its words hold all of a reference skill's words or the other
way round). A *content word* is a word of a name (or alias) that is not a function word (``text_nlp.FILLER``) nor
one of the scorer's generic skill words ("skill", "management", ...), compared by its lemma and a crude stem
("handles" and "handling" meet); an *unknown* skill is an extracted skill that matches no reference skill of the page.

* each MISSED reference link R -> S of a page:
  1. role not found: R is not among the page's extracted roles;
  2. given to another role: S matches a skill the loader linked to another role of the page;
  3. named otherwise: S matches no extracted skill, but an unknown skill the loader linked to R shares a content
     word with S (a naming mismatch: the duty was read for R, under another name);
  4. elsewhere: the skill is on the page's extraction but not with R: (a) S matches an extracted skill linked to
     no role ("unlinked"), or (b) an unknown skill not linked to R (linked to another role or to none) shares a
     content word with S ("other name");
  5. not read: none of these (the line also says how many of these are of a role found but given no link).
* each EXTRA link R -> S (extracted, not in the page's reference):
  role unknown (the reference does not hold R); known skill (R known, S matches a reference skill that the
  reference does not link to R); named otherwise (R known, S unknown and sharing a content word with a skill the
  reference links to R); other (R known, S unknown, no word shared).

For development sets ``-v`` lists the pages (top role, found or not, the extracted roles with the most links)
and the missed and extra links by cause; for held-out sets (:data:`text_quality.UNSEEN`) only the aggregate
counts are ever printed.

Run: ``.venv/bin/python benchmarks/link_owners.py [-v] --sets dev,fresh11,...`` (after the corpus folders are
set in the environment, as for ``benchmarks/text_quality.py``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from text_quality import UNSEEN, document_sets

from careergraph.graph.schema import Label, RelType
from careergraph.loaders.linking import node_forms
from careergraph.loaders.text import load_documents
from careergraph.loaders.text_nlp import FILLER, _stem, lemma
from careergraph.loaders.text_quality import _GENERIC_SKILL_WORDS, _matcher, _nodes, _pairs, _words_of, page_graph

REQ = RelType.REQUIRES


class PageOwners(NamedTuple):
    """One page's figures."""

    #: the reference role with the most links, and how many it carries
    top: str
    carried: int
    #: whether the top role is among the page's extracted roles, and how many of its links were found
    found: bool
    top_links: int
    #: extracted links to roles the page's reference does not hold, by role
    unknown: dict[str, int]
    #: missed links whose role was not found at all, and those whose skill went to another role of the page
    role_lost: list[tuple[str, str]]
    elsewhere: list[tuple[str, str]]


def page_owners(extracted: nx.MultiDiGraph, reference: nx.MultiDiGraph, doc: str) -> PageOwners | None:
    """One page's figures (None when its reference holds no link)."""
    ref_links = Counter(u for u, _ in _pairs(reference, REQ))
    if not ref_links:
        return None
    top, carried = ref_links.most_common(1)[0]
    got = page_graph(extracted, doc)
    to = _matcher(reference, got)
    roles = set(_nodes(got, Label.ROLE, to))
    got_edges = set(_pairs(got, REQ, to))
    got_links = Counter(u for u, _ in _pairs(got, REQ, to))
    ref_roles = set(_nodes(reference, Label.ROLE))
    missed = set(_pairs(reference, REQ)) - got_edges
    return PageOwners(
        top=top,
        carried=carried,
        found=top in roles,
        top_links=got_links.get(top, 0),
        unknown={r: c for r, c in got_links.items() if r not in ref_roles},
        role_lost=[(u, v) for u, v in missed if u not in roles],
        elsewhere=[(u, v) for u, v in missed if u in roles and any(s == v and r != u for r, s in got_edges)],
    )


#: the causes of a missed link and of an extra one, in the order they are tried (see the module's text)
MISSED_CAUSES = ("role not found", "another role", "named otherwise", "unlinked", "other name", "not read")
EXTRA_CAUSES = ("role unknown", "known skill", "named otherwise", "other")


class LinkCauses(NamedTuple):
    """One page's missed and extra links (as reference keys), by cause."""

    missed: dict[str, list[tuple[str, str]]]
    extra: dict[str, list[tuple[str, str]]]
    #: the page's reference roles that were found but given no link at all
    bare: frozenset[str] = frozenset()


def content_words(data: dict[str, object]) -> frozenset[str]:
    """The content words of a node's names and aliases, as lemma stems (see the module's text).

    >>> sorted(content_words({"name": "Handles the tills", "aliases": ["cash handling"]}))
    ['cash', 'handl', 'till']
    >>> content_words({"name": "Time management skills"}) == {"time"}
    True
    """
    out = set()
    for form in node_forms(data):
        for word in _words_of(form):
            if word in FILLER or word in _GENERIC_SKILL_WORDS or len(word) < 2:
                continue
            out.add(_stem(lemma(word)))
    return frozenset(out - {_stem(w) for w in _GENERIC_SKILL_WORDS})


def link_causes(extracted: nx.MultiDiGraph, reference: nx.MultiDiGraph, doc: str) -> LinkCauses:
    """Why each of a page's reference links was missed and each extracted link is extra (see the module's text)."""
    got = page_graph(extracted, doc)
    to = _matcher(reference, got)
    roles = set(_nodes(got, Label.ROLE, to))
    ref_roles = set(_nodes(reference, Label.ROLE))
    ref_skills = set(_nodes(reference, Label.SKILL))
    ref_edges = set(_pairs(reference, REQ))
    got_edges = set(_pairs(got, REQ, to))
    skills = set(_nodes(got, Label.SKILL, to))
    # each unknown extracted skill's content words, and the (reference keys of the) roles it is linked to
    unknown: dict[str, frozenset[str]] = {}
    owners: dict[str, set[str]] = {}
    for node, data in got.nodes(data=True):
        if data["label"] == Label.SKILL.value and to[node] not in ref_skills:
            unknown[node] = content_words(data)
            owners[node] = {to[u] for u, _, key in got.in_edges(node, keys=True) if key == REQ.value}
    words = {key: content_words(data) for key, data in reference.nodes(data=True) if key in ref_skills}

    def cause(role: str, skill: str) -> str:
        if role not in roles:
            return "role not found"
        if any(s == skill and r != role for r, s in got_edges):
            return "another role"
        if skill in skills:
            return "unlinked"
        mine = words.get(skill, frozenset())
        if any(role in owners[n] and mine & w for n, w in unknown.items()):
            return "named otherwise"
        if any(role not in owners[n] and mine & w for n, w in unknown.items()):
            return "other name"
        return "not read"

    missed: dict[str, list[tuple[str, str]]] = {c: [] for c in MISSED_CAUSES}
    for role, skill in sorted(ref_edges - got_edges):
        missed[cause(role, skill)].append((role, skill))
    extra: dict[str, list[tuple[str, str]]] = {c: [] for c in EXTRA_CAUSES}
    theirs = {role: set().union(*(words.get(s, frozenset()) for r, s in ref_edges if r == role)) for role in ref_roles}
    got_words: dict[str, frozenset[str]] = {}
    for node, data in got.nodes(data=True):
        got_words[to[node]] = got_words.get(to[node], frozenset()) | content_words(data)
    for role, skill in sorted(got_edges - ref_edges):
        if role not in ref_roles:
            kind = "role unknown"
        elif skill in ref_skills:
            kind = "known skill"
        elif got_words.get(skill, frozenset()) & theirs[role]:
            kind = "named otherwise"
        else:
            kind = "other"
        extra[kind].append((role, skill))
    linked = {r for r, _ in got_edges}
    return LinkCauses(missed, extra, frozenset(r for r in ref_roles & roles if r not in linked))


def cause_lines(name: str, pages: dict[str, LinkCauses], verbose: bool = False) -> list[str]:
    """The aggregate lines of a set's missed and extra links by cause; with ``verbose``, on a development set
    only, each cause's links (``page: role -> skill``)."""
    lines = []
    for kind, causes in (("missed", MISSED_CAUSES), ("extra", EXTRA_CAUSES)):
        counts = {c: sum(len(getattr(row, kind)[c]) for row in pages.values()) for c in causes}
        total = sum(counts.values())
        parts = "  ".join(f"{c} {n:3d}" for c, n in counts.items())
        if kind == "missed":  # how many of the links not read are of a role found but given no link at all
            bare = sum(r in row.bare for row in pages.values() for r, _ in row.missed["not read"])
            parts += f" (of a role given no link {bare:3d})"
        lines.append(f"{name:<16} {kind} links {total:4d}: {parts}")
        if verbose and name not in UNSEEN:
            for c in causes:
                links = [f"{doc}: {r} -> {s}" for doc, row in sorted(pages.items()) for r, s in getattr(row, kind)[c]]
                if links:
                    lines.append(f"    {kind} {c} ({len(links)}):")
                    lines.extend(f"        {link}" for link in links)
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list pages (development sets only)")
    parser.add_argument("--sets", default="dev,fresh10,fresh11,fresh12,fresh13,fresh14,fresh15,fresh16,fresh20")
    args = parser.parse_args(argv)
    for docs in document_sets(set(args.sets.split(","))):
        if docs.pages is None:
            continue
        held_out = docs.name in UNSEEN
        graph = load_documents(docs.files, kb=False).graph
        pages = missed = missed_links = unlinked = unlinked_links = unknown_links = unknown_pages = 0
        role_lost = elsewhere = 0
        lines = []
        causes = {doc: link_causes(graph, reference, doc) for doc, reference in sorted(docs.pages.items())}
        for doc, reference in sorted(docs.pages.items()):
            row = page_owners(graph, reference, doc)
            if row is None:
                continue
            pages += 1
            n_unknown = sum(row.unknown.values())
            unknown_links += n_unknown
            unknown_pages += bool(n_unknown)
            role_lost += len(row.role_lost)
            elsewhere += len(row.elsewhere)
            state = "ok"
            if not row.found:
                missed += 1
                missed_links += row.carried
                state = "MISSED"
            elif not row.top_links:
                unlinked += 1
                unlinked_links += row.carried
                state = "UNLINKED"
            if not held_out and (state != "ok" or n_unknown or row.role_lost or row.elsewhere):
                extra = ", ".join(f"{r} {c}" for r, c in sorted(row.unknown.items(), key=lambda x: -x[1]))
                lines.append(
                    f"    {state:<8} {doc}: top {row.top} ({row.carried} links, {row.top_links} found)"
                    + (f"; to unknown roles: {extra}" if extra else "")
                )
                lost = Counter(u for u, _ in row.role_lost)
                if lost:
                    lines.append("             roles not found: " + ", ".join(f"{r} {c}" for r, c in lost.items()))
                if row.elsewhere:
                    lines.append(f"             links given to another role: {len(row.elsewhere)}")
        print(
            f"{docs.name:<16} pages {pages:3d}  top missed {missed:2d} ({missed_links:3d} links)  "
            f"top unlinked {unlinked:2d} ({unlinked_links:3d} links)  "
            f"links to unknown roles {unknown_links:3d} on {unknown_pages:2d} pages  "
            f"missed links of unfound roles {role_lost:3d}, given to another role {elsewhere:3d}"
        )
        if args.verbose and not held_out:
            print("\n".join(lines))
        print("\n".join(cause_lines(docs.name, causes, args.verbose and not held_out)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
