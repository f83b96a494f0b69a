"""Every check the editor knows: its id, severity, area and what it looks for.

One table, read by the runner (severities, what a site switched off), the
command line (``--list``) and the README. ``info`` checks are the quiet ones:
the window lists them, the command line shows them only with ``--show info``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .problem import ERROR, INFO, WARNING


@dataclass(frozen=True)
class Check:
    id: str
    severity: str
    area: str  # "file", "front matter", "body", "talks", "links"
    summary: str


CHECKS: dict[str, Check] = {c.id: c for c in (
    Check("unreadable", ERROR, "file", "the post cannot be read (missing, not UTF-8, not a file)"),
    Check("yaml-error", ERROR, "file", "the front matter is not valid YAML"),
    Check("unterminated-front-matter", ERROR, "file", "'---' opens front matter that never closes"),
    Check("file-name", ERROR, "file", "a _posts file name that is not YYYY-MM-DD-slug.ext"),
    Check("markdown-extension", WARNING, "file", "a _posts file Jekyll will not convert from Markdown"),
    Check("date-unreadable", ERROR, "front matter", "a date: Jekyll cannot read"),
    Check("date-mismatch", ERROR, "front matter", "date: disagrees with the file name's date"),
    Check("title-missing", WARNING, "front matter", "no title:"),
    Check("title-long", WARNING, "front matter", "a title longer than search results show (70 characters)"),
    Check("description-missing", INFO, "front matter",
          "no description: (jekyll-seo-tag then uses the first paragraph)"),
    Check("description-long", WARNING, "front matter", "a description over 160 characters"),
    Check("unknown-layout", WARNING, "front matter", "a layout the site's _layouts/ does not have"),
    Check("tag-variant", WARNING, "front matter",
          "a tag that differs from one of the site's tags only by case, spacing or punctuation"),
    Check("image-missing", WARNING, "front matter", "image: is a local path to a file that does not exist"),
    Check("alt-missing", WARNING, "body", "an image without alt text"),
    Check("missing-target", WARNING, "body", "a local image or file link whose target does not exist"),
    Check("post-url-missing", ERROR, "body", "{% post_url %} naming a post the site does not have"),
    Check("insecure-embed", WARNING, "body", "an http:// image or embed on a page served over https"),
    Check("youtube-id", ERROR, "body", "a YouTube link whose video id is not 11 characters"),
    Check("youtube-start", ERROR, "body", "a YouTube start time that is not a time"),
    Check("liquid-unbalanced", ERROR, "body", "unbalanced Liquid {% %} / {{ }} or an unclosed block tag"),
    Check("heading-skip", WARNING, "body", "a heading more than one level below the one before"),
    Check("doubled-word", WARNING, "body", "the same word twice in a row"),
    Check("talk-unfilled", ERROR, "talks", "a talk field still holding what Add talk wrote"),
    Check("talk-no-recording", INFO, "talks", "a talk without a recording link"),
    Check("talk-no-start", INFO, "talks", "a talk in the evening's shared recording without a start time"),
    Check("talk-no-slides", INFO, "talks", "a talk without slides"),
    Check("talk-no-photo", INFO, "talks", "a talk without a speaker photo"),
    Check("talk-start-order", WARNING, "talks",
          "start times in one shared recording that do not increase through the post"),
    Check("photo-too-large", WARNING, "talks", "a local speaker photo over the site's size limits"),
    Check("next-meetup-past", WARNING, "talks", "the next meetup dated before this post"),
    Check("remote-broken", WARNING, "links", "a remote link or image that does not answer (--links)"),
)}
