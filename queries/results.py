"""The small result types every query returns: ``.to_dict()`` for JSON, ``.to_frame()`` for pandas."""

from __future__ import annotations

import dataclasses
from typing import Any

import pandas as pd

__all__ = ["Result", "frame_of"]


class Result:
    """Mixin for query results (dataclasses): JSON-ready dicts and pandas tables."""

    def to_dict(self) -> dict[str, Any]:
        """The result as plain JSON-ready data."""
        if not dataclasses.is_dataclass(self):
            raise TypeError(f"{type(self).__name__} is not a dataclass")
        return dataclasses.asdict(self)

    def to_frame(self) -> pd.DataFrame:
        """The result as a table, one row per item."""
        return pd.DataFrame([self.to_dict()])


def frame_of(items: list[Any], columns: list[str]) -> pd.DataFrame:
    """A table of result items (dataclasses), one row each, with the given columns.

    Examples
    --------
    >>> from dataclasses import dataclass
    >>> @dataclass
    ... class Item(Result):
    ...     key: str
    ...     score: float
    >>> frame_of([Item("a", 0.5), Item("b", 0.25)], ["key", "score"]).shape
    (2, 2)
    """
    rows = [{col: getattr(item, col) for col in columns} for item in items]
    return pd.DataFrame(rows, columns=columns)
