"""The notes store: round trips, conflicts, re-anchoring, durability, concurrency, safety."""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefing.core.convert import convert_text
from briefing.core.errors import BriefingError
from briefing.core.model import Article, Document, ScriptMode
from briefing.core.notes import (
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    Note,
    NotesConflict,
    NotesError,
    NoteStore,
    Placement,
    default_notes_path,
    locate,
    normalize_tags,
    notes_for_article,
)
from briefing.core.structure import build_article

ROOT = Path(__file__).resolve().parents[1]

# Our own article, in Traditional, one paragraph per line (clean text).
TEXT = """城市綠化計劃進入第二階段

【本報訊】市政府昨日公布城市綠化計劃第二階段的細節，預計在未來三年內種植五萬棵樹木。

負責計劃的官員表示，新種植的樹木將以本地品種為主，以減少日後的維護成本。

環保團體對計劃表示歡迎，但認為政府應該同時加強對現有樹木的保護，避免出現「種新砍舊」的情況。

有議員指出，部分舊區的行人路過於狹窄，難以種植大型樹木。市政府回應說，會與各區區議會合作，逐步改善街道設計。
"""
QUOTE = "新種植的樹木將以本地品種為主"

# The same sentence twice, in different paragraphs and contexts.
REPEATED = """颱風過後的清理工作

東區的道路昨晚已經重開。消息指，工程人員會繼續跟進。區內居民對進度感到滿意。

西區的情況比較嚴重，多處斜坡出現塌方。消息指，工程人員會繼續跟進。政府呼籲市民避免前往。
"""
REPEATED_QUOTE = "工程人員會繼續跟進"


def article_of(text: str, path: Path | str = "/tmp/briefing-notes/article.txt") -> Article:
    return build_article(Document(Path(path), text, "utf-8"))


def block_with(article: Article, quote: str, occurrence: int = 0) -> tuple[int, int, int]:
    """(block, start, end) of the ``occurrence``-th time ``quote`` appears."""
    seen = 0
    for index, block in enumerate(article.blocks):
        at = block.text.find(quote)
        while at != -1:
            if seen == occurrence:
                return index, at, at + len(quote)
            seen += 1
            at = block.text.find(quote, at + 1)
    raise AssertionError(f"{quote!r} not in article")


def placed_text(article: Article, placement: Placement) -> str:
    return article.blocks[placement.block].text[placement.start : placement.end]


def hard_wrap(text: str, width: int = 15) -> str:
    """Wrap each paragraph at ``width`` characters, spacing out the start of every other line."""
    out = []
    for paragraph in text.strip().split("\n\n"):
        lines = [paragraph[i : i + width] for i in range(0, len(paragraph), width)]
        lines = [" ".join(line[:4]) + line[4:] if k % 2 else line for k, line in enumerate(lines)]
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


@pytest.fixture
def store(tmp_path: Path):
    with NoteStore(tmp_path / "notes.sqlite3") as opened:
        yield opened


@pytest.fixture
def article(tmp_path: Path) -> Article:
    return article_of(TEXT, tmp_path / "green.txt")


@pytest.fixture
def highlight(store: NoteStore, article: Article) -> Note:
    block, start, end = block_with(article, QUOTE)
    return store.add_highlight(article, block, start, end, "native trees", ["policy"])


# ------------------------------------------------------------------ round trips


def test_default_path_is_in_data_dir() -> None:
    assert default_notes_path().name == "notes.sqlite3"
    assert "briefing" in str(default_notes_path())


def test_add_highlight_records_quote_context_and_article(store: NoteStore, article: Article) -> None:
    block, start, end = block_with(article, QUOTE)
    note = store.add_highlight(article, block, start, end, "native trees", ["policy", " trees "])
    assert note.kind == "highlight"
    assert note.quote == QUOTE
    assert note.prefix == "負責計劃的官員表示，"
    assert note.suffix == "，以減少日後的維護成本。"
    assert note.content_hash == article.document.content_hash
    assert note.article_path == str(article.path)
    assert note.tags == ("policy", "trees")
    assert note.version == 1
    assert note.created == note.updated and note.created.endswith("+00:00")
    assert store.all() == [note]
    assert locate(note, article) == Placement(block, start, end, True)


def test_context_is_limited_to_24_characters(store: NoteStore) -> None:
    long = article_of("標題\n\n" + "甲" * 40 + "目標句子在這裡" + "乙" * 40 + "。\n")
    block, start, end = block_with(long, "目標句子在這裡")
    note = store.add_highlight(long, block, start, end)
    assert note.prefix == "甲" * 24 and note.suffix == "乙" * 24
    assert note.text == "" and note.tags == ()


