"""Building a post's site with the site's own Jekyll, to see the exact page it makes.

The site is mirrored into a cache folder (only changed files are copied, so the user's
folder gets no ``.jekyll-metadata`` or ``_site``), the post's current text is written
into the mirror, and Jekyll builds the mirror incrementally into a folder beside it.
Which Jekyll: the site's own ``bundle exec jekyll`` when it has a Gemfile whose bundle
is installed, else a ``jekyll`` on the PATH. Running the command is the caller's part
(a subprocess for the command line, a QProcess for the window): :func:`plan_build`
prepares, :func:`finish_build` reads the outcome.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from .build_cache import cache_folder
from .post_io import write_bytes_atomic
from .render.site_urls import link_url
from .site import find_site_root, load_config

HOW_TO_GET_JEKYLL = ("Jekyll is not installed, so the site cannot be built. On Debian or Ubuntu: "
                     "sudo apt-get install jekyll; elsewhere see https://jekyllrb.com/docs/installation/ "
                     "(a site with a Gemfile: run `bundle install` in it).")
# Never mirrored: outputs, caches, version control, installed dependencies.
_SKIP = {"_site", ".git", ".hg", ".svn", ".jekyll-cache", ".jekyll-metadata", ".sass-cache", "node_modules",
         "vendor", ".bundle", ".DS_Store"}
_ERROR_LINE = re.compile(r"error|exception|could not|invalid|fatal|undefined", re.I)


class BuildError(Exception):
    """The site cannot be built: no Jekyll, no site, or the post is outside it (a one-line message)."""


@dataclass(frozen=True)
class Jekyll:
    argv: tuple[str, ...]  # how to start it: ("bundle", "exec", "jekyll") or ("/usr/bin/jekyll",)
    label: str  # for people: "the site's bundle (bundle exec jekyll)"


@dataclass(frozen=True)
class BuildPlan:
    site_root: Path
    post: Path  # the post in the site
    mirror: Path  # the site's copy that Jekyll reads
    destination: Path  # where Jekyll writes
    argv: tuple[str, ...]  # the whole command
    cwd: Path  # where to run it (the real site: Bundler finds its Gemfile and settings there)
    jekyll: Jekyll
    started: float


@dataclass(frozen=True)
class BuildResult:
    ok: bool
    page: Path | None  # the post's built page
    message: str  # Jekyll's error when not ok; a note when the page was not found
    built_at: float  # time.time() when the build ended
    seconds: float
    destination: Path | None = None  # the folder Jekyll wrote the site into


def find_jekyll(site_root: Path) -> Jekyll | None:
    """The Jekyll that builds ``site_root`` as its author does, or None."""
    if (site_root / "Gemfile").is_file() and shutil.which("bundle"):
        try:
            check = subprocess.run(["bundle", "check"], cwd=site_root, capture_output=True, timeout=60)
        except (OSError, subprocess.SubprocessError):
            check = None
        if check is not None and check.returncode == 0:  # the bundle is installed
            return Jekyll(("bundle", "exec", "jekyll"), "the site's bundle (bundle exec jekyll)")
    path = shutil.which("jekyll")
    return Jekyll((path,), f"Jekyll at {path}") if path else None


def plan_build(post: str | os.PathLike, text: str | None = None, cache: Path | None = None,
               jekyll: Jekyll | None = None) -> BuildPlan:
    """Mirror the post's site (with ``text`` as the post's content, if given) and say how to build it.

    Raises :class:`BuildError` when there is no site or no Jekyll."""
    post = Path(post).resolve()
    site_root = find_site_root(post)
    if site_root is None:
        raise BuildError(f"{post}: not inside a Jekyll site (no _config.yml above it)")
    jekyll = jekyll or find_jekyll(site_root)
    if jekyll is None:
        raise BuildError(HOW_TO_GET_JEKYLL)
    folder = cache or cache_folder(site_root)
    mirror, destination = folder / "source", folder / "site"
    mirror_site(site_root, mirror)
    if text is not None:
        target = mirror / post.relative_to(site_root)
        data = text.encode("utf-8")
        if not target.is_file() or target.read_bytes() != data:
            write_bytes_atomic(target, data)
    argv = (*jekyll.argv, "build", "--incremental", "--source", str(mirror),
            "--destination", str(destination))
    if "_drafts" in post.relative_to(site_root).parts:
        argv += ("--drafts",)
    return BuildPlan(site_root, post, mirror, destination, argv, site_root, jekyll, time.time())


def mirror_site(site_root: Path, mirror: Path) -> None:
    """Make ``mirror`` a copy of ``site_root``, copying only files whose size or time changed."""
    mirror.mkdir(parents=True, exist_ok=True)
    seen: set[Path] = set()
    for folder, dirs, files in os.walk(site_root):
        dirs[:] = [d for d in dirs if d not in _SKIP]
        rel = Path(folder).relative_to(site_root)
        (mirror / rel).mkdir(parents=True, exist_ok=True)
        seen.add(rel)
        for name in files:
            if name in _SKIP:
                continue
            src, dst = Path(folder) / name, mirror / rel / name
            seen.add(rel / name)
            try:
                st = src.stat()
                dt = dst.stat() if dst.exists() else None
                if dt is None or dt.st_size != st.st_size or int(dt.st_mtime) != int(st.st_mtime):
                    shutil.copy2(src, dst)
            except OSError:
                continue  # (unreadable: Jekyll would fail on it the same way in the site)
    keep = {Path(".jekyll-cache"), Path(".jekyll-metadata")}  # Jekyll's own state in the mirror
    for folder, dirs, files in os.walk(mirror):  # what the site no longer has goes
        rel = Path(folder).relative_to(mirror)
        for name in list(dirs):
            if rel / name in keep or rel / name not in seen:
                dirs.remove(name)
                if rel / name not in keep:
                    shutil.rmtree(mirror / rel / name, ignore_errors=True)
        for name in files:
            if rel / name not in seen and rel / name not in keep:
                (mirror / rel / name).unlink(missing_ok=True)


def run_build(plan: BuildPlan, timeout: float = 600) -> BuildResult:
    """Run the plan's command (blocking: for the command line) and read the outcome."""
    try:
        done = subprocess.run(plan.argv, cwd=plan.cwd, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return BuildResult(False, None, f"Jekyll did not finish within {timeout:.0f} s", time.time(),
                           time.time() - plan.started)
    except OSError as exc:
        return BuildResult(False, None, f"could not start {plan.argv[0]}: {exc.strerror or exc}", time.time(),
                           time.time() - plan.started)
    output = (done.stdout + done.stderr).decode("utf-8", "replace")
    return finish_build(plan, done.returncode, output)


def finish_build(plan: BuildPlan, exit_code: int, output: str) -> BuildResult:
    """The result of the plan's command that exited with ``exit_code`` after printing ``output``."""
    now = time.time()
    if exit_code != 0:
        return BuildResult(False, None, jekyll_message(output) or f"Jekyll exited with {exit_code}", now,
                           now - plan.started)
    page = built_page(plan)
    if page is None:
        note = f"Jekyll built the site, but no page for {plan.post.name} was found in {plan.destination}"
        return BuildResult(False, None, note, now, now - plan.started)
    return BuildResult(True, page, "", now, now - plan.started, plan.destination)


def jekyll_message(output: str) -> str:
    """What Jekyll said went wrong: its error lines, else the end of its output."""
    lines = [line.rstrip() for line in output.splitlines() if line.strip()]
    errors = [line.strip() for line in lines if _ERROR_LINE.search(line)]
    return "\n".join(errors[:12] if errors else [x.strip() for x in lines[-12:]])


def built_page(plan: BuildPlan) -> Path | None:
    """The page Jekyll wrote for the plan's post (its permalink, as :func:`link_url` works it out)."""
    rel = plan.post.relative_to(plan.site_root).as_posix()
    url = link_url(plan.mirror, rel, load_config(plan.mirror)) or ""
    path = plan.destination / unquote(url).lstrip("/")
    if url.endswith("/") or not url:
        path = path / "index.html"
    elif not path.suffix:
        path = path.with_name(path.name + ".html")
    if path.is_file():
        return path
    slug = re.sub(r"^\d{4}-\d{1,2}-\d{1,2}-", "", plan.post.stem)  # (drafts get today's date)
    found = sorted((p for p in plan.destination.rglob("*.html") if slug in (p.stem, p.parent.name)),
                   key=lambda p: p.stat().st_mtime, reverse=True)
    return found[0] if found else None
