"""The annotated-notes store: highlights and entity notes in one SQLite file.

Storage
-------
One SQLite database (stdlib ``sqlite3``), by default ``data_dir()/notes.sqlite3``:

* ``PRAGMA application_id`` (:data:`APPLICATION_ID`) and the ``briefing_meta`` table mark
  the file as briefing's; ``PRAGMA user_version`` is the schema version, and
  :data:`MIGRATIONS` lists the steps from one version to the next. Opening an older file
  migrates it inside one transaction; a newer, foreign, corrupt or non-SQLite file raises
  :class:`NotesError` and is never written (it is inspected over a read-only connection
  first, and re-checked inside the migration transaction).
* WAL journal mode, ``synchronous=FULL`` and a 5 s busy timeout: two running instances
  can both write; each write is one ``BEGIN IMMEDIATE`` ... ``COMMIT`` transaction that
  is on disk before the method returns.
* Nothing is cached: every read goes to the file, and ``update``/``delete`` only touch a
  row whose ``version`` is still the one the caller read (optimistic concurrency, with
  :class:`NotesConflict` otherwise). Ids come from ``AUTOINCREMENT`` so a deleted note's
  id is never reused by another note.

Anchoring
---------
A highlight stores its quote and up to :data:`CONTEXT_CHARS` characters either side
(same block). :func:`locate` finds it again in an article that may have been re-saved,
re-wrapped or converted to the other script, by matching in a normalised space (OpenCC
hk2s Simplified, no whitespace, punctuation widths and quote styles folded), and falls
back to a fuzzy match when the quote itself was edited slightly.

Nothing here imports Textual or Rich.
"""

from __future__ import annotations

import difflib
import os
import re
import sqlite3
import stat
import threading
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Self

from briefing.core.convert import Conversion
from briefing.core.entities.normalize import matching_copy
from briefing.core.errors import BriefingError
from briefing.core.model import Article
from briefing.core.paths import data_dir

__all__ = [
    "APPLICATION_ID",
    "CONTEXT_CHARS",
    "FUZZY_THRESHOLD",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Migration",
    "Note",
    "NoteStore",
    "NotesConflict",
    "NotesError",
    "Placement",
    "default_notes_path",
    "locate",
    "normalize_tags",
    "notes_for_article",
]

#: ``PRAGMA application_id`` of a briefing notes file ("BrNt").
APPLICATION_ID = int.from_bytes(b"BrNt", "big")
#: Characters of context kept before and after a highlight's quote.
CONTEXT_CHARS = 24
#: Lowest difflib ratio at which an edited quote still counts as found.
FUZZY_THRESHOLD = 0.8
#: Busy timeout, in seconds, while another instance holds the write lock.
BUSY_TIMEOUT = 5.0

HIGHLIGHT = "highlight"
ENTITY = "entity"

_SQLITE_HEADER = b"SQLite format 3\x00"
_META_TABLE = "briefing_meta"


# ------------------------------------------------------------------------- errors


