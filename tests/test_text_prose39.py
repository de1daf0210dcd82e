"""Duties and needs stated in running prose (stop 39): sentences of career guides, "what does an X do" pages and
ladder paragraphs whose duties were not read.

Each page here is written for the test, in trades other than e-commerce (a rail depot, a restaurant, a farm), so
that what is tested is the form of the sentence, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

HOTEL_GUIDE = """# Careers in a hotel

Porters carry the bags and call taxis. A porter's day is long.

Successful receptionists stay calm under pressure. They greet guests and take bookings.
"""


def test_a_plural_post_after_a_word_of_praise_opens_its_sentence(tmp_path: Path) -> None:
    g = read(tmp_path, HOTEL_GUIDE)
    got = needs(g)
    assert {"guest greeting", "bookings"} <= got.get("receptionist", set()), got
    assert "guest greeting" not in got.get("porter", set())
    off = needs(read(tmp_path, HOTEL_GUIDE, frozenset({"mentions.praised-plurals"})))
    assert "guest greeting" not in off.get("receptionist", set())
