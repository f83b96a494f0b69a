"""Layouts of earlier test sites the rules still read nothing of, written here as posts of our own: a
Korean heading per session over a sentence naming the speaker with 님, Japanese bold titles over the
speaker's line with さん, an old HTML list citing each title, a Portuguese heading counted "1ª" over
"Com **Name**, da Org", and an HTML table headed "Expositor"."""

from __future__ import annotations

from editor.core.talks import recognise


def _read(post: str):
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(post).talks]


KOREAN = """---
title: 밋업 후기
---

전체 녹화 영상은 [유튜브](https://youtu.be/Qw2eR4tY6uI)에 올라가 있습니다.

### 첫 번째 세션: 정적 사이트 빌드 시간 줄이기

첫 발표는 카카오의 김하늘 님이 해 주셨습니다. 빌드 캐시를 나누는 방법이 인상적이었어요.

- 영상: [04:10부터 보기](https://youtu.be/Qw2eR4tY6uI?t=250)

### 두 번째 세션: 문서 사이트 번역 협업기

두 번째 발표는 이서준 님이었습니다. 번역 PR을 리뷰하는 방법을 보여 주셨어요.

- 영상: [35:00부터 보기](https://youtu.be/Qw2eR4tY6uI?t=2100)
"""


def test_a_korean_session_heading_over_a_sentence_naming_the_speaker():
    assert [(t.speakers, t.title, t.start_seconds) for t in recognise(KOREAN).talks] == [
        (["김하늘"], "정적 사이트 빌드 시간 줄이기", 250),
        (["이서준"], "문서 사이트 번역 협업기", 2100),
    ]


JAPANESE = """---
title: 勉強会レポート
---

**■ Hugoから Jekyllに戻ってきた話**

山本 拓也さん（株式会社サクラウェブ）

移行の理由と、戻ってきて良かった点をお話しいただきました。

- 動画：[00:04:30〜](https://www.youtube.com/watch?v=Hn3jK5lM7pQ&t=270s)

**■ GitHub Actionsでプレビュー環境を作る**

小林 花さん

プルリクエストごとにプレビューを出す方法の紹介でした。

- 動画：[00:29:10〜](https://www.youtube.com/watch?v=Hn3jK5lM7pQ&t=1750s)
"""


def test_japanese_bold_titles_over_the_speaker_s_line_with_an_honorific():
    assert _read(JAPANESE) == [
        (["山本 拓也"], "株式会社サクラウェブ", "Hugoから Jekyllに戻ってきた話", 270, None),
        (["小林 花"], None, "GitHub Actionsでプレビュー環境を作る", 1750, None),
    ]


HTML_CITE = """---
title: June
---

<ol class="talk-list">
  <li>
    <cite>Caching static sites</cite> &mdash; <a href="https://twitter.com/lmoss">Lena Moss</a>, Fastly<br>
    <a href="https://speakerdeck.com/lmoss/caching">slides</a> | <a href="http://www.youtube.com/watch?v=Zq4wX6cV8bN#t=3m20s">video</a>
  </li>
  <li>
    <cite>Liquid tricks</cite> &mdash; <a href="https://github.com/okeane">Owen Keane</a><br>
    <a href="http://www.youtube.com/watch?v=Zq4wX6cV8bN#t=25m">video</a>
  </li>
</ol>
"""


def test_an_html_list_citing_each_title():
    assert _read(HTML_CITE) == [
        (["Lena Moss"], "Fastly", "Caching static sites", 200, "https://speakerdeck.com/lmoss/caching"),
        (["Owen Keane"], None, "Liquid tricks", 1500, None),
    ]


PORTUGUESE = """---
title: Jekyll BH
---

### 1ª palestra: Sites estáticos com Decap CMS

Com **Paula Souza** ([@psouza](https://github.com/psouza)), da Hotmart.

Gravação: [a partir de 6:10](https://youtu.be/Vb5nM7qW9eR?t=370)
"""


def test_a_heading_counted_with_an_ordinal_sign_over_com_and_the_bold_name():
    assert _read(PORTUGUESE) == [(["Paula Souza"], "Hotmart", "Sites estáticos com Decap CMS", 370, None)]


EXPOSITOR = """---
title: Meetup abril
---

<table>
  <thead><tr><th>Charla</th><th>Expositor</th><th>Video</th><th>Slides</th></tr></thead>
  <tbody>
    <tr>
      <td>Promesas sin dolor</td>
      <td><a href="https://twitter.com/creyes">Camila Reyes</a><br><small>Cumbre Digital</small></td>
      <td><a href="https://www.youtube.com/watch?v=R4vTn8qLmWc&t=312s">05:12</a></td>
      <td><a href="https://speakerdeck.com/creyes/promesas">ver</a></td>
    </tr>
    <tr>
      <td>Webpack en 10 minutos</td>
      <td><a href="https://github.com/tvidal">Tomás Vidal</a></td>
      <td><a href="https://www.youtube.com/watch?v=R4vTn8qLmWc&t=3400s">56:40</a></td>
      <td>&mdash;</td>
    </tr>
  </tbody>
</table>
"""


def test_an_html_table_headed_expositor():
    assert _read(EXPOSITOR) == [
        (["Camila Reyes"], "Cumbre Digital", "Promesas sin dolor", 312, "https://speakerdeck.com/creyes/promesas"),
        (["Tomás Vidal"], None, "Webpack en 10 minutos", 3400, None),
    ]