class NotesError(BriefingError):
    """The notes file cannot be used; ``str()`` is one line naming the file."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = " ".join(reason.split())  # always one line
        super().__init__(f"{self.path}: {self.reason}")


class NotesConflict(NotesError):
    """A note was changed or deleted by another instance since it was read."""

    def __init__(self, path: Path | str, reason: str, note_id: int, deleted: bool) -> None:
        self.note_id = note_id
        self.deleted = deleted
        super().__init__(path, reason)


# -------------------------------------------------------------------------- values


@dataclass(frozen=True)
class Note:
    """One stored note, exactly as it was when read (``version`` says which edit)."""

    id: int
    kind: str  # "highlight" or "entity"
    article_path: str
    content_hash: str
    quote: str
    prefix: str
    suffix: str
    entity_key: str
    entity_name: str
    text: str
    tags: tuple[str, ...]
    created: str
    updated: str
    version: int

    @property
    def is_highlight(self) -> bool:
        return self.kind == HIGHLIGHT


@dataclass(frozen=True)
class Placement:
    """Where a note's quote sits in an article now: ``article.blocks[block].text[start:end]``.

    ``exact`` is False when only a fuzzy match was found (the quote was edited)."""

    block: int
    start: int
    end: int
    exact: bool


def default_notes_path() -> Path:
    """The notes database in the platform data directory."""
    return data_dir() / "notes.sqlite3"


def normalize_tags(tags: Iterable[str] | str | None) -> tuple[str, ...]:
    """Tags stripped, inner whitespace collapsed, empty ones dropped, duplicates removed
    (first occurrence kept). A single string is split at commas (``,`` or ``，``)."""
    if tags is None:
        return ()
    if isinstance(tags, str):
        tags = re.split(r"[,，、]", tags)
    out: list[str] = []
    for tag in tags:
        if not isinstance(tag, str):
            raise TypeError(f"a tag must be a string, not {type(tag).__name__}")
        cleaned = " ".join(tag.split())
        if cleaned and cleaned not in out:
            out.append(cleaned)
    return tuple(out)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


# ---------------------------------------------------------------------- migrations


@dataclass(frozen=True)
class Migration:
    """The statements that take a file from ``version - 1`` to ``version``."""

    version: int
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "notes, their tags, and the marker that the file is briefing's",
        (
            f"CREATE TABLE {_META_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            f"INSERT INTO {_META_TABLE} (key, value) VALUES ('application', 'briefing notes')",
            """CREATE TABLE notes (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                kind TEXT NOT NULL CHECK (kind IN ('highlight', 'entity')),
                article_path TEXT NOT NULL DEFAULT '',
                content_hash TEXT NOT NULL DEFAULT '',
                quote TEXT NOT NULL DEFAULT '',
                prefix TEXT NOT NULL DEFAULT '',
                suffix TEXT NOT NULL DEFAULT '',
                entity_key TEXT NOT NULL DEFAULT '',
                entity_name TEXT NOT NULL DEFAULT '',
                text TEXT NOT NULL DEFAULT '',
                created TEXT NOT NULL,
                updated TEXT NOT NULL,
                version INTEGER NOT NULL DEFAULT 1
            )""",
            """CREATE TABLE note_tags (
                note_id INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                tag TEXT NOT NULL,
                PRIMARY KEY (note_id, position),
                UNIQUE (note_id, tag)
            )""",
            f"PRAGMA application_id = {APPLICATION_ID}",
        ),
    ),
    Migration(
        2,
        "indexes for notes by article, by entity and by tag",
        (
            "CREATE INDEX notes_by_hash ON notes (content_hash)",
            "CREATE INDEX notes_by_path ON notes (article_path)",
            "CREATE INDEX notes_by_entity ON notes (entity_key)",
            "CREATE INDEX note_tags_by_tag ON note_tags (tag)",
        ),
    ),
)

#: The schema version this briefing writes.
SCHEMA_VERSION = MIGRATIONS[-1].version

_REQUIRED_TABLES = frozenset({_META_TABLE, "notes", "note_tags"})

_COLUMNS = (
    "id, kind, article_path, content_hash, quote, prefix, suffix, "
    "entity_key, entity_name, text, created, updated, version"
)


@dataclass(frozen=True)
class _FileState:
    application_id: int
    user_version: int
    tables: frozenset[str]


def _inspect(conn: sqlite3.Connection) -> _FileState:
    """The file's marker, schema version and tables, read from one snapshot (another
    process may be creating the schema at this very moment)."""
    own_transaction = not conn.in_transaction
    if own_transaction:
        conn.execute("BEGIN")
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = frozenset(
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!'"
            )
        )
    finally:
        if own_transaction and conn.in_transaction:
            conn.execute("COMMIT")
    return _FileState(application_id, user_version, tables)


def _judge(path: Path, state: _FileState) -> None:
    """Raise NotesError unless the file is empty or briefing's at a version we know."""
    if state.application_id == 0 and state.user_version == 0 and not state.tables:
        return  # an empty database: ours to initialise
    if state.application_id != APPLICATION_ID:
        names = ", ".join(sorted(state.tables)[:5]) or "none"
        raise NotesError(path, f"is an SQLite database but not briefing's notes (tables: {names}); left untouched")
    if state.user_version > SCHEMA_VERSION:
        raise NotesError(
            path,
            f"was written by a newer briefing (schema {state.user_version}, this one knows {SCHEMA_VERSION}); "
            "left untouched",
        )
    if state.user_version == SCHEMA_VERSION:
        missing = _REQUIRED_TABLES - state.tables
        if missing:
            raise NotesError(path, f"is damaged (missing table {', '.join(sorted(missing))}); left untouched")


