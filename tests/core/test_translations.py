"""The shipped translations say what the English says: every practice and guidance page in
es, fr and pt; every number of the English in each translation; every proper name the English
text uses (from original_title and aliases) where the English has it; the section headings of
the language; and really translated, not a copy of the English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.core.sources import load_sources
from desktop.core.translations import TRANSLATED_LANGUAGES, english_hash, guidance_english_hash

RESOURCES = Path(__file__).resolve().parents[2] / "resources"

HEADINGS = {
    "es": ["Qué es", "Quiénes participan", "Cómo funciona entre niveles", "Cifras y fechas", "Fuente"],
    "fr": ["De quoi s'agit-il", "Qui est impliqué", "Fonctionnement entre les niveaux", "Chiffres et dates", "Source"],
    "pt": ["O que é", "Quem está envolvido", "Como funciona entre os níveis", "Números e datas", "Fonte"],
}
ENGLISH_HEADINGS = ["What it is", "Who is involved", "How it works across levels", "Figures and dates", "Source"]
ENGLISH_FUNCTION_WORDS = {"the", "and", "of", "which", "with", "is", "are", "its", "their", "that", "this", "from"}


@pytest.fixture(scope="module")
def sources():
    return load_sources(RESOURCES)


def numbers(text: str) -> set:
    """Digit strings of `text`: runs of digits, and thousands written with any separator
    joined ("6,400", "6.400", "6 400" -> "6400"), so separators may follow the language."""
    found = set(re.findall(r"\d+", text))
    for match in re.finditer(r"\d{1,3}(?:[,. \u00a0\u202f]\d{3})+(?!\d)", text):
        found.add(re.sub(r"\D", "", match.group(0)))
    return found


def english_numbers(text: str) -> set:
    found = set(re.findall(r"\d+", text))
    for match in re.finditer(r"\d{1,3}(?:,\d{3})+(?!\d)", text):  # only "," groups thousands in English
        found -= set(re.findall(r"\d+", match.group(0)))
        found.add(match.group(0).replace(",", ""))
    return found


def is_acronym(name: str) -> bool:
    """LOMH, COSIM, M4SD, eMoldovaTa.gov.md: one token with capitals or digits inside. Multi-word
    English aliases are English renderings of names ("Association of Ecuadorian Municipalities"
    for the Asociación de Municipalidades Ecuatorianas) or descriptions ("MGI process"): a
    translation rightly uses the official or the translated form instead."""
    return " " not in name.strip() and bool(re.search(r"[A-Z].*[A-Z0-9]|\d", name))


def practice_pairs(sources):
    for practice in sources.practices:
        for language in TRANSLATED_LANGUAGES:
            yield practice, language, practice.translation(language)


def test_every_practice_and_guidance_page_is_translated(sources):
    missing = [f"{p.id}.{lang}" for p, lang, t in practice_pairs(sources) if t is None]
    missing += [f"guidance/{g.policy_area}.{lang}" for g in sources.guidance for lang in TRANSLATED_LANGUAGES
                if lang not in {t.language for t in g.translations}]
    assert missing == []


def test_translations_record_the_current_english(sources):
    stale = [f"{p.id}.{t.language}" for p, _, t in practice_pairs(sources) if t and t.source_hash != english_hash(p)]
    stale += [f"{g.policy_area}.{t.language}" for g in sources.guidance for t in g.translations
              if t.source_hash != guidance_english_hash(g)]
    assert stale == []


def test_every_number_of_the_english_is_in_each_translation(sources):
    lost = []
    for practice, language, text in practice_pairs(sources):
        if text is None:
            continue
        english = english_numbers(" ".join([practice.title, practice.summary, practice.body]))
        translated = numbers(" ".join([text.title, text.summary, text.body]))
        lost += [f"{practice.id}.{language}: {n}" for n in sorted(english - translated)]
    for item in sources.guidance:
        english = english_numbers(" ".join([item.title, item.body, *item.highlights, *item.recommendations]))
        for text in item.translations:
            translated = numbers(" ".join([text.title, text.body, *text.highlights, *text.recommendations]))
            lost += [f"guidance/{item.policy_area}.{text.language}: {n}" for n in sorted(english - translated)]
    assert lost == []


def test_proper_names_stay_where_the_english_has_them(sources):
    lost = []
    for practice, language, text in practice_pairs(sources):
        if text is None:
            continue
        english = " ".join([practice.title, practice.summary, practice.body])
        translated = " ".join([text.title, text.summary, text.body])
        names = [practice.original_title] + [a for a in practice.aliases if is_acronym(a)]
        for name in names:
            if name and name in english and name not in translated:
                lost.append(f"{practice.id}.{language}: {name}")
    assert lost == []


def test_section_headings_are_the_languages_own(sources):
    wrong = []
    for practice, language, text in practice_pairs(sources):
        if text is None:
            continue
        english = re.findall(r"^## (.+)$", practice.body, re.M)
        expected = [HEADINGS[language][ENGLISH_HEADINGS.index(h)] if h in ENGLISH_HEADINGS else h for h in english]
        got = [h.strip() for h in re.findall(r"^## (.+)$", text.body, re.M)]
        if got != expected:
            wrong.append(f"{practice.id}.{language}: {got}")
    assert wrong == []


def english_share(text: str) -> float:
    words = re.findall(r"[a-z']+", text.lower())
    return sum(w in ENGLISH_FUNCTION_WORDS for w in words) / max(len(words), 1)


def test_no_translation_is_a_copy_of_the_english(sources):
    copies = []
    for practice, language, text in practice_pairs(sources):
        if text is None:
            continue
        # English running text has ~15% of these function words; a translation that quotes a
        # few English titles stays far below.
        if text.body == practice.body or text.summary == practice.summary or english_share(text.body) > 0.05:
            copies.append(f"{practice.id}.{language}: {english_share(text.body):.2f}")
    for item in sources.guidance:
        for text in item.translations:
            if text.body == item.body or english_share(text.body) > 0.05:
                copies.append(f"guidance/{item.policy_area}.{text.language}")
    assert copies == []
