"""The speaker's photo right before or after the paragraph that tells their talk."""

from __future__ import annotations

from . import markup as mk
from .draft import Draft, set_video
from .parts import photo_name, same_person, set_photo
from .videos import is_video_url


def photo_follows(blocks: list[mk.Block], i: int, d: Draft) -> bool:
    """Is the image after ``blocks[i]`` the photo of one of ``d``'s speakers?"""
    if i + 1 >= len(blocks) or blocks[i + 1].kind != "image":
        return False
    name = photo_name(blocks[i + 1])
    return bool(name and any(same_person(name, sp[0]) for sp in d.speakers))


def photo_before(text: str, blocks: list[mk.Block], i: int, d: Draft, drafts: list[Draft]) -> None:
    """An image right before the paragraph with no alt text (or the speaker's name) is the photo."""
    if i == 0 or blocks[i - 1].kind != "image":
        return
    b = blocks[i - 1]
    if drafts and drafts[-1].end >= b.start:
        return
    img = mk.image(b)
    if b.text.lstrip().startswith("["):
        video = next((lk for lk in mk.links(text, b.start, b.end) if is_video_url(lk.url)), None)
        if video is not None and "video_url" not in d.values:  # "[![Cover](…)](youtu.be/…?t=320)": the
            set_video(d, video.url, video.url_span)  # recording's thumbnail over the talk, at its start
            d.start = b.start
        return  # a linked image is a logo or a banner, not the speaker
    if img and (not img[0].strip() or any(same_person(img[0], sp[0]) for sp in d.speakers)):
        set_photo(text, d, b)
        d.start = b.start
