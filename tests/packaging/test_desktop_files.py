"""What a Linux desktop and a software centre read about the program: the .desktop file, the
AppStream metainfo and the icons agree with each other and with the program."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET

import pytest
from conftest import REPO
from PIL import Image

from editor import __version__
from editor.app import DESKTOP_ID, WINDOW_ICON_SIZES

PACKAGING = REPO / "packaging"
DESKTOP_FILE = PACKAGING / f"{DESKTOP_ID}.desktop"
METAINFO = PACKAGING / f"{DESKTOP_ID}.metainfo.xml"
ICONS = REPO / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read_string(DESKTOP_FILE.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_the_desktop_file_starts_the_installed_program_with_its_icon():
    entry = desktop_entry()
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert entry["Exec"].split()[0] in scripts
    assert entry["Icon"] == DESKTOP_ID
    assert entry["Name"] == "Jekyll Post Editor"
    assert "text/markdown" in entry["MimeType"].split(";")


def test_the_metainfo_names_the_desktop_file_and_this_version():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP_ID
    assert root.find("launchable").text == DESKTOP_FILE.name
    assert root.find("provides/binary").text == desktop_entry()["Exec"].split()[0]
    assert root.findtext("name") == desktop_entry()["Name"]
    newest = root.find("releases/release")
    assert newest.get("version") == __version__, "add a <release> for the new version to the metainfo"


def test_the_icons_come_in_the_usual_sizes():
    assert ET.parse(ICONS / "post-editor.svg").getroot().get("viewBox") == "0 0 128 128"
    assert set(WINDOW_ICON_SIZES) <= set(PNG_SIZES)
    for size in PNG_SIZES:
        with Image.open(ICONS / f"post-editor-{size}.png") as image:
            assert (image.format, image.size, image.mode) == ("PNG", (size, size), "RGBA")
            assert image.getpixel((0, 0))[3] == 0  # a transparent corner: no square behind the page


@pytest.mark.parametrize("command", [
    ["desktop-file-validate", str(DESKTOP_FILE)],
    ["appstreamcli", "validate", "--no-net", str(METAINFO)],
])
def test_the_freedesktop_checkers_accept_them(command):
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (Debian: packaging/system-deps.sh --package)")
    out = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
