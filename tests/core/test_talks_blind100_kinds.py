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


CARDS_WITH_CODE = """---
title: Digest de julho
---

O vídeo completo está no nosso canal: [youtube.com/watch?v=eFl24junK8x](https://www.youtube.com/watch?v=eFl24junK8x).

### Resumo das palestras

**Testes de propriedade com StreamData** — com [Thiago Alves](https://github.com/thiagoalves) (Nubank)  
Geradores e um bug de arredondamento que os testes de exemplo nunca teriam achado:

```elixir
property "soma de centavos" do
  check all valores <- list_of(positive_integer()), do: assert true
end
```

⏱️ começa em 03:10 · 📎 [slides](https://github.com/thiagoalves/palestras/tree/main/streamdata)

**Phoenix 1.8 e o que vem por aí** — com [Juliana Reis](https://elixir-br.social/@julianareis) (Magrathea Labs)  
⏱️ começa em 35:45 · 📎 [slides](https://docs.google.com/presentation/d/1JuReisPhoenix18/edit)

⚡ **Nx para quem não é cientista de dados** — com [Lucas Hart](https://github.com/lhart) (relâmpago)  
Tensores explicados com planilhas.  
⏱️ começa em 1:10:05
"""  # noqa: E501, W291 (Markdown line breaks)


def test_cards_whose_byline_says_with_and_whose_links_follow_a_code_sample():
    talks = recognise(CARDS_WITH_CODE).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["Thiago Alves"], "Nubank", "Testes de propriedade com StreamData", 190,
         "https://github.com/thiagoalves/palestras/tree/main/streamdata"),
        (["Juliana Reis"], "Magrathea Labs", "Phoenix 1.8 e o que vem por aí", 2145,
         "https://docs.google.com/presentation/d/1JuReisPhoenix18/edit"),
        (["Lucas Hart"], None, "Nx para quem não é cientista de dados", 4205, None),
    ]


DETAILS = """---
title: February digest
---

<details markdown="1">
<summary><strong>A tiny HTTP server on an RP2040</strong> — Dev Sharma &amp; Ollie Brennan, Ultraleap</summary>

No slides, it was all live demo.

▶️ [Watch from 33:05](https://youtu.be/rB7kX2mQp9s?t=1985)
</details>

<details markdown="1">
<summary>⚡ Lightning talk: <strong>Clippy lints I turned on and regret</strong> — Ffion Hughes</summary>

▶️ [Watch from 45:10](https://youtu.be/rB7kX2mQp9s?t=2710)
</details>

<details markdown="1">
<summary><strong>Rust and Kotlin in one codebase</strong> — Martina Oduya, Ovo Energy</summary>

▶️ [Watch from 4:30](https://youtu.be/Hn4kT8vW2cE?t=270)
</details>
"""  # noqa: E501


def test_details_summaries_with_a_kind_a_first_name_dev_and_a_company_after_a_comma():
    talks = recognise(DETAILS).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["Dev Sharma", "Ollie Brennan"], "Ultraleap", "A tiny HTTP server on an RP2040", 1985),
        (["Ffion Hughes"], None, "Clippy lints I turned on and regret", 2710),
        (["Martina Oduya"], "Ovo Energy", "Rust and Kotlin in one codebase", 270),
    ]


def test_news_of_a_date_and_a_talk_called_off_are_no_talks():
    text = ("---\ntitle: Rückblick\n---\n\n- Ab Juni 2025 gilt das **BFSG**. Dazu gab es diesmal gleich "
            "einen ganzen Vortrag.\n\nLeider musste **Paula Schmidt** ihren Vortrag *Web Components ohne "
            "Framework* kurzfristig absagen – Zug ausgefallen. Sie kommt im März.\n")
    assert recognise(text).talks == []
