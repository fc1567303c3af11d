"""The full-text index: the only module that imports Whoosh.

Whoosh (the whoosh-reloaded distribution) is frozen upstream, so everything it does for us
goes through `SearchIndex`: build or update the index from practices, parse a query, list the
matching documents, rank the top ones, highlight, suggest spellings, find similar practices
and hand out the per-value document lists facet counting is built from. Documents are
addressed by Whoosh's document numbers ("docnums"); `SearchIndex.ids` maps them to practice ids.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from whoosh import fields, highlight, index, qparser, query
from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
from whoosh.idsets import DocIdSet
from whoosh.support.charset import accent_map

from .errors import QueryError
from .facets import bitmap_from
from .synonyms import SynonymTable
from .taxonomy import FACET_FIELDS, Taxonomy
from .text import fold, fold_accents, markdown_plain_text

_CLASSED_B = re.compile(r'<b class="[^"]*">')
MARKER = "catalogue.json"  # which catalogue content the index was built from
INDEX_FORMAT = 5  # raise whenever the schema or analysis changes: old indexes are rebuilt

_TOKENS = r"\w+(?:['’]\w+)*"
# Accent- and case-insensitive, English-stemmed: "Movilidad" and "movilidad" are one term,
# "migrants" finds "migrant", "Sao Paulo" finds "São Paulo".
TEXT_ANALYZER = (RegexTokenizer(_TOKENS) | LowercaseFilter() | CharsetFilter(accent_map)
                 | StopFilter(minsize=1) | StemFilter(lang="en", cachesize=50000))
# The same without stemming or stop words: the vocabulary "did you mean" suggests from.
WORD_ANALYZER = RegexTokenizer(_TOKENS) | LowercaseFilter() | CharsetFilter(accent_map)

TEXT_FIELDS = ("title", "names", "summary", "body", "tags")
# Title and names (original-language titles, aliases, place) weigh more than the body;
# taxonomy labels and synonyms (tags) weigh least: they widen recall, they do not rank.
FIELD_BOOSTS = {"title": 5.0, "names": 4.0, "summary": 1.5, "body": 1.0, "tags": 0.5}
EXACT_NAME_BOOST = 50.0
PROXIMITY_LIMIT = 1500  # matches past which the words-together bonus is not computed
SHORT_FIELDS = ("title", "names", "summary", "exact")
RANK_ALL_LIMIT = 2000  # matches past which only title/name/summary matches are scored (_likely_best)
TERM_CACHE_SIZE = 20000  # per-term bitmaps kept between searches (typing repeats words)
QUERY_FIELD_ALIASES = {"gcm": "gcm_objective", "area": "policy_area", "policy-area": "policy_area",
                       "approaches": "approach", "levels": "level", "actors": "actor",
                       "objective": "gcm_objective", "name": "names", "text": "body"}


def _schema() -> fields.Schema:
    # Scorable: a query word that names a taxonomy term matches these fields (synonyms.py).
    facet_fields = {name: fields.KEYWORD(commas=True, lowercase=True, scorable=True) for name in FACET_FIELDS}
    return fields.Schema(
        id=fields.ID(stored=True, unique=True, sortable=True),
        title=fields.TEXT(analyzer=TEXT_ANALYZER),
        names=fields.TEXT(analyzer=TEXT_ANALYZER),
        summary=fields.TEXT(analyzer=TEXT_ANALYZER),
        body=fields.TEXT(analyzer=TEXT_ANALYZER),
        tags=fields.TEXT(analyzer=TEXT_ANALYZER),
        words=fields.TEXT(analyzer=WORD_ANALYZER, phrase=False),
        exact=fields.KEYWORD(commas=True, scorable=True),
        **facet_fields,
    )


class IndexUnusable(Exception):
    """The index folder is missing, stale or damaged: rebuild it from catalogue.db."""


class _BitmapDocs(DocIdSet):
    """Whoosh filter over a bitmap (bytes, little-endian bit order) of allowed docnums."""

    def __init__(self, bitmap: bytes):
        self.bitmap = bitmap

    def __contains__(self, docnum):
        byte = docnum >> 3
        return byte < len(self.bitmap) and bool(self.bitmap[byte] >> (docnum & 7) & 1)

    def __iter__(self):
        for byte_index, byte in enumerate(self.bitmap):
            while byte:
                low = byte & -byte
                yield (byte_index << 3) + low.bit_length() - 1
                byte ^= low

    def __len__(self):
        return int.from_bytes(self.bitmap, "little").bit_count()


def document_fields(practice, taxonomy: Taxonomy) -> dict:
    """What the index holds for one practice."""
    names = [practice.original_title, *practice.aliases, practice.place]
    # Facet values are matched through the facet fields at query time (synonyms.py); only the
    # free topics and the two vocabularies without a facet field are indexed as words here.
    tags = list(practice.topics)
    for field_name in ("gcm_principle", "sdg_target"):
        for value in practice.facet_values(field_name):
            tags.extend(taxonomy.search_words(field_name, value))
    doc = {
        "id": practice.id,
        "title": practice.title,
        "names": "\n".join(n for n in names if n),
        "summary": practice.summary,
        "body": markdown_plain_text(practice.body),  # link targets are not text
        "tags": "\n".join(tags),
        # The spelling vocabulary: titles, names, summaries and topics hold the words people
        # search for; leaving the body out halves the postings a build writes.
        "words": "\n".join([practice.title, *names, practice.summary, *practice.topics]),
    }
    exact_names = [practice.title, practice.original_title, *practice.aliases]
    doc["exact"] = ",".join(dict.fromkeys(exact_name(n) for n in exact_names if exact_name(n)))
    for field_name in FACET_FIELDS:
        doc[field_name] = ",".join(practice.facet_values(field_name))
    return doc


def exact_name(text: str) -> str:
    """A name reduced to lower-case unaccented words: what an exact-name match compares."""
    return " ".join(re.findall(r"\w+", fold(text)))


class SearchIndex:
    """An open Whoosh index over the practices of one catalogue."""

    def __init__(self, path: Path, ix):
        self.path = Path(path)
        self._ix = ix
        self._searcher = ix.searcher()
        self._reader = self._searcher.reader()
        self._parser = self._make_parser()
        self._ids = None
        self._synonym_table = None
        self._live_bitmap = None
        self._term_bitmaps = {}

    # -- building -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, practices, taxonomy: Taxonomy, content_hash: str) -> None:
        """Build a new index at `path` (replacing any) from all `practices`.

        Written into a sibling folder first and moved into place at the end, so a killed
        build leaves the old index or none, never half of one."""
        path = Path(path)
        staging = path.with_name(path.name + ".building")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        ix = index.create_in(str(staging), _schema())
        # limitmb/procs: one process keeps the build predictable on 2-core field laptops.
        # 1 GB of buffer: fewer intermediate segments to merge (92 s -> 62 s for 10,000 practices).
        writer = ix.writer(limitmb=1024)
        for practice in practices:
            writer.add_document(**document_fields(practice, taxonomy))
        writer.commit(optimize=True)
        ix.close()
        _write_marker(staging, content_hash)
        old = path.with_name(path.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if path.exists():
            path.rename(old)
        staging.rename(path)
        shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def update(cls, path: Path, changed, removed_ids, taxonomy: Taxonomy, content_hash: str) -> None:
        """Re-index only `changed` practices and drop `removed_ids`; then record `content_hash`."""
        path = Path(path)
        # The marker goes first: if we are killed mid-update the index no longer claims to
        # match the catalogue, and the next open rebuilds it.
        (path / MARKER).unlink(missing_ok=True)
        ix = index.open_dir(str(path))
        writer = ix.writer(limitmb=128)
        for practice_id in removed_ids:
            writer.delete_by_term("id", practice_id)
        for practice in changed:
            writer.update_document(**document_fields(practice, taxonomy))
        writer.commit()
        ix.close()
        _write_marker(path, content_hash)

    @classmethod
    def open(cls, path: Path, content_hash: str, expected_count: int) -> "SearchIndex":
        """Open the index at `path`. Raises IndexUnusable when it is missing, was built from
        other catalogue content, or cannot be read."""
        path = Path(path)
        try:
            marker = json.loads((path / MARKER).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise IndexUnusable(f"no readable {MARKER}: {exc}") from exc
        if marker.get("content_hash") != content_hash or marker.get("format") != INDEX_FORMAT:
            raise IndexUnusable("built from other catalogue content")
        try:
            ix = index.open_dir(str(path))
            opened = cls(path, ix)
            count = opened._reader.doc_count()
        except Exception as exc:  # Whoosh raises many kinds on damaged files; all mean rebuild.
            raise IndexUnusable(f"cannot be read: {exc}") from exc
        if count != expected_count:
            opened.close()
            raise IndexUnusable(f"holds {count} practices, the catalogue {expected_count}")
        return opened

    def close(self) -> None:
        """Release the open files."""
        self._searcher.close()
        self._ix.close()

    # -- document numbers -----------------------------------------------------------------

    @property
    def doc_count_all(self) -> int:
        """Size of the docnum space (deleted documents included)."""
        return self._reader.doc_count_all()

    @property
    def ids(self) -> list:
        """`ids[docnum]` is the practice id (None for deleted documents)."""
        if self._ids is None:
            column = self._reader.column_reader("id")
            ids = [None] * self.doc_count_all
            for docnum in self._reader.all_doc_ids():
                ids[docnum] = column[docnum]
            self._ids = [i.decode("utf-8") if isinstance(i, bytes) else i for i in ids]
        return self._ids

    def live_docnums(self):
        """Docnums of every practice in the index."""
        return self._reader.all_doc_ids()

    def facet_postings(self, field_name: str) -> dict:
        """{value: [docnums]} for one facet field: what facet counts are computed from."""
        postings = {}
        for value in self._reader.lexicon(field_name):
            text = value.decode("utf-8") if isinstance(value, bytes) else value
            postings[text] = list(self._reader.postings(field_name, value).all_ids())
        return postings

    # -- querying -------------------------------------------------------------------------

    def _make_parser(self):
        parser = qparser.MultifieldParser(list(TEXT_FIELDS), self._ix.schema, fieldboosts=FIELD_BOOSTS,
                                          group=qparser.AndGroup)
        # `-word` excludes only at the start of a word: "whole-of-government" stays one term.
        parser.add_plugin(qparser.PlusMinusPlugin(plusexpr=r"(?:^|(?<=[\s(]))\+(?=\S)",
                                                  minusexpr=r"(?:^|(?<=[\s(]))-(?=\S)"))
        aliases = {}
        for alias, real in QUERY_FIELD_ALIASES.items():
            aliases.setdefault(real, []).append(alias)
        parser.add_plugin(qparser.FieldAliasPlugin(aliases))
        parser.remove_plugin_class(qparser.WildcardPlugin)
        parser.add_plugin(qparser.PrefixPlugin())  # `word*` only: `*word` would scan every term
        parser.remove_plugin_class(qparser.BoostPlugin)
        parser.remove_plugin_class(qparser.RangePlugin)
        return parser

    def parse(self, text: str, taxonomy: Taxonomy):
        """Turn the user's query text into a Whoosh query. Raises QueryError."""
        folded = fold_accents(text)
        try:
            parsed = self._parser.parse(folded)
        except Exception as exc:  # the parser's own errors have no useful message for users
            shown = " ".join(text.split())  # one line, even for pasted line breaks
            raise QueryError(f"The search '{shown}' could not be understood; try plain words.") from exc
        parsed = _exclusions_that_work(_resolve_facet_terms(parsed, taxonomy))
        table = self._synonyms(taxonomy)
        if _is_plain(folded):
            tokens = [token.text for token in TEXT_ANALYZER(folded)]
            if tokens:
                parsed = _plain_query(tokens, table)
        else:
            parsed = _expand_single_words(parsed, table)
        return _with_proximity_boost(parsed, folded)

    def _synonyms(self, taxonomy: Taxonomy) -> SynonymTable:
        if self._synonym_table is None or self._synonym_table[0] is not taxonomy:
            table = SynonymTable(taxonomy, lambda text: [t.text for t in TEXT_ANALYZER(text)])
            self._synonym_table = (taxonomy, table)
        return self._synonym_table[1]

    def matching_docnums(self, parsed) -> list:
        """Every docnum matching `parsed`, unranked."""
        bitmap = self.matching_bitmap(parsed).to_bytes((self.doc_count_all + 7) // 8, "little")
        return list(_BitmapDocs(bitmap))

    def matching_bitmap(self, parsed) -> int:
        """The docnums matching `parsed` as an int bitmap (facets count over these).

        Evaluated over the query tree with one cached bitmap per term, so that AND, OR and NOT
        are integer operations; Whoosh's matchers (which step through every posting in Python)
        are used only for what bitmaps cannot answer, such as phrases."""
        try:
            return self._bitmap(parsed)
        except Exception as exc:
            raise QueryError("That search is too complex to run; use fewer wildcards or words.") from exc

    def _live(self) -> int:
        if self._live_bitmap is None:
            self._live_bitmap = bitmap_from(self._reader.all_doc_ids(), self.doc_count_all)
        return self._live_bitmap

    def _term_bitmap(self, fieldname: str, text: str) -> int:
        key = (fieldname, text)
        cached = self._term_bitmaps.get(key)
        if cached is None:
            if (fieldname, text) in self._reader:
                cached = bitmap_from(self._reader.postings(fieldname, text).all_ids(), self.doc_count_all)
                cached &= self._live()
            else:
                cached = 0
            if len(self._term_bitmaps) > TERM_CACHE_SIZE:
                self._term_bitmaps.clear()
            self._term_bitmaps[key] = cached
        return cached

    def _bitmap(self, node) -> int:
        if node is query.NullQuery or isinstance(node, query.NullQuery.__class__):
            return 0
        if isinstance(node, query.Every):
            return self._live()
        if isinstance(node, query.Term):
            return self._term_bitmap(node.fieldname, node.text)
        if isinstance(node, query.Or):
            result = 0
            for child in node.subqueries:
                result |= self._bitmap(child)
            return result
        if isinstance(node, query.And):
            result = self._live()
            for child in node.subqueries:
                result &= self._bitmap(child)
                if not result:
                    break
            return result
        if isinstance(node, query.Not):
            return self._live() & ~self._bitmap(node.query)
        if isinstance(node, query.AndMaybe):  # the optional part only ranks
            return self._bitmap(node.a)
        if isinstance(node, query.AndNot):
            return self._bitmap(node.a) & ~self._bitmap(node.b)
        if isinstance(node, query.Prefix):
            result = 0
            for text in self._reader.expand_prefix(node.fieldname, node.text):
                result |= self._term_bitmap(node.fieldname, text.decode("utf-8") if isinstance(text, bytes) else text)
            return result
        return bitmap_from(self._searcher.docs_for_query(node), self.doc_count_all)  # phrases and the rest

    def ranked(self, parsed, limit: int, allowed: bytes, matches: int = 0) -> list:
        """The best `limit` (docnum, score) pairs for `parsed` among `allowed`: the bitmap of
        the documents that match the query and the filters.

        Scored as a flat OR of the query's positive leaf terms restricted to `allowed`: the
        same scores as the AND of per-field ORs (a document's score is the sum of its matching
        terms either way), but a flat union lets Whoosh skip blocks of documents that cannot
        reach the top `limit`, which the nested form cannot (two common words: 400 -> a few ms).
        Past PROXIMITY_LIMIT matches the words-together bonus is left out too."""
        # Terms on facet fields (what a word names in the taxonomy) match thousands of
        # practices; they decide what matches but do not score: practices that say the words
        # come first, then those only tagged with what the words name.
        leaves = [leaf for leaf in _scoring_leaves(parsed, with_optional=matches <= PROXIMITY_LIMIT)
                  if getattr(leaf, "fieldname", None) not in FACET_FIELDS]
        if matches > RANK_ALL_LIMIT:
            allowed, leaves = self._likely_best(leaves, allowed, limit)
            scoring = query.Or(leaves) if leaves else None
        else:  # the query's own AND/OR shape: its intersections skip through long postings
            scoring = _without_facet_terms(parsed if matches <= PROXIMITY_LIMIT or not isinstance(parsed, query.AndMaybe)
                                           else parsed.a)
        if scoring is None:
            return self._first_of(allowed, limit)
        results = self._searcher.search(scoring, limit=limit, terms=False, filter=_BitmapDocs(allowed))
        ranked = [(hit.docnum, float(hit.score)) for hit in results]
        if len(ranked) < limit:  # documents matched only by what does not score (e.g. NOT x)
            seen = {docnum for docnum, _ in ranked}
            ranked += [(d, 0.0) for d, _ in self._first_of(allowed, limit) if d not in seen][:limit - len(ranked)]
        return ranked

    def _likely_best(self, leaves: list, allowed: bytes, limit: int) -> tuple:
        """For very broad searches: the matches that have a query word in their title, names
        or summary, scored on those fields only, when there are at least `limit` of them.
        With those fields' boosts they outrank body-only matches; and Whoosh, which steps
        through every posting of every scored term in Python, then reads short lists only."""
        short = [leaf for leaf in leaves if getattr(leaf, "fieldname", None) in SHORT_FIELDS]
        prominent = 0
        for leaf in short:
            if isinstance(leaf, query.Term):
                prominent |= self._term_bitmap(leaf.fieldname, leaf.text)
        candidates = prominent & int.from_bytes(allowed, "little")
        if candidates.bit_count() < limit:
            return allowed, leaves
        return candidates.to_bytes(len(allowed), "little"), short

    def _first_of(self, allowed: bytes, limit: int) -> list:
        found = []
        for docnum in _BitmapDocs(allowed):
            found.append((docnum, 0.0))
            if len(found) == limit:
                break
        return found

    def snippet(self, parsed, text: str, fieldname: str = "body") -> str:
        """An HTML fragment of `text` with the terms of `parsed` in <b>, or '' when none occur."""
        terms = {word for fieldname_, word in parsed.iter_all_terms() if fieldname_ in TEXT_FIELDS}
        if not terms or not text:
            return ""
        words = {w.decode("utf-8") if isinstance(w, bytes) else w for w in terms}
        fragmenter = highlight.ContextFragmenter(maxchars=220, surround=60)
        formatter = highlight.HtmlFormatter(tagname="b", between=" … ")
        marked = highlight.highlight(text, words, TEXT_ANALYZER, fragmenter, formatter, top=2,
                                     order=highlight.SCORE, mode="index")
        return _CLASSED_B.sub("<b>", marked)  # the JSON contract promises plain <b>term</b>

    def _unknown_word(self, word: str, table: SynonymTable) -> bool:
        """True when `word` occurs nowhere: not in the text, not among the taxonomy's names."""
        if self._reader.doc_frequency("words", fold(word)) > 0:
            return False
        stems = [t.text for t in TEXT_ANALYZER(word)]
        if any(table.single(stem) for stem in stems):
            return False
        return not any(self._reader.doc_frequency(field, stem) for stem in stems for field in TEXT_FIELDS)

    def suggest_spelling(self, text: str, taxonomy: Taxonomy) -> str | None:
        """A corrected version of `text` when some of its words are not in the catalogue:
        each unknown word becomes the catalogue word closest to it (fewest edits; the more
        frequent word on a tie)."""
        changed = False
        out = []
        for token in text.split():
            core = token.strip('"()')
            plain = core.isalpha() and len(core) >= 3 and core not in ("AND", "OR", "NOT")
            if plain and self._unknown_word(core, self._synonyms(taxonomy)):
                word = fold(core)
                candidates = self._searcher.suggest("words", word, limit=20, maxdist=2, prefix=1)
                if candidates:
                    best = min(candidates, key=lambda c: (edit_distance(word, c),
                                                          -self._reader.doc_frequency("words", c)))
                    token = token.replace(core, best)
                    changed = True
            out.append(token)
        return " ".join(out) if changed else None

    def similar(self, docnum: int, text: str, facet_values: list, limit: int) -> list:
        """Practices that resemble the one at `docnum`, whose own text is `text` and whose
        facet values are `facet_values` [(field, value)]: (docnum, score), best first, itself
        excluded. Its most distinctive words (weighted against the whole catalogue) and its
        tags become one OR query, so practices sharing rare words and tags rank first."""
        keys = self._searcher.key_terms_from_text("body", text, numterms=15)
        top = max((weight for _, weight in keys), default=1.0) or 1.0
        terms = [query.Term("body", word, boost=weight / top) for word, weight in keys]
        terms += [query.Term(field, value, boost=0.3) for field, value in facet_values]
        if not terms:
            return []
        results = self._searcher.search(query.Or(terms), limit=limit, terms=False,
                                        mask=_BitmapDocs(_bitmap_of([docnum], self.doc_count_all)))
        return [(hit.docnum, float(hit.score)) for hit in results]


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions) between two words."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


