"""Exceptions raised by careergraph.

User mistakes (a bad file, an unknown role) raise a subclass of
:class:`CareerGraphError`; the CLI prints its message on one line and exits 1.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "CareerGraphError",
    "CypherError",
    "GraphFileError",
    "GraphServerError",
    "JobGroupNotFound",
    "KnowledgeBaseError",
    "NodeNotFound",
    "RoleNotFound",
    "SchemaError",
    "SkillNotFound",
    "WriteRefused",
    "shorten",
]


def shorten(text: object, limit: int = 60) -> str:
    """``repr(text)`` cut to about ``limit`` characters, saying how long it was (for names echoed in messages).

    Examples
    --------
    >>> shorten("store manager")
    "'store manager'"
    >>> shorten("x" * 100_000, limit=12)
    "'xxxxxxxxx...' (100000 characters)"
    """
    shown = repr(text)
    if len(shown) <= limit:
        return shown
    length = f" ({len(text)} characters)" if isinstance(text, str) else ""
    return shown[: limit - 2] + "..." + shown[0] + length


class CareerGraphError(Exception):
    """Base class of the errors a user can cause and fix."""


class SchemaError(CareerGraphError, ValueError):
    """A node, relationship or property that the schema does not allow."""


class KnowledgeBaseError(SchemaError):
    """A knowledge-base data file that is malformed; the message names file and entry."""


class GraphFileError(CareerGraphError, OSError):
    """A graph file that is missing, unreadable, truncated, corrupt or foreign."""


class CypherError(CareerGraphError):
    """A Cypher query the engine rejected; keeps the engine's ``message`` and the ``query``."""

    def __init__(self, message: str, query: str, *, engine: str) -> None:
        self.message, self.query, self.engine = message.strip(), query, engine
        body = "\n".join("  " + line for line in self.message.splitlines())
        shown = "\n".join("  " + line for line in query.strip().splitlines())
        super().__init__(
            f"{engine}:" + (f" {self.message}" if "\n" not in self.message else "\n" + body) + f"\nquery:\n{shown}"
        )


class WriteRefused(CypherError):
    """A query that writes, run without asking to write (``write=True``, ``--write``): nothing changed."""


class GraphServerError(CareerGraphError, ConnectionError):
    """A graph server (Neo4j) that cannot be reached, refuses the login or lacks the database."""


class NodeNotFound(CareerGraphError, LookupError):
    """A name that matches no node; ``suggestions`` holds the closest names."""

    kind = "node"

    def __init__(self, name: str, suggestions: Sequence[str] = ()) -> None:
        self.name = name
        self.suggestions = list(suggestions)
        message = f"unknown {self.kind} {shorten(name)}"
        if self.suggestions:
            message += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(message)


class RoleNotFound(NodeNotFound):
    """A role name that matches no Role node."""

    kind = "role"


class SkillNotFound(NodeNotFound):
    """A skill name that matches no Skill node."""

    kind = "skill"


class JobGroupNotFound(NodeNotFound):
    """A job-group name that matches no JobGroup node."""

    kind = "job group"
