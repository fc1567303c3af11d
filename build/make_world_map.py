"""Write resources/world_map.json, the country shapes the Map view draws, from Natural Earth.

Run once (the output is committed; the app never needs geopandas or pyshp):

    pip download geopandas==0.14.4 --no-deps -d /tmp/gp
    pip install pyshp
    python build/make_world_map.py /tmp/gp/geopandas-0.14.4-py3-none-any.whl

Natural Earth's 1:110m "admin 0 countries" layer (as packed in geopandas' datasets) gives the
polygons, simplified here (Douglas-Peucker) and rounded to a tenth of a degree. States too small
for that scale are drawn as points at their capitals, taken from the populated places layer.
Country ids are slugs of the English names, spelt as resources/taxonomy.yaml spells its ids.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

import shapefile  # pyshp: a build-time tool only

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from desktop.core.world_map import MAP_CREDIT  # noqa: E402  (one wording, in the file and the About box)

DATASETS = "geopandas/datasets/"
TOLERANCE = 0.12  # degrees: under a pixel at the size the map is drawn on screen
SCALE = 10  # coordinates are stored as integers of tenths of a degree

# Natural Earth's abbreviated names, renamed to the ids the taxonomy uses for them.
IDS = {
    "Bosnia and Herz.": "bosnia-and-herzegovina", "Central African Rep.": "central-african-republic",
    "Dem. Rep. Congo": "democratic-republic-of-the-congo", "Dominican Rep.": "dominican-republic",
    "Eq. Guinea": "equatorial-guinea", "Falkland Is.": "falkland-islands",
    "Fr. S. Antarctic Lands": "french-southern-and-antarctic-lands", "N. Cyprus": "northern-cyprus",
    "S. Sudan": "south-sudan", "Solomon Is.": "solomon-islands", "Turkey": "turkiye",
    "United States of America": "united-states", "Vietnam": "viet-nam", "W. Sahara": "western-sahara",
    "eSwatini": "eswatini", "Laos": "lao-pdr",
}
NAMES = {"Bosnia and Herz.": "Bosnia and Herzegovina", "Central African Rep.": "Central African Republic",
         "Dem. Rep. Congo": "Democratic Republic of the Congo", "Dominican Rep.": "Dominican Republic",
         "Eq. Guinea": "Equatorial Guinea", "Falkland Is.": "Falkland Islands", "N. Cyprus": "Northern Cyprus",
         "S. Sudan": "South Sudan", "Solomon Is.": "Solomon Islands", "Turkey": "Türkiye",
         "United States of America": "United States", "Vietnam": "Viet Nam", "W. Sahara": "Western Sahara",
         "Fr. S. Antarctic Lands": "French Southern and Antarctic Lands"}
LEFT_OUT = {"Antarctica"}  # no practice concerns it, and it would take a fifth of the map

# States missing from the 1:110m layer: (English name, capital as the populated places layer names it).
SMALL_STATES = [
    ("Andorra", "Andorra"), ("Antigua and Barbuda", "Saint John's"), ("Bahrain", "Manama"),
    ("Barbados", "Bridgetown"), ("Cabo Verde", "Praia"), ("Comoros", "Moroni"), ("Dominica", "Roseau"),
    ("Grenada", "Saint George's"), ("Kiribati", "Tarawa"), ("Liechtenstein", "Vaduz"), ("Maldives", "Malé"),
    ("Malta", "Valletta"), ("Marshall Islands", "Majuro"), ("Mauritius", "Port Louis"),
    ("Micronesia", "Palikir"), ("Monaco", "Monaco"), ("Palau", "Melekeok"),
    ("Saint Kitts and Nevis", "Basseterre"), ("Saint Lucia", "Castries"),
    ("Saint Vincent and the Grenadines", "Kingstown"), ("Samoa", "Apia"), ("San Marino", "San Marino"),
    ("Sao Tome and Principe", "São Tomé"), ("Seychelles", "Victoria"), ("Singapore", "Singapore"),
    ("Tonga", "Nuku'alofa"), ("Tuvalu", "Funafuti"),
]


def slug(name: str) -> str:
    """'Côte d'Ivoire' -> 'cote-divoire', as the taxonomy writes its ids."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower().replace("'", "")).strip("-")


