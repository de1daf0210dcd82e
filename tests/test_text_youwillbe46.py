"""What the reader of an ad will be, said to them ("You will be a strong communicator with a calm manner"), is a
cue of needs as "The ideal candidate is a ..." is (stop 46). The page is our own, in a trade the rules were not
written from (a hospital ward).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_HEAD = "Ward Manager\n\nWe are hiring a Ward Manager for our surgical unit.\n\n"


def test_what_the_reader_will_be_is_needed(tmp_path: Path) -> None:
    text = _HEAD + "You will be a strong communicator with a calm manner.\n"
    got = needs(read(tmp_path, text)).get("ward-manager", set())
    assert "communicator" in got, got
    assert "calm manner" in got, got


def test_where_the_reader_will_be_is_no_need(tmp_path: Path) -> None:
    text = _HEAD + "You will be based in Leeds.\n"
    got = needs(read(tmp_path, text)).get("ward-manager", set())
    assert not any("leeds" in s for s in got), got
