"""Search benchmark: this project's catalogue (SQLite + Whoosh + facet bitmaps) against an
SQLite FTS5 baseline doing the same work, on synthetic catalogues of 1,000 / 10,000 / 100,000
practices. See benchmarks/README.md for what each figure means.

    .venv/bin/python benchmarks/search_bench.py                       # 1k, 10k and 100k
    .venv/bin/python benchmarks/search_bench.py --sizes 1000,10000 --queries 300
    .venv/bin/python benchmarks/search_bench.py --sizes 100000 --keep /tmp/bench --reuse --profile

Never part of the test run (it lives outside tests/ and takes minutes).
"""

import time

_T0 = time.perf_counter()  # first statement: the cold-open children time themselves from here

import argparse  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import os  # noqa: E402
import sqlite3  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
GENERATOR_VERSION = 2  # bump when the synthetic data changes, so --reuse rebuilds

# The same as desktop.core.taxonomy.FACET_FIELDS (checked at start); repeated here so the
# FTS5 cold-open child does not import the project.
FACET_FIELDS = ("approach", "level", "policy_area", "actor", "region", "country", "gcm_objective")
FTS_COLUMNS = ("title", "names", "summary", "body", "tags")
# bm25 column weights = desktop.core.search_index.FIELD_BOOSTS (title 5, names 4, summary 1.5,
# body 1, tags 0.5).
FTS_RANK = "bm25(5.0, 4.0, 1.5, 1.0, 0.5)"

TARGETS = {  # size -> p95 target in ms for "query + facets + top-20 with snippets"
    10_000: 25.0,
    100_000: 120.0,
}
COLD_TARGET = (10_000, 200.0)  # cold open + first query, measured inside the new process


def log(message: str) -> None:
    print(f"[{time.perf_counter() - _T0:8.1f}s] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# FTS5 baseline (kept free of project imports: the cold-open child uses it alone)
# ---------------------------------------------------------------------------------------------

FTS_SCHEMA = f"""
CREATE TABLE docs (rowid INTEGER PRIMARY KEY, pid TEXT NOT NULL UNIQUE, title TEXT, country TEXT,
                   countries TEXT, levels TEXT, approaches TEXT, summary TEXT, sort_title TEXT);
CREATE INDEX docs_sort_title ON docs (sort_title, pid);
CREATE VIRTUAL TABLE fts USING fts5({", ".join(FTS_COLUMNS)},
                                    tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TABLE facets (field TEXT NOT NULL, value TEXT NOT NULL, doc INTEGER NOT NULL,
                     PRIMARY KEY (field, value, doc)) WITHOUT ROWID;
"""


def fts_build(path: Path, rows) -> None:
    """Write the FTS5 baseline database. `rows` yields (rowid, pid, meta dict, fts columns dict,
    [(field, value)])."""
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(str(path))
    conn.executescript(FTS_SCHEMA)
    with conn:
        for rowid, pid, meta, text, facet_pairs in rows:
            conn.execute("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (rowid, pid, meta["title"], meta["country"], meta["countries"], meta["levels"],
                          meta["approaches"], meta["summary"], meta["title"].casefold()))
            conn.execute(f"INSERT INTO fts (rowid, {', '.join(FTS_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?)",
                         (rowid, *(text[c] for c in FTS_COLUMNS)))
            conn.executemany("INSERT INTO facets VALUES (?, ?, ?)", [(f, v, rowid) for f, v in facet_pairs])
        conn.execute("CREATE INDEX facets_doc ON facets (doc, field, value)")
        conn.execute("INSERT INTO fts (fts, rank) VALUES ('rank', ?)", (FTS_RANK,))
        conn.execute("INSERT INTO fts (fts) VALUES ('optimize')")
    conn.execute("ANALYZE")
    conn.close()


def fts_connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), check_same_thread=False)
    conn.execute("PRAGMA query_only = 1")
    return conn


_DOC_COUNTS = {}


def _doc_count(conn: sqlite3.Connection) -> int:
    if id(conn) not in _DOC_COUNTS:
        _DOC_COUNTS[id(conn)] = conn.execute("SELECT count(*) FROM docs").fetchone()[0]
    return _DOC_COUNTS[id(conn)]


def _filter_sql(filters: dict, skip: str | None, column: str) -> tuple[str, list]:
    """` AND <column> IN (docs tagged with any selected value)` for every filtered field but `skip`.
    The unary + keeps the planner from driving the FTS5 scan from the (possibly huge) IN list."""
    sql, params = "", []
    for field, values in filters.items():
        if field == skip or not values:
            continue
        sql += f" AND +{column} IN (SELECT doc FROM facets WHERE field = ? AND value IN ({','.join('?' * len(values))}))"
        params += [field, *values]
    return sql, params


