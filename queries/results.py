"""The small result types every query returns: ``.to_dict()`` for JSON, ``.to_frame()`` for pandas."""

from __future__ import annotations

import dataclasses
from typing import Any

import pandas as pd

__all__ = ["Result", "ResultList", "frame_of"]


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


class ResultList(list[Any]):
    """A list of query results that also turns into a table or JSON.

    Examples
    --------
    >>> from dataclasses import dataclass
    >>> @dataclass
    ... class Item(Result):
    ...     key: str
    >>> items = ResultList([Item("a"), Item("b")])
    >>> items.to_dict(), list(items.to_frame()["key"])
    ([{'key': 'a'}, {'key': 'b'}], ['a', 'b'])
    """

    columns: list[str] | None = None

    def to_dict(self) -> list[dict[str, Any]]:
        """The items as JSON-ready dicts."""
        return [item.to_dict() for item in self]

    def to_frame(self) -> pd.DataFrame:
        """One row per item."""
        rows = self.to_dict()
        if self.columns is not None:
            return pd.DataFrame([{c: r[c] for c in self.columns} for r in rows], columns=self.columns)
        return pd.DataFrame(rows)


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
