"""Writing a run's tables so that a reader sees the previous complete run or the new one, never
a mix, and two runs never write into the same folder at once.

- **Lock**: ``FOLDER/.dossier.lock`` is created exclusively and holds the run's pid; a second run
  into the same folder fails at once with a message naming that pid. A lock whose process is
  gone (a run killed with ``kill -9``) is taken over.
- **Staging**: every table of the run is written to ``FOLDER/.dossier-staging/``. Only when all
  are complete is a ``COMMIT`` list written there (and flushed to disk); then each file is renamed
  into place and the staging folder removed. A run interrupted before ``COMMIT`` leaves the
  previous tables untouched (its staging folder is removed by the next run); one interrupted
  while renaming is finished by the next run before it starts (roll forward).
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

LOCK = ".dossier.lock"
STAGING = ".dossier-staging"
COMMIT = "COMMIT"


class RunLocked(RuntimeError):
    pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Lock:
    def __init__(self, folder: Path):
        self.path = Path(folder) / LOCK
        self.held = False

    def acquire(self) -> None:
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                try:
                    pid = int(self.path.read_text().strip() or 0)
                except (OSError, ValueError):
                    pid = 0
                if pid and pid != os.getpid() and _alive(pid):
                    raise RunLocked(f"another dossier run (pid {pid}) is writing to {self.path.parent}; "
                                    f"wait for it to finish or choose another output folder "
                                    f"(remove {self.path} if no such run exists)") from None
                self.path.unlink(missing_ok=True)  # stale: its run is gone
                continue
            with os.fdopen(fd, "w") as fh:
                fh.write(f"{os.getpid()}\n")
            self.held = True
            return
        raise RunLocked(f"could not lock {self.path.parent}")

    def release(self) -> None:
        if self.held:
            self.path.unlink(missing_ok=True)
            self.held = False


def staging(folder: Path) -> Path:
    return Path(folder) / STAGING


def recover(folder: Path) -> str | None:
    """Finish or discard what an interrupted run left in ``folder``; says what was done."""
    stage = staging(folder)
    if not stage.is_dir():
        return None
    commit = stage / COMMIT
    if commit.is_file():
        names = [n for n in commit.read_text(encoding="utf-8").splitlines() if n]
        for name in names:
            if (stage / name).exists():
                os.replace(stage / name, Path(folder) / name)
        shutil.rmtree(stage, ignore_errors=True)
        return f"finished the interrupted commit of {len(names)} files in {folder}"
    shutil.rmtree(stage, ignore_errors=True)
    return f"removed the tables of an interrupted run from {stage}"


def begin(folder: Path) -> Path:
    stage = staging(folder)
    stage.mkdir(parents=True, exist_ok=True)
    return stage


def commit(folder: Path) -> list[str]:
    """Move every staged file into ``folder`` (see the module docstring)."""
    stage = staging(folder)
    names = sorted(p.name for p in stage.iterdir() if p.is_file() and p.name != COMMIT)
    for name in names:  # contents on disk before they are named
        _fsync(stage / name)
    tmp = stage / (COMMIT + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write("\n".join(names) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, stage / COMMIT)
    for name in names:
        os.replace(stage / name, Path(folder) / name)
    shutil.rmtree(stage, ignore_errors=True)
    _fsync(Path(folder))
    return names


def discard(folder: Path) -> None:
    shutil.rmtree(staging(folder), ignore_errors=True)


def _fsync(path: Path) -> None:
    """Flush a file's (or a folder's entries') data to disk; a filesystem that cannot sync a folder
    is let be."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.EBADF):
            raise
    finally:
        os.close(fd)
