"""Where photos go and how they are referred to: learned from the site, overridable, beside a lone post."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from editor.core.images import ImageRefused, plan_assets
from editor.core.images.assets import folder_pattern, post_place
from editor.core.site_settings import SiteSettings, save_site_settings

FM = "---\ntitle: {title}\n{extra}---\n"


def make_site(root: Path, posts: dict[str, str]) -> Path:
    (root / "_config.yml").write_text("title: Meetup\n")
    (root / "_posts").mkdir()
    for name, body in posts.items():
        (root / "_posts" / name).write_text(FM.format(title=name, extra="") + body)
    return root


def test_folder_by_year_and_baseurl_style_learned_from_posts(tmp_path):
    site = make_site(tmp_path, {
        "2018-10-09-october.md": "![A]({{ site.baseurl }}/assets/images/2018/a.jpg)\n",
        "2018-11-13-november.md": "![B]({{ site.baseurl }}/assets/images/2018/b.png)\n",
        "2017-01-01-old.md": "![C](/img/c.png)\n",
    })
    post = site / "_posts" / "2019-03-02-march.md"
    plan = plan_assets(post, FM.format(title="March", extra=""), site)
    assert plan.folder == site.resolve() / "assets/images/2019"
    expected = "{{ site.baseurl }}/assets/images/2019/ana-calin.jpg"
    assert plan.reference(plan.folder / "ana-calin.jpg") == expected
    assert plan.learned_from == "site"


def test_root_relative_when_the_site_does_not_use_baseurl(tmp_path):
    site = make_site(tmp_path, {"2018-10-09-october.md": '<img src="/images/a.jpg">\n![B](/images/b.jpg)\n'})
    post = site / "_posts" / "2019-03-02-march.md"
    plan = plan_assets(post, "", site)
    assert plan.folder == site.resolve() / "images"
    assert plan.reference(plan.folder / "x.jpg") == "/images/x.jpg"


def test_per_post_folder_pattern(tmp_path):
    site = make_site(tmp_path, {
        "2018-10-09-october.md": "![A](/assets/2018-10-09-october/a.jpg)\n",
        "2018-11-13-november.md": "![B](/assets/2018-11-13-november/b.jpg)\n",
    })
    plan = plan_assets(site / "_posts" / "2019-03-02-march.md", "", site)
    assert plan.folder == site.resolve() / "assets/2019-03-02-march"


def test_the_post_own_habit_comes_first(tmp_path):
    site = make_site(tmp_path, {"2018-10-09-october.md": "![A](/images/a.jpg)\n"})
    text = FM.format(title="March", extra="") + "![Z]({{site.baseurl}}/photos/march/z.jpg)\n"
    plan = plan_assets(site / "_posts" / "2019-03-02-march.md", text, site)
    assert plan.folder == site.resolve() / "photos/march"
    assert plan.body_prefix == "{{site.baseurl}}/photos/march/"


def test_default_without_any_habit(tmp_path):
    site = make_site(tmp_path, {"2018-10-09-october.md": "![A](https://example.org/a.jpg)\n"})
    plan = plan_assets(site / "_posts" / "2019-03-02-march.md", "", site)
    assert plan.folder == site.resolve() / "assets/images/2019-03-02-march"
    assert plan.body_prefix == "/assets/images/2019-03-02-march/" and plan.learned_from == "default"


def test_settings_override_the_habit(tmp_path):
    site = make_site(tmp_path, {"2018-10-09-october.md": "![A](/images/a.jpg)\n"})
    save_site_settings(site, SiteSettings({"images": {"folder": "static/speakers/{year}/{slug}/"}}))
    from editor.core.images import ImageSettings
    folder = ImageSettings.for_site(site).folder
    plan = plan_assets(site / "_posts" / "2019-03-02-march.md", "", site, folder)
    assert plan.folder == site.resolve() / "static/speakers/2019/march"
    assert plan.learned_from == "settings"
    with pytest.raises(ImageRefused, match="inside the site"):
        plan_assets(site / "_posts" / "2019-03-02-march.md", "", site, "../outside")
    with pytest.raises(ImageRefused, match="may use only"):
        plan_assets(site / "_posts" / "2019-03-02-march.md", "", site, "assets/{author}")


def test_front_matter_keeps_its_own_style(tmp_path):
    site = make_site(tmp_path, {})
    (site / "_posts" / "2018-10-09-october.md").write_text(
        FM.format(title="Oct", extra="image: /assets/images/cover.png\n")
        + "![A]({{ site.baseurl }}/assets/images/a.jpg)\n")
    plan = plan_assets(site / "_posts" / "2019-03-02-march.md", "", site)
    assert plan.reference(plan.folder / "x.jpg", front_matter=True) == "/assets/images/x.jpg"
    assert plan.reference(plan.folder / "x.jpg") == "{{ site.baseurl }}/assets/images/x.jpg"


def test_a_post_outside_any_site_keeps_its_photos_beside_it(tmp_path):
    plan = plan_assets(tmp_path / "my-talk-notes.md", "", None)
    assert plan.folder == tmp_path / "my-talk-notes.assets"
    assert plan.reference(plan.folder / "ana-calin.jpg") == "my-talk-notes.assets/ana-calin.jpg"


def test_patterns_and_dates():
    place = post_place(Path("2018-10-09-october.md"))
    assert folder_pattern(PurePosixPath("assets/images/2018/10"), place) == "assets/images/{year}/{month}"
    draft = post_place(Path("_drafts/my-draft.md"), "---\ndate: 2020-05-06\n---\n")
    assert (draft.date.isoformat(), draft.slug) == ("2020-05-06", "my-draft")
