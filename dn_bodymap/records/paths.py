"""Where the records live: ``--db``, then ``DN_BODYMAP_DB``, then the user's data folder.

A value containing "://" is a SQLAlchemy database URL (``sqlite:///...``,
``postgresql://user@host/dbname``, read with psycopg 3); anything else is an SQLite file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from dn_bodymap.records import files
from dn_bodymap.records.errors import RecordsError

ENV_VAR = "DN_BODYMAP_DB"
APP_NAME = "dn-bodymap"
DB_FILE = "bodymap.sqlite"


def default_db_path(create_folder: bool = False) -> Path:
    """The database in the user's data folder; ``create_folder`` makes the folder (private
    to the user) on a first start, where it does not exist yet."""
    folder = data_folder()
    if create_folder and not folder.is_dir():
        files.make_private_folder(folder)
    return folder / DB_FILE


def data_folder() -> Path:
    """The user's data folder for dn-bodymap (made private to the user on a first start)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve(option: str | None, environ: Mapping[str, str] | None = None) -> str | Path:
    """The database the user asked for: the option, else the environment, else the default."""
    environ = os.environ if environ is None else environ
    for value in (option, environ.get(ENV_VAR)):
        if value and value.strip():
            return value.strip() if "://" in value else Path(value).expanduser()
    return default_db_path(create_folder=True)


def to_url(target: str | os.PathLike[str]) -> tuple[URL, Path | None]:
    """The SQLAlchemy URL of ``target`` and, for an SQLite file, its path (None for an
    in-memory database or another kind of database)."""
    if isinstance(target, str) and "://" in target:
        try:
            url = make_url(target)
        except ArgumentError:
            raise RecordsError(f"{target!r} is not a database URL (like "
                               "sqlite:///path/to/file.sqlite)") from None
        if url.get_backend_name() == "postgresql" and url.get_driver_name() != "psycopg":
            url = url.set(drivername="postgresql+psycopg")  # psycopg 3: the [server] extra
        if url.get_backend_name() != "sqlite":
            return url, None
        db = url.database
        return url, (Path(db).expanduser().absolute() if db and db != ":memory:"
                     and not db.startswith("file:") else None)
    path = Path(target).expanduser().absolute()
    return URL.create("sqlite", database=str(path)), path
