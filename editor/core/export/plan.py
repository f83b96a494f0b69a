"""The review of an export: what would be written where, worked out before anything is.

``plan_export(request)`` reads the post, the site and (when committing) the
repository, and returns an :class:`ExportPlan`: the post's path in the site
(``_posts/YYYY-MM-DD-slug.md`` or ``_drafts/slug.md``), its text with picture
references pointing at the site's asset folder, each file with its size and
whether it is new, changed or already there, the post's diff against the
version it would replace, the branch, the commit message and the push. It
writes nothing; :func:`editor.core.export.steps.run_export` carries it out.

Where the commit goes decides what "already there" means:

- the site is not committed to (no git, not a repository, ``commit=False``):
  the site's folder on disk;
- the user has the target branch checked out: the folder on disk too (the files
  are copied into the user's checkout and committed there, see ``steps``);
- another branch: that branch's tree (or, for a new branch, the tree it starts
  from). The files go only into that branch: the user's checkout, which holds
  another branch, is not changed, and the review says so.
"""

from __future__ import annotations

import dataclasses
import difflib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..frontmatter import parse
from ..images import ImageRefused, ImageSettings, plan_assets
from ..images.assets import post_place
from ..naming import MARKDOWN_EXTENSIONS, parse_post_name, slugify
from ..site import CONFIG_NAMES, find_site_root
from ..source import SourceText
from .git import Git, GitFailed, find_git, open_repository
from .local_images import local_images
from .target import BranchTree, DiskTree

NEW, CHANGED, SAME = "new", "changed", "same"


class ExportRefused(Exception):
    """The export cannot be reviewed: no site there, unreadable settings (a one-line message)."""


@dataclass(frozen=True)
class ExportRequest:
    """What the user asked for."""

    source: SourceText  # the post's text (as being edited) and its line endings
    post: Path | None  # where the post is (its relative pictures are read from there); None: unsaved
    site_root: Path
    draft: bool = False
    commit: bool | None = None  # None: commit when the site is in a git repository
    branch: str | None = None  # None: roundup/YYYY-MM of the post's date
    message: str | None = None  # None: "Add post: <title>" ("Update post: …" when replacing)
    push: bool = False
    replace: bool = False  # a different post at the target may be replaced


@dataclass(frozen=True)
class ExportFile:
    path: str  # relative to the site root, with "/"
    data: bytes
    kind: str  # "post" or "image"
    state: str  # NEW, CHANGED or SAME
    source: Path | None = None  # where a picture comes from

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True)
class GitTarget:
    """How the commit is made (see the modules ``plan`` and ``steps``)."""

    git: Git
    prefix: str  # the site's folder inside the repository: "" or "site/"
    branch: str
    mode: str  # "checkout": the user is on the branch; "worktree": an existing branch; "new": a new branch
    start: str  # the commit the branch is at, or starts from
    start_label: str  # for people: "main", "origin/roundup/2018-12"
    current: str | None  # the branch the user has checked out (None: detached)
    remote: str | None  # where a push goes (None: the repository has no remote)

    def repo_path(self, rel: str) -> str:
        return f"{self.prefix}{rel}"


@dataclass(frozen=True)
class ExportPlan:
    request: ExportRequest
    site_root: Path
    post_path: str
    files: tuple[ExportFile, ...]
    diff: str  # the post against the version at the target ("" when there is none, or it is the same)
    replacing: bool  # a different post is at the target
    title: str
    branch: str  # the branch the commit goes to ("" without a commit)
    message: str
    commit: bool
    push: bool
    git: GitTarget | None
    target: str  # where the files go, for people
    notes: tuple[str, ...] = ()  # what the user should know before confirming
    refusal: str | None = None  # why it cannot go ahead as asked
    skipped_commit: str | None = None  # why there is no commit when one was wanted

    @property
    def noop(self) -> bool:
        """Everything is at the target already as it would be written."""
        return all(f.state == SAME for f in self.files)

    @property
    def to_write(self) -> list[ExportFile]:
        return [f for f in self.files if f.state != SAME]

    @property
    def image_bytes(self) -> int:
        return sum(f.size for f in self.files if f.kind == "image")

    def with_changes(self, **changes) -> ExportPlan:
        return dataclasses.replace(self, **changes)


def default_branch(date) -> str:
    return f"roundup/{date:%Y-%m}"


def post_title(text: str, fallback: str) -> str:
    title = parse(text).values.get("title")
    return " ".join(str(title).split()) if title not in (None, "") else fallback


def target_post_path(request: ExportRequest) -> tuple[str, object]:
    """(the post's path in the site, the post's date)."""
    text = request.source.text
    source = request.post or Path(f"{slugify(post_title(text, '')) or 'untitled'}.md")
    place = post_place(source, text)
    name = parse_post_name(source.name)
    slug = name.slug if name else (place.slug or "untitled")
    ext = source.suffix if source.suffix.lower() in MARKDOWN_EXTENSIONS else ".md"
    if request.draft:
        return f"_drafts/{slug}{ext}", place.date
    return f"_posts/{place.date:%Y-%m-%d}-{slug}{ext}", place.date


