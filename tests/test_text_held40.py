"""A post named with how it is held ("a freelance consultant", "a part-time cashier") after a cue that says what
someone is or becomes ("became a", "as a", "I was a") is that post, those words in its name (stop 39): no title
takes them before its head elsewhere ("a full time manager" is the manager), and before, they hid a lone head
from the cue, so no post was read at all."""

from __future__ import annotations

from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_extract import extract_facts


def _roles(text: str) -> set[str]:
    facts = extract_facts(default_vocabulary(), "p.txt", text)
    return {key for key, node in facts.nodes.items() if node["label"].value == "Role"}


def test_a_post_held_freelance_or_part_time_after_a_cue_keeps_those_words() -> None:
    assert "freelance-upholsterer" in _roles("After art school Mia became a freelance upholsterer.")
    assert "part-time-cashier" in _roles("Leo started out as a part-time cashier at the garden centre.")
    assert "part-time-usher" in _roles("I was a part time usher for two years.")
    assert "contract-surveyor" in _roles("She now works as a contract surveyor.")
    # no cue, no post: the words of how a post is held do not make a head alone a post
    assert not _roles("The firm hires a contract surveyor now and then.")
