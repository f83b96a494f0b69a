"""The real ``git`` command line, run so that it can never wait for a person.

Export commits and pushes with the user's own ``git``: their identity, signing,
hooks, credential helpers and SSH keys apply, exactly as in a terminal. What a
terminal would do differently is ask: a password, a passphrase, a host key.
Without a terminal that question would hang the window (or a headless export)
for ever, so every run

- has no standard input and its own session (no controlling terminal for
  ``ssh`` to open), and a time limit after which its whole process group is
  killed;
- sets ``GIT_TERMINAL_PROMPT=0`` and an empty ``GIT_ASKPASS`` (empty, not
  unset: git then skips ``core.askPass`` and ``SSH_ASKPASS`` too, and fails
  with "terminal prompts disabled", which :func:`push_problem` explains);
- for a push, runs ssh with ``BatchMode=yes``, unless the user chose their own
  ssh command (``GIT_SSH_COMMAND``, ``GIT_SSH`` or ``core.sshCommand``);
- reads git's own messages in English (``LC_MESSAGES=C``), so they can be
  recognised; the user's other locale settings stay.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import subprocess
from dataclasses import dataclass
from pathlib import Path

TIMEOUT = 60  # seconds: reading the repository, adding a worktree
COMMIT_TIMEOUT = 600  # hooks and signing may take a while (tests, a hardware key)
PUSH_TIMEOUT = 180
BATCH_SSH = "ssh -oBatchMode=yes"
# What a repository's variables inherited from a hook or a shell would redirect: the export
# names its repository itself.
_INHERITED = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX", "GIT_COMMON_DIR",
              "GIT_OBJECT_DIRECTORY", "GIT_NAMESPACE")


class GitFailed(Exception):
    """A git command failed; ``str()`` is git's own explanation (or the reason it did not run)."""

    def __init__(self, args: tuple[str, ...], code: int | None, output: str):
        self.args_run = args
        self.code = code
        self.output = output.strip()
        super().__init__(self.output or f"git {' '.join(args)} failed (exit code {code})")


@dataclass(frozen=True)
class GitOutput:
    code: int
    out: bytes
    err: str

    @property
    def text(self) -> str:
        return self.out.decode("utf-8", "replace").strip()


def find_git() -> str | None:
    """The ``git`` program on the PATH, or None."""
    return shutil.which("git")


def quiet_env(base: dict | None = None, ssh_command: str | None = BATCH_SSH) -> dict:
    """The environment of every git run (see the module's doc); ``ssh_command``: None keeps the
    user's own ssh settings."""
    env = dict(os.environ if base is None else base)
    for name in _INHERITED:
        env.pop(name, None)
    env["GIT_TERMINAL_PROMPT"] = "0"
    env["GIT_ASKPASS"] = ""
    env.pop("SSH_ASKPASS", None)
    env["GIT_EDITOR"] = ":"
    env["GIT_MERGE_AUTOEDIT"] = "no"
    if "LC_ALL" in env:  # LC_ALL would win over LC_MESSAGES: keep its choice for the rest
        env.setdefault("LANG", env["LC_ALL"])
        env.pop("LC_ALL")
    env["LC_MESSAGES"] = "C"
    env["LANGUAGE"] = "C"
    if ssh_command and not env.get("GIT_SSH_COMMAND") and not env.get("GIT_SSH"):
        env["GIT_SSH_COMMAND"] = ssh_command
    return env


