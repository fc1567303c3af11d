"""Measuring relevance: mean reciprocal rank and recall of a question set against a catalogue.

Used by tests/relevance (which fails below a floor) and benchmarks/relevance_bench.py (which
prints the per-language table). The questions were written from the entries, before tuning.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..model import SearchRequest


@dataclass(frozen=True)
class Question:
    q: str
    lang: str
    kind: str
    answers: tuple


@dataclass(frozen=True)
class Outcome:
    question: Question
    rank: int | None  # 1-based rank of the first right answer in the top 10, None when absent
    found_in_5: int  # right answers among the top 5


def load_questions(path: Path) -> list:
    """The questions of a YAML file: [{q, lang, kind, answers}]."""
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return [Question(q=str(r["q"]), lang=str(r["lang"]), kind=str(r.get("kind", "")),
                     answers=tuple(r["answers"])) for r in raw]


def run(catalogue, questions: list, interface: str | None = None) -> list:
    """Ask each question (in its own language as the interface language, unless given)."""
    outcomes = []
    for question in questions:
        result = catalogue.search(SearchRequest(query=question.q, limit=10, language=interface or question.lang))
        ids = [hit.id for hit in result.hits]
        rank = next((i for i, pid in enumerate(ids, start=1) if pid in question.answers), None)
        outcomes.append(Outcome(question, rank, sum(pid in question.answers for pid in ids[:5])))
    return outcomes


def summary(outcomes: list) -> dict:
    """{language: {"mrr": MRR@10, "recall5": recall@5, "top3": share with a right answer in
    the first three, "n": questions}} plus "all"."""
    groups = defaultdict(list)
    for outcome in outcomes:
        groups[outcome.question.lang].append(outcome)
        groups["all"].append(outcome)
    table = {}
    for language, items in groups.items():
        table[language] = {
            "mrr": sum(1 / o.rank for o in items if o.rank) / len(items),
            "recall5": sum(o.found_in_5 / min(len(o.question.answers), 5) for o in items) / len(items),
            "top3": sum(1 for o in items if o.rank and o.rank <= 3) / len(items),
            "n": len(items),
        }
    return table
