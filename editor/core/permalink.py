"""A post's future URL and file name, computed as Jekyll 4 computes them.

Follows Jekyll's ``Document``, ``URL``, ``Drops::UrlDrop`` and ``FrontmatterDefaults``
(checked against the real ``jekyll build`` in the tests):

- The permalink is the front matter's ``permalink:`` (after the site's ``defaults:``), else
  ``collections: posts: permalink:``, else the site's ``permalink:`` style (``date``, the
  default; ``pretty``, ``ordinal``, ``weekdate``, ``none``) or its own template.
- The date is the front matter's ``date:``, else the file name's, in the site's ``timezone:``.
  How the value is written decides what it means, because YAML reads it first: a full
  timestamp with seconds and no offset (``2018-12-11 23:30:00``) is a YAML timestamp, which
  is UTC; the same written without seconds, or quoted, is text, which Jekyll reads in the site's
  time zone; an offset always names its instant. The instant is then shown in the site's zone,
  so a post dated ``2018-12-11 23:30:00 -0800`` in a site on Los Angeles time stays on the 11th.
- Categories are the folders above ``_posts`` (``events/_posts/``), then those of ``defaults:``
  and of the front matter (``categories:``, a list or words, and ``category:``).
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import re
import unicodedata
from pathlib import Path, PurePosixPath
from urllib.parse import quote, unquote

from .form_dates import site_zone
from .naming import parse_post_name
from .site import find_site_root

STYLES = {
    "none": "/:categories/:title:output_ext",
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
}
_PLACEHOLDER = re.compile(r":([a-z_]+)")
_TEXT_DATE = re.compile(
    r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d*)?)?)?"
    r"(?:\s*(Z|UTC|GMT|[-+]\d{1,2}(?::?\d{2})?))?\s*$")
_PRETTY_KEEP = frozenset("._~!$&'()+,;=@")
_SAFE_PATH = re.compile(r"[a-zA-Z0-9./-]+")


class PermalinkError(ValueError):
    """A permalink template names a placeholder Jekyll does not know (Jekyll stops the build)."""


def template_for(config: dict, values: dict) -> str:
    """The URL template of a post: its own ``permalink:``, else the site's."""
    own = values.get("permalink")
    if isinstance(own, str) and own:
        return own
    collections = config.get("collections")
    if isinstance(collections, dict) and isinstance(collections.get("posts"), dict):
        configured = collections["posts"].get("permalink")
        if isinstance(configured, str) and configured:
            return STYLES.get(configured, configured)
    style = config.get("permalink") or "date"
    return STYLES.get(str(style), str(style))


def post_date(values: dict, file_date: dt.date | dt.datetime | None, timezone: str | None) -> dt.datetime:
    """The moment Jekyll gives the post, in the site's time zone (None: this computer's, as
    Jekyll run here without ``timezone:`` would): the front matter's ``date:`` (a value as YAML
    loads it), else ``file_date`` (the file name's; a draft's modification time), else now."""
    zone = site_zone(timezone)
    value = values.get("date")
    moment = _moment(value, zone) if value is not None else None
    if moment is None:
        if isinstance(file_date, dt.datetime):
            moment = file_date if file_date.tzinfo else file_date.replace(tzinfo=zone or _local())
        elif isinstance(file_date, dt.date):
            moment = _at_midnight(file_date, zone)
        else:
            moment = dt.datetime.now(dt.UTC)
    return moment.astimezone(zone) if zone else moment.astimezone()


def read_moment(value: object, timezone: str | None) -> dt.datetime | None:
    """A ``date:`` value as YAML loads it, read as Jekyll reads it and shown in the site's time
    zone (None: this computer's); None when Jekyll could not read it."""
    zone = site_zone(timezone)
    moment = _moment(value, zone)
    if moment is None:
        return None
    return moment.astimezone(zone) if zone else moment.astimezone()


def _local() -> dt.tzinfo:
    return dt.datetime.now().astimezone().tzinfo


def _at_midnight(day: dt.date, zone: dt.tzinfo | None) -> dt.datetime:
    naive = dt.datetime.combine(day, dt.time())
    return naive.replace(tzinfo=zone) if zone else naive.astimezone()


def _moment(value: object, zone: dt.tzinfo | None) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        # a YAML timestamp: with no offset it is UTC (Psych, as pyyaml, reads it so)
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if isinstance(value, dt.date):
        return _at_midnight(value, zone)
    if not isinstance(value, str):
        return None
    m = _TEXT_DATE.match(value)
    if not m:
        return None
    try:
        naive = dt.datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4] or 0), int(m[5] or 0), int(m[6] or 0))
    except ValueError:
        return None
    offset = m[7]
    if offset is None:  # text is read in the site's time zone (Ruby's Time.parse under TZ)
        return naive.replace(tzinfo=zone) if zone else naive.astimezone()
    if offset in ("Z", "UTC", "GMT"):
        return naive.replace(tzinfo=dt.UTC)
    sign = -1 if offset[0] == "-" else 1
    digits = offset[1:].replace(":", "")
    hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
    return naive.replace(tzinfo=dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes)))


