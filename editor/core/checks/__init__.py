"""Post checks: problems worth knowing before a post is published.

One registry (``CHECKS``: id, severity, area), check functions per area
(``file_checks``, ``front_matter_checks``, ``body_checks``, ``talk_checks``)
that yield findings with exact spans, and a runner that turns them into
``Problem`` records, honouring what the site switched off
(``.post-editor.yml``: ``checks: off: [id, ...]``) and what a line of the
post silences (``post-editor: ignore ID``, see ``silence``). Quick fixes are
pure functions in ``fixes``. Nothing here prints, exits or imports Qt: the
command line and the window report problems their own way.
"""

from __future__ import annotations

from .problem import ERROR, INFO, SEVERITIES, WARNING, Problem, QuickFix, at_least
from .registry import CHECKS, Check
from .runner import check_file, check_text, tag_problems, unreadable
from .site_facts import ImageLimits, SiteFacts, load_site_facts

__all__ = ["CHECKS", "ERROR", "INFO", "SEVERITIES", "WARNING", "Check", "ImageLimits", "Problem", "QuickFix",
           "SiteFacts", "at_least", "check_file", "check_text", "load_site_facts", "tag_problems",
           "unreadable"]
