"""Files that appear complete or not at all, and no leftovers when a writer dies.

Every file deskapp writes for the user (a workbook, a PDF, a copy of the data file) goes
through :func:`atomic_replace`: the content is written to a temporary file beside the target,
flushed to disk, and moved onto the target with :func:`os.replace` only when complete. A
failure, a cancel or an exception removes the temporary file and leaves an existing target
exactly as it was.

A process that is killed (power cut, task manager, SIGKILL) cannot remove anything, so every
temporary file carries a name that says who wrote it::

    .<target name>.deskapp-<pid>-<host>-<random>[.<label>].part

``<host>`` is a short hash of the computer's name, so a folder shared by two desks never
loses a file the other computer is still writing. :func:`sweep_stale_temp_files` removes the
files whose process is gone; it runs before every write into a folder, and
:func:`sweep_app_folders` sweeps the app's own folders at start-up.

The temporary files hold the same personal data as the result, which is why they live beside
the target (where the user put the data on purpose) and never in the shared system temp
folder.

This module imports nothing from Qt, the database or the UI.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import re
import secrets
import shutil
import socket
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

logger = logging.getLogger(__name__)

TEMP_SUFFIX = ".part"
"""Every temporary file's name ends with this."""

FOREIGN_STALE_SECONDS = 24 * 60 * 60
"""A temporary file written on another computer counts as stale once untouched this long.

Its process cannot be asked whether it is alive, and no deskapp write lasts a day.
"""

# A Chinese target name is three bytes a character in UTF-8: 40 characters keep the whole
# temporary name well within the 255-byte limit of a file name.
_NAME_CHARS = 40
_LABEL_RE = re.compile(r"[a-z0-9-]{1,16}")
_TEMP_RE = re.compile(
    r"^\..*\.deskapp-(?P<pid>\d{1,10})-(?P<host>[0-9a-f]{6})-[0-9a-f]{8}"
    r"(?:\.[a-z0-9-]{1,16})?" + re.escape(TEMP_SUFFIX) + r"$",
    re.DOTALL,
)

# Names of the temporary files this process has created and not yet removed or moved into
# place, so a sweep on one thread never removes a file another thread of this process is
# writing. Names are unique on their own (PID, host and a random part), and comparing names
# does not depend on how a folder was spelled.
_active: set[str] = set()
_active_lock = threading.Lock()


@functools.cache
def host_tag() -> str:
    """Six hex digits naming this computer in temporary file names."""
    name = socket.gethostname().casefold().encode("utf-8", "replace")
    return hashlib.sha256(name).hexdigest()[:6]


def is_temp_file_name(name: str) -> bool:
    """True when ``name`` (a bare file name) is one of deskapp's temporary files."""
    return _TEMP_RE.match(name) is not None


class PendingFile:
    """The temporary side of an :func:`atomic_replace` block.

    Attributes:
        target: The file that is replaced when the block completes.
        path: The temporary file (already created, empty) that becomes ``target``.
    """

    def __init__(self, target: Path) -> None:
        self.target = target
        self._scratch: list[Path] = []
        self.path = self._create()

    def scratch_file(self, label: str) -> Path:
        """Another temporary file beside the target, for a writer's own buffers.

        It is named like :attr:`path` (so a sweep recognises it), created empty, and
        removed when the block ends, whether it succeeds or fails.

        Args:
            label: A short tag put into the name (``a-z``, ``0-9``, ``-``; e.g. ``sheet1``).
        """
        if not _LABEL_RE.fullmatch(label):
            raise ValueError(f"bad scratch label {label!r}")
        path = self._create(label)
        self._scratch.append(path)
        return path

    def discard(self, path: str | os.PathLike[str]) -> None:
        """Remove one scratch file now (a missing file is fine)."""
        _remove_own(Path(path))

    def _create(self, label: str | None = None) -> Path:
        name = self.target.name[:_NAME_CHARS]
        tail = f".{label}" if label else ""
        while True:
            temp = self.target.with_name(
                f".{name}.deskapp-{os.getpid()}-{host_tag()}-{secrets.token_hex(4)}"
                f"{tail}{TEMP_SUFFIX}"
            )
            # Registered before it exists, so no sweep ever sees it unregistered.
            with _active_lock:
                _active.add(temp.name)
            try:
                fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_RDWR | getattr(os, "O_BINARY", 0),
                             0o600)
            except FileExistsError:
                _forget(temp)
                continue
            except BaseException:
                _forget(temp)
                raise
            os.close(fd)
            return temp

    def _cleanup(self) -> None:
        for path in self._scratch:
            _remove_own(path)
        _remove_own(self.path)

    def _commit(self) -> None:
        _fsync_file(self.path)
        os.replace(self.path, self.target)
        _forget(self.path)
        _fsync_folder(self.target.parent)


