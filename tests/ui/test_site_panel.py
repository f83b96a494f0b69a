"""The site panel on a real temporary site: listed newest first, filtered as you type."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from site_fixture import make_site

from editor.bridge.site_index_service import SiteIndexService
from editor.ui.site_panel import SitePanel, parse_filter

pytestmark = pytest.mark.gui
WAIT = 20_000


@pytest.fixture
def site(tmp_path):
    return make_site(tmp_path)


@pytest.fixture
def panel(qtbot, tmp_path, site):
    service = SiteIndexService(tmp_path / "cache")
    panel = SitePanel(service)
    qtbot.addWidget(panel)
    panel.resize(700, 500)
    panel.show()
    with qtbot.waitSignal(service.listed, timeout=WAIT):
        service.set_site(site)
    yield panel
    service.shutdown()


def shown_rows(panel) -> list[list[str]]:
    model = panel.model
    return [[model.index(r, c).data() or "" for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def titles(panel) -> list[str]:
    return [e.title for e in panel.shown_entries()]


def test_the_panel_lists_posts_and_drafts_newest_first_with_other_collections_in_groups(panel):
    rows = shown_rows(panel)
    assert rows[0][0] == "Posts"
    assert [r[0] for r in rows[1:6]] == [
        "Kubernetes at scale", "Cloud Native London, December 2018: Paybase, DNEG and ControlPlane",
        "Cloud Native London, November 2018", "Cloud Native London, October 2018: HashiCorp and Elastic",
        "Operators in practice"]
    assert rows[1][1] == "Draft 2019-02-12" and rows[2][1] == "2018-12-12"
    assert rows[2][2] == "Photos, Video, Meetup, 2018"
    assert rows[6][0] == "Talks" and rows[7][0] == "Service meshes explained"
    assert panel.status.text() == "4 posts, 1 draft, 1 in other collections"
    # A group's heading cannot be chosen.
    assert not panel.model.flags(panel.model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable


def test_typing_filters_by_words_and_by_tag(qtbot, panel):
    qtbot.keyClicks(panel.filter_line, "london nov")
    assert titles(panel) == ["Cloud Native London, November 2018"]
    assert panel.status.text() == "1 shown of 4 posts, 1 draft, 1 in other collections"
    for _ in range(4):  # back to "london": the others come back
        qtbot.keyClick(panel.filter_line, Qt.Key.Key_Backspace)
    assert len(titles(panel)) == 3
    panel.filter_line.clear()
    qtbot.keyClicks(panel.filter_line, "tag:kubernetes")
    assert titles(panel) == ["Kubernetes at scale", "Operators in practice"]
    qtbot.keyClicks(panel.filter_line, " draft:no")
    assert titles(panel) == ["Operators in practice"]
    panel.filter_line.clear()
    assert len(titles(panel)) == 6


def test_the_tag_list_filters_too_most_used_tags_first(qtbot, panel):
    combo = panel.tag_combo
    assert [combo.itemText(i) for i in range(4)] == ["All tags", "Meetup (4)", "2018 (3)", "Kubernetes (2)"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the first tag: Meetup
    assert combo.currentData() == "Meetup"
    assert "Operators in practice" not in titles(panel) and len(titles(panel)) == 4
    qtbot.keyClicks(panel.filter_line, "october")
    assert titles(panel) == ["Cloud Native London, October 2018: HashiCorp and Elastic"]


def test_clicking_a_post_or_pressing_enter_on_it_chooses_it(qtbot, panel, site):
    view = panel.view
    row = next(r for r in range(panel.model.rowCount())
               if panel.model.index(r, 0).data() == "Operators in practice")
    rect = view.visualRect(panel.model.index(row, 0))
    with qtbot.waitSignal(panel.postChosen, timeout=WAIT) as chosen:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen.args == [site / "_posts" / "2018-09-11-operators-in-practice.md"]
    panel.filter_line.setFocus()
    qtbot.keyClicks(panel.filter_line, "scale")
    qtbot.keyClick(panel.filter_line, Qt.Key.Key_Down)
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # past the heading, onto the draft
    with qtbot.waitSignal(panel.postChosen, timeout=WAIT) as chosen:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert chosen.args == [site / "_drafts" / "kubernetes-at-scale.md"]


def test_the_panel_fills_batch_by_batch_and_a_refresh_arrives_whole(qtbot, tmp_path, site, monkeypatch):
    posts = site / "_posts"
    for day in range(1, 29):
        (posts / f"2017-02-{day:02d}-p{day}.md").write_text(f"---\ntitle: P{day}\n---\n", encoding="utf-8")
    service = SiteIndexService(tmp_path / "cache2")
    panel = SitePanel(service)
    qtbot.addWidget(panel)
    sizes = []
    service.batchReady.connect(lambda batch: sizes.append(len(panel.entries)))
    import editor.bridge.site_index_service as module
    real = module.iter_site
    monkeypatch.setattr(module, "iter_site", lambda root, cache_dir=None: real(root, cache_dir, batch=10))
    try:
        with qtbot.waitSignal(service.listed, timeout=WAIT):
            service.set_site(site)
        assert sizes == [10, 20, 30, 34]  # the panel grew with each batch
        (posts / "2019-03-01-march.md").write_text("---\ntitle: March\n---\n", encoding="utf-8")
        sizes.clear()
        with qtbot.waitSignal(service.listed, timeout=WAIT):
            service.refresh()
        assert sizes == [] and titles(panel)[0] == "March"
    finally:
        service.shutdown()


def test_the_filter_words():
    assert parse_filter("tag:Go  london draft:yes") == ("london", "Go", True)
    assert parse_filter("tag: nope") == ("tag: nope", None, None)
