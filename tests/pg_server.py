"""A throwaway PostgreSQL server on loopback for the test run (``python3 dev.py test``).

    python tests/pg_server.py start FOLDER   # prints the URL; the server runs in FOLDER
    python tests/pg_server.py stop FOLDER    # stops it and removes FOLDER

initdb refuses to run as root, so as root the server runs as ``nobody`` in a folder of its
own. Nothing here is used by deskapp itself.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

USER = "deskapp"


def binaries() -> Path | None:
    """The folder of initdb and pg_ctl (Debian keeps them out of PATH), or None."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_server_user() -> dict[str, object]:
    if os.getuid() != 0:
        return {}
    return {"user": 65534, "group": 65534}


def start(folder: Path) -> str:
    """Create a cluster in ``folder``, start it, and return its URL."""
    bin_dir = binaries()
    if bin_dir is None:
        raise SystemExit("PostgreSQL is not installed (initdb not found)")
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o755)  # its parent must let the server's user in too
    data = folder / "data"
    if os.getuid() == 0:
        os.chown(folder, 65534, 65534)
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
    run = dict(env=env, check=True, capture_output=True, text=True, **_as_server_user())
    subprocess.run([str(bin_dir / "initdb"), "-D", str(data), "-U", USER, "--auth=trust",
                    "-E", "UTF8", "--locale=C.UTF-8"], **run)  # type: ignore[call-overload]
    port = _free_port()
    options = f"-h 127.0.0.1 -p {port} -k {folder} -F -c fsync=off -c max_connections=100"
    subprocess.run([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                    str(folder / "server.log"), "-w", "start"], **run)  # type: ignore[call-overload]
    return f"postgresql://{USER}@127.0.0.1:{port}/postgres"


def stop(folder: Path) -> None:
    """Stop the server in ``folder`` (if it runs) and remove the folder."""
    bin_dir = binaries()
    data = folder / "data"
    if bin_dir is not None and data.exists():
        subprocess.run([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True, check=False,
                       **_as_server_user())  # type: ignore[call-overload]
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    action, where = sys.argv[1], Path(sys.argv[2])
    if action == "start":
        try:
            print(start(where))
        except subprocess.CalledProcessError as exc:
            raise SystemExit(f"PostgreSQL did not start: {exc.stderr or exc}") from None
    else:
        stop(where)
