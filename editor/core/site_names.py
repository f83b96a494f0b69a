"""Names the site already uses, for the form's completions and warnings.

- Speakers and organisations from the site's earlier roundups (talk recognition over the
  newest posts, cached by path, size and mtime in the user's cache folder) and from
  ``_data/`` files about people or sponsors (YAML, JSON or CSV with ``name`` and
  ``company``/``organisation`` columns or keys).
- A tag that differs from one the site uses only by case, spacing or punctuation.
- The layouts a post may name: the site's ``_layouts/`` and its theme gem's, when the
  gem is installed where RubyGems or Bundler keep it.
"""

from __future__ import annotations

import csv
import glob
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from .post_io import PostIOError, read_source, write_bytes_atomic
from .site import Site

CACHE_VERSION = 1
POSTS_READ = 200  # the newest posts: the names an organiser meets again
_PEOPLE_FILES = re.compile(r"speaker|people|person|member|author|team|organi[sz]er|host|crew", re.I)
_ORG_FILES = re.compile(r"sponsor|compan|organi[sz]ation|partner|venue|host", re.I)
_NAME_KEYS = ("name", "full_name", "fullname", "title", "display_name")
_ORG_KEYS = ("company", "organisation", "organization", "org", "employer", "affiliation", "sponsor")


@dataclass(frozen=True)
class SitePeople:
    """Names to complete, the most used first."""

    speakers: list[str]
    organisations: list[str]


def site_people(site_root: str | os.PathLike, cache_dir: str | os.PathLike | None = None,
                learnt_names: Iterable[str] = ()) -> SitePeople:
    """The speakers and organisations of the site's earlier roundups and ``_data/`` files;
    ``learnt_names`` are speakers the talks' site scan found (``SiteLearning.names``, which the
    session has already: passed in rather than scanned again)."""
    root = Path(site_root).resolve()
    speakers: Counter = Counter()
    orgs: Counter = Counter()
    store = Path(cache_dir) / f"site-people-{_digest(root)}.json" if cache_dir is not None else None
    old = _read_cache(store)
    new = {}
    for path in Site.at(root).posts()[:POSTS_READ]:
        try:
            st = path.stat()
        except OSError:
            continue
        key = path.relative_to(root).as_posix()
        hit = old.get(key)
        if hit and hit[0] == st.st_size and hit[1] == st.st_mtime_ns:
            row = hit
        else:
            row = [st.st_size, st.st_mtime_ns, *_post_names(path)]
        new[key] = row
        speakers.update(row[2])
        orgs.update(row[3])
    if store is not None and new != old:
        _write_cache(store, new)
    data_speakers, data_orgs = data_names(root)
    speakers.update(data_speakers)
    speakers.update(learnt_names)
    orgs.update(data_orgs)
    return SitePeople(_ranked(speakers), _ranked(orgs))


def _post_names(path: Path) -> tuple[list[str], list[str]]:
    from .talks import PLACEHOLDER_TALK, recognise  # the patterns compile on first use only

    try:
        text = read_source(path).text
    except PostIOError:
        return [], []
    talks = recognise(text).talks
    placeholders = {*PLACEHOLDER_TALK["speakers"], PLACEHOLDER_TALK["organisation"]}
    speakers = [s for t in talks for s in t.speakers if s and s not in placeholders]
    orgs = [t.organisation for t in talks if t.organisation and t.organisation not in placeholders]
    return speakers, orgs


def _ranked(counts: Counter) -> list[str]:
    """Names by use, one spelling per name (the most used; case and spacing told apart only)."""
    best: dict[str, tuple[int, str]] = {}
    totals: Counter = Counter()
    for name, n in counts.items():
        clean = " ".join(str(name).split())
        if not clean:
            continue
        k = clean.casefold()
        totals[k] += n
        if k not in best or n > best[k][0]:
            best[k] = (n, clean)
    return [best[k][1] for k, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]


def data_names(site_root: Path) -> tuple[list[str], list[str]]:
    """(people, organisations) named in the site's ``_data/`` files about speakers, people,
    members or sponsors."""
    folder = Path(site_root) / "_data"
    people: list[str] = []
    orgs: list[str] = []
    if not folder.is_dir():
        return people, orgs
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() not in (".yml", ".yaml", ".json", ".csv", ".tsv") or not path.is_file():
            continue
        about_people = bool(_PEOPLE_FILES.search(path.stem))
        about_orgs = bool(_ORG_FILES.search(path.stem)) and not about_people
        if not (about_people or about_orgs):
            continue
        for record in _records(path):
            name = next((str(record[k]).strip() for k in _NAME_KEYS if record.get(k)), "")
            org = next((str(record[k]).strip() for k in _ORG_KEYS if record.get(k)), "")
            if name:
                (people if about_people else orgs).append(name)
            if org and about_people:
                orgs.append(org)
    return people, orgs


