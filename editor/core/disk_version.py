"""What a post's file held when the editor last loaded or saved it.

Known by its bytes, the usual case: a later look at the disk compares byte
for byte (exact, and no hashing on the way to the first frame), and the
SHA-256 a recovery copy records is computed only when one is written. A
copy restored after its file was removed knows the old file only by the
digest its sidecar recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from .recovery import sha256_hex


@dataclass(frozen=True, eq=False)
class DiskVersion:
    """The file's bytes as last loaded or saved, or only their SHA-256 (see the module)."""

    data: bytes | None = None
    known_sha256: str | None = None

    def __post_init__(self) -> None:
        if (self.data is None) == (self.known_sha256 is None):
            raise ValueError("a DiskVersion is known by its bytes or by its SHA-256, one of them")

    @cached_property
    def sha256(self) -> str:
        return self.known_sha256 if self.data is None else sha256_hex(self.data)

    def matches(self, data: bytes) -> bool:
        """Whether ``data`` (read from the disk now) is this version."""
        return data == self.data if self.data is not None else sha256_hex(data) == self.known_sha256
