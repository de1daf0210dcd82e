"""The result types every query returns: ``.to_dict()`` for JSON, ``.to_frame()`` for pandas.

Both backends build these: the networkx queries (:mod:`~careergraph.queries.paths`,
:mod:`~careergraph.queries.gaps`, :mod:`~careergraph.queries.adjacency`) and the
Cypher ones (:mod:`~careergraph.queries.remote`), so neither imports the other.
"""

from __future__ import annotations

import dataclasses
import numbers
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from careergraph.graph.errors import CareerGraphError

if TYPE_CHECKING:  # pandas loads only when a result becomes a table: the query commands never need it
    import pandas as pd

__all__ = [
    "SKILL_WEIGHT",
    "CareerPath",
    "LearningPlan",
    "Neighbor",
    "NoCareerPath",
    "PlanStep",
    "Result",
    "ResultList",
    "RoleLink",
    "SimilarRole",
    "SkillGap",
    "SkillNeed",
    "Step",
    "check_count",
    "frame_of",
]

#: Share of the similarity score that comes from skills; the rest from job groups.
SKILL_WEIGHT = 0.8


def check_count(value: object, name: str) -> int:
    """``value`` if it is a whole number of at least 1, else ValueError naming ``name``.

    The one rule for every count a query takes (``k``, ``depth``): zero and
    negative numbers are refused, never read as slices.

    Examples
    --------
    >>> check_count(3, "k")
    3
    >>> check_count(-1, "k")
    Traceback (most recent call last):
    ...
    ValueError: k must be a whole number of at least 1, not -1
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < 1:
        raise ValueError(f"{name} must be a whole number of at least 1, not {value!r:.40}")
    return int(value)


class Result:
    """Mixin for query results (dataclasses): JSON-ready dicts and pandas tables."""

    def to_dict(self) -> dict[str, Any]:
        """The result as plain JSON-ready data."""
        if not dataclasses.is_dataclass(self):
            raise TypeError(f"{type(self).__name__} is not a dataclass")
        return dataclasses.asdict(self)

    def to_frame(self) -> pd.DataFrame:
        """The result as a table, one row per item."""
        import pandas as pd

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
        import pandas as pd

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
    import pandas as pd

    rows = [{col: getattr(item, col) for col in columns} for item in items]
    return pd.DataFrame(rows, columns=columns)


# --- career paths -------------------------------------------------------------


class NoCareerPath(CareerGraphError, LookupError):
    """No chain of transitions leads from one role to the other."""

    def __init__(self, source: str, target: str, reachable: list[str], feeders: list[str]) -> None:
        self.source, self.target = source, target
        self.reachable, self.feeders = reachable, feeders

        def listing(names: list[str]) -> str:
            if not names:
                return "none"
            shown = ", ".join(names[:8])
            return shown + (f" and {len(names) - 8} more" if len(names) > 8 else "")

        super().__init__(
            f"no career path from {source!r} to {target!r}; "
            f"reachable from {source!r}: {listing(reachable)}; leading to {target!r}: {listing(feeders)}"
        )


@dataclass
class Step(Result):
    """One move of a career path."""

    source: str
    target: str
    source_name: str
    target_name: str
    kind: str | None
    years_min: float | None
    years_max: float | None
    evidence: list[dict[str, Any]]


@dataclass
class CareerPath(Result):
    """A route between two roles.

    ``years_min``/``years_max`` add up the durations the documents state;
    ``steps_without_years`` counts the moves for which no duration is known,
    so the total is a lower bound when it is above zero.
    """

    roles: list[str]
    names: list[str]
    steps: list[Step]
    years_min: float | None
    years_max: float | None
    steps_without_years: int
    alternatives: list[CareerPath] = field(default_factory=list)

    def to_frame(self) -> pd.DataFrame:
        """One row per step: source, target, kind, years."""
        return frame_of(self.steps, ["source_name", "target_name", "kind", "years_min", "years_max"])

    @classmethod
    def of(cls, roles: list[str], names: list[str], steps: list[Step]) -> CareerPath:
        """The path through ``roles`` (with their ``names``) by ``steps``, its years added up."""
        lows = [s.years_min if s.years_min is not None else s.years_max for s in steps]
        highs = [s.years_max if s.years_max is not None else s.years_min for s in steps]
        known_lows = [x for x in lows if x is not None]
        known_highs = [x for x in highs if x is not None]
        return cls(
            roles=list(roles),
            names=list(names),
            steps=steps,
            years_min=float(sum(known_lows)) if known_lows else None,
            years_max=float(sum(known_highs)) if known_highs else None,
            steps_without_years=sum(1 for x in lows if x is None),
        )


# --- skill gaps ---------------------------------------------------------------


@dataclass
class SkillNeed(Result):
    """A skill a role requires, with how much it matters (1-5)."""

    key: str
    name: str
    importance: int
    on_the_way: list[str] = field(default_factory=list)
    #: None for the role's own requirement; for one a standard layer adds, the occupation it comes from
    source: str | None = None


@dataclass
class SkillGap(Result):
    """The skills a target role requires that the current role (or person) lacks.

    ``coverage`` is the share of the target's requirements already met,
    weighted by importance, in percent (100 when the target requires nothing).
    """

    current: str | None
    target: str
    missing: list[SkillNeed]
    shared: list[SkillNeed]
    coverage: float

    def to_frame(self) -> pd.DataFrame:
        """One row per skill of the target: missing ones first, by importance."""
        import pandas as pd

        missing = frame_of(self.missing, ["key", "name", "importance"]).assign(status="missing")
        shared = frame_of(self.shared, ["key", "name", "importance"]).assign(status="shared")
        frames = [f for f in (missing, shared) if not f.empty]
        if not frames:
            return pd.DataFrame(columns=["key", "name", "importance", "status"])
        return pd.concat(frames, ignore_index=True)


@dataclass
class PlanStep(Result):
    """One move of a learning plan and the skills to learn for it."""

    source: str
    target: str
    target_name: str
    years_min: float | None
    years_max: float | None
    learn: list[SkillNeed]


@dataclass
class LearningPlan(Result):
    """The skill gap spread along the career path, move by move."""

    path: CareerPath
    steps: list[PlanStep]

    def to_frame(self) -> pd.DataFrame:
        """One row per skill to learn, with the move it is needed for."""
        import pandas as pd

        rows = [
            {"step": i + 1, "move_to": s.target_name, "skill": n.name, "importance": n.importance}
            for i, s in enumerate(self.steps)
            for n in s.learn
        ]
        return pd.DataFrame(rows, columns=["step", "move_to", "skill", "importance"])


# --- adjacency ----------------------------------------------------------------


@dataclass
class RoleLink(Result):
    """A role one transition away, with the move's kind, years and evidence."""

    key: str
    name: str
    kind: str | None
    years_min: float | None
    years_max: float | None
    evidence: list[dict[str, Any]]


@dataclass
class SimilarRole(Result):
    """A role similar to another: the score and what they share."""

    key: str
    name: str
    score: float
    skill_score: float
    group_score: float
    shared_skills: list[str]
    shared_groups: list[str]
    #: None for a role similar by skills and groups; for an O*NET related occupation, the tier, rank and via
    related: str | None = None


@dataclass
class Neighbor(Result):
    """A node near another: its label, how far, and the relationship that reached it."""

    key: str
    name: str
    label: str
    relationship: str
    direction: str
    distance: int
