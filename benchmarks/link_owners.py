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

For development sets ``-v`` lists the pages (top role, found or not, the extracted roles with the most links);
for held-out sets (:data:`text_quality.UNSEEN`) only the aggregate counts are ever printed.

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
from careergraph.loaders.text import load_documents
from careergraph.loaders.text_quality import _matcher, _nodes, _pairs, page_graph

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
    return 0


if __name__ == "__main__":
    sys.exit(main())
