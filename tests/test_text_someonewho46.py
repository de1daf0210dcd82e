"""Who an ad seeks, told by what they do after "someone who" ("The night shift is best for someone who stays calm
under pressure, keeps accurate records, and can lift heavy luggage"; "We are looking for someone who ..."; "We want
someone who ...") names the needs of the post, as "someone with ..." did (requirements.cue, stop 46); "someone who"
after other words ("built by someone who ...") seeks no one. The pages are our own, in a trade the rules were not
written from (a hotel).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from text_helpers import needs, read

_HEAD = "Night Porter\n\nWe are hiring a Night Porter for our city centre hotel.\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "The night shift is best for someone who stays calm under pressure, keeps accurate records, and can lift"
        " heavy luggage.",
        "We are looking for someone who stays calm under pressure, keeps accurate records, and can lift heavy"
        " luggage.",
        "We want someone who stays calm under pressure and keeps accurate records.",
    ],
)
def test_what_the_one_sought_does_is_needed(tmp_path: Path, line: str) -> None:
    got = needs(read(tmp_path, _HEAD + line + "\n")).get("night-porter", set())
    assert "accurate records" in got, got
    assert "staying calm" in got, got


def test_someone_who_after_other_words_seeks_no_one(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _HEAD + "The hotel was built by someone who loved old trains.\n"))
    assert not any("train" in s for skills in got.values() for s in skills), got