def test_add_highlight_rejects_bad_spans(store: NoteStore, article: Article) -> None:
    with pytest.raises(ValueError):
        store.add_highlight(article, 99, 0, 1)
    with pytest.raises(ValueError):
        store.add_highlight(article, 0, 3, 3)
    assert store.all() == []


def test_entity_note_round_trip(store: NoteStore, article: Article) -> None:
    note = store.add_entity_note("市政府", "市政府", "the city government", ("gov", "gov", ""))
    assert (note.kind, note.entity_key, note.entity_name, note.tags) == ("entity", "市政府", "市政府", ("gov",))
    assert note.quote == note.content_hash == ""
    assert store.for_entity("市政府") == [note]
    assert locate(note, article) is None
    assert notes_for_article([note], article) == []


def test_update_and_delete_round_trip(tmp_path: Path, store: NoteStore, highlight: Note) -> None:
    updated = store.update(highlight, "native species first", ["policy", "ecology", "policy"])
    assert updated.version == 2
    assert updated.text == "native species first"
    assert updated.tags == ("policy", "ecology")
    assert updated.created == highlight.created and updated.updated >= highlight.updated
    kept = store.update(updated, "same tags", None)
    assert kept.tags == ("policy", "ecology") and kept.version == 3
    # Another instance sees exactly what was committed.
    with NoteStore(tmp_path / "notes.sqlite3") as other:
        assert other.all() == [kept]
    store.delete(kept)
    assert store.all() == [] and store.get(kept.id) is None
    assert store._conn.execute("SELECT COUNT(*) FROM note_tags").fetchone()[0] == 0


def test_ids_are_never_reused(store: NoteStore) -> None:
    first = store.add_entity_note("a", "A", "")
    store.delete(first)
    second = store.add_entity_note("b", "B", "")
    assert second.id > first.id


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (["  中國 ", "中國", "", "  ", "經濟  政策", "a"], ("中國", "經濟 政策", "a")),
        ("a, b，c、 a", ("a", "b", "c")),
        (None, ()),
        ((), ()),
    ],
)
def test_normalize_tags(given, expected) -> None:
    assert normalize_tags(given) == expected


def test_stale_update_raises_conflict(tmp_path: Path, store: NoteStore, highlight: Note) -> None:
    with NoteStore(tmp_path / "notes.sqlite3") as other:
        seen_by_other = other.all()[0]
        store.update(highlight, "first edit", ["x"])
        with pytest.raises(NotesConflict) as caught:
            other.update(seen_by_other, "second edit", ["y"])
        assert str(tmp_path / "notes.sqlite3") in str(caught.value)
        assert "changed" in str(caught.value) and not caught.value.deleted
        assert isinstance(caught.value, NotesError) and isinstance(caught.value, BriefingError)
        # Nothing of the stale edit got through.
        (now,) = store.all()
        assert (now.text, now.tags, now.version) == ("first edit", ("x",), 2)
        with pytest.raises(NotesConflict):
            other.delete(seen_by_other)
        assert store.all() == [now]
        # Re-read, then the edit goes through.
        fresh = other.get(now.id)
        assert other.update(fresh, "second edit", ["y"]).version == 3


def test_update_of_deleted_note_raises_and_delete_is_idempotent(
    tmp_path: Path, store: NoteStore, highlight: Note
) -> None:
    with NoteStore(tmp_path / "notes.sqlite3") as other:
        other.delete(other.all()[0])
    with pytest.raises(NotesConflict) as caught:
        store.update(highlight, "too late", ())
    assert caught.value.deleted and "deleted" in str(caught.value)
    store.delete(highlight)  # already gone: nothing to do
    assert store.all() == []


def test_closed_store_raises_notes_error(tmp_path: Path) -> None:
    opened = NoteStore(tmp_path / "notes.sqlite3")
    opened.close()
    opened.close()
    with pytest.raises(NotesError, match="closed"):
        opened.all()


# ------------------------------------------------------------------ re-anchoring


def test_locate_after_resave_with_extra_paragraph(highlight: Note, article: Article) -> None:
    resaved = article_of("編者按：本文於今日下午更新，補充了議員的意見。\n\n" + TEXT, article.path)
    assert resaved.document.content_hash != highlight.content_hash
    placement = locate(highlight, resaved)
    assert placement is not None and placement.exact
    assert placed_text(resaved, placement) == QUOTE
    assert placement.block == block_with(resaved, QUOTE)[0]


