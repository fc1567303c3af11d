"""Composing the reader's pages from the core: a practice, a policy area's guidance, or a
practice an update removed (whose note and bookmark the user still has)."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..core.errors import NotFound
from ..core.model import SearchRequest
from ..core.rendering import PracticePage, guidance_html
from .start_page import searching_html, shortcuts_html, start_html


@dataclass(frozen=True)
class Page:
    """What the reader shows: HTML, the note, whether it is bookmarked and still exists."""

    html: str
    note: str = ""
    bookmarked: bool = False
    exists: bool = True
    status: str = ""


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives tr("...") calls


def headings() -> dict:
    """Section headings of a practice page, in the interface language."""
    return {
        "country": tr("Country"), "place": tr("Place"), "levels": tr("Levels"), "approaches": tr("Approaches"),
        "policy_areas": tr("Policy areas"), "actors": tr("Actors"), "gcm_objectives": tr("GCM objectives"),
        "gcm_principles": tr("GCM principles"), "sdg_targets": tr("SDG targets"), "period": tr("Period"),
        "source": tr("Source"), "related": tr("Related practices"), "guidance": tr("Policy-area guidance"),
        "note": tr("My note"), "removed": tr("(no longer in the catalogue)"), "highlights": tr("Highlights"),
        "recommendations": tr("Recommendations"), "also_known_as": tr("Also known as"),
        "last_reviewed": tr("Last reviewed"), "section": tr("section"),
    }


class PageMaker:
    """Builds Pages for the reader and printed briefs. Given the catalogue and user data."""

    def __init__(self, catalogue, userdata, language: str, menu_shortcuts=lambda: ()):
        self.catalogue, self.userdata, self.language = catalogue, userdata, language
        self.menu_shortcuts = menu_shortcuts  # () -> [(keys, command)], for Help → Keyboard shortcuts
        self.in_english = set()  # (kind, key) the user switched to the English original

    def toggle_language(self, kind: str, key: str) -> None:
        """Show this page in English if it was in the interface language, and back."""
        self.in_english ^= {(kind, key)}

    def _shown_language(self, kind: str, key: str) -> str:
        return "en" if (kind, key) in self.in_english else self.language

    def _notice(self, asked: str, shown_language: str, stale: bool, for_print: bool) -> str:
        """One line saying which text this is, with the one-click switch (not on paper)."""
        if self.language == "en":
            return ""
        switch = ""
        if shown_language != "en":
            text = tr("This is the catalogue's translation of its English entry.")
            if stale:
                text += " " + tr("The English entry has changed since it was translated.")
            switch = tr("Show in English")
        elif asked == "en":
            text = tr("This is the English original.")
            switch = tr("Show the translation")
        else:
            text = tr("This entry has not been translated yet; here is its English text.")
        out = html.escape(text)
        if switch and not for_print:
            out += f' <a href="toggle-language:switch">{html.escape(switch)}</a>'
        return out

    def _document_titles(self) -> dict:
        return {d["id"]: d["title"] for d in self.catalogue.documents()}

    def practice_page(self, practice_id: str, for_print: bool = False) -> PracticePage | None:
        try:
            practice = self.catalogue.practice(practice_id)
        except NotFound:
            return None
        asked = self._shown_language("practice", practice_id)
        shown = practice.in_language(asked)
        text = practice.translation(shown.language)
        related = [] if for_print else self.catalogue.related(practice_id, limit=6, language=self.language)
        return PracticePage(practice=shown, taxonomy=self.catalogue.taxonomy, language=self.language,
                            headings=headings(), document_titles=self._document_titles(), related=related,
                            note=self.userdata.note(practice_id) if for_print else "",
                            notice=self._notice(asked, shown.language, bool(text and text.stale), for_print))

    def page(self, kind: str, key: str) -> Page:
        if kind == "guidance":
            return self._guidance(key)
        if kind == "start":
            return Page(html=start_html(self.catalogue, self.language), exists=False)
        if kind == "help":
            text = searching_html(self.language) if key == "searching" else shortcuts_html(self.menu_shortcuts())
            return Page(html=text, exists=False, status=tr("Help"))
        page = self.practice_page(key)
        note = self.userdata.note(key)
        bookmarked = self.userdata.is_bookmarked(key)
        if page is None:
            return self._removed(key, note, bookmarked)
        return Page(html=page.to_html(), note=note, bookmarked=bookmarked, exists=True,
                    status=tr("Bookmarked") if bookmarked else "")

    def _removed(self, practice_id: str, note: str, bookmarked: bool) -> Page:
        titles = {n.practice_id: n.title for n in self.userdata.notes()}
        titles.update({b.practice_id: b.title for b in self.userdata.bookmarks()})
        title = titles.get(practice_id, practice_id)
        gone = tr("This practice is no longer in the catalogue.")
        kept = tr("An update removed it. Your note and bookmark are kept below; delete them when you no longer need them.")
        text = f"<h1>{html.escape(title)}</h1><p><b>{html.escape(gone)}</b></p><p>{html.escape(kept)}</p>"
        return Page(html=text, note=note, bookmarked=bookmarked, exists=False, status=tr("Removed by an update"))

    def _guidance(self, policy_area: str) -> Page:
        item = self.catalogue.guidance(policy_area)
        taxonomy = self.catalogue.taxonomy
        if item is None:
            label = taxonomy.term_label("policy_area", policy_area, self.language)
            missing = tr("No guidance for this policy area.")
            return Page(html=f"<h1>{html.escape(label)}</h1><p>{html.escape(missing)}</p>", exists=False)
        result = self.catalogue.search(SearchRequest(filters={"policy_area": (policy_area,)}, sort="title", limit=200,
                                                     language=self.language))
        practices = [(hit.id, hit.title) for hit in result.hits]
        asked = self._shown_language("guidance", policy_area)
        shown = item.in_language(asked)
        stale = any(t.stale for t in item.translations if t.language == shown.language)
        text = guidance_html(shown, taxonomy, self.language, headings(), self._document_titles(), practices,
                             notice=self._notice(asked, shown.language, stale, for_print=False))
        return Page(html=text, exists=True, status=tr("Policy-area guidance"))
