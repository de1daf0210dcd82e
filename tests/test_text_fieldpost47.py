"""What a field of work named by a gerund asks, given to the post that does that work: "Pastry baking is a craft
that calls for ..." on a page naming a pastry baker (stop 47); not to the page's other post.

Each page is written for the test, in a trade the rules were not written from (a bakery, a hospital ward).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read, roles


def _work(got: dict[str, set[str]], key: str) -> str:
    return " | ".join(sorted(got.get(key, set())))


def test_the_fields_doer_named_later_does_its_work(tmp_path: Path) -> None:
    text = (
        "From Commis Baker to Pastry Baker\n\n"
        "A commis baker weighs the flour and greases the tins.\n\n"
        "Pastry baking is a craft that calls for laminating dough, tempering chocolate and planning orders.\n\n"
        "Most pastry bakers start as a commis baker.\n"
    )
    got = needs(read(tmp_path, text))
    pastry, commis = _work(got, "pastry-baker"), _work(got, "commis-baker")
    assert "chocolate" in pastry and "dough" in pastry, got
    assert "chocolate" not in commis and "dough" not in commis, got


def test_the_fields_doer_named_before_does_its_work(tmp_path: Path) -> None:
    text = (
        "Healthcare Assistant\n\n"
        "A healthcare assistant can train to become a ward nurse.\n\n"
        "The healthcare assistant makes beds and serves meals.\n\n"
        "Ward nursing requires calm under pressure, dressing wounds and giving medicines on time.\n"
    )
    got = needs(read(tmp_path, text))
    assert "wound" in _work(got, "ward-nurse"), got
    assert "wound" not in _work(got, "healthcare-assistant"), got


def test_a_field_no_post_does_keeps_the_pages_post(tmp_path: Path) -> None:
    # (no "pastry baker" anywhere: the field names no post of the page, the sentence is read as before)
    text = (
        "Commis Baker\n\n"
        "The commis baker weighs the flour and greases the tins.\n\n"
        "Pastry baking is a craft that calls for laminating dough and tempering chocolate.\n"
    )
    got = needs(read(tmp_path, text))
    assert "chocolate" in _work(got, "commis-baker"), got


def test_an_article_or_owner_before_the_field_is_no_kind_of_it(tmp_path: Path) -> None:
    # ("The cleaning requires ...", "Our baking requires ..."): no post "The cleaner" / "Our baker" made of them
    cleaner = (
        "Hospital Cleaner\n\n"
        "The cleaner mops the ward floors.\n\n"
        "The cleaning requires patience and attention to detail.\n"
    )
    assert "the-cleaner" not in roles(read(tmp_path, cleaner)), roles(read(tmp_path, cleaner))
    bakery = (
        "Bakery Assistant\n\n"
        "The bakery assistant serves customers. Our baker starts at four.\n\n"
        "Our baking requires patience and a steady hand.\n"
    )
    g = read(tmp_path, bakery)
    assert "our-baker" not in roles(g), roles(g)
