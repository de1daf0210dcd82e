"""Queries over a careergraph graph: paths, skill gaps, adjacency (``careergraph.queries``)."""

from careergraph.graph.cache import refresh
from careergraph.queries.adjacency import (
    Neighbor,
    RoleLink,
    SimilarRole,
    all_similar_roles,
    neighbors,
    next_roles,
    previous_roles,
    similar_roles,
)
from careergraph.queries.gaps import (
    LearningPlan,
    PlanStep,
    SkillGap,
    SkillNeed,
    learning_plan,
    required_skills,
    skill_gap,
)
from careergraph.queries.names import AmbiguousName, normalize_name, resolve, resolve_node, resolve_role, resolve_skill
from careergraph.queries.paths import CareerPath, NoCareerPath, Step, career_path, transition_graph

__all__ = [
    "AmbiguousName",
    "CareerPath",
    "LearningPlan",
    "Neighbor",
    "NoCareerPath",
    "PlanStep",
    "RoleLink",
    "SimilarRole",
    "SkillGap",
    "SkillNeed",
    "Step",
    "all_similar_roles",
    "career_path",
    "learning_plan",
    "neighbors",
    "next_roles",
    "normalize_name",
    "previous_roles",
    "refresh",
    "required_skills",
    "resolve",
    "resolve_node",
    "resolve_role",
    "resolve_skill",
    "similar_roles",
    "skill_gap",
    "transition_graph",
]
