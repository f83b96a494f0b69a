"""Layouts the held-out round blind158-165 showed the rules lacked, written here as posts of our own:
a heading per talk over "**Name** de Company" (Spanish "de" for "from", safe once the bold closes the
name), HTML speaker cards whose byline opens with "Vortrag von" / "présenté par", a Japanese labelled
speaker line with the handle's link and "／会社" after the name, programme lines that put the handle's
link before the name and the recording's time in brackets after it, and Chinese lightning talks with
《title marks》, the double dash "——" and "名字（@handle），公司".

Before these rules, on that round: 158_b 2/9, 164_a 1/9, 161_d 3/11, 161_b 6/9 talks found;
after: 9/9, 8/9, 9/11, 8/9.
"""

from __future__ import annotations

from editor.core.talks import recognise


def _read(body: str):
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise("---\ntitle: t\n---\n\n" + body).talks]


SPANISH_HEADINGS = """La grabación: [vimeo.com/90001](https://vimeo.com/90001).

### Pipelines que no dan miedo

**Andrea Gómez** de Datos del Sur

Andrea contó cómo migraron veinte jobs a Airflow. Empieza en el minuto 5:10.

[Diapositivas](https://slides.com/agomez/pipelines)

### Terraform sin sustos

**Mateo Ruiz** de Banco Andino

Empieza en 41:20. Sin diapositivas.
"""


def test_a_bold_name_then_de_company_under_each_heading():
    assert _read(SPANISH_HEADINGS) == [
        (["Andrea Gómez"], "Datos del Sur", "Pipelines que no dan miedo", 310,
         "https://slides.com/agomez/pipelines"),
        (["Mateo Ruiz"], "Banco Andino", "Terraform sin sustos", 2480, None)]


def test_a_name_that_holds_de_is_still_one_name():
    body = SPANISH_HEADINGS.replace("**Andrea Gómez** de Datos del Sur", "Hélène de Villiers")
    assert _read(body)[0][:2] == (["Hélène de Villiers"], None)


HTML_CARDS = """<iframe src="https://www.youtube-nocookie.com/embed/AbCdEfGhIj1" allowfullscreen></iframe>

<div class="speaker-card">
  <img src="/img/anna.jpg" alt="Anna Berger" width="120">
  <div class="info">
    <h3>Tracing für eine alte Java-Landschaft</h3>
    <p>Vortrag von <strong>Anna Berger</strong>, Donau Software</p>
    <p>📑 <a href="https://speakerdeck.com/aberger/tracing">Folien</a></p>
  </div>
</div>

<div class="speaker-card">
  <img src="/img/lukas.jpg" alt="Lukas Brandl" width="120">
  <div class="info">
    <h3>Service Mesh wieder abgeschafft</h3>
    <p>Vortrag von <strong>Lukas Brandl</strong> und <strong>Merve Aydın</strong>, Kassenwerk GmbH</p>
  </div>
</div>
"""


def test_html_speaker_cards_with_a_talk_by_byline():
    assert [t[:3] for t in _read(HTML_CARDS)] == [
        (["Anna Berger"], "Donau Software", "Tracing für eine alte Java-Landschaft"),
        (["Lukas Brandl", "Merve Aydın"], "Kassenwerk GmbH", "Service Mesh wieder abgeschafft")]
    french = HTML_CARDS.replace("Vortrag von", "Présenté par")
    assert [t[:2] for t in _read(french)] == [(["Anna Berger"], "Donau Software"),
                                               (["Lukas Brandl", "Merve Aydın"], "Kassenwerk GmbH")]


JAPANESE_LABELLED = """録画：<https://www.youtube.com/live/AbCdEfGhIj2>

### 1. Compose で作るデザインシステム

**発表者**：高橋 美咲 さん（[@misaki_t](https://x.com/misaki_t)）／株式会社キタノソフト
**スライド**：<https://speakerdeck.com/misakit/compose-ds>
**録画**：6:05 あたりから

### 2. SwiftData 移行の話

**発表者**：石田 航 さん／合同会社ミナミ
**録画**：38:40 あたりから

## LT

- 「プレビューマクロが便利」 [@ren_s](https://x.com/ren_s) 佐藤 蓮（録画 1:10:00〜）
- 「Flutter で NFC」 [@moe_k](https://x.com/moe_k) 菊池 萌（録画 1:18:05〜） [スライド](https://www.docswell.com/s/moe_k/nfc)
"""


