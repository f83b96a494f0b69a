"""The body as the rules read it: an imported Blogger or WordPress body of ``<br>``-lined HTML
(``html_lines``), a kramdown definition list of clock times and " -- " dashes (``kramdown_view``) and HTML
entities (``entity_view``) written as the plain Markdown they stand for. Each view keeps the text's length,
so every span a rule finds is where the post writes it."""

from __future__ import annotations

from .entity_view import entity_view
from .html_lines import html_lines
from .kramdown_view import kramdown_view


def plain_view(source: str, body_start: int) -> str:
    """``source`` with its body read as plain Markdown of the same length (``source`` itself when the body
    needs no such reading)."""
    return entity_view(kramdown_view(html_lines(source, body_start), body_start), body_start)
