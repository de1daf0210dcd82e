"""The line reader experiment (benchmarks/line_reader.py): its model learns from labelled sentences."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "line_reader.py"


def _module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("line_reader", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["line_reader"] = module
    spec.loader.exec_module(module)
    return module


def test_the_model_ranks_unseen_duty_lines_above_other_lines() -> None:
    lr = _module()
    duties = [
        "check the tyre pressure daily",
        "load the pallets onto the trailer",
        "check the delivery notes",
        "plan the delivery routes",
        "load and secure the cargo",
        "plan the shifts of the drivers",
    ]
    other = [
        "our depot opened in 1998",
        "free parking for staff",
        "the depot is open on sundays",
        "apply online today",
        "parking and a canteen on site",
        "we opened a second depot in 2004",
    ]
    rows = [lr.Sentence(t, True, False) for t in duties] + [lr.Sentence(t, False, False) for t in other]
    model = lr.Model().fit(rows)
    scores = model.scores(
        [
            lr.Sentence("check and load the trailer", False, False),
            lr.Sentence("free parking at the depot", False, False),
        ]
    )
    assert scores[0] > 0.5 > scores[1]


def test_the_held_out_sets_are_the_benchmarks_and_no_development_set_is_one_of_them() -> None:
    lr = _module()
    unseen = {name.removeprefix("corpus ") for name in sys.modules["text_quality"].UNSEEN}
    assert set(lr.HELD_OUT) == unseen and "fresh28" in unseen, lr.HELD_OUT
    assert not set(lr.DEVELOPMENT) & unseen, lr.DEVELOPMENT