def _set_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL. Switching needs a moment alone with the file, and SQLite reports a
    concurrent opener as busy at once instead of waiting, so retry up to BUSY_TIMEOUT."""
    deadline = time.monotonic() + BUSY_TIMEOUT
    delay = 0.002
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if time.monotonic() + delay > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.05)


def _describe(exc: sqlite3.Error) -> str:
    message = str(exc) or type(exc).__name__
    lowered = message.lower()
    if "locked" in lowered or "busy" in lowered:
        return f"is busy: another briefing kept it locked; nothing was saved ({message})"
    if "readonly" in lowered or "read-only" in lowered:
        return f"cannot be written ({message})"
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return f"is corrupt or not a notes database ({message}); left untouched"
    if "unable to open" in lowered:
        return f"cannot be opened or created ({message})"
    return message


# ------------------------------------------------------------------------ the store


@contextmanager
def _transaction_on(conn: sqlite3.Connection, path: Path, write: bool) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` for writes (``BEGIN`` for reads), then ``COMMIT``, or
    ``ROLLBACK`` on any error. SQLite errors become NotesError."""
    try:
        conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        raise NotesError(path, _describe(exc)) from exc


class NoteStore:
    """Notes in one SQLite file, safe to share between running instances.

    Every public method is one transaction; writes commit before returning. The store
    is usable from several threads (calls are serialised) and as a context manager.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        if self._prepare_location():
            self._check_existing_file()
        conn = self._connect()
        try:
            self._migrate(conn)
        except BaseException:
            conn.close()
            raise
        self._conn = conn

    # -------------------------------------------------------------- opening

    def _prepare_location(self) -> bool:
        """Create the parent directories; True when a non-empty file is already there."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise NotesError(self.path, f"cannot create its directory ({exc.strerror or exc})") from exc
        if not self.path.parent.is_dir():
            raise NotesError(self.path, "cannot be created: its parent is not a directory")
        try:
            info = self.path.stat()
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise NotesError(self.path, f"cannot be read ({exc.strerror or exc})") from exc
        if not stat.S_ISREG(info.st_mode):
            raise NotesError(self.path, "is not a regular file; left untouched")
        return info.st_size > 0

    def _check_existing_file(self) -> None:
        """Inspect an existing file over a read-only connection: nothing can be written."""
        try:
            with open(self.path, "rb") as handle:
                header = handle.read(len(_SQLITE_HEADER))
        except OSError as exc:
            raise NotesError(self.path, f"cannot be read ({exc.strerror or exc})") from exc
        if header != _SQLITE_HEADER:
            raise NotesError(self.path, "is not a briefing notes database (not an SQLite file); left untouched")
        try:
            ro = sqlite3.connect(
                self.path.absolute().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT, isolation_level=None
            )
        except sqlite3.Error as exc:
            raise NotesError(self.path, _describe(exc)) from exc
        try:
            state = _inspect(ro)
            _judge(self.path, state)
            if state.tables:
                problems = [
                    line
                    for row in ro.execute("PRAGMA quick_check(5)")
                    for line in str(row[0]).splitlines()
                    if line.strip() and not line.startswith("***")
                ]
                if problems != ["ok"]:
                    first = problems[0] if problems else "integrity check failed"
                    raise NotesError(self.path, f"is corrupt ({first}); left untouched")
        except sqlite3.Error as exc:
            raise NotesError(self.path, _describe(exc)) from exc
        finally:
            ro.close()

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise NotesError(self.path, _describe(exc)) from exc
        try:
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            # Re-check before the first write: the file may have changed since inspected.
            _judge(self.path, _inspect(conn))
            _set_wal(conn)
            conn.execute("PRAGMA synchronous = FULL")
        except NotesError:
            conn.close()
            raise
        except sqlite3.Error as exc:
            conn.close()
            raise NotesError(self.path, _describe(exc)) from exc
        return conn

    def _migrate(self, conn: sqlite3.Connection) -> None:
        """Bring the file to SCHEMA_VERSION in one transaction (a no-op when current)."""
        try:
            if _inspect(conn).user_version == SCHEMA_VERSION:
                return  # current (and judged by _connect)
        except sqlite3.Error as exc:
            raise NotesError(self.path, _describe(exc)) from exc
        with _transaction_on(conn, self.path, write=True):
            state = _inspect(conn)  # again, now that we hold the write lock
            _judge(self.path, state)
            for migration in MIGRATIONS:
                if migration.version <= state.user_version:
                    continue
                for statement in migration.statements:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {migration.version}")

    # ---------------------------------------------------------- transactions

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise NotesError(self.path, "the notes store is closed")
        return self._conn

    @contextmanager
    def _transaction(self, write: bool = True) -> Iterator[sqlite3.Connection]:
        """One transaction on the store's connection (see :func:`_transaction_on`)."""
        with self._lock, _transaction_on(self._connection(), self.path, write) as conn:
            yield conn

    def _insert(self, conn: sqlite3.Connection, fields: dict[str, str], tags: tuple[str, ...]) -> int:
        now = _now()
        row = {
            "kind": HIGHLIGHT,
            "article_path": "",
            "content_hash": "",
            "quote": "",
            "prefix": "",
            "suffix": "",
            "entity_key": "",
            "entity_name": "",
            "text": "",
            **fields,
            "created": now,
            "updated": now,
        }
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cursor = conn.execute(f"INSERT INTO notes ({names}, version) VALUES ({marks}, 1)", tuple(row.values()))
        note_id = int(cursor.lastrowid)
        self._write_tags(conn, note_id, tags)
        return note_id

    @staticmethod
    def _write_tags(conn: sqlite3.Connection, note_id: int, tags: tuple[str, ...]) -> None:
        conn.execute("DELETE FROM note_tags WHERE note_id = ?", (note_id,))
        conn.executemany(
            "INSERT INTO note_tags (note_id, position, tag) VALUES (?, ?, ?)",
            [(note_id, i, tag) for i, tag in enumerate(tags)],
        )

    @staticmethod
    def _read(conn: sqlite3.Connection, where: str = "", params: tuple = ()) -> list[Note]:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM notes {where} ORDER BY id", params).fetchall()
        if not rows:
            return []
        tags: dict[int, list[str]] = {}
        tag_rows = conn.execute(
            f"SELECT note_id, tag FROM note_tags WHERE note_id IN (SELECT id FROM notes {where}) "
            "ORDER BY note_id, position",
            params,
        )
        for note_id, tag in tag_rows:
            tags.setdefault(note_id, []).append(tag)
        return [
            Note(
                id=row["id"],
                kind=row["kind"],
                article_path=row["article_path"],
                content_hash=row["content_hash"],
                quote=row["quote"],
                prefix=row["prefix"],
                suffix=row["suffix"],
                entity_key=row["entity_key"],
                entity_name=row["entity_name"],
                text=row["text"],
                tags=tuple(tags.get(row["id"], ())),
                created=row["created"],
                updated=row["updated"],
                version=row["version"],
            )
            for row in rows
        ]

    def _one(self, conn: sqlite3.Connection, note_id: int) -> Note | None:
        found = self._read(conn, "WHERE id = ?", (note_id,))
        return found[0] if found else None

    # -------------------------------------------------------------- public

    def add_highlight(
        self, article: Article, block: int, start: int, end: int, text: str = "", tags: Iterable[str] | str = ()
    ) -> Note:
        """Highlight ``article.blocks[block].text[start:end]``, optionally with a note."""
        blocks = article.blocks
        if not 0 <= block < len(blocks):
            raise ValueError(f"block {block} out of range (the article has {len(blocks)})")
        source = blocks[block].text
        if not 0 <= start < end <= len(source):
            raise ValueError(f"span {start}:{end} is empty or outside block {block} (length {len(source)})")
        fields = {
            "kind": HIGHLIGHT,
            "article_path": str(Path(article.document.path).absolute()),
            "content_hash": article.document.content_hash,
            "quote": source[start:end],
            "prefix": source[max(0, start - CONTEXT_CHARS) : start],
            "suffix": source[end : end + CONTEXT_CHARS],
            "text": text,
        }
        tag_tuple = normalize_tags(tags)
        with self._transaction() as conn:
            note_id = self._insert(conn, fields, tag_tuple)
            note = self._one(conn, note_id)
        assert note is not None
        return note

    def add_entity_note(
        self, entity_key: str, entity_name: str, text: str, tags: Iterable[str] | str = ()
    ) -> Note:
        """A note on an entity (found again by its linking key, in any article)."""
        if not entity_key:
            raise ValueError("an entity note needs an entity key")
        fields = {"kind": ENTITY, "entity_key": entity_key, "entity_name": entity_name, "text": text}
        tag_tuple = normalize_tags(tags)
        with self._transaction() as conn:
            note_id = self._insert(conn, fields, tag_tuple)
            note = self._one(conn, note_id)
        assert note is not None
        return note

    def _conflict(self, conn: sqlite3.Connection, note: Note, action: str) -> NotesConflict:
        current = self._one(conn, note.id)
        if current is None:
            return NotesConflict(
                self.path, f"cannot {action} note {note.id}: another briefing deleted it", note.id, True
            )
        return NotesConflict(
            self.path,
            f"cannot {action} note {note.id}: another briefing changed it since it was read "
            f"(version {note.version}, now {current.version}); reload it and try again",
            note.id,
            False,
        )

    def update(self, note: Note, text: str, tags: Iterable[str] | str | None = None) -> Note:
        """Replace a note's text and tags (``None`` keeps the tags); returns the new version.

        Raises NotesConflict when the note was changed or deleted since ``note`` was read."""
        tag_tuple = None if tags is None else normalize_tags(tags)
        conflict: NotesConflict | None = None
        with self._transaction() as conn:
            cursor = conn.execute(
                "UPDATE notes SET text = ?, updated = ?, version = version + 1 WHERE id = ? AND version = ?",
                (text, _now(), note.id, note.version),
            )
            if cursor.rowcount != 1:
                conflict = self._conflict(conn, note, "update")
            else:
                if tag_tuple is not None:
                    self._write_tags(conn, note.id, tag_tuple)
                updated = self._one(conn, note.id)
        if conflict is not None:
            raise conflict
        assert updated is not None
        return updated

    def delete(self, note: Note) -> None:
        """Delete a note. Raises NotesConflict when it was changed since it was read;
        deleting a note another instance already deleted is not an error."""
        conflict: NotesConflict | None = None
        with self._transaction() as conn:
            cursor = conn.execute("DELETE FROM notes WHERE id = ? AND version = ?", (note.id, note.version))
            if cursor.rowcount == 1:
                conn.execute("DELETE FROM note_tags WHERE note_id = ?", (note.id,))
            else:
                found = self._conflict(conn, note, "delete")
                if not found.deleted:
                    conflict = found
        if conflict is not None:
            raise conflict

    def get(self, note_id: int) -> Note | None:
        """The note with this id as it is now, or None."""
        with self._transaction(write=False) as conn:
            return self._one(conn, note_id)

    def all(self) -> list[Note]:
        """Every note, oldest first, read afresh from the file."""
        with self._transaction(write=False) as conn:
            return self._read(conn)

    def for_entity(self, entity_key: str) -> list[Note]:
        """The entity notes with this linking key, oldest first."""
        with self._transaction(write=False) as conn:
            notes = self._read(conn, "WHERE kind = ? AND entity_key = ?", (ENTITY, entity_key))
        return notes

    def close(self) -> None:
        """Close the connection (idempotent). Everything written is already committed."""
        with self._lock:
            if self._conn is not None:
                try:
                    self._conn.close()
                finally:
                    self._conn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._conn is None else "open"
        return f"NoteStore({str(self.path)!r}, {state})"


