"""Writing files and folders so that a reader sees the old one or the new one, never a mix.

A file is written to a temporary file beside it, flushed to disk, given the old
file's mode (or, for a new file, the mode the umask allows) and renamed over
the old one. A folder (a CSV graph: ``nodes.csv`` and ``edges.csv``) is filled
as a new folder beside it and swapped in with one ``renameat2(RENAME_EXCHANGE)``
(two renames where the system lacks it; a reader then puts back a folder a
kill left half-swapped).

Temporary names hold the writer's process id: a SIGTERM or SIGHUP during a
write removes the temporary file before the process dies by that signal, and
the temporaries of a process that no longer exists (killed with SIGKILL) are
removed by the next write to the same place. Every ``OSError`` (a read-only
folder, a full disk, ``/proc``) becomes one :class:`GraphFileError` naming the
path and the problem.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import signal
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from careergraph.graph.errors import GraphFileError

__all__ = ["atomic_folder", "atomic_write", "new_file_mode", "recover_folder"]

_TEMP = re.compile(r"\.(?P<name>.+)\.(?P<pid>\d+)\.[0-9a-f]{8}\.(?P<kind>tmp|old)\Z")


def new_file_mode(*, folder: bool = False) -> int:
    """The mode a new file (or folder) gets under the process's umask, as ``open`` would give it.

    Examples
    --------
    >>> new_file_mode() & ~0o666, new_file_mode(folder=True) & 0o700
    (0, 448)
    """
    return (0o777 if folder else 0o666) & ~_umask()


_UMASK_LOCK = threading.Lock()


def _umask() -> int:
    try:  # Linux says it without changing it
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def _temp_name(target: Path, kind: str = "tmp") -> Path:
    return target.parent / f".{target.name}.{os.getpid()}.{os.urandom(4).hex()}.{kind}"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process
        return True
    return True


def _leftovers(target: Path, kind: str) -> list[Path]:
    """Temporaries (``tmp``) or set-aside old folders (``old``) of ``target`` whose writer is gone."""
    try:
        names = os.listdir(target.parent)
    except OSError:
        return []
    found = []
    for name in names:
        match = _TEMP.match(name)
        if match and match["name"] == target.name and match["kind"] == kind and not _alive(int(match["pid"])):
            found.append(target.parent / name)
    return found


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


def _remove_leftovers(target: Path) -> None:
    for path in _leftovers(target, "tmp"):
        _remove(path)


class _Signalled(BaseException):
    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def _cleanup_on_signal() -> Iterator[None]:
    """Turn SIGTERM/SIGHUP into an exception while writing, then die by the signal as usual."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous: dict[int, Any] = {}

    def handler(signum: int, frame: object) -> None:
        raise _Signalled(signum)

    for wanted in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(wanted) is signal.SIG_DFL:
            previous[wanted] = signal.signal(wanted, handler)
    try:
        yield
    except _Signalled as exc:
        for number, old in previous.items():
            signal.signal(number, old)
        previous.clear()
        signal.raise_signal(exc.signum)
        raise  # only reached if the signal did not end the process
    finally:
        for number, old in previous.items():
            signal.signal(number, old)


def _write_error(target: Path, exc: OSError) -> GraphFileError:
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return GraphFileError(f"{target}: cannot write there ({reason})")
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return GraphFileError(f"{target}: cannot write: {reason}; the old file is kept")
    return GraphFileError(f"{target}: cannot write ({reason})")


def _folder_of(target: Path) -> Path:
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise GraphFileError(f"{target}: folder {folder} does not exist")
    return folder


