"""The reader's own pages: the start page (what the catalogue holds, example searches, how to
filter), Help → Searching (the query language) and Help → Keyboard shortcuts. Every example is
a link that runs it; every count is a link that filters by it."""

from __future__ import annotations

import html
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication

from ..core.model import SearchRequest

# Example searches in each interface language, each known to find practices (a test runs them).
START_EXAMPLES = {
    "en": ("diaspora investment", '"local government"', "refugees OR asylum", "country:ecuador level:local",
           "coordination committee"),
    "es": ("diáspora inversión", '"gobierno local"', "refugiados OR asilo", "país:ecuador nivel:local",
           "comité de coordinación"),
    "fr": ("diaspora", '"gouvernement local"', "réfugiés OR asile", "pays:équateur niveau:local",
           "comité de coordination"),
    "pt": ("diáspora investimento", '"governo local"', "refugiados OR asilo", "país:equador nível:local",
           "comitê de coordenação"),
}
# The query language, one example per construct: (construct, {language: example}).
SYNTAX_EXAMPLES = (
    ("words", {"en": "diaspora investment", "es": "diáspora inversión", "fr": "comité de coordination",
               "pt": "diáspora investimento"}),
    ("phrase", {"en": '"local government"', "es": '"gobierno local"', "fr": '"gouvernement local"',
                "pt": '"governo local"'}),
    ("required", {"en": "+municipal plan", "es": "+municipal plan", "fr": "+municipal plan", "pt": "+municipal plano"}),
    ("exclude", {"en": "diaspora -remittances", "es": "diáspora -remesas", "fr": "diaspora -fonds",
                 "pt": "diáspora -remessas"}),
    ("or", {"en": "refugees OR asylum", "es": "refugiados OR asilo", "fr": "réfugiés OR asile",
            "pt": "refugiados OR asilo"}),
    ("field", {"en": "country:ecuador level:local", "es": "país:ecuador nivel:local",
               "fr": "pays:équateur niveau:local", "pt": "país:equador nível:local"}),
    ("title", {"en": "title:council", "es": "titulo:consejo", "fr": "titre:conseil", "pt": "título:conselho"}),
    ("prefix", {"en": "migra*", "es": "migra*", "fr": "migra*", "pt": "migra*"}),
)
START_FIELDS = ("approach", "level", "region")


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation or "", n)


def _e(text: str) -> str:
    return html.escape(text)


def search_link(query: str) -> str:
    return f'<a href="search:{quote(query, safe="")}"><code>{_e(query)}</code></a>'


def start_html(catalogue, language: str) -> str:
    """What the catalogue holds, counted by approach, level and region (each a filter link),
    five example searches and how to filter and exclude."""
    result = catalogue.search(SearchRequest(language=language, limit=1))
    taxonomy = catalogue.taxonomy
    headings = {"approach": tr("By approach"), "level": tr("By level of government"), "region": tr("By region")}
    title = tr("Practice Catalogue")
    holds = tr("%n practice(s) of multi-level governance of migration, to search, filter, read and print.", "",
               result.total)
    out = [f"<h1>{_e(title)}</h1>", f"<p>{_e(holds)}</p>"]
    for field in START_FIELDS:
        counts = result.facets.get(field, {})
        items = [f'<a href="filter:{field}/{quote(term.id, safe="")}">{_e(term.label(language))}</a> ({counts[term.id]})'
                 for term in taxonomy[field].terms if counts.get(term.id)]
        if items:
            out.append(f"<h3>{_e(headings[field])}</h3><p>{' · '.join(items)}</p>")
    examples = "".join(f"<li>{search_link(q)}</li>" for q in START_EXAMPLES.get(language, START_EXAMPLES["en"]))
    try_heading, filter_heading = tr("Try a search"), tr("Filtering and excluding")
    out.append(f"<h3>{_e(try_heading)}</h3><ul>{examples}</ul>")
    out.append(f"<h3>{_e(filter_heading)}</h3>")
    for paragraph in (
            tr("Tick values in the Filters panel to keep only the practices that have them. Several values of "
               "one field mean any of them; values of different fields must all be there."),
            tr("To leave practices out, right-click a value (or press Shift+F10 or the Menu key) and choose "
               "Exclude; Ctrl+click does the same. “Only” keeps just that value."),
            tr("The active filters are shown above the results: click one to remove it, or Clear all."),
            tr("More in Help → Searching and Help → Keyboard shortcuts.")):
        out.append(f"<p>{_e(paragraph)}</p>")
    return "\n".join(out)


def searching_html(language: str) -> str:
    """Help → Searching: the query language, each construct with an example that runs."""
    meaning = {
        "words": tr("Practices with more of your words come first; spelling mistakes are corrected."),
        "phrase": tr("Quotation marks: the words next to each other, in this order."),
        "required": tr("A plus sign: only practices that have this word."),
        "exclude": tr("A minus sign (or NOT): leave out practices that have this word."),
        "or": tr("OR in capitals: either word will do."),
        "field": tr("A field and a value: practices filed under it. Field names work in every interface "
                    "language (country, país, pays; level, nivel, niveau…)."),
        "title": tr("Words in one part of the text only: title, summary, body."),
        "prefix": tr("An asterisk: every word that starts so (at least two letters)."),
    }
    rows = "".join(f"<tr><td>{search_link(examples.get(language, examples['en']))}</td><td>{_e(meaning[key])}</td></tr>"
                   for key, examples in SYNTAX_EXAMPLES)
    title, how = tr("Searching"), tr("Click an example to run it.")
    where = tr("Words are found in the interface language and in English, with or without accents.")
    within = tr("A search applies within what the filters keep.")
    return (f"<h1>{_e(title)}</h1><p>{_e(how)}</p>"
            f'<table cellspacing="0" cellpadding="4">{rows}</table>'
            f"<p>{_e(where)} {_e(within)}</p>")


def shortcuts_html(menu_shortcuts) -> str:
    """Help → Keyboard shortcuts: the menus' own shortcuts (read from the menu bar, so always
    true) and the keys that work in one part of the window."""
    keys = [
        (tr("Down"), tr("From the search field to the results")),
        (tr("Enter"), tr("Run the search; in the results, open the practice")),
        (tr("Esc"), tr("In the search field: clear it, then the filters")),
        ("Tab / Shift+Tab", tr("Search, sort, filters, results, reader's buttons, text, note")),
        (tr("Space"), tr("In the filters: tick or untick the value")),
        (tr("Shift+F10 or Menu key"), tr("In the filters: Only, Exclude, Remove")),
        (tr("Ctrl+click"), tr("In the filters: exclude the value")),
    ]
    rows = "".join(f"<tr><td><b>{_e(k)}</b></td><td>{_e(v)}</td></tr>" for k, v in list(menu_shortcuts) + keys)
    title = tr("Keyboard shortcuts")
    return f'<h1>{_e(title)}</h1><table cellspacing="0" cellpadding="4">{rows}</table>'
