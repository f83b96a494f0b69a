"""``post-editor check``: the compiler form, --json, --fail-on, exit codes, bad input, --links."""

from __future__ import annotations

import json
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "core"))
from check_site import CLEAN, make_site  # noqa: E402

from editor.cli import main  # noqa: E402
from editor.core.checks.links import LinkChecker, link_findings  # noqa: E402

DOUBLED = CLEAN.replace("packed for the June", "packed for the the June")


@pytest.fixture
def site(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return make_site(tmp_path / "site")


def test_compiler_form_and_fail_on(site, capsys):
    site.write_text(DOUBLED)
    assert main(["check", str(site)]) == 0  # a warning does not fail by default
    out = capsys.readouterr().out
    assert out == f"{site}:12:25: warning: 'the the': doubled word [doubled-word]\n"
    assert main(["check", "--fail-on", "warning", str(site)]) == 1
    assert main(["check", "--off", "doubled-word", "--fail-on", "warning", str(site)]) == 0


def test_a_problem_is_one_line_even_when_what_it_names_was_read_over_a_line_break(site, capsys):
    site.write_text(DOUBLED.replace("packed for the the June", "packed for the\nthe June"))
    assert main(["check", str(site)]) == 0
    assert capsys.readouterr().out == f"{site}:12:25: warning: 'the the': doubled word [doubled-word]\n"


def test_quiet_checks_show_on_request(site, capsys):
    slides = "See his slides [here](https://docs.google.com/presentation/d/2xy/edit)\n"
    site.write_text(CLEAN.replace(slides, ""))
    assert main(["check", str(site)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["check", "--show", "info", str(site)]) == 0
    assert "info: Dheeraj Bhadani's talk has no slides link [talk-no-slides]" in capsys.readouterr().out
    assert main(["check", "--fail-on", "info", str(site)]) == 1


def test_json(site, capsys):
    site.write_text(DOUBLED.replace('src="https://www.youtube', 'src="http://www.youtube'))
    assert main(["check", "--json", str(site.parents[1])]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["checked"] == 2
    found = {(p["check"], p["line"], p["severity"]) for p in data["problems"]}
    assert found == {("doubled-word", 12, "warning"), ("insecure-embed", 14, "warning")}
    assert data["problems"][0]["fixes"] == ["Remove the second 'the'"]


def test_fixes_are_named_in_json_after_a_run_that_printed_none(site, capsys):
    """The text output prints no fixes, so it does not compute them; what it keeps is not reused
    for --json, which names them."""
    site.write_text(DOUBLED)
    assert main(["check", "--show", "info", str(site)]) == 0
    assert "doubled word" in capsys.readouterr().out
    assert main(["check", "--json", str(site)]) == 0
    data = json.loads(capsys.readouterr().out)
    fixes = [p["fixes"] for p in data["problems"] if p["check"] == "doubled-word"]
    assert fixes == [["Remove the second 'the'"]]


def test_a_folder_compares_tags_with_the_whole_site(site, capsys):
    site.write_text(CLEAN.replace("  - Kubernetes", "  - kubernetes"))
    assert main(["check", str(site.parents[1])]) == 0
    assert "tag 'kubernetes' differs from the site's tag 'Kubernetes' (used 1×)" in capsys.readouterr().out
    assert main(["check", str(site)]) == 0  # one post alone: the other posts are read for their tags
    assert "[tag-variant]" in capsys.readouterr().out


def test_bad_settings_unreadable_and_latin1_posts_are_one_message_each(site, capsys):
    root = site.parents[1]
    (root / ".post-editor.yml").write_text("checks: [a, b\n")
    latin = site.with_name("2024-06-12-latin.md")
    latin.write_bytes("---\ntitle: Caf\u00e9\n---\n".encode("latin-1"))
    binary = site.with_name("2024-06-13-binary.md")
    binary.write_bytes(b"\x00\x01PNG")
    site.write_text(DOUBLED)
    assert main(["check", str(site), str(latin), str(binary)]) == 1  # checked one; two could not be read
    captured = capsys.readouterr()
    errors = captured.err.splitlines()
    assert len(errors) == 3
    assert ".post-editor.yml:2:1" in errors[0]
    assert str(latin) in errors[1] and "not UTF-8" in errors[1]
    assert str(binary) in errors[2] and "binary file" in errors[2]
    assert "[doubled-word]" in captured.out


def test_exit_2_only_when_nothing_could_be_checked(site, capsys):
    latin = site.with_name("2024-06-12-latin.md")
    latin.write_bytes("---\ntitle: Caf\u00e9\n---\n".encode("latin-1"))
    assert main(["check", str(latin)]) == 2
    assert "not UTF-8" in capsys.readouterr().err
    assert main(["check"]) == 2
    assert main(["check", str(site.with_name("nope.md"))]) == 2
    assert latin.read_bytes() == "---\ntitle: Caf\u00e9\n---\n".encode("latin-1")


def test_list(capsys):
    assert main(["check", "--list"]) == 0
    out = capsys.readouterr().out
    assert "doubled-word" in out and "talk-no-slides" in out and "info" in out


class _Handler(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_HEAD(self):  # noqa: N802 (http.server's name)
        self.hits.append(f"HEAD {self.path}")
        if self.path == "/no-head":
            self.send_response(405)
        else:
            self.send_response(200 if self.path.startswith("/ok") else 404)
        self.end_headers()

    def do_GET(self):  # noqa: N802
        self.hits.append(f"GET {self.path}")
        self.send_response(200 if self.path in ("/no-head",) or self.path.startswith("/ok") else 404)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    _Handler.hits = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_link_checker_against_a_local_server(server, tmp_path):
    cache = tmp_path / "links.json"
    checker = LinkChecker(cache, timeout=2, per_host_seconds=0)
    targets = [("link", f"{server}/ok", (0, 1)), ("image", f"{server}/gone.png", (2, 3)),
               ("link", f"{server}/no-head", (4, 5)), ("link", f"{server}/ok", (6, 7))]
    found = link_findings(checker, targets)
    assert [(f.message, f.start) for f in found] == [(f"image '{server}/gone.png' answers 404 Not Found", 2)]
    assert _Handler.hits == ["HEAD /ok", "HEAD /gone.png", "HEAD /no-head", "GET /no-head"]
    checker.save()
    again = LinkChecker(cache, timeout=2, per_host_seconds=0)
    link_findings(again, targets)
    assert _Handler.hits[4:] == ["HEAD /gone.png"]  # what answered well is cached; the broken is asked again


def test_link_checker_is_polite_per_host():
    slept, now = [], [0.0]
    checker = LinkChecker(None, per_host_seconds=1.0, clock=lambda: now[0], sleep=slept.append)
    for _ in range(2):
        checker.wait_for_turn("example.org")
    checker.wait_for_turn("other.org")
    assert slept == [1.0]


def test_links_only_on_request_and_offline_is_said(site, server, capsys):
    site.write_text(CLEAN.replace("[a trailer](https://www.youtube.com/watch?v=dQw4w9WgXcQ)",
                                  f"[a trailer]({server}/gone)"))
    assert main(["check", str(site)]) == 0
    assert _Handler.hits == []  # never by default
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    offline = CLEAN.replace("https://docs.google.com/presentation/d/1nl0kG/edit", f"http://127.0.0.1:{closed}/a")
    offline = offline.replace("https://docs.google.com/presentation/d/2xy/edit", f"http://127.0.0.1:{closed}/b")
    offline = offline.replace("https://", f"http://127.0.0.1:{closed}/")
    site.write_text(offline)
    assert main(["check", "--links", str(site)]) == 0
    captured = capsys.readouterr()
    assert "remote links and images were not checked" in captured.err
    assert "[remote-broken]" not in captured.out


def test_many_posts_are_checked_in_processes_with_the_same_result(site, capsys, monkeypatch):
    from editor.core.checks import batch

    for i in range(6):
        site.with_name(f"2024-07-{i + 10:02d}-copy.md").write_text(DOUBLED)  # date: says June
    site.write_text(DOUBLED.replace("  - Kubernetes", "  - kubernetes"))
    assert main(["check", "--json", "--show", "info", str(site.parents[1])]) == 1
    serial = json.loads(capsys.readouterr().out)
    monkeypatch.setattr(batch, "PARALLEL_FROM", 1)
    calls = []
    real = batch.check_one
    monkeypatch.setattr(batch, "check_one", lambda *args: calls.append(args) or real(*args))
    assert main(["check", "--json", "--show", "info", str(site.parents[1])]) == 1
    assert json.loads(capsys.readouterr().out) == serial
    assert calls == []  # the parent ran none of them: the workers did
    assert {p["check"] for p in serial["problems"]} >= {"doubled-word", "tag-variant", "date-mismatch"}


def test_results_are_reused_until_the_post_its_site_or_its_files_change(site, capsys, monkeypatch):
    from editor.core.checks import batch

    calls = []
    real = batch.check_one
    monkeypatch.setattr(batch, "check_one", lambda path, *args: calls.append(path.name) or real(path, *args))
    folder = str(site.parents[1])

    def run(*extra):
        calls.clear()
        main(["check", "--show", "info", *extra, folder])
        return capsys.readouterr().out

    first = run()
    assert sorted(calls) == ["2024-05-14-may.md", "2024-06-11-june.md"]
    assert run() == first and calls == []  # nothing changed: nothing read twice
    site.write_text(DOUBLED)
    assert "[doubled-word]" in run() and calls == ["2024-06-11-june.md"]
    (site.parents[1] / "assets" / "slides.pdf").unlink()  # a file the post names
    assert "[missing-target]" in run() and calls == ["2024-06-11-june.md"]
    (site.parents[1] / ".post-editor.yml").write_text("checks:\n  disabled: [doubled-word]\n")
    assert "[doubled-word]" not in run() and len(calls) == 2  # the site's settings changed
    assert run("--no-cache") and len(calls) == 2


def test_talks_taught_to_the_site_are_checked_as_the_window_sees_them(site, capsys):
    post = site.with_name("2024-07-09-july.md")
    post.write_text("---\ntitle: July\ndescription: Two talks.\n---\n\n"
                    "**Kubernetes at scale** · Ana Calin · Paybase\n\n"
                    "**Serverless in practice** · Bert Smith · Acme\n")
    assert main(["check", "--show", "info", str(post)]) == 0
    assert "talk-no-recording" not in capsys.readouterr().out  # the rules see no talk here
    (site.parents[1] / ".post-editor.yml").write_text(
        "talks:\n  shapes:\n  - block: para\n    lines:\n    - '**{title}** · {speaker} · {organisation}'\n")
    assert main(["check", "--show", "info", str(post)]) == 0
    out = capsys.readouterr().out
    assert "Ana Calin's talk has no recording link [talk-no-recording]" in out
    assert "Bert Smith's talk has no recording link [talk-no-recording]" in out
