"""Review of stop 43's loader changes: indexes kept inside the sentence read."""

from loaders.text_story import former_moves


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