def _records(path: Path) -> list[dict]:
    """The entries of a data file: a list of mappings, or a mapping of id to mapping."""
    try:
        text = path.read_text(encoding="utf-8-sig")
        if path.suffix.lower() in (".csv", ".tsv"):
            rows = csv.DictReader(io.StringIO(text), delimiter="\t" if path.suffix.lower() == ".tsv" else ",")
            return [{(k or "").strip().lower(): v for k, v in row.items()} for row in rows]
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError, csv.Error):
        return []  # a broken data file names no one; `check` reports it
    if isinstance(data, dict):
        values = list(data.values())
        if values and all(isinstance(v, dict) for v in values):  # keyed by id: the id may be the name
            return [{"name": k, **{str(a).lower(): b for a, b in v.items()}} for k, v in data.items()]
        data = next((v for v in values if isinstance(v, list)), [])
    if isinstance(data, list):
        return [{str(a).lower(): b for a, b in item.items()} if isinstance(item, dict) else {"name": item}
                for item in data if isinstance(item, dict | str)]
    return []


def _digest(root: Path) -> str:
    return hashlib.sha1(str(root).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _read_cache(path: Path | None) -> dict:
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
            return {}
        return {k: v for k, v in data["posts"].items() if isinstance(v, list) and len(v) == 4
                and all(isinstance(x, int) for x in v[:2]) and all(isinstance(x, list) for x in v[2:])}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _write_cache(path: Path, posts: dict) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, json.dumps({"version": CACHE_VERSION, "posts": posts}).encode("utf-8"))
    except (OSError, PostIOError):
        pass  # only the next look-up is slower


# ---- tags ----------------------------------------------------------------------------------------

def tag_key(tag: str) -> str:
    """A tag with case, spacing and punctuation left out: what two spellings of it share."""
    return "".join(ch for ch in str(tag).casefold() if ch.isalnum())


def similar_tag(tag: str, existing: Iterable[str]) -> str | None:
    """The site's spelling of ``tag`` when it differs only by case, spacing or punctuation
    (``kubernetes`` for ``Kubernetes``, ``cloud-native`` for ``Cloud Native``); None when the
    tag is new or spelt as the site spells it. With a ``Counter``, the most used spelling."""
    key = tag_key(tag)
    if not key:
        return None
    names = list(existing.keys()) if isinstance(existing, Counter) else list(existing)
    if tag in names:
        return None
    alike = [n for n in names if tag_key(n) == key]
    if not alike:
        return None
    if isinstance(existing, Counter):
        return max(alike, key=lambda n: existing[n])
    return alike[0]


# ---- layouts -------------------------------------------------------------------------------------

def config_layouts(site_root: str | os.PathLike) -> list[str]:
    """The layouts a post of the site may name: its own and its theme gem's (when installed)."""
    site = Site.at(site_root)
    names = set(site.layouts())
    theme = site.config.get("theme")
    if isinstance(theme, str) and re.fullmatch(r"[\w.-]+", theme.strip()):
        folder = theme_folder(site.root, theme.strip())
        if folder is not None and (folder / "_layouts").is_dir():
            names |= {p.stem for p in (folder / "_layouts").iterdir()
                      if p.is_file() and not p.name.startswith(".")}
    return sorted(names)


def theme_folder(site_root: Path, theme: str) -> Path | None:
    """Where the theme gem is installed: Bundler's path for the site, else RubyGems' folders
    (``GEM_HOME``, ``GEM_PATH``, ``gem env gempath``); None when it is not found."""
    if (site_root / "Gemfile").is_file() and shutil.which("bundle"):
        out = _run(["bundle", "info", "--path", theme], site_root)
        if out and Path(out).is_dir():
            return Path(out)
    dirs = [d for var in ("GEM_HOME", "GEM_PATH") for d in os.environ.get(var, "").split(os.pathsep) if d]
    found = _in_gem_dirs(dirs, theme)
    if found is None and shutil.which("gem"):
        found = _in_gem_dirs((_run(["gem", "env", "gempath"], site_root) or "").split(os.pathsep), theme)
    return found


def _in_gem_dirs(dirs: Iterable[str], theme: str) -> Path | None:
    for d in dirs:
        if not d:
            continue
        hits = sorted(glob.glob(os.path.join(glob.escape(d), "gems", glob.escape(theme) + "-[0-9]*")))
        if hits:
            return Path(hits[-1])
    return None


def _run(command: list[str], cwd: Path) -> str | None:
    try:
        done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None