# ------------------------------------------------------------------------ anchoring

# Punctuation folded beyond NFKC (which already maps full-width ASCII forms to ASCII).
_FOLD = {
    "。": ".", "｡": ".", "、": ",", "､": ",",
    "“": '"', "”": '"', "„": '"', "「": '"', "」": '"', "〝": '"', "〞": '"', "＂": '"',
    "｢": '"', "｣": '"',
    "‘": "'", "’": "'", "『": "'", "』": "'", "＇": "'",
    "《": "<", "》": ">", "〈": "<", "〉": ">",
    "【": "[", "】": "]", "〔": "[", "〕": "]", "〖": "[", "〗": "]",
    "—": "-", "–": "-", "―": "-", "－": "-", "‐": "-", "‑": "-",
    "…": "...", "⋯": "...",
    "·": "·", "・": "·", "‧": "·", "•": "·",
    "～": "~", "〜": "~",
}
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")


def _fold_char(ch: str) -> str:
    if ch.isspace() or ch in _INVISIBLE:
        return ""
    if ch in _FOLD:
        return _FOLD[ch]
    if "\uff01" <= ch <= "\uff5e" or "\uff61" <= ch <= "\uffef":
        ch = unicodedata.normalize("NFKC", ch)
        return _FOLD.get(ch, ch).lower()
    return ch.lower() if ch.isascii() else ch


