"""Practice text to HTML (for the reader and printed briefs) and result lists to CSV.

Practice bodies are Markdown written by editors and, through contributions, by the field:
any raw HTML in them is shown as text, never interpreted, and links keep only the schemes
the app knows how to handle safely.
"""

from __future__ import annotations

import csv
import html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from xml.etree import ElementTree as etree

ALLOWED_LINK_SCHEMES = ("http:", "https:", "mailto:", "practice:", "guidance:")

HEADINGS_EN = {
    "country": "Country", "place": "Place", "levels": "Levels", "approaches": "Approaches",
    "policy_areas": "Policy areas", "actors": "Actors", "gcm_objectives": "GCM objectives",
    "gcm_principles": "GCM principles", "sdg_targets": "SDG targets", "period": "Period",
    "source": "Source", "related": "Related practices", "guidance": "Policy-area guidance",
    "note": "My note", "removed": "(no longer in the catalogue)", "highlights": "Highlights",
    "recommendations": "Recommendations", "also_known_as": "Also known as", "last_reviewed": "Last reviewed",
    "section": "section",
}
# What practice bodies call their own source section, in the four languages: the citation goes
# under it instead of under a second "Source" heading.
SOURCE_HEADINGS = {"source", "sources", "fuente", "fuentes", "fonte", "fontes"}
_HEADING = re.compile(r"<h([1-6])>(.*?)</h\1>", re.S)
_ANY_HEADING = re.compile(r"<h[1-6]>")


def place_citation(body: str, citation: str, heading: str) -> tuple:
    """(body with `citation` at the end of its own source section, True), or (body, False)
    when it has none."""
    names = SOURCE_HEADINGS | {heading.strip().lower()}
    for match in _HEADING.finditer(body):
        if html.unescape(re.sub(r"<[^>]+>", "", match.group(2))).strip().lower() in names:
            following = _ANY_HEADING.search(body, match.end())
            at = following.start() if following else len(body)
            return body[:at] + f"<p>{citation}</p>\n" + body[at:], True
    return body, False


def markdown_to_html(text: str) -> str:
    """Markdown -> HTML with raw HTML escaped, images shown as their alt text and links kept
    only when they use a scheme the app handles (see `safe_link`)."""
    import markdown  # on the first page shown, not at start-up (start time on old laptops)

    md = markdown.Markdown(extensions=["sane_lists"])
    # Without these two, <script> or <img onerror> in a practice file would reach the viewer.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    # After every other tree step ('unescape' is 0): a backslash-escaped ':' must already be ':'.
    md.treeprocessors.register(_safe_tree()(md), "safe_tree", -10)
    rendered = md.convert(text)
    return _unsafe_links(rendered)


def safe_link(target: str) -> bool:
    """True when a link to `target` may stay in a page: http(s), mailto and the app's own
    practice: and guidance: links, or a `#fragment`. Everything else, relative paths and
    protocol-relative `//host/x` (on Windows `\\\\host\\share`, an SMB fetch) included, is refused."""
    # What a viewer would follow: entities decoded, and tabs, line breaks and controls dropped
    # (URL parsers ignore them, so "java\tscript:" is "javascript:").
    plain = re.sub(r"[\x00-\x20\x7f-\x9f]", "", html.unescape(target)).lower()
    if plain.startswith("#"):
        return True
    scheme = re.match(r"^([a-z][a-z0-9+.-]*):", plain)
    return bool(scheme) and scheme.group(1) + ":" in ALLOWED_LINK_SCHEMES and not plain.startswith(
        tuple(s + "//" for s in ("practice:", "guidance:")))


@lru_cache(maxsize=None)
def _safe_tree():
    """The tree step below, as a class of Markdown's (defined when Markdown is first imported)."""
    from markdown.treeprocessors import Treeprocessor
    from markdown.util import AMP_SUBSTITUTE

    class SafeTree(Treeprocessor):
        """Works on the element tree Markdown built, before it becomes text: an allow-list of what
        a page may hold. Every image becomes its alt text: the catalogue ships no images, and an
        `<img src>` is a request the reader never asked for (Qt read `file:///etc/passwd` as a
        resource; on Windows `file://host/share` is an SMB fetch). Links outside `safe_link` lose
        their target (`href="#"`), keeping their text."""

        def run(self, root):
            for parent in list(root.iter()):
                for position, child in enumerate(list(parent)):
                    if child.tag == "img":
                        alt = etree.Element("span")
                        alt.text, alt.tail = child.get("alt", ""), child.tail
                        parent.remove(child)
                        parent.insert(position, alt)
                    elif child.tag == "a":
                        # Markdown keeps '&' as a placeholder until the end (automail links are entities)
                        if not safe_link(child.get("href", "").replace(AMP_SUBSTITUTE, "&")):
                            child.set("href", "#")
                        for name in list(child.keys()):
                            if name not in ("href", "title"):
                                del child.attrib[name]
            return None

    return SafeTree