def post_file_name(date: dt.date, slug: str, ext: str = ".md") -> str:
    """``YYYY-MM-DD-slug.md``: the name Jekyll needs in ``_posts/``."""
    return f"{date:%Y-%m-%d}-{slug}{ext}"


def future_file_name(config: dict, post_path: PurePosixPath | str, values: dict) -> str:
    """The name the post has in ``_posts/`` once published: its day (in the site's time zone)
    and slug, its extension kept (``2019-01-08-january.md`` for ``_drafts/january.md``)."""
    name = PurePosixPath(post_path).name
    parsed = parse_post_name(name)
    when = post_date(values, parsed.date if parsed else None, _zone_name(config))
    return post_file_name(when.date(), parsed.slug if parsed else PurePosixPath(name).stem,
                          parsed.ext if parsed else PurePosixPath(name).suffix or ".md")


def jekyll_slug(text: str, mode: str = "default", cased: bool = False) -> str:
    """Jekyll's ``Utils.slugify`` in its ``default`` and ``pretty`` modes: runs of anything but
    letters, marks and digits (``pretty`` also keeps ``._~!$&'()+,;=@``) become one ``-``."""
    out: list[str] = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat[0] in "LM" or cat == "Nd" or (mode == "pretty" and ch in _PRETTY_KEEP):
            out.append(ch)
        elif not out or out[-1] != "-":
            out.append("-")
    slug = "".join(out)
    slug = slug[1:] if slug.startswith("-") else slug
    slug = slug[:-1] if slug.endswith("-") else slug
    return slug if cased else slug.lower()


def post_slug(post_path: PurePosixPath | str, values: dict) -> str:
    """The post's ``slug``: the front matter's, else the file name's without date and extension."""
    own = values.get("slug")
    if own is not None and own != "":
        return str(own)
    name = PurePosixPath(post_path).name
    parsed = parse_post_name(name)
    slug = parsed.slug if parsed else PurePosixPath(name).stem
    return slug.rstrip(".")


def post_categories(rel_path: PurePosixPath | str, values: dict) -> list[str]:
    """The categories Jekyll gives the post at ``rel_path`` (relative to the site): the folders
    above ``_posts`` or ``_drafts``, then the front matter's ``categories`` and ``category``."""
    parts = PurePosixPath(rel_path).parts
    special = next((i for i, p in enumerate(parts) if p in ("_posts", "_drafts")), 0)
    found = list(parts[:special])
    found += _listed(values.get("categories"))
    if values.get("category") is not None:
        found += _listed(values["category"] if isinstance(values["category"], list) else [values["category"]])
    return list(dict.fromkeys(found))


def _listed(value: object) -> list[str]:
    if isinstance(value, str):
        value = value.split()
    return [_text(v) for v in value if v is not None] if isinstance(value, list) else []


def _text(value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)


def placeholders(rel_path: PurePosixPath | str, values: dict, when: dt.datetime,
                 output_ext: str = ".html") -> dict[str, str]:
    """Every ``:name`` a permalink template may use, for this post."""
    slug = post_slug(rel_path, values)
    cats = post_categories(rel_path, values)
    base = PurePosixPath(rel_path).stem
    return {
        "collection": "posts", "name": jekyll_slug(base), "output_ext": output_ext,
        "path": "/" + str(PurePosixPath(rel_path).with_suffix("")).lstrip("/").removeprefix("_posts/"),
        "title": jekyll_slug(slug, "pretty", cased=True), "slug": jekyll_slug(slug),
        "categories": "/".join(dict.fromkeys(c.lower() for c in cats)),
        "slugified_categories": "/".join(dict.fromkeys(jekyll_slug(c) for c in cats)),
        "year": f"{when:%Y}", "month": f"{when:%m}", "day": f"{when:%d}", "hour": f"{when:%H}",
        "minute": f"{when:%M}", "second": f"{when:%S}", "i_day": str(when.day), "i_month": str(when.month),
        "short_month": f"{when:%b}", "long_month": f"{when:%B}", "short_year": f"{when:%y}",
        "w_year": f"{when:%G}", "week": f"{when:%V}", "w_day": str(when.isoweekday()),
        "short_day": f"{when:%a}", "long_day": f"{when:%A}", "y_day": f"{when:%j}",
    }


def generate(template: str, values: dict[str, str]) -> str:
    """``template`` with its placeholders filled, escaped and cleaned as Jekyll's ``URL`` does."""
    def fill(m: re.Match) -> str:
        name = m.group(1)
        pool = [name, name[:-1]] if name.endswith("_") else [name]
        winner = next((k for k in pool if k in values), None)
        if winner is None:
            raise PermalinkError(f"the permalink {template!r} names :{name}, which Jekyll does not know")
        return m.group(0).replace(":" + winner, escape_path(values[winner]), 1)
    url = "/" + _PLACEHOLDER.sub(fill, template)
    url = url.replace("..", "/").replace("./", "")
    return re.sub(r"/{2,}", "/", url)


