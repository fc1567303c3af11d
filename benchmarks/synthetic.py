"""Synthetic practices and benchmark queries for benchmarks/search_bench.py (and app_bench.py).

`Synthesizer` makes `desktop.core.model.Practice` values that look like the real catalogue:
English text and es / fr / pt translations stitched from spans of the real practice files of
each language, plus a Zipf tail of pseudo-words, and tags skewed like the real ones.

`QueryMaker` makes the requests, from its own random generator (`seed + QUERY_SEED_OFFSET`):
it never draws from the Synthesizer's generator, so a catalogue built earlier (--reuse) gets
exactly the requests a fresh build would.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
GENERATOR_VERSION = 3  # bump when the synthetic data changes, so --reuse rebuilds
LANGUAGES = ("en", "es", "fr", "pt")
TRANSLATED = ("es", "fr", "pt")
QUERY_SEED_OFFSET = 1_000_003
QUERY_LANGUAGES = {"en": 55, "es": 15, "fr": 15, "pt": 15}  # language of a request (and its words)


def _cumulative(weights) -> list:
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


class Synthesizer:
    """Makes Practice values whose text and tags are distributed like the real ones.

    Text is stitched from spans of 3-12 consecutive words copied from the real practices of
    the same language (so unigram frequencies, common phrases and the domain's term statistics
    carry over), plus a Zipf-distributed tail of pseudo-words (names, places, rare terms) so
    that the vocabulary keeps growing with the catalogue as a real one would. Tags follow a
    Zipf-like skew over each vocabulary, its values ranked by how often the real practices use
    them. Every practice gets es, fr and pt translations, as every real practice has."""

    def __init__(self, seed: int):
        from desktop.core.catalogue import plain_text
        from desktop.core.sources import load_sources

        self.random = random.Random(seed)
        sources = load_sources(RESOURCES)
        self.sources = sources
        self.taxonomy = sources.taxonomy
        self.taxonomy_text = (RESOURCES / "taxonomy.yaml").read_text(encoding="utf-8")
        practices = sources.practices
        # Per language: word streams of titles, summaries, bodies (headings apart), aliases.
        self.streams = {}
        for lang in LANGUAGES:
            texts = [p if lang == "en" else p.translation(lang) for p in practices]
            texts = [t for t in texts if t is not None]
            body_words, headings = [], Counter()
            for t in texts:
                for line in t.body.split("\n"):
                    if line.startswith("#"):
                        headings[line.strip()] += 1
                    elif line.strip():
                        body_words += plain_text(line).split()
            title_words = [re.sub(r"[^\w'’-]", "", w) for t in texts for w in t.title.split()]
            self.streams[lang] = {
                "body": body_words,
                "headings": [h for h, _ in headings.most_common(12)],
                "summary": [w for t in texts for w in t.summary.split()],
                "title": [w for w in title_words if w],
                "practices": len(texts),
            }
        english = self.streams["en"]
        self.body_words, self.summary_words, self.title_words = english["body"], english["summary"], english["title"]
        self.headings = english["headings"]
        # Translations run longer than the English (es ~1.2x): keep the real ratio per language.
        self.length_ratio = {lang: (len(s["body"]) / s["practices"]) / (len(english["body"]) / english["practices"])
                             for lang, s in self.streams.items()}
        self.topics = sorted({t for p in practices for t in p.topics})

        # Facet values ranked by real use, then Zipf weights 1/rank^s.
        self.facet_weights = {}
        for field in ("approach", "level", "policy_area", "actor", "country", "gcm_objective",
                      "gcm_principle", "sdg_target"):
            used = Counter(v for p in practices for v in p.facet_values(field))
            terms = [t.id for t in self.taxonomy[field].terms]
            ranked = sorted(terms, key=lambda t, used=used, terms=terms: (-used[t], terms.index(t)))
            s = 0.9 if field == "country" else 1.0
            self.facet_weights[field] = (ranked, _cumulative([1.0 / (r + 1) ** s for r in range(len(ranked))]))

        # The pseudo-word tail: 3-syllable words, Zipf over 200,000 of them.
        onsets = ["b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ch", "br", "tr"]
        vowels = ["a", "e", "i", "o", "u", "ia", "ou"]
        self.syllables = [o + v for o in onsets for v in vowels]  # 126
        self.tail_size = 200_000
        self.tail_cum = _cumulative([1.0 / (r + 1) ** 1.05 for r in range(self.tail_size)])

    # -- pieces -------------------------------------------------------------------------------

    def pseudo_word(self, rank: int) -> str:
        n, syl = rank, self.syllables
        parts = []
        for _ in range(3):
            parts.append(syl[n % len(syl)])
            n //= len(syl)
        return "".join(parts) + ("n" if rank % 3 == 0 else "")

    def tail_word(self) -> str:
        rank = self.random.choices(range(self.tail_size), cum_weights=self.tail_cum)[0]
        return self.pseudo_word(rank)

    def span(self, stream: list, length: int) -> list:
        start = self.random.randrange(0, len(stream) - length)
        return stream[start:start + length]

    def text(self, stream: list, words: int, tail_rate: float = 0.25) -> list:
        out = []
        while len(out) < words:
            out += self.span(stream, self.random.randint(3, 12))
            if self.random.random() < tail_rate:
                word = self.tail_word()
                out.append(word.capitalize() if self.random.random() < 0.5 else word)
        return out[:words]

    def pick(self, field: str, k: int, rnd: random.Random | None = None) -> tuple:
        """`k` distinct values of a field, Zipf-weighted (from `rnd`, default the catalogue's)."""
        rnd = rnd or self.random
        values, cum = self.facet_weights[field]
        k = min(k, len(values))
        chosen = []
        while len(chosen) < k:
            value = rnd.choices(values, cum_weights=cum)[0]
            if value not in chosen:
                chosen.append(value)
        return tuple(chosen)

    def count(self, weights: dict) -> int:
        return self.random.choices(list(weights), weights=list(weights.values()))[0]

    def _title(self, streams: dict, words: int) -> str:
        rnd = self.random
        title_words = self.text(streams["title"] if rnd.random() < 0.6 else streams["summary"], words, tail_rate=0.4)
        title = " ".join(w.strip(".,;:()\"") for w in title_words).strip()
        return title[:1].upper() + title[1:]

    def _summary(self, streams: dict, words: int) -> str:
        return " ".join(self.text(streams["summary"], words)).rstrip(".,;:") + "."

    def _body(self, streams: dict, words: int, sections: int) -> str:
        parts = []
        for s in range(sections):
            if s:
                parts.append(self.random.choice(streams["headings"]))
            parts.append(" ".join(self.text(streams["body"], words // sections)))
        return "\n\n".join(parts)

    # -- one practice ---------------------------------------------------------------------------

    def practice(self, number: int):
        from desktop.core.model import Practice, PracticeText, SourceRef

        rnd = self.random
        english = self.streams["en"]
        title_length, summary_length = rnd.randint(5, 12), rnd.randint(15, 40)
        words = 150 + int(250 * rnd.betavariate(1.3, 2.5))
        sections = rnd.randint(2, 4)
        title = self._title(english, title_length)
        summary = self._summary(english, summary_length)
        body = self._body(english, words, sections)

        countries = self.pick("country", self.count({1: 80, 2: 12, 3: 6, 4: 2}))
        regions = tuple(dict.fromkeys(r for r in (self.taxonomy.region_of_country(c) for c in countries) if r))
        start = None
        if rnd.random() < 0.75:
            start = 2025 - int(30 * rnd.betavariate(1.2, 3.0))
        end = start + rnd.randint(0, 8) if start is not None and rnd.random() < 0.4 else None
        original_title = " ".join(self.text(self.body_words, rnd.randint(3, 7), 0.5)) if rnd.random() < 0.15 else ""
        aliases = tuple(" ".join(self.text(self.title_words, rnd.randint(2, 4), 0.5))
                        for _ in range(self.count({0: 30, 1: 25, 2: 25, 3: 12, 4: 8})))
        place = self.tail_word().capitalize() if rnd.random() < 0.2 else ""

        # Translations: the same shape in each language (the real ratio of lengths), stitched
        # from that language's real text; the place as in English (names rarely change), as
        # many aliases as the English has, in the language.
        translations = []
        for lang in TRANSLATED:
            streams, ratio = self.streams[lang], self.length_ratio[lang]
            translations.append(PracticeText(
                language=lang,
                title=self._title(streams, max(2, round(title_length * ratio))),
                summary=self._summary(streams, max(5, round(summary_length * ratio))),
                body=self._body(streams, round(words * ratio), sections),
                place=place,
                aliases=tuple(" ".join(self.text(streams["title"], rnd.randint(2, 4), 0.5)) for _ in aliases),
                source_hash="synthetic",
            ))
        return Practice(
            id=f"synthetic-{number:06d}",
            title=title,
            summary=summary,
            body=body,
            original_title=original_title,
            aliases=aliases,
            countries=countries,
            place=place,
            regions=regions,
            levels=self.pick("level", self.count({1: 45, 2: 35, 3: 20})),
            approaches=self.pick("approach", self.count({1: 40, 2: 33, 3: 27})),
            policy_areas=self.pick("policy_area", self.count({1: 50, 2: 30, 3: 20})),
            actors=self.pick("actor", self.count({2: 35, 3: 30, 4: 20, 5: 15})),
            gcm_objectives=self.pick("gcm_objective", self.count({0: 35, 1: 40, 2: 15, 3: 10})),
            gcm_principles=self.pick("gcm_principle", self.count({0: 40, 1: 30, 2: 20, 3: 10})),
            sdg_targets=self.pick("sdg_target", self.count({0: 70, 1: 30})),
            topics=tuple(rnd.sample(self.topics, rnd.randint(3, 8))),
            period_start=start,
            period_end=end,
            sources=(SourceRef("synthetic-source", "Section 1"),),
            last_reviewed="2026-01-01",
            translations=tuple(translations),
        )

    def practices(self, size: int, log=None) -> list:
        out = []
        for number in range(size):
            out.append(self.practice(number))
            if log and size >= 10_000 and (number + 1) % (size // 10) == 0:
                log(f"  generated {number + 1:,} practices")
        return out


# ---------------------------------------------------------------------------------------------
# Queries
# ---------------------------------------------------------------------------------------------

class _Pool:
    """The query words of one language, ranked by frequency in its real text."""

    def __init__(self, streams: dict, language: str):
        from desktop.core.search.terms import stop_words
        from desktop.core.text import fold

        # Stop words of the language and of English are dropped by the project (and would be
        # noise to FTS5); FTS5's operator words are left out too.
        stop = set(stop_words(language)) | set(stop_words("en")) | {"and", "or", "not", "near"}

        def clean(word):
            word = word.strip(".,;:()\"'’“”[]«»¿?¡!").lower()
            return word if re.fullmatch(r"[^\W\d_]{3,}", word) and fold(word) not in stop else None

        stream = [clean(w) for w in streams["body"] + streams["summary"] + streams["title"]]
        freq = Counter(w for w in stream if w and len(w) >= 4)
        ranked = [w for w, _ in freq.most_common()]
        self.common = ranked[:40]
        self.medium = ranked[40:400]
        self.rare = [w for w in ranked[400:] if freq[w] <= 2]
        self.pairs = [(a, b) for a, b in zip(stream, stream[1:], strict=False) if a and b]
        self.words = ranked[:1500]
        self.ranked = ranked


class QueryMaker:
    """Requests (kind, query text, filters, language) drawn from the real practices' words:
    one word (common, medium, rare in the real texts, or a pseudo-word from the tail, often
    with no hit at all), two and three words, two common words, a phrase, `a OR b`, a prefix;
    35 % with facet filters. Each request has a language (55 % en, 15 % each es, fr, pt) and
    its words come from that language's real text."""

    KINDS = {"common": 10, "medium": 14, "rare": 8, "tail": 6, "two": 16, "three": 6, "phrase": 12,
             "or": 10, "prefix": 10, "two-common": 8}
    UNSEEN_KINDS = {"one": 50, "two": 35, "name": 15}

    def __init__(self, synth: Synthesizer, seed: int):
        self.random = random.Random(seed + QUERY_SEED_OFFSET)  # never the catalogue's generator
        self.synth = synth
        self.pools = {lang: _Pool(synth.streams[lang], lang) for lang in LANGUAGES}
        # Backwards-compatible English pools (app_bench and older callers)
        english = self.pools["en"]
        self.common, self.medium, self.rare = english.common, english.medium, english.rare
        self.pairs, self.words = english.pairs, english.words

    def language(self) -> str:
        return self.random.choices(list(QUERY_LANGUAGES), weights=list(QUERY_LANGUAGES.values()))[0]

    def text(self, language: str = "en") -> tuple[str, str]:
        rnd, pool = self.random, self.pools[language]
        kind = rnd.choices(list(self.KINDS), weights=list(self.KINDS.values()))[0]
        if kind == "common":
            q = rnd.choice(pool.common)
        elif kind == "medium":
            q = rnd.choice(pool.medium)
        elif kind == "rare":
            q = rnd.choice(pool.rare)
        elif kind == "tail":
            q = self.synth.pseudo_word(rnd.randint(5, 3_000))
        elif kind == "two":
            q = " ".join(rnd.sample(pool.words, 2))
        elif kind == "two-common":
            q = " ".join(rnd.sample(pool.common, 2))
        elif kind == "three":
            q = " ".join(rnd.sample(pool.words, 3))
        elif kind == "phrase":
            q = '"%s %s"' % rnd.choice(pool.pairs)
        elif kind == "or":
            q = f"{rnd.choice(pool.medium)} OR {rnd.choice(pool.rare + pool.medium)}"
        else:  # prefix
            word = rnd.choice([w for w in pool.common + pool.medium if len(w) >= 6])
            q = word[:rnd.randint(4, 5)] + "*"
        return kind, q

    def filters(self, count: int) -> dict:
        rnd = self.random
        fields = rnd.sample(["approach", "level", "policy_area", "actor", "region", "country", "gcm_objective"],
                            count)
        out = {}
        for field in fields:
            if field == "region":
                values, cum = self.synth.facet_weights["country"]
                regions = [self.synth.taxonomy.region_of_country(c) for c in values]
                out[field] = (rnd.choices(regions, cum_weights=cum)[0],)
            else:
                out[field] = self.synth.pick(field, 2 if rnd.random() < 0.15 else 1, rnd)
        return out

    def _with_filters(self, kind: str, q: str, language: str, filtered_share: float) -> tuple:
        filters = {}
        if self.random.random() < filtered_share:
            filters = self.filters(1 if self.random.random() < 0.7 else 2)
            kind += "+filter"
        return (kind, q, filters, language)

    def searches(self, n: int, filtered_share: float = 0.35) -> list:
        out = []
        for _ in range(n):
            language = self.language()
            kind, q = self.text(language)
            out.append(self._with_filters(f"{kind}/{language}", q, language, filtered_share))
        return out

    def browses(self, n: int) -> list:
        return [("browse", "", self.filters(1 if self.random.random() < 0.6 else 2), self.language())
                for _ in range(n)]

    # -- queries on words no earlier request used ---------------------------------------------

    def unseen(self, n: int, earlier: list, filtered_share: float = 0.35) -> list:
        """`n` searches whose words no request of `earlier` used: no shared word, no shared stem
        in any of the four languages (so neither the engine's stem caches nor the pages of those
        postings were touched), no word starting like an earlier prefix query. Kinds: one real
        word, two real words, one pseudo-word from a part of the tail the other queries never
        draw from (a name typed for the first time)."""
        from whoosh.lang import stemmer_for_language  # fresh stemmers: not the project's caches

        from desktop.core.text import fold

        stemmers = {lang: stemmer_for_language(lang) for lang in LANGUAGES}
        used_stems, prefixes = set(), []

        def stems(word):
            folded = fold(word)
            return {(lang, stemmer(folded)) for lang, stemmer in stemmers.items()} | {("", folded)}

        for request in earlier:
            for token in re.findall(r"[^\W\d_]+\*?", request[1]):
                if token.endswith("*"):
                    prefixes.append(fold(token[:-1]))
                else:
                    used_stems |= stems(token)
        prefixes = tuple(prefixes)

        def fresh(word):
            if fold(word).startswith(prefixes) or stems(word) & used_stems:
                return False
            used_stems.update(stems(word))
            return True

        rnd = self.random
        candidates = {}
        for lang, pool in self.pools.items():
            rare = set(pool.rare)
            words = pool.medium + pool.rare + [w for w in pool.ranked[400:] if w not in rare]
            rnd.shuffle(words)
            candidates[lang] = words
        names = list(range(3_001, 20_000))
        rnd.shuffle(names)

        def word(lang):
            while candidates[lang]:
                w = candidates[lang].pop()
                if fresh(w):
                    return w
            return name()  # the language's real words are used up: a name instead

        def name():
            while names:
                w = self.synth.pseudo_word(names.pop())
                if fresh(w):
                    return w
            raise RuntimeError("no unseen words left; use fewer --queries or --unseen")

        out = []
        for _ in range(n):
            language = self.language()
            kind = rnd.choices(list(self.UNSEEN_KINDS), weights=list(self.UNSEEN_KINDS.values()))[0]
            if kind == "one":
                q = word(language)
            elif kind == "two":
                q = f"{word(language)} {word(language)}"
            else:
                q = name()
            out.append(self._with_filters(f"unseen-{kind}/{language}", q, language, filtered_share))
        return out
