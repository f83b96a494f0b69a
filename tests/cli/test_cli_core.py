"""The command line over the core: check, set, --version; exit codes and messages."""

import os
import subprocess
import sys

import pytest

from editor import __version__
from editor.cli import main

SEED_LIKE = b"---\nlayout: post\ntitle: \"Meetup: June\"\ntags:\n  - a\n  - b\ndate: 2024-06-11\n---\nBody\n"


@pytest.fixture(autouse=True)
def own_cache_folder(tmp_path, monkeypatch):
    """check keeps results in the user's cache folder: the tests' own, not the user's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture
def site_post(tmp_path):
    posts = tmp_path / "_posts"
    posts.mkdir()
    path = posts / "2024-06-11-june.md"
    path.write_bytes(SEED_LIKE)
    return path


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_check_clean(site_post, capsys):
    assert main(["check", str(site_post)]) == 0
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("name,data,expected", [
    # where the unclosed [ opens, not where pyyaml noticed it
    ("2024-06-11-bad.md", b"---\ntitle: [a\nx: 1\n---\n",
     ":2:8: error: invalid YAML in front matter: the [ list"),
    ("2024-06-11-open.md", b"---\ntitle: a\nno closer\n", "no closing '---'"),
    ("june-meetup.md", b"---\ntitle: a\n---\n", "YYYY-MM-DD-slug.ext"),
    ("2024-06-11-date.md", b"---\ndate: 2024-06-12\n---\n", "file name says 2024-06-11"),
])
def test_check_reports_problems(tmp_path, capsys, name, data, expected):
    posts = tmp_path / "_posts"
    posts.mkdir()
    path = posts / name
    path.write_bytes(data)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert expected in out and str(path) in out
    assert path.read_bytes() == data


def test_check_missing_path_is_usage_error(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope.md")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_set_is_a_minimal_edit(site_post):
    assert main(["set", str(site_post), "title=Meetup: July", "tags=[x, y]", "location=Ljubljana"]) == 0
    assert site_post.read_bytes() == (
        b"---\nlayout: post\ntitle: \"Meetup: July\"\ntags:\n  - x\n  - y\ndate: 2024-06-11\n"
        b"location: Ljubljana\n---\nBody\n")
    assert main(["set", str(site_post), "--delete", "location"]) == 0
    assert main(["set", str(site_post), "title=Meetup: June", "tags=[a, b]"]) == 0
    assert site_post.read_bytes() == SEED_LIKE


def test_set_quoted_yaml_value(site_post):
    assert main(["set", str(site_post), 'title="x: y"', "count=3", "draft=true"]) == 0
    from editor.core.frontmatter import parse
    values = parse(site_post.read_text()).values
    assert values["title"] == "x: y" and values["count"] == 3 and values["draft"] is True


@pytest.mark.parametrize("data", [b"---\ntitle: [a\n---\n", b"\x00\x01binary", b"---\ntitle: x\n"])
def test_set_leaves_unreadable_post_untouched(tmp_path, capsys, data):
    path = tmp_path / "p.md"
    path.write_bytes(data)
    assert main(["set", str(path), "title=x"]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "Traceback" not in err
    assert path.read_bytes() == data


def test_set_bad_arguments(site_post, capsys):
    assert main(["set", str(site_post), "novalue"]) == 2
    assert main(["set", str(site_post), "tags=[a, b"]) == 2
    assert main(["set", str(site_post), "--delete", "nope"]) == 2
    assert site_post.read_bytes() == SEED_LIKE


def test_module_entry_point_runs_without_qt_for_commands(site_post):
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    out = subprocess.run([sys.executable, "-c",
                          "import sys; from editor.cli import main; rc = main(sys.argv[1:]);"
                          "assert not any(m.startswith('PySide6') for m in sys.modules); sys.exit(rc)",
                          "check", str(site_post)], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr


@pytest.mark.parametrize("argv, window", [
    (["post.md"], True),
    (["--reset-geometry", "post.md"], True),
    (["--reset", "post.md"], True),       # shortened, as the window's own reader allows
    (["--", "-odd.md"], True),
    ([], True),
    (["check", "post.md"], False),
    (["--version"], False),
    (["--help"], False),
    (["--bogus"], False),
])
def test_the_command_line_tells_the_window_from_the_commands(monkeypatch, argv, window):
    import editor.app
    from editor.cli import main

    opened = []
    monkeypatch.setattr(editor.app, "run_app", lambda args: opened.append(args) or 0)
    try:
        main(argv)
    except SystemExit:
        pass
    assert opened == ([argv] if window else [])