def simplify(points: list, tolerance: float) -> list:
    """Douglas-Peucker: drop the points closer than `tolerance` to the line kept around them."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = (dx * dx + dy * dy) ** 0.5
        farthest, distance = None, tolerance
        for i in range(first + 1, last):
            px, py = points[i]
            d = abs(dy * (px - x1) - dx * (py - y1)) / length if length else ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            if d > distance:
                farthest, distance = i, d
        if farthest is not None:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def ring_area(points: list) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=False))) / 2


def reader(wheel: zipfile.ZipFile, layer: str) -> shapefile.Reader:
    base = f"{DATASETS}{layer}/{layer}"
    # The .cpg file names the .dbf's encoding (the countries layer is Latin-1, not UTF-8).
    encoding = wheel.read(base + ".cpg").decode("ascii").strip() or "utf-8"
    return shapefile.Reader(shp=io.BytesIO(wheel.read(base + ".shp")), dbf=io.BytesIO(wheel.read(base + ".dbf")),
                            shx=io.BytesIO(wheel.read(base + ".shx")), encoding=encoding)


def country_rings(shape) -> list:
    """The shape's rings, simplified; islands too small to see at 1:110m after simplifying are left out,
    but never a country's largest ring."""
    bounds = list(shape.parts) + [len(shape.points)]
    rings = [list(map(tuple, shape.points[a:b])) for a, b in zip(bounds, bounds[1:], strict=False)]
    largest = max(rings, key=ring_area)
    kept = []
    for ring in rings:
        small = simplify(ring, TOLERANCE)
        if ring is largest or (len(small) >= 4 and ring_area(small) > 0.05):
            flat = []
            for x, y in small:
                flat += [round(x * SCALE), round(y * SCALE)]
            kept.append(flat)
    return kept


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", help="geopandas-0.14.x-py3-none-any.whl (pip download geopandas==0.14.4 --no-deps)")
    parser.add_argument("--out", default=str(ROOT / "resources" / "world_map.json"))
    options = parser.parse_args(argv)
    with zipfile.ZipFile(options.wheel) as wheel:
        countries = reader(wheel, "naturalearth_lowres")
        cities = reader(wheel, "naturalearth_cities")
        shapes = []
        for record, shape in zip(countries.records(), countries.shapes(), strict=True):
            name = record["name"]
            if name in LEFT_OUT:
                continue
            shapes.append({"id": IDS.get(name, slug(name)), "name": NAMES.get(name, name),
                           "rings": country_rings(shape)})
        capitals = {record["name"]: shape.points[0] for record, shape in zip(cities.records(), cities.shapes(),
                                                                              strict=True)}
    drawn = {shape["id"] for shape in shapes}
    points = []
    for name, capital in SMALL_STATES:
        if slug(name) in drawn:
            continue
        lon, lat = capitals[capital]
        points.append({"id": slug(name), "name": name, "capital": capital,
                       "at": [round(lon * SCALE), round(lat * SCALE)]})
    shapes.sort(key=lambda s: s["id"])
    data = {"source": "Natural Earth 1:110m Admin 0 Countries and Populated Places, from geopandas 0.14 datasets",
            "licence": MAP_CREDIT, "scale": SCALE, "countries": shapes, "points": points}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    Path(options.out).write_text(text + "\n", encoding="utf-8")
    vertices = sum(len(r) // 2 for s in shapes for r in s["rings"])
    print(f"{options.out}: {len(shapes)} countries, {len(points)} small states as points, "
          f"{vertices} vertices, {len(text) // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
