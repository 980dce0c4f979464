"""Opening a records database safely: read-only checks first, then the engine, then the
migrations, with a copy of the file taken before any migration touches it.

Nothing here writes to a file that failed a check: a damaged file, someone else's database or
one from a newer dn-bodymap is refused, byte for byte as it was.
"""

from __future__ import annotations

import filecmp
import glob
import logging
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, NoSuchModuleError
from sqlalchemy.pool import StaticPool

from dn_bodymap.records import files, network_fs
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.paths import data_folder

log = logging.getLogger(__name__)

# The schema revisions this program knows, oldest first; the last is the head. A database
# stamped with any other revision was written by a newer dn-bodymap.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009",
                   "0010", "0011", "0012")
HEAD = KNOWN_REVISIONS[-1]
SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def open_engine(url: URL, path: Path | None,
                create: bool) -> tuple[Engine, Path | None, Path | None, list[str]]:
    """Check, connect and migrate: the engine, the SQLite file (or None), the copy taken
    before migrating (or None) and warnings about the files (modes repaired)."""
    if path is not None and (remote := network_fs.network_type(path)):
        raise RecordsError(
            f"{path} is on a network file system ({remote}); an SQLite database must not be "
            "shared over a network (its locks are unreliable there and two computers writing "
            "to it can damage it). Keep the file on this computer's own disk, or, for several "
            "rooms, use a PostgreSQL server (README: \"For a clinic with several rooms\")")
    revision = check_sqlite_file(path, create) if path is not None else None
    warnings: list[str] = []
    if path is not None:
        files.clean_stale_temps(path.parent, path.name)
        if create:
            files.create_private_file(path)
        # Before connecting: SQLite gives new -wal and -shm files the database's mode.
        folder = [path.parent] if path.parent == data_folder() else []
        warnings = files.repair_modes([*folder, *files.database_files(path)])
    shown = url.render_as_string(hide_password=True)
    try:
        engine = make_engine(url)
    except (ImportError, NoSuchModuleError) as exc:
        raise RecordsError(f"cannot use {shown}: {exc}") from None
    try:
        if path is None:
            revision = current_revision(engine)
        saved = upgrade(engine, revision, path)
    except DBAPIError as exc:
        engine.dispose()
        reason = " ".join(str(exc.orig).split())  # (a server's message spans lines)
        raise RecordsError(f"cannot open {shown}: {reason}") from None
    except BaseException:
        engine.dispose()
        raise
    return engine, path, saved, warnings


def backup(engine: Engine, url: URL, path: Path | None, dest: str | Path) -> Path:
    """Store.backup: a consistent copy of a live SQLite database at ``dest``."""
    if url.get_backend_name() != "sqlite":
        raise RecordsError(f"backup copies SQLite databases only; back up "
                           f"{url.render_as_string(hide_password=True)} with the "
                           "database server's own tools")
    dest = Path(dest).expanduser().absolute()
    if path is not None and dest.exists() and dest.samefile(path):
        raise RecordsError(f"{dest} is the live database itself; give another file")
    if not dest.parent.is_dir():
        raise RecordsError(f"cannot write {dest}: folder {dest.parent} does not exist")
    files.clean_stale_temps(dest.parent, dest.name)
    raw = engine.raw_connection()
    try:
        copy_sqlite(driver(raw), dest, close_source=False)
    except sqlite3.Error as exc:  # "database or disk is full", among others
        raise RecordsError(f"{dest} was not written: {exc}") from None
    finally:
        raw.close()
    return dest


