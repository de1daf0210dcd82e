"""A part a post plays or has in a deed done to something ("plays a key role in the development of junior nurses",
"has a role in the safe storage of your luggage") names that deed as the post's work (stop 47): before, "the"
after "role in" was read as opening a place the part is played in, and a possessive after "of" ("of your
luggage") made the name no skill. Each page is written for the test, in trades the rule was not written from
(a hospital ward, a hotel, a building site).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import named, needs, read

from careergraph.loaders.text_requirements import skill_names


def test_a_key_role_in_the_deed_of_something_is_the_posts_work(tmp_path: Path) -> None:
    text = "Ward Sister\n\nThe ward sister plays a key role in the development of junior nurses.\n"
    got = needs(read(tmp_path, text)).get("ward-sister", set())
    assert named(got, "development"), got


def test_a_labelled_post_that_has_a_role_in_a_deed(tmp_path: Path) -> None:
    text = (
        "Front of house roles\n\n"
        "Each hotel has these roles:\n\n"
        "  • Night porter: Anyone on the night shift who has a role in the safe storage of your luggage.\n"
        "  • Site labourer: Anyone on the crew who has a role in the careful handling of our materials.\n"
    )
    got = needs(read(tmp_path, text))
    assert named(got.get("night-porter", set()), "storage", "luggage"), got
    assert named(got.get("site-labourer", set()), "handling", "materials"), got


def test_a_role_in_a_place_or_an_outcome_names_no_work(tmp_path: Path) -> None:
    text = (
        "Hotel Porter\n\n"
        "Porters play a vital role in the hotel.\n\n"
        "Porters play a key role in the success of the hotel.\n"
    )
    assert not needs(read(tmp_path, text)), needs(read(tmp_path, text))


def test_a_possessive_after_a_deed_is_kept_in_its_name() -> None:
    assert [n.name for n in skill_names("the careful handling of your parcels")] == [
        "Careful handling of your parcels"
    ]
