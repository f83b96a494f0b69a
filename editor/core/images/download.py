"""Fetching a remote photo when the user asks ("Download into the site"), with a clear message offline.

Nothing is ever downloaded while drafting: a remote photo stays a URL until
the user chooses this action; then its bytes go through the same pipeline as
a dropped file. The size is capped and every failure is an ``ImageRefused``
with one line (offline, the server's answer, not a picture).
"""

from __future__ import annotations

import urllib.error
import urllib.request
from urllib.parse import urlsplit

from .pipeline import MAX_INPUT_BYTES, ImageRefused

TIMEOUT_S = 20


def fetch(url: str, timeout: float = TIMEOUT_S, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes at ``url`` (http or https); raises ``ImageRefused`` saying why not."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise ImageRefused(f"{url}: only http and https addresses can be downloaded")
    request = urllib.request.Request(url, headers={"User-Agent": "jekyll-post-editor (photo download)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (scheme checked)
            data = response.read(limit + 1)
    except urllib.error.HTTPError as exc:
        raise ImageRefused(f"cannot download it: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason if isinstance(exc.reason, str) else getattr(exc.reason, "strerror", None) \
            or str(exc.reason)
        raise ImageRefused(f"cannot download it ({reason}): are you offline?") from None
    except TimeoutError:
        raise ImageRefused(f"cannot download it: no answer within {timeout:g} s (offline?)") from None
    except OSError as exc:
        raise ImageRefused(f"cannot download it ({exc.strerror or exc}): are you offline?") from None
    if len(data) > limit:
        raise ImageRefused(f"larger than {limit // (1024 * 1024)} MB: not a photo")
    return data