def atomic_write(path: str | os.PathLike[str], write: Callable[[IO[Any]], None], *, binary: bool = False) -> Path:
    """Write a file atomically: ``write`` fills a temporary file, then it is renamed over ``path``.

    The file keeps the mode of the file it replaces (a new file gets the mode
    the umask allows). If ``write`` raises, or the disk is full, or the process
    is told to stop, the old file is left whole and the temporary removed.

    Raises
    ------
    GraphFileError
        The folder is missing, ``path`` is a folder, or the system refused the
        write (read-only place, full disk, ...).

    Examples
    --------
    >>> import pathlib, tempfile
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "note.txt"
    >>> atomic_write(target, lambda handle: handle.write("hello")).read_text()
    'hello'
    >>> sorted(p.name for p in target.parent.iterdir())
    ['note.txt']
    """
    target = Path(path)
    _folder_of(target)
    if target.is_dir():
        raise GraphFileError(f"{target}: is a folder; name a file")
    try:
        mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else new_file_mode()
        _remove_leftovers(target)
        tmp = _temp_name(target)
        with _cleanup_on_signal():
            try:
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                handle: IO[Any] = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")
                with handle:
                    os.fchmod(handle.fileno(), mode)
                    write(handle)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(tmp, target)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
    except GraphFileError:
        raise
    except OSError as exc:
        raise _write_error(target, exc) from None
    return target


# --- folders -----------------------------------------------------------------

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2``); False where the system cannot."""
    import ctypes  # only when a folder is replaced

    try:
        libc = ctypes.CDLL(None, use_errno=True)  # the C library the interpreter runs on
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _swap_in(new: Path, target: Path) -> None:
    """Put the folder ``new`` at ``target``; the old ``target`` (if any) is removed afterwards."""
    if not target.exists():
        os.rename(new, target)
        return
    if _exchange(new, target):
        _remove(new)  # it now holds the old folder
        return
    old = _temp_name(target, "old")
    os.rename(target, old)  # a kill here leaves the old folder aside: recover_folder puts it back
    os.rename(new, target)
    _remove(old)


def recover_folder(path: str | os.PathLike[str]) -> None:
    """Put back a folder that a kill left set aside between the two renames of a swap.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> recover_folder(pathlib.Path(tempfile.mkdtemp()) / "graph")  # nothing to do
    """
    target = Path(path)
    if target.exists():
        return
    aside = sorted(_leftovers(target, "old"), key=lambda p: p.stat().st_mtime)
    if aside:
        with contextlib.suppress(OSError):
            os.rename(aside[-1], target)


def atomic_folder(path: str | os.PathLike[str], fill: Callable[[Path], None]) -> Path:
    """Write a folder atomically: ``fill`` writes its files into a new folder, which is then swapped in.

    The parent folder is created if needed. The folder keeps the mode of the
    folder it replaces; its files get the mode the umask allows.

    Raises
    ------
    GraphFileError
        ``path`` is a file, or the system refused the write.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "pair"
    >>> _ = atomic_folder(target, lambda folder: (folder / "a.txt").write_text("1"))
    >>> _ = atomic_folder(target, lambda folder: (folder / "b.txt").write_text("2"))
    >>> sorted(p.name for p in target.iterdir()), sorted(p.name for p in target.parent.iterdir())
    (['b.txt'], ['pair'])
    """
    target = Path(path)
    try:
        if target.exists() and not target.is_dir():
            raise GraphFileError(f"{target}: exists and is not a folder")
        target.parent.mkdir(parents=True, exist_ok=True)
        recover_folder(target)
        mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else new_file_mode(folder=True)
        _remove_leftovers(target)
        tmp = _temp_name(target)
        with _cleanup_on_signal():
            try:
                os.mkdir(tmp, 0o700)
                fill(tmp)
                file_mode = new_file_mode()
                for item in tmp.iterdir():
                    with open(item, "rb+") as handle:
                        os.fchmod(handle.fileno(), file_mode)
                        os.fsync(handle.fileno())
                os.chmod(tmp, mode)
                _swap_in(tmp, target)
            except BaseException:
                _remove(tmp)
                raise
    except GraphFileError:
        raise
    except OSError as exc:
        raise _write_error(target, exc) from None
    return target
