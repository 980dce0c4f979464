"""Alembic migrations of the records database, applied by ``Store.open`` (no alembic.ini).

A new revision: add a file to versions/ with ``revision = "000N"`` and ``down_revision`` the
previous head, write its ``upgrade()`` by hand (``op.batch_alter_table`` for SQLite), and add
the id to ``KNOWN_REVISIONS`` in ``dn_bodymap/records/database.py``; the migration tests check
that the tables in schema.py and the migrated database agree.
"""