def test_locate_after_hard_wrap_with_spaces(highlight: Note, article: Article) -> None:
    wrapped_text = hard_wrap(TEXT)
    assert " " in wrapped_text and QUOTE not in wrapped_text  # the quote is cut by the wrap
    wrapped = article_of(wrapped_text, article.path)
    placement = locate(highlight, wrapped)
    assert placement is not None and placement.exact
    assert "".join(placed_text(wrapped, placement).split()) == QUOTE
    # And the mapping reaches the source: the quote is what the file says there.
    block = wrapped.blocks[placement.block]
    src_start, src_end = block.source_span(placement.start, placement.end)
    assert "".join(wrapped_text[src_start:src_end].split()) == QUOTE


def test_locate_with_spaces_kept_between_cjk_characters(highlight: Note) -> None:
    # A clean (not hard-wrapped) file keeps a headline-style space; matching ignores it.
    spaced = TEXT.replace("新種植的樹木將以本地", "新種植的 樹木將以本地")
    moved = article_of(spaced)
    placement = locate(highlight, moved)
    assert placement is not None and placement.exact
    assert placed_text(moved, placement).replace(" ", "") == QUOTE


def test_locate_after_conversion_to_simplified(highlight: Note, article: Article) -> None:
    simplified_text = convert_text(TEXT, ScriptMode.SIMPLIFIED)
    assert QUOTE not in simplified_text
    simplified = article_of(simplified_text, article.path)
    placement = locate(highlight, simplified)
    assert placement is not None and placement.exact
    assert placed_text(simplified, placement) == convert_text(QUOTE, ScriptMode.SIMPLIFIED)


def test_locate_simplified_note_in_traditional_article(store: NoteStore, article: Article) -> None:
    simplified = article_of(convert_text(TEXT, ScriptMode.SIMPLIFIED))
    quote = convert_text(QUOTE, ScriptMode.SIMPLIFIED)
    note = store.add_highlight(simplified, *block_with(simplified, quote))
    placement = locate(note, article)
    assert placement is not None and placed_text(article, placement) == QUOTE


def test_locate_folds_punctuation_width(store: NoteStore) -> None:
    original = article_of("標題\n\n他說：「我們(今年)會完成，計劃!」然後離開。\n")
    note = store.add_highlight(original, *block_with(original, "「我們(今年)會完成，計劃!」"))
    changed = article_of("標題\n\n他說：“我們（今年）會完成,計劃！”然後離開。\n")
    placement = locate(note, changed)
    assert placement is not None and placement.exact
    assert placed_text(changed, placement) == "“我們（今年）會完成,計劃！”"


@pytest.mark.parametrize("occurrence", [0, 1])
def test_repeated_sentence_picks_occurrence_by_context(store: NoteStore, occurrence: int) -> None:
    original = article_of(REPEATED)
    block, start, end = block_with(original, REPEATED_QUOTE, occurrence)
    note = store.add_highlight(original, block, start, end)
    assert locate(note, original) == Placement(block, start, end, True)
    # Re-saved with a paragraph on top and converted: still the same occurrence.
    changed = article_of("（更新）\n\n" + convert_text(REPEATED, ScriptMode.SIMPLIFIED))
    placement = locate(note, changed)
    expected = block_with(changed, convert_text(REPEATED_QUOTE, ScriptMode.SIMPLIFIED), occurrence)
    assert placement == Placement(*expected, True)


def test_repeated_sentence_in_one_paragraph(store: NoteStore) -> None:
    text = "標題\n\n甲方表示會再討論。乙方也表示會再討論。\n"
    original = article_of(text)
    block, start, end = block_with(original, "表示會再討論", 1)
    note = store.add_highlight(original, block, start, end)
    placement = locate(note, article_of("標題\n\n（補充）甲方表示會再討論。乙方也表示會再討論。\n"))
    assert placement is not None and placement.start == start + 4


def test_slightly_edited_sentence_matches_fuzzily(highlight: Note) -> None:
    edited_text = TEXT.replace("將以本地品種為主", "將主要以本地品種為主")
    edited = article_of(edited_text)
    placement = locate(highlight, edited)
    assert placement is not None and not placement.exact
    assert placed_text(edited, placement) == "新種植的樹木將主要以本地品種為主"
    assert locate(highlight, edited, fuzzy=False) is None


