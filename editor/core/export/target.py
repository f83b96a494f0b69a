"""What is already at the export's target: the site's folder on disk, or a branch's tree.

The review compares the post and its pictures with the version they would
replace. When the commit goes to a branch the user has not checked out, that
version is the branch's (read from git, nothing checked out); otherwise it is
the file in the site's folder.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from .git import Git


class DiskTree:
    """The site's folder as it is on disk."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def describe(self) -> str:
        return str(self.root)

    def read(self, rel: str) -> bytes | None:
        try:
            return (self.root / rel).read_bytes()
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            return None

    def names(self, folder: str) -> list[str]:
        try:
            return sorted(p.name for p in (self.root / folder).iterdir() if p.is_file())
        except OSError:
            return []

    def same_file(self, folder: str, data: bytes) -> str | None:
        """The name of a file of ``folder`` holding exactly ``data``, if any."""
        for name in self.names(folder):
            path = self.root / folder / name
            try:
                if path.stat().st_size == len(data) and path.read_bytes() == data:
                    return name
            except OSError:
                continue
        return None


class BranchTree:
    """A commit's tree (a branch's tip) under the site's place in the repository."""

    def __init__(self, git: Git, rev: str, prefix: str, label: str):
        self.git, self.rev, self.prefix, self.label = git, rev, prefix, label

    def describe(self) -> str:
        return self.label

    def read(self, rel: str) -> bytes | None:
        result = self.git.probe("cat-file", "blob", f"{self.rev}:{self.prefix}{rel}")
        return result.out if result.code == 0 else None

    def _listing(self, folder: str) -> list[tuple[str, str]]:
        """(object id, name) of each entry of ``folder`` in the tree."""
        path = f"{self.prefix}{folder}".rstrip("/") + "/"
        result = self.git.probe("ls-tree", "-z", self.rev, "--", path)
        if result.code != 0:
            return []
        entries = []
        for entry in result.out.decode("utf-8", "replace").split("\0"):
            info, _, name = entry.partition("\t")
            if name:
                entries.append((info.split()[-1], PurePosixPath(name).name))
        return entries

    def names(self, folder: str) -> list[str]:
        return sorted(name for _oid, name in self._listing(folder))

    def same_file(self, folder: str, data: bytes) -> str | None:
        """The name of a file of ``folder`` holding exactly ``data``: found by git's object id, so
        a folder of hundreds of pictures costs two git runs, not one per picture."""
        entries = self._listing(folder)
        if not entries:
            return None
        oid = self.git.probe("hash-object", "--stdin", stdin=data).text
        return next((name for entry, name in entries if entry == oid), None)
