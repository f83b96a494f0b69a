"""Listing a site (issue 13): the site panel's and ``post-editor posts``' listing of a generated
site of 1,000 and 5,000 posts, cold (no cache) and warm (the cache of path, size and mtime),
beside a bare read and ``yaml.safe_load`` of every post's front matter measured in the same run.

    python benchmarks/site_listing.py [--rounds N]

Targets: at most 0.4x the bare read-and-load cold, at most 0.1x warm, cost linear in the size.
The site repeats the shared corpus's meetup roundups (and the example site's posts) under fresh
dated names, with a draft every 50 posts. The measures take turns in each round; medians of rounds.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from editor.core.frontmatter import locate  # noqa: E402
from editor.core.site_index import list_site  # noqa: E402

SOURCES = [ROOT.parent / "shared" / "corpus" / "meetups", ROOT / "resources" / "example-site" / "_posts"]
SIZES = (1_000, 5_000)


def make_site(folder: Path, n: int) -> Path:
    """A site of ``n`` posts (every 50th a draft) copied from real roundups under new dates."""
    (folder / "_posts").mkdir(parents=True)
    (folder / "_drafts").mkdir()
    (folder / "_config.yml").write_text("title: generated\ntimezone: Europe/London\n", encoding="utf-8")
    texts = [p.read_bytes() for src in SOURCES if src.is_dir() for p in sorted(src.iterdir())
             if p.suffix in (".md", ".markdown")]
    for i in range(n):
        data = texts[i % len(texts)]
        if i % 50 == 49:
            (folder / "_drafts" / f"draft-{i}.md").write_bytes(data)
            continue
        day = f"{2000 + i // 336:04d}-{1 + (i // 28) % 12:02d}-{1 + i % 28:02d}"
        (folder / "_posts" / f"{day}-post-{i}.md").write_bytes(data)
    return folder


def bare_read_and_load(site: Path) -> int:
    """The floor the listing is measured against: read each post, ``safe_load`` its front matter."""
    loaded = 0
    for folder in (site / "_posts", site / "_drafts"):
        for path in folder.iterdir():
            text = path.read_text(encoding="utf-8", errors="replace")
            where = locate(text)
            if where is not None:
                yaml.safe_load(text[where[0]:where[1]])
                loaded += 1
    return loaded


def seconds(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def measure(site: Path, cache_root: Path, rounds: int) -> dict[str, list[float]]:
    """Per round, in turns: the bare read-and-load, a cold listing (empty cache), a warm one."""
    out: dict[str, list[float]] = {"bare": [], "cold": [], "warm": []}
    for k in range(rounds):
        cache = cache_root / f"round-{k}"
        out["bare"].append(seconds(lambda: bare_read_and_load(site)))
        out["cold"].append(seconds(lambda c=cache: list_site(site, c)))
        out["warm"].append(seconds(lambda c=cache: list_site(site, c)))
    return out


def listing_rows(rounds: int = 5) -> list[list[str]]:
    """[posts, bare ms, cold ms, cold ratio, warm ms, warm ratio, cold µs per post] per site size."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        for n in SIZES:
            site = make_site(Path(tmp) / f"site-{n}", n)
            bare_read_and_load(site)  # the files in the page cache for every measure alike
            got = measure(site, Path(tmp) / f"cache-{n}", rounds)
            bare, cold, warm = (statistics.median(got[k]) for k in ("bare", "cold", "warm"))
            cold_ratio = statistics.median(c / b for c, b in zip(got["cold"], got["bare"], strict=True))
            warm_ratio = statistics.median(w / b for w, b in zip(got["warm"], got["bare"], strict=True))
            rows.append([f"{n:,}", f"{bare * 1000:,.0f}", f"{cold * 1000:,.0f}",
                         f"{cold_ratio:.3f}" + (" ok" if cold_ratio <= 0.4 else " MISSED"),
                         f"{warm * 1000:,.1f}",
                         f"{warm_ratio:.3f}" + (" ok" if warm_ratio <= 0.1 else " MISSED"),
                         f"{cold / n * 1e6:.0f}"])
            shutil.rmtree(site)
    return rows


HEADER = ["posts", "bare read + safe_load ms", "cold listing ms", "cold ratio (target 0.4)",
          "warm listing ms", "warm ratio (target 0.1)", "cold µs per post"]
TITLE = "Site listing (issue 13; medians of {} rounds in turns; ratios: median of the rounds' ratios)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    rows = listing_rows(args.rounds)
    widths = [max(len(c) for c in col) for col in zip(HEADER, *rows, strict=False)]
    print(TITLE.format(args.rounds))
    for row in [HEADER, *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
