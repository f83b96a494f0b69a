"""Checks of the front matter's values: title, description, layout, tags and image."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import yaml

from ..frontmatter import FrontMatter, ParsedPost
from ..site import post_tags
from .fixes import use_https
from .local_files import local_path, missing_file
from .problem import Finding
from .site_facts import SiteFacts

TITLE_MAX = 70  # search results cut titles at about 60-70 characters
DESCRIPTION_MAX = 160  # and snippets at about 160
_PUNCT = re.compile(r"[\W_]+")


def front_matter_findings(post: ParsedPost, path: Path | None, site: SiteFacts | None) -> Iterator[Finding]:
    fm = post.front_matter
    if fm is None:
        if post.error is None and not post.unterminated:
            yield Finding("title-missing", "the post has no front matter, so no title", 0, 0)
        return
    yield from _length("title", fm, TITLE_MAX, "search results show about", "title-")
    yield from _length("description", fm, DESCRIPTION_MAX, "search snippets keep about", "description-")
    if site is not None and site.root is not None:
        yield from _layout(fm, site)
        yield from _tags(fm, site)
    yield from _image(post.text, fm, path, site)


def _length(key: str, fm: FrontMatter, limit: int, shown: str, prefix: str) -> Iterator[Finding]:
    field = fm.field(key)
    value = field.value if field else None
    if value is None or (isinstance(value, str) and not value.strip()):
        at = field.value_span.start if field else fm.content_start
        yield Finding(prefix + "missing", f"no {key}: the post has no {key}", at, at, field=key)
    elif isinstance(value, str) and len(value) > limit:
        yield Finding(prefix + "long", f"the {key} has {len(value)} characters; {shown} {limit}",
                      field.value_span.start, field.value_span.end, field=key)


def _layout(fm: FrontMatter, site: SiteFacts) -> Iterator[Finding]:
    field = fm.field("layout")
    if field is None or site.layouts is None or not isinstance(field.value, str):
        return
    name = field.value.strip()
    if name and name not in site.layouts and name not in ("none", "null"):
        have = ", ".join(sorted(site.layouts)) or "none"
        yield Finding("unknown-layout", f"layout '{name}' is not in the site's _layouts/ (it has: {have})",
                      field.value_span.start, field.value_span.end, field="layout")


def _normal(tag: str) -> str:
    return _PUNCT.sub("", tag.casefold())


def _tags(fm: FrontMatter, site: SiteFacts) -> Iterator[Finding]:
    if site.tags:
        yield from tag_findings(fm, SiteTags(site.tags))


class SiteTags:
    """The tags of a site's posts, indexed by their spelling-free form (built once per site)."""

    def __init__(self, counts: Counter):
        self.counts = counts
        self._by_normal: dict[str, list[tuple[str, int]]] = {}
        for tag, count in counts.items():
            key = _normal(tag)
            if key and count > 0:
                self._by_normal.setdefault(key, []).append((tag, count))

    def variants(self, own: list[str]) -> dict[str, tuple[int, str]]:
        """For each of ``own``'s tags that no other post uses while another spelling of it is
        used: the tag -> (uses, the site's most used spelling). ``own`` is counted out (the
        post is one of the site's)."""
        mine = Counter(own)
        found: dict[str, tuple[int, str]] = {}
        for tag in mine:
            if self.counts.get(tag, 0) - mine[tag] > 0:
                continue
            best: tuple[int, str] | None = None
            for other, count in self._by_normal.get(_normal(tag), ()):
                uses = count - mine.get(other, 0)
                if other != tag and uses > 0 and (best is None or uses > best[0]):
                    best = (uses, other)
            if best is not None:
                found[tag] = best
        return found


def tag_findings(fm: FrontMatter, site_tags: SiteTags) -> Iterator[Finding]:
    variants = site_tags.variants(post_tags(fm.values))
    for tag, (start, end) in _tag_spans(fm):
        best = variants.get(tag)
        if best is not None:
            yield Finding("tag-variant", f"tag '{tag}' differs from the site's tag '{best[1]}' "
                          f"(used {best[0]}×) only by case, spacing or punctuation", start, end, field="tags")


def _tag_spans(fm: FrontMatter) -> Iterator[tuple[str, tuple[int, int]]]:
    for key in ("tags", "tag"):
        field = fm.field(key)
        if field is None:
            continue
        node = field.node
        if isinstance(node, yaml.SequenceNode):
            for item in node.value:
                if isinstance(item, yaml.ScalarNode) and item.value:
                    yield item.value, (fm.content_start + item.start_mark.index,
                                       fm.content_start + item.end_mark.index)
        elif isinstance(node, yaml.ScalarNode) and isinstance(field.value, str):
            base = field.value_span.start + (1 if field.style in ("single", "double") else 0)
            for m in re.finditer(r"\S+", field.value):
                yield m.group(), (base + m.start(), base + m.end())


def _image(text: str, fm: FrontMatter, path: Path | None, site: SiteFacts | None) -> Iterator[Finding]:
    field = fm.field("image")
    if field is None:
        return
    value = field.value.get("path") if isinstance(field.value, dict) else field.value
    if not isinstance(value, str) or not value.strip():
        return
    span = field.value_span
    if value.lower().startswith("http://") and (site is None or site.https):
        node = _path_node(field.node) if isinstance(field.value, dict) else field.node
        if node is None:
            return
        start = fm.content_start + node.start_mark.index + (1 if node.style in ("'", '"') else 0)
        fix = use_https(text, start, start + len(value))
        yield Finding("insecure-embed", f"image '{value}' is loaded over http:// on a page served over https",
                      start, start + len(value), (fix,) if fix else (), field="image")
        return
    local = local_path(value, site.baseurl if site is not None else "")
    where = missing_file(local, path, site.root if site is not None else None) if local else None
    if where is not None:
        yield Finding("image-missing", f"image '{value}' does not exist (looked for {where})", span.start,
                      span.end, field="image")


def _path_node(node: yaml.Node) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if getattr(key, "value", None) == "path" and isinstance(value, yaml.ScalarNode):
                return value
    return None
