"""Reading every table of a records database the same way on SQLite and PostgreSQL, for
copying it (records/copying.py) and for comparing a copy with its source row for row.

Values are compared as the schema's types read them (a boolean is True on both backends, a
JSON column the same object), plus, for each JSON column, whether it is SQL NULL (a JSON
``null`` is a value: kept apart, so a copy keeps either as it was).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain, islice
from typing import Any, Final

from sqlalchemy import JSON, Connection, MetaData, Table, func, inspect, select, text

from dn_bodymap.records.schema import Base

# Every table of the schema, parents first (a foreign key's target is written before it).
TABLES: Final[dict[str, Table]] = {t.name: t for t in Base.metadata.sorted_tables}
# The tables whose ids a sequence gives (patient_terms, keyed by its values, has none).
SEQUENCED: Final[tuple[str, ...]] = tuple(n for n, t in TABLES.items() if "id" in t.c)
_BOOKKEEPING: Final = {"alembic_version"}  # each database's own, by its migrations
SHOWN: Final = 10  # differences named per table; the rest are counted
_BATCH: Final = 2000


def tables_in(conn: Connection) -> list[str]:
    """The tables a database holds records in (not its schema version, nor SQLite's own)."""
    return sorted(t for t in inspect(conn).get_table_names()
                  if t not in _BOOKKEEPING and not t.startswith("sqlite_"))


def null_flag(column: str) -> str:
    return f"{column}__is_sql_null"


def columns(table: Table) -> list[str]:
    """The names of what ``read`` gives for each row: the columns, then the
    JSON columns' SQL NULL flags."""
    return [c.name for c in table.columns] + [null_flag(c.name) for c in table.columns
                                              if isinstance(c.type, JSON)]


def read(conn: Connection, table: Table) -> Iterator[list[tuple[Any, ...]]]:
    """The rows of ``table`` by primary key, in batches, as tuples (see ``columns``)."""
    flags = [c.is_(None).label(null_flag(c.name)) for c in table.columns
             if isinstance(c.type, JSON)]
    q = select(*table.columns, *flags).order_by(*table.primary_key.columns)
    for batch in conn.execute(q, execution_options={"yield_per": _BATCH}).partitions():
        yield [tuple(r) for r in batch]


_writable: dict[str, Table] = {}


def writable(table: Table) -> Table:
    """``table`` for inserting copied rows: its JSON columns write None as SQL NULL (a JSON
    null comes as ``JSON.NULL``), so each is stored as the source had it."""
    if table.name not in _writable:
        copy = table.to_metadata(MetaData())
        for c in copy.columns:
            if isinstance(c.type, JSON):
                c.type = JSON(none_as_null=True)
        _writable[table.name] = copy
    return _writable[table.name]


def last_issued(conn: Connection, table: str) -> int:
    """The highest id the database's sequence of ``table`` has given (0: none)."""
    if conn.dialect.name == "sqlite":
        found = conn.execute(text("SELECT seq FROM sqlite_sequence WHERE name = :t"),
                             {"t": table}).scalar()
        return int(found or 0)
    # NULL before the first id; USAGE on the sequence is enough (a treatment room's backup)
    found = conn.execute(text("SELECT pg_sequence_last_value(CAST(pg_get_serial_sequence("
                              ":t, 'id') AS regclass))"), {"t": table}).scalar()
    return int(found or 0)


def issued(conn: Connection, table: str) -> int:
    """How far ids of ``table`` have gone: the sequence, or the highest id if above it
    (ids given explicitly, as the audit trail's are on PostgreSQL)."""
    top = conn.execute(select(func.max(TABLES[table].c.id))).scalar()
    return max(last_issued(conn, table), int(top or 0))


def differences(src: Connection, dst: Connection) -> list[str]:
    """Every way ``dst`` differs from ``src``, in words; [] when they are equal row for
    row, table for table, and in how far each id sequence has gone."""
    return row_differences(src, dst) + sequence_differences(src, dst)


def row_differences(src: Connection, dst: Connection) -> list[str]:
    out = []
    mine, theirs = set(tables_in(src)), set(tables_in(dst))
    if mine != theirs:
        out.append(f"tables only in the source: {sorted(mine - theirs)}, only in the copy: "
                   f"{sorted(theirs - mine)}")
    for name, table in TABLES.items():
        found = list(islice(_table_differences(name, src, dst, table), SHOWN + 1))
        if len(found) > SHOWN:
            found[SHOWN:] = [f"{name}: more differences"]
        out += found
    return out


def sequence_differences(src: Connection, dst: Connection) -> list[str]:
    return [f"{name}: ids have gone to {a} in the source, {b} in the copy"
            for name in SEQUENCED if (a := issued(src, name)) != (b := issued(dst, name))]


def _table_differences(name: str, src: Connection, dst: Connection,
                       table: Table) -> Iterator[str]:
    names = columns(table)
    # rows come in primary key order (all its columns: patient_terms has two)
    ks = [names.index(c.name) for c in table.primary_key.columns]

    def key(row: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(row[i] for i in ks)

    def label(row: tuple[Any, ...]) -> str:
        return " ".join(str(v) for v in key(row))

    left = chain.from_iterable(read(src, table))
    right = chain.from_iterable(read(dst, table))
    a, b = next(left, None), next(right, None)
    while a is not None or b is not None:
        if a is not None and (b is None or key(a) < key(b)):
            yield f"{name} {label(a)}: missing in the copy"
            a = next(left, None)
        elif b is not None and (a is None or key(b) < key(a)):
            yield f"{name} {label(b)}: in the copy, not in the source"
            b = next(right, None)
        elif a is not None and b is not None:
            if a != b:
                yield f"{name} {label(a)}: " + ", ".join(
                    f"{c} is {x!r} in the source, {y!r} in the copy"
                    for c, x, y in zip(names, a, b, strict=True) if x != y)
            a, b = next(left, None), next(right, None)
