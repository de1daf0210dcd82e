"""A table row written without its outer bars whose first cell names a post and whose next cell tells, in a
sentence of its own, what the holder does (stop 46).

"Concierge | The Concierge books tables ... |": the row's post does the duties of the sentence after the bar. Each
page is written for the test, in a trade the rules were not written from (a hospital, a building site).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read, roles

_PAGE = (
    "Ward roles\n"
    "The table below describes each role on the ward.\n"
    "Role | Description | Shift pattern |\n"
    "---|---|---|\n"
    "Ward Clerk | The Ward Clerk books outpatient appointments and files the discharge letters. |\n"
    "|\n"
    "Porter | This role moves patients between wards, and collects specimens from the clinics. |\n"
    "|\n"
)


def test_the_sentence_after_a_rows_post_names_its_duties(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE))
    assert any("appointment" in s for s in got.get("ward-clerk", set())), got
    assert any("specimen" in s for s in got.get("porter", set())), got
    off = needs(read(tmp_path, _PAGE, frozenset({"requirements.bar-label"})))
    assert not any("appointment" in s for s in off.get("ward-clerk", set())), off
    assert not any("specimen" in s for s in off.get("porter", set())), off


def test_a_bar_after_no_post_opens_no_sentence(tmp_path: Path) -> None:
    text = (
        "Site Manager\n\n"
        "Week one | The crane arrives and the scaffolders put up the frame. |\n"
        "|\n"
    )
    got = needs(read(tmp_path, text))
    assert not any("frame" in s for s in got.get("site-manager", set())), got


def test_a_rows_label_repeated_as_its_subject_names_a_post(tmp_path: Path) -> None:
    text = (
        "Ward roles\n"
        "Role | Description | Shift pattern |\n"
        "---|---|---|\n"
        "Bleep Holder | The Bleep Holder answers the crash calls and restocks the trolleys. |\n"
        "|\n"
    )
    got = needs(read(tmp_path, text))
    assert any("trolley" in s for s in got.get("bleep-holder", set())), got
    off = needs(read(tmp_path, text, frozenset({"requirements.bar-label"})))
    assert "bleep-holder" not in off, off


def test_a_label_repeated_under_no_header_of_posts_names_none(tmp_path: Path) -> None:
    # (the row read under a header of posts names one; under a header of facts, none: before, the test's row, 'Rota |
    # The Rota changes ...', named no post under either header, and the test could not fail)
    text = (
        "Ward facts\n"
        "Fact | Detail |\n"
        "---|---|\n"
        "Bleep Holder | The Bleep Holder answers the crash calls and restocks the trolleys. |\n"
        "|\n"
    )
    graph = read(tmp_path, text)
    assert "bleep-holder" not in roles(graph), roles(graph)
    assert "bleep-holder" in roles(read(tmp_path, text.replace("Fact | Detail", "Role | Detail")))
