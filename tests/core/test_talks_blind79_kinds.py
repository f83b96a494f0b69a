"""Theme components of blind79 (tuned on), written anew: a Bootstrap card per talk, a Bulma media
object, and a card of Tailwind utility classes whose speaker stands above the title; a card of people
without a talk's links is none."""

from __future__ import annotations

from editor.core.talks import recognise

BOOTSTRAP = """---
title: February roundup
---

<div class="row">
  <div class="col">
    <div class="card h-100">
      <div class="card-body">
        <h5 class="card-title">Container queries in production</h5>
        <h6 class="card-subtitle mb-2 text-muted">Marcus Hale · Seahaven Digital</h6>
        <p class="card-text">Marcus replaced a pile of breakpoints with container queries.</p>
        <a href="https://youtu.be/bWn8c4Qx1Lk?t=845" class="card-link">▶ Watch</a>
        <a href="https://speakerdeck.com/mhale/container-queries" class="card-link">Slides</a>
      </div>
    </div>
  </div>
  <div class="col">
    <div class="card">
      <div class="card-body">
        <h5 class="card-title">Our sponsors</h5>
        <h6 class="card-subtitle">Jo Whitfield · Pebble &amp; Co</h6>
      </div>
    </div>
  </div>
</div>
"""


def test_a_bootstrap_card_per_talk_and_none_for_a_card_without_links():
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(BOOTSTRAP).talks] == [
        (["Marcus Hale"], "Seahaven Digital", "Container queries in production", 845,
         "https://speakerdeck.com/mhale/container-queries"),
    ]


BULMA = """---
title: Rückblick September
---

<article class="media">
  <div class="media-content">
    <div class="content">
      <p>
        <strong>Jonas Reuter</strong> <small>Leipziger Verkehrsbetriebe</small>
        <br>
        <em>Embedded Rust auf dem ESP32</em>
      </p>
    </div>
    <nav class="level"><a class="level-item" href="https://youtu.be/rL9pQe2TkWs?t=250">🎬 Video</a></nav>
  </div>
</article>
"""


def test_a_bulma_media_object_names_the_speaker_in_bold_and_the_title_in_italics():
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in recognise(BULMA).talks] == [
        (["Jonas Reuter"], "Leipziger Verkehrsbetriebe", "Embedded Rust auf dem ESP32", 250)]


TAILWIND = """---
title: Resumo do encontro
---

<div class="grid gap-6">
  <div class="rounded-2xl border p-6 shadow-sm">
    <div class="flex items-center gap-4">
      <div>
        <p class="font-semibold"><a href="https://github.com/rafamoreira">Rafael Moreira</a></p>
        <p class="text-sm text-slate-500">Ebanx</p>
      </div>
    </div>
    <h3 class="mt-4 text-lg font-bold">Concorrência em Go sem medo</h3>
    <a class="rounded bg-sky-600" href="https://youtu.be/gC7tRw2MxHq?t=400">▶ Assistir</a>
  </div>
</div>
"""


def test_a_card_of_utility_classes_with_the_speaker_above_the_title():
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in recognise(TAILWIND).talks] == [
        (["Rafael Moreira"], "Ebanx", "Concorrência em Go sem medo", 400)]