def escape_path(path: str) -> str:
    if not path or _SAFE_PATH.fullmatch(path):
        return path
    return quote(path, safe="/!$&'()*+,;=:@-._~?").replace("#", "%23")


def post_permalink(config: dict, post_path: PurePosixPath | str, values: dict,
                   site_root: Path | None = None) -> str:
    """Jekyll's ``post.url`` (without the site's ``baseurl``) for the post at ``post_path`` (relative
    to the site, or absolute in ``site_root``), its front matter ``values`` as YAML loads them;
    the site's ``defaults:`` apply."""
    rel = site_relative(post_path, site_root)
    defaults = front_matter_defaults(config, rel)
    merged = {**defaults, **values}
    if "categories" in defaults and "categories" in values:  # Jekyll unites them, defaults first
        merged["categories"] = list(dict.fromkeys([*_listed(defaults["categories"]),
                                                   *_listed(values["categories"])]))
    parsed = parse_post_name(rel.name)
    when = post_date(merged, parsed.date if parsed else None, _zone_name(config))
    return generate(template_for(config, merged), placeholders(rel, merged, when))


def post_url(config: dict, post_path: PurePosixPath | str, values: dict,
             site_root: Path | None = None) -> str:
    """The post's path on the site, ``baseurl`` included (``/blog/2018/12/11/december.html``)."""
    base = str(config.get("baseurl") or "").strip()
    base = "/" + base.strip("/") if base.strip("/") else ""
    return base + post_permalink(config, post_path, values, site_root)


def output_path(url: str, output_ext: str = ".html") -> str:
    """Where Jekyll writes a page with this URL, relative to ``_site``."""
    path = unquote(url).lstrip("/")
    if url.endswith("/"):
        return path + "index.html"
    return path if path.endswith(output_ext) else path + output_ext


def _zone_name(config: dict) -> str | None:
    zone = config.get("timezone")
    return zone if isinstance(zone, str) and zone.strip() else None


def site_relative(post_path: PurePosixPath | str, site_root: Path | None = None) -> PurePosixPath:
    """The post's path from the site's root (``site_root``, else the nearest folder above the
    post with a ``_config.yml``); a relative path is taken as already relative to the site."""
    p = Path(post_path)
    if not p.is_absolute():
        return PurePosixPath(p.as_posix())
    root = site_root or find_site_root(p)
    if root is not None:
        try:
            return PurePosixPath(p.resolve().relative_to(Path(root).resolve()).as_posix())
        except ValueError:
            pass
    parts = p.parts
    special = max((i for i, part in enumerate(parts) if part in ("_posts", "_drafts")),
                  default=len(parts) - 1)
    return PurePosixPath(*parts[special:])


def front_matter_defaults(config: dict, rel_path: PurePosixPath | str, kind: str = "posts") -> dict:
    """The values ``defaults:`` gives a document at ``rel_path`` of type ``kind``, merged with
    Jekyll's precedence (a longer scope path wins; with equal paths, a scope naming a type)."""
    sets = config.get("defaults")
    if not isinstance(sets, list):
        return {}
    path = str(PurePosixPath(rel_path))
    merged: dict = {}
    old_scope = None
    for item in sets:
        if not isinstance(item, dict) or not isinstance(item.get("values"), dict):
            continue
        scope = item.get("scope") if isinstance(item.get("scope"), dict) else {}
        if not _applies(scope, path, kind):
            continue
        if _precedes(old_scope, scope):
            merged = _deep_merge(merged, item["values"])
            old_scope = scope
        else:
            merged = _deep_merge(item["values"], merged)
    return merged


def _applies(scope: dict, path: str, kind: str) -> bool:
    if "type" in scope and str(scope["type"]) != kind:
        return False
    wanted = scope.get("path")
    if not isinstance(wanted, str) or not wanted.strip("/"):
        return True
    wanted = wanted.strip("/")
    if "*" in wanted:  # Jekyll globs the scope in the site: a match of as many leading folders
        head = "/".join(PurePosixPath(path).parts[:len(PurePosixPath(wanted).parts)])
        return fnmatch.fnmatchcase(head, wanted)
    return path == wanted or path.startswith(wanted + "/")


def _precedes(old: dict | None, new: dict) -> bool:
    if old is None:
        return True
    new_len = len(str(new.get("path") or "").strip("/"))
    old_len = len(str(old.get("path") or "").strip("/"))
    if new_len != old_len:
        return new_len >= old_len
    return "type" in new or "type" not in old


def _deep_merge(base: dict, other: dict) -> dict:
    out = dict(base)
    for k, v in other.items():
        out[k] = _deep_merge(out[k], v) if isinstance(out.get(k), dict) and isinstance(v, dict) else v
    return out
