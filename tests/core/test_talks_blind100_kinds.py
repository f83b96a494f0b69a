"""Kinds of blind100 (long digests, tuned on), each written anew here: a newsletter's talks as loose list
items whose speaker is marked by a microphone inside the bold ("**🎙️ Name y Name** (Org) — *«Title»*"),
a description, a code sample and the links line under the first paragraph after blank lines, and a
closing activity "organizado por" someone that is no talk."""

from __future__ import annotations

from editor.core.talks import recognise

DIGEST = """---
title: Boletín de marzo
---

## Resumen del meetup

La grabación completa está en [nuestro canal](https://www.youtube.com/watch?v=QmZ3kT9wPlA).

- **🎙️ Irene Campos y Tomás Gil** (Datalia) — *«Fixtures que no dan miedo»*⏎
  Fixtures con *scope* y una fábrica de objetos de prueba que
  podéis copiar tal cual:

  ```python
  @pytest.fixture
  def cliente(db):
      return ClienteFactory(activo=True)
  ```

  [📺 vídeo (min 4:10)](https://youtu.be/QmZ3kT9wPlA?t=250) · [🗂 diapositivas](/assets/pdf/fixtures.pdf)

- ⚡ **Relámpago — 🎙️ Nuria Vidal** — *«Atajos de VS Code»*⏎
  [📺 vídeo (min 41:05)](https://www.youtube.com/watch?v=QmZ3kT9wPlA&t=41m5s)

Y cerramos con el **intercambio de pegatinas**, organizado por Carla Ruiz.
""".replace("⏎", "  ")  # (a Markdown line break: two spaces at the end of the line)


def test_a_digests_loose_items_with_the_speaker_behind_a_microphone():
    talks = recognise(DIGEST).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["Irene Campos", "Tomás Gil"], "Datalia", "Fixtures que no dan miedo", 250,
         "/assets/pdf/fixtures.pdf"),
        (["Nuria Vidal"], None, "Atajos de VS Code", 2465, None),
    ]
    first = talks[0]
    # the entry is the whole item, down to its links line past the code
    assert DIGEST[first.span[0]:first.span[1]].rstrip().endswith("(/assets/pdf/fixtures.pdf)")
    assert DIGEST[slice(*first.spans["speakers.0"])] == "Irene Campos"


def test_a_paragraph_after_a_list_is_not_taken_into_its_last_item():
    text = DIGEST.replace("Y cerramos", "[Vídeo](https://youtu.be/QmZ3kT9wPlA?t=3000)\n\nY cerramos")
    talks = recognise(text).talks
    assert talks[-1].start_seconds == 2465  # not indented: a paragraph of the post, not of the item


TOOT = ('<blockquote class="mastodon-embed" data-embed-url="https://masto.es/@pyvlc/1136789/embed">'
        '<a href="https://masto.es/@pyvlc/1136789">¡Gracias a todos por venir! Nos vemos en enero.</a><br>'
        '— Python Valencia (@pyvlc@masto.es)</blockquote> '
        '<script data-allowed-prefixes="https://masto.es/" async src="https://masto.es/embed.js"></script>\n')


def test_an_activity_organised_by_someone_is_no_talk():
    # (after the talks' list, a paragraph with a name over an embed reads as one more talk told in prose)
    for line in ("Y cerramos con el **intercambio de pegatinas**, organizado por Carla Ruiz.",
                 "We closed with the **sticker swap**, organised by Carla Ruiz."):
        text = DIGEST.replace(
            "Y cerramos con el **intercambio de pegatinas**, organizado por Carla Ruiz.", line)
        talks = recognise(f"{text}\n{TOOT}").talks
        assert [t.speakers for t in talks] == [["Irene Campos", "Tomás Gil"], ["Nuria Vidal"]], line
