"""Names the site already uses: speakers and organisations, tag spellings, layouts."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from editor.core.site_names import config_layouts, similar_tag, site_people
from tests.conftest import EXAMPLE_SITE
from tests.site_files import write


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    shutil.copytree(EXAMPLE_SITE, root)
    return root


def test_people_from_the_roundups(site: Path, tmp_path: Path):
    people = site_people(site, tmp_path / "cache")
    assert sorted(people.speakers) == ["Ana Calin", "Dheeraj Bhadani", "Jane Doe", "Luke Bond"]
    assert sorted(people.organisations) == ["Control Plane", "DNEG", "HashiCorp", "Paybase"]
    # warm: the posts are not read again (an unreadable post still gives its names)
    december = site / "_posts/2018-12-12-cloud-native-london-december-2018.md"
    december.chmod(0)
    try:
        assert site_people(site, tmp_path / "cache") == people
    finally:
        december.chmod(0o644)


def test_people_from_data_files(tmp_path: Path):
    root = tmp_path / "s"
    write(root / "_config.yml", "")
    write(root / "_data/speakers.yml",
          "- name: Jane Doe\n  company: Acme\n- name: John Roe\n  organisation: Initech\n")
    write(root / "_data/people.json", '{"kelsey": {"name": "Kelsey Hightower", "org": "Google"}, '
                                      '"ada": {"company": "Analytical"}}')
    write(root / "_data/members.csv", "Name,Company\nGrace Hopper,Navy\n")
    write(root / "_data/sponsors.yaml", "- name: StorageOS\n  url: https://storageos.com\n")
    write(root / "_data/navigation.yml", "- name: Home\n")
    write(root / "_data/broken_speakers.yml", "- name: [unclosed\n")
    people = site_people(root)
    assert people.speakers == ["ada", "Grace Hopper", "Jane Doe", "John Roe", "Kelsey Hightower"]
    assert people.organisations == ["Acme", "Analytical", "Google", "Initech", "Navy", "StorageOS"]
    assert "Ada Lovelace" in site_people(root, learnt_names=["Ada Lovelace"]).speakers


@pytest.mark.parametrize("tag, existing, expected", [
    ("kubernetes", ["Kubernetes", "Meetup"], "Kubernetes"),
    ("Cloud Native", ["cloud-native"], "cloud-native"),
    ("cloud_native", Counter({"CloudNative": 1, "cloud-native": 5}), "cloud-native"),
    ("Kubernetes", ["Kubernetes"], None),
    ("Serverless", ["Kubernetes"], None),
    ("--", ["Kubernetes"], None),
])
def test_similar_tag(tag, existing, expected):
    assert similar_tag(tag, existing) == expected


def test_layouts_of_the_site_and_its_theme(site: Path, tmp_path: Path, monkeypatch):
    assert config_layouts(site) == ["default", "page", "post"]
    gems = tmp_path / "gems-home"
    write(gems / "gems/meetup-theme-1.2.0/_layouts/talk.html", "{{ content }}")
    write(gems / "gems/meetup-theme-1.2.0/_layouts/home.html", "{{ content }}")
    (site / "_config.yml").write_text("theme: meetup-theme\n", encoding="utf-8")
    monkeypatch.setenv("GEM_HOME", str(gems))
    assert config_layouts(site) == ["default", "home", "page", "post", "talk"]
    (site / "_config.yml").write_text("theme: not-installed-theme\n", encoding="utf-8")
    assert config_layouts(site) == ["default", "page", "post"]  # quietly, without the theme's
