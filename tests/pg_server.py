"""A throw-away PostgreSQL + PostGIS server for the tests and the benchmarks.

Debian's own server binaries (``make setup`` installs the ``postgresql-postgis`` metapackage, which
pulls in the release's PostgreSQL: 15 on Debian 12, 17 on Debian 13) run in a temporary folder on a
free loopback port. PostgreSQL refuses to run as root, and CI runs as root: then every server command
runs as the unprivileged ``postgres`` system user that the Debian packages create.

The superuser has a password (scram-sha-256, also on the socket): clients reach the server through
a libpq connection service (``PGSERVICEFILE``, service ``aktionsraeume_test``), so layer URIs, and
everything written from them, carry no password — as in a city's GIS department.

If anything fails, :class:`PgServerError` says what, with the end of the server log; the tests that
need the server then fail (they are never skipped).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SERVICE = "aktionsraeume_test"
DATABASE = "aktionsraeume"
SUPERUSER = "postgres"
#: The test superuser's password: the tests assert it appears in no file the plugin writes.
PASSWORD = "Geheim-Pg-7f3c"


class PgServerError(RuntimeError):
    """The test server could not be found, started or used (message with the server log's tail)."""


def postgis_bin_dir() -> Path:
    """The ``bin`` folder of the newest installed PostgreSQL whose PostGIS extension is installed.

    :raises PgServerError: no PostgreSQL with PostGIS (``make setup`` installs one).
    """
    found = []
    for control in Path("/usr/share/postgresql").glob("*/extension/postgis.control"):
        version = control.parent.parent.name
        bin_dir = Path("/usr/lib/postgresql") / version / "bin"
        if (bin_dir / "pg_ctl").exists() and version.isdigit():
            found.append((int(version), bin_dir))
    if not found:
        raise PgServerError(
            "No PostgreSQL server with PostGIS is installed (expected /usr/lib/postgresql/N/bin/pg_ctl and "
            "/usr/share/postgresql/N/extension/postgis.control); run `make setup`."
        )
    return max(found)[1]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class PgServer:
    """A running server: ``start()`` it, ``stop()`` it; ``sql()`` runs statements as the superuser."""

    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="aktionsraeume-pg-")))
    port: int = field(default_factory=free_port)
    bin_dir: Path = field(default_factory=postgis_bin_dir)
    started: bool = False

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def service_file(self) -> Path:
        return self.root / "pg_service.conf"

    @property
    def log_file(self) -> Path:
        return self.root / "server.log"

    def _as_server_user(self) -> dict:
        """``subprocess`` arguments that drop root to the ``postgres`` user (nothing when not root)."""
        if os.geteuid() != 0:
            return {}
        try:
            import pwd

            pwd.getpwnam(SUPERUSER)
        except KeyError:
            raise PgServerError(
                "Running as root, but there is no 'postgres' system user to run the server as "
                "(the Debian postgresql packages create it; run `make setup`)."
            ) from None
        return {"user": SUPERUSER, "group": SUPERUSER}

    def _run(self, args: list[str], what: str, **kwargs) -> subprocess.CompletedProcess:
        env = {**os.environ, "PGPASSWORD": PASSWORD, "LC_ALL": "C.UTF-8"}
        env.pop("PGSERVICEFILE", None)
        result = subprocess.run(
            args, capture_output=True, text=True, env=env, cwd=self.root, **self._as_server_user(), **kwargs
        )
        if result.returncode != 0:
            raise PgServerError(
                f"{what} failed ({result.returncode}):\n{result.stderr}{result.stdout}{self.log_tail()}"
            )
        return result

    def log_tail(self) -> str:
        try:
            return "\nserver log:\n" + "\n".join(self.log_file.read_text(errors="replace").splitlines()[-20:])
        except OSError:
            return ""

    def start(self) -> PgServer:
        """initdb, start on 127.0.0.1:``port`` (socket in ``root``), create the PostGIS database.

        :raises PgServerError: any step failed.
        """
        if os.geteuid() == 0:
            self._as_server_user()
            shutil.chown(self.root, SUPERUSER, SUPERUSER)
        password_file = self.root / "pw"
        password_file.write_text(PASSWORD + "\n")
        if os.geteuid() == 0:
            shutil.chown(password_file, SUPERUSER, SUPERUSER)
        self._run(
            [
                str(self.bin_dir / "initdb"),
                "-D",
                str(self.data_dir),
                "-U",
                SUPERUSER,
                "--auth=scram-sha-256",
                f"--pwfile={password_file}",
                "-E",
                "UTF8",
                "--no-sync",
            ],
            "initdb",
        )
        password_file.unlink()
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.root} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            [
                str(self.bin_dir / "pg_ctl"),
                "-D",
                str(self.data_dir),
                "-o",
                options,
                "-l",
                str(self.log_file),
                "-w",
                "start",
            ],
            "Starting the PostgreSQL test server",
        )
        self.started = True
        self.sql(f"CREATE DATABASE {DATABASE}", database="postgres", transaction=False)
        self.sql("CREATE EXTENSION postgis")
        self.service_file.write_text(
            f"[{SERVICE}]\nhost=127.0.0.1\nport={self.port}\ndbname={DATABASE}\nuser={SUPERUSER}\npassword={PASSWORD}\n"
        )
        return self

    def sql(self, statements: str, database: str = DATABASE, transaction: bool = True) -> list[list[str]]:
        """Run ``statements`` with psql as the superuser; the rows of the last result as lists of text.

        :raises PgServerError: psql reported an error (statements run in one transaction unless ``transaction`` is false).
        """
        result = self._run(
            [
                str(self.bin_dir / "psql"),
                "-X",
                "-q",
                "-At",
                "-F",
                "\t",
                "-v",
                "ON_ERROR_STOP=1",
                *(["--single-transaction"] if transaction else []),
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                SUPERUSER,
                "-d",
                database,
            ],
            "SQL",
            input=statements,
        )
        return [line.split("\t") for line in result.stdout.splitlines() if line]

    def uri(
        self,
        table: str,
        schema: str = "public",
        geometry: str | None = "geom",
        key: str | None = None,
        sql: str = "",
    ) -> str:
        """A QGIS ``postgres`` data source for ``schema.table`` through the service (no password)."""
        parts = [f"service='{SERVICE}'"]
        if key:
            parts.append(f"key='{key}'")
        parts.append(f'table="{schema}"."{table}"')
        if geometry:
            parts.append(f"({geometry})")
        if sql:
            parts.append(f"sql={sql}")
        return " ".join(parts)

    def load(self, path: str | Path, schema: str, layers: list[str] | None = None) -> None:
        """Copy the layers of a GeoPackage (or any GDAL vector file) into ``schema`` with GDAL, as a GIS
        department would load them: geometry column ``geom``, primary key ``fid``, spatial index.

        :raises PgServerError: GDAL could not copy them.
        """
        from osgeo import gdal

        from aktionsraeume_plugin.services.gdal_scope import gdal_calls

        self.sql(f"CREATE SCHEMA IF NOT EXISTS {schema}")
        options = gdal.VectorTranslateOptions(
            format="PostgreSQL",
            accessMode="overwrite",
            layers=layers,
            layerCreationOptions=[f"SCHEMA={schema}", "GEOMETRY_NAME=geom", "FID=fid", "LAUNDER=NO"],
        )
        with gdal_calls():
            gdal.ErrorReset()
            result = gdal.VectorTranslate(f"PG:service={SERVICE}", str(path), options=options)
            if result is None:
                raise PgServerError(f"Loading {path} into schema {schema} failed: {gdal.GetLastErrorMsg()}")
            result = None

    def checksum(self, table: str, schema: str = "public") -> str:
        """md5 of every row of ``schema.table`` (in a fixed order) and of its column definitions."""
        rows = self.sql(
            f"SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM \"{schema}\".\"{table}\" t;"
            f"SELECT md5(string_agg(column_name || data_type, ',' ORDER BY ordinal_position)) "
            f"FROM information_schema.columns WHERE table_schema = '{schema}' AND table_name = '{table}'"
        )
        return "/".join(row[0] for row in rows)

    def stop(self) -> None:
        """Stop the server (fast shutdown) and remove its folder."""
        try:
            if self.started:
                self._run(
                    [str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", "fast", "-w", "stop"],
                    "Stopping",
                )
                self.started = False
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