def fts_search(conn: sqlite3.Connection, text: str, filters: dict, limit: int = 20) -> dict:
    """The FTS5 baseline of Catalogue.search: total, top `limit` with snippets, facet counts.

    Facet counts are disjunctive like the project's: the fields without a selection are counted
    in one GROUP BY over the fully filtered hits; each field with a selection is counted in its
    own GROUP BY with every other field's selection applied but not its own."""
    filters = {f: tuple(v) for f, v in filters.items() if v}
    if text:
        def scope(skip=None):  # docs matching the query and the filters except `skip`'s
            sql, params = _filter_sql(filters, skip, "rowid")
            return "SELECT rowid FROM fts WHERE fts MATCH ?" + sql, [text, *params]
        where, params = _filter_sql(filters, None, "rowid")
        total = conn.execute("SELECT count(*) FROM fts WHERE fts MATCH ?" + where, [text, *params]).fetchone()[0]
        top = conn.execute(
            "SELECT rowid, rank, snippet(fts, 3, '<b>', '</b>', ' … ', 24) FROM fts WHERE fts MATCH ?"
            + where + " ORDER BY rank LIMIT ?", [text, *params, limit]).fetchall()
        if top:
            marks = ",".join("?" * len(top))
            meta = {r[0]: r for r in conn.execute(
                f"SELECT rowid, pid, title, country, countries, levels, approaches, summary FROM docs "
                f"WHERE rowid IN ({marks})", [r[0] for r in top])}
        else:
            meta = {}
        hits = [(meta[r[0]][1], meta[r[0]][2], r[1], r[2] or meta[r[0]][7]) for r in top]
    else:
        def scope(skip=None):
            sql, params = _filter_sql(filters, skip, "rowid")
            return ("SELECT rowid FROM docs WHERE 1" + sql, params) if sql else (None, [])
        where, params = _filter_sql(filters, None, "rowid")
        total = conn.execute("SELECT count(*) FROM docs WHERE 1" + where, params).fetchone()[0]
        hits = [(r[0], r[1], 0.0, r[2]) for r in conn.execute(
            "SELECT pid, title, summary FROM docs WHERE 1" + where + " ORDER BY sort_title, pid LIMIT ?",
            [*params, limit])]

    counts = {f: {} for f in FACET_FIELDS}
    # Few hits: look their facet rows up by doc. Many hits (over an eighth of the catalogue):
    # scan the facet table in (field, value) order instead, testing each doc against the hits
    # (`+doc` stops the planner from using the doc index) -- about 25 % faster there.
    scan = "+doc" if total * 8 > _doc_count(conn) else "doc"
    groups = [(None, [f for f in FACET_FIELDS if f not in filters])] + [(f, [f]) for f in filters]
    for skip, fields in groups:
        if not fields:
            continue
        inner, params = scope(skip)
        field_sql = f"field IN ({','.join('?' * len(fields))})"
        if inner is None:  # browsing with no other selection: count over the whole catalogue
            sql = f"SELECT field, value, count(*) FROM facets WHERE {field_sql} GROUP BY field, value"
            params = list(fields)
        else:
            sql = (f"SELECT field, value, count(*) FROM facets WHERE {scan} IN ({inner}) AND {field_sql} "
                   f"GROUP BY field, value")
            params = [*params, *fields]
        for field, value, count in conn.execute(sql, params):
            counts[field][value] = count
    return {"total": total, "hits": hits, "facets": counts}


# ---------------------------------------------------------------------------------------------
# Cold open + first query, in a new process
# ---------------------------------------------------------------------------------------------

def _status_mb(key: str) -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return None


