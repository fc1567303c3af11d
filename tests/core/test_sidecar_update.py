"""An update merges its documents into the sidecar instead of writing it again: the result must
be what a full write of the same index gives, so searches after an update rank as after a build."""

from __future__ import annotations

import dataclasses
import json
import shutil

import numpy as np
import pytest
from core_helpers import RESOURCES

from desktop.core.search import sidecar_write, whoosh_index
from desktop.core.search.engine import SearchEngine
from desktop.core.search.sidecar import FOLDER, Sidecar
from desktop.core.sources import load_sources


@pytest.fixture(scope="module")
def sources():
    return load_sources(RESOURCES)


def _arrays(index_path):
    folder = index_path / FOLDER
    arrays = {name: np.load(folder / f"{name}.npy") for name in
              ("starts", "docs", "impacts", "frequencies", "lengths", "position_starts", "positions")}
    arrays["keys"] = (folder / "keys.bin").read_bytes()
    arrays["ids"] = json.loads((folder / "ids.json").read_text(encoding="utf-8"))
    return arrays


def _updated_and_full(tmp_path, sources, changed, removed, first_practices):
    """The sidecar an update wrote, and the one a full write of the same updated index gives."""
    index_path = tmp_path / "search_index"
    whoosh_index.create(index_path, first_practices, sources.taxonomy, "first")
    whoosh_index.update(index_path, changed, removed, sources.taxonomy, "second")
    updated = _arrays(index_path)
    full_path = tmp_path / "full_index"
    shutil.copytree(index_path, full_path)
    from whoosh import index
    ix = index.open_dir(str(full_path))
    with ix.reader() as reader:
        sidecar_write.write(full_path, reader, "second", whoosh_index.INDEX_FORMAT)
    ix.close()
    return index_path, updated, _arrays(full_path)


def _edited(practice, words):
    return dataclasses.replace(practice, title=practice.title + " " + words, body=practice.body + "\n\n" + words)


def test_an_update_gives_the_arrays_a_full_write_gives(tmp_path, sources):
    practices = list(sources.practices)
    first, later = practices[:-6], practices[-6:]
    changed = [_edited(first[0], "zanzibar quinoa"), _edited(first[5], "diaspora diaspora"), *later]
    removed = [first[1].id, first[2].id]
    index_path, updated, full = _updated_and_full(tmp_path, sources, changed, removed, first)
    assert updated["keys"] == full["keys"]
    # Positions too: merged from the update's own record, and read from Whoosh by the full write.
    for name in ("starts", "docs", "frequencies", "lengths", "position_starts", "positions"):
        assert np.array_equal(updated[name], full[name]), name
    assert np.allclose(updated["impacts"], full["impacts"], rtol=1e-6)
    assert updated["ids"] == full["ids"]
    assert first[1].id not in updated["ids"] and later[0].id in updated["ids"]
    # And the search sees it: the new word finds the edited practice, the removed one is gone.
    engine = SearchEngine.open(index_path, "second", len(first) - 2 + len(later), sources.taxonomy)
    assert _ids(engine, "zanzibar") == [first[0].id]
    assert first[1].id not in _ids(engine, first[1].title)
    assert later[0].id in _ids(engine, later[0].title)
    engine.close()


def test_a_term_only_removed_practices_had_leaves_the_keys(tmp_path, sources):
    practices = list(sources.practices)
    marked = _edited(practices[3], "xylophonequartet")
    index_path = tmp_path / "search_index"
    whoosh_index.create(index_path, [marked, *practices[4:20]], sources.taxonomy, "first")
    whoosh_index.update(index_path, [], [marked.id], sources.taxonomy, "second")
    keys = (index_path / FOLDER / "keys.bin").read_bytes()
    assert b"xylophonequartet" not in keys
    assert Sidecar(index_path, "second", whoosh_index.INDEX_FORMAT, len(_arrays(index_path)["ids"])).size


