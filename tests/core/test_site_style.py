"""The site's own stylesheet in the live preview page (`.post-editor.yml`, section `preview:`)."""

from __future__ import annotations

import os

from editor.core import frontmatter
from editor.core.render import build_page, context_for
from editor.core.site_style import find_site_stylesheet, rebase_urls, site_css

POST = "---\ntitle: June\n---\nBody text.\n"


def make_site(tmp_path, settings: str | None, files: dict[str, str]):
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: T\n")
    if settings is not None:
        (root / ".post-editor.yml").write_text(settings)
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    post = root / "_posts" / "2024-06-11-june.md"
    post.write_text(POST)
    return root, post


def page_for(post):
    parsed = frontmatter.parse(post.read_text())
    return build_page(parsed.body, context_for(parsed, post_path=post))


def test_off_unless_the_site_asks_for_it(tmp_path):
    root, post = make_site(tmp_path, None, {"assets/main.css": "body { font-family: Lato }"})
    assert site_css(root) == ""
    assert "Lato" not in page_for(post)


def test_the_sites_plain_css_styles_the_preview_after_the_editors_own(tmp_path):
    root, post = make_site(tmp_path, "preview:\n  site_css: true\n",
                           {"assets/main.css": "body { font-family: Lato; background: url(bg.png) }"})
    page = page_for(post)
    own, site = page.index(".pe-placeholder"), page.index("font-family: Lato")
    assert own < site  # (the site's rules win where both say something)
    assert 'url("postedit://site/assets/bg.png")' in page


def test_compiled_sass_is_found_in_the_built_site(tmp_path):
    root, _ = make_site(tmp_path, "preview:\n  site_css: true\n",
                        {"assets/main.scss": "---\n---\n@import 'minima';",
                         "_site/assets/main.css": "h1 { color: teal }"})
    assert find_site_stylesheet(root) == (root / "_site" / "assets" / "main.css", "assets")
    assert site_css(root) == "h1 { color: teal }"


def test_the_stylesheet_can_be_named_and_a_missing_one_is_no_style(tmp_path):
    root, _ = make_site(tmp_path, "preview:\n  site_css: true\n  stylesheet: theme/app.css\n",
                        {"theme/app.css": "p { margin: 0 }", "assets/main.css": "p { margin: 9em }"})
    assert site_css(root) == "p { margin: 0 }"
    os.remove(root / "theme" / "app.css")
    assert site_css(root) == ""


def test_urls_are_rebased_to_the_site_and_remote_ones_left_to_the_policy():
    css = ("a{background:url('img/x.png')} b{src:url(/blog/fonts/f.woff2)} "
           "c{background:url(https://cdn.example.org/y.png)} d{background:url(data:image/png;base64,AA)}")
    out = rebase_urls(css, "assets/css", "/blog")
    assert 'url("postedit://site/assets/css/img/x.png")' in out
    assert 'url("postedit://site/fonts/f.woff2")' in out
    assert "url(https://cdn.example.org/y.png)" in out and "url(data:image/png;base64,AA)" in out


def test_a_broken_settings_file_means_no_site_style(tmp_path):
    root, _ = make_site(tmp_path, "preview: [oops\n", {"assets/main.css": "p{}"})
    assert site_css(root) == ""
