"""Roles a page names in its own title lines and team descriptions (stop 37's role recall)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles


def roles_of(tmp_path: Path, text: str) -> set[str]:
    return roles(read(tmp_path, text))


def test_a_capitalised_head_alone_named_with_its_duty_is_a_post(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "How a ferry's deck team works\n\n"
        "The Operator checks the ramp before loading. On long crossings the Assistant counts the deck cargo, "
        "and each Host greets foot passengers.\n",
    )
    assert {"operator", "assistant", "host"} <= found


def test_a_capitalised_head_naming_a_thing_is_no_post(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "Press the Assistant button on the till. The Lead Generation form sits below. I thanked the Host.\n",
    )
    assert not {"assistant", "lead", "host"} & found


def test_a_head_of_an_activity_said_to_be_held_is_a_post(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "我在快递站的五年\n\n毕业后第一份工作是一家快递站的调度，月薪3200。\n我妹妹是一名前台，每天接待客人。\n",
    )
    assert {"调度", "前台"} <= found
    assert roles_of(tmp_path, "最重要的是调度。当调度遇到爆仓时要冷静。\n") == set()


def test_a_verb_of_leading_before_workers_opens_no_title(tmp_path: Path) -> None:
    found = roles_of(tmp_path, "站长的工作：排班、招聘分拣员、培训调度。培训专员每月来一次。\n")
    assert "站长" in found and "培训专员" in found
    assert not {"招聘分拣员", "培训调度"} & found


def test_a_one_word_post_opening_a_title_line_is_the_post(tmp_path: Path) -> None:
    found = roles_of(tmp_path, "Groundskeeper Salary in Ohio\n\nMowing season runs from April.\n")
    assert "groundskeeper" in found
    found = roles_of(
        tmp_path,
        "My summer jobs\n\n1. Lifeguard at the municipal lido. Long days.\n2. Florist at Petal & Stem, where I "
        "learned wiring.\n",
    )
    assert {"lifeguard", "florist"} <= found
    assert roles_of(tmp_path, "Cook at a low heat for ten minutes.\n") == set()
