"""Role recall, stop 27: job nouns the loader missed (our own text, trades other than e-commerce)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read, roles


def test_a_job_noun_spelled_as_a_comparative_is_a_post_but_not_the_adjective(tmp_path: Path) -> None:
    page = (
        "I started as a cleaner at a dental surgery, then trained as a dental nurse.\n\n"
        "My brother was a gas fitter for years; later he joined a bank as a mortgage broker.\n\n"
        "The new surgery has a cleaner kitchen than the old one. Keep the workshop cleaner than you found it.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"cleaner", "dental-nurse", "gas-fitter", "mortgage-broker"} <= got
    assert not {r for r in got if r.endswith(("kitchen", "workshop-cleaner"))}


def test_a_title_stops_before_the_verb_its_post_governs(tmp_path: Path) -> None:
    page = (
        "At the mill a senior baker turns shift manager after a decade.\n\n"
        "In a small hotel the head porter comes concierge in time.\n\n"
        "The Principal CS Advisor keeps the playbook.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"senior-baker", "shift-manager", "head-porter", "principal-cs-advisor"} <= got
    assert not {r for r in got if "-turns-" in r or "-comes-" in r}


def test_a_plural_post_after_a_preposition_is_a_post(tmp_path: Path) -> None:
    page = (
        "Each winter the infirmary is hiring for porters.\n\n"
        "The night ward relies on orderlies and cleaners.\n\n"
        "The matron mediates between midwives and management.\n\n"
        "The scheme offers advancement for welders who want to grow.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"porter", "cleaner", "midwife"} <= got
    assert "welder" not in got


def test_a_helper_named_by_the_post_it_serves_is_one_title(tmp_path: Path) -> None:
    page = "I spent two years as a roofer's mate, then a year as an electrician's assistant, before I qualified.\n"
    got = roles(read(tmp_path, page))
    assert {"roofer-s-mate", "electrician-s-assistant"} <= got


def test_a_heading_naming_two_posts_gives_its_list_to_both(tmp_path: Path) -> None:
    page = (
        "Hospital Admin Ladder\n\n"
        "Stage 1: Receptionist\n"
        "What it is: greeting patients at the front desk.\n"
        "Key skills: telephone manner, patience.\n"
        "Stage 2: Ward Clerk/Medical Secretary\n"
        "What it is: keeping the ward's records and typing the consultants' letters.\n"
        "Key skills: medical terminology, shorthand, discretion.\n"
    )
    found = links(read(tmp_path, page))
    for post in ("ward-clerk", "medical-secretary"):
        assert (post, "medical-terminology") in found, post


def test_a_one_word_post_paired_with_another_by_or_is_a_post(tmp_path: Path) -> None:
    page = "On site you will answer to your foreman or supervisor, and the night crew needs a porter and cleaner.\n"
    got = roles(read(tmp_path, page))
    assert {"foreman", "supervisor", "porter", "cleaner"} <= got
