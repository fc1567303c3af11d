"""Soft matching and ranking over the sidecar arrays, in numpy.

Each unit of the query (a word, a phrase, an OR group...) gets a dense score vector over all
documents: for every field kind the best BM25 impact over the four languages (the word is
stemmed as each language stems it), times the field's boost, times a boost for the query's and
the interface's language. A document's score is

    share of the units matched x COVERAGE  +  sum of unit scores  +  words side by side
    +  EXACT_NAME for its name

where each unit's share is weighted by its rarity (log(1 + N / matches)): a practice with all
the words ranks above every practice that lacks one, and among partial matches the rarer words
found count for more than common ones; within a level, BM25F decides, and two neighbouring
words of the query found side by side in a field add their scores again (PROXIMITY). Every
match is scored: no "first N matches" shortcut.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..errors import SearchCancelled
from ..taxonomy import FACET_FIELDS
from .documents import FIELD_BOOSTS, PER_LANGUAGE, exact_name
from .positions import phrase_documents
from .query import FieldMatch, ParsedQuery, Phrase, Term
from .terms import LANGUAGES, phrase_terms, stem, stop_words

COVERAGE = 10_000.0
ALL_WORDS = 1_000_000.0  # every unit matched: above any partial match, whatever its words
EXACT_NAME = 10_000_000.0
SYNONYM_SCORE = 1.0  # a practice tagged with what a word names ranks below one that says it
FUZZY_WEIGHT = 0.5  # a corrected word counts, below the words as typed
QUERY_LANGUAGE_BOOST, INTERFACE_BOOST = 1.25, 1.1
# A prefix stands for the words that start so, the most frequent first. How many term lookups
# all the prefixes of one query may cost together, and at least how many terms per prefix and
# field: "m* p* c* s*" must not cost seconds (it once did: 20-44 s at 10,000 practices).
PREFIX_LOOKUPS = 1200
PREFIX_TERMS_MIN, PREFIX_TERMS_MAX = 8, 100
MAX_CORRECTIONS = 6  # unknown words a query may look a correction up for (each costs milliseconds)
# Two words of a plain query that stand side by side in a practice ("local decisions",
# "hometown associations") add this share of their scores again: words together say more than
# the same words pages apart. It reorders practices within one level of coverage, never across.
PROXIMITY = 1.0


@dataclass
class Highlights:
    """What snippets mark: stems per language, folded words and prefixes."""

    stems: dict = field(default_factory=lambda: {lang: set() for lang in LANGUAGES})
    words: set = field(default_factory=set)
    prefixes: set = field(default_factory=set)


@dataclass
class Ranking:
    """What a query matched and how well: the core of a search result."""

    matched: np.ndarray  # bool per docnum: the match set (before facet filters)
    scores: np.ndarray  # float per docnum
    coverage: np.ndarray  # int per docnum: how many of the query's units it matched
    unit_count: int  # units that count towards coverage
    unmatched: tuple  # words as typed that matched nothing
    corrections: dict  # word as typed -> the catalogue word it was corrected to
    highlights: Highlights
    scored: bool  # False for queries of filters only (no text to rank by)


class Ranker:
    """Scores queries against one sidecar."""

    def __init__(self, sidecar, live: np.ndarray, synonyms, speller, whoosh):
        self.sidecar, self.live, self.synonyms, self.speller, self.whoosh = sidecar, live, synonyms, speller, whoosh
        self.size = len(live)
        self._prefix_terms, self._corrections_left = PREFIX_TERMS_MAX, MAX_CORRECTIONS

    # -- one word ---------------------------------------------------------------------------

    def _word(self, word: str, boosts: dict, highlights: Highlights, prefix: bool = False) -> np.ndarray:
        """Score vector of one folded word (or prefix) over every text field and language."""
        total = np.zeros(self.size, dtype=np.float32)
        for kind in PER_LANGUAGE:
            best = np.zeros(self.size, dtype=np.float32)
            for lang in LANGUAGES:
                if prefix:
                    # Stems can be shorter than the prefix ("authorit*" and "author"): the
                    # language's words that start so are stemmed too.
                    terms = set(self.sidecar.terms_with_prefix(f"{kind}_{lang}", word, self._prefix_terms))
                    terms |= {stem(lang, w) for w in self._prefixed_words(lang, word)} - {None}
                else:
                    terms = [stem(lang, word)] if stem(lang, word) else []
                    highlights.stems[lang].update(terms)
                for term in terms:
                    docs, impacts = self.sidecar.postings(f"{kind}_{lang}", term)
                    if len(docs):
                        _raise_to(best, docs, impacts * boosts[lang])
            total += FIELD_BOOSTS[kind] * best
        for shared, term in (("names", word), ("tags", word), ("topics", None if prefix else stem("en", word))):
            terms = self.sidecar.terms_with_prefix(shared, word, self._prefix_terms) if prefix \
                else ([term] if term else [])
            best = np.zeros(self.size, dtype=np.float32)
            for each in terms:
                docs, impacts = self.sidecar.postings(shared, each)
                if len(docs):
                    _raise_to(best, docs, impacts)
            total += FIELD_BOOSTS[shared] * best
        (highlights.prefixes if prefix else highlights.words).add(word)
        return total

    def _prefixed_words(self, lang: str, prefix: str) -> list:
        # Their stems mostly repeat the index terms already taken: a quarter of the budget.
        return self.speller.words_with_prefix(lang, prefix, max(2, self._prefix_terms // 4))

    def _tagged(self, targets) -> np.ndarray:
        mask = np.zeros(self.size, dtype=bool)
        for field_name, value in targets:
            mask[self.sidecar.postings(field_name, value)[0]] = True
        return mask

    def _known(self, word: str) -> bool:
        return self.speller.knows(word) or bool(self.synonyms.single(word))

    # -- the whole query --------------------------------------------------------------------

    def rank(self, parsed: ParsedQuery, language: str, interface: str, spelling: bool = True,
             cancelled=None) -> Ranking:
        """Score every document for `parsed`, guessed to be in `language`. `cancelled()`, when
        given, is asked between units: True stops the work with SearchCancelled."""
        prefixes = sum(1 for u in parsed.units for a in u.alternatives if getattr(a, "prefix", False))
        fields = len(PER_LANGUAGE) * len(LANGUAGES) + 3
        self._corrections_left = MAX_CORRECTIONS
        self._prefix_terms = max(PREFIX_TERMS_MIN, min(PREFIX_TERMS_MAX, PREFIX_LOOKUPS // (fields * max(prefixes, 1))))
        boosts = {lang: (QUERY_LANGUAGE_BOOST if lang == language else 1.0)
                  * (INTERFACE_BOOST if lang == interface else 1.0) for lang in LANGUAGES}
        highlights, corrections = Highlights(), {}
        stops = stop_words(language) | stop_words("en")
        dropped = [_only_stop_words(u, stops) for u in parsed.units]
        if all(dropped):
            dropped = [False] * len(dropped)
        scores = np.zeros(self.size, dtype=np.float32)
        coverage = np.zeros(self.size, dtype=np.int32)
        required = self.live.copy()
        excluded = np.zeros(self.size, dtype=bool)
        any_positive = np.zeros(self.size, dtype=bool)
        counted, unmatched, scored = 0, [], False
        weights = np.zeros(self.size, dtype=np.float32)
        weight_total = 0.0
        live_count = max(int(self.live.sum()), 1)
        unit_vectors = []
        nothing = (np.zeros(self.size, dtype=bool), np.zeros(self.size, dtype=np.float32))
        for unit, drop in zip(parsed.units, dropped, strict=True):
            if drop:  # kept in place: "whole of government" still names a taxonomy term
                unit_vectors.append((unit, *nothing))
                continue
            if cancelled is not None and cancelled():
                raise SearchCancelled()
            match, score, text_scored = self._unit(unit, boosts, highlights, corrections, language,
                                                   spelling and not unit.excluded)
            unit_vectors.append((unit, match, score))
            scored |= text_scored
        self._synonym_spans(unit_vectors)
        together = self._words_together(unit_vectors, dropped, boosts)
        for (unit, match, score), drop in zip(unit_vectors, dropped, strict=True):
            if drop:
                continue
            match = match & self.live
            if unit.excluded:
                excluded |= match
                continue
            if unit.required:
                required &= match
            if any(isinstance(a, FieldMatch) and a.field in FACET_FIELDS for a in unit.alternatives):
                continue  # a filter: it selects, it does not count towards coverage
            counted += 1
            any_positive |= match
            coverage += match
            # Rare words count for more: "Moldova" over "do", "refugees" over "local".
            weight = float(np.log1p(live_count / (1 + int(match.sum()))))
            weights += weight * match
            weight_total += weight
            scores += score * match
            if not match.any():
                unmatched.append(unit.raw)
        base = any_positive if counted else self.live.copy()
        matched = base & required & ~excluded
        total = (weights / weight_total if weight_total else weights) * COVERAGE + scores + together
        if counted > 1:
            total += (coverage == counted) * ALL_WORDS
        name = exact_name(parsed.text)
        if name:
            total[self.sidecar.postings("exact", name)[0]] += EXACT_NAME
        return Ranking(matched=matched, scores=total, coverage=coverage, unit_count=counted,
                       unmatched=tuple(unmatched), corrections=corrections, highlights=highlights,
                       scored=scored)

    def _unit(self, unit, boosts, highlights, corrections, language, spelling) -> tuple:
        """(match, score, whether text was scored) of one unit: the best of its alternatives."""
        match = np.zeros(self.size, dtype=bool)
        score = np.zeros(self.size, dtype=np.float32)
        text_scored = False
        for alternative in unit.alternatives:
            if isinstance(alternative, FieldMatch):
                if alternative.field in FACET_FIELDS:
                    match |= self._tagged([(alternative.field, alternative.value)])
                    continue
                vector = self._in_field(alternative, boosts, highlights)
            elif isinstance(alternative, Phrase):
                vector = self._phrase(alternative, boosts, highlights)
            else:
                vector = self._word(alternative.text, boosts, highlights, prefix=alternative.prefix)
                targets = self.synonyms.prefixed(alternative.text) if alternative.prefix \
                    else self.synonyms.single(alternative.text)
                if targets:
                    tagged = self._tagged(targets)
                    vector = np.where(tagged & (vector == 0), SYNONYM_SCORE, vector).astype(np.float32)
                if not alternative.prefix and spelling and not vector.any() and not self._known(alternative.text) \
                        and self._corrections_left > 0:
                    self._corrections_left -= 1
                    vector = self._corrected(alternative, boosts, highlights, corrections, language)
            text_scored = True
            match |= vector > 0
            score = np.maximum(score, vector)
        return match, score, text_scored

    def _corrected(self, term: Term, boosts, highlights, corrections, language) -> np.ndarray:
        vector = np.zeros(self.size, dtype=np.float32)
        candidates = self.speller.nearest(term.text, language)
        for candidate in candidates:
            vector = np.maximum(vector, FUZZY_WEIGHT * self._word(candidate, boosts, highlights))
        if candidates and vector.any():
            corrections[term.raw] = candidates[0]
        return vector

    def _phrase(self, phrase: Phrase, boosts, highlights) -> np.ndarray:
        mask = np.zeros(self.size, dtype=bool)
        for field_name in self._phrase_fields(boosts):
            mask[phrase_documents(self.sidecar, field_name, phrase_terms(field_name, phrase.words))] = True
        vector = sum(self._word(w, boosts, highlights) for w in phrase.words)
        return np.where(mask, np.maximum(vector, SYNONYM_SCORE), 0).astype(np.float32)

    def _phrase_fields(self, boosts: dict) -> list:
        # The languages a phrase may be written in: the query's, the interface's and English
        # (every practice has it), and the names and topics.
        languages = [lang for lang in LANGUAGES if lang == "en" or boosts[lang] > 1.0]
        return [f"{kind}_{lang}" for kind in PER_LANGUAGE for lang in languages] + ["names", "topics"]

    def _words_together(self, unit_vectors: list, dropped: list, boosts: dict) -> np.ndarray:
        """PROXIMITY x the pair's scores, for each two neighbouring plain words of the query
        found side by side in one field (stop words between them are skipped in the query as
        the index skips them in the text). Found with the same position arrays as phrases."""
        bonus = np.zeros(self.size, dtype=np.float32)
        previous = None
        for (unit, match, score), drop in zip(unit_vectors, dropped, strict=True):
            if drop:
                continue
            if not _plain_word(unit) or not match.any():
                previous = None
                continue
            word = unit.alternatives[0].text
            if previous is not None:
                side_by_side = np.zeros(self.size, dtype=bool)
                for field_name in self._phrase_fields(boosts):
                    side_by_side[phrase_documents(self.sidecar, field_name,
                                                  phrase_terms(field_name, (previous[0], word)))] = True
                bonus += np.where(side_by_side, PROXIMITY * (previous[1] + score), 0).astype(np.float32)
            previous = (word, score)
        return bonus

    def _in_field(self, match: FieldMatch, boosts, highlights) -> np.ndarray:
        """title:council, body:"listening centres": every word in that field, any language."""
        fields = [f"{match.field}_{lang}" for lang in LANGUAGES] if match.field in PER_LANGUAGE else [match.field]
        result = None
        for word in match.value.split():
            best = np.zeros(self.size, dtype=np.float32)
            for field_name in fields:
                lang = field_name.rsplit("_", 1)[-1]
                term = stem(lang, word) if lang in LANGUAGES else (stem("en", word) if field_name == "topics" else word)
                if term:
                    docs, impacts = self.sidecar.postings(field_name, term)
                    if len(docs):
                        _raise_to(best, docs, impacts)
                    if lang in LANGUAGES:
                        highlights.stems[lang].add(term)
            highlights.words.add(word)
            result = best if result is None else np.where(best > 0, result + best, 0)
        return result if result is not None else np.zeros(self.size, dtype=np.float32)

    def _synonym_spans(self, unit_vectors: list) -> None:
        """A run of plain words that names a taxonomy term ("whole of government", "Marruecos")
        also matches the practices tagged with it, as each of the words."""
        plain = [(i, u.alternatives[0].text) for i, (u, _, _) in enumerate(unit_vectors) if _plain_word(u)]
        tokens = [word for _, word in plain]
        for start, end, targets in self.synonyms.spans(tokens):
            if end - start < 2:
                continue  # single words were expanded where they were scored
            tagged = self._tagged(targets)
            for position in range(start, end):
                index = plain[position][0]
                unit, match, score = unit_vectors[index]
                unit_vectors[index] = (unit, match | tagged,
                                       np.where(tagged & (score == 0), SYNONYM_SCORE, score).astype(np.float32))


def _raise_to(vector: np.ndarray, docs, values) -> None:
    """vector[docs] = max(vector[docs], values). A posting list names each document once, so
    plain fancy indexing does what the slower np.maximum.at would."""
    vector[docs] = np.maximum(vector[docs], values)


def _plain_word(unit) -> bool:
    """A word typed as itself: not a phrase, prefix, field, OR group or excluded word."""
    return (len(unit.alternatives) == 1 and isinstance(unit.alternatives[0], Term)
            and not unit.alternatives[0].prefix and not unit.excluded)


def _only_stop_words(unit, stops) -> bool:
    """A plain word that is a stop word of the query's language (or English): dropped, unless
    it was required with +."""
    return (not unit.required and not unit.excluded and len(unit.alternatives) == 1
            and isinstance(unit.alternatives[0], Term) and not unit.alternatives[0].prefix
            and unit.alternatives[0].text in stops)
