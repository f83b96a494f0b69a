"""Make rendered HTML safe to show a post from an untrusted pull request.

Nothing from the post runs and nothing reaches the network: scripts, event handler
attributes, ``javascript:``/``vbscript:``/``data:text/html`` URLs, ``<object>``,
``<embed>``, ``<base>``, ``<meta>``, ``<link>`` and form actions are removed; iframes and
remote images become labelled placeholders; local images are rewritten to the
``postedit:`` scheme (``postedit://site/…`` for site-root paths, ``postedit://post/…``
for paths relative to the post), never escaping their folder with ``..``.
"""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser
from urllib.parse import quote, unquote, urlsplit

from .context import RenderContext
from .embeds import describe_embed
from .placeholders import placeholder
from .positions import VOID

DROP_WITH_CONTENT = {"script", "object", "embed", "applet", "frame", "frameset", "noscript", "template",
                     "title", "noembed", "noframes", "iframe", "head"}
DROP_TAG = {"base", "meta", "link", "param", "form", "html", "body", "!doctype"}
_URL_ATTRS = {"href", "src", "poster", "cite", "data", "xlink:href", "action", "formaction", "background",
              "longdesc", "usemap", "manifest", "icon", "codebase", "dynsrc", "lowsrc", "ping", "srcset",
              "imagesrcset"}
_BAD_SCHEME = re.compile(r"^\s*(?:javascript|vbscript|livescript|mocha|file|filesystem|blob):", re.I)
_REMOTE = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:|//)", re.I)
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")


def _clean_url(value: str) -> str:
    return _CONTROL.sub("", unquote(value) if "%" in value[:20] else value)


def is_dangerous_url(value: str) -> bool:
    v = _clean_url(value).lower()
    if _BAD_SCHEME.match(v):
        return True
    return v.startswith("data:") and not re.match(r"data:image/(?:png|gif|jpe?g|webp|bmp|avif)[;,]", v)


def local_image_url(src: str, ctx: RenderContext) -> str | None:
    """The ``postedit:`` URL for a local image path, or None if it may not be served."""
    parts = urlsplit(src)
    path = unquote(parts.path)
    if not path:
        return None
    base = str(ctx.site_config.get("baseurl") or "").rstrip("/")
    if path.startswith("/"):
        if ctx.site_root is None:
            return None
        if base and (path == base or path.startswith(base + "/")):
            path = path[len(base):]
        norm = _inside(path)
        return None if norm is None else "postedit://site/" + quote(norm)
    norm = _inside(path)
    return None if norm is None else "postedit://post/" + quote(norm)


def _inside(path: str) -> str | None:
    """``path`` normalised relative to its folder, or None if it climbs out (``..``) or is empty."""
    stack: list[str] = []
    for seg in path.split("/"):
        if seg in ("", "."):
            continue
        if seg == "..":
            if not stack:
                return None
            stack.pop()
        else:
            stack.append(seg)
    return "/".join(stack) or None


class _Sanitizer(HTMLParser):
    def __init__(self, ctx: RenderContext):
        super().__init__(convert_charrefs=True)
        self.ctx = ctx
        self.out: list[str] = []
        self.skip_depth = 0
        self.skip_tag = ""
        self.raw_tag = ""

    def handle_starttag(self, tag, attrs, closed=False):
        if self.skip_depth:
            if tag == self.skip_tag and tag not in VOID:
                self.skip_depth += 1
            return
        if tag == "iframe":
            self._iframe(dict(attrs))
            if not closed:
                self.skip_depth, self.skip_tag = 1, tag
            return
        if tag in DROP_WITH_CONTENT:
            if not closed and tag not in VOID:
                self.skip_depth, self.skip_tag = 1, tag
            return
        if tag in DROP_TAG:
            return
        clean = self._attrs(tag, attrs)
        if tag == "img":
            src = dict(attrs).get("src") or ""
            html = self._image(src, dict(attrs), clean)
            if html is not None:
                self.out.append(html)
                return
        text = "".join(f' {k}="{escape(v)}"' if v is not None else f" {k}" for k, v in clean)
        self.out.append(f"<{tag}{text}{' /' if closed else ''}>")
        if tag == "style" and not closed:
            self.raw_tag = "style"

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs, closed=True)

    def handle_endtag(self, tag):
        if self.skip_depth:
            if tag == self.skip_tag:
                self.skip_depth -= 1
            return
        if tag in DROP_WITH_CONTENT or tag in DROP_TAG or tag in VOID:
            return
        self.raw_tag = ""
        self.out.append(f"</{tag}>")

    def handle_data(self, data):
        if self.skip_depth:
            return
        if self.raw_tag == "style":
            self.out.append(data.replace("</", "<\\/"))
        else:
            self.out.append(escape(data, quote=False))

    def handle_comment(self, data):
        pass

    def _attrs(self, tag: str, attrs) -> list[tuple[str, str | None]]:
        out = []
        for name, value in attrs:
            name = name.lower()
            if name.startswith("on") or name in ("srcset", "imagesrcset", "formaction", "action", "ping",
                                                 "http-equiv", "background", "dynsrc", "lowsrc"):
                continue
            if name in _URL_ATTRS and value is not None:
                if is_dangerous_url(value):
                    continue
                if name in ("src", "poster", "data") and tag != "img":
                    new = None if _REMOTE.match(value) else local_image_url(value, self.ctx)
                    if new is None:
                        continue
                    value = new
            if name == "style" and value and re.search(r"url\s*\(|expression\s*\(|@import", value, re.I):
                continue
            out.append((name, value))
        return out

    def _image(self, src: str, attrs: dict, clean) -> str | None:
        alt = attrs.get("alt") or ""
        if not src or is_dangerous_url(src):
            return placeholder("image", "Image not shown:", alt or "(no alt text)", data={"src": src})
        if src.lower().startswith("data:"):
            return None
        if _REMOTE.match(src):
            url = ("https:" + src) if src.startswith("//") else src
            host = urlsplit(url).hostname or "unknown host"
            return placeholder("image", f"Remote image ({host}):", alt or "(no alt text)",
                               data={"src": src, "alt": alt, "host": host}, title=src)
        local = local_image_url(src, self.ctx)
        if local is None:
            return placeholder("image", "Image outside the post's site:", src, data={"src": src, "alt": alt})
        text = "".join(f' {k}="{escape(local if k == "src" else v)}"' if v is not None else f" {k}"
                       for k, v in clean)
        return f"<img{text}>"

    def _iframe(self, attrs: dict) -> None:
        src = attrs.get("src") or attrs.get("data-src") or ""
        if not src or is_dangerous_url(src):
            self.out.append(placeholder("embed", "Embedded frame removed", "", block=True))
            return
        embed = describe_embed(src)
        data = {"provider": embed.provider, "url": embed.url, "src": src}
        if embed.ident:
            data["id"] = embed.ident
        if embed.start:
            data["start"] = str(embed.start)
        html = placeholder("embed", embed.label, embed.describe(), block=True, data=data, title=src)
        link = f' <a class="pe-embed-link" href="{escape(embed.url)}">open</a>'
        self.out.append(html[:-len("</div>")] + link + "</div>")


def sanitize_html(html: str, ctx: RenderContext) -> str:
    """``html`` with everything that could run or reach the network removed or replaced."""
    parser = _Sanitizer(ctx)
    parser.feed(html)
    parser.close()
    return "".join(parser.out)
