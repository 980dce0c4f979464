"""Copying a whole records database into another: `dn-bodymap copy-db SOURCE TARGET` (SQLite
to PostgreSQL and back, or file to file) and `backup` of a PostgreSQL database, which writes
a portable SQLite file with the same code (so one restore path serves both backends).

Every table of the schema is copied as it is: ids, versions, content hashes, both hash
chains, and how far each id sequence has gone (so an id is never given twice, and a row cut
off the end of the audit trail is still found). The source is read in one snapshot. The
target is written in one transaction that also compares every row with the source and runs
``verify`` on the copy; only then does it commit. A new SQLite file is written beside its
name and moved into place at the end (records/files.py), so a failure leaves no file.

The target must hold no records: a new file, an empty one, or an empty (or freshly
migrated) server database. Opening the source upgrades an older schema as any open does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Connection, Engine, Table, create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from dn_bodymap.records import comparing, database, files, guards, integrity, paths
from dn_bodymap.records.errors import RecordsError

BATCH = 2000  # rows read and written at a time: big databases copy in bounded memory

Progress = Callable[[str, int], None]  # (table, rows copied so far)


@dataclass(frozen=True)
class CopyReport:
    source: str
    target: str
    rows: dict[str, int]  # table -> rows copied
    verified: dict[str, int] = field(default_factory=dict)  # what verify checked in the copy
    audit_head: str = ""
    source_upgraded_copy: str | None = None  # the copy taken before upgrading the source

    def as_json(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "rows": self.rows,
                "compared": True, "verified": self.verified, "audit_head": self.audit_head,
                "source_upgraded_copy": self.source_upgraded_copy}


def shown(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def copy_database(source: str | Path, target: str | Path, *,
                  progress: Progress | None = None) -> CopyReport:
    """Copy ``source`` into ``target`` (file paths or URLs), compared and verified."""
    s_url, s_path = paths.to_url(source)
    t_url, t_path = paths.to_url(target)
    if (s_path is not None and t_path is not None and t_path.exists()
            and s_path.exists() and s_path.samefile(t_path)) or (
            s_path is None and shown(s_url) == shown(t_url)):
        raise RecordsError(f"{source} and {target} are the same database")
    if t_path is None and t_url.get_backend_name() == "sqlite":
        raise RecordsError(f"{target}: an in-memory database cannot be a copy's target; "
                           "give a file or a server database")
    refuse_if_holding(t_url, t_path)  # before opening it, which would upgrade an old one
    engine, _, saved, _ = database.open_engine(s_url, s_path, create=False)
    try:
        if t_path is not None and not _holds_bytes(t_path):
            report = to_new_file(engine, t_path, progress)
        else:
            report = _to_existing(engine, t_url, t_path, progress)
    finally:
        engine.dispose()
    return CopyReport(shown(s_url), report.target, report.rows, report.verified,
                      report.audit_head, str(saved) if saved else None)


def _holds_bytes(path: Path) -> bool:
    return path.exists() and (path.is_dir() or path.stat().st_size > 0 or any(
        p.exists() for p in files.database_files(path)[1:]))


def to_new_file(source: Engine, dest: Path, progress: Progress | None = None) -> CopyReport:
    """Copy into a new SQLite file at ``dest``: written beside it, checked, moved into place
    (a file already at ``dest`` is replaced only then: ``backup`` relies on that)."""
    dest = dest.expanduser().absolute()
    if not dest.parent.is_dir():
        raise RecordsError(f"cannot write {dest}: folder {dest.parent} does not exist")
    files.clean_stale_temps(dest.parent, dest.name)
    done: list[CopyReport] = []

    def write(tmp: Path) -> None:
        engine = database.open_engine(*paths.to_url(tmp), create=True)[0]
        try:
            done.append(_copy(source, engine, progress, str(dest)))
        finally:
            engine.dispose()  # the last connection checkpoints and removes the -wal file
            for extra in files.database_files(tmp)[1:]:
                extra.unlink(missing_ok=True)

    files.write_atomically(dest, write)
    return done[0]


def _to_existing(source: Engine, url: URL, path: Path | None,
                 progress: Progress | None) -> CopyReport:
    engine = database.open_engine(url, path, create=False)[0]
    try:
        return _copy(source, engine, progress, str(path) if path else shown(url))
    finally:
        engine.dispose()


# -- the target must hold no records -------------------------------------------------------

def refuse_if_holding(url: URL, path: Path | None) -> None:
    """Refuse a target that holds records, before anything opens (or upgrades) it."""
    if path is not None:
        if not _holds_bytes(path):
            return
        if database.check_sqlite_file(path, create=False) is None:
            return  # an empty file, or one without tables
        engine = create_engine("sqlite://", creator=lambda: database.read_only(path))
    else:
        try:
            engine = database.make_engine(url)
        except ImportError as exc:
            raise RecordsError(f"cannot use {shown(url)}: {exc}") from None
    try:
        with engine.connect() as conn:
            _refuse_records(conn, shown(url) if path is None else str(path))
    except DBAPIError as exc:
        raise RecordsError(f"cannot open {shown(url) if path is None else path}: "
                           f"{_reason(exc)}") from None
    finally:
        engine.dispose()


def _refuse_records(conn: Connection, where: str) -> None:
    held = {t: n for t in comparing.tables_in(conn)
            if (n := conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one())}
    if held:
        counts = ", ".join(f"{n} {t}" for t, n in held.items())
        raise RecordsError(f"{where} already holds records ({counts}); copy-db writes only "
                           "into a new file or an empty database. Nothing was changed")


# -- the copy ------------------------------------------------------------------------------

def _copy(source: Engine, target: Engine, progress: Progress | None,
          where: str) -> CopyReport:
    try:
        with _snapshot(source) as src, \
                target.execution_options(dn_write=True).connect() as dst, dst.begin():
            _refuse_records(dst, where)  # again, now that the write lock is held
            unknown = set(comparing.tables_in(src)) - set(comparing.TABLES)
            if unknown:
                raise RecordsError(f"the source has tables this dn-bodymap does not know "
                                   f"({', '.join(sorted(unknown))}); nothing was copied")
            with guards.lifted(dst, ("*",)):  # signed sessions' points too
                rows = {name: _copy_table(src, dst, table, progress)
                        for name, table in comparing.TABLES.items()}
            # SQLite's sequences roll back with the rest (and verify reads the audit trail's);
            # PostgreSQL's setval does not: there they are set once all else is well.
            sqlite = dst.dialect.name == "sqlite"
            _refuse_differences(comparing.row_differences(src, dst)
                                + (_sequences(src, dst) if sqlite else []))
            report = integrity.verify_connection(dst)
            if not report.ok:
                raise RecordsError(
                    f"the copy does not verify ({len(report.problems)} problems, first: "
                    f"{report.problems[0]}), so it was not kept; run `dn-bodymap verify` on "
                    "the source")
            if not sqlite:
                _refuse_differences(_sequences(src, dst))
    except DBAPIError as exc:
        owner = (" (copying in lifts the guard triggers for a moment, which only the tables' "
                 "owner may: give the owner's URL)") if database.insufficient_privilege(exc) \
            and target.dialect.name == "postgresql" else ""
        raise RecordsError(f"copying {shown(source.url)} into {where} failed "
                           f"({_reason(exc)}){owner}; nothing was written there") from None
    return CopyReport(shown(source.url), where, rows, dict(report.checked), report.audit_head)


def _refuse_differences(found: list[str]) -> None:
    if found:
        raise RecordsError("the copy differs from the source, so it was not kept: "
                           + "; ".join(found))


def _sequences(src: Connection, dst: Connection) -> list[str]:
    """Set the target's id sequences as far as the source's have gone; the differences
    left (none, unless setting them failed)."""
    for name in comparing.SEQUENCED:
        set_issued(dst, name, comparing.issued(src, name))
    return comparing.sequence_differences(src, dst)


def _reason(exc: DBAPIError) -> str:
    """The driver's message, its first line (a server's can run to several)."""
    return (str(exc.orig or exc).strip().splitlines() or [""])[0]


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """A read of the whole source as of one moment (every statement in one snapshot)."""
    opts: dict[str, Any] = {}
    if engine.dialect.name == "postgresql":
        opts = {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
    with engine.connect().execution_options(**opts) as conn, conn.begin():
        yield conn


def _copy_table(src: Connection, dst: Connection, table: Table,
                progress: Progress | None) -> int:
    n = 0
    names = comparing.columns(table)
    json_cols = [c.name for c in table.columns if isinstance(c.type, JSON)]
    for batch in comparing.read(src, table):
        rows = [_for_insert(dict(zip(names, r, strict=True)), json_cols) for r in batch]
        dst.execute(comparing.writable(table).insert(), rows)
        n += len(rows)
        if progress is not None:
            progress(table.name, n)
    return n


def _for_insert(row: dict[str, Any], json_cols: list[str]) -> dict[str, Any]:
    """A row as read (with each JSON column's "is SQL NULL" flag) as it is inserted: SQL
    NULL stays NULL and a JSON null stays JSON null."""
    for c in json_cols:
        if row.pop(comparing.null_flag(c)) is False and row[c] is None:
            row[c] = JSON.NULL
    return row


# -- id sequences --------------------------------------------------------------------------

def set_issued(conn: Connection, table: str, n: int) -> None:
    """Make ``n`` the last id the target's sequence of ``table`` has given."""
    if conn.dialect.name == "sqlite":
        if conn.execute(text("UPDATE sqlite_sequence SET seq = :n WHERE name = :t"),
                        {"n": n, "t": table}).rowcount == 0 and n:
            conn.execute(text("INSERT INTO sqlite_sequence (name, seq) VALUES (:t, :n)"),
                         {"n": n, "t": table})
        return
    conn.execute(text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :n, :called)"),
                 {"t": table, "n": max(n, 1), "called": n >= 1})