def test_a_japanese_speaker_label_with_the_handle_and_company_after_a_slash():
    assert _read(JAPANESE_LABELLED) == [
        (["高橋 美咲"], "株式会社キタノソフト", "Compose で作るデザインシステム", 365,
         "https://speakerdeck.com/misakit/compose-ds"),
        (["石田 航"], "合同会社ミナミ", "SwiftData 移行の話", 2320, None),
        (["佐藤 蓮"], None, "プレビューマクロが便利", 4200, None),
        (["菊池 萌"], None, "Flutter で NFC", 4685, "https://www.docswell.com/s/moe_k/nfc")]


CHINESE_LIGHTNING = """录像：<https://www.bilibili.com/video/BV1xx411c7AB/>

## 闪电演讲

- **《用 Bevy 写小游戏》** —— 刘子涵 · [视频](https://www.bilibili.com/video/BV1xx411c7AB/?t=5400)
- **《cargo-make 还是 just？》** —— 周超（@zhouchao），蜀山科技 · [视频](https://www.bilibili.com/video/BV1xx411c7AB/?t=5800)
- 《社区翻译招人》 —— 陈一舟
"""


def test_chinese_lightning_talks_with_title_marks_and_a_double_dash():
    assert [t[:4] for t in _read(CHINESE_LIGHTNING)] == [
        (["刘子涵"], None, "用 Bevy 写小游戏", 5400),
        (["周超"], "蜀山科技", "cargo-make 还是 just？", 5800),
        (["陈一舟"], None, "社区翻译招人", None)]


SECTIONS_THEN_SUMMARY = """Il [video completo](https://www.youtube.com/watch?v=AbCdEfGhIj3) è online.

### 1. SBOM: cosa sono e perché ve le chiederanno

Relatrice: **Irene Bassi** (Reno Software)

▶️ [Guarda il talk](https://www.youtube.com/watch?v=AbCdEfGhIj3&t=2m40s) — 📑 [slide](https://speakerdeck.com/ibassi/sbom)

### 2. Osservabilità con OpenTelemetry per chi ha fretta

Relatore: **Alberto Serri**

▶️ [Guarda il talk](https://www.youtube.com/watch?v=AbCdEfGhIj3&t=41m50s)

---

#### Riepilogo

| Intervento | Chi | Slide | Video |
|---|---|---|---|
| SBOM | Irene Bassi | [→](https://speakerdeck.com/ibassi/sbom) | [2:40](https://youtu.be/AbCdEfGhIj3?t=160) |
| OpenTelemetry per chi ha fretta | Alberto Serri | – | [41:50](https://youtu.be/AbCdEfGhIj3?t=2510) |
"""


def test_a_summary_table_repeating_the_talks_in_short_is_no_talk_of_its_own():
    assert _read(SECTIONS_THEN_SUMMARY) == [
        (["Irene Bassi"], "Reno Software", "SBOM: cosa sono e perché ve le chiederanno", 160,
         "https://speakerdeck.com/ibassi/sbom"),
        (["Alberto Serri"], None, "Osservabilità con OpenTelemetry per chi ha fretta", 2510, None)]


TIMETABLE_THEN_SECTIONS = """<https://www.youtube.com/watch?v=AbCdEfGhIj4>

| 時間 | 内容 | 登壇者 |
|------|------|--------|
| 19:00-19:10 | オープニング | @kzm |
| 19:10-19:40 | pandasからPolarsへ | 西田 彩 (@aya_n) |
| 19:45-20:15 | FastAPIで管理画面 | 古川 大 (@dai_f) |

## 発表内容

### pandasからPolarsへ

- 登壇者：西田 彩さん（株式会社クラウドリンク）
- 動画：[10:42〜](https://www.youtube.com/watch?v=AbCdEfGhIj4&t=642s)

日次バッチを書き換えた話。

### FastAPIで管理画面

- 登壇者：古川 大さん（フリーランス）
- 動画：[41:05〜](https://www.youtube.com/watch?v=AbCdEfGhIj4&t=2465s)
"""


def test_a_timetable_row_and_the_talks_own_section_are_one_talk():
    assert [t[:4] for t in _read(TIMETABLE_THEN_SECTIONS)] == [
        (["西田 彩"], "株式会社クラウドリンク", "pandasからPolarsへ", 642),
        (["古川 大"], "フリーランス", "FastAPIで管理画面", 2465)]