def test_removed_sentence_is_not_found(highlight: Note) -> None:
    gone = article_of(TEXT.replace("負責計劃的官員表示，新種植的樹木將以本地品種為主，以減少日後的維護成本。", ""))
    assert locate(highlight, gone) is None
    rewritten = article_of(TEXT.replace(QUOTE, "官員未有交代樹木品種"))
    assert locate(highlight, rewritten) is None


def test_notes_for_article_follows_resaves_and_rejects_strangers(
    tmp_path: Path, store: NoteStore, article: Article, highlight: Note
) -> None:
    short = store.add_highlight(article, *block_with(article, "樹木"))  # first 樹木, in block 2
    entity = store.add_entity_note("市政府", "市政府", "")
    notes = store.all()
    # The same file re-saved: both highlights follow it, in reading order.
    resaved = article_of("（更新）\n\n" + TEXT, article.path)
    attached = notes_for_article(notes, resaved)
    assert [note.id for note, _ in attached] == [short.id, highlight.id]
    assert all(placed_text(resaved, p) in (QUOTE, "樹木") for _, p in attached)
    # Another file that happens to quote the long sentence gets that note only;
    # the two-character quote does not attach without its context.
    other_path = tmp_path / "other.txt"
    other = article_of("另一篇報道\n\n報道引述說：" + QUOTE + "。另有樹木會移植。\n", other_path)
    attached = notes_for_article(notes, other)
    assert [note.id for note, _ in attached] == [highlight.id]
    # Edited so only a fuzzy match is possible: same path attaches, a stranger does not.
    edited_text = TEXT.replace("將以本地品種為主", "將主要以本地品種為主")
    same_file = article_of(edited_text, article.path)
    assert [n.id for n, p in notes_for_article([highlight], same_file) if not p.exact] == [highlight.id]
    assert notes_for_article([highlight], article_of(edited_text, other_path)) == []
    assert entity not in [n for n, _ in notes_for_article(notes, article)]


def test_notes_for_article_prefers_same_hash_at_the_same_place(
    tmp_path: Path, store: NoteStore, article: Article
) -> None:
    elsewhere = article_of("（轉載）\n\n" + TEXT, tmp_path / "copy.txt")
    foreign = store.add_highlight(elsewhere, *block_with(elsewhere, QUOTE))
    own = store.add_highlight(article, *block_with(article, QUOTE))
    attached = notes_for_article([foreign, own], article)
    assert [note.id for note, _ in attached] == [own.id, foreign.id]
    assert attached[0][1] == attached[1][1]


# ------------------------------------------------------------------ durability


def _run_python(code: str, *args: str, stdout=None, stdin=None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        cwd=ROOT,
        stdin=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
    )


def _read_line(proc: subprocess.Popen, timeout: float = 30.0) -> str:
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    if not ready:
        proc.kill()
        raise AssertionError("the child process did not report in time")
    return proc.stdout.readline().strip()


KILLED_WRITER = """
    import sys, time
    from pathlib import Path
    from briefing.core.notes import NoteStore

    store = NoteStore(Path(sys.argv[1]))
    store.add_entity_note("committed", "Committed", "on disk")
    with store._transaction() as conn:
        store._insert(conn, {"kind": "entity", "entity_key": "uncommitted", "text": "never"}, ("t",))
        print("ready", flush=True)
        time.sleep(60)
"""


