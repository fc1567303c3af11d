"""Relevance of the search on the shipped catalogue: MRR@10, recall@5 and "right answer in
the first three", per language, for tests/relevance/questions.yaml (written from the entries
before any tuning). Prints the table, then the questions that missed.

    .venv/bin/python benchmarks/relevance_bench.py [--misses] [--interface en]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.build import build_catalogue  # noqa: E402
from desktop.core.catalogue import Catalogue  # noqa: E402
from desktop.core.search.relevance import load_questions, run, summary  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list questions whose answer is not in the top 3")
    parser.add_argument("--interface", help="interface language for every question (default: the question's)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        build_catalogue(ROOT / "resources", folder / "catalogue.db", folder / "search_index")
        catalogue = Catalogue.open(folder / "catalogue.db", folder / "search_index")
        outcomes = run(catalogue, load_questions(ROOT / "tests" / "relevance" / "questions.yaml"), args.interface)
        catalogue.close()
    table = summary(outcomes)
    print(f"{'language':<10}{'questions':>10}{'MRR@10':>9}{'recall@5':>10}{'top 3':>8}")
    for language in ("en", "es", "fr", "pt", "all"):
        row = table[language]
        print(f"{language:<10}{row['n']:>10}{row['mrr']:>9.3f}{row['recall5']:>10.3f}{row['top3']:>8.2f}")
    if args.misses:
        print()
        for outcome in outcomes:
            if not outcome.rank or outcome.rank > 3:
                q = outcome.question
                print(f"[{q.lang} {q.kind}] {q.q!r}: rank {outcome.rank} (wanted {', '.join(q.answers[:3])})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
