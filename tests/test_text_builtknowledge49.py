"""What a narrator or a post's holders built up knowledge of (stop 49, from texts of our own): "I grew my wound care
knowledge", "I developed my knowledge of the theatre lists", "the post gave me a deep understanding of ..." name
skills of the post the story holds at that point, and "Senior nurses have usually developed enough ward knowledge"
one of the post the predicate's subject stands for (requirements.built-knowledge).

The wording, roles and trades here are our own (a hospital ward, a hotel); each test fails on the code before the
change it is about.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from text_helpers import links, read

from careergraph.graph.schema import RelType


def _knowledge_links(g: nx.MultiDiGraph) -> set[tuple[str, str]]:
    """The links the narrator's knowledge rule made."""
    return {
        (u, v)
        for u, v, key, data in g.edges(keys=True, data=True)
        if key == RelType.REQUIRES.value
        and any(e["rule"] == "requirements.built-knowledge" for e in data["evidence"])
    }


def test_the_words_before_the_noun_name_what_the_narrator_knew(tmp_path: Path) -> None:
    page = (
        "Nights on the ward\n\n"
        "I joined the hospital as a healthcare assistant in 2014. There, I nurtured and grew my wound care knowledge"
        " while studying for a diploma at night.\n"
    )
    got = links(read(tmp_path, page))
    assert ("healthcare-assistant", "wound-care-knowledge") in got, got


def test_the_knowledge_goes_to_the_post_held_at_that_point(tmp_path: Path) -> None:
    page = (
        "From porter to bed manager\n\n"
        "In 2012 I started as a porter at the city hospital. Over two years I developed my knowledge of the theatre"
        " lists while pushing trolleys. In 2014 I was promoted to bed manager. The post gave me a deep understanding"
        " of the whole patient pathway from admission to discharge.\n"
    )
    got = _knowledge_links(read(tmp_path, page))
    assert ("porter", "theatre-lists") in got, got
    assert any(role == "bed-manager" and "patient-pathway" in skill for role, skill in got), got
    assert not any(role == "porter" and "pathway" in skill for role, skill in got), got


def test_knowledge_not_built_by_the_narrator_names_nothing(tmp_path: Path) -> None:
    page = (
        "My hotel years\n\n"
        "In 2010 I joined the hotel as a night porter. To my knowledge, the lobby never closed. I had no knowledge of"
        " the booking system. The training course developed their knowledge of fire safety. The night shift gave"
        " me a better understanding of why guests complain.\n"
    )
    got = _knowledge_links(read(tmp_path, page))
    assert not got, got


def test_knowledge_a_posts_holders_built_names_a_skill_of_the_post(tmp_path: Path) -> None:
    page = (
        "Moving up on the ward\n\n"
        "A senior nurse runs the ward on each shift. Senior nurses have usually developed enough ward knowledge to"
        " spot a patient in trouble early.\n"
    )
    got = _knowledge_links(read(tmp_path, page))
    assert ("senior-nurse", "ward-knowledge") in got, got
