"""A throwaway Neo4j server for the tests and benchmarks of the Neo4j store.

The server is Neo4j 5 LTS Community from Maven Central (``org.neo4j.test:neo4j-harness``),
started in a Java process by the small launcher in the repository's
``neo4j-launcher/`` folder (``pom.xml`` and one class). :func:`build_launcher`
runs ``mvn -q -B package`` there when the compiled launcher is missing or older
than its sources; Maven keeps the jars in ``~/.m2`` and ``target/lib``, so only
the first build downloads anything, and only from Maven Central.

:class:`Neo4jServer` starts it on a free port of 127.0.0.1 with authentication
on and a password of its own (given to the Java process in its environment,
never on the command line or in a file), and stops it by its process id. The
launcher stops the server by itself when its stdin closes, so a test run that
dies leaves no server behind.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType

__all__ = ["LAUNCHER_DIR", "Neo4jServer", "Neo4jUnavailable", "build_launcher"]

#: The launcher's Maven project, beside the package folders in a source checkout.
LAUNCHER_DIR = Path(__file__).resolve().parents[1] / "neo4j-launcher"
_MAIN_CLASS = "careergraph.Neo4jLauncher"
_PASSWORD_VARIABLE = "CAREERGRAPH_NEO4J_PASSWORD"


class Neo4jUnavailable(RuntimeError):
    """The Neo4j launcher cannot be built or started here; the message says why."""


def _compiled(folder: Path) -> Path:
    return folder / "target" / "classes" / "careergraph" / "Neo4jLauncher.class"


def _sources(folder: Path) -> list[Path]:
    return [folder / "pom.xml", *sorted((folder / "src").rglob("*.java"))]


def _up_to_date(folder: Path) -> bool:
    compiled, lib = _compiled(folder), folder / "target" / "lib"
    if not compiled.exists() or not lib.is_dir() or not any(lib.glob("neo4j-harness-*.jar")):
        return False
    built = compiled.stat().st_mtime
    return all(source.stat().st_mtime <= built for source in _sources(folder))


def build_launcher(folder: Path = LAUNCHER_DIR) -> Path:
    """Compile the launcher and gather its jars with Maven unless that is already done; return ``folder``.

    Raises
    ------
    Neo4jUnavailable
        No launcher sources, no ``mvn`` on the PATH, or the build failed (the
        message ends with Maven's last lines, e.g. why Maven Central refused).
    """
    if not (folder / "pom.xml").exists():
        raise Neo4jUnavailable(f"no Neo4j launcher at {folder} (it ships with the source checkout)")
    if _up_to_date(folder):
        return folder
    mvn = shutil.which("mvn")
    if mvn is None:
        raise Neo4jUnavailable("Maven (mvn) is not on the PATH: it builds the Neo4j launcher")
    done = subprocess.run(
        [mvn, "-q", "-B", "-Dstyle.color=never", "package"], cwd=folder, capture_output=True, text=True, check=False
    )
    if done.returncode != 0 or not _compiled(folder).exists():
        tail = " | ".join((done.stdout + done.stderr).strip().splitlines()[-6:])
        raise Neo4jUnavailable(f"mvn package failed in {folder}: {tail}")
    _compiled(folder).touch()  # newer than every source, even when Maven had nothing to recompile
    return folder


class Neo4jServer:
    """A Neo4j Community server in a Java process, on ``bolt://127.0.0.1:PORT``.

    Parameters
    ----------
    password : str, optional
        The password of the user ``neo4j`` (default: a random one, in :attr:`password`).
    port : int, default 0
        The Bolt port; 0 lets the server pick a free one.
    data : path, optional
        A folder that keeps the databases between starts (a restarted server
        finds what the previous one wrote); by default they go with the server.
    timeout : float, default 180
        Seconds to wait for the server to answer.
    """

    def __init__(
        self,
        *,
        password: str | None = None,
        port: int = 0,
        data: Path | None = None,
        timeout: float = 180.0,
        launcher: Path = LAUNCHER_DIR,
    ) -> None:
        self.password = password or secrets.token_urlsafe(18)
        self.port = port
        self.data = data
        self.timeout = timeout
        self.launcher = launcher
        self.user = "neo4j"
        self.process: subprocess.Popen[str] | None = None
        self.folder: Path | None = None
        self.started_in: float | None = None

    @property
    def uri(self) -> str:
        """``bolt://127.0.0.1:PORT``."""
        return f"bolt://127.0.0.1:{self.port}"

    def start(self) -> Neo4jServer:
        """Build the launcher if needed, start the server and wait until it accepts Bolt connections."""
        java = shutil.which("java")
        if java is None:
            raise Neo4jUnavailable("Java (java) is not on the PATH: the Neo4j server needs Java 17")
        build_launcher(self.launcher)
        began = time.monotonic()
        self.folder = Path(tempfile.mkdtemp(prefix="careergraph-neo4j-"))
        target = self.launcher / "target"
        command = [
            java,
            "-Xmx1g",
            "-XX:+UseSerialGC",
            "-cp",
            f"{target / 'classes'}{os.pathsep}{target / 'lib' / '*'}",
            _MAIN_CLASS,
            str(self.folder / "work"),
            str(self.port),
        ]
        if self.data is not None:
            command.append(str(Path(self.data).resolve()))
        env = {**os.environ, _PASSWORD_VARIABLE: self.password}
        with (self.folder / "server.log").open("w") as log:
            self.process = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, env=env, text=True
            )
        line = self._first_line()
        if not line.startswith("bolt://"):
            problem = self._log_tail() or f"no answer within {self.timeout:g} s"
            self.stop()
            raise Neo4jUnavailable(f"Neo4j did not start: {problem}")
        self.port = int(line.strip().rstrip("/").rsplit(":", 1)[1])
        self.started_in = time.monotonic() - began
        return self

    def _first_line(self) -> str:
        assert self.process is not None and self.process.stdout is not None
        stdout = self.process.stdout
        got: list[str] = []
        reader = threading.Thread(target=lambda: got.append(stdout.readline()), daemon=True)
        reader.start()
        reader.join(self.timeout)
        return got[0] if got else ""

    def _log_tail(self) -> str:
        if self.folder is None or not (self.folder / "server.log").exists():
            return ""
        lines = (self.folder / "server.log").read_text(errors="replace").strip().splitlines()
        errors = [line for line in lines if "Exception" in line or "Error" in line]
        return " | ".join((errors or lines)[-3:])

    def kill(self) -> None:
        """End the Java process at once (SIGKILL), as a crash would; the data folder stays."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def stop(self) -> None:
        """Stop the server (closing its stdin, then SIGKILL after 60 s) and remove its folder."""
        if self.process is not None:
            if self.process.poll() is None:
                assert self.process.stdin is not None
                self.process.stdin.close()
                try:
                    self.process.wait(60)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()
            if self.process.stdout is not None:
                self.process.stdout.close()
            self.process = None
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def __enter__(self) -> Neo4jServer:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()
