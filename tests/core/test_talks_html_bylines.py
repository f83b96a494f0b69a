"""Old HTML roundups (blind41_b, tuned on after its final scoring): ``<h3>Title</h3>`` over a byline
paragraph of linked names and a company, the recording and slides embedded under it; SlideShare's
embed code gives way to the deck's own page linked under the player."""

from __future__ import annotations

from editor.core.talks import recognise

POST = """---
title: March
---

<h3>Composer beyond require</h3>
<p><strong><a href="https://twitter.com/lhaworth">Lisa Hart</a></strong>, Bytefield</p>
<p>Lisa showed us private Satis repositories and the autoloader optimiser.</p>
<iframe width="560" height="315" src="//www.youtube.com/embed/k3dP7xQvR2s?start=185"></iframe>
<iframe src="//www.slideshare.net/slideshow/embed_code/32164411" width="427"></iframe> <div> <strong>
<a href="https://www.slideshare.net/lhart/composer-beyond-require" title="Composer">Composer</a> </strong>
from <strong><a href="http://www.slideshare.net/lhart">Lisa Hart</a></strong> </div>

<h3>Laravel queues in production</h3>
<p><strong><a href="https://twitter.com/jmarsh">Jenny Marsh</a></strong> &amp;
<strong><a href="https://twitter.com/tsewell">Tom Sewell</a></strong>, Foxhole Media</p>
<p>Jenny and Tom run the encoding pipeline on Laravel queues.</p>
<iframe width="560" height="315" src="//www.youtube.com/embed/k3dP7xQvR2s?start=3300"></iframe>
"""


def test_linked_names_in_an_html_byline_with_their_company():
    talks = recognise(POST).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["Lisa Hart"], "Bytefield", "Composer beyond require", 185,
         "https://www.slideshare.net/lhart/composer-beyond-require"),
        (["Jenny Marsh", "Tom Sewell"], "Foxhole Media", "Laravel queues in production", 3300, None),
    ]


def test_a_paragraph_that_goes_on_after_a_linked_name_is_no_byline():
    body = ("---\ntitle: t\n---\n\n<h3>Laravel queues in production</h3>\n"
            '<p><a href="https://twitter.com/jmarsh">Jenny Marsh</a> wrote about queues on her blog.</p>\n')
    assert recognise(body).talks == []


THAI = """---
title: Meetup 21
---

<ol class="agenda">
  <li>
    <strong>Kubernetes Gateway API บน production</strong><br>
    โดย <a href="https://github.com/thanaphon-s">ธนพล ศรีสุข</a> · LINE MAN Wongnai<br>
    <a href="https://youtu.be/Hm4tR7yQp2a?t=545">🎬 วิดีโอ</a> | <a href="https://speakerdeck.com/t/gw">📑</a>
  </li>
  <li>
    ประกาศ<br>
    พบกันใหม่เดือนหน้า
  </li>
</ol>
"""


def test_an_html_list_item_whose_lines_are_broken_with_br_is_one_talk_line():
    """blind58_c (held out this session, tuned on after its final scoring): Thai "โดย" (by), a name in
    a script without capitals."""
    talks = recognise(THAI).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["ธนพล ศรีสุข"], "LINE MAN Wongnai", "Kubernetes Gateway API บน production", 545,
         "https://speakerdeck.com/t/gw")]