def check_sqlite_file(path: Path, create: bool) -> str | None:
    """Read-only checks of an SQLite file before anything may write to it. Returns its schema
    revision, or None for a file that does not exist yet or holds no tables."""
    if path.is_dir():
        raise RecordsError(f"{path} is a folder, not a database file")
    if path.exists() and not path.is_file():  # a pipe would block the read below for ever
        raise RecordsError(f"{path} is not a regular file (a device or pipe), not a database")
    if not path.exists():
        if not create:
            raise RecordsError(f"no database at {path} (nothing recorded there yet, or a wrong "
                               "path)")
        if not path.parent.is_dir():
            raise RecordsError(f"cannot create a database at {path}: folder {path.parent} "
                               "does not exist")
        return None
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError as exc:
        raise RecordsError(f"cannot read {path}: {exc.strerror}") from None
    if not head:
        return None  # an empty file is an empty SQLite database; there is nothing to lose
    if head != SQLITE_MAGIC:
        raise RecordsError(f"{path} is not a dn-bodymap database (not an SQLite file); "
                           "it was left unchanged")
    try:
        conn = read_only(path)
    except sqlite3.Error as exc:
        raise RecordsError(f"cannot open {path}: {exc}") from None
    try:
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise RecordsError(f"{path} is an SQLite database but not a dn-bodymap one (tables "
                               f"{', '.join(sorted(tables)[:4])}); it was left unchanged")
        revs = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
        # Every page is read (quick_check) only before a migration rewrites the file; an
        # ordinary open must stay fast however big the file, so it reads each table's first
        # and last rows (damage there is damage an open would meet at once). The full
        # check is `dn-bodymap verify`.
        if revs != [HEAD]:
            found = conn.execute("PRAGMA quick_check").fetchall()
            if [r[0] for r in found] != ["ok"]:
                raise RecordsError(f"{path} is damaged ({found[0][0]}); it was left "
                                   "unchanged: restore a backup")
        for table in sorted(tables):
            conn.execute(f'SELECT * FROM "{table}" LIMIT 1').fetchall()
            conn.execute(f'SELECT max(rowid) FROM "{table}"').fetchall()
    except sqlite3.DatabaseError as exc:
        raise RecordsError(f"{path} is not a readable database ({exc}); it was left "
                           "unchanged") from None
    finally:
        conn.close()
    return _known(revs, str(path))


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that writes nothing, not even the -wal and -shm files a read-only
    connection to a WAL database makes (and, read-only, cannot remove): where no other
    connection has them open, the file is read as immutable."""
    live = any(p.exists() for p in files.database_files(path)[1:])
    how = "mode=ro" if live else "immutable=1"
    return sqlite3.connect(f"{path.as_uri()}?{how}", uri=True, timeout=15)


def _known(revs: list[str], where: str) -> str | None:
    if len(revs) > 1 or (revs and revs[0] not in KNOWN_REVISIONS):
        raise RecordsError(f"{where} was written by a newer version of dn-bodymap (schema "
                           f"revision {', '.join(revs)}; this version knows up to {HEAD}); "
                           "update dn-bodymap to open it")
    return revs[0] if revs else None


# Every write on PostgreSQL first takes this transaction-level advisory lock (the bytes of
# "dnbm"): writes from every room are serialised as SQLite's BEGIN IMMEDIATE serialises them,
# so the audit chain's head and the record versions cannot move under a writer.
WRITE_LOCK = 0x646E626D


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() != "sqlite":
        # pool_pre_ping: a connection the server dropped (a restart) is replaced, not used.
        engine = create_engine(url, pool_pre_ping=True,
                               connect_args={"application_name": "dn-bodymap"})
        if url.get_backend_name() == "postgresql":
            event.listen(engine, "begin", _on_begin_postgresql)
        return engine
    if url.database in (None, "", ":memory:"):
        # One shared connection, or every checkout would see a new, empty database.
        engine = create_engine(url, poolclass=StaticPool,
                               connect_args={"check_same_thread": False})
    else:
        engine = create_engine(url, connect_args={"timeout": 15})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    # We issue BEGIN ourselves (below), so reads and writes share one transaction and
    # SQLite's own DDL is transactional too; pysqlite's implicit BEGIN is switched off.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode = WAL")  # readers never block the writer
    cur.execute("PRAGMA synchronous = FULL")  # a commit survives a power cut, not just a crash
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA secure_delete = ON")  # deleted and erased values are overwritten
    cur.close()


def _on_begin(conn: Any) -> None:
    # A write takes the write lock at BEGIN, so it never fails half way on a lock upgrade.
    immediate = conn.get_execution_options().get("dn_write")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _on_begin_postgresql(conn: Any) -> None:
    if conn.get_execution_options().get("dn_write"):
        # As long as SQLite's busy timeout: a room that holds the lock longer is reported.
        conn.exec_driver_sql("SET LOCAL lock_timeout = '15s'")
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")


def current_revision(engine: Engine) -> str | None:
    """The schema revision of a database reached by URL (a file is checked before this)."""
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise RecordsError(f"{engine.url.render_as_string(hide_password=True)} is not a "
                               "dn-bodymap database (it has tables but no schema version)")
        revs = [r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))]
    return _known(revs, engine.url.render_as_string(hide_password=True))


def upgrade(engine: Engine, revision: str | None, path: Path | None,
            target: str = "head") -> Path | None:
    """Bring the database to ``target`` (the head); first copy a file that holds data.
    Returns the copy's path, if one was made."""
    if revision == HEAD and target == "head":
        return None
    from alembic import command
    from alembic.config import Config

    saved = None
    if path is not None and revision is not None and path.exists():
        saved = backup_before_migration(path, revision)
    log.info("upgrading the database schema from %s to %s", revision or "empty", target)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    with engine.execution_options(dn_write=True).connect() as conn:
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:  # a table rebuild must not cascade; env.py checks references instead
            driver(conn.connection).execute("PRAGMA foreign_keys = OFF")
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
            conn.commit()
        except RecordsError:
            raise
        except DBAPIError as exc:
            if not insufficient_privilege(exc):
                raise _failed(exc, saved) from exc
            raise RecordsError(
                f"the database is at schema revision {revision}; this version of dn-bodymap "
                f"needs {HEAD}, and only the database's owner may upgrade it: open it once "
                "with the owner's URL, then run server-grants again (README: \"For a clinic "
                "with several rooms\"); nothing was changed") from None
        except Exception as exc:
            raise _failed(exc, saved) from exc
        finally:
            if sqlite:
                conn.rollback()
                driver(conn.connection).execute("PRAGMA foreign_keys = ON")
    return saved


