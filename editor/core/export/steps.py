"""Carrying out a reviewed export: copy, commit, push; on failure the site is left as it was.

How the commit never takes or disturbs the user's own work (their staged
changes stay staged, unstaged stay unstaged, untracked stay untracked):

- **Another branch** (new, or existing but not checked out): a temporary
  ``git worktree add`` of that branch in a temporary folder. The files are
  copied there, added and committed there, and the worktree is removed. The
  user's checkout, index and stash are never touched, so there is nothing of
  theirs to protect; hooks, identity and signing apply as in any commit. The
  files do not appear in the user's checkout (it holds another branch).
- **The branch the user is on**: switching is out of the question, and a
  worktree of a checked-out branch would move the branch under the user's
  checkout. The files are copied into the checkout and committed from a
  *temporary index* (``GIT_INDEX_FILE``): HEAD's tree with only the exported
  paths updated, so whatever the user has staged is not in the commit. Then
  only the exported paths are updated in the real index (they now equal the
  new HEAD), and the user's staged changes are still staged. The review
  refuses this when an exported path itself has uncommitted changes (those
  would be taken or lost), and says what to do.
- **No commit**: the files are copied into the site's folder.

Each step records its undo in a :class:`Transaction`; a failing copy or commit
rolls back the files written, the branch created, the branch moved, and
always removes the temporary worktree and index. A failed push is not undone:
the commit stays on the local branch and the result gives the command that
pushes it.
"""

from __future__ import annotations

import shlex
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .copy import CopyFailed, write_files
from .git import COMMIT_TIMEOUT, PUSH_TIMEOUT, GitFailed, push_problem, quiet_env
from .plan import ExportPlan, ExportRequest
from .transaction import Transaction

REVIEW, COPY, COMMIT, PUSH = "review", "copy", "commit", "push"
DONE, SKIPPED, FAILED, RUNNING = "done", "skipped", "failed", "running"

Progress = Callable[[str, str, str], None]  # (step, state, message)


@dataclass
class StepOutcome:
    step: str
    state: str
    message: str = ""


@dataclass
class ExportResult:
    ok: bool
    steps: list[StepOutcome] = field(default_factory=list)
    commit: str | None = None  # the new commit's id
    retry: str | None = None  # the command that does the failed step again (a push)
    written: list[Path] = field(default_factory=list)  # files written in the user's site

    @property
    def failed(self) -> StepOutcome | None:
        return next((s for s in self.steps if s.state == FAILED), None)

    def summary(self) -> str:
        lines = [f"{s.step}: {s.state}{' — ' + s.message if s.message else ''}" for s in self.steps]
        if self.retry:
            lines.append(f"To try again: {self.retry}")
        return "\n".join(lines)


class _Failed(Exception):
    def __init__(self, step: str, message: str):
        super().__init__(message)
        self.step = step


def run_export(plan: ExportPlan, progress: Progress | None = None) -> ExportResult:
    """Do what ``plan`` says; never raises for a failure of git or the disk (the result says it)."""
    result = ExportResult(ok=False)
    running = [COPY]

    def report(step: str, state: str, message: str = "") -> None:
        if state == RUNNING:
            running[0] = step
        else:
            result.steps.append(StepOutcome(step, state, message))
        if progress is not None:
            progress(step, state, message)

    if plan.refusal:
        report(REVIEW, FAILED, plan.refusal)
        return result
    if plan.noop:
        report(COPY, SKIPPED, f"{plan.post_path} and its pictures are already there as they are; nothing "
                              "to export")
        for step in (COMMIT, PUSH):
            report(step, SKIPPED, "nothing changed")
        result.ok = True
        return result
    transaction = Transaction()
    try:
        if plan.git is None:
            _copy_into_site(plan, transaction, result, report)
            report(COMMIT, SKIPPED, plan.skipped_commit or "not asked for")
        elif plan.git.mode == "checkout":
            _copy_into_site(plan, transaction, result, report)
            report(COMMIT, RUNNING)
            result.commit = _commit_in_checkout(plan, transaction)
            report(COMMIT, DONE, f"{result.commit[:10]} on {plan.branch}: {plan.message}")
        else:
            result.commit = _commit_in_worktree(plan, transaction, report)
            report(COMMIT, DONE, f"{result.commit[:10]} on {plan.branch}: {plan.message}")
    except (_Failed, GitFailed, OSError) as exc:
        problems = transaction.rollback()
        undone = ("; the site is as it was before the export" if not problems
                  else "; undoing it was incomplete: " + "; ".join(problems))
        step = exc.step if isinstance(exc, _Failed) else running[0]
        report(step, FAILED, f"{exc}{undone}")
        result.retry = export_command(plan.request)
        return result
    transaction.commit()
    result.ok = True
    if plan.git is None:
        report(PUSH, SKIPPED, "no commit")
    elif not plan.push:
        report(PUSH, SKIPPED, "not asked for" if not plan.request.push else "the repository has no remote")
    else:
        _push(plan, result, report)
    return result