def _rss_mb() -> float:
    """Peak resident memory of this process. /proc's VmHWM, not getrusage: Linux carries
    ru_maxrss over from the parent across fork+exec, which would blur the children's figure.
    It counts pages of memory-mapped files read (Whoosh maps its segment files)."""
    peak = _status_mb("VmHWM")
    if peak is not None:
        return peak
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def child_main(args) -> None:
    """Runs in the new process: open, run one query with facets and snippets, report timings."""
    if args.child == "project":
        sys.path.insert(0, str(ROOT))
        from desktop.core.catalogue import Catalogue
        from desktop.core.model import SearchRequest
        t_import = time.perf_counter()
        catalogue = Catalogue.open(Path(args.db), Path(args.index))
        t_open = time.perf_counter()
        result = catalogue.search(SearchRequest(query=args.query, limit=20))
        total = result.total
    else:
        t_import = time.perf_counter()
        conn = fts_connect(Path(args.db))
        t_open = time.perf_counter()
        total = fts_search(conn, args.query, {})["total"]
    t_end = time.perf_counter()
    print(json.dumps({"import_ms": (t_import - _T0) * 1e3, "open_ms": (t_open - t_import) * 1e3,
                      "query_ms": (t_end - t_open) * 1e3, "total_ms": (t_end - _T0) * 1e3,
                      "hits": total, "rss_mb": _rss_mb(), "anon_mb": _status_mb("RssAnon") or 0.0}))


def cold_runs(kind: str, db: Path, index: Path | None, query: str, repeats: int) -> list:
    import subprocess
    runs = []
    for _ in range(repeats):
        command = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--db", str(db),
                   "--query", query]
        if index is not None:
            command += ["--index", str(index)]
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, cwd=str(ROOT))
        wall = (time.perf_counter() - start) * 1e3
        if done.returncode != 0:
            raise RuntimeError(f"cold-open child ({kind}) failed:\n{done.stderr}")
        report = json.loads(done.stdout.strip().splitlines()[-1])
        report["wall_ms"] = wall
        runs.append(report)
    return runs


# ---------------------------------------------------------------------------------------------
# Synthetic practices
# ---------------------------------------------------------------------------------------------