def _exclusions_that_work(parsed):
    """Rewrite AndNot(positive, negative) as And([positive, Not(negative)]).

    Whoosh's AndNot matcher does not check the first matching document against the excluded
    ones (so "ecuador -national" kept a practice mentioning "national"), while And with Not is
    correct. A search of exclusions only ("-ecuador") means everything except them."""
    def fix(node):
        if isinstance(node, query.AndNot):
            positive, negative = fix(node.a), fix(node.b)
            if positive is query.NullQuery or isinstance(positive, query.NullQuery.__class__):
                positive = query.Every()
            return query.And([positive, query.Not(negative)])
        return node.apply(fix) if node.children() else node
    return fix(parsed)


def _bitmap_of(docnums, size: int) -> bytes:
    bitmap = bytearray((size + 7) // 8)
    for docnum in docnums:
        bitmap[docnum >> 3] |= 1 << (docnum & 7)
    return bytes(bitmap)


def _write_marker(path: Path, content_hash: str) -> None:
    (path / MARKER).write_text(json.dumps({"content_hash": content_hash, "format": INDEX_FORMAT}),
                               encoding="utf-8")


_PLAIN_WORDS = re.compile(r"^[\w\s'’-]+$")
_OPERATOR = re.compile(r"(^|\s)[-+]|\b(AND|OR|NOT)\b")


SYNONYM_BOOST = 0.5  # a practice tagged with what a word names ranks below one that says it


def _without_facet_terms(node):
    """The query without its taxonomy-synonym terms (None when nothing is left)."""
    if isinstance(node, query.Term) and node.fieldname in FACET_FIELDS:
        return None
    if isinstance(node, (query.And, query.Or)):
        children = [c for c in (_without_facet_terms(child) for child in node.subqueries) if c is not None]
        if not children:
            return None
        if isinstance(node, query.And) and len(children) < len(node.subqueries):
            return None  # a required part was only a synonym: rank by the rest via the fill
        return children[0] if len(children) == 1 else node.__class__(children, boost=node.boost)
    if isinstance(node, query.AndMaybe):
        required = _without_facet_terms(node.a)
        optional = _without_facet_terms(node.b)
        if required is None:
            return None
        return query.AndMaybe(required, optional) if optional is not None else required
    return node


def _scoring_leaves(node, with_optional: bool) -> list:
    """The parts of a query that add to a document's score: terms, prefixes and phrases under
    AND and OR, the optional part of AND-MAYBE; not what is excluded."""
    if isinstance(node, (query.Term, query.Prefix, query.Phrase, query.Wildcard)):
        return [node]
    if isinstance(node, (query.Not, query.Every)) or node is query.NullQuery:
        return []
    if isinstance(node, query.AndMaybe):
        return _scoring_leaves(node.a, with_optional) + (_scoring_leaves(node.b, with_optional) if with_optional else [])
    if isinstance(node, query.AndNot):
        return _scoring_leaves(node.a, with_optional)
    leaves = []
    for child in node.children():
        leaves.extend(_scoring_leaves(child, with_optional))
    return leaves


def _is_plain(folded_text: str) -> bool:
    """Only words: no quotes, fields, prefixes, parentheses or operators."""
    return bool(_PLAIN_WORDS.match(folded_text)) and not _OPERATOR.search(folded_text)


def _word_group(token: str):
    return query.Or([query.Term(field, token, boost=FIELD_BOOSTS[field]) for field in TEXT_FIELDS])


def _named_terms(targets) -> list:
    return [query.Term(field, term_id, boost=SYNONYM_BOOST) for field, term_id in sorted(targets)]


def _plain_query(tokens: list, table: SynonymTable):
    """Every word must match (in any text field); a run of words that names a taxonomy term
    ("whole of government", "WoG", "Marruecos") may instead match practices tagged with it."""
    groups = [_word_group(token) for token in tokens]
    clauses, position = [], 0
    for start, end, targets in table.spans(tokens):
        clauses.extend(groups[position:start])
        words = groups[start] if end - start == 1 else query.And(groups[start:end])
        clauses.append(query.Or([words, *_named_terms(targets)]))
        position = end
    clauses.extend(groups[position:])
    return clauses[0] if len(clauses) == 1 else query.And(clauses)


def _expand_single_words(parsed, table: SynonymTable):
    """In a query with operators, each single word that names a taxonomy term also matches
    practices tagged with it (multi-word names work in plain searches)."""
    def fix(node):
        if isinstance(node, query.Or) and node.subqueries and all(
                isinstance(q, query.Term) and q.fieldname in TEXT_FIELDS for q in node.subqueries):
            # One word across the fields, or several OR-ed words flattened into one group.
            targets = frozenset().union(*(table.single(q.text) for q in node.subqueries))
            return query.Or([*node.subqueries, *_named_terms(targets)]) if targets else node
        if isinstance(node, query.Term) and node.fieldname in TEXT_FIELDS:
            targets = table.single(node.text)
            return query.Or([node, *_named_terms(targets)]) if targets else node
        if isinstance(node, query.Or) and node.subqueries and all(
                isinstance(q, query.Prefix) and q.fieldname in TEXT_FIELDS for q in node.subqueries):
            targets = frozenset().union(*(table.prefixed(q.text) for q in node.subqueries))
            return query.Or([*node.subqueries, *_named_terms(targets)]) if targets else node
        if isinstance(node, query.Prefix) and node.fieldname in TEXT_FIELDS:
            targets = table.prefixed(node.text)
            return query.Or([node, *_named_terms(targets)]) if targets else node
        return node.apply(fix) if node.children() else node
    return fix(parsed)


def _with_proximity_boost(parsed, folded_text: str):
    """For plain multi-word searches, rank practices where the words stand together first.

    The words still only need to occur anywhere (the match set is unchanged); an optional
    sloppy phrase per field adds to the score, so "National Immigration Strategy" puts the
    practice that names that strategy above one that has the three words far apart."""
    if not _is_plain(folded_text):
        return parsed
    words = [token.text for token in TEXT_ANALYZER(folded_text)]
    if len(words) < 2:
        return parsed
    phrases = [query.Phrase(fieldname, words, slop=3, boost=FIELD_BOOSTS[fieldname])
               for fieldname in ("title", "names", "summary", "body")]
    # Typing a practice's full name (title, original title or an alias) puts it first.
    phrases.append(query.Term("exact", exact_name(folded_text), boost=EXACT_NAME_BOOST))
    return query.AndMaybe(parsed, query.Or(phrases))


def _resolve_facet_terms(parsed, taxonomy: Taxonomy):
    """`country:Ecuador` or `country:"Costa Rica"` -> the taxonomy id the index holds."""
    def fix(node):
        if isinstance(node, (query.Term, query.Phrase)) and node.fieldname in FACET_FIELDS:
            text = node.text if isinstance(node, query.Term) else " ".join(node.words)
            return query.Term(node.fieldname, _term_id(node.fieldname, text, taxonomy))
        if isinstance(node, (query.Prefix, query.Wildcard)):
            node.text = node.text.lower()
            return node
        return node.apply(fix) if node.children() else node
    return fix(parsed)


def _term_id(field_name: str, text: str, taxonomy: Taxonomy) -> str:
    wanted = fold(text).replace("_", "-")
    vocabulary = taxonomy[field_name]
    if wanted in vocabulary:
        return wanted
    for term in vocabulary.terms:
        if wanted == fold(term.id) or wanted in (fold(label) for label in term.labels.values()) \
                or wanted in (fold(s) for s in term.synonyms):
            return term.id
    return wanted.replace(" ", "-")