class Git:
    """One repository's ``git``: ``run`` raises :class:`GitFailed`, ``probe`` returns the outcome."""

    def __init__(self, executable: str, top: Path):
        self.executable = executable
        self.top = Path(top)
        self._ssh_checked: str | None = None

    def probe(self, *args: str, cwd: Path | None = None, env: dict | None = None,
              timeout: float = TIMEOUT, stdin: bytes | None = None) -> GitOutput:
        """Run ``git args`` in ``cwd`` (the repository's top by default); never raises for git's exit code."""
        argv = [self.executable, *args]
        try:
            process = subprocess.Popen(
                argv, cwd=str(cwd or self.top), env=env or quiet_env(ssh_command=None),
                stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                start_new_session=os.name == "posix")
        except OSError as exc:
            raise GitFailed(tuple(args), None, f"git could not be started: {exc.strerror or exc}") from None
        try:
            out, err = process.communicate(stdin, timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill(process)
            process.communicate()
            raise GitFailed(tuple(args), None, f"git {args[0]} did not finish within {int(timeout)} s "
                            "and was stopped (was it waiting for a password or a network?)") from None
        return GitOutput(process.returncode, out, err.decode("utf-8", "replace"))

    def run(self, *args: str, **kwargs) -> GitOutput:
        result = self.probe(*args, **kwargs)
        if result.code != 0:
            raise GitFailed(tuple(args), result.code, result.err or result.text)
        return result

    def push_env(self) -> dict:
        """The environment of a push: ssh in batch mode unless the user configured their own ssh."""
        if self._ssh_checked is None:
            own = self.probe("config", "--get", "core.sshCommand").text
            self._ssh_checked = "" if own else BATCH_SSH
        return quiet_env(ssh_command=self._ssh_checked or None)

    def retry_command(self, *args: str) -> str:
        """What the user can paste into a terminal to do ``git args`` again."""
        return shlex.join(["git", "-C", str(self.top), *args])


def _kill(process: subprocess.Popen) -> None:
    try:
        if os.name == "posix":
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
    except OSError:
        pass


def open_repository(folder: Path, executable: str | None) -> tuple[Git, str] | None:
    """(the repository holding ``folder``, ``folder``'s place in it as ``"sub/dir/"`` or ``""``);
    None when there is no git or ``folder`` is not in a work tree."""
    if executable is None:
        return None
    probe = Git(executable, folder)
    try:
        result = probe.probe("rev-parse", "--show-toplevel", "--show-prefix")
    except GitFailed:
        return None
    lines = result.text.splitlines()
    if result.code != 0 or not lines:
        return None
    prefix = lines[1] if len(lines) > 1 else ""
    return Git(executable, Path(lines[0])), prefix


def push_problem(output: str, remote: str) -> str:
    """A plain explanation of a failed push, from git's (English) output."""
    low = output.lower()
    if any(s in low for s in ("terminal prompts disabled", "could not read username",
                              "could not read password", "authentication failed", "permission denied",
                              "host key verification failed", "403", "401", "invalid username or password")):
        return (f"{remote} asked for credentials, and the editor does not type passwords. Set up credentials "
                "for it (a credential helper such as `git config --global credential.helper store`, or an "
                "SSH key loaded in your agent), then push again.")
    if any(s in low for s in ("could not resolve host", "network is unreachable", "connection refused",
                              "connection timed out", "timed out", "could not connect", "unable to access",
                              "no route to host", "did not finish within")):
        return f"{remote} could not be reached (offline?)."
    if any(s in low for s in ("[rejected]", "[remote rejected]", "non-fast-forward", "fetch first",
                              "hook declined", "rejected")):
        behind = ("fetch first" in low or "non-fast-forward" in low) and (
            " Its branch has commits that yours does not: pull them into your branch, then push.")
        return f"{remote} refused the push{_rejection(output)}{behind or ''}"
    return f"the push to {remote} failed: {_last_lines(output)}"


def _rejection(output: str) -> str:
    """`` (why): what the remote said`` from a rejected push's output, without git's own noise."""
    why = re.search(r"\[(?:remote )?rejected\][^(\n]*\(([^)\n]+)\)", output)
    said = [line.strip()[len("remote:"):].strip() for line in output.splitlines()
            if line.strip().startswith("remote:") and line.strip()[len("remote:"):].strip()]
    return (f" ({why.group(1)})" if why else "") + (": " + " ".join(said) if said else "") + "."


def _last_lines(output: str, count: int = 4) -> str:
    lines = [line.strip() for line in output.strip().splitlines() if line.strip()]
    return " / ".join(lines[-count:]) if lines else "(git said nothing)"
