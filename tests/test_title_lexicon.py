"""The shipped job-title lexicon, and the tool that derives it from the O*NET files."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from careergraph.loaders.title_lexicon import TitleLexicon, load_title_lexicon

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "title_lexicon.py"
SHIPPED = ROOT / "loaders" / "data" / "title_lexicon.txt"
ONET = ROOT.parent / "shared" / "taxonomy" / "onet-29.2"


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("title_lexicon_tool", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def lexicon() -> TitleLexicon:
    return load_title_lexicon()


# --- the shipped file ------------------------------------------------------------


def test_shipped_file_is_small_and_sized(lexicon: TitleLexicon) -> None:
    assert SHIPPED.stat().st_size < 2_000_000
    assert 500 <= len(lexicon.heads) <= 2_000
    assert 20_000 <= len(lexicon.titles) <= 60_000
    assert 1_000 <= len(lexicon.singles) <= 4_000
    assert load_title_lexicon() is lexicon  # cached


@pytest.mark.parametrize("word", ["manager", "buyer", "clerk", "associate", "developer", "picker", "merchandiser"])
def test_real_heads_are_present(lexicon: TitleLexicon, word: str) -> None:
    assert word in lexicon.heads


def test_excluded_words_are_not_heads_or_singles(lexicon: TitleLexicon, tool: ModuleType) -> None:
    for word in ("sales", "services", "operations", "management", "tender", "printer", "retailer"):
        assert word not in lexicon.heads
    assert not lexicon.heads & (tool.NOT_PERSON | tool.OTHER_SENSE_FIRST)
    assert not lexicon.singles & (tool.NOT_PERSON | tool.OTHER_SENSE_FIRST | tool.GENERIC_SINGLES)
    assert not {t for t in lexicon.titles if t[-1] in tool.NOT_PERSON and not set(t) & {"of", "for", "to", "in"}}
    assert ("director", "of", "research") in lexicon.titles  # its head is "director"


def test_titles_and_singles(lexicon: TitleLexicon) -> None:
    for title in ("e-commerce manager", "forklift operator", "buyer", "category manager", "purchasing agent"):
        assert tuple(title.split()) in lexicon.titles, title
    for word in ("buyer", "cashier", "picker", "accountant", "merchandiser"):
        assert word in lexicon.singles
    for word in ("associate", "manager", "director", "agent", "officer", "worker", "volunteer"):
        assert word not in lexicon.singles
    assert all(1 <= len(t) <= 4 for t in lexicon.titles)
    assert all((s,) in lexicon.titles for s in lexicon.singles)
    words = lexicon.heads | lexicon.singles | {w for t in lexicon.titles for w in t}
    assert all(w == w.lower() and w.strip() == w and w for w in words)


def test_header_gives_source_version_licence_credit_and_command(lexicon: TitleLexicon, tool: ModuleType) -> None:
    header = [line for line in SHIPPED.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert lexicon.version == "29.2"
    assert lexicon.credit.startswith("This includes information from the O*NET 29.2 Database by the U.S. Department")
    assert "CC BY 4.0" in lexicon.credit and "has not approved, endorsed, or tested" in lexicon.credit
    assert f"# credit: {lexicon.credit}" in header
    assert f"# regenerate: {tool.COMMAND}" in header
    assert any(line.startswith("# licence: CC BY 4.0") for line in header)
    counts = [
        int(line.split("\t")[2])
        for line in SHIPPED.read_text(encoding="utf-8").splitlines()
        if line.startswith("head\t")
    ]
    assert len(counts) == len(lexicon.heads) and min(counts) >= tool.HEAD_THRESHOLD


def test_shipped_file_equals_a_fresh_derivation(tool: ModuleType) -> None:
    if not (ONET / "Alternate Titles.txt").is_file():
        pytest.skip(f"O*NET 29.2 files not found at {ONET}")
    assert tool.build_lexicon(ONET) == SHIPPED.read_text(encoding="utf-8")


# --- the tool's rules, on small files ------------------------------------------------


def _onet(folder: Path, occupations: list[str], alternates: list[str]) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "Read Me.txt").write_text("O*NET 29.2 Database\r\nFebruary 2025 Release\r\n", encoding="utf-8")
    rows = ["O*NET-SOC Code\tTitle\tDescription", *(f"11-0000.00\t{t}\tx" for t in occupations)]
    (folder / "Occupation Data.txt").write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    rows = [
        "O*NET-SOC Code\tAlternate Title\tShort Title\tSource(s)",
        *(f"11-0000.00\t{t}\tn/a\t08" for t in alternates),
    ]
    (folder / "Alternate Titles.txt").write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    return folder


def test_tool_cleans_titles(tool: ModuleType, tmp_path: Path) -> None:
    folder = _onet(
        tmp_path / "onet",
        ["Buyers and Purchasing Agents, Farm Products", "Nannies"],
        [
            *(f"{m} Buyer" for m in ("Retail", "Fashion", "Food")),
            *(f"{m} Purchasing Agent" for m in ("Retail", "Farm")),
            *(f"{m} Manager" for m in ("Store", "Category", "Area", "Hotel")),
            *(f"{m} Director" for m in ("Art", "Music")),
            *(f"{m} Officer" for m in ("Loan", "Police")),
            "CEO (Chief Executive Officer)",
            "Research and Development Manager (R&D Manager)",
            "Director of Sales and Marketing",
            "Front of House Manager",
            "Energy, Sustainability, and Infrastructure Manager",
            "Inside Sales",
            "Regional Sales",
            "Retail Sales",
            "Cyber Digital Forensics",
            "Accountant II",
            "Hotel Sales VP",
        ],
    )
    lexicon = tool.derive(folder)
    titles = set(lexicon.titles)
    assert {("buyer",), ("purchasing", "agent"), ("nanny",)} <= titles  # plural occupation split and singular
    assert ("chief", "executive", "officer") in titles  # the spelled-out form of an abbreviation
    assert ("research", "and", "development", "manager") in titles  # "and" joining modifiers
    assert ("director", "of", "sales", "and", "marketing") not in titles  # five words
    assert ("front", "of", "house", "manager") in titles and ("accountant",) in titles
    for dropped in ("energy", "energy manager", "infrastructure manager", "inside sales", "cyber digital forensics"):
        assert tuple(dropped.split()) not in titles, dropped
    heads = dict(lexicon.heads)
    assert heads["manager"] == 6 and heads["buyer"] == 4 and heads["director"] == 3  # director of sales ...
    assert "sales" not in heads and "vp" not in heads and "forensics" not in heads
    assert lexicon.singles == ["accountant", "buyer", "nanny"]


def test_tool_reports_a_missing_folder_in_one_line(tmp_path: Path) -> None:
    out = tmp_path / "lexicon.txt"
    done = subprocess.run(
        [sys.executable, str(TOOL), str(tmp_path / "nowhere"), "-o", str(out)], capture_output=True, text=True
    )
    assert done.returncode == 1 and not out.exists()
    assert done.stderr.count("\n") == 1 and "nowhere" in done.stderr and "Traceback" not in done.stderr
