"""Speed of ``post-editor check``: the example site, and a generated site of many posts.

The generated site repeats the meetup roundups of the shared corpus (or the
seed post) under ``_posts/`` with fresh dated names, beside the example
site's configuration and layouts. Each run is compared with a bare
read-and-parse of every post (``read_source``, then ``yaml.safe_load`` of its
front matter), the floor any checker that reads the posts with pyyaml pays; the same
read with libyaml's loader (``yaml.load(..., Loader=yaml.CSafeLoader)``), as the checks
compose the front matter with libyaml where it is installed; and with the
editor's own reading of every post (front matter and talks, as opening it
computes them), the work any check of the talks cannot avoid.

    .venv/bin/python benchmarks/bench_checks.py [--posts 5000] [--runs 3] [--images]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import yaml  # noqa: E402

from editor.cli import main  # noqa: E402
from editor.core.checks.local_files import local_path  # noqa: E402
from editor.core.checks.scan import scan_body  # noqa: E402
from editor.core.frontmatter import locate, parse  # noqa: E402
from editor.core.post_io import PostIOError, read_source  # noqa: E402
from editor.core.talks import recognise  # noqa: E402

SHARED = REPO.parent / "shared"
EXAMPLE = REPO / "resources" / "example-site"


def sources(kind: str = "meetups") -> list[str]:
    """The posts a generated site repeats: the corpus's meetup roundups, or every corpus post."""
    texts = []
    folders = ("meetups",) if kind == "meetups" else ("meetups", "diverse")
    for path in sorted(p for folder in folders for p in (SHARED / "corpus" / folder).glob("*")):
        try:
            texts.append(read_source(path).text)
        except PostIOError:
            continue
    return texts or [(SHARED / "examples" / "seed-post.md").read_text(encoding="utf-8")]


def make_site(root: Path, count: int, kind: str = "meetups", images: bool = False) -> Path:
    """``images``: every local image the posts show exists (a small picture), as on the sites the
    posts come from; otherwise they are missing (the missing-target check reports them)."""
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns("_posts"))
    posts = root / "_posts"
    posts.mkdir()
    texts = sources(kind)
    day = dt.date(2010, 1, 1)
    for i in range(count):
        name = f"{day + dt.timedelta(days=i):%Y-%m-%d}-roundup-{i}.md"
        (posts / name).write_text(texts[i % len(texts)], encoding="utf-8")
    if images:
        picture = (EXAMPLE / "assets" / "images" / "speaker-placeholder.png").read_bytes()
        for text in texts:
            for ref in scan_body(text, parse(text).body_start).refs:
                local = local_path(ref.url) if ref.kind == "image" else None
                if not local:
                    continue
                target = root / local.lstrip("/") if local.startswith("/") else posts / local
                if root.resolve() in target.resolve().parents and not target.exists():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(picture)
    return root


def read_and_parse(site: Path, loader: type = yaml.SafeLoader) -> None:
    for path in sorted((site / "_posts").iterdir()):
        text = read_source(path).text
        where = locate(text)
        if where is not None:
            yaml.load(text[where[0]:where[1]], Loader=loader)  # (SafeLoader: what yaml.safe_load does)


def read_and_open(site: Path) -> None:
    """What the editor computes on opening each post: the parsed front matter and the talks (the
    structure the form and the Talks section show), in one process."""
    for path in sorted((site / "_posts").iterdir()):
        text = read_source(path).text
        recognise(text, parsed=parse(text))


def check(site: Path, *options: str) -> None:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        main(["check", *options, str(site)])


def seconds(fn, runs: int) -> float:
    return timed(fn, runs)[0]


def timed(fn, runs: int) -> tuple[float, float]:
    """Median wall-clock seconds, and median processor seconds of this process and of the worker
    processes it waited for (what the machine's other load does not stretch)."""
    times, cpu = [], []
    for _ in range(runs):
        started, used = time.perf_counter(), _cpu()
        fn()
        times.append(time.perf_counter() - started)
        cpu.append(_cpu() - used)
    return statistics.median(times), statistics.median(cpu)


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def command_seconds(site: Path, runs: int, *options: str) -> float:
    """``post-editor check SITE`` as a fresh process (start-up included)."""
    exe = Path(sys.executable).with_name("post-editor")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "editor"]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([*cmd, "check", *options, str(site)], capture_output=True, check=False,
                       env={**os.environ, "PYTHONPATH": str(REPO)})
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main_() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--posts-from", choices=("meetups", "corpus"), default="meetups",
                        help="repeat the corpus's meetup roundups (default) or all its posts (a blog that "
                             "also has roundups)")
    parser.add_argument("--images", action="store_true",
                        help="make every local image the posts show exist (a small picture), as on a real "
                             "site")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")  # results kept between runs: ours only
        cold = command_seconds(EXAMPLE, args.runs, "--no-cache")
        command_seconds(EXAMPLE, 1)
        warm = command_seconds(EXAMPLE, args.runs)
        print(f"example site, post-editor check as a command: {cold:.2f} s afresh, "
              f"{warm:.2f} s with its results kept")
        site = make_site(Path(tmp) / "site", args.posts, args.posts_from, args.images)
        bare, bare_cpu = timed(lambda: read_and_parse(site), args.runs)
        libyaml = getattr(yaml, "CSafeLoader", None)
        bare_c, bare_c_cpu = timed(lambda: read_and_parse(site, libyaml), args.runs) if libyaml else (0, 0)
        opened = seconds(lambda: read_and_open(site), args.runs)
        fresh, fresh_cpu = timed(lambda: check(site, "--no-cache"), args.runs)
        check(site)
        kept = seconds(lambda: check(site), args.runs)
        what = args.posts_from + (", their local images present" if args.images else "")
        print(f"{args.posts} posts ({what}): read and parse {bare:.2f} s; "
              f"check afresh {fresh:.2f} s "
              f"({fresh / bare:.2f}×), unchanged site {kept:.2f} s ({kept / bare:.2f}×); processor time "
              f"afresh {fresh_cpu:.2f} s against {bare_cpu:.2f} s ({fresh_cpu / bare_cpu:.2f}×); every post "
              f"read and parsed as the editor opens it (front matter and talks) {opened:.2f} s, check afresh "
              f"{fresh / opened:.2f}× that")
        if libyaml:
            print(f"  read and parse with libyaml (yaml.load, CSafeLoader) {bare_c:.2f} s: check afresh "
                  f"{fresh / bare_c:.2f}× that, processor time {fresh_cpu / bare_c_cpu:.2f}× "
                  f"({bare_c_cpu:.2f} s)")
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
        print(f"  load {load} after the runs (1, 5, 15 min), {os.cpu_count()} cores")


if __name__ == "__main__":
    main_()
