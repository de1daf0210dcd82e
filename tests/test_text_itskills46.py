""""IT" in capitals inside a line that is not all capitals is the field of information technology, not the pronoun
"it" (stop 46). The wording, roles and trade here (a school office) are our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from text_helpers import links, read

from careergraph.loaders.text_requirements import skill_names

SCHOOL_OFFICE = (
    "School Office Administrator\n\n"
    "Requirements:\n"
    "- Good IT skills and a tidy hand.\n"
    "- Basic IT knowledge.\n"
    "- A calm manner with parents.\n"
)


def test_it_in_capitals_names_a_skill_of_the_post(tmp_path: Path) -> None:
    own = {skill for role, skill in links(read(tmp_path, SCHOOL_OFFICE)) if role == "school-office-administrator"}
    assert "it-skills" in own, own
    assert "it-knowledge" in own, own


@pytest.mark.parametrize(
    ("item", "names"),
    [
        ("Good IT skills", ["IT skills"]),
        ("Provide IT support to the staff room", ["IT support"]),
        ("Make sure it is filed", []),  # the pronoun still names nothing
        ("CHECK IT TWICE", []),  # a line all in capitals: the pronoun, as before
    ],
)
def test_it_in_capitals_is_no_pronoun(item: str, names: list[str]) -> None:
    assert [n.name for n in skill_names(item)] == names


# --- skills, then "and" and a knowing of something: two needs, though together they run past a name's length -------


@pytest.mark.parametrize(
    ("item", "names"),
    [
        ("Excellent people skills and knowledge of food safety", ["People skills", "Food safety"]),
        ("Strong IT skills and a good knowledge of stock control systems", ["IT skills", "Stock control systems"]),
        ("Good listening skills and experience with hearing aids", ["Listening skills", "Hearing aids"]),
    ],
)
def test_skills_and_a_knowing_of_something_are_two_needs(item: str, names: list[str]) -> None:
    assert [n.name for n in skill_names(item)] == names
    assert all(item[n.start : n.end].lower() in n.name.lower() for n in skill_names(item))


def test_skills_and_knowledge_line_gives_the_post_both(tmp_path: Path) -> None:
    page = (
        "Pharmacy Counter Assistant\n\n"
        "What you need:\n"
        "- Excellent people skills and knowledge of food safety.\n"
        "- A weekend free each month.\n"
    )
    own = {skill for role, skill in links(read(tmp_path, page)) if role == "pharmacy-counter-assistant"}
    assert "people-skills" in own and "food-safety" in own, own
