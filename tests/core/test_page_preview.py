"""The whole preview page: policy, stylesheet, header, sanitised body."""

from __future__ import annotations

from editor.core.render import PREVIEW_CSP, build_page, context_for, preview_body


def test_csp_allows_only_self_scripts():
    assert "default-src 'none'" in PREVIEW_CSP and "script-src 'self'" in PREVIEW_CSP
    assert "connect-src 'none'" in PREVIEW_CSP and "frame-src 'none'" in PREVIEW_CSP
    assert "object-src 'none'" in PREVIEW_CSP and "img-src 'self' postedit: data:" in PREVIEW_CSP


def test_page_has_policy_header_body_and_extra_head():
    text = ('---\ntitle: "Meetup <June>"\ndate: 2024-06-11\nlocation: Ljubljana\ntags: [ruby, talks]\n'
            'description: Talks and beer\n---\nHello <script>alert(1)</script>\n\n![p](https://x.example/p.png)\n')
    ctx = context_for(text)
    page = build_page(text.split("---\n", 2)[2], ctx, extra_head='<script src="postedit://preview/qwebchannel.js"></script>')
    assert '<meta http-equiv="Content-Security-Policy" content="' + PREVIEW_CSP + '">' in page
    assert '<script src="postedit://preview/qwebchannel.js"></script>' in page
    assert "alert(1)" not in page
    assert "Meetup &lt;June&gt;" in page and "Jun 11, 2024" in page and "Ljubljana" in page
    assert "<li>ruby</li>" in page and "Talks and beer" in page
    assert 'id="pe-body"' in page and "pe-placeholder" in page
    assert ".pe-placeholder" in page  # stylesheet inlined


def test_preview_body_is_sanitised_and_line_tagged():
    text = "---\ntitle: t\n---\n<iframe src='https://youtu.be/abcdefghijk'></iframe>\n\nPara\n"
    body = preview_body(text.split("---\n", 2)[2], context_for(text))
    assert "<iframe" not in body and "YouTube video" in body
    assert '<p data-line="6">Para</p>' in body