class Synthesizer:
    """Makes Practice values whose text and tags are distributed like the real ones.

    Text is stitched from spans of 3-12 consecutive words copied from the real practices
    (so unigram frequencies, common phrases and the domain's term statistics carry over), plus
    a Zipf-distributed tail of pseudo-words (names, places, rare terms) so that the vocabulary
    keeps growing with the catalogue as a real one would. Tags follow a Zipf-like skew over
    each vocabulary, its values ranked by how often the real practices use them."""

    def __init__(self, seed: int):
        import random
        import re
        from collections import Counter

        from desktop.core.catalogue import plain_text
        from desktop.core.sources import load_sources

        self.random = random.Random(seed)
        sources = load_sources(RESOURCES)
        self.sources = sources
        self.taxonomy = sources.taxonomy
        self.taxonomy_text = (RESOURCES / "taxonomy.yaml").read_text(encoding="utf-8")
        practices = sources.practices
        body_words, headings = [], Counter()
        for p in practices:
            for line in p.body.split("\n"):
                if line.startswith("#"):
                    headings[line.strip()] += 1
                elif line.strip():
                    body_words += plain_text(line).split()
        self.body_words = body_words
        self.headings = [h for h, _ in headings.most_common(12)]
        self.summary_words = [w for p in practices for w in p.summary.split()]
        self.title_words = [re.sub(r"[^\w'’-]", "", w) for p in practices for w in p.title.split()]
        self.title_words = [w for w in self.title_words if w]
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

    def pick(self, field: str, k: int) -> tuple:
        values, cum = self.facet_weights[field]
        k = min(k, len(values))
        chosen = []
        while len(chosen) < k:
            value = self.random.choices(values, cum_weights=cum)[0]
            if value not in chosen:
                chosen.append(value)
        return tuple(chosen)

    def count(self, weights: dict) -> int:
        return self.random.choices(list(weights), weights=list(weights.values()))[0]

    # -- one practice ---------------------------------------------------------------------------

    def practice(self, number: int):
        from desktop.core.model import Practice, SourceRef

        rnd = self.random
        title_words = self.text(self.title_words if rnd.random() < 0.6 else self.summary_words,
                                rnd.randint(5, 12), tail_rate=0.4)
        title = " ".join(w.strip(".,;:()\"") for w in title_words).strip()
        title = title[:1].upper() + title[1:]
        summary = " ".join(self.text(self.summary_words, rnd.randint(15, 40))).rstrip(".,;:") + "."
        words = 150 + int(250 * rnd.betavariate(1.3, 2.5))
        sections = rnd.randint(2, 4)
        body_parts = []
        for s in range(sections):
            if s:
                body_parts.append(rnd.choice(self.headings))
            body_parts.append(" ".join(self.text(self.body_words, words // sections)))
        body = "\n\n".join(body_parts)

        countries = self.pick("country", self.count({1: 80, 2: 12, 3: 6, 4: 2}))
        regions = tuple(dict.fromkeys(r for r in (self.taxonomy.region_of_country(c) for c in countries) if r))
        start = None
        if rnd.random() < 0.75:
            start = 2025 - int(30 * rnd.betavariate(1.2, 3.0))
        end = start + rnd.randint(0, 8) if start is not None and rnd.random() < 0.4 else None
        return Practice(
            id=f"synthetic-{number:06d}",
            title=title,
            summary=summary,
            body=body,
            original_title=" ".join(self.text(self.body_words, rnd.randint(3, 7), 0.5)) if rnd.random() < 0.15 else "",
            aliases=tuple(" ".join(self.text(self.title_words, rnd.randint(2, 4), 0.5))
                          for _ in range(self.count({0: 30, 1: 25, 2: 25, 3: 12, 4: 8}))),
            countries=countries,
            place=self.tail_word().capitalize() if rnd.random() < 0.2 else "",
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
        )

    def practices(self, size: int) -> list:
        out = []
        for number in range(size):
            out.append(self.practice(number))
            if size >= 10_000 and (number + 1) % (size // 10) == 0:
                log(f"  generated {number + 1:,} practices")
        return out


def _cumulative(weights) -> list:
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


# ---------------------------------------------------------------------------------------------
# Queries
# ---------------------------------------------------------------------------------------------

class QueryMaker:
    """Queries drawn from the real practices' words: one-word (common, medium, rare), two and
    three words, phrases, OR, prefix, pseudo-word tail; a share of them with facet filters."""

    KINDS = {"common": 10, "medium": 14, "rare": 8, "tail": 6, "two": 16, "three": 6, "phrase": 12,
             "or": 10, "prefix": 10, "two-common": 8}

    def __init__(self, synth: Synthesizer, seed: int):
        import random
        import re
        from collections import Counter

        from whoosh.analysis import STOP_WORDS

        self.random = random.Random(seed)
        self.synth = synth
        stop = set(STOP_WORDS) | {"and", "or", "not", "near"}

        def clean(word):
            word = word.strip(".,;:()\"'’“”[]").lower()
            return word if re.fullmatch(r"[a-z]{3,}", word) and word not in stop else None

        stream = [clean(w) for w in synth.body_words + synth.summary_words + synth.title_words]
        freq = Counter(w for w in stream if w and len(w) >= 4)
        ranked = [w for w, _ in freq.most_common()]
        self.common = ranked[:40]
        self.medium = ranked[40:400]
        self.rare = [w for w in ranked[400:] if freq[w] <= 2]
        self.pairs = [(a, b) for a, b in zip(stream, stream[1:], strict=False) if a and b]
        self.words = ranked[:1500]

    def text(self) -> tuple[str, str]:
        rnd = self.random
        kind = rnd.choices(list(self.KINDS), weights=list(self.KINDS.values()))[0]
        if kind == "common":
            q = rnd.choice(self.common)
        elif kind == "medium":
            q = rnd.choice(self.medium)
        elif kind == "rare":
            q = rnd.choice(self.rare)
        elif kind == "tail":
            q = self.synth.pseudo_word(rnd.randint(5, 3_000))
        elif kind == "two":
            q = " ".join(rnd.sample(self.words, 2))
        elif kind == "two-common":
            q = " ".join(rnd.sample(self.common, 2))
        elif kind == "three":
            q = " ".join(rnd.sample(self.words, 3))
        elif kind == "phrase":
            q = '"%s %s"' % rnd.choice(self.pairs)
        elif kind == "or":
            q = f"{rnd.choice(self.medium)} OR {rnd.choice(self.rare + self.medium)}"
        else:  # prefix
            word = rnd.choice([w for w in self.common + self.medium if len(w) >= 6])
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
                value = rnd.choices(regions, cum_weights=cum)[0]
                out[field] = (value,)
            else:
                out[field] = self.synth.pick(field, 2 if rnd.random() < 0.15 else 1)
        return out

    def searches(self, n: int, filtered_share: float = 0.35) -> list:
        out = []
        for _ in range(n):
            kind, q = self.text()
            filters = {}
            if self.random.random() < filtered_share:
                filters = self.filters(1 if self.random.random() < 0.7 else 2)
                kind += "+filter"
            out.append((kind, q, filters))
        return out

    def browses(self, n: int) -> list:
        return [("browse", "", self.filters(1 if self.random.random() < 0.6 else 2)) for _ in range(n)]


# ---------------------------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------------------------

def folder_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def build_project(practices: list, synth: Synthesizer, folder: Path, size: int, seed: int) -> float:
    import hashlib

    from desktop.core.build import write_catalogue
    from desktop.core.sources import CatalogueSources, SourceDocument

    sources = CatalogueSources(
        catalogue_id="synthetic-bench", catalogue_version=1, title="Synthetic benchmark catalogue",
        taxonomy=synth.taxonomy,
        documents=(SourceDocument(id="synthetic-source", title="Synthetic source"),),
        practices=tuple(practices), guidance=(),
        practice_hashes={p.id: hashlib.sha256((p.id + p.title).encode()).hexdigest() for p in practices},
        content_hash=hashlib.sha256(f"synthetic-{size}-{seed}-{GENERATOR_VERSION}".encode()).hexdigest(),
    )
    start = time.perf_counter()
    write_catalogue(sources, synth.taxonomy_text, folder / "catalogue.db", folder / "search_index", force=True)
    return time.perf_counter() - start


def build_fts(practices: list, synth: Synthesizer, path: Path) -> float:
    from desktop.core.search_index import document_fields

    taxonomy = synth.taxonomy

    def rows():
        for rowid, p in enumerate(practices, start=1):
            doc = dict(document_fields(p, taxonomy))  # the same texts the project indexes, plus
            # the labels and synonyms of the practice's facet values: the project matches those
            # at query time (a word naming a taxonomy term finds the practices tagged with it),
            # FTS5 can only find them indexed.
            words = [w for f in FACET_FIELDS for v in p.facet_values(f) for w in taxonomy.search_words(f, v)]
            doc["tags"] = "\n".join([doc["tags"], *words])
            meta = {"title": p.title, "country": p.country, "summary": p.summary,
                    "countries": json.dumps(list(p.countries)), "levels": json.dumps(list(p.levels)),
                    "approaches": json.dumps(list(p.approaches))}
            pairs = [(f, v) for f in FACET_FIELDS for v in p.facet_values(f)]
            yield rowid, p.id, meta, doc, pairs

    start = time.perf_counter()
    fts_build(path, rows())
    return time.perf_counter() - start


# ---------------------------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------------------------

def percentile(values: list, p: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100.0 * len(ordered)) - 1)]


def median(values: list) -> float:
    import statistics
    return statistics.median(values)


def timed_pairs(catalogue, conn, requests: list) -> dict:
    """Run every request on both systems, alternating which goes first; times in ms."""
    from desktop.core.model import SearchRequest

    project, fts, same_total, close_total, totals = [], [], 0, 0, []
    for i, (kind, text, filters) in enumerate(requests):
        request = SearchRequest(query=text, filters=filters, limit=20)
        order = ("p", "f") if i % 2 == 0 else ("f", "p")
        for who in order:
            if who == "p":
                start = time.perf_counter()
                result = catalogue.search(request)
                project.append((time.perf_counter() - start) * 1e3)
                p_total = result.total
            else:
                start = time.perf_counter()
                found = fts_search(conn, text, filters)
                fts.append((time.perf_counter() - start) * 1e3)
                f_total = found["total"]
        same_total += p_total == f_total
        close_total += abs(p_total - f_total) <= 0.1 * max(p_total, f_total)
        totals.append((kind, p_total, f_total))
    return {"project": project, "fts": fts, "same_total": same_total, "close_total": close_total, "totals": totals}


def profile_project(catalogue, requests: list, size: int) -> None:
    """Where the project's time goes: a per-step breakdown (wrapped calls) and cProfile's top."""
    import cProfile
    import pstats

    import desktop.core.catalogue as catalogue_module
    from desktop.core.model import SearchRequest

    spent = {}

    def wrap(owner, name, label):
        original = getattr(owner, name)

        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + (time.perf_counter() - start)
        setattr(owner, name, timed)
        return original

    index = catalogue._index
    catalogue._ensure_memory()
    restore = []
    for owner, name, label in [  # whichever of these the current code has and calls
        (index, "parse", "parse query"),
        (index, "matching_bitmap", "match set (matching_bitmap)"),
        (index, "matching_docnums", "match list (matching_docnums)"),
        (catalogue_module, "bitmap_from", "bitmap_from (matches -> int)"),
        (catalogue._facets, "apply", "facet counts (FacetSets.apply)"),
        (catalogue_module, "bitmap_bytes", "bitmap_bytes (int -> bytes)"),
        (index, "ranked", "ranked top-20"),
        (index, "_likely_best", "  of which _likely_best"),
        (getattr(index, "_searcher", None), "search", "  of which Whoosh searcher.search"),
        (catalogue, "_page_in_order", "_page_in_order (browse)"),
        (catalogue, "_rows", "_rows (SQLite fetch)"),
        (index, "snippet", "snippets (highlight)"),
        (catalogue, "_hits", "_hits total (rows+snippets+Hit)"),
        (index, "suggest_spelling", "suggest_spelling"),
    ]:
        if owner is not None and callable(getattr(owner, name, None)):
            restore.append((owner, name, wrap(owner, name, label)))

    for title, subset in (("search", [r for r in requests if r[1]]), ("browse", [r for r in requests if not r[1]])):
        if not subset:
            continue
        spent.clear()
        start = time.perf_counter()
        for _kind, text, filters in subset:
            catalogue.search(SearchRequest(query=text, filters=filters, limit=20))
        wall = time.perf_counter() - start
        print(f"\n  Project time per {title} request at {size:,} practices "
              f"(mean over {len(subset)}; steps nest: _hits includes _rows and snippets, "
              f"ranked its 'of which' rows)")
        print(f"    {'all of Catalogue.search':38s} {wall / len(subset) * 1e3:8.2f} ms")
        for label, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):  # noqa: B007
            print(f"    {label:38s} {seconds / len(subset) * 1e3:8.2f} ms  ({seconds / wall:5.1%})")
    for owner, name, original in restore:
        if owner is catalogue_module:
            setattr(owner, name, original)
        else:  # an instance attribute shadowing the method: remove it
            delattr(owner, name)

    searches = [r for r in requests if r[1]]
    profiler = cProfile.Profile()
    profiler.enable()
    for _kind, text, filters in searches:
        catalogue.search(SearchRequest(query=text, filters=filters, limit=20))
    profiler.disable()
    print(f"\n  cProfile of {len(searches)} searches at {size:,} practices, top 25 by own time:")
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("tottime").print_stats(25)
    print("  ... top 30 by cumulative time:")
    stats.sort_stats("cumulative").print_stats(30)


def run_size(size: int, args) -> dict:
    import gc
    import shutil
    import tempfile

    from desktop.core.catalogue import Catalogue

    synth = Synthesizer(args.seed)
    if args.keep:
        folder = Path(args.keep) / f"size-{size}"
        folder.mkdir(parents=True, exist_ok=True)
    else:
        folder = Path(tempfile.mkdtemp(prefix=f"search-bench-{size}-"))
    marker = folder / "bench.json"
    fts_path = folder / "fts5.db"
    import hashlib

    import desktop.core.sources
    from desktop.core.catalogue_db import SCHEMA_VERSION
    from desktop.core.search_index import INDEX_FORMAT
    wanted = {"size": size, "seed": args.seed, "generator": GENERATOR_VERSION,
              "taxonomy": hashlib.sha256(synth.taxonomy_text.encode()).hexdigest()[:16],
              "index_format": INDEX_FORMAT, "schema": SCHEMA_VERSION,
              "build_format": getattr(desktop.core.sources, "BUILD_FORMAT", None)}
    previous = json.loads(marker.read_text()) if marker.is_file() else {}
    result = {"size": size, "folder": str(folder)}
    try:
        if args.reuse and {k: previous.get(k) for k in wanted} == wanted:
            log(f"{size:,}: reusing the builds in {folder}")
            result.update(build_project=previous.get("build_project"), build_fts=previous.get("build_fts"),
                          generate=previous.get("generate"), reused=True)
        else:
            marker.unlink(missing_ok=True)
            log(f"{size:,}: generating practices")
            start = time.perf_counter()
            practices = synth.practices(size)
            result["generate"] = time.perf_counter() - start
            log(f"{size:,}: building this project's catalogue (catalogue.db + Whoosh index)")
            result["build_project"] = build_project(practices, synth, folder, size, args.seed)
            log(f"{size:,}:   done in {result['build_project']:.1f} s; building the FTS5 baseline")
            result["build_fts"] = build_fts(practices, synth, fts_path)
            log(f"{size:,}:   done in {result['build_fts']:.1f} s")
            del practices
            gc.collect()
            marker.write_text(json.dumps({**wanted, "build_project": result["build_project"],
                                          "build_fts": result["build_fts"], "generate": result["generate"]}))
        result["size_project"] = folder_size(folder / "catalogue.db") + folder_size(folder / "search_index")
        result["size_fts"] = folder_size(fts_path)

        start = time.perf_counter()  # an index the project finds stale would be rebuilt here,
        Catalogue.open(folder / "catalogue.db", folder / "search_index").close()  # not in a cold child
        if time.perf_counter() - start > 5:
            log(f"{size:,}: the first open took {time.perf_counter() - start:.0f} s (the project found its index "
                f"stale and rebuilt it, or the files just written were still being flushed to disk)")

        queries = QueryMaker(synth, args.seed + size)
        cold_query = "migrant workers"
        log(f"{size:,}: cold open + first query ('{cold_query}') in new processes x{args.cold_runs}")
        project_cold, fts_cold = [], []
        for _ in range(args.cold_runs):  # interleaved, so background load hits both alike
            project_cold += cold_runs("project", folder / "catalogue.db", folder / "search_index", cold_query, 1)
            fts_cold += cold_runs("fts5", fts_path, None, cold_query, 1)
        result["cold_project"], result["cold_fts"] = project_cold, fts_cold

        catalogue = Catalogue.open(folder / "catalogue.db", folder / "search_index")
        conn = fts_connect(fts_path)
        warm = queries.searches(args.warmup) + queries.browses(max(5, args.warmup // 2))
        log(f"{size:,}: warming up with {len(warm)} requests")
        timed_pairs(catalogue, conn, warm)
        searches = queries.searches(args.queries)
        browses = queries.browses(args.queries)
        log(f"{size:,}: timing {len(searches)} searches and {len(browses)} filter-only browses")
        result["search"] = timed_pairs(catalogue, conn, searches)
        result["browse"] = timed_pairs(catalogue, conn, browses)
        result["rss_mb"] = _rss_mb()
        report(result, args.queries)
        sys.stdout.flush()
        if args.profile:
            log(f"{size:,}: profiling the project's search")
            profile_project(catalogue, searches + browses, size)
        catalogue.close()
        conn.close()
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return result


# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------

def report(result: dict, queries: int) -> None:
    size = result["size"]
    rows = []

    def row(label, project, fts, unit, target=None, fmt="{:.1f}"):
        ratio = "-"
        if project is not None and fts:
            ratio = f"{project / fts:.1f}x" if project / fts >= 0.95 else f"{project / fts:.2g}x"
        target_text = ""
        if target is not None:
            limit, value = target
            target_text = f"<= {limit:g} {unit}: " + ("MET" if value <= limit else "MISSED")
        rows.append((label, "-" if project is None else fmt.format(project),
                     "-" if fts is None else fmt.format(fts), ratio, target_text))

    built = " (reused)" if result.get("reused") else ""
    row(f"build time, s{built}", result["build_project"], result["build_fts"], "s")
    row("index size on disk, MB", result["size_project"] / 1e6, result["size_fts"] / 1e6, "MB")
    cold_p = {k: median([r[k] for r in result["cold_project"]]) for k in result["cold_project"][0]}
    cold_f = {k: median([r[k] for r in result["cold_fts"]]) for k in result["cold_fts"][0]}
    cold_target = (COLD_TARGET[1], cold_p["total_ms"]) if size == COLD_TARGET[0] else None
    row("cold open+1st query, in child, ms", cold_p["total_ms"], cold_f["total_ms"], "ms", cold_target, "{:.0f}")
    row("  of which imports, ms", cold_p["import_ms"], cold_f["import_ms"], "ms", None, "{:.0f}")
    row("  of which open, ms", cold_p["open_ms"], cold_f["open_ms"], "ms", None, "{:.0f}")
    row("  of which first query, ms", cold_p["query_ms"], cold_f["query_ms"], "ms", None, "{:.0f}")
    row("cold, whole process (wall), ms", cold_p["wall_ms"], cold_f["wall_ms"], "ms", None, "{:.0f}")
    row("cold child peak RSS, MB", cold_p["rss_mb"], cold_f["rss_mb"], "MB", None, "{:.0f}")
    if "anon_mb" in cold_p:
        row("  of which private (RssAnon at end), MB", cold_p["anon_mb"], cold_f["anon_mb"], "MB", None, "{:.0f}")
    target = TARGETS.get(size)
    for key, label in (("search", "query+facets+top20 snippets"), ("browse", "filter-only browsing")):
        data = result[key]
        p_med, f_med = median(data["project"]), median(data["fts"])
        p_95, f_95 = percentile(data["project"], 95), percentile(data["fts"], 95)
        row(f"{label}: median, ms", p_med, f_med, "ms", None, "{:.2f}")
        row(f"{label}: p95, ms", p_95, f_95, "ms", (target, p_95) if target else None, "{:.2f}")
    print(f"\n=== {size:,} practices  ({queries} searches + {queries} browses per system; "
          f"cold runs: median of {len(result['cold_project'])}) ===")
    width = max(len(r[0]) for r in rows)
    print(f"{'':{width}}  {'project':>10}  {'FTS5':>10}  {'ratio':>7}  target")
    for label, p, f, ratio, target_text in rows:
        print(f"{label:{width}}  {p:>10}  {f:>10}  {ratio:>7}  {target_text}")
    for key in ("search", "browse"):
        data = result[key]
        n = len(data["totals"])
        print(f"  {key}: hit totals equal in {data['same_total']}/{n} requests, within 10 % in "
              f"{data['close_total']}/{n} (stemmers, tokenizers and taxonomy-word matching differ)")
    by_kind = {}
    for kind, ms in zip([t[0] for t in result["search"]["totals"]], result["search"]["project"], strict=False):
        by_kind.setdefault(kind.split("+")[0], []).append(ms)
    fts_kind = {}
    for kind, ms in zip([t[0] for t in result["search"]["totals"]], result["search"]["fts"], strict=False):
        fts_kind.setdefault(kind.split("+")[0], []).append(ms)
    hits_kind = {}
    for kind, p_total, _ in result["search"]["totals"]:
        hits_kind.setdefault(kind.split("+")[0], []).append(p_total)
    print("  search medians by query kind (project / FTS5 ms, median hits):  " + ";  ".join(
        f"{k} {median(v):.1f}/{median(fts_kind[k]):.1f} ({median(hits_kind[k]):.0f})"
        for k, v in sorted(by_kind.items())))
    filtered = [ms for (kind, _, _), ms in zip(result["search"]["totals"], result["search"]["project"], strict=False) if "+filter" in kind]
    unfiltered = [ms for (kind, _, _), ms in zip(result["search"]["totals"], result["search"]["project"], strict=False) if "+filter" not in kind]
    if filtered and unfiltered:
        print(f"  project search median without / with filters: {median(unfiltered):.1f} / {median(filtered):.1f} ms")
    print(f"  peak RSS of this benchmark process so far: {result['rss_mb']:.0f} MB")


def _code_state() -> str:
    """The project's commit and whether desktop/ has uncommitted changes (read-only git calls)."""
    import subprocess
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "--no-optional-locks", "status", "--porcelain", "--", "desktop"], cwd=ROOT, capture_output=True,
                               text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        head = ""
    if not head:  # not a git checkout: a copy of one, described by SNAPSHOT.txt if it has one
        snapshot = ROOT / "SNAPSHOT.txt"
        return (f"copy at {ROOT}: " + " ".join(snapshot.read_text().split()[:1])) if snapshot.is_file() \
            else f"{ROOT} (not a git checkout)"
    return f"commit {head or 'unknown'}" + (" + uncommitted changes in desktop/" if dirty else "")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated practice counts")
    parser.add_argument("--queries", type=int, default=200, help="timed searches and browses per size (>= 200)")
    parser.add_argument("--warmup", type=int, default=30, help="untimed searches first")
    parser.add_argument("--cold-runs", type=int, default=5, help="new processes per system for the cold figure")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", metavar="DIR", help="build into DIR/size-N and leave it there")
    parser.add_argument("--reuse", action="store_true", help="with --keep: reuse builds of the same size and seed")
    parser.add_argument("--profile", action="store_true", help="also break down and cProfile the project's search")
    parser.add_argument("--child", choices=("project", "fts5"), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--index", help=argparse.SUPPRESS)
    parser.add_argument("--query", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child_main(args)
        return 0
    if args.reuse and not args.keep:
        parser.error("--reuse needs --keep DIR")

    sys.path.insert(0, str(ROOT))
    from desktop.core.taxonomy import FACET_FIELDS as PROJECT_FIELDS
    assert tuple(PROJECT_FIELDS) == FACET_FIELDS, "FACET_FIELDS changed in desktop.core.taxonomy"
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    from desktop.core.search_index import INDEX_FORMAT
    print(f"code: {_code_state()}, search index format {INDEX_FORMAT}")
    print(f"search_bench: sizes {sizes}, {args.queries} timed queries per kind, seed {args.seed}, "
          f"SQLite {sqlite3.sqlite_version}, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs "
          f"(figures are wall-clock and noisy when other processes share the CPUs)", flush=True)
    for size in sizes:
        run_size(size, args)
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
