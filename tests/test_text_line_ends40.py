"""Pages saved with Windows ("\\r\\n") or old Mac ("\\r") line ends read as the same page with "\\n" (stop 39).

Before, a page with "\\r\\n" line ends lost its title, its sections and its lists: every rule that asks where a line
ends or whether a blank line stands above saw the "\\r" as part of the line.
"""

from __future__ import annotations

from pathlib import Path

from careergraph.loaders.text import default_vocabulary, load_documents
from careergraph.loaders.text_extract import extract_facts

UPHOLSTERY = """Upholsterer

Duties
Strip old covers from chairs
Cut new fabric to size
Fit springs and webbing

Upholsterers earn £14 an hour. After two years an upholsterer can become a workshop supervisor.
"""


def _facts(text: str) -> set[tuple[str, str, str]]:
    facts = extract_facts(default_vocabulary(), "u.txt", text)
    got = {("requires", role, skill) for role, skill in facts.requires}
    got |= {("moves", source, target) for source, target in facts.transitions}
    return got | {("pay", salary["role"], str(salary["min"])) for salary in facts.salaries}


def test_windows_and_old_mac_line_ends_read_as_unix_ones() -> None:
    unix = _facts(UPHOLSTERY)
    assert ("requires", "upholsterer", "strip-old-covers-from-chairs") in unix, unix
    assert any(kind == "moves" for kind, _, _ in unix) and any(kind == "pay" for kind, _, _ in unix), unix
    assert _facts(UPHOLSTERY.replace("\n", "\r\n")) == unix
    assert _facts(UPHOLSTERY.replace("\n", "\r")) == unix


def test_evidence_of_a_windows_page_is_cut_from_the_page_as_written(tmp_path: Path) -> None:
    page = tmp_path / "u.txt"
    written = UPHOLSTERY.replace("\n", "\r\n")
    page.write_bytes(written.encode("utf-8"))
    graph = load_documents([page], kb=False).graph
    quotes = [ev for _, _, data in graph.edges(data=True) for ev in data.get("evidence", [])]
    quotes += [ev for _, data in graph.nodes(data=True) for ev in data.get("evidence", [])]
    assert quotes
    for ev in quotes:
        assert written[ev["start"] : ev["end"]] == ev["quote"], ev
    assert any(ev["quote"] == "Fit springs and webbing" for ev in quotes)
