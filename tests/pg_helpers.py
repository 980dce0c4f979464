"""A PostgreSQL server for the tests, when ``DN_BODYMAP_TEST_PG`` names one (a superuser URL;
`.ci/run` starts a throwaway server with tools/pg_throwaway.py and sets it).

Unset: tests that need the server skip, saying so. Set: they need it, and fail when it cannot
be reached. Every test gets a database of its own, copied from a template migrated once per
run (migrating takes a second; copying a template a fraction of that).
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy.engine import URL, make_url

ENV = "DN_BODYMAP_TEST_PG"
_numbers = itertools.count(1)


def server_url() -> URL:
    """The superuser URL of the test server; skips the test when none is configured."""
    raw = os.environ.get(ENV, "").strip()
    if not raw:
        pytest.skip(f"PostgreSQL tests need a server: set {ENV} (tools/pg_throwaway.py)")
    return make_url(raw).set(drivername="postgresql+psycopg")


def admin(sql: str) -> None:
    """Run ``sql`` on the server's maintenance database, outside a transaction."""
    import psycopg

    url = server_url()
    with psycopg.connect(_conninfo(url), autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


def _conninfo(url: URL) -> str:
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def database_url(name: str) -> str:
    """The URL of database ``name`` on the test server, as a user would give it."""
    return _conninfo(server_url().set(database=name))


_template: str | None = None


def _template_name() -> str:
    """A database migrated to the head revision, made once per test run."""
    global _template
    if _template is None:
        from dn_bodymap.records import Store

        name = f"dn_template_{os.getpid()}"
        admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin(f"CREATE DATABASE {name}")
        Store.open(database_url(name)).close()
        _template = name
    return _template


@contextmanager
def fresh_database(migrated: bool = True) -> Iterator[str]:
    """A new, private database on the test server (empty, or at the head revision); its URL.
    Dropped afterwards."""
    name = f"dn_test_{os.getpid()}_{next(_numbers)}"
    template = f" TEMPLATE {_template_name()}" if migrated else ""
    admin(f"CREATE DATABASE {name}{template}")
    try:
        yield database_url(name)
    finally:
        admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def restart_server(url: str) -> None:
    """A real restart where tools/pg_throwaway.py started the server and said where
    (``DN_BODYMAP_TEST_PG_DIR``, as in CI); elsewhere every other connection to the database
    ``url`` names is ended, which is what a restart looks like to a client."""
    folder = os.environ.get("DN_BODYMAP_TEST_PG_DIR")
    if folder:
        tool = Path(__file__).resolve().parents[1] / "tools" / "pg_throwaway.py"
        subprocess.run([sys.executable, str(tool), "restart", folder], check=True,
                       timeout=120)
        return
    name = make_url(url).database
    admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
          f"datname = '{name}' AND pid <> pg_backend_pid()")
