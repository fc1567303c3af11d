"""Relevance of the search, measured on questions written from the entries before any tuning
(tests/relevance/questions.yaml: 232 questions, at least 57 per language). The floors sit a
little under what was measured when the engine landed (MRR@10 0.95-0.98, recall@5 0.94-0.97 per
language; `benchmarks/relevance_bench.py` prints the table), so a change that makes search
worse for any language fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.search.relevance import load_questions, run, summary

QUESTIONS = Path(__file__).with_name("questions.yaml")
MRR_FLOOR = 0.90
RECALL_FLOOR = 0.90


@pytest.fixture(scope="module")
def table(shipped_build):
    from desktop.core.catalogue import Catalogue

    catalogue = Catalogue.open(shipped_build / "catalogue.db", shipped_build / "search_index")
    try:
        return summary(run(catalogue, load_questions(QUESTIONS)))
    finally:
        catalogue.close()


def test_the_question_set_covers_every_language_and_real_practices(shipped_catalogue):
    questions = load_questions(QUESTIONS)
    known = set(shipped_catalogue.practice_ids())
    for language in ("en", "es", "fr", "pt"):
        assert sum(q.lang == language for q in questions) >= 30
    assert {a for q in questions for a in q.answers} <= known


@pytest.mark.parametrize("language", ["en", "es", "fr", "pt"])
def test_mean_reciprocal_rank_and_recall_per_language(table, language):
    row = table[language]
    assert row["mrr"] >= MRR_FLOOR, f"{language}: MRR@10 {row['mrr']:.3f}"
    assert row["recall5"] >= RECALL_FLOOR, f"{language}: recall@5 {row['recall5']:.3f}"


def test_interface_language_does_not_hide_other_languages(shipped_catalogue):
    # A Spanish question asked from an English interface still finds its answers.
    questions = [q for q in load_questions(QUESTIONS) if q.lang == "es"]
    row = summary(run(shipped_catalogue, questions, interface="en"))["es"]
    assert row["mrr"] >= MRR_FLOOR - 0.05
