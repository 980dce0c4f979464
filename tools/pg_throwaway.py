"""A throwaway PostgreSQL server for the tests: Debian's `postgresql` binaries, a cluster in a
temporary folder, listening on 127.0.0.1 and a socket in that folder, gone after `stop`.

    eval "$(python3 tools/pg_throwaway.py start /tmp/dn-pg)"   # prints export lines
    python3 tools/pg_throwaway.py restart /tmp/dn-pg
    python3 tools/pg_throwaway.py stop /tmp/dn-pg

PostgreSQL refuses to run as root; as root the server runs as the `postgres` user that the
Debian package creates. Durability is switched off (fsync, full_page_writes): this server
holds test data only and is faster without it. Standard library only, so `.ci/run` can use it
before any virtual environment exists.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
from pathlib import Path

SUPERUSER = "dn_test"


def bindir() -> Path:
    found = shutil.which("pg_config")
    if found:
        out = subprocess.run([found, "--bindir"], capture_output=True, text=True)
        candidate = Path(out.stdout.strip())
        if (candidate / "initdb").exists():
            return candidate
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                      key=lambda p: int(Path(p).parts[-3]))
    if not versions:
        sys.exit("pg_throwaway: no PostgreSQL server binaries (apt-get install postgresql)")
    return Path(versions[-1]).parent


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "postgres", "--", *cmd]


def _run(cmd: list[str]) -> None:
    done = subprocess.run(_as_server_user(cmd), capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"pg_throwaway: {' '.join(cmd)} failed:\n{done.stdout}{done.stderr}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(folder: Path) -> None:
    data, sock = folder / "data", folder / "socket"
    if folder.exists():
        stop(folder)
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    sock.mkdir()
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        for path in (folder, sock):
            os.chown(path, user.pw_uid, user.pw_gid)
    port = _free_port()
    _run([str(bindir() / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust",
          "-E", "UTF8", "--locale=C.UTF-8"])
    options = (f"-c listen_addresses=127.0.0.1 -c port={port} "
               f"-c unix_socket_directories={sock} -c fsync=off -c full_page_writes=off "
               "-c synchronous_commit=off -c max_connections=200")
    _run([str(bindir() / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"),
          "-o", options, "-w", "start"])
    (folder / "port").write_text(str(port))
    url = f"postgresql://{SUPERUSER}@127.0.0.1:{port}/postgres"
    print(f"export DN_BODYMAP_TEST_PG={url}")
    print(f"export DN_BODYMAP_TEST_PG_DIR={folder}")


def restart(folder: Path) -> None:
    # -l again: without it the new server writes to pg_ctl's output, which then never ends
    _run([str(bindir() / "pg_ctl"), "-D", str(folder / "data"), "-l",
          str(folder / "server.log"), "-m", "fast", "-w", "restart"])


def stop(folder: Path) -> None:
    if (folder / "data" / "postmaster.pid").exists():
        _run([str(bindir() / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate",
              "-w", "stop"])


def main(argv: list[str]) -> None:
    if len(argv) != 2 or argv[0] not in ("start", "restart", "stop"):
        sys.exit("usage: pg_throwaway.py start|restart|stop FOLDER")
    {"start": start, "restart": restart, "stop": stop}[argv[0]](Path(argv[1]).absolute())


if __name__ == "__main__":
    main(sys.argv[1:])
