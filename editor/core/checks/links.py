"""Remote links and images: do they still answer? (``post-editor check --links`` only.)

One HEAD request per URL (a GET for servers that refuse HEAD), a short
timeout, at most one request per host per ``per_host_seconds``, and a small
cache of answers in the user's cache folder so a second run asks again only
for what it has not seen lately. When no request gets any answer at all, the
machine is taken to be offline and the links are reported as not checked,
rather than each as broken.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..frontmatter import ParsedPost
from .problem import Finding
from .result_cache import cache_folder, read_cache_file, write_cache_file
from .scan import scan_body

USER_AGENT = "jekyll-post-editor link check (+https://github.com/jekyll-post-editor)"
CACHE_DAYS = 7
CACHE_MAX = 5000
OFFLINE_AFTER = 3  # hosts in a row with no answer at all, none answered before: offline
# Answers that mean "this server does not talk to scripts", not "this page is gone".
_NOT_BROKEN = {401, 403, 405, 429, 999}


@dataclass(frozen=True)
class Answer:
    status: int | None  # the HTTP status, None when no answer came
    reason: str = ""

    @property
    def broken(self) -> bool:
        return self.status is None or (self.status >= 400 and self.status not in _NOT_BROKEN)


def remote_targets(text: str, post: ParsedPost) -> list[tuple[str, str, tuple[int, int]]]:
    """(kind, url, span) of every http(s) link, image and embed in the body, outside code."""
    return [(r.kind, r.url, r.url_span) for r in scan_body(text, post.body_start).refs
            if r.url.lower().startswith(("http://", "https://"))]


def default_cache_path() -> Path:
    return cache_folder() / "links.json"


class LinkChecker:
    """Asks each URL once per run (and not again within ``CACHE_DAYS`` once it answered well)."""

    def __init__(self, cache_path: Path | None = None, timeout: float = 5.0, per_host_seconds: float = 1.0,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep):
        self.cache_path = cache_path
        self.timeout = timeout
        self.per_host_seconds = per_host_seconds
        self._clock, self._sleep = clock, sleep
        self._last: dict[str, float] = {}
        self._seen: dict[str, Answer] = {}
        data = read_cache_file(cache_path) if cache_path is not None else None
        self._cache: dict = data if isinstance(data, dict) else {}
        self._unanswered: dict[str, Answer] = {}  # hosts that gave no answer at all: not asked again
        self.asked = 0  # requests made in this run
        self.answered = 0  # of which got any HTTP answer

    def save(self) -> None:
        if self.cache_path is not None:
            entries = sorted(self._cache.items(), key=lambda kv: kv[1][1] if isinstance(kv[1], list) else 0)
            write_cache_file(self.cache_path, dict(entries[-CACHE_MAX:]))

    @property
    def offline(self) -> bool:
        """Whether every request of this run went unanswered (no network, not a dead link)."""
        return self.asked > 0 and self.answered == 0

    def check(self, url: str) -> Answer:
        if url in self._seen:
            return self._seen[url]
        if self.answered == 0 and len(self._unanswered) >= OFFLINE_AFTER:
            return Answer(None, "offline")  # no host answered yet: stop knocking
        cached = self._cache.get(url)
        if isinstance(cached, list) and len(cached) == 2 and time.time() - cached[1] < CACHE_DAYS * 86400:
            answer = Answer(cached[0], "cached")
        else:
            answer = self._ask(url)
            if answer.status is not None and not answer.broken:
                self._cache[url] = [answer.status, time.time()]
        self._seen[url] = answer
        return answer

    def wait_for_turn(self, host: str) -> None:
        """Sleep until ``host`` may be asked again (one request per ``per_host_seconds``)."""
        last = self._last.get(host)
        if last is not None:
            wait = self.per_host_seconds - (self._clock() - last)
            if wait > 0:
                self._sleep(wait)
        self._last[host] = self._clock()

    def _ask(self, url: str) -> Answer:
        import urllib.error  # only with --links
        import urllib.request

        host = urlsplit(url).netloc.lower()
        if host in self._unanswered:
            return self._unanswered[host]
        answer = Answer(None)
        for method in ("HEAD", "GET"):
            self.wait_for_turn(host)
            self.asked += 1
            request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                    answer = Answer(response.status, response.reason or "")
            except urllib.error.HTTPError as exc:
                answer = Answer(exc.code, str(exc.reason or ""))
            except (urllib.error.URLError, OSError, ValueError) as exc:
                reason = getattr(exc, "reason", exc)
                self._unanswered[host] = Answer(None, str(reason) or type(reason).__name__)
                return self._unanswered[host]
            self.answered += 1
            if answer.status not in (405, 501):  # servers that refuse HEAD: ask with GET
                break
        return answer


def link_findings(checker: LinkChecker, targets: Iterable[tuple[str, str, tuple[int, int]]]) -> list[Finding]:
    found = []
    for kind, url, (start, end) in targets:
        answer = checker.check(url)
        if not answer.broken:
            continue
        if answer.status is None:
            what = f"did not answer ({answer.reason})"
        else:
            what = f"answers {answer.status} {answer.reason}".rstrip()
        found.append(Finding("remote-broken", f"{kind} '{url}' {what}", start, end))
    return found
