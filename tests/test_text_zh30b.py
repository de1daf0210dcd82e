"""Chinese job pages in the forms retail, logistics, hospitality and e-commerce career pages take (job ads,
ladders, stories, Q&A, pay lists, a team's posts), each our own short text: what careergraph.loaders.text_zh
missed or got wrong on them.
"""

from __future__ import annotations

from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_extract import extract_facts
from careergraph.loaders.text_zh import titles_in


def _titles(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in titles_in(text)]


def _moves(text: str) -> set[tuple[str, str]]:
    return set(extract_facts(default_vocabulary(), "doc.txt", text).transitions)


def test_a_field_the_lexicon_lacks_is_not_cut_inside_a_known_word() -> None:
    # (企划 and 筹备 are no lexicon words: the field before 专员 / 主管 reaches back over whole words only)
    assert _titles("招聘电商商品企划专员一名。") == ["电商商品企划专员"]
    assert _titles("现招门店开业筹备主管。") == ["门店开业筹备主管"]


def test_a_title_may_have_four_words_before_its_head() -> None:
    text = "物流园招聘跨境电商海外仓储主管,另招冷链物流配送调度员。"
    assert _titles(text) == ["跨境电商海外仓储主管", "冷链物流配送调度员"]
