"""Role rules of stop 43/44 (what makes a span a title or not), on short pages of our own in other trades."""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles


def test_chinese_post_glossed_in_english_brackets(tmp_path: Path) -> None:
    # a Chinese title with its English name in brackets, alone on its line, is a Chinese line: its post is read
    page = (
        "烘焙团队岗位分工\n\n1.\n\n面包师(Baker)\n\n职责\n\n:负责制作面包。\n\n2.\n\n"
        "裱花助理(Decorating Assistant)\n\n职责\n\n:协助面包师准备原料。\n\n3.\n\n"
        "美术指导(Art Director)\n\n职责\n\n:负责门店的视觉风格。\n\n4.\n\n后期处理师(Retouching Specialist)\n"
    )
    found = roles(read(tmp_path, page))
    assert {"面包师", "裱花助理", "美术指导", "后期处理师"} <= found
    assert "decorating-assistant" not in found and "specialist" not in found

