"""What people's queries are about names skills of their own: "answer guest queries about room service, spa treatments
and parking" names Room service beside Guest query answering (stop 46; before, the first topic was lost while the
others were items), and "resolve issues related to X" no longer names "Issues related resolution".

Each page is written for the test, in a trade the rules were not written from (a hotel's front office).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

from careergraph.loaders.text_requirements import skill_names


def test_every_topic_of_the_queries_is_named(tmp_path: Path) -> None:
    text = (
        "Guest Services Agent\n\nThe guest services agent looks after hotel guests.\n\nResponsibilities:\n"
        "- Answer guest queries about room service, spa treatments and parking\n"
    )
    got = needs(read(tmp_path, text)).get("guest-services-agent", set())
    assert {"guest query answering", "room service", "spa treatments", "parking"} <= got, got


def test_issues_related_to_name_the_issues_and_their_topics() -> None:
    names = [s.name for s in skill_names("Resolve issues related to deposits, upgrades and late checkouts")]
    assert names == ["Issue resolution", "Deposits", "Upgrades", "Late checkouts"], names


def test_other_words_about_a_thing_are_left_alone() -> None:
    assert [s.name for s in skill_names("Talk to guests about the menu")] == []
