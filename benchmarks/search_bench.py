"""Search benchmark: this project's catalogue (SQLite + Whoosh + sidecar arrays ranked in numpy
+ facet bitmaps) against an SQLite FTS5 baseline doing the same soft-matching work, on
synthetic four-language catalogues of 1,000 / 10,000 / 100,000 practices. See
benchmarks/README.md for what each figure means.

    .venv/bin/python benchmarks/search_bench.py                       # 1k, 10k and 100k
    .venv/bin/python benchmarks/search_bench.py --sizes 1000,10000 --queries 300
    .venv/bin/python benchmarks/search_bench.py --sizes 10000 --queries 1000 --keep /tmp/bench --reuse
    .venv/bin/python benchmarks/search_bench.py --sizes 100000 --keep /tmp/bench --reuse --profile

Never part of the test run (it lives outside tests/ and takes minutes). Each size is built in
one new process and measured in another, so no build leftovers or caches of an earlier size
are in the measured process.
"""

import time

_T0 = time.perf_counter()  # first statement: the cold-open children time themselves from here

import argparse  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import sqlite3  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
_START = float(os.environ.setdefault("SEARCH_BENCH_START", str(time.time())))  # children log from the parent's start

# The same as desktop.core.taxonomy.FACET_FIELDS, search.analysis.LANGUAGES and
# search.documents.FIELD_BOOSTS (checked at start); repeated here so that the FTS5 cold-open
# child does not import the project.
FACET_FIELDS = ("approach", "level", "policy_area", "actor", "region", "country", "gcm_objective")
LANGUAGES = ("en", "es", "fr", "pt")
KIND_WEIGHTS = {"title": 5.0, "names": 4.0, "summary": 1.5, "body": 1.0, "topics": 1.0, "tags": 0.5}
# One column per language for the per-language texts (as the project's title_es, body_fr...), so
# a snippet is cut from the request language's body, as the project's is.
FTS_COLUMNS = (*(f"title_{lang}" for lang in LANGUAGES), "names", *(f"summary_{lang}" for lang in LANGUAGES),
               *(f"body_{lang}" for lang in LANGUAGES), "topics", "tags")
FTS_RANK = "bm25(" + ", ".join(f"{KIND_WEIGHTS[c.split('_')[0]]:g}" for c in FTS_COLUMNS) + ")"

TARGETS = {  # size -> p95 target in ms for "query + facets + top-20 with snippets"
    10_000: 25.0,
    100_000: 120.0,
}
COLD_TARGET = (10_000, 200.0)  # cold open + first query, measured inside the new process
COLD_QUERY = "migrant workers"


def log(message: str) -> None:
    print(f"[{time.time() - _START:8.1f}s] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# FTS5 baseline (kept free of project imports: the cold-open child uses it alone)
# ---------------------------------------------------------------------------------------------

FTS_SCHEMA = f"""
CREATE TABLE docs (rowid INTEGER PRIMARY KEY, pid TEXT NOT NULL UNIQUE, sort_title TEXT, country TEXT,
                   countries TEXT, levels TEXT, approaches TEXT,
                   {", ".join(f"title_{lang} TEXT, summary_{lang} TEXT" for lang in LANGUAGES)});
CREATE INDEX docs_sort_title ON docs (sort_title, pid);
CREATE VIRTUAL TABLE fts USING fts5({", ".join(FTS_COLUMNS)},
                                    tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TABLE facets (field TEXT NOT NULL, value TEXT NOT NULL, doc INTEGER NOT NULL,
                     PRIMARY KEY (field, value, doc)) WITHOUT ROWID;
"""
DOC_COLUMNS = ("rowid", "pid", "sort_title", "country", "countries", "levels", "approaches",
               *(f"{kind}_{lang}" for lang in LANGUAGES for kind in ("title", "summary")))


def fts_build(path: Path, rows) -> None:
    """Write the FTS5 baseline database. `rows` yields (docs row dict, fts columns dict,
    [(field, value)])."""
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(str(path))
    conn.executescript(FTS_SCHEMA)
    with conn:
        for meta, text, facet_pairs in rows:
            conn.execute(f"INSERT INTO docs VALUES ({', '.join('?' * len(DOC_COLUMNS))})",
                         [meta[c] for c in DOC_COLUMNS])
            conn.execute(f"INSERT INTO fts (rowid, {', '.join(FTS_COLUMNS)}) "
                         f"VALUES (?, {', '.join('?' * len(FTS_COLUMNS))})",
                         (meta["rowid"], *(text[c] for c in FTS_COLUMNS)))
            conn.executemany("INSERT INTO facets VALUES (?, ?, ?)", [(f, v, meta["rowid"]) for f, v in facet_pairs])
        conn.execute("CREATE INDEX facets_doc ON facets (doc, field, value)")
        conn.execute("INSERT INTO fts (fts, rank) VALUES ('rank', ?)", (FTS_RANK,))
        conn.execute("INSERT INTO fts (fts) VALUES ('optimize')")
    conn.execute("ANALYZE")
    conn.close()


def fts_connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), check_same_thread=False)
    conn.execute("PRAGMA query_only = 1")
    return conn


