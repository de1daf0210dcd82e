"""A duty's object "H of T" past the words a name may hold ("logging readings of the indoor and outdoor pool water
quality testers") is named by the thing before "of" (stop 46: Reading logging), no longer dropped whole; a head that
is a noun of an action, a measure or a group ("the management of ...", "a range of ...") is left as it was.

Each page is written for the test, in a trade the rules were not written from (a leisure centre's spa).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

from careergraph.loaders.text_requirements import skill_names


def test_the_head_before_a_long_of_names_the_work(tmp_path: Path) -> None:
    text = (
        "Spa Attendant\n\n"
        "The spa attendant is responsible for folding towels, restocking lockers and logging readings of the indoor"
        " and outdoor pool water quality testers.\n"
    )
    got = needs(read(tmp_path, text)).get("spa-attendant", set())
    assert {"towel folding", "locker restocking", "reading logging"} <= got, got


def test_a_duty_item_with_a_long_of_is_named() -> None:
    item = "Log readings of the indoor and outdoor pool water quality testers"
    assert [s.name for s in skill_names(item, predicate=True)] == ["Reading logging"]


def test_an_action_or_a_measure_before_of_is_no_head() -> None:
    for item in (
        "Oversee the management of the indoor and outdoor pool water quality testers",
        "Stock a range of the indoor and outdoor pool water quality testers",
    ):
        names = [s.name for s in skill_names(item, predicate=True)]
        assert not any(n in {"Management", "Range", "Range stocking"} for n in names), names


def test_delivery_before_a_long_of_is_the_work_not_the_thing() -> None:
    # (the series reader takes "delivery" for a noun of work, as "execution" is: neither is the thing worked on)
    for item in (
        "Support the delivery of the brand new weekly hospital ward cleaning schedules",
        "Oversee delivery of the brand new weekly hospital ward cleaning schedules",
    ):
        names = [s.name for s in skill_names(item, predicate=True)]
        assert not any(n.startswith("Delivery") for n in names), names