def export_command(request: ExportRequest) -> str | None:
    """The command line that does the same export again (None for a post never saved: the
    command line exports a file)."""
    if request.post is None:
        return None
    argv = ["post-editor", "export", str(request.post), "--site", str(request.site_root)]
    if request.draft:
        argv.append("--draft")
    if request.commit is not None:
        argv.append("--commit" if request.commit else "--no-commit")
    for option, value in (("--branch", request.branch), ("--message", request.message)):
        if value:
            argv += [option, value]
    argv += [flag for flag, on in (("--push", request.push), ("--replace", request.replace)) if on]
    return shlex.join(argv)


def _copy_into_site(plan: ExportPlan, transaction: Transaction, result: ExportResult, report) -> None:
    report(COPY, RUNNING)
    try:
        result.written = write_files(plan.site_root, plan.to_write, transaction)
    except CopyFailed as exc:
        raise _Failed(COPY, str(exc)) from None
    report(COPY, DONE, f"{len(result.written)} file(s) written into {plan.site_root}")


def _commit_in_checkout(plan: ExportPlan, transaction: Transaction) -> str:
    gitplan = plan.git
    git = gitplan.git
    paths = [gitplan.repo_path(f.path) for f in plan.to_write]
    folder = Path(tempfile.mkdtemp(prefix="post-editor-index-"))
    index_env = quiet_env(ssh_command=None)
    index_env["GIT_INDEX_FILE"] = str(folder / "index")
    # The branch as it is now (it may have moved since the review): what an undo puts back.
    old = git.probe("rev-parse", "-q", "--verify", "HEAD^{commit}").text
    try:
        try:
            git.run("read-tree", *([old] if old else ["--empty"]), env=index_env)
            git.run("update-index", "--add", "--", *paths, env=index_env)
            git.run("commit", "--quiet", "-m", plan.message, env=index_env, timeout=COMMIT_TIMEOUT)
        except GitFailed as exc:
            raise _Failed(COMMIT, f"git commit failed: {exc}") from None
        new = git.run("rev-parse", "HEAD").text
        if old:
            transaction.on_undo(f"move {plan.branch} back to {old[:10]}",
                                lambda: git.run("update-ref", f"refs/heads/{plan.branch}", old, new))
        else:
            transaction.on_undo(f"remove {plan.branch}",
                                lambda: git.run("update-ref", "-d", f"refs/heads/{plan.branch}", new))
        try:
            # The real index: only the exported paths, now equal to the new HEAD.
            git.run("update-index", "--add", "--", *paths)
        except GitFailed as exc:
            raise _Failed(COMMIT, f"the commit was made but the index could not be updated: {exc}") from None
        return new
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _commit_in_worktree(plan: ExportPlan, transaction: Transaction, report) -> str:
    gitplan = plan.git
    git = gitplan.git
    folder = Path(tempfile.mkdtemp(prefix="post-editor-export-"))
    tree = folder / "worktree"
    try:
        report(COPY, RUNNING)
        try:
            if gitplan.mode == "new":
                try:
                    git.run("worktree", "add", "--quiet", "--no-track", "-b", plan.branch, str(tree),
                            gitplan.start)
                finally:
                    # (also when a post-checkout hook failed the checkout after the branch was made)
                    if git.probe("rev-parse", "-q", "--verify", f"refs/heads/{plan.branch}").code == 0:
                        transaction.on_undo(f"remove the branch {plan.branch}",
                                            lambda: git.run("branch", "-D", plan.branch))
            else:
                git.run("worktree", "add", "--quiet", str(tree), plan.branch)
        except GitFailed as exc:
            raise _Failed(COPY, f"could not check out {plan.branch} in a temporary folder: {exc}") from None
        try:
            written = write_files(tree / gitplan.prefix, plan.to_write, Transaction())
        except CopyFailed as exc:
            raise _Failed(COPY, str(exc)) from None
        report(COPY, DONE, f"{len(written)} file(s) copied into branch {plan.branch} (your checkout is not "
                           "changed)")
        report(COMMIT, RUNNING)
        paths = [gitplan.repo_path(f.path) for f in plan.to_write]
        try:
            git.run("add", "--", *paths, cwd=tree)
            git.run("commit", "--quiet", "-m", plan.message, cwd=tree, timeout=COMMIT_TIMEOUT)
        except GitFailed as exc:
            raise _Failed(COMMIT, f"git commit failed: {exc}") from None
        return git.run("rev-parse", "HEAD", cwd=tree).text
    finally:
        if tree.exists():
            git.probe("worktree", "remove", "--force", str(tree))
        shutil.rmtree(folder, ignore_errors=True)
        git.probe("worktree", "prune")


def _push(plan: ExportPlan, result: ExportResult, report) -> None:
    gitplan = plan.git
    git = gitplan.git
    remote = gitplan.remote
    report(PUSH, RUNNING)
    args = ("push", remote, f"refs/heads/{plan.branch}:refs/heads/{plan.branch}")
    try:
        outcome = git.probe(*args, env=git.push_env(), timeout=PUSH_TIMEOUT)
        output = outcome.err + outcome.text
        ok = outcome.code == 0
    except GitFailed as exc:
        output, ok = str(exc), False
    if ok:
        report(PUSH, DONE, f"pushed {plan.branch} to {remote}")
        return
    result.ok = False
    result.retry = git.retry_command("push", remote, plan.branch)
    report(PUSH, FAILED,
           f"{push_problem(output, remote)} The commit stays on your local branch {plan.branch}.")