@dataclass(frozen=True)
class _Normalised:
    """``text`` in matching form; ``positions[i]`` is the index in ``conversion.text``
    that ``text[i]`` came from, and ``conversion`` maps back to the original."""

    text: str
    positions: tuple[int, ...]
    conversion: Conversion

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text behind ``text[start:end]`` (``start < end``)."""
        return self.conversion.source_span(self.positions[start], self.positions[end - 1] + 1)


@lru_cache(maxsize=8192)
def _normalise(text: str) -> _Normalised:
    conversion = matching_copy(text)
    chars: list[str] = []
    positions: list[int] = []
    for i, ch in enumerate(conversion.text):
        folded = _fold_char(ch)
        chars.append(folded)
        positions.extend([i] * len(folded))
    return _Normalised("".join(chars), tuple(positions), conversion)


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b)):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _context_score(norm: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """How many characters of the stored context agree with the text around a match."""
    return _common_suffix(prefix, norm[:start]) + _common_prefix(suffix, norm[end:])


@dataclass(frozen=True)
class _Match:
    block: int
    start: int  # in the block's normalised text
    end: int
    ratio: float
    context: int


def _exact_matches(blocks: list[_Normalised], quote: str, prefix: str, suffix: str) -> list[_Match]:
    found: list[_Match] = []
    for index, block in enumerate(blocks):
        at = block.text.find(quote)
        while at != -1:
            end = at + len(quote)
            found.append(_Match(index, at, end, 1.0, _context_score(block.text, at, end, prefix, suffix)))
            at = block.text.find(quote, at + 1)
    return found


def _fuzzy_match(blocks: list[_Normalised], quote: str, prefix: str, suffix: str) -> _Match | None:
    """The window of some block most like ``quote`` (difflib ratio >= FUZZY_THRESHOLD)."""
    length = len(quote)
    need = Counter(quote)
    slack = max(2, length // 4)
    best: _Match | None = None
    for index, block in enumerate(blocks):
        text = block.text
        # Cheap filter: a window with ratio >= 0.8 shares at least 2/3 of the quote's characters.
        if sum((need & Counter(text)).values()) < (2 * length) / 3:
            continue
        matcher = difflib.SequenceMatcher(None, quote, text, autojunk=False)
        starts = {max(0, j - i) for i, j, size in matcher.get_matching_blocks() if size >= min(2, length)}
        seen: set[tuple[int, int]] = set()
        for guess in sorted(starts):
            lo = max(0, guess - slack)
            window = text[lo : guess + length + slack]
            inner = difflib.SequenceMatcher(None, quote, window, autojunk=False)
            pieces = [m for m in inner.get_matching_blocks() if m.size]
            if not pieces:
                continue
            head, tail = pieces[0], pieces[-1]
            # The aligned region, and the same region stretched to where the quote's ends
            # would fall (an edit at the quote's edge).
            begins = {lo + head.b, lo + head.b - head.a}
            ends = {lo + tail.b + tail.size, lo + tail.b + tail.size + (length - tail.a - tail.size)}
            for begin in begins:
                for end in ends:
                    span = (max(0, begin), min(len(text), end))
                    if span[1] <= span[0] or span in seen:
                        continue
                    seen.add(span)
                    ratio = difflib.SequenceMatcher(None, quote, text[span[0] : span[1]], autojunk=False).ratio()
                    if ratio < FUZZY_THRESHOLD:
                        continue
                    context = _context_score(text, span[0], span[1], prefix, suffix)
                    if best is None or (ratio, context) > (best.ratio, best.context):
                        best = _Match(index, span[0], span[1], ratio, context)
    return best


def _locate(note: Note, article: Article, fuzzy: bool, foreign: bool) -> Placement | None:
    if note.kind != HIGHLIGHT or not note.quote:
        return None
    quote = _normalise(note.quote).text
    if not quote:
        return None
    prefix = _normalise(note.prefix).text if note.prefix else ""
    suffix = _normalise(note.suffix).text if note.suffix else ""
    article_blocks = article.blocks
    blocks = [_normalise(block.text) for block in article_blocks]
    matches = _exact_matches(blocks, quote, prefix, suffix)
    if foreign:
        # A note made on another file: only a quote that truly occurs here, and a short
        # one only where some of its context occurs with it.
        matches = [m for m in matches if len(quote) >= _FOREIGN_MIN_QUOTE or m.context > 0]
    best: _Match | None = None
    if matches:
        best = max(matches, key=lambda m: (m.context, -m.block, -m.start))
    elif fuzzy:
        best = _fuzzy_match(blocks, quote, prefix, suffix)
    if best is None:
        return None
    start, end = blocks[best.block].original_span(best.start, best.end)
    return Placement(best.block, start, end, exact=best.ratio == 1.0)


#: A note from another file attaches on its quote alone only when the quote is this long.
_FOREIGN_MIN_QUOTE = 6


def locate(note: Note, article: Article, *, fuzzy: bool = True) -> Placement | None:
    """Where ``note``'s quote sits in ``article`` now, or None (also for entity notes).

    The quote, its context and every block are normalised (hk2s Simplified, whitespace
    removed, punctuation folded); an exact occurrence wins, the one whose context agrees
    best when there are several. Otherwise, with ``fuzzy``, the most similar window of
    any block with difflib ratio >= FUZZY_THRESHOLD (``exact=False``). Offsets are
    mapped back to the block's own text.
    """
    return _locate(note, article, fuzzy=fuzzy, foreign=False)


def _same_path(a: str, b: Path) -> bool:
    if not a:
        return False
    try:
        return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))
    except (OSError, ValueError):
        return False


def notes_for_article(notes: Iterable[Note], article: Article) -> list[tuple[Note, Placement]]:
    """The highlights that belong in ``article``, with where each sits, in reading order.

    A note made on this file (same path) or on this very text (same content hash) is
    located with the fuzzy fallback; a note made on some other file attaches only where
    its quote occurs exactly (with context, for a short quote). At one place, notes of
    this text come before notes of this path, then notes of other files.
    """
    content_hash = article.document.content_hash
    found: list[tuple[int, Note, Placement]] = []
    for note in notes:
        if note.kind != HIGHLIGHT:
            continue
        same_hash = bool(note.content_hash) and note.content_hash == content_hash
        same_path = _same_path(note.article_path, article.path)
        if same_hash or same_path:
            placement = _locate(note, article, fuzzy=True, foreign=False)
        else:
            placement = _locate(note, article, fuzzy=False, foreign=True)
        if placement is not None:
            rank = 0 if same_hash else 1 if same_path else 2
            found.append((rank, note, placement))
    found.sort(key=lambda item: (item[2].block, item[2].start, item[2].end, item[0], item[1].id))
    return [(note, placement) for _, note, placement in found]
