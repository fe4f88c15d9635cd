"""A real PostgreSQL server for the tests, started in a temporary folder.

``initdb``/``pg_ctl`` refuse to run as root, so as root they run as the
``postgres`` user. Each test gets its own database, copied from a migrated
template (fast). Set BPDESK_REQUIRE_POSTGRES=1 (CI does) to fail rather than
skip when no server can be started.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_postgres(command: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


def find_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / name).exists():
            return str(folder / name)
    return None


class PostgresServer:
    def __init__(self, folder: Path, port: int) -> None:
        self.folder = folder
        self.port = port
        self.data = folder / "data"
        self.admin_url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
        self._count = 0

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str) -> None:
        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    def new_database(self, template: str | None = None) -> str:
        self._count += 1
        name = f"bpdesk_test_{os.getpid()}_{self._count}"
        suffix = f" TEMPLATE {template}" if template else ""
        self.execute(f"CREATE DATABASE {name}{suffix}")
        return name

    def stop(self) -> None:
        pg_ctl = find_binary("pg_ctl")
        if pg_ctl:
            subprocess.run(
                _as_postgres([pg_ctl, "-D", str(self.data), "-m", "immediate", "stop"]),
                capture_output=True,
                check=False,
            )
        shutil.rmtree(self.folder, ignore_errors=True)


@contextlib.contextmanager
def running_postgres(durable: bool = False) -> Iterator[PostgresServer]:
    initdb, pg_ctl = find_binary("initdb"), find_binary("pg_ctl")
    if not initdb or not pg_ctl:
        raise RuntimeError("PostgreSQL is not installed (initdb and pg_ctl not found)")
    folder = Path(tempfile.mkdtemp(prefix="bpdesk-pg-"))
    os.chmod(folder, 0o777)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    port = _free_port()
    server = PostgresServer(folder, port)
    try:
        subprocess.run(
            _as_postgres(
                [
                    initdb,
                    "-D",
                    str(server.data),
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "-E",
                    "UTF8",
                    "--no-sync",
                ]
            ),
            capture_output=True,
            check=True,
        )
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=100"
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        subprocess.run(
            _as_postgres(
                [
                    pg_ctl,
                    "-D",
                    str(server.data),
                    "-o",
                    options,
                    "-l",
                    str(folder / "log.txt"),
                    "-w",
                    "-t",
                    "60",
                    "start",
                ]
            ),
            capture_output=True,
            check=True,
        )
        yield server
    except subprocess.CalledProcessError as error:
        log = folder / "log.txt"
        detail = log.read_text() if log.exists() else error.stderr.decode(errors="replace")
        raise RuntimeError(f"PostgreSQL did not start: {detail[-2000:]}") from None
    finally:
        server.stop()
