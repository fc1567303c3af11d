"""The world map's data: every catalogued country can be drawn, and what the Map view shades."""

import json
import shutil

import pytest

from desktop.core.errors import CatalogueError
from desktop.core.model import SearchRequest
from desktop.core.taxonomy import load_taxonomy
from desktop.core.world_map import (
    MAP_FILE,
    SHADE_STEPS,
    countries_not_on_map,
    country_label,
    global_practices_request,
    load_world_map,
    map_counts,
    project,
    shade_step,
    step_bounds,
)


@pytest.fixture(scope="module")
def world(project_root):
    return load_world_map(project_root / "resources")


@pytest.fixture(scope="module")
def taxonomy(project_root):
    return load_taxonomy(project_root / "resources" / "taxonomy.yaml")


def test_every_country_of_the_taxonomy_is_on_the_map(world, taxonomy):
    assert countries_not_on_map(world, taxonomy) == []
    # Small states the 1:110m layer lacks are drawn as dots at their capitals.
    points = {p.id: p for p in world.points}
    assert {"cabo-verde", "mauritius"} <= set(points)
    assert points["cabo-verde"].capital == "Praia"


def test_a_country_missing_from_the_map_is_reported(world, taxonomy):
    from dataclasses import replace
    without = replace(world, points=tuple(p for p in world.points if p.id != "mauritius"))
    assert countries_not_on_map(without, taxonomy) == ["mauritius"]


def test_the_shipped_map_is_small_and_says_where_it_comes_from(project_root, world):
    assert (project_root / "resources" / MAP_FILE).stat().st_size < 300_000
    assert "Natural Earth" in world.licence
    assert "Natural Earth" in (project_root / "README.md").read_text(encoding="utf-8")
    assert len(world.countries) > 170 and "antarctica" not in world.ids()


def test_the_projection_keeps_the_world_in_order(world):
    west, _ = project(-78.5, -0.2)  # Quito
    east, _ = project(116.4, 39.9)  # Beijing
    _, north = project(0, 60)
    _, south = project(0, -30)
    assert west < 0 < east and north > 0 > south
    min_x, min_y, max_x, max_y = world.bounds
    assert min_x < west < max_x and min_y < south < north < max_y


def test_a_missing_or_damaged_map_file_is_one_sentence(tmp_path, project_root):
    with pytest.raises(CatalogueError, match="cannot be read"):
        load_world_map(tmp_path)
    (tmp_path / MAP_FILE).write_text('{"scale": 10, "countries": [{"id": "x"}]}', encoding="utf-8")
    with pytest.raises(CatalogueError, match="damaged"):
        load_world_map(tmp_path)
    shutil.copy(project_root / "resources" / MAP_FILE, tmp_path / MAP_FILE)
    data = json.loads((tmp_path / MAP_FILE).read_text(encoding="utf-8"))
    assert load_world_map(tmp_path).ids() == {c["id"] for c in data["countries"]} | {p["id"] for p in data["points"]}


def test_country_names_follow_the_interface_language(world, taxonomy):
    assert country_label(world, taxonomy, "ecuador", "fr") == "Équateur"
    assert country_label(world, taxonomy, "cabo-verde", "fr") == "Cap-Vert"
    assert country_label(world, taxonomy, "norway", "es") == "Norway"  # not in the taxonomy: Natural Earth's name


def test_counts_leave_global_practices_to_the_list_beside_the_map():
    facets = {"country": {"global": 16, "ecuador": 4, "kenya": 0}, "level": {"local": 3}}
    assert map_counts(facets) == {"ecuador": 4}
    assert map_counts({}) == {}


def test_shades_grow_with_the_count_and_the_legend_covers_every_count():
    for most in (1, 2, 5, 16, 300):
        steps = [shade_step(count, most) for count in range(1, most + 1)]
        assert steps == sorted(steps) and steps[-1] == SHADE_STEPS and steps[0] >= 1
        bounds = step_bounds(most)
        assert bounds[0][1] == 1 and bounds[-1][2] == most
        covered = [n for _, low, high in bounds for n in range(low, high + 1)]
        assert covered == list(range(1, most + 1))
    assert shade_step(0, 16) == 0 and step_bounds(0) == []


def test_the_global_list_follows_the_country_filter():
    plain = global_practices_request(SearchRequest(query="diaspora", filters={"level": ("local",)}))
    assert plain.filters == {"level": ("local",), "country": ("global",)} and plain.query == "diaspora"
    assert global_practices_request(SearchRequest(filters={"country": ("ecuador",)})) is None
    assert global_practices_request(SearchRequest(exclusions={"country": ("global",)})) is None
    both = global_practices_request(SearchRequest(filters={"country": ("ecuador", "global")}))
    assert both.filters["country"] == ("global",)


def test_counting_the_countries_of_the_hits():
    from types import SimpleNamespace as Hit
    hits = [Hit(countries=("mexico", "colombia")), Hit(countries=("mexico",)), Hit(countries=("global",))]
    from desktop.core.world_map import counts_in_hits
    assert counts_in_hits(hits) == {"mexico": 2, "colombia": 1}