def fts_match(text: str) -> str:
    """The benchmark's query syntax as an FTS5 expression with the project's soft matching:
    any of the units (a word, a "phrase", a prefix*), OR-ed. `a OR b` is already that."""
    units = []
    for token in re.findall(r'"[^"]*"|\S+', text):
        if token in ("OR", "AND", "NOT"):
            continue
        if token.startswith('"'):
            words = re.findall(r"\w+", token)
            if words:
                units.append('"' + " ".join(words) + '"')
        elif token.endswith("*"):
            units.append('"' + token[:-1] + '"*')
        else:
            units.append('"' + token.replace('"', "") + '"')
    return " OR ".join(units)


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


def fts_search(conn: sqlite3.Connection, text: str, filters: dict, limit: int = 20, language: str = "en") -> dict:
    """The FTS5 baseline of Catalogue.search: total, top `limit` with snippets of the body in
    `language`, titles and summaries in `language`, facet counts.

    Facet counts are disjunctive like the project's: the fields without a selection are counted
    in one GROUP BY over the fully filtered hits; each field with a selection is counted in its
    own GROUP BY with every other field's selection applied but not its own."""
    if language not in LANGUAGES:
        raise ValueError(language)
    filters = {f: tuple(v) for f, v in filters.items() if v}
    match = fts_match(text) if text else ""
    title, summary = f"title_{language}", f"summary_{language}"
    if match:
        def scope(skip=None):  # docs matching the query and the filters except `skip`'s
            sql, params = _filter_sql(filters, skip, "rowid")
            return "SELECT rowid FROM fts WHERE fts MATCH ?" + sql, [match, *params]
        where, params = _filter_sql(filters, None, "rowid")
        total = conn.execute("SELECT count(*) FROM fts WHERE fts MATCH ?" + where, [match, *params]).fetchone()[0]
        body = FTS_COLUMNS.index(f"body_{language}")
        top = conn.execute(
            f"SELECT rowid, rank, snippet(fts, {body}, '<b>', '</b>', ' … ', 24) FROM fts WHERE fts MATCH ?"
            + where + " ORDER BY rank LIMIT ?", [match, *params, limit]).fetchall()
        if top:
            marks = ",".join("?" * len(top))
            meta = {r[0]: r for r in conn.execute(
                f"SELECT rowid, pid, {title}, country, countries, levels, approaches, {summary} FROM docs "
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
            f"SELECT pid, {title}, {summary} FROM docs WHERE 1" + where + " ORDER BY sort_title, pid LIMIT ?",
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
# Child processes: cold open + first query; memory after the requests
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


def _peak_mb() -> float:
    """Peak resident memory of this process. /proc's VmHWM, not getrusage: Linux carries
    ru_maxrss over from the parent across fork+exec, which would blur the children's figure.
    It counts pages of memory-mapped files read (Whoosh's segments, the sidecar arrays)."""
    peak = _status_mb("VmHWM")
    if peak is not None:
        return peak
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _memory() -> dict:
    return {"rss_mb": _status_mb("VmRSS") or 0.0, "anon_mb": _status_mb("RssAnon") or 0.0, "peak_mb": _peak_mb()}


def _open_system(kind: str, db: str, index: str | None):
    """Open one system: (search(text, filters, language) -> hit total, close)."""
    if kind == "project":
        sys.path.insert(0, str(ROOT))
        from desktop.core.catalogue import Catalogue
        from desktop.core.model import SearchRequest
        catalogue = Catalogue.open(Path(db), Path(index))

        def search(text, filters, language):
            return catalogue.search(SearchRequest(query=text, filters=filters, limit=20, language=language)).total
        return search, catalogue.close
    conn = fts_connect(Path(db))
    return (lambda text, filters, language: fts_search(conn, text, filters, 20, language)["total"]), conn.close


def child_cold(args) -> None:
    """Runs in the new process: open, run one query with facets and snippets, report timings."""
    if args.system == "project":  # what `import` costs is part of the figure
        sys.path.insert(0, str(ROOT))
        import desktop.core.catalogue  # noqa: F401
    t_import = time.perf_counter()
    search, _close = _open_system(args.system, args.db, args.index)
    t_open = time.perf_counter()
    total = search(args.query, {}, "en")
    t_end = time.perf_counter()
    print(json.dumps({"import_ms": (t_import - _T0) * 1e3, "open_ms": (t_open - t_import) * 1e3,
                      "query_ms": (t_end - t_open) * 1e3, "total_ms": (t_end - _T0) * 1e3,
                      "hits": total, "rss_mb": _peak_mb(), "anon_mb": _status_mb("RssAnon") or 0.0}))


def child_rss(args) -> None:
    """Runs in a new process: open one system, run every request of the file, report memory."""
    requests = json.loads(Path(args.requests).read_text(encoding="utf-8"))
    search, close = _open_system(args.system, args.db, args.index)
    for _kind, text, filters, language in requests:
        search(text, filters, language)
    print(json.dumps({**_memory(), "requests": len(requests)}))
    close()


def run_child(command: list, what: str) -> dict:
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), *command], capture_output=True,
                          text=True, cwd=str(ROOT))
    if done.returncode != 0:
        raise RuntimeError(f"{what} child failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def cold_run(kind: str, folder: Path) -> dict:
    paths = ["--db", str(folder / "catalogue.db"), "--index", str(folder / "search_index")] if kind == "project" \
        else ["--db", str(folder / "fts5.db")]
    start = time.perf_counter()
    report = run_child(["--child", "cold", "--system", kind, "--query", COLD_QUERY, *paths], f"cold-open ({kind})")
    report["wall_ms"] = (time.perf_counter() - start) * 1e3
    return report


# ---------------------------------------------------------------------------------------------
# Building (in a child process of its own)
# ---------------------------------------------------------------------------------------------

def folder_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else 0


BUILD_CODE = ("build.py", "catalogue_db.py", "search/analysis.py", "search/terms.py", "search/documents.py",
              "search/whoosh_index.py",
              "search/sidecar.py", "search/sidecar_write.py", "search/keytable.py", "search/positions.py",
              "search/spelling.py")


def build_key(size: int, seed: int) -> dict:
    """What a build depends on: --reuse takes a build only when all of it is the same."""
    import hashlib

    from synthetic import GENERATOR_VERSION

    import desktop.core.sources
    from desktop.core.catalogue_db import SCHEMA_VERSION
    from desktop.core.search.engine import INDEX_FORMAT

    taxonomy = (RESOURCES / "taxonomy.yaml").read_bytes()
    translations = hashlib.sha256()
    for path in sorted((RESOURCES / "practices").glob("*.md")):  # the text is stitched from these
        translations.update(path.name.encode() + b"\0" + path.read_bytes())
    # The code that decides what is written: an edit there may change the files without a new
    # INDEX_FORMAT (the sidecar's key table once did), and a reused build would then be measured
    # as rewritten by the first open, or not as the current code would build it.
    writers = hashlib.sha256()
    for name in BUILD_CODE:
        path = ROOT / "desktop" / "core" / name
        writers.update(name.encode() + b"\0" + (path.read_bytes() if path.is_file() else b"-"))
    return {"size": size, "seed": seed, "generator": GENERATOR_VERSION,
            "taxonomy": hashlib.sha256(taxonomy).hexdigest()[:16], "practices": translations.hexdigest()[:16],
            "index_format": INDEX_FORMAT, "schema": SCHEMA_VERSION,
            "build_format": getattr(desktop.core.sources, "BUILD_FORMAT", None),
            "build_code": writers.hexdigest()[:16]}


def build_project(practices: list, synth, folder: Path, size: int, seed: int) -> dict:
    """Full build of catalogue.db + search_index/ with `write_catalogue`. Seconds: total, and of
    which the search index (SearchEngine.create: Whoosh + sidecar) and the sidecar alone."""
    import hashlib

    from synthetic import GENERATOR_VERSION

    import desktop.core.search.sidecar_write as sidecar_module
    from desktop.core.build import write_catalogue
    from desktop.core.search import whoosh_index
    from desktop.core.search.engine import SearchEngine
    from desktop.core.sources import CatalogueSources, SourceDocument

    sources = CatalogueSources(
        catalogue_id="synthetic-bench", catalogue_version=1, title="Synthetic benchmark catalogue",
        taxonomy=synth.taxonomy,
        documents=(SourceDocument(id="synthetic-source", title="Synthetic source"),),
        practices=tuple(practices), guidance=(),
        practice_hashes={p.id: hashlib.sha256((p.id + p.title).encode()).hexdigest() for p in practices},
        content_hash=hashlib.sha256(f"synthetic-{size}-{seed}-{GENERATOR_VERSION}".encode()).hexdigest(),
    )
    spent = {"index": 0.0, "sidecar": 0.0}

    def timed(function, key):
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[key] += time.perf_counter() - start
        return wrapper

    original_create, original_write = SearchEngine.__dict__["create"], sidecar_module.write
    SearchEngine.create = staticmethod(timed(whoosh_index.create, "index"))
    sidecar_module.write = timed(original_write, "sidecar")
    try:
        start = time.perf_counter()
        write_catalogue(sources, synth.taxonomy_text, folder / "catalogue.db", folder / "search_index", force=True)
        total = time.perf_counter() - start
    finally:
        SearchEngine.create, sidecar_module.write = original_create, original_write
    return {"total": total, "index": spent["index"], "sidecar": spent["sidecar"]}


def build_fts(practices: list, synth, path: Path) -> float:
    from desktop.core.search.documents import document_fields

    taxonomy = synth.taxonomy

    def rows():
        for rowid, p in enumerate(practices, start=1):
            doc = document_fields(p, taxonomy)  # the same texts the project indexes, in four
            # languages, plus the labels and synonyms of the practice's facet values: the project
            # matches those at query time (a word naming a taxonomy term finds the practices
            # tagged with it), FTS5 can only find them indexed.
            text = {c: doc.get(c, "") for c in FTS_COLUMNS}
            words = [w for f in FACET_FIELDS for v in p.facet_values(f) for w in taxonomy.search_words(f, v)]
            text["tags"] = "\n".join([doc["tags"], *words])
            meta = {"rowid": rowid, "pid": p.id, "sort_title": p.title.casefold(), "country": p.country,
                    "countries": json.dumps(list(p.countries)), "levels": json.dumps(list(p.levels)),
                    "approaches": json.dumps(list(p.approaches)), "title_en": p.title, "summary_en": p.summary}
            for lang in LANGUAGES[1:]:
                translated = p.translation(lang)
                meta[f"title_{lang}"] = translated.title if translated else p.title
                meta[f"summary_{lang}"] = translated.summary if translated else p.summary
            yield meta, text, [(f, v) for f in FACET_FIELDS for v in p.facet_values(f)]

    start = time.perf_counter()
    fts_build(path, rows())
    return time.perf_counter() - start


def child_build(args) -> None:
    """Generate the practices of one size and build both systems into --folder."""
    import gc

    from synthetic import Synthesizer

    folder = Path(args.folder)
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / "bench.json"
    marker.unlink(missing_ok=True)
    synth = Synthesizer(args.seed)
    log(f"{args.size:,}: generating practices (English + es, fr, pt)")
    start = time.perf_counter()
    practices = synth.practices(args.size, log)
    generate = time.perf_counter() - start
    log(f"{args.size:,}:   generated in {generate:.1f} s; building this project's catalogue "
        f"(catalogue.db + Whoosh index + sidecar)")
    project = build_project(practices, synth, folder, args.size, args.seed)
    log(f"{args.size:,}:   done in {project['total']:.1f} s (search index {project['index']:.1f} s, of which "
        f"sidecar {project['sidecar']:.1f} s); building the FTS5 baseline")
    fts = build_fts(practices, synth, folder / "fts5.db")
    log(f"{args.size:,}:   done in {fts:.1f} s")
    del practices
    gc.collect()
    marker.write_text(json.dumps({**build_key(args.size, args.seed), "build_project": project, "build_fts": fts,
                                  "generate": generate, "build_peak_mb": _peak_mb()}))
    print(json.dumps({"ok": True}))


# ---------------------------------------------------------------------------------------------
# Measuring (in a child process per size)
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
    for i, (kind, text, filters, language) in enumerate(requests):
        request = SearchRequest(query=text, filters=filters, limit=20, language=language)
        order = ("p", "f") if i % 2 == 0 else ("f", "p")
        for who in order:
            if who == "p":
                start = time.perf_counter()
                result = catalogue.search(request)
                project.append((time.perf_counter() - start) * 1e3)
                p_total = result.total
            else:
                start = time.perf_counter()
                found = fts_search(conn, text, filters, 20, language)
                fts.append((time.perf_counter() - start) * 1e3)
                f_total = found["total"]
        same_total += p_total == f_total
        close_total += abs(p_total - f_total) <= 0.1 * max(p_total, f_total)
        totals.append((kind, p_total, f_total))
    return {"project": project, "fts": fts, "same_total": same_total, "close_total": close_total, "totals": totals}


def rss_runs(folder: Path, requests: list) -> dict:
    """Memory of a new process per system after running all `requests` in it."""
    path = folder / f"requests-{os.getpid()}.json"
    path.write_text(json.dumps(requests), encoding="utf-8")
    try:
        out = {}
        for kind, paths in (("project", ["--db", str(folder / "catalogue.db"), "--index", str(folder / "search_index")]),
                            ("fts5", ["--db", str(folder / "fts5.db")])):
            out[kind] = run_child(["--child", "rss", "--system", kind, "--requests", str(path), *paths],
                                  f"memory ({kind})")
        return out
    finally:
        path.unlink(missing_ok=True)


def child_measure(args) -> None:
    """Measure one size built in --folder: cold runs, warm-up, timed requests, unseen words,
    memory, the table; then the profile if asked."""
    from synthetic import QueryMaker, Synthesizer

    from desktop.core.catalogue import Catalogue

    size, folder = args.size, Path(args.folder)
    built = json.loads((folder / "bench.json").read_text())
    result = {"size": size, "reused": args.reused, **{k: built.get(k) for k in ("build_project", "build_fts",
                                                                                 "generate", "build_peak_mb")}}
    result["size_db"] = folder_size(folder / "catalogue.db")
    result["size_index"] = folder_size(folder / "search_index")
    result["size_sidecar"] = folder_size(folder / "search_index" / "sidecar")
    result["size_fts"] = folder_size(folder / "fts5.db")

    # The requests, all made before anything is timed: their generator is seeded on its own,
    # so a reused build gets the very requests a fresh one would (and every size the same).
    synth = Synthesizer(args.seed)
    queries = QueryMaker(synth, args.seed)
    warm = queries.searches(args.warmup) + queries.browses(max(5, args.warmup // 2))
    searches = queries.searches(args.queries)
    browses = queries.browses(args.queries)
    unseen = queries.unseen(args.unseen, warm + searches + browses)
    digest = __import__("hashlib").sha256(json.dumps(warm + searches + browses + unseen).encode())
    result["requests_digest"] = digest.hexdigest()[:12]  # equal digests: the very same requests

    start = time.perf_counter()  # an index the project finds stale would be rebuilt here,
    Catalogue.open(folder / "catalogue.db", folder / "search_index").close()  # not in a cold child
    if time.perf_counter() - start > 5:
        log(f"{size:,}: the first open took {time.perf_counter() - start:.0f} s (the project found its index "
            f"stale and rebuilt it, or the files just written were still being flushed to disk)")

    from bytecode import compile_project
    log(f"{size:,}: {compile_project()}")
    log(f"{size:,}: cold open + first query ('{COLD_QUERY}') in new processes x{args.cold_runs}")
    result["cold_project"], result["cold_fts"] = [], []
    for _ in range(args.cold_runs):  # interleaved, so background load hits both alike
        result["cold_project"].append(cold_run("project", folder))
        result["cold_fts"].append(cold_run("fts5", folder))

    catalogue = Catalogue.open(folder / "catalogue.db", folder / "search_index")
    conn = fts_connect(folder / "fts5.db")
    log(f"{size:,}: warming up with {len(warm)} requests")
    timed_pairs(catalogue, conn, warm)
    log(f"{size:,}: timing {len(searches)} searches, {len(browses)} filter-only browses, "
        f"then {len(unseen)} searches on words not used before (twice)")
    result["search"] = timed_pairs(catalogue, conn, searches)
    result["browse"] = timed_pairs(catalogue, conn, browses)
    result["unseen"] = timed_pairs(catalogue, conn, unseen)
    result["unseen_again"] = timed_pairs(catalogue, conn, unseen)  # the same words, now seen: the cold cost
    result["measuring"] = _memory()
    requests = warm + searches + browses + unseen + unseen
    log(f"{size:,}: memory after the same {len(requests)} requests, one new process per system")
    result["memory"] = rss_runs(folder, requests)
    report(result, args)
    sys.stdout.flush()
    if args.profile:
        log(f"{size:,}: profiling the project's search")
        profile_project(catalogue, searches + browses, size)
    catalogue.close()
    conn.close()


def profile_project(catalogue, requests: list, size: int) -> None:
    """Where the project's time goes: a per-step breakdown (wrapped calls) and cProfile's top."""
    import cProfile
    import pstats

    import desktop.core.catalogue as catalogue_module
    import desktop.core.search.ranking as ranking_module
    from desktop.core.model import SearchRequest

    spent, calls = {}, {}

    def wrap(owner, name, label):
        original = getattr(owner, name)

        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + (time.perf_counter() - start)
                calls[label] = calls.get(label, 0) + 1
        setattr(owner, name, timed)
        return original

    engine = catalogue._index
    catalogue._ensure_memory()
    ranker = engine._ranker_for()
    restore, labels = [], []
    for owner, name, label in [  # whichever of these the current code has and calls
        (engine, "rank", "SearchEngine.rank (parse+language+rank)"),
        (ranker, "rank", "  Ranker.rank"),
        (ranker, "_unit", "    Ranker._unit (per unit)"),
        (ranker, "_word", "      Ranker._word (4 languages)"),
        (ranker, "_tagged", "      Ranker._tagged (synonyms)"),
        (ranker, "_phrase", "      Ranker._phrase"),
        (ranking_module, "phrase_documents", "        phrase_documents (positions)"),
        (ranker, "_corrected", "      Ranker._corrected (spelling)"),
        (ranker, "_synonym_spans", "    Ranker._synonym_spans"),
        (catalogue_module, "mask_to_bitmap", "mask_to_bitmap (numpy -> int)"),
        (catalogue._facets, "apply", "FacetSets.apply (filters + counts)"),
        (catalogue_module, "bitmap_to_mask", "bitmap_to_mask (int -> numpy)"),
        (engine, "top", "SearchEngine.top (argpartition)"),
        (catalogue, "_page_in_order", "_page_in_order (browse)"),
        (catalogue, "_hits", "Catalogue._hits (rows+snippets+Hit)"),
        (catalogue, "_rows", "  Catalogue._rows (SQLite fetch)"),
        (catalogue_module, "plain_text", "  plain_text (markdown -> text)"),
        (engine, "snippet", "  snippets"),
    ]:
        if owner is not None and callable(getattr(owner, name, None)):
            restore.append((owner, name, wrap(owner, name, label)))
            labels.append(label)

    for title, subset in (("search", [r for r in requests if r[1]]), ("browse", [r for r in requests if not r[1]])):
        if not subset:
            continue
        spent.clear()
        calls.clear()
        start = time.perf_counter()
        for _kind, text, filters, language in subset:
            catalogue.search(SearchRequest(query=text, filters=filters, limit=20, language=language))
        wall = time.perf_counter() - start
        print(f"\n  Project time per {title} request at {size:,} practices "
              f"(mean over {len(subset)}; indented steps are part of the step above; calls per request)")
        print(f"    {'all of Catalogue.search':42s} {wall / len(subset) * 1e3:8.2f} ms")
        for label in labels:
            if label in spent:
                seconds = spent[label]
                print(f"    {label:42s} {seconds / len(subset) * 1e3:8.2f} ms  ({seconds / wall:5.1%})  "
                      f"x{calls[label] / len(subset):.1f}")
    for owner, name, original in restore:
        if owner is catalogue_module:
            setattr(owner, name, original)
        else:  # an instance attribute shadowing the method: remove it
            delattr(owner, name)

    searches = [r for r in requests if r[1]]
    profiler = cProfile.Profile()
    profiler.enable()
    for _kind, text, filters, language in searches:
        catalogue.search(SearchRequest(query=text, filters=filters, limit=20, language=language))
    profiler.disable()
    print(f"\n  cProfile of {len(searches)} searches at {size:,} practices, top 25 by own time:")
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("tottime").print_stats(25)
    print("  ... top 30 by cumulative time:")
    stats.sort_stats("cumulative").print_stats(30)


# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------

def report(result: dict, args) -> None:
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

    target = TARGETS.get(size)
    for key, label in (("search", "query+facets+top20 snippets"), ("unseen", "first query on unseen words"),
                       ("unseen_again", "  the same queries again"), ("browse", "filter-only browsing")):
        data = result[key]
        p_95 = percentile(data["project"], 95)
        row(f"{label}: median, ms", median(data["project"]), median(data["fts"]), "ms", None, "{:.2f}")
        row(f"{label}: p95, ms", p_95, percentile(data["fts"], 95), "ms",
            (target, p_95) if target and key == "search" else None, "{:.2f}")
    cold_p = {k: median([r[k] for r in result["cold_project"]]) for k in result["cold_project"][0]}
    cold_f = {k: median([r[k] for r in result["cold_fts"]]) for k in result["cold_fts"][0]}
    cold_target = (COLD_TARGET[1], cold_p["total_ms"]) if size == COLD_TARGET[0] else None
    row("cold open+1st query, in child, ms", cold_p["total_ms"], cold_f["total_ms"], "ms", cold_target, "{:.0f}")
    row("  of which imports, ms", cold_p["import_ms"], cold_f["import_ms"], "ms", None, "{:.0f}")
    row("  of which open, ms", cold_p["open_ms"], cold_f["open_ms"], "ms", None, "{:.0f}")
    row("  of which first query, ms", cold_p["query_ms"], cold_f["query_ms"], "ms", None, "{:.0f}")
    row("cold, whole process (wall), ms", cold_p["wall_ms"], cold_f["wall_ms"], "ms", None, "{:.0f}")
    row("cold child peak RSS, MB", cold_p["rss_mb"], cold_f["rss_mb"], "MB", None, "{:.0f}")
    row("  of which private (RssAnon at end), MB", cold_p["anon_mb"], cold_f["anon_mb"], "MB", None, "{:.0f}")
    memory = result["memory"]
    count = memory["project"]["requests"]
    row(f"RSS after {count:,} requests, own process, MB", memory["project"]["rss_mb"], memory["fts5"]["rss_mb"],
        "MB", None, "{:.0f}")
    row("  of which private (RssAnon), MB", memory["project"]["anon_mb"], memory["fts5"]["anon_mb"], "MB", None,
        "{:.0f}")
    row("  peak of that process (VmHWM), MB", memory["project"]["peak_mb"], memory["fts5"]["peak_mb"], "MB", None,
        "{:.0f}")
    built = " (reused)" if result.get("reused") else ""
    project_build = result["build_project"] or {}
    row(f"build: catalogue.db + index + sidecar, s{built}", project_build.get("total"), result["build_fts"], "s")
    row("  of which search index (Whoosh + sidecar), s", project_build.get("index"), None, "s")
    row("  of which sidecar, s", project_build.get("sidecar"), None, "s")
    row("on disk: catalogue.db + search_index/, MB", (result["size_db"] + result["size_index"]) / 1e6,
        result["size_fts"] / 1e6, "MB")
    row("  of which search_index/ (Whoosh + sidecar), MB", result["size_index"] / 1e6, None, "MB")
    row("  of which sidecar/, MB", result["size_sidecar"] / 1e6, None, "MB")

    print(f"\n=== {size:,} practices, 4 languages  ({len(result['search']['project'])} searches, "
          f"{len(result['unseen']['project'])} searches on unseen words, {len(result['browse']['project'])} "
          f"browses per system after {args.warmup} + {max(5, args.warmup // 2)} warm-up; "
          f"cold runs: median of {len(result['cold_project'])}) ===")
    width = max(len(r[0]) for r in rows)
    print(f"{'':{width}}  {'project':>10}  {'FTS5':>10}  {'ratio':>7}  target")
    for label, p, f, ratio, target_text in rows:
        print(f"{label:{width}}  {p:>10}  {f:>10}  {ratio:>7}  {target_text}")

    for key in ("search", "unseen", "browse"):
        data = result[key]
        n = len(data["totals"])
        print(f"  {key}: hit totals equal in {data['same_total']}/{n} requests, within 10 % in "
              f"{data['close_total']}/{n} (stemmers, tokenizers, spelling correction and taxonomy-word "
              f"matching differ)")
    for key, split in (("search", lambda kind: kind.split("/")[0]), ("unseen", lambda kind: kind.split("/")[0]),
                       ("search", lambda kind: kind.split("/")[1].split("+")[0])):
        data = result[key]
        groups = {}
        for (kind, p_total, _), p_ms, f_ms in zip(data["totals"], data["project"], data["fts"], strict=True):
            group = groups.setdefault(split(kind), ([], [], []))
            group[0].append(p_ms)
            group[1].append(f_ms)
            group[2].append(p_total)
        what = "language" if key == "search" and split("x/en") == "en" else "query kind"
        print(f"  {key} medians by {what} (project / FTS5 ms, median project hits):  " + ";  ".join(
            f"{k} {median(p):.1f}/{median(f):.1f} ({median(h):.0f})" for k, (p, f, h) in sorted(groups.items())))
    data = result["search"]
    filtered = [ms for (kind, _, _), ms in zip(data["totals"], data["project"], strict=True) if "+filter" in kind]
    unfiltered = [ms for (kind, _, _), ms in zip(data["totals"], data["project"], strict=True) if "+filter" not in kind]
    if filtered and unfiltered:
        print(f"  project search median without / with filters: {median(unfiltered):.1f} / {median(filtered):.1f} ms")
    measuring = result["measuring"]
    print(f"  the measuring process (both systems open, the query generator loaded) after the timed requests: "
          f"RSS {measuring['rss_mb']:.0f} MB, private {measuring['anon_mb']:.0f} MB, peak {measuring['peak_mb']:.0f} MB")
    print(f"  requests digest {result['requests_digest']} (the same in every run with this seed, --queries, "
          f"--warmup and --unseen, built fresh or reused)")
    if result.get("generate") is not None:
        print(f"  generating the practices took {result['generate']:.1f} s; the build process peaked at "
              f"{result.get('build_peak_mb') or 0:.0f} MB")


def _code_state() -> str:
    """The project's commit, read from .git without running git, and a digest of desktop/'s
    sources (it changes with any edit, committed or not)."""
    import hashlib

    commit = ""
    git = ROOT / ".git"
    try:
        head = (git / "HEAD").read_text().strip()
        if head.startswith("ref: "):
            ref = head[5:]
            if (git / ref).is_file():
                commit = (git / ref).read_text().strip()
            elif (git / "packed-refs").is_file():
                for line in (git / "packed-refs").read_text().splitlines():
                    if line.endswith(" " + ref):
                        commit = line.split()[0]
        else:
            commit = head
    except OSError:
        pass
    digest = hashlib.sha256()
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return f"commit {commit[:9] or 'unknown'}, desktop/*.py sha256 {digest.hexdigest()[:12]}"


def _spawn(command: list, what: str) -> None:
    """A child with this process's stdout and stderr (its tables and progress show as they come)."""
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), *command], cwd=str(ROOT),
                          stdout=None if what == "measuring" else subprocess.DEVNULL)
    if done.returncode != 0:
        raise SystemExit(f"the {what} process failed (exit status {done.returncode})")


