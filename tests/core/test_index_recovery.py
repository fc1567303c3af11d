"""search_index/ is derived data: when it is missing, stale or damaged, opening the catalogue
rebuilds it from catalogue.db. A damaged catalogue.db itself is reported in one sentence."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from core_helpers import ids_of

from desktop.core import catalogue_db as cdb
from desktop.core.build import build_catalogue
from desktop.core.catalogue import Catalogue
from desktop.core.errors import CatalogueDamaged
from desktop.core.model import SearchRequest
from desktop.core.search.engine import INDEX_FORMAT, MARKER

QUERIES = ["diaspora", "Sao Paulo", "country:ecuador", "", "migr*", "human mobility", "orchards", "desk -quinoa"]


def answers(catalogue, related_to: str) -> tuple:
    searches = [(ids_of(r), r.total, r.facets) for r in
                (catalogue.search(SearchRequest(query=q, limit=100)) for q in QUERIES)]
    return searches, [h.id for h in catalogue.related(related_to)]


def reference_of(build: Path, related_to: str) -> tuple:
    catalogue = Catalogue.open(build / "catalogue.db", build / "search_index")
    try:
        return answers(catalogue, related_to)
    finally:
        catalogue.close()


@pytest.fixture(scope="module")
def shipped_reference(shipped_build):
    return reference_of(shipped_build, "ecuador-organic-law-human-mobility")


@pytest.fixture(scope="module")
def fixture_reference(fixture_build):
    return reference_of(fixture_build, "hillcrest-migrant-desk")


@pytest.fixture
def fixture_copy(fixture_build, tmp_path):
    """A private copy of the (small, quick to re-index) fixture build."""
    target = tmp_path / "catalogue"
    target.mkdir()
    shutil.copy(fixture_build / "catalogue.db", target)
    shutil.copytree(fixture_build / "search_index", target / "search_index")
    return target


def one_file(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern))
    assert found, f"no {pattern} in {folder}"
    return found[0]


def truncate(path: Path, keep: float) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])


def scramble(path: Path, start: float = 0.0) -> None:
    data = bytearray(path.read_bytes())
    for i in range(int(len(data) * start), len(data)):
        data[i] = (i * 7 + 13) & 0xFF
    path.write_bytes(bytes(data))


def replace_by_file(folder: Path) -> None:
    shutil.rmtree(folder)
    folder.write_text("not a folder")


INDEX_DAMAGE = {
    "missing": lambda ix: shutil.rmtree(ix),
    "empty folder": lambda ix: [shutil.rmtree(p) if p.is_dir() else p.unlink() for p in ix.iterdir()],
    "a file instead of the folder": replace_by_file,
    "stale marker": lambda ix: (ix / MARKER).write_text(json.dumps({"content_hash": "0" * 64,
                                                                    "format": INDEX_FORMAT})),
    "older index format": lambda ix: (ix / MARKER).write_text(json.dumps(
        {**json.loads((ix / MARKER).read_text()), "format": INDEX_FORMAT - 1})),
    "garbage marker": lambda ix: (ix / MARKER).write_text("{not json"),
    "no marker": lambda ix: (ix / MARKER).unlink(),
    "postings truncated": lambda ix: truncate(one_file(ix, "*.pst"), 0.5),
    "terms emptied": lambda ix: truncate(one_file(ix, "*.trm"), 0.0),
    "postings scrambled": lambda ix: scramble(one_file(ix, "*.pst")),
    "postings tail scrambled": lambda ix: scramble(one_file(ix, "*.pst"), 0.6),
    "terms tail scrambled": lambda ix: scramble(one_file(ix, "*.trm"), 0.6),
    "a column scrambled": lambda ix: scramble(one_file(ix, "*_stored.col"), 0.3),
    "postings deleted": lambda ix: one_file(ix, "*.pst").unlink(),
    "table of contents truncated": lambda ix: truncate(one_file(ix, "*.toc"), 0.5),
    "table of contents scrambled": lambda ix: scramble(one_file(ix, "*.toc")),
    "table of contents deleted": lambda ix: one_file(ix, "*.toc").unlink(),
    # The ranking arrays beside the index: written again from the index when they do not match.
    "sidecar missing": lambda ix: shutil.rmtree(ix / "sidecar"),
    "sidecar doc array truncated": lambda ix: truncate(ix / "sidecar" / "docs.npy", 0.5),
    "sidecar impacts scrambled": lambda ix: scramble(ix / "sidecar" / "impacts.npy", 0.3),
    "sidecar keys emptied": lambda ix: (ix / "sidecar" / "keys.bin").write_bytes(b""),
    "sidecar keys scrambled": lambda ix: scramble(ix / "sidecar" / "keys.bin", 0.5),
    "sidecar key offsets truncated": lambda ix: truncate(ix / "sidecar" / "key_offsets.npy", 0.7),
    "sidecar of other content": lambda ix: (ix / "sidecar" / "sidecar.json").write_text(json.dumps(
        {**json.loads((ix / "sidecar" / "sidecar.json").read_text()), "content_hash": "0" * 64})),
    "sidecar ids garbage": lambda ix: (ix / "sidecar" / "ids.json").write_text("[not json"),
}


def digest(folder: Path) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def check_rebuilt(folder: Path, damage: str, reference: tuple, related_to: str) -> None:
    db, index = folder / "catalogue.db", folder / "search_index"
    INDEX_DAMAGE[damage](index)

    catalogue = Catalogue.open(db, index)
    try:
        assert answers(catalogue, related_to) == reference
        expected_hash = catalogue.meta["content_hash"]
    finally:
        catalogue.close()

    assert json.loads((index / MARKER).read_text())["content_hash"] == expected_hash
    rebuilt = digest(index)
    Catalogue.open(db, index).close()
    assert digest(index) == rebuilt, "the rebuilt index was not accepted the next time"


@pytest.mark.parametrize("damage", INDEX_DAMAGE, ids=list(INDEX_DAMAGE))
def test_a_bad_index_is_rebuilt_when_the_catalogue_opens(fixture_copy, fixture_reference, damage):
    check_rebuilt(fixture_copy, damage, fixture_reference, "hillcrest-migrant-desk")


@pytest.mark.parametrize("damage", ["missing", "postings tail scrambled", "stale marker"])
def test_the_real_catalogue_index_is_rebuilt_too(shipped_copy, shipped_reference, damage):
    check_rebuilt(shipped_copy, damage, shipped_reference, "ecuador-organic-law-human-mobility")


def test_an_index_left_from_an_older_build_is_replaced(make_resources, tmp_path):
    resources = make_resources()
    db, index = resources.parent / "catalogue.db", resources.parent / "search_index"
    build_catalogue(resources, db, index)
    shutil.copytree(index, tmp_path / "old-index")
    path = resources / "practices" / "northfield-diaspora-forum.md"
    path.write_text(path.read_text(encoding="utf-8").replace("once a year.", "once a year by the lighthouse."),
                    encoding="utf-8")
    build_catalogue(resources, db, index)
    shutil.rmtree(index)
    shutil.copytree(tmp_path / "old-index", index)  # e.g. restored from a backup

    catalogue = Catalogue.open(db, index)
    try:
        assert ids_of(catalogue.search(SearchRequest(query="lighthouse"))) == ["northfield-diaspora-forum"]
    finally:
        catalogue.close()


def test_an_index_that_cannot_be_written_is_rebuilt_in_the_fallback(fixture_copy, fixture_reference, tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("the index folder cannot be created under a file")
    fallback = tmp_path / "home" / "cache" / "search_index"
    catalogue = Catalogue.open(fixture_copy / "catalogue.db", blocked / "search_index", fallback)
    try:
        assert answers(catalogue, "hillcrest-migrant-desk") == fixture_reference
    finally:
        catalogue.close()
    assert (fallback / MARKER).is_file()


def assert_one_sentence(message: str) -> None:
    assert message and "\n" not in message, message
    assert "Traceback" not in message
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", message.strip())
    assert len(sentences) == 1, message


DB_DAMAGE = {
    "garbage": lambda db: db.write_bytes(bytes((i * 31 + 7) & 0xFF for i in range(db.stat().st_size))),
    "text": lambda db: db.write_text("hello, I am not a database\n"),
    "truncated to half": lambda db: truncate(db, 0.5),
    "truncated to 100 bytes": lambda db: truncate(db, 100 / db.stat().st_size),
    "emptied": lambda db: truncate(db, 0.0),
    "pages scrambled behind an intact header": lambda db: scramble(db, 4096 / db.stat().st_size),
}


@pytest.mark.parametrize("damage", DB_DAMAGE, ids=list(DB_DAMAGE))
def test_a_damaged_catalogue_db_is_one_sentence(shipped_copy, damage):
    db = shipped_copy / "catalogue.db"
    DB_DAMAGE[damage](db)
    with pytest.raises(CatalogueDamaged) as error:
        Catalogue.open(db, shipped_copy / "search_index")
    assert_one_sentence(str(error.value))
    assert str(db) in str(error.value)


def test_sidecar_damage_after_a_verified_open_is_still_found(fixture_copy, fixture_reference):
    # Checksums are skipped while the files are as they were at their last good check.
    Catalogue.open(fixture_copy / "catalogue.db", fixture_copy / "search_index").close()
    assert (fixture_copy / "search_index" / "sidecar" / "verified.json").is_file()
    check_rebuilt(fixture_copy, "sidecar impacts scrambled", fixture_reference, "hillcrest-migrant-desk")


@pytest.mark.parametrize("damage", ["pages scrambled behind an intact header", "truncated to half"])
def test_damage_after_a_clean_check_is_still_found(shipped_copy, damage):
    # The whole-file check is skipped while the file is as it was at its last clean check;
    # any change to the file (size, time) brings it back.
    db = shipped_copy / "catalogue.db"
    Catalogue.open(db, shipped_copy / "search_index").close()
    record = db.with_name("catalogue.db.checked")
    assert json.loads(record.read_text())["size"] == db.stat().st_size
    Catalogue.open(db, shipped_copy / "search_index").close()  # unchanged: opens without a check
    DB_DAMAGE[damage](db)
    with pytest.raises(CatalogueDamaged) as error:
        Catalogue.open(db, shipped_copy / "search_index")
    assert_one_sentence(str(error.value))


def test_a_missing_catalogue_db_says_how_to_make_one(tmp_path):
    with pytest.raises(CatalogueDamaged) as error:
        Catalogue.open(tmp_path / "catalogue.db", tmp_path / "search_index")
    assert_one_sentence(str(error.value))
    assert "build" in str(error.value)


def test_a_catalogue_db_without_its_taxonomy_is_damaged(shipped_copy):
    db = cdb.connect(shipped_copy / "catalogue.db")
    with db.conn:
        db.execute("DELETE FROM meta WHERE key = 'taxonomy'")
    db.close()
    with pytest.raises(CatalogueDamaged) as error:
        Catalogue.open(shipped_copy / "catalogue.db", shipped_copy / "search_index")
    assert_one_sentence(str(error.value))


def test_a_catalogue_db_without_practices_table_is_damaged(shipped_copy):
    db = cdb.connect(shipped_copy / "catalogue.db")
    with db.conn:
        db.execute("DROP TABLE practices")
    db.close()
    with pytest.raises(CatalogueDamaged) as error:
        Catalogue.open(shipped_copy / "catalogue.db", shipped_copy / "search_index")
    assert_one_sentence(str(error.value))


# Damage a failing disk does: bytes change in place, the size, time and inode stay, so the
# cheap check at open sees nothing. A search that reaches the damage rebuilds and answers; the
# background verification finds damage no search has reached yet.
def garble_in_place(path: Path, at: float, length: int) -> None:
    import os
    before = path.stat()
    data = bytearray(path.read_bytes())
    start = min(int(len(data) * at), max(len(data) - length, 0))
    for i in range(start, min(start + length, len(data))):
        data[i] ^= 0x5A
    with open(path, "r+b") as handle:  # in place: the same inode, as a disk's damage would be
        handle.write(bytes(data))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


SILENT_DAMAGE = {
    "4,000 bytes inside the postings": lambda ix: garble_in_place(one_file(ix, "*.pst"), 0.4, 4000),
    "512 bytes at 90 % of the postings": lambda ix: garble_in_place(one_file(ix, "*.pst"), 0.9, 512),
    "512 bytes inside the terms": lambda ix: garble_in_place(one_file(ix, "*.trm"), 0.5, 512),
    "the sidecar's impacts": lambda ix: garble_in_place(ix / "sidecar" / "impacts.npy", 0.5, 512),
    "the sidecar's key table": lambda ix: garble_in_place(ix / "sidecar" / "key_offsets.npy", 0.95, 8),
    "the sidecar's word positions": lambda ix: garble_in_place(ix / "sidecar" / "positions.npy", 0.9, 16),
    "the spelling vocabulary": lambda ix: garble_in_place(ix / "spelling_keys.bin", 0.5, 64),
}
PHRASES = ['"migrant desk"', '"diaspora forum"', '"local government"']


def phrase_answers(catalogue, related_to: str) -> tuple:
    return answers(catalogue, related_to), [ids_of(catalogue.search(SearchRequest(query=q))) for q in PHRASES]


@pytest.fixture(scope="module")
def phrase_reference(fixture_build):
    catalogue = Catalogue.open(fixture_build / "catalogue.db", fixture_build / "search_index")
    try:
        return phrase_answers(catalogue, "hillcrest-migrant-desk")
    finally:
        catalogue.close()


@pytest.mark.parametrize("damage", SILENT_DAMAGE, ids=list(SILENT_DAMAGE))
def test_damage_the_open_cannot_see_is_found_by_the_background_check(fixture_copy, phrase_reference, damage):
    db, index = fixture_copy / "catalogue.db", fixture_copy / "search_index"
    Catalogue.open(db, index).close()  # records the files' sizes and times as checked
    SILENT_DAMAGE[damage](index)
    catalogue = Catalogue.open(db, index)
    try:
        assert catalogue.verify_index() is False
        assert phrase_answers(catalogue, "hillcrest-migrant-desk") == phrase_reference
        assert catalogue.verify_index() is True
    finally:
        catalogue.close()


@pytest.mark.parametrize("damage", [d for d in SILENT_DAMAGE if "sidecar" not in d])
def test_a_search_that_reaches_damaged_postings_rebuilds_instead_of_crashing(fixture_copy, phrase_reference,
                                                                              damage):
    db, index = fixture_copy / "catalogue.db", fixture_copy / "search_index"
    Catalogue.open(db, index).close()
    SILENT_DAMAGE[damage](index)
    catalogue = Catalogue.open(db, index)
    try:  # no verification first: the searches themselves meet the damage (or do not need it)
        assert phrase_answers(catalogue, "hillcrest-migrant-desk") == phrase_reference
    finally:
        catalogue.close()


@pytest.mark.parametrize("array", ["sidecar/positions.npy", "sidecar/impacts.npy", "spelling_frequencies.npy",
                                   "spelling_key_offsets.npy"])
def test_a_scrambled_array_header_is_rebuilt_at_open_not_a_crash(fixture_copy, phrase_reference, array):
    """numpy parses an .npy header as a Python literal: scrambled bytes there raise SyntaxError
    or TokenError, not ValueError. That must still mean "write it again"."""
    db, index = fixture_copy / "catalogue.db", fixture_copy / "search_index"
    Catalogue.open(db, index).close()
    target = index / array
    before = target.stat()
    at = target.read_bytes().index(b"'shape'") + 5  # leave the string 'shap... unterminated
    with open(target, "r+b") as handle:
        handle.seek(at)
        handle.write(b"?}`zrkkj")
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    catalogue = Catalogue.open(db, index)
    try:
        assert phrase_answers(catalogue, "hillcrest-migrant-desk") == phrase_reference
        assert catalogue.verify_index() is True
    finally:
        catalogue.close()