def plan_export(request: ExportRequest, git_executable: str | None = "") -> ExportPlan:
    """The review of ``request``; raises :class:`ExportRefused` when there is nothing to review.

    ``git_executable``: "" finds git on the PATH; None behaves as if git were not installed."""
    site_root = Path(request.site_root).resolve()
    if not any((site_root / name).is_file() for name in CONFIG_NAMES):
        raise ExportRefused(f"{site_root} is not a Jekyll site (it has no _config.yml)")
    post_path, date = target_post_path(request)
    text = request.source.text
    title = post_title(text, PurePosixPath(post_path).stem)
    notes: list[str] = []
    refusal: str | None = None

    executable = find_git() if git_executable == "" else git_executable
    repository = open_repository(site_root, executable)
    looks_versioned = repository is not None or any((f / ".git").exists()
                                                    for f in (site_root, *site_root.parents))
    wanted = request.commit if request.commit is not None else looks_versioned
    skipped = None
    if wanted and repository is None:
        skipped = ("git is not installed, so the files are copied and the commit is skipped"
                   if executable is None else
                   f"{site_root} is not in a git repository, so the commit is skipped")
        notes.append(skipped[0].upper() + skipped[1:] + ".")
    gitplan = None
    tree = DiskTree(site_root)
    target = f"the site's folder {site_root}"
    commit = bool(wanted and repository is not None)
    branch = request.branch or default_branch(date) if commit else ""
    if commit:
        git, prefix = repository
        gitplan, refusal = _git_target(git, prefix, branch)
        if gitplan is not None and gitplan.mode != "checkout":
            tree = BranchTree(git, gitplan.start, prefix, gitplan.start_label)
            target = (f"branch {gitplan.branch} only (from {gitplan.start_label}); your checkout of "
                      f"{gitplan.current or 'a detached HEAD'} is not changed")
        elif gitplan is not None:
            target = f"your checkout of {gitplan.branch} in {site_root}, committed there"
    try:
        new_text, images = _carry_images(request, site_root, post_path, tree, notes)
    except ImageRefused as exc:
        raise ExportRefused(str(exc)) from None
    data = dataclasses.replace(request.source, text=new_text).to_bytes()
    existing = tree.read(post_path)
    state = NEW if existing is None else SAME if existing == data else CHANGED
    replacing = state == CHANGED
    diff = _diff(existing, data, post_path, tree.describe()) if replacing else ""
    if replacing and not request.replace and refusal is None:
        refusal = (f"a different post is already at {post_path} in {tree.describe()}: confirm replacing it "
                   "(--replace), or give the post another name or date")
    files = (ExportFile(post_path, data, "post", state, request.post), *images)
    message = request.message or f"{'Update' if replacing else 'Add'} post: {title}"
    if gitplan is not None and gitplan.mode == "checkout" and refusal is None:
        refusal = _own_changes(gitplan, [f.path for f in files if f.state != SAME])
    push = bool(request.push and gitplan is not None and gitplan.remote)
    if request.push and gitplan is not None and not gitplan.remote:
        notes.append("The repository has no remote, so nothing will be pushed.")
    return ExportPlan(request, site_root, post_path, tuple(files), diff, replacing, title, branch, message,
                      commit, push, gitplan, target, tuple(notes), refusal, skipped)


def _git_target(git: Git, prefix: str, branch: str) -> tuple[GitTarget | None, str | None]:
    """How to commit on ``branch``, or why it cannot be done safely."""
    if git.probe("check-ref-format", "--branch", branch).code != 0:
        return None, f"{branch!r} is not a valid branch name"
    current = git.probe("symbolic-ref", "-q", "--short", "HEAD").text or None
    head = git.probe("rev-parse", "-q", "--verify", "HEAD^{commit}").text
    remote = _remote(git, branch)
    if current == branch:
        return GitTarget(git, prefix, branch, "checkout", head, branch, current, remote), None
    tip = git.probe("rev-parse", "-q", "--verify", f"refs/heads/{branch}^{{commit}}").text
    if tip:
        elsewhere = _checked_out_at(git, branch)
        if elsewhere:
            return None, (f"branch {branch} is checked out in {elsewhere}: export from there, or choose "
                          "another branch")
        return GitTarget(git, prefix, branch, "worktree", tip, branch, current, remote), None
    if remote:
        upstream = git.probe("rev-parse", "-q", "--verify", f"refs/remotes/{remote}/{branch}^{{commit}}").text
        if upstream:
            label = f"{remote}/{branch}"
            return GitTarget(git, prefix, branch, "new", upstream, label, current, remote), None
    if not head:
        return None, ("the repository has no commit yet: make a first commit, or export without "
                      "committing")
    return GitTarget(git, prefix, branch, "new", head, current or "HEAD", current, remote), None