@contextmanager
def atomic_replace(target: str | os.PathLike[str], *, sweep: bool = True) -> Iterator[PendingFile]:
    """Write a file beside ``target`` and move it onto ``target`` only if the block completes.

    Example::

        with atomic_replace(out) as pending:
            pending.path.write_bytes(data)

    On leaving the block normally, the temporary file is flushed to disk, moved onto
    ``target`` with :func:`os.replace` (atomic on one volume) and the folder is flushed too on
    POSIX, so the new name survives a power cut. On any exception (a failure, a cancel,
    Ctrl+C) the temporary file and every scratch file are removed and the exception goes on;
    an existing ``target`` is untouched.

    Args:
        target: The file to write; its folder must exist.
        sweep: First remove stale temporary files left in the folder by dead processes.

    Yields:
        The :class:`PendingFile`; write to its ``path`` (by name or by opening it).

    Raises:
        OSError: The temporary file could not be created, flushed or moved into place.
    """
    target = Path(target)
    if sweep:
        sweep_stale_temp_files(target.parent)
    pending = PendingFile(target)
    try:
        yield pending
        pending._commit()
    except BaseException:
        pending._cleanup()
        raise
    else:
        pending._cleanup()  # scratch files the writer left behind


def write_bytes_atomically(target: str | os.PathLike[str], data: bytes) -> Path:
    """Replace ``target`` with ``data`` through :func:`atomic_replace`; returns the target."""
    with atomic_replace(target) as pending, open(pending.path, "wb") as handle:
        handle.write(data)
    return Path(target)


