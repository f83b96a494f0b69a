"""``post-editor talks``: JSON and readable output over the Qt-free core."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEED

from editor.cli import main


@pytest.fixture()
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip(f"the seed post {SEED} is absent")
    return SEED


def test_json(seed_path, capsys):
    assert main(["talks", str(seed_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [t["speakers"] for t in data["talks"]] == [["Ana Calin"], ["Dheeraj Bhadani"], ["Luke Bond"]]
    ana = data["talks"][0]
    assert ana["organisation"] == "Paybase" and ana["start_seconds"] == 240 and ana["lines"] == [25, 32]
    assert len(ana["takeaways"]) == 3 and ana["slides_url"].startswith("https://docs.google.com/")
    assert data["talks"][1]["slides_url"] is None
    assert data["event"]["video_id"] == "_adkJbf1bRU"
    assert [s["name"] for s in data["event"]["sponsors"]] == ["StorageOS", "Tecknuovo", "Contino", "Pusher"]
    assert data["event"]["next_meetup"]["rsvp_url"] == "https://www.meetup.com/Cloud-Native-London/events/254553430/"


def test_readable_summary(seed_path, capsys):
    assert main(["talks", str(seed_path)]) == 0
    out = capsys.readouterr().out
    assert "1. Ana Calin (Paybase)  [lines 25-32]" in out
    assert "https://youtu.be/_adkJbf1bRU?t=4345 at 1:12:25" in out
    assert "Sponsors:  StorageOS, Tecknuovo, Contino, Pusher" in out


def test_post_without_talks(tmp_path, capsys):
    p = tmp_path / "p.md"
    p.write_text("---\ntitle: x\n---\n\nNothing to see.\n", encoding="utf-8")
    assert main(["talks", str(p), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "talks": [], "event": {"video_id": None, "sponsors": [], "next_meetup": None}}
    assert main(["talks", str(p)]) == 0
    assert "No talks found." in capsys.readouterr().out


def test_unreadable_file_is_a_one_line_error(tmp_path, capsys):
    assert main(["talks", str(tmp_path / "missing.md")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("post-editor: ") and err.count("\n") == 1
