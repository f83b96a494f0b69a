"""TEMPORARY: stand-ins for the site core modules another branch is writing, installed only
while they are missing (removed once merged)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sys
import types
from collections import namedtuple
from dataclasses import dataclass
from pathlib import Path


def install() -> None:
    try:
        import editor.core.next_roundup  # noqa: F401
        import editor.core.permalink  # noqa: F401
        import editor.core.publish  # noqa: F401
        import editor.core.site_names  # noqa: F401
        return
    except ImportError:
        pass
    from editor.core.naming import front_matter_date, slugify

    def module(name, **attrs):
        if name in sys.modules:
            return
        try:
            __import__(name)
            return
        except ImportError:
            pass
        m = types.ModuleType(name)
        m.__dict__.update(attrs)
        sys.modules[name] = m

    def post_date(values, file_date, timezone):
        d = front_matter_date(values.get("date")) or file_date
        return dt.datetime.combine(d, dt.time())

    def post_file_name(date, slug, ext=".md"):
        return f"{date:%Y-%m-%d}-{slug}{ext}"

    def post_url(config, post_path, values, site_root=None):
        m = re.match(r"(\d{4})-(\d\d)-(\d\d)-(.*)\.\w+$", Path(post_path).name)
        return f"/{m[1]}/{m[2]}/{m[3]}/{m[4]}.html"
    module("editor.core.permalink", post_date=post_date, post_file_name=post_file_name, post_url=post_url)

    @dataclass
    class NewPost:
        path: Path
        text: str

    def new_post(root, title="", today=None):
        return NewPost(Path(root) / "_drafts" / f"{slugify(title) or 'untitled'}.md",
                       f"---\ntitle: \"{title}\"\n---\n")

    def next_roundup(root, today=None):
        return NewPost(Path(root) / "_drafts" / "next-roundup.md", "---\ntitle: \"\"\ntags: [Meetup]\n---\n")

    def write_new_post(new):
        new.path.parent.mkdir(exist_ok=True)
        new.path.write_text(new.text, encoding="utf-8")
        return new.path
    module("editor.core.next_roundup", NewPost=NewPost, new_post=new_post, next_roundup=next_roundup,
           write_new_post=write_new_post)

    class PublishError(Exception):
        pass

    def publish(root, draft, when):
        target = Path(root) / "_posts" / f"{when:%Y-%m-%d}-{Path(draft).name}"
        if target.exists():
            raise PublishError(f"{target.name} is already in _posts")
        shutil.move(draft, target)
        return target

    def unpublish(root, post):
        target = Path(root) / "_drafts" / Path(post).name[11:]
        shutil.move(post, target)
        return target
    module("editor.core.publish", PublishError=PublishError, publish=publish, unpublish=unpublish)

    SitePeople = namedtuple("SitePeople", "speakers organisations")

    def site_people(root, cache_dir=None):
        speakers, orgs = set(), set()
        for p in Path(root, "_posts").glob("*.md"):
            text = p.read_text(encoding="utf-8")
            for m in re.finditer(r"([A-Z]\w+ [A-Z]\w+) from ([A-Z][\w ]+?) (?:gave|described|told)", text):
                speakers.add(m[1])
                orgs.add(m[2])
        return SitePeople(sorted(speakers), sorted(orgs))

    def similar_tag(tag, existing):
        key = re.sub(r"[\W_]+", "", tag).casefold()
        return next((t for t in existing if t != tag and re.sub(r"[\W_]+", "", t).casefold() == key), None)
    module("editor.core.site_names", SitePeople=SitePeople, site_people=site_people, similar_tag=similar_tag)