def test_a_damaged_old_sidecar_is_written_in_full_instead(tmp_path, sources):
    practices = list(sources.practices)
    index_path = tmp_path / "search_index"
    whoosh_index.create(index_path, practices[:30], sources.taxonomy, "first")
    docs = index_path / FOLDER / "docs.npy"
    data = bytearray(docs.read_bytes())
    data[-8:] = b"\xff" * 8
    docs.write_bytes(bytes(data))
    with pytest.raises(sidecar_write.SidecarUnusable):
        from whoosh import index
        ix = index.open_dir(str(index_path))
        with ix.reader() as reader:
            sidecar_write.update(index_path, reader, reader.doc_count_all(), "x", whoosh_index.INDEX_FORMAT)
    whoosh_index.update(index_path, practices[30:33], [], sources.taxonomy, "second")
    engine = SearchEngine.open(index_path, "second", 33, sources.taxonomy)
    assert practices[31].id in _ids(engine, practices[31].title)
    engine.close()


def test_many_updates_merge_the_segments_and_stay_exact(tmp_path, sources):
    practices = list(sources.practices)
    index_path = tmp_path / "search_index"
    whoosh_index.create(index_path, practices[:20], sources.taxonomy, "v0")
    for step in range(whoosh_index.MAX_SEGMENTS + 2):
        whoosh_index.update(index_path, [practices[20 + step]], [], sources.taxonomy, f"v{step + 1}")
    updated = _arrays(index_path)
    expected_ids = {p.id for p in practices[:20 + whoosh_index.MAX_SEGMENTS + 2]}
    assert {i for i in updated["ids"] if i} == expected_ids
    from whoosh import index
    ix = index.open_dir(str(index_path))
    with ix.reader() as reader:
        assert len(reader.leaf_readers()) <= whoosh_index.MAX_SEGMENTS


def _ids(engine, text):
    ranking, _ = engine.rank(text)
    return [engine.ids[docnum] for docnum, _ in engine.top(ranking, engine.live & (ranking.scores > 0), 10)]


def test_updating_a_linked_copy_leaves_the_original_index_as_it_was(tmp_path, sources):
    """A delta import works on a hard-linked copy of the installed version's index: the
    installed version (kept for rollback) must not change by a byte."""
    practices = list(sources.practices)
    original = tmp_path / "installed"
    whoosh_index.create(original, practices[:25], sources.taxonomy, "first")
    engine = SearchEngine.open(original, "first", 25, sources.taxonomy)  # records verified.json
    engine.close()
    before = {p.relative_to(original): p.read_bytes() for p in original.rglob("*") if p.is_file()}
    copy = tmp_path / "next"
    whoosh_index.copy(original, copy)
    whoosh_index.update(copy, [_edited(practices[0], "zanzibar"), practices[30]], [practices[1].id],
                        sources.taxonomy, "second")
    engine = SearchEngine.open(copy, "second", 25, sources.taxonomy)
    assert _ids(engine, "zanzibar") == [practices[0].id]
    engine.close()
    after = {p.relative_to(original): p.read_bytes() for p in original.rglob("*") if p.is_file()}
    assert after == before
    engine = SearchEngine.open(original, "first", 25, sources.taxonomy)
    assert _ids(engine, "zanzibar") == [] and practices[1].id in _ids(engine, practices[1].title)
    engine.close()


def test_an_update_teaches_spelling_the_new_words_and_a_sidecar_rewrite_keeps_them(tmp_path, sources):
    """The spelling vocabulary lives beside the index, not in the sidecar: an update adds the
    new practices' words, and a sidecar written again from the index (damage) loses none."""
    practices = list(sources.practices)
    index_path = tmp_path / "search_index"
    whoosh_index.create(index_path, practices[:20], sources.taxonomy, "first")
    whoosh_index.update(index_path, [_edited(practices[0], "zanzibari")], [], sources.taxonomy, "second")
    engine = SearchEngine.open(index_path, "second", 20, sources.taxonomy)
    ranking, corrected = engine.rank("zanzibiri")
    assert corrected == "zanzibari"
    engine.close()
    (index_path / FOLDER / "sidecar.json").write_text("{}", encoding="utf-8")  # stale: written again
    engine = SearchEngine.open(index_path, "second", 20, sources.taxonomy)
    assert engine.rank("zanzibiri")[1] == "zanzibari"
    assert engine.rank("diaspra")[1] == "diaspora"
    engine.close()