def _remote(git: Git, branch: str) -> str | None:
    """Where the branch is pushed: its upstream's remote, else ``origin``, else the only remote."""
    remotes = git.probe("remote").text.split()
    upstream = git.probe("config", "--get", f"branch.{branch}.remote").text
    if upstream in remotes:
        return upstream
    if "origin" in remotes:
        return "origin"
    return remotes[0] if len(remotes) == 1 else None


def _checked_out_at(git: Git, branch: str) -> str | None:
    listing = git.probe("worktree", "list", "--porcelain").text
    path = None
    for line in listing.splitlines():
        if line.startswith("worktree "):
            path = line[len("worktree "):]
        elif line == f"branch refs/heads/{branch}":
            return path
    return None


def _own_changes(gitplan: GitTarget, paths: list[str]) -> str | None:
    """Why committing in the user's checkout would take or disturb their work, if it would."""
    if not paths:
        return None
    try:
        status = gitplan.git.run("status", "--porcelain", "-z", "--untracked-files=no", "--",
                                 *[gitplan.repo_path(p) for p in paths]).out
    except GitFailed as exc:
        return f"git status failed: {exc}"
    changed = [entry[3:].decode("utf-8", "replace") for entry in status.split(b"\0") if len(entry) > 3]
    if not changed:
        return None
    return (f"you have uncommitted changes to {', '.join(changed)} on {gitplan.branch}: commit or stash them "
            "first, or export to another branch, or without committing")


def _diff(old: bytes, new: bytes, path: str, where: str) -> str:
    a = old.decode("utf-8", "replace").splitlines(keepends=True)
    b = new.decode("utf-8", "replace").splitlines(keepends=True)
    return "".join(difflib.unified_diff(a, b, f"{path} (now, in {where})", f"{path} (exported)"))


def _carry_images(request: ExportRequest, site_root: Path, post_path: str, tree, notes: list[str]) \
        -> tuple[str, list[ExportFile]]:
    """The post's text with relative picture references pointing into the site's asset folder, and
    the picture files to write (each once, named without taking another picture's name)."""
    text = request.source.text
    refs = local_images(text)
    if not refs:
        return text, []
    post_folder = request.post.parent if request.post else None
    own_site = find_site_root(request.post) if request.post else None
    plan = plan_assets(site_root / post_path, text, site_root, ImageSettings.for_site(site_root).folder)
    folder = plan.folder.relative_to(site_root).as_posix()
    files: dict[str, ExportFile] = {}
    chosen: dict[Path, str] = {}  # source file -> its path in the site
    pieces: list[str] = []
    last = 0
    for ref in refs:
        source = ref.source_file(post_folder, own_site)
        data = _read(source)
        if data is None:
            notes.append(f"{ref.src}: no such picture{f' at {source}' if source else ''}; the reference is "
                         "left as it is.")
            continue
        if ref.site_path is not None:
            rel = PurePosixPath(*ref.site_path.parts[1:]).as_posix()
            if rel not in files:
                there = tree.read(rel)
                if there is not None and there != data:
                    notes.append(f"{rel} is different in the site; the site's is kept.")
                files[rel] = ExportFile(rel, data, "image", SAME if there is not None else NEW, source)
            continue
        key = source.resolve()
        if key not in chosen:
            chosen[key] = _free_name(tree, folder, source.name, data, files)
            files.setdefault(chosen[key], ExportFile(
                chosen[key], data, "image", SAME if tree.read(chosen[key]) == data else NEW, source))
        reference = plan.reference(site_root / chosen[key], front_matter=ref.front_matter)
        pieces += [text[last:ref.start], reference]
        last = ref.end
    pieces.append(text[last:])
    return "".join(pieces), list(files.values())


def _read(path: Path | None) -> bytes | None:
    if path is None:
        return None
    try:
        return path.read_bytes()
    except OSError:
        return None


def _free_name(tree, folder: str, name: str, data: bytes, planned: dict[str, ExportFile]) -> str:
    """``folder/name``, or the same picture already in the folder, or ``stem-2``… (never another's name)."""
    same = next((path for path, item in planned.items()
                 if path.startswith(folder + "/") and item.data == data), None)
    if same is None and (found := tree.same_file(folder, data)) is not None:
        same = f"{folder}/{found}"
    if same is not None:
        return same
    taken = set(tree.names(folder)) | {PurePosixPath(p).name for p in planned if p.startswith(folder + "/")}
    stem, suffix = PurePosixPath(name).stem, PurePosixPath(name).suffix
    n = 1
    while True:
        candidate = f"{stem}{suffix}" if n == 1 else f"{stem}-{n}{suffix}"
        if candidate not in taken:
            return f"{folder}/{candidate}"
        n += 1
