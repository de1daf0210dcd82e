"""A bracketed section's name with its items run on after it on the same line ("【职责】接待客人；...", with or
without a colon) heads the section and gives its items, as "职责：..." does (stop 46). The wording, roles and trade
here (a hotel) are our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from text_helpers import links, read


@pytest.mark.parametrize("head", ["【职责】", "【职责】：", "【岗位职责】:"])
def test_run_in_bracketed_section_gives_its_items(tmp_path: Path, head: str) -> None:
    page = f"酒店前台\n\n{head}接待客人；办理入住手续；处理客人投诉\n"
    found = links(read(tmp_path, page))
    for skill in ("接待客人", "办理入住手续", "处理客人投诉"):
        assert ("酒店前台", skill) in found, found
