"""Typos, corrected the way people expect: an unknown word is matched to its nearest known
words of the query's own language (edit distance 1 for words of 4-7 letters, 2 beyond, same
first letter), from the catalogue's text only: never field names or taxonomy ids."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from . import keytable
from .arrays import load_array

MAX_CANDIDATES = 3
# The vocabulary lives beside the Whoosh index (index files, checked with the others), not in
# the sidecar: a sidecar is rewritten from the index, and the index does not hold words as
# written. A key table ("language<US>word", memory-mapped, searched without loading it) and
# each word's document frequency: a query's first search needs no vocabulary read in.
NAME = "spelling_"
FREQUENCIES = "spelling_frequencies.npy"
SEPARATOR = "\x1f"


def add_words(vocabulary: dict, words_by_language: dict) -> None:
    """Count one document's {language: words} into `vocabulary` {language: {word: documents}}."""
    for language, words in words_by_language.items():
        counts = vocabulary.setdefault(language, {})
        for word in words:
            counts[word] = counts.get(word, 0) + 1


def write_vocabulary(index_path: Path, vocabulary: dict) -> None:
    """Write {language: {word: documents}} in full (a build)."""
    entries = sorted((f"{language}{SEPARATOR}{word}", count)
                     for language, words in vocabulary.items() for word, count in words.items())
    keytable.write(index_path, [key for key, _ in entries], NAME)
    _save_frequencies(index_path, np.asarray([count for _, count in entries], dtype=np.int64))


def add_to_vocabulary(index_path: Path, additions: dict) -> None:
    """Count {language: {word: documents}} into the vocabulary written at `index_path` (an
    update: new words are inserted, known ones counted up). Raises OSError or ValueError when
    the vocabulary there cannot be read."""
    vocabulary = Vocabulary(index_path)
    frequencies = np.array(vocabulary.frequencies, dtype=np.int64)
    new = {}
    for language, words in additions.items():
        for word, count in words.items():
            position = vocabulary.position(language, word)
            if position >= 0:
                frequencies[position] += count
            else:
                new[f"{language}{SEPARATOR}{word}"] = count
    if new:
        keys = sorted(new)
        blob, offsets, positions = keytable.inserted(vocabulary.table, keys)
        frequencies = np.insert(frequencies, positions, [new[key] for key in keys])
        vocabulary.close()
        keytable.write_raw(index_path, blob, offsets, NAME)
    else:
        vocabulary.close()
    _save_frequencies(index_path, frequencies)


def _save_frequencies(index_path: Path, frequencies: np.ndarray) -> None:
    # Replaced, not written in place: the file may be a hard link to the installed version's.
    keytable.replace_file(Path(index_path) / FREQUENCIES, lambda handle: np.save(handle, frequencies))


class Vocabulary:
    """The catalogue's words per language, open for lookups. Raises OSError or ValueError when
    its files cannot be read or do not agree."""

    def __init__(self, index_path: Path):
        self.table = keytable.KeyTable(index_path, NAME)
        self.frequencies = load_array(Path(index_path) / FREQUENCIES, mmap_mode="r")
        if self.frequencies.shape != (len(self.table),):
            raise ValueError("the spelling vocabulary's words and counts do not agree")
        self._lists = {}

    def close(self) -> None:
        self.table = self.frequencies = None

    def position(self, language: str, word: str) -> int:
        return self.table.find(f"{language}{SEPARATOR}{word}")

    def has(self, language: str, word: str) -> bool:
        return self.position(language, word) >= 0

    def frequency(self, language: str, word: str) -> int:
        position = self.position(language, word)
        return int(self.frequencies[position]) if position >= 0 else 0

    def words(self, language: str) -> list:
        """Every word of `language`, sorted (read on the first correction in that language)."""
        if language not in self._lists:
            first, end = self.table.prefix_range(language + SEPARATOR)
            self._lists[language] = [self.table.key(i)[len(language) + 1:] for i in range(first, end)]
        return self._lists[language]

    def with_prefix(self, language: str, prefix: str, limit: int) -> list:
        """The `limit` most frequent words of `language` that start with `prefix`, in order."""
        first, end = self.table.prefix_range(f"{language}{SEPARATOR}{prefix}")
        if end - first > limit:
            chosen = np.sort(np.argpartition(-np.asarray(self.frequencies[first:end]), limit - 1)[:limit]) + first
        else:
            chosen = range(first, end)
        return [self.table.key(int(i))[len(language) + 1:] for i in chosen]


def max_distance(word: str) -> int:
    """How many edits a word of this length may be away from what was meant (0: too short)."""
    if len(word) < 4:
        return 0
    return 1 if len(word) <= 7 else 2


class Speller:
    """Nearest catalogue words per language, from the index's vocabulary."""

    def __init__(self, vocabulary: Vocabulary, languages: tuple):
        self.vocabulary, self._languages = vocabulary, languages

    def knows(self, word: str) -> bool:
        """True when `word` occurs in the text of any language."""
        return any(self.vocabulary.has(lang, word) for lang in self._languages)

    def words_with_prefix(self, language: str, prefix: str, limit: int) -> list:
        """The `limit` most frequent catalogue words of `language` that start with `prefix`."""
        return self.vocabulary.with_prefix(language, prefix, limit)

    def nearest(self, word: str, language: str) -> list:
        """Known words near `word` in `language` (then in any language), closest and most
        frequent first; [] when none is near enough."""
        limit = max_distance(word)
        if not limit or not word.isalpha():
            return []
        from rapidfuzz import process  # imported on the first unknown word, not at start-up
        from rapidfuzz.distance import Levenshtein
        for languages in ([language], [lang for lang in self._languages if lang != language]):
            found = {}
            for lang in languages:
                for candidate, distance, _ in process.extract(word, self.vocabulary.words(lang),
                                                              scorer=Levenshtein.distance, score_cutoff=limit, limit=20):
                    if candidate[:1] == word[:1] and candidate != word and candidate.isalpha():
                        key = (distance, -self.vocabulary.frequency(lang, candidate))
                        found[candidate] = min(found.get(candidate, key), key)
            if found:
                return sorted(found, key=lambda c: (found[c], c))[:MAX_CANDIDATES]
        return []