KOREAN_LABELLED = """---
title: 3월 밋업
---

**[세션 1] 지킬로 문서 사이트 만들기**
- 발표: 박도윤 님 (토스)
- 영상: [2분 15초부터](https://www.youtube.com/watch?v=Ue5hKp1TnQz&t=135s)

**[세션 2 · 라이트닝 토크] CSS 변수 하나로 다크 모드**
- 발표: 최서아 님
- 영상: [31분 40초부터](https://www.youtube.com/watch?v=Ue5hKp1TnQz&t=1900s)
"""


def test_a_korean_bold_session_title_over_a_presenter_label():
    assert _read(KOREAN_LABELLED) == [
        (["박도윤"], "토스", "지킬로 문서 사이트 만들기", 135, None),
        (["최서아"], None, "CSS 변수 하나로 다크 모드", 1900, None),
    ]


TIMED_LINKS = """---
title: Meetup #9
---

Jump straight to a talk:

- **[03:20](https://youtu.be/Lx4Rb7mPa2Q?t=200)** — *Static fronts for newsrooms* — Rita Gomes (Impresa)
- **[29:45](https://youtu.be/Lx4Rb7mPa2Q?t=1785)** — *Forty microsites, one repo* — Tom Becker (Zalando)
"""


def test_items_opening_on_their_start_linked_to_the_recording():
    assert _read(TIMED_LINKS) == [
        (["Rita Gomes"], "Impresa", "Static fronts for newsrooms", 200, None),
        (["Tom Becker"], "Zalando", "Forty microsites, one repo", 1785, None),
    ]


MARKDOWN_RECORD = """---
title: Meetup #40
---

### Talk #1

| | |
|---|---|
| **Title** | Feature flags without regrets |
| **Speaker** | [Nia Roberts](https://github.com/niar) |
| **Company** | Monzo |
| **Recording** | [watch from 4m10s](https://www.youtube.com/watch?v=Tf8dR3iVq2K&t=4m10s) |
| **Slides** | [Speaker Deck](https://speakerdeck.com/niar/flags) |

Nia showed how they clean flags up.
"""


def test_a_markdown_table_of_labels_and_values_under_a_counted_heading():
    assert _read(MARKDOWN_RECORD) == [
        (["Nia Roberts"], "Monzo", "Feature flags without regrets", 250, "https://speakerdeck.com/niar/flags")]


DETAILS_QUOTED = """---
title: Rückblick
---

<details markdown="1">
<summary>„Schnelle Builds mit Jekyll“ – Lea Fischer (Rheinwerk Digital)</summary>

Lea zeigte ihren Cache.

- [▶ Video ab 4:12](https://youtu.be/Kx9fT2mQeLs?t=252)
</details>
"""


def test_a_details_block_whose_summary_quotes_the_title():
    assert _read(DETAILS_QUOTED) == [
        (["Lea Fischer"], "Rheinwerk Digital", "Schnelle Builds mit Jekyll", 252, None)]


BLOGGER = """---
title: Rückblick Oktober-Treffen
blogger_orig_url: http://example.blogspot.com/2012/10/ruckblick.html
---
<div dir="ltr" style="text-align: left;" trbidi="on">
Hallo zusammen,<br />
<br />
danke an alle, die gestern dabei waren!<br />
<br />
<b>„Celery in Produktion“</b><br />
Vortrag von Svenja Brandt (Elbwerk GmbH), ab Minute 3: <a href="http://youtu.be/q7Rz2X?t=180">Video</a><br />
<br />
<b>„Typen in Python“</b><br />
Vortrag von Malte Hinz (Hinz IT), ab Minute 41: <a href="http://youtu.be/q7Rz2X?t=2460">Video</a><br />
</div>
"""


def test_an_imported_blogger_body_of_br_lines_reads_as_its_markdown():
    talks = recognise(BLOGGER).talks
    assert [(t.speakers, t.organisation, t.start_seconds) for t in talks] == [
        (["Svenja Brandt"], "Elbwerk GmbH", 180), (["Malte Hinz"], "Hinz IT", 2460)]
    # (the spans are the post's own: its text is read as Markdown of the same length)
    names = [BLOGGER.__getitem__(slice(*t.spans["speakers.0"])) for t in talks]
    assert names == ["Svenja Brandt", "Malte Hinz"]


WORDPRESS = """---
title: April – the testing special
---
<p>Well that was a busy one. Thanks again to Brightfield Digital for the room.</p>
<p><strong>Mocking without tears</strong><br />
Presented by Asha Verma, Sage UK</p>
<p>Asha covered data providers and the trap of testing the mock.</p>
<p><strong>Browser tests that do not flake</strong><br />
Presented by Ben Holt and Rick Lister, Netsmart Leeds</p>
<p>Ben and Rick told war stories. <a href="https://vimeo.com/10944377">Video</a></p>
<p>May&#8217;s meetup will be on the 20th.</p>
"""


def test_a_wordpress_body_of_paragraph_tags_with_bold_titles_over_presented_by():
    assert [(t.speakers, t.organisation, t.title) for t in recognise(WORDPRESS).talks] == [
        (["Asha Verma"], "Sage UK", "Mocking without tears"),
        (["Ben Holt", "Rick Lister"], "Netsmart Leeds", "Browser tests that do not flake"),
    ]
