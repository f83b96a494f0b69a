"""Export: a post and its pictures copied into a site, committed and pushed with the real git.

``plan``         the review: files, sizes, diff, branch, message, push; nothing written
``local_images`` the pictures a post refers to, with their spans
``target``       what is already at the target (the site's folder, or a branch's tree)
``copy``         writing the files, each recorded for undo
``git``          the git command line, run so that it never waits for a person
``transaction``  undo of a failed export
``steps``        copy, commit, push (and the reasoning about the user's own changes)
"""

from .git import find_git
from .plan import CHANGED, NEW, SAME, ExportFile, ExportPlan, ExportRefused, ExportRequest, plan_export
from .steps import (
    COMMIT,
    COPY,
    DONE,
    FAILED,
    PUSH,
    REVIEW,
    RUNNING,
    SKIPPED,
    ExportResult,
    StepOutcome,
    run_export,
)

__all__ = [
    "CHANGED", "COMMIT", "COPY", "DONE", "FAILED", "NEW", "PUSH", "REVIEW", "RUNNING", "SAME", "SKIPPED",
    "ExportFile", "ExportPlan", "ExportRefused", "ExportRequest", "ExportResult", "StepOutcome", "find_git",
    "plan_export", "run_export",
]
