"""Requirement links of stop 43 (second links helper), on short pages of our own in other trades."""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read

# a page on a post whose sentences on pay hold requirement cues: they name no needs; pay that is the object of work
# done ("managing wages") is a duty still
POOL = (
    "Pool Attendant\n\n"
    "A pool attendant is responsible for checking water quality and cleaning the deck.\n\n"
    "Pool attendants must be strong swimmers. Senior posts, such as those involving swim coaching or first aid"
    " training, often command higher wages. Nearly all pool attendants are able to buy swimwear at a discount, with"
    " the savings depending on the brand.\n\n"
    "Lead attendants are in charge of managing wages and the chemical budget.\n"
)


def test_pay_talk_names_no_needs(tmp_path: Path) -> None:
    got = links(read(tmp_path, POOL))
    assert ("pool-attendant", "water-quality-checking") in got, got
    assert ("pool-attendant", "strong-swimmers") in got, got
    assert ("lead-attendant", "wage-management") in got, got
    assert not any(skill.startswith(("swim-coaching", "first-aid", "swimwear", "savings")) for _, skill in got), got


def test_pay_talk_off(tmp_path: Path) -> None:
    got = links(read(tmp_path, POOL, frozenset({"requirements.pay-talk"})))
    assert ("pool-attendant", "swim-coaching") in got, got


# a page for a locksmith's ad: its sentences about the ad being written and the site's policies name no needs
LOCKSMITH = (
    "Locksmith Job Description\n\n"
    "Job descriptions should list the duties and the skills a locksmith needs to suit the needs of your workshop.\n\n"
    "Locksmiths must be skilled in key cutting and safe repair.\n\n"
    "If you hire temporary helpers to handle customer calls, please read our policies for agency staffing.\n"
)


def test_page_talk_names_no_needs(tmp_path: Path) -> None:
    got = links(read(tmp_path, LOCKSMITH))
    assert {("locksmith", "key-cutting"), ("locksmith", "safe-repair")} <= got, got
    assert not any(skill in {"policies", "agency-staffing", "customer-calls"} for _, skill in got), got
    assert not any(skill.startswith(("suiting", "workshop")) for _, skill in got), got
    off = links(read(tmp_path, LOCKSMITH, frozenset({"requirements.page-talk"})))
    assert ("locksmith", "policies") in off, off