_HREF = re.compile(r'href="([^"]*)"')
_IMAGE = re.compile(r"<img\b[^>]*>", re.I)


def _unsafe_links(rendered: str) -> str:
    """The last check on the HTML text itself, whatever made it: no image, no unsafe link."""
    def check(match):
        return match.group(0) if safe_link(match.group(1)) else 'href="#"'
    return _HREF.sub(check, _IMAGE.sub("", rendered))


@dataclass
class PracticePage:
    """Everything the reader shows for one practice, labels already in the user's language."""

    practice: object
    taxonomy: object
    language: str = "en"
    headings: dict = field(default_factory=lambda: dict(HEADINGS_EN))
    document_titles: dict = field(default_factory=dict)
    related: list = field(default_factory=list)  # Hits
    note: str = ""
    notice: str = ""  # HTML: which language the text is in (the catalogue's translation, the English...)

    def _labels(self, field_name: str, values) -> str:
        return ", ".join(html.escape(self.taxonomy.term_label(field_name, v, self.language)) for v in values)

    def metadata_rows(self) -> list:
        p, h = self.practice, self.headings
        period = "–".join(str(y) for y in (p.period_start, p.period_end) if y is not None)
        rows = [
            (h["also_known_as"], ", ".join(html.escape(a) for a in p.aliases)),
            (h["country"], self._labels("country", p.countries)),
            (h["place"], html.escape(p.place)),
            (h["levels"], self._labels("level", p.levels)),
            (h["approaches"], self._labels("approach", p.approaches)),
            (h["policy_areas"], ", ".join(
                f'<a href="guidance:{html.escape(a)}">{html.escape(self.taxonomy.term_label("policy_area", a, self.language))}</a>'
                for a in p.policy_areas)),
            (h["actors"], self._labels("actor", p.actors)),
            (h["gcm_objectives"], self._labels("gcm_objective", p.gcm_objectives)),
            (h["gcm_principles"], self._labels("gcm_principle", p.gcm_principles)),
            (h["sdg_targets"], self._labels("sdg_target", p.sdg_targets)),
            (h["period"], period),
        ]
        return [(name, value) for name, value in rows if value]

    def citation(self) -> str:
        parts = []
        for ref in self.practice.sources:
            title = html.escape(self.document_titles.get(ref.document, ref.document))
            section = f", {html.escape(self.headings.get('section', 'section'))} “{html.escape(ref.section)}”" \
                if ref.section else ""
            parts.append(f"<i>{title}</i>{section}")
        return "; ".join(parts)

    def to_html(self, for_print: bool = False) -> str:
        """The whole page. `for_print` leaves out links that mean nothing on paper."""
        p, h = self.practice, self.headings
        out = [f"<h1>{html.escape(p.title)}</h1>"]
        if p.original_title:
            out.append(f"<p><i>{html.escape(p.original_title)}</i></p>")
        if self.notice:
            out.append(f"<p><small><i>{self.notice}</i></small></p>")
        out.append(f"<p><b>{html.escape(p.summary)}</b></p>")
        out.append('<table cellspacing="0" cellpadding="3">')
        for name, value in self.metadata_rows():
            out.append(f'<tr><td valign="top"><b>{html.escape(name)}</b></td><td>{value}</td></tr>')
        out.append("</table>")
        body = markdown_to_html(p.body)
        if for_print:
            body = re.sub(r'<a href="[^"]*">(.*?)</a>', r"\1", body)
        citation = self.citation()
        body, placed = place_citation(body, citation, h["source"]) if citation else (body, True)
        out.append(body)
        if not placed:
            out.append(f"<h3>{html.escape(h['source'])}</h3><p>{citation}</p>")
        if self.note.strip():
            out.append(f"<h3>{html.escape(h['note'])}</h3><p>{html.escape(self.note).replace(chr(10), '<br>')}</p>")
        if self.related and not for_print:
            out.append(f"<h3>{html.escape(h['related'])}</h3><ul>")
            for hit in self.related:
                out.append(f'<li><a href="practice:{html.escape(hit.id)}">{html.escape(hit.title)}</a></li>')
            out.append("</ul>")
        if p.last_reviewed:
            out.append(f"<p><small>{html.escape(h['last_reviewed'])}: {html.escape(p.last_reviewed)}</small></p>")
        return "\n".join(out)


