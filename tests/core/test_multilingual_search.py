"""Search in four languages: each analysed as it needs (stop words, Snowball stems, accents),
field names in every language, typos corrected from the query's own language and never into
another language's words or the query language's names, and interface-language results."""

from __future__ import annotations

import pytest

from desktop.core.errors import QueryError
from desktop.core.model import SearchRequest
from desktop.core.search.query import parse
from desktop.core.search.terms import guess_language, stem, stop_words

SANTO_DOMINGO = "ecuador-santo-domingo-cantonal-human-mobility-council"
SAO_PAULO = "sao-paulo-municipal-plan-immigrant-population"
MOROCCO_HEALTH = "morocco-national-health-immigration-plan"


def top(catalogue, query: str, n: int = 3, **kwargs) -> list:
    return [hit.id for hit in catalogue.search(SearchRequest(query=query, limit=n, **kwargs)).hits]


@pytest.mark.parametrize(("language", "forms"), [
    ("en", ["migrants", "migrant"]),
    ("es", ["migración", "migracion", "migraciones"]),
    ("fr", ["collectivités", "collectivites", "collectivité"]),
    ("pt", ["população", "populacao"]),
])
def test_each_language_stems_its_words_with_or_without_accents(language, forms):
    from desktop.core.text import fold
    assert len({stem(language, fold(form)) for form in forms}) == 1


def test_each_language_drops_its_own_stop_words():
    assert {"de", "la", "para", "como"} <= stop_words("es")
    assert {"des", "les", "comment"} <= stop_words("fr")
    assert {"para", "das", "como"} <= stop_words("pt")
    assert {"what", "did", "with", "can"} <= stop_words("en")
    assert "estado" not in stop_words("es")  # "Estado de Chihuahua" is content here


def test_the_query_language_is_guessed_from_its_words():
    vocabularies = {"es": {"salud", "migrantes"}, "fr": {"collectivites"}, "pt": {"populacao"}, "en": {"health"}}

    def known(language, word):
        return word in vocabularies[language]
    assert guess_language(["salud", "de", "los", "migrantes"], known, "en") == "es"
    assert guess_language(["les", "collectivites", "locales"], known, "en") == "fr"
    assert guess_language(["a", "populacao", "imigrante"], known, "en") == "pt"
    assert guess_language(["xyz"], known, "fr") == "fr"  # nothing to go on: the interface's


@pytest.mark.parametrize(("query", "expected"), [
    ("consejo consultivo movilidad humana", SANTO_DOMINGO),
    ("salud migrantes indocumentados", MOROCCO_HEALTH),
    ("política municipal para a população imigrante", SAO_PAULO),
    ("politica municipal para a populacao imigrante", SAO_PAULO),
    ("plan municipal pour les immigrés à São Paulo", SAO_PAULO),
    ("santé des migrants sans papiers au Maroc", MOROCCO_HEALTH),
])
def test_questions_in_spanish_french_and_portuguese_find_their_practice_first(shipped_catalogue, query, expected):
    assert top(shipped_catalogue, query, 1) == [expected]


@pytest.mark.parametrize("query", ["país:ecuador", "pais:Ecuador", "pays:Équateur", "country:ecuador"])
def test_field_names_work_in_every_language(shipped_catalogue, query):
    tagged = {h.id for h in shipped_catalogue.search(SearchRequest(filters={"country": ("ecuador",)}, limit=100)).hits}
    found = {h.id for h in shipped_catalogue.search(SearchRequest(query=query, limit=100)).hits}
    assert tagged and found == tagged


@pytest.mark.parametrize(("query", "field"), [
    ("nivel:local", "level"), ("niveau:local", "level"), ("enfoque:vertical-coordination", "approach"),
    ("approche:vertical-coordination", "approach"), ("abordagem:vertical-coordination", "approach"),
])
def test_localized_field_names_resolve_to_the_taxonomy_field(shipped_catalogue, query, field):
    parsed = parse(query, shipped_catalogue.taxonomy)
    assert parsed.units[0].alternatives[0].field == field


def test_an_unknown_field_name_lists_the_known_ones(shipped_catalogue):
    with pytest.raises(QueryError) as error:
        shipped_catalogue.search(SearchRequest(query="colour:red"))
    message = str(error.value)
    assert "colour" in message and "country" in message and "país" in message and "\n" not in message


@pytest.mark.parametrize("query", ["trata de seres humanos", "traite des personnes", "collectivités locales",
                                   "inmigrantes", "how can cities help", "migrantes indocumentados"])
def test_words_of_the_catalogue_languages_are_not_turned_into_english(shipped_catalogue, query):
    result = shipped_catalogue.search(SearchRequest(query=query))
    assert result.suggestion is None and not result.corrected and result.total


@pytest.mark.parametrize(("typed", "meant"), [
    ("gobernansa local", "gobernanza local"), ("refujiados", "refugiados"), ("Moldva diaspora", "Moldova diaspora"),
])
def test_typos_are_corrected_from_the_query_language(shipped_catalogue, typed, meant):
    result = shipped_catalogue.search(SearchRequest(query=typed))
    assert result.corrected and result.suggestion == meant and result.total


def test_corrections_never_come_from_field_names_or_taxonomy_ids(shipped_catalogue):
    # "approch" is one edit from the field name "approach", which is not a word of any text.
    for typed in ("approch", "polcy_area", "gcm_objectve"):
        result = shipped_catalogue.search(SearchRequest(query=typed))
        assert result.suggestion not in ("approach", "policy_area", "gcm_objective")


def test_short_words_are_not_corrected(shipped_catalogue):
    assert not shipped_catalogue.search(SearchRequest(query="xqz diaspora")).corrected


def test_hits_and_snippets_follow_the_interface_language(shipped_catalogue):
    practice = shipped_catalogue.practice(SAO_PAULO)
    for language in ("es", "fr", "pt"):
        hit = shipped_catalogue.search(SearchRequest(query="São Paulo", limit=1, language=language)).hits[0]
        translation = practice.translation(language)
        assert hit.id == SAO_PAULO and hit.title == translation.title and hit.place == translation.place
        assert "<b>" in hit.snippet
    assert shipped_catalogue.search(SearchRequest(query="São Paulo", limit=1)).hits[0].title == practice.title


def test_required_and_excluded_words_work_with_soft_matching(shipped_catalogue):
    def ids(query):
        return {h.id for h in shipped_catalogue.search(SearchRequest(query=query, limit=200)).hits}
    assert ids("+Moldova diaspora") == ids("Moldova")
    assert not ids("diaspora -Moldova") & ids("Moldova")
    assert ids("diaspora -Moldova") == ids("diaspora") - ids("Moldova")


def test_a_prefix_finds_words_whose_stem_is_shorter_than_it(shipped_catalogue):
    # English stems "authorities" to "author": "authorit*" must still find it.
    def ids(query):
        return {h.id for h in shipped_catalogue.search(SearchRequest(query=query, limit=200)).hits}
    assert ids("authorities") and ids("authorities") <= ids("authorit*")
    assert ids("government") <= ids("governm*")

