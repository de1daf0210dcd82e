"""A post that helps lead other posts, and a cue inside brackets after a duty (stop 46).

The pages are written for the test, in a trade other than e-commerce (a hospital ward), so that what is tested is
the wording, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

# a hospital page: a post that helps lead the juniors, with a cue inside a bracket after its duty
WARD = """Ward staff

The ward has junior nurses and senior nurses. Senior nurses often help supervise/mentor the junior nurses and run
the late rounds (rounds requiring a second signature for controlled drugs).
"""


def test_help_and_a_verb_of_leading(tmp_path: Path) -> None:
    got = needs(read(tmp_path, WARD, name="ward.txt"))
    assert "junior nurse mentoring" in got.get("senior-nurse", set()), got
    page = "Ward staff\n\nThe ward has junior nurses and senior nurses. Senior nurses help train the junior nurses.\n"
    got = needs(read(tmp_path, page, name="ward2.txt"))
    assert "junior nurse training" in got.get("senior-nurse", set()), got


def test_help_verb_off(tmp_path: Path) -> None:
    g = read(tmp_path, WARD, disabled=frozenset({"requirements.help-verb"}), name="ward.txt")
    assert "senior-nurse" not in needs(g), needs(g)
    g = read(tmp_path, WARD, disabled=frozenset({"requirements.bracket-cue"}), name="ward.txt")
    assert "junior nurse mentoring" not in needs(g).get("senior-nurse", set()), needs(g)