def guidance_html(item, taxonomy, language: str = "en", headings: dict | None = None,
                  document_titles: dict | None = None, practices: list | None = None, notice: str = "") -> str:
    """HTML page of one policy area's guidance (give it `item.in_language(...)`), listing the
    practices of that area; `notice` (HTML) says which language the text is in."""
    h = headings or HEADINGS_EN
    out = [f"<h1>{html.escape(taxonomy.term_label('policy_area', item.policy_area, language))}</h1>"]
    if notice:
        out.append(f"<p><small><i>{notice}</i></small></p>")
    out += [f"<p><i>{html.escape(item.title)}</i></p>", markdown_to_html(item.body)]
    for key, values in (("highlights", item.highlights), ("recommendations", item.recommendations)):
        if values:
            out.append(f"<h3>{html.escape(h[key])}</h3><ul>")
            out.extend(f"<li>{html.escape(v)}</li>" for v in values)
            out.append("</ul>")
    if item.sources:
        titles = document_titles or {}
        refs = "; ".join(f"<i>{html.escape(titles.get(s.document, s.document))}</i>"
                         + (f", “{html.escape(s.section)}”" if s.section else "") for s in item.sources)
        out.append(f"<h3>{html.escape(h['source'])}</h3><p>{refs}</p>")
    if practices:
        out.append(f"<h3>{html.escape(h['related'])}</h3><ul>")
        out.extend(f'<li><a href="practice:{html.escape(pid)}">{html.escape(title)}</a></li>' for pid, title in practices)
        out.append("</ul>")
    return "\n".join(out)


# OWASP's advice against CSV (formula) injection: a cell that starts with one of these is read as a
# formula by spreadsheet programs (`=HYPERLINK(...)`), so it gets a leading apostrophe, which they
# show as text and do not display.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value) -> str:
    """`value` as a CSV cell that a spreadsheet program shows as text, never runs as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_STARTS) or text.lstrip().startswith(_FORMULA_STARTS[:4]):
        return "'" + text
    return text


CSV_COLUMNS = ("id", "title", "original_title", "country", "place", "region", "levels", "approaches",
               "policy_areas", "year")


def _regions(hit, taxonomy) -> list:
    """Every region of a practice's countries, once each (not only the first country's)."""
    regions = [taxonomy.region_of_country(c) for c in hit.countries]
    regions = list(dict.fromkeys(r for r in regions if r)) or ([hit.region] if hit.region else [])
    return regions


def write_results_csv(hits, path, taxonomy, language: str = "en", headers: dict | None = None) -> int:
    """Write search hits to a CSV file (UTF-8 with BOM so spreadsheet programs read accents).

    Labels are in `language` (give hits searched in it, so titles and places are too), column
    headers from `headers` {column: label} where given; returns the number of rows written."""
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow([csv_cell((headers or {}).get(column, column)) for column in CSV_COLUMNS])
        for hit in hits:
            writer.writerow([csv_cell(cell) for cell in (
                hit.id, hit.title, hit.original_title,
                "; ".join(taxonomy.term_label("country", c, language) for c in hit.countries),
                hit.place, "; ".join(taxonomy.term_label("region", r, language) for r in _regions(hit, taxonomy)),
                "; ".join(taxonomy.term_label("level", v, language) for v in hit.levels),
                "; ".join(taxonomy.term_label("approach", v, language) for v in hit.approaches),
                "; ".join(taxonomy.term_label("policy_area", v, language) for v in hit.policy_areas),
                hit.year if hit.year is not None else "",
            )])
    return len(hits)
