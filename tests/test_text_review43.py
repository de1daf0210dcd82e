"""Review of stop 43's loader changes: indexes kept inside the sentence, rules switched off alone."""

from pathlib import Path

from text_helpers import moves, read

from careergraph.loaders.text_story import former_moves
from careergraph.loaders.text_zh import chinese_lines, read_chinese


def test_former_then_began_reads_no_word_before_the_sentence() -> None:
    # the words "a former" end the sentence before; the sentence read opens with the post
    # (a line split from the one before with no full stop: "... a former" / "Baker began ...")
    lowers = "we hired a former baker began his career as a mechanic .".split()
    start = 4
    roles = [(4, 5), (10, 11)]
    assert former_moves(lowers, start, len(lowers), roles) == []


def test_former_then_began_still_reads_a_former_post() -> None:
    lowers = "after beginning his career as a mechanic , tom , a former baker , smiled .".split()
    moves = former_moves(lowers, 0, len(lowers), [(6, 7), (12, 13)])
    assert [(m.source, m.target) for m in moves] == [(1, 0)]


def test_announced_holders_read_with_held_by_switched_off() -> None:
    # zh.announced reads the list a clause of a post's holders announces; switching zh.held-by off (the ablation)
    # must leave it on
    page = "面包师的收入\n\n具备以下能力的面包师更有可能获得高薪:\n\n  • 揉面技巧\n  • 沟通能力\n"
    facts = read_chinese(page, chinese_lines(page), disabled={"zh.held-by"})
    got = {(n.role, n.skill, n.rule) for n in facts.needs}
    assert {("面包师", "揉面技巧", "zh.announced"), ("面包师", "沟通能力", "zh.announced")} <= got, got


def test_later_before_reads_only_its_own_tokens() -> None:
    from careergraph.loaders.text_story import _later_before

    lowers = "she went on to run the bakery".split()
    assert _later_before(lowers, 0, 4)  # "went on to" inside the span
    assert not _later_before(lowers, 0, 3)  # "to" past the span's end: no "went on to" in it


def test_years_as_reads_no_span_from_the_line_above(tmp_path: Path) -> None:
    # transitions.years-as: "three years as" closing the line above is no span held before the post opening this one
    page = "Brewery careers\n\nPlan on three years as\nHead brewer posts follow two years as a brewer.\n"
    assert set(moves(read(tmp_path, page))) == {("brewer", "head-brewer")}


def test_past_one_of_reads_no_of_past_the_span() -> None:
    from careergraph.loaders.text_story import _past_one_of

    lowers = "i was one of the bakers".split()
    assert _past_one_of(lowers, 2, 6) == 5  # "one of the" inside the span: the post starts after it
    assert _past_one_of(lowers, 2, 3) == 2  # "of" past the span's end: no "one of" in it
