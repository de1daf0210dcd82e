"""A table row whose label names a post the lexicon lacks ("Runner | The Runner carries luggage to rooms. ...") gives
that post the row's later sentences too, when they open with "The" and the label's words, then a verb
(mentions.bar-subjects, stop 46): before, only the row's first sentence was read. The page is our own, in a trade the
rules were not written from (a hotel).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Hotel roles\n"
    "The table below describes each role in the hotel.\n"
    "Role | Description |\n"
    "---|---|\n"
    "Runner | The Runner carries luggage to rooms. The Runner can fetch newspapers, deliver parcels, and collect"
    " laundry. |\n"
    "|\n"
    "Doorkeeper | The Doorkeeper greets arriving guests. The Doorkeeper is also responsible for lobby tasks such as"
    " sorting umbrellas. The Doorkeeper role is much like a concierge. |\n"
    "|\n"
)


def test_a_rows_later_sentences_are_its_posts(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE))
    assert "luggage carrying" in got.get("runner", set()), got
    assert "collecting laundry" in got.get("runner", set()), got
    assert "umbrella sorting" in got.get("doorkeeper", set()), got


def test_the_rule_switched_off_reads_the_first_sentence_only(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE, disabled=frozenset({"mentions.bar-subjects"})))
    assert "luggage carrying" in got.get("runner", set()), got
    assert "collecting laundry" not in got.get("runner", set()), got