def _failed(exc: BaseException, saved: Path | None) -> RecordsError:
    where = f"; the copy taken before it is {saved}" if saved else ""
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    return RecordsError(f"upgrading the database schema failed ({reason}); nothing was "
                        f"changed{where}")


def insufficient_privilege(exc: DBAPIError) -> bool:
    """PostgreSQL said the role may not (SQLSTATE 42501: not the owner, no grant)."""
    return getattr(exc.orig, "sqlstate", None) == "42501"


def driver(pooled: Any) -> sqlite3.Connection:
    """The sqlite3 connection under SQLAlchemy's pooled one (for PRAGMAs outside a
    transaction, and the backup API)."""
    return cast(sqlite3.Connection, pooled.driver_connection)


def backup_before_migration(path: Path, revision: str) -> Path:
    """A copy of the file before migrating it, beside it; an identical copy taken by an
    earlier attempt that failed is reused, so a file that cannot be upgraded does not gain
    a copy on every try."""
    if not (files.writable(path) and files.writable(path.parent)):
        raise RecordsError(f"{path} needs upgrading to this version's schema ({HEAD}), but it "
                           "or its folder is read-only here; nothing was changed (open it "
                           "where you may write, or with the version that wrote it)")
    wal = files.database_files(path)[1]
    pending = wal.exists() and wal.stat().st_size > 0
    if not pending:
        for earlier in sorted(path.parent.glob(
                f"{glob.escape(path.name)}.before-migration-{revision}-*.sqlite")):
            if filecmp.cmp(earlier, path, shallow=False):
                return earlier
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    dest = path.with_name(f"{path.name}.before-migration-{revision}-{stamp}.sqlite")
    n = 1
    while dest.exists():
        n += 1
        dest = path.with_name(f"{path.name}.before-migration-{revision}-{stamp}-{n}.sqlite")
    try:
        if pending:
            # Committed changes may still sit in the WAL file: let SQLite make the copy.
            copy_sqlite(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=15),
                        dest)
        else:
            files.write_atomically(dest, lambda tmp: shutil.copyfile(path, tmp))
    except (OSError, sqlite3.Error, RecordsError) as exc:
        raise RecordsError(f"cannot copy {path} before upgrading its schema ({exc}); "
                           "nothing was changed") from None
    return dest


def copy_sqlite(source: sqlite3.Connection, dest: Path, close_source: bool = True) -> None:
    """A consistent copy of a live database through SQLite's backup API, checked, then moved
    into place: a failure leaves no partial file at ``dest``."""

    def write(tmp: Path) -> None:
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
            if target.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise RecordsError(f"the copy written to {dest} does not check out")
        finally:
            target.close()

    try:
        files.write_atomically(dest, write)
    finally:
        if close_source:
            source.close()


