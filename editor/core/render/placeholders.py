"""The labelled boxes that stand in for what the preview cannot or must not show.

Every placeholder is an element with class ``pe-placeholder`` plus ``pe-<kind>``
(``liquid``, ``liquid-error``, ``image``, ``embed``, ``removed``); its visible text says
what is missing, and ``data-pe-*`` attributes keep the details for the Qt side.
"""

from __future__ import annotations

from html import escape


def placeholder(kind: str, label: str, detail: str = "", *, block: bool = False,
                data: dict[str, str] | None = None, title: str = "") -> str:
    """HTML for one placeholder; ``label`` and ``detail`` are plain text."""
    tag = "div" if block else "span"
    attrs = f' class="pe-placeholder pe-{escape(kind)}"'
    for key, value in (data or {}).items():
        attrs += f' data-pe-{escape(key)}="{escape(str(value))}"'
    if title:
        attrs += f' title="{escape(title)}"'
    inner = f'<span class="pe-placeholder-label">{escape(label)}</span>'
    if detail:
        inner += f' <span class="pe-placeholder-detail">{escape(detail)}</span>'
    return f"<{tag}{attrs}>{inner}</{tag}>"


def liquid_unresolved(source: str, reason: str = "") -> str:
    """A Liquid tag or output that could not be resolved, shown as written."""
    return placeholder("liquid", "unresolved:", source.strip(), title=reason or "not resolved in the preview",
                       data={"reason": reason} if reason else None)


def liquid_error(message: str) -> str:
    return placeholder("liquid-error", "Liquid error:", message, block=True,
                       title="The Liquid in this part of the post could not be read; shown as plain Markdown")