def copy_file_atomically(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> Path:
    """Copy ``source`` onto ``target`` through :func:`atomic_replace`; returns the target."""
    with (
        open(source, "rb") as src,
        atomic_replace(target) as pending,
        open(pending.path, "wb") as dst,
    ):
        shutil.copyfileobj(src, dst, 1 << 20)
    return Path(target)


def sweep_stale_temp_files(
    folder: str | os.PathLike[str], *, recursive: bool = False
) -> list[Path]:
    """Remove deskapp's temporary files in ``folder`` whose writing process is gone.

    A file is stale when its process no longer runs on this computer (or, for this very
    process, when no block of this process owns it any more), or when it comes from another
    computer and has not been touched for :data:`FOREIGN_STALE_SECONDS`. A live process's
    file is never removed. Other files are never looked at beyond their names. Problems
    (a missing folder, a file in use) are logged, never raised.

    Args:
        folder: The folder to clean.
        recursive: Clean its sub-folders too (symbolic links are not followed).

    Returns:
        The files removed.
    """
    removed: list[Path] = []
    folders = [Path(folder)]
    while folders:
        current = folders.pop()
        try:
            entries = list(os.scandir(current))
        except FileNotFoundError:
            continue
        except OSError:
            logger.warning("cannot look for stale temporary files in %s", current, exc_info=True)
            continue
        for entry in entries:
            try:
                if recursive and entry.is_dir(follow_symlinks=False):
                    folders.append(Path(entry.path))
                    continue
                match = _TEMP_RE.match(entry.name)
                if match is None or not entry.is_file(follow_symlinks=False):
                    continue
                if not _is_stale(entry, int(match["pid"]), match["host"]):
                    continue
                os.remove(entry.path)
            except FileNotFoundError:
                continue  # its writer finished or another sweep got there first
            except OSError:
                logger.warning("cannot remove stale temporary file %s", entry.path, exc_info=True)
                continue
            logger.info("removed stale temporary file %s", entry.path)
            removed.append(Path(entry.path))
    return removed


def sweep_app_folders(db_path: str | os.PathLike[str], extra: Iterable[Path] = ()) -> list[Path]:
    """Sweep the folders deskapp writes on its own, for the app to call at start-up.

    Those are the data file's folder, the archive of printed PDFs (all its year and month
    folders), the backups folder, and any ``extra`` folders (e.g. the last export folder).

    Args:
        db_path: The data file.
        extra: More folders to sweep (not recursively).

    Returns:
        The files removed.
    """
    from deskapp import paths

    db_path = Path(db_path)
    removed = sweep_stale_temp_files(db_path.parent)
    removed += sweep_stale_temp_files(paths.archive_dir(db_path), recursive=True)
    removed += sweep_stale_temp_files(paths.backup_dir(db_path))
    for folder in extra:
        removed += sweep_stale_temp_files(folder)
    return removed


def process_is_running(pid: int) -> bool:
    """True when a process with ``pid`` exists on this computer (a zombie counts as gone).

    When in doubt (no permission to ask) the answer is True, so nothing live is removed.
    """
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _windows_process_is_running(pid)
    try:
        os.kill(pid, 0)  # signal 0 only checks; on POSIX it never signals
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return True
    return not _is_zombie(pid)


# --- internals ---------------------------------------------------------------------------------


def _is_stale(entry: os.DirEntry[str], pid: int, host: str) -> bool:
    if host != host_tag():
        age = time.time() - entry.stat(follow_symlinks=False).st_mtime
        return age > FOREIGN_STALE_SECONDS
    if pid == os.getpid():
        with _active_lock:
            return entry.name not in _active
    return not process_is_running(pid)


def _is_zombie(pid: int) -> bool:
    """A killed child its parent has not reaped yet (Linux only; elsewhere False)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            stat = handle.read()
    except OSError:
        return False
    # The state follows the command name, which is in parentheses and may hold spaces.
    state = stat.rpartition(b")")[2].split()[:1]
    return state == [b"Z"]


def _windows_process_is_running(pid: int) -> bool:
    # os.kill(pid, 0) would terminate the process on Windows; ask the kernel instead.
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    query_limited_information = 0x1000
    still_active = 259
    error_access_denied = 5
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return ctypes.get_last_error() == error_access_denied  # type: ignore[attr-defined]
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def _forget(path: Path) -> None:
    with _active_lock:
        _active.discard(path.name)


def _remove_own(path: Path) -> None:
    """Remove a temporary file of this process, then stop protecting it from sweeps."""
    try:
        os.remove(path)
    except FileNotFoundError:
        pass
    except OSError:
        # Still registered, so this process's sweeps leave it alone; after exit, the next
        # sweep of the folder removes it.
        logger.warning("cannot remove temporary file %s", path, exc_info=True)
        return
    _forget(path)


def _fsync_file(path: Path) -> None:
    # Windows flushes only through a handle opened for writing.
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable on POSIX; Windows cannot open folders, and does not need to."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


__all__ = [
    "FOREIGN_STALE_SECONDS",
    "TEMP_SUFFIX",
    "PendingFile",
    "atomic_replace",
    "copy_file_atomically",
    "host_tag",
    "is_temp_file_name",
    "process_is_running",
    "sweep_app_folders",
    "sweep_stale_temp_files",
    "write_bytes_atomically",
]
