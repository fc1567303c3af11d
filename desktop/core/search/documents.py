"""What the index holds for one practice: per-language text fields, names, tags and facets."""

from __future__ import annotations

import re

from ..taxonomy import FACET_FIELDS, Taxonomy
from ..text import fold, markdown_plain_text
from .terms import LANGUAGES, folded_words

# Scored text fields, each in four languages: "title_es", "body_fr"... plus the fields every
# language shares: names (original titles, aliases, places, as written) and tags (taxonomy
# names of the GCM principles and SDG targets), and the English topics.
PER_LANGUAGE = ("title", "summary", "body")
SHARED = ("names", "tags", "topics")
SCORED_FIELDS = tuple(f"{kind}_{lang}" for kind in PER_LANGUAGE for lang in LANGUAGES) + SHARED
# Names and titles outrank summaries, which outrank bodies (issue: "names and places first");
# tags widen recall but weigh least.
FIELD_BOOSTS = {"title": 5.0, "names": 4.0, "summary": 1.5, "body": 1.0, "topics": 1.0, "tags": 0.5}


def field_language(field_name: str) -> str | None:
    """The language a scored field is analysed in: "es" for body_es, English for topics, None
    for names and tags (words as written)."""
    if field_name == "topics":
        return "en"
    return None if field_name in SHARED else field_name.rsplit("_", 1)[-1]


def schema():
    """The Whoosh schema: text fields with positions (phrases), names, tags, facets."""
    from whoosh import fields

    from .analysis import IndexedPositions, name_analyzer, text_analyzer

    facet_fields = {name: fields.KEYWORD(commas=True, lowercase=True) for name in FACET_FIELDS}
    text_fields = {}
    for name in SCORED_FIELDS:
        language = field_language(name)
        field = fields.TEXT(analyzer=text_analyzer(language) if language else name_analyzer())
        field.format = IndexedPositions(name, language)
        text_fields[name] = field
    return fields.Schema(
        id=fields.ID(stored=True, unique=True, sortable=True),
        exact=fields.KEYWORD(commas=True),
        **text_fields,
        **facet_fields,
    )


def exact_name(text: str) -> str:
    """A name reduced to lower-case unaccented words: what an exact-name match compares."""
    return " ".join(re.findall(r"\w+", fold(text)))


def document_fields(practice, taxonomy: Taxonomy) -> dict:
    """The index document of one practice (with its translations)."""
    texts = {"en": (practice.title, practice.summary, practice.body)}
    for translation in practice.translations:
        texts[translation.language] = (translation.title, translation.summary, translation.body)
    aliases = list(practice.aliases)
    places = [practice.place]
    for translation in practice.translations:
        aliases += translation.aliases
        places.append(translation.place)
    names = [practice.original_title, *dict.fromkeys(aliases), *dict.fromkeys(places)]
    tags = []
    for field_name in ("gcm_principle", "sdg_target"):
        for value in practice.facet_values(field_name):
            tags.extend(taxonomy.search_words(field_name, value))
    doc = {"id": practice.id, "names": "\n".join(n for n in names if n), "tags": "\n".join(tags),
           "topics": "\n".join(practice.topics)}
    for lang, (title, summary, body) in texts.items():
        plain = markdown_plain_text(body)  # link targets are not text
        doc[f"title_{lang}"], doc[f"summary_{lang}"], doc[f"body_{lang}"] = title, summary, plain
    exact_names = [practice.title, practice.original_title, *aliases,
                   *(t.title for t in practice.translations)]
    doc["exact"] = ",".join(dict.fromkeys(exact_name(n) for n in exact_names if exact_name(n)))
    for field_name in FACET_FIELDS:
        doc[field_name] = ",".join(practice.facet_values(field_name))
    return doc


def spelling_words(doc: dict) -> dict:
    """{language: set of folded words} of one index document: what spelling corrects towards
    in that language (its text as written, no stems, and the practice's names)."""
    names = folded_words(doc["names"])
    return {lang: folded_words(doc[f"title_{lang}"], doc[f"summary_{lang}"], doc[f"body_{lang}"]) | names
            for lang in LANGUAGES if f"title_{lang}" in doc}