def run_size(size: int, args) -> None:
    import shutil
    import tempfile

    if args.keep:
        folder = Path(args.keep) / f"size-{size}"
        folder.mkdir(parents=True, exist_ok=True)
    else:
        folder = Path(tempfile.mkdtemp(prefix=f"search-bench-{size}-"))
    try:
        marker = folder / "bench.json"
        wanted = build_key(size, args.seed)
        previous = json.loads(marker.read_text()) if marker.is_file() else {}
        reused = bool(args.reuse and {k: previous.get(k) for k in wanted} == wanted)
        if reused:
            log(f"{size:,}: reusing the builds in {folder}")
        else:
            start = time.time()
            _spawn(["--child", "build", "--size", str(size), "--seed", str(args.seed), "--folder", str(folder)],
                   "build")
            log(f"{size:,}: the build process took {time.time() - start:.0f} s")
        command = ["--child", "measure", "--size", str(size), "--seed", str(args.seed), "--folder", str(folder),
                   "--queries", str(args.queries), "--warmup", str(args.warmup), "--unseen", str(args.unseen),
                   "--cold-runs", str(args.cold_runs)]
        _spawn(command + (["--profile"] if args.profile else []) + (["--reused"] if reused else []), "measuring")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated practice counts")
    parser.add_argument("--queries", type=int, default=200, help="timed searches, and timed browses, per size")
    parser.add_argument("--warmup", type=int, default=30, help="untimed searches (and half as many browses) first")
    parser.add_argument("--unseen", type=int, default=100,
                        help="timed searches on words no earlier request used, per size")
    parser.add_argument("--cold-runs", type=int, default=5, help="new processes per system for the cold figure")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", metavar="DIR", help="build into DIR/size-N and leave it there")
    parser.add_argument("--reuse", action="store_true", help="with --keep: reuse builds of the same size and seed")
    parser.add_argument("--profile", action="store_true", help="also break down and cProfile the project's search")
    parser.add_argument("--child", choices=("cold", "rss", "build", "measure"), help=argparse.SUPPRESS)
    for hidden in ("--system", "--db", "--index", "--query", "--requests", "--folder"):
        parser.add_argument(hidden, help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--reused", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child in ("cold", "rss"):
        (child_cold if args.child == "cold" else child_rss)(args)
        return 0
    sys.path.insert(0, str(ROOT))
    if args.child:
        (child_build if args.child == "build" else child_measure)(args)
        return 0
    if args.reuse and not args.keep:
        parser.error("--reuse needs --keep DIR")
    if min(args.queries, args.unseen, args.cold_runs) < 1 or args.warmup < 0:
        parser.error("--queries, --unseen and --cold-runs must be at least 1")

    from desktop.core.search.documents import FIELD_BOOSTS
    from desktop.core.search.engine import INDEX_FORMAT
    from desktop.core.search.terms import LANGUAGES as PROJECT_LANGUAGES
    from desktop.core.taxonomy import FACET_FIELDS as PROJECT_FIELDS
    assert tuple(PROJECT_FIELDS) == FACET_FIELDS, "FACET_FIELDS changed in desktop.core.taxonomy"
    assert tuple(PROJECT_LANGUAGES) == LANGUAGES, "LANGUAGES changed in desktop.core.search.analysis"
    assert FIELD_BOOSTS == KIND_WEIGHTS, "FIELD_BOOSTS changed in desktop.core.search.documents"
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    print(f"code: {_code_state()}, search index format {INDEX_FORMAT}")
    print(f"search_bench: sizes {sizes}, {args.queries} timed searches and browses and {args.unseen} unseen-word "
          f"searches per size, seed {args.seed}, SQLite {sqlite3.sqlite_version}, Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs (figures are wall-clock and noisy when other processes share the CPUs)", flush=True)
    for size in sizes:
        run_size(size, args)
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