def test_killed_writer_loses_only_its_uncommitted_transaction(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    proc = _run_python(KILLED_WRITER, str(path), stdout=subprocess.PIPE)
    try:
        line = _read_line(proc)
        assert line == "ready", proc.stderr.read() if proc.poll() is not None else line
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    with NoteStore(path) as reopened:
        notes = reopened.all()
        assert [(n.entity_key, n.text) for n in notes] == [("committed", "on disk")]
        assert reopened._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert reopened._conn.execute("SELECT COUNT(*) FROM note_tags").fetchone()[0] == 0
        # And the file takes new writes.
        reopened.add_entity_note("after", "After", "")
        assert len(reopened.all()) == 2


CONCURRENT_WRITER = """
    import sys, time
    from pathlib import Path
    from briefing.core.notes import NoteStore

    path, name = Path(sys.argv[1]), sys.argv[2]
    store = NoteStore(path)
    print("ready", flush=True)
    sys.stdin.readline()  # wait for "go", sent to both writers at once
    for i in range(50):
        store.add_entity_note(f"{name}-{i}", name, f"note {i} of {name}", (name,))
    store.close()
    print("done", flush=True)
"""


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shared" / "notes.sqlite3"
    procs = [
        _run_python(CONCURRENT_WRITER, str(path), name, stdout=subprocess.PIPE, stdin=subprocess.PIPE)
        for name in "AB"
    ]
    try:
        for proc in procs:
            assert _read_line(proc) == "ready", proc.stderr.read()
        for proc in procs:
            proc.stdin.write("go\n")
        for proc in procs:
            proc.stdin.flush()
        for proc in procs:
            assert _read_line(proc) == "done", proc.stderr.read()
            assert proc.wait(timeout=30) == 0
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    with NoteStore(path) as store:
        notes = store.all()
        assert len(notes) == 100
        assert sorted(n.entity_key for n in notes) == sorted(f"{name}-{i}" for name in "AB" for i in range(50))
        assert all(n.tags == (n.entity_name,) for n in notes)
        assert len({n.id for n in notes}) == 100
        assert store._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_file_is_wal_with_busy_timeout_and_versioned(store: NoteStore) -> None:
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


# ------------------------------------------------------------------ migrations and safety


def test_older_schema_is_migrated_keeping_notes(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for statement in MIGRATIONS[0].statements:
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO notes (kind, entity_key, entity_name, text, created, updated) "
        "VALUES ('entity', 'k', 'K', 'old note', '2024-01-01T00:00:00+00:00', '2024-01-01T00:00:00+00:00')"
    )
    conn.execute("COMMIT")
    conn.close()
    with NoteStore(path) as store:
        assert [n.text for n in store.all()] == ["old note"]
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        indexes = {row[0] for row in store._conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "notes_by_hash" in indexes


def _corrupt_notes_file(path: Path) -> None:
    with NoteStore(path) as store:
        for i in range(300):
            store.add_entity_note(f"k{i}", "名稱" * 10, "內容" * 40)
    data = bytearray(path.read_bytes())
    assert len(data) > 4096 * 4
    rng = random.Random(7)
    data[4096 * 2 : 4096 * 4] = bytes(rng.randrange(256) for _ in range(4096 * 2))
    path.write_bytes(bytes(data))


def _not_ours(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT, steps TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('粥', '煮')")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    NoteStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 7}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(random.Random(1).randbytes(8192)), "not an SQLite file"),
        (lambda p: p.write_bytes(b"SQLite format 3\x00" + random.Random(2).randbytes(8192)), "corrupt"),
        (lambda p: p.write_text("我的筆記\n", encoding="utf-8"), "not an SQLite file"),
        (_corrupt_notes_file, "corrupt"),
        (_not_ours, "not briefing's notes"),
        (_newer, f"newer briefing (schema {SCHEMA_VERSION + 7}, this one knows {SCHEMA_VERSION}); left untouched"),
    ],
    ids=["random-bytes", "sqlite-header-then-garbage", "text-file", "damaged-pages", "foreign-sqlite", "newer-schema"],
)
def test_unusable_files_raise_and_are_left_untouched(tmp_path: Path, make, message: str) -> None:
    path = tmp_path / "notes.sqlite3"
    make(path)
    before = path.read_bytes()
    with pytest.raises(NotesError) as caught:
        NoteStore(path)
    text = str(caught.value)
    assert text.startswith(str(path)) and message in text and "\n" not in text
    assert path.read_bytes() == before


def test_empty_file_is_initialised(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.touch()
    with NoteStore(path) as store:
        store.add_entity_note("k", "K", "")
    with NoteStore(path) as store:
        assert len(store.all()) == 1


def test_parent_directories_are_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "notes.sqlite3"
    with NoteStore(path) as store:
        assert store.path == path
    assert path.is_file()


def test_path_under_a_regular_file_raises(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a directory")
    path = blocker / "sub" / "notes.sqlite3"
    with pytest.raises(NotesError) as caught:
        NoteStore(path)
    assert str(path) in str(caught.value)
    assert blocker.read_text() == "not a directory"


def test_directory_in_place_of_the_file_raises(tmp_path: Path) -> None:
    (tmp_path / "notes.sqlite3").mkdir()
    with pytest.raises(NotesError, match="not a regular file"):
        NoteStore(tmp_path / "notes.sqlite3")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_directory_raises(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(NotesError) as caught:
            NoteStore(locked / "notes.sqlite3")
        assert str(locked / "notes.sqlite3") in str(caught.value)
    finally:
        locked.chmod(0o700)


def test_core_module_does_not_import_ui_libraries() -> None:
    code = "import sys, briefing.core.notes; print(any(m.split('.')[0] in ('textual', 'rich') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