def test_an_unreadable_spelling_vocabulary_means_a_rebuild_not_a_crash(tmp_path, sources):
    from desktop.core.search.spelling import FREQUENCIES
    practices = list(sources.practices)
    index_path = tmp_path / "search_index"
    whoosh_index.create(index_path, practices[:10], sources.taxonomy, "first")
    (index_path / FREQUENCIES).write_bytes(b"not an array")
    with pytest.raises(whoosh_index.IndexUnusable, match="spelling vocabulary"):
        whoosh_index.update(index_path, practices[10:12], [], sources.taxonomy, "second")
    # A damaged file is also caught by its checksum when the index is opened.
    with pytest.raises(whoosh_index.IndexUnusable):
        SearchEngine.open(index_path, "first", 10, sources.taxonomy)


def test_an_update_keeps_the_checksums_of_the_files_it_left_alone_so_their_damage_is_still_found(tmp_path, sources):
    """An update does not read the untouched segment files again to checksum them: it keeps the
    checksums the build recorded. Damage to such a file after the update must still be found."""
    import os
    practices = list(sources.practices)
    original = tmp_path / "installed"
    whoosh_index.create(original, practices[:25], sources.taxonomy, "first")
    SearchEngine.open(original, "first", 25, sources.taxonomy).close()  # checked once
    copy = tmp_path / "next"
    whoosh_index.copy(original, copy)
    old_segments = {p.name for p in copy.glob("*.pst")}
    whoosh_index.update(copy, [practices[30]], [], sources.taxonomy, "second")
    engine = SearchEngine.open(copy, "second", 26, sources.taxonomy)
    engine.verify()  # everything agrees
    engine.close()
    marker = json.loads((copy / whoosh_index.MARKER).read_text(encoding="utf-8"))
    assert set(marker["files"]) == {p.name for p in copy.iterdir() if p.is_file()} - {
        whoosh_index.MARKER, whoosh_index.VERIFIED, "MAIN_WRITELOCK"}
    # Silent damage to a file the update kept (same size, time and inode): the checksum the
    # build recorded catches it.
    target = copy / sorted(old_segments)[0]
    before = target.stat()
    with open(target, "r+b") as handle:  # in place, as a failing disk would
        handle.seek(before.st_size // 2)
        byte = handle.read(1)
        handle.seek(before.st_size // 2)
        handle.write(bytes([byte[0] ^ 0xFF]))
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    engine = SearchEngine.open(copy, "second", 26, sources.taxonomy)
    with pytest.raises(whoosh_index.IndexUnusable):
        engine.verify()
    engine.close()


def test_positions_recorded_while_indexing_are_the_ones_whoosh_holds(tmp_path, sources):
    """The build records positions itself (fast) instead of reading them back from Whoosh: both
    must give the same arrays, and the check that they agree must be able to fail."""
    from desktop.core.search import positions
    from desktop.core.search.documents import SCORED_FIELDS, document_fields, field_language
    from desktop.core.search.terms import term_positions
    practices = list(sources.practices)
    index_path = tmp_path / "search_index"
    whoosh_index.create(index_path, practices, sources.taxonomy, "first")
    built = _arrays(index_path)
    from whoosh import index
    ix = index.open_dir(str(index_path))
    with ix.reader() as reader:
        sidecar_write.write(index_path, reader, "first", whoosh_index.INDEX_FORMAT)  # no log: from Whoosh
        read_back = _arrays(index_path)
        log = positions.PositionLog()
        for docnum, practice in enumerate(practices):
            doc = document_fields(practice, sources.taxonomy)
            if docnum == 3:
                doc["body_en"] += " interloper"  # a word Whoosh never indexed
            log.document = docnum  # as the build records it, analysed here
            for field in SCORED_FIELDS:
                if doc.get(field):
                    log.record(field, term_positions(field_language(field), doc[field]))
        keys = (index_path / FOLDER / "keys.bin").read_bytes()
        assert b"interloper" not in keys
        from desktop.core.search.keytable import KeyTable
        table = KeyTable(index_path / FOLDER).all()
        key_of = np.repeat(np.arange(len(table)), np.diff(read_back["starts"]))
        with pytest.raises(positions.PositionsDisagree):
            log.arranged(table, key_of, read_back["docs"], read_back["frequencies"])
    ix.close()
    for name in ("position_starts", "positions"):
        assert np.array_equal(built[name], read_back[name]), name
    assert len(built["positions"]) > 10 * len(practices)


def test_phrases_match_consecutive_words_only(tmp_path, sources):
    practices = list(sources.practices)
    index_path = tmp_path / "search_index"
    first = _edited(practices[0], "amber lantern quietly")
    second = _edited(practices[1], "lantern amber")
    third = _edited(practices[2], "amber of the lantern")  # stop words take no position
    whoosh_index.create(index_path, [first, second, third, *practices[3:12]], sources.taxonomy, "first")
    engine = SearchEngine.open(index_path, "first", 12, sources.taxonomy)
    found = _ids(engine, '"amber lantern"')
    assert set(found) == {first.id, third.id}
    assert _ids(engine, '"lantern amber"') == [second.id]
    assert _ids(engine, '"amber quietly"') == []
    engine.close()


def test_a_practice_s_whole_name_typed_puts_it_first_over_practices_that_say_its_words_more(tmp_path, sources):
    """Issue: "the exact name typed puts it first". Another practice that repeats the name's
    words in its title, summary and body scores higher on words alone."""
    practices = list(sources.practices)
    named = dataclasses.replace(practices[0], title="Harbour Welcome Desk", aliases=())
    louder = dataclasses.replace(practices[1], title="Harbour Welcome Desk Harbour Network",
                                 summary="Harbour welcome desk, harbour welcome desk.",
                                 body=practices[1].body + "\n\nHarbour welcome desk. " * 5)
    index_path = tmp_path / "search_index"
    whoosh_index.create(index_path, [named, louder, *practices[2:10]], sources.taxonomy, "first")
    engine = SearchEngine.open(index_path, "first", 10, sources.taxonomy)
    assert _ids(engine, "harbour welcome desk")[:2] == [named.id, louder.id]
    assert _ids(engine, "Harbour Welcome Desk Harbour Network")[0] == louder.id
    engine.close()


def test_keys_inserted_into_a_table_give_the_table_a_full_write_gives(tmp_path):
    import random

    from desktop.core.search import keytable
    rng = random.Random(7)
    words = sorted({"".join(rng.choice("abcdeéñ") for _ in range(rng.randint(1, 8))) for _ in range(3000)})
    old = sorted(rng.sample(words, 2000))
    new = sorted(set(words) - set(old))
    (tmp_path / "old").mkdir()
    (tmp_path / "full").mkdir()
    keytable.write(tmp_path / "old", old)
    keytable.write(tmp_path / "full", words)
    blob, offsets, positions = keytable.inserted(keytable.KeyTable(tmp_path / "old"), new)
    assert blob == (tmp_path / "full" / "keys.bin").read_bytes()
    assert np.array_equal(offsets, np.load(tmp_path / "full" / "key_offsets.npy"))
    assert np.array_equal(np.insert(np.array(old, dtype=object), positions, new), np.array(words, dtype=object))
