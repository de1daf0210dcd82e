"""Role recall and precision, stop 35: job titles in English prose the loader missed or misread (our own texts, in
trades other than e-commerce: a wine bar, a bakery, a care home, a joinery)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles


def test_a_plural_title_the_lemma_table_lacks_is_read_as_its_singular(tmp_path: Path) -> None:
    # a wine bar: "sommeliers", "baristas" are plurals no lemma table knows; the title's head still matches
    page = (
        "Jobs at the Cork Room\n\n"
        "Our sommeliers choose the wine list each spring. Baristas at the front counter start at 7am.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"sommelier", "barista"} <= got