CZECH_HEADINGS = """Záznam: <https://vimeo.com/90000005>

### Radim Procházka (Y Soft) — »OpenTelemetry bez slz«

Od **4:12**. Radim ukázal postupnou migraci na OTel Collector.

### Kateřina Malá & Tomáš Beneš (Seznam.cz) — »Z Terraformu na OpenTofu«

Kateřina s Tomášem začínají v **41:50**.

### Bleskovka: Petr Šimon — »Jak jsem si rozbil homelab«

Pětiminutovka od **1:22:30**.
"""


def test_czech_headings_with_reversed_guillemets_and_written_starts():
    assert [t[:4] for t in _read(CZECH_HEADINGS)] == [
        (["Radim Procházka"], "Y Soft", "OpenTelemetry bez slz", 252),
        (["Kateřina Malá", "Tomáš Beneš"], "Seznam.cz", "Z Terraformu na OpenTofu", 2510),
        (["Petr Šimon"], None, "Jak jsem si rozbil homelab", 4950)]


SWISS_LIGHTNING = """{% include youtube.html id="AbCdEfGhIj5" %}

## «Eine eigene Storage Engine»

**Referent:in:** Mirjam Egger, Ergon Informatik<br>
**Video:** [ab 9:50](https://www.youtube.com/watch?v=AbCdEfGhIj5&t=590s)

## Lightning Talks ⚡

- «cargo-semver-checks in der CI» – **Referentin:** Jana Nowak, Open Systems ([ab 1:22:00](https://www.youtube.com/watch?v=AbCdEfGhIj5&t=4920s))
- «Mein erster Beitrag zu rustc» – **Referent:** Felix Amrein ([ab 1:28:35](https://www.youtube.com/watch?v=AbCdEfGhIj5&t=5315s))
"""


def test_a_speaker_label_after_the_dash_and_a_line_break_after_the_company():
    assert [t[:4] for t in _read(SWISS_LIGHTNING)] == [
        (["Mirjam Egger"], "Ergon Informatik", "Eine eigene Storage Engine", 590),
        (["Jana Nowak"], "Open Systems", "cargo-semver-checks in der CI", 4920),
        (["Felix Amrein"], None, "Mein erster Beitrag zu rustc", 5315)]


SITE_INCLUDES_NO_VIDEO = """Merci Hélène pour l'accueil.

Pas de vidéo cette fois : le micro a lâché au bout de cinq minutes.

{% include talk.html speaker="Gwen Jaouen" company="Voyages-sncf.com" title="Migrer 200 VMs vers AWS" %}

{% include talk.html speaker="Nicolas Le Bihan" company="iAdvize" title="Terraform en 10 minutes" %}
"""


def test_pas_de_video_is_no_speaker_and_the_talk_includes_are_read():
    assert [t[:3] for t in _read(SITE_INCLUDES_NO_VIDEO)] == [
        (["Gwen Jaouen"], "Voyages-sncf.com", "Migrer 200 VMs vers AWS"),
        (["Nicolas Le Bihan"], "iAdvize", "Terraform en 10 minutes")]


def test_a_job_board_post_holds_no_talks():
    post = """---
title: "Työpaikkoja tietoturva-alalla – maaliskuu"
---

Kokosimme yhteistyökumppaneiden avoimet paikat yhteen:

- **Solita** – Security Consultant (Tampere/Helsinki), haku 31.3. asti
- **Nokia** – Product Security Engineer, haku jatkuva
- **WithSecure** – Threat Hunter (osa-aikainen)
"""
    assert recognise(post).talks == []
    assert recognise(post.replace("Työpaikkoja tietoturva-alalla", "Stellenangebote")).talks == []


def test_a_post_opening_on_no_talks_keeps_no_favourite_to_watch_again():
    post = """---
title: "5 à 7 des Fêtes"
---

Pas de présentations en décembre : on vous invite plutôt à notre **5 à 7 des Fêtes**, au
[Bar Le Saint-Bock](https://exemple-saintbock.ca).

## Vous avez raté une soirée ?

Nos préférées de l'automne : la présentation de Sophie Nguyen sur
[l'accessibilité dans les jeux](https://www.youtube.com/watch?v=AbCdEfGhIj6&t=415s).
"""
    assert recognise(post).talks == []
