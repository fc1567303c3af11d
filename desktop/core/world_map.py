"""The world map's data: country shapes (resources/world_map.json, made by build/make_world_map.py
from Natural Earth), projected for drawing, and what the Map view shows of a search result."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import CatalogueError
from .model import SearchRequest

MAP_FILE = "world_map.json"
GLOBAL_COUNTRY = "global"  # the taxonomy's country id for global and interregional practices
SHADE_STEPS = 5  # colour classes of the map's legend, besides "none"
# Natural Earth asks for no attribution (public domain) but suggests this line; the About box shows it.
MAP_CREDIT = "Made with Natural Earth (naturalearthdata.com): 1:110m countries and populated places, public domain."


@dataclass(frozen=True)
class CountryShape:
    """One country as polygons: `rings` are tuples of projected (x, y) points, y growing northwards."""

    id: str
    name: str  # English, from Natural Earth
    rings: tuple


@dataclass(frozen=True)
class CapitalPoint:
    """A state too small for the 1:110m layer, drawn as a dot at its capital (projected x, y)."""

    id: str
    name: str
    capital: str
    x: float
    y: float


@dataclass(frozen=True)
class WorldMap:
    """Every country the map can draw, by id, and the extent of the projected world."""

    countries: tuple  # of CountryShape
    points: tuple  # of CapitalPoint
    licence: str
    bounds: tuple  # (min_x, min_y, max_x, max_y)

    def ids(self) -> set:
        """Every country id drawn, as a shape or as a point."""
        return {c.id for c in self.countries} | {p.id for p in self.points}

    def name(self, country_id: str) -> str:
        """The English name Natural Earth gives a country id, or the id."""
        for item in self.countries + self.points:
            if item.id == country_id:
                return item.name
        return country_id


def project(lon: float, lat: float) -> tuple:
    """The Natural Earth projection (Šavrič et al. 2011) of a point in degrees, in radians-sized units:
    a world that looks like the printed atlases, without a square Greenland."""
    phi, lam = math.radians(lat), math.radians(lon)
    p2 = phi * phi
    p4 = p2 * p2
    x = lam * (0.870700 - 0.131979 * p2 - 0.013791 * p4 + 0.003971 * p4 * p4 * p2 - 0.001529 * p4 * p4 * p4)
    y = phi * (1.007226 + 0.015085 * p2 - 0.044475 * p4 * p2 + 0.028874 * p4 * p4 - 0.005916 * p4 * p4 * p2)
    return x, y


def load_world_map(resources: Path) -> WorldMap:
    """Read and project resources/world_map.json. Raises CatalogueError with a sentence when the file
    is missing or damaged."""
    path = Path(resources) / MAP_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        scale = float(data["scale"])
        countries = []
        for item in data["countries"]:
            rings = []
            for flat in item["rings"]:
                rings.append(tuple(project(flat[i] / scale, flat[i + 1] / scale) for i in range(0, len(flat) - 1, 2)))
            countries.append(CountryShape(id=str(item["id"]), name=str(item["name"]), rings=tuple(rings)))
        points = []
        for item in data["points"]:
            x, y = project(item["at"][0] / scale, item["at"][1] / scale)
            points.append(CapitalPoint(id=str(item["id"]), name=str(item["name"]), capital=str(item["capital"]),
                                       x=x, y=y))
        licence = str(data["licence"])
    except OSError as error:
        raise CatalogueError(f"The world map file {path} cannot be read ({error.strerror}); "
                             "reinstall Practice Catalogue to get it back.") from error
    except (ValueError, KeyError, TypeError, IndexError) as error:
        raise CatalogueError(f"The world map file {path} is damaged; reinstall Practice Catalogue "
                             "to get it back.") from error
    xs = [x for c in countries for ring in c.rings for x, _ in ring]
    ys = [y for c in countries for ring in c.rings for _, y in ring]
    bounds = (min(xs), min(ys), max(xs), max(ys)) if xs else (-math.pi, -math.pi / 2, math.pi, math.pi / 2)
    return WorldMap(countries=tuple(countries), points=tuple(points), licence=licence, bounds=bounds)


def countries_not_on_map(world_map: WorldMap, taxonomy) -> list:
    """The taxonomy's country ids the map cannot draw (`global` is listed beside the map instead)."""
    drawn = world_map.ids()
    return [t.id for t in taxonomy["country"].terms if t.id != GLOBAL_COUNTRY and t.id not in drawn]


def country_label(world_map: WorldMap, taxonomy, country_id: str, language: str) -> str:
    """A country's name in `language`: the taxonomy's label where it has the country, else Natural
    Earth's English name."""
    term = taxonomy["country"].get(country_id)
    return term.label(language) if term else world_map.name(country_id)


def map_counts(facets: dict) -> dict:
    """{country id: number of practices} the map shades, from a SearchResult's facets: the counts the
    filter panel shows, without `global` (listed beside the map)."""
    return {c: n for c, n in (facets.get("country") or {}).items() if c != GLOBAL_COUNTRY and n > 0}


def counts_in_hits(hits) -> dict:
    """{country id: number of `hits` concerning it}, without `global`. With a country chosen the
    filter panel's counts for the other countries say what choosing them too would add (they are
    disjunctive); the map shows the results themselves, so it counts the hits of the whole result."""
    counts = {}
    for hit in hits:
        for country in hit.countries:
            if country != GLOBAL_COUNTRY:
                counts[country] = counts.get(country, 0) + 1
    return counts


def shade_step(count: int, most: int) -> int:
    """The colour class (0 = no practice, 1..SHADE_STEPS) of `count` when the busiest country has
    `most`: steps grow geometrically, so one country with many practices does not wash out the rest."""
    if count <= 0 or most <= 0:
        return 0
    if most == 1:
        return SHADE_STEPS
    return 1 + min(SHADE_STEPS - 1, int((SHADE_STEPS - 1) * math.log(count) / math.log(most) + 0.5))


def step_bounds(most: int) -> list:
    """For the legend: (step, lowest count, highest count) of each step used when the maximum is `most`."""
    ranges = {}
    for count in range(1, most + 1):
        step = shade_step(count, most)
        low, _ = ranges.get(step, (count, count))
        ranges[step] = (low, count)
    return [(step, low, high) for step, (low, high) in sorted(ranges.items())]


def global_practices_request(request: SearchRequest, limit: int = 500) -> SearchRequest | None:
    """The search for the current results that are global or regional (country `global`), or None
    when the current filters rule them out (another country chosen, or `global` excluded)."""
    chosen = tuple(request.filters.get("country") or ())
    if GLOBAL_COUNTRY in (request.exclusions.get("country") or ()):
        return None
    if chosen and GLOBAL_COUNTRY not in chosen:
        return None
    filters = dict(request.filters)
    filters["country"] = (GLOBAL_COUNTRY,)
    return replace(request, filters=filters, offset=0, limit=limit, sort="title")
