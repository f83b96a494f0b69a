"""Jekyll's Liquid filters that posts use, over python-liquid's standard ones."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from html import escape
from urllib.parse import quote, quote_plus


def _date(value):
    if isinstance(value, dt.datetime | dt.date):
        return value
    if isinstance(value, str):
        for fmt in ("%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d"):
            try:
                return dt.datetime.strptime(value.strip(), fmt)
            except ValueError:
                continue
    return None


def _with_date(fmt: str):
    def fn(value, *_args):
        d = _date(value)
        return d.strftime(fmt) if d else value
    return fn


def date_to_xmlschema(value):
    d = _date(value)
    if d is None:
        return value
    if not isinstance(d, dt.datetime):
        d = dt.datetime(d.year, d.month, d.day)
    return d.isoformat() if d.tzinfo else d.isoformat() + "+00:00"


def slugify(value, mode: str = "default"):
    text = str(value)
    if mode == "none":
        return text
    if mode == "raw":
        return re.sub(r"\s+", "-", text).strip("-").lower()
    if mode == "latin":
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    pattern = {"pretty": r"[^\w.~!$&'()+,;=@]+", "ascii": r"[^a-zA-Z0-9]+"}.get(mode, r"[^\w]+")
    return re.sub(pattern, "-", text).strip("-").lower()


def jsonify(value):
    return json.dumps(value, default=str, ensure_ascii=False, separators=(",", ":"))


def where(items, key, value=None):
    if not isinstance(items, list | tuple):
        items = list(items.values()) if isinstance(items, dict) else []
    return [i for i in items if isinstance(i, dict) and str(i.get(key)) == str(value)]


def group_by(items, key):
    groups: dict[str, list] = {}
    for i in items or []:
        groups.setdefault(str(i.get(key) if isinstance(i, dict) else ""), []).append(i)
    return [{"name": k, "items": v, "size": len(v)} for k, v in groups.items()]


def array_to_sentence_string(items, connector: str = "and"):
    items = [str(i) for i in items or []]
    if len(items) < 2:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {connector} {items[1]}"
    return ", ".join(items[:-1]) + f", {connector} {items[-1]}"


def make_filters(site_config: dict, markdownify) -> dict:
    """Jekyll's filters bound to a site's ``url`` and ``baseurl``."""
    base = str(site_config.get("baseurl") or "").rstrip("/")
    site_url = str(site_config.get("url") or "").rstrip("/")

    def relative_url(value):
        v = str(value if value is not None else "")
        if re.match(r"^[a-z][a-z0-9+.-]*:", v, re.I) or v.startswith("//"):
            return v
        return (base + "/" + v.lstrip("/")) if base or v.startswith("/") else "/" + v

    def absolute_url(value):
        v = str(value if value is not None else "")
        if re.match(r"^[a-z][a-z0-9+.-]*:", v, re.I) or v.startswith("//"):
            return v
        return site_url + relative_url(v)

    return {
        "relative_url": relative_url,
        "absolute_url": absolute_url,
        "date_to_string": _with_date("%d %b %Y"),
        "date_to_long_string": _with_date("%d %B %Y"),
        "date_to_rfc822": _with_date("%a, %d %b %Y %H:%M:%S %z"),
        "date_to_xmlschema": date_to_xmlschema,
        "xml_escape": lambda v: escape(str(v if v is not None else "")),
        "cgi_escape": lambda v: quote_plus(str(v)),
        "uri_escape": lambda v: quote(str(v), safe="/:?#[]@!$&'()*+,;=~%"),
        "jsonify": jsonify,
        "slugify": slugify,
        "markdownify": lambda v: markdownify(str(v if v is not None else "")),
        "smartify": lambda v: str(v),
        "where": where,
        "group_by": group_by,
        "array_to_sentence_string": array_to_sentence_string,
        "number_of_words": lambda v: len(str(v).split()),
        "normalize_whitespace": lambda v: " ".join(str(v).split()),
        "inspect": lambda v: repr(v),
    }
