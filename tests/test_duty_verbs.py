"""The shipped verbs of work, the tool that derives them from O*NET's task statements, and what they read."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from careergraph.loaders.text_requirements import duty_object, skill_names, verb_base

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "duty_verbs.py"
SHIPPED = ROOT / "loaders" / "data" / "duty_verbs.txt"
AMBIGUOUS = ROOT / "loaders" / "data" / "duty_verbs_ambiguous.txt"
ONET = ROOT.parent / "shared" / "taxonomy" / "onet-29.2"


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("duty_verbs_tool", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_shipped_file_has_the_credit_and_a_few_hundred_verbs(tool: ModuleType) -> None:
    lines = SHIPPED.read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    verbs = [line for line in lines if not line.startswith("#")]
    assert any(line.startswith("# credit: This includes information from the O*NET 29.2 Database") for line in header)
    assert f"# regenerate: {tool.COMMAND}" in header and f"# verbs: {len(verbs)}" in header
    assert 200 <= len(verbs) <= 600 and verbs == sorted(set(verbs))
    assert {"advise", "sterilize", "promote", "install"} <= set(verbs)
    assert not {"report", "plan", "order", "place", "pay", "market"} & set(verbs)  # nouns as often


def test_shipped_file_equals_a_fresh_derivation(tool: ModuleType) -> None:
    if not (ONET / "Task Statements.txt").is_file():
        pytest.skip(f"O*NET 29.2 files not found at {ONET}")
    assert tool.build_verbs(ONET) == SHIPPED.read_text(encoding="utf-8")
    assert tool.build_ambiguous(ONET) == AMBIGUOUS.read_text(encoding="utf-8")


def test_shipped_file_of_verbs_that_are_nouns_as_often(tool: ModuleType) -> None:
    lines = AMBIGUOUS.read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    verbs = [line for line in lines if not line.startswith("#")]
    assert any(line.startswith("# credit: This includes information from the O*NET 29.2 Database") for line in header)
    assert f"# regenerate: {tool.COMMAND}" in header and f"# verbs: {len(verbs)}" in header
    assert verbs == sorted(set(verbs)) and {"order", "direct", "pay", "complete"} <= set(verbs)
    plain = set(SHIPPED.read_text(encoding="utf-8").splitlines())
    assert not plain & set(verbs)  # (a word is in one file or the other)


def test_tool_keeps_words_that_open_tasks_and_are_never_nouns(tool: ModuleType, tmp_path: Path) -> None:
    folder = tmp_path / "onet"
    folder.mkdir()
    (folder / "Read Me.txt").write_text("O*NET 29.2 Database\r\nFebruary 2025 Release\r\n", encoding="utf-8")
    tasks = [
        *(f"Calibrate gauge {n}." for n in range(3)),
        *(f"Schedule visits {n}." for n in range(3)),
        "Send the schedule to staff.",
        *(f"Carefully sand panel {n}." for n in range(3)),
        *(f"Quote prices {n}." for n in range(2)),
        *(f"Weld seams {n}." for n in range(3)),
        "Keep copies for weld inspection.",
    ]
    rows = ["O*NET-SOC Code\tTask ID\tTask", *(f"51-0000.00\t{n}\t{t}" for n, t in enumerate(tasks))]
    (folder / "Task Statements.txt").write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    # "schedule" follows an article once (a noun), "carefully" is an adverb, "quote" opens only two tasks;
    # "weld" follows a preposition only once: still a verb
    assert tool.derive(folder) == ["calibrate", "weld"]
    assert tool.build_verbs(folder).endswith("# verbs: 2\ncalibrate\nweld\n")
    assert tool.derive_ambiguous(folder) == []  # ("schedule", a noun once, opens too few)


def test_tool_keeps_words_that_open_tasks_and_are_nouns_too_apart(tool: ModuleType, tmp_path: Path) -> None:
    folder = tmp_path / "onet"
    folder.mkdir()
    (folder / "Read Me.txt").write_text("O*NET 29.2 Database\r\nFebruary 2025 Release\r\n", encoding="utf-8")
    tasks = [
        *(f"Order spare parts {n}." for n in range(tool.AMBIGUOUS_THRESHOLD)),
        "Check the order against the invoice.",
        *(f"Mend nets {n}." for n in range(tool.AMBIGUOUS_THRESHOLD - 1)),
        "File notes in the mend register.",
        *(f"Splice ropes {n}." for n in range(tool.AMBIGUOUS_THRESHOLD)),
    ]
    rows = ["O*NET-SOC Code\tTask ID\tTask", *(f"45-0000.00\t{n}\t{t}" for n, t in enumerate(tasks))]
    (folder / "Task Statements.txt").write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    # "order" follows an article once but opens enough statements; "mend" opens one too few; "splice" is no noun
    assert tool.derive(folder) == ["splice"]
    assert tool.derive_ambiguous(folder) == ["order"]
    assert tool.build_ambiguous(folder).endswith("# verbs: 1\norder\n")
    out = tmp_path / "out" / "verbs.txt"
    out.parent.mkdir()
    assert tool.main([str(folder), "-o", str(out)]) == 0
    assert (out.parent / "duty_verbs_ambiguous.txt").read_text(encoding="utf-8") == tool.build_ambiguous(folder)


def test_tool_reports_a_missing_folder_in_one_line(tmp_path: Path) -> None:
    out = tmp_path / "verbs.txt"
    done = subprocess.run(
        [sys.executable, str(TOOL), str(tmp_path / "nowhere"), "-o", str(out)], capture_output=True, text=True
    )
    assert done.returncode == 1 and not out.exists()
    assert done.stderr.count("\n") == 1 and "nowhere" in done.stderr and "Traceback" not in done.stderr


def test_duties_written_with_verbs_of_any_trade_name_their_objects() -> None:
    assert verb_base("sterilizes") == "sterilize" and verb_base("escorting") == "escort"
    # a verb with no action noun the namer knows names the duty by its gerund; the object alone stays another name
    assert [(s.name, s.alias) for s in skill_names("Sterilize surgical instruments after each operation")] == [
        ("Sterilizing surgical instruments", "sterilize surgical instruments")
    ]
    assert duty_object("Sterilizing surgical instruments") == "Surgical instruments"
    assert [s.name for s in skill_names("Restrain animals during examinations")] == ["Restraining animals"]
    # a reworded duty keeps the duty as written as its alias (verb and object)
    assert [s.alias for s in skill_names("Manage boiler servicing visits")] == ["manage boiler servicing visits"]
