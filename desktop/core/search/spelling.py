"""Typos, corrected the way people expect: an unknown word is matched to its nearest known
words of the query's own language (edit distance 1 for words of 4-7 letters, 2 beyond, same
first letter), from the catalogue's text only: never field names or taxonomy ids."""

from __future__ import annotations

import json
from pathlib import Path

MAX_CANDIDATES = 3
# The vocabulary lives beside the Whoosh index (an index file, checked with the others), not in
# the sidecar: a sidecar is rewritten from the index, and the index does not hold words as written.
VOCABULARY_FILE = "spelling.json"


def add_words(vocabulary: dict, words_by_language: dict) -> None:
    """Count one document's {language: words} into `vocabulary` {language: {word: documents}}."""
    for language, words in words_by_language.items():
        counts = vocabulary.setdefault(language, {})
        for word in words:
            counts[word] = counts.get(word, 0) + 1


def write_vocabulary(index_path: Path, vocabulary: dict) -> None:
    (Path(index_path) / VOCABULARY_FILE).write_text(json.dumps(vocabulary, ensure_ascii=False), encoding="utf-8")


def read_vocabulary(index_path: Path) -> dict:
    """{language: {word: document frequency}}; raises OSError or ValueError when unreadable."""
    vocabulary = json.loads((Path(index_path) / VOCABULARY_FILE).read_text(encoding="utf-8"))
    if not isinstance(vocabulary, dict):
        raise ValueError(f"{VOCABULARY_FILE} is not a table of languages")
    return vocabulary


def max_distance(word: str) -> int:
    """How many edits a word of this length may be away from what was meant (0: too short)."""
    if len(word) < 4:
        return 0
    return 1 if len(word) <= 7 else 2


class Speller:
    """Nearest catalogue words per language, from the index's vocabulary."""

    def __init__(self, vocabulary: dict):
        self._vocabulary = vocabulary  # {language: {word: document frequency}}
        self._lists = {}

    def knows(self, word: str) -> bool:
        """True when `word` occurs in the text of any language."""
        return any(word in words for words in self._vocabulary.values())

    def languages_of(self, word: str) -> set:
        return {lang for lang, words in self._vocabulary.items() if word in words}

    def _words(self, language: str) -> list:
        if language not in self._lists:
            self._lists[language] = sorted(self._vocabulary.get(language, {}))
        return self._lists[language]

    def words_with_prefix(self, language: str, prefix: str, limit: int) -> list:
        """The `limit` most frequent catalogue words of `language` that start with `prefix`."""
        from bisect import bisect_left
        words = self._words(language)
        start, end = bisect_left(words, prefix), bisect_left(words, prefix + "\uffff")
        found = words[start:end]
        if len(found) > limit:
            frequencies = self._vocabulary.get(language, {})
            found = sorted(found, key=lambda w: -frequencies.get(w, 0))[:limit]
        return found

    def nearest(self, word: str, language: str) -> list:
        """Known words near `word` in `language` (then in any language), closest and most
        frequent first; [] when none is near enough."""
        limit = max_distance(word)
        if not limit or not word.isalpha():
            return []
        from rapidfuzz import process  # imported on the first unknown word, not at start-up
        from rapidfuzz.distance import Levenshtein
        for languages in ([language], [lang for lang in self._vocabulary if lang != language]):
            found = {}
            for lang in languages:
                frequencies = self._vocabulary.get(lang, {})
                for candidate, distance, _ in process.extract(word, self._words(lang), scorer=Levenshtein.distance,
                                                              score_cutoff=limit, limit=20):
                    if candidate[:1] == word[:1] and candidate != word and candidate.isalpha():
                        key = (distance, -frequencies.get(candidate, 0))
                        found[candidate] = min(found.get(candidate, key), key)
            if found:
                return sorted(found, key=lambda c: (found[c], c))[:MAX_CANDIDATES]
        return []
