"""A small Jekyll site with a clean roundup post, for the check tests (crafted, then broken one way each)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

POST_NAME = "2024-06-11-june.md"

CLEAN = """\
---
layout: post
title: "Cloud Native London, June 2024"
description: "Talks from Paybase and DNEG at Cloud Native London."
date: 2024-06-11
image: /assets/images/ana.png
tags:
  - Kubernetes
  - Meetup
---

The room was packed for the June meetup. {% if true %}Welcome!{% endif %}

<iframe src="https://www.youtube.com/embed/_adkJbf1bRU" frameborder="0" allowfullscreen></iframe>

![Ana Calin](/assets/images/ana.png)

Ana Calin from Paybase gave a talk on ["Continuous Delivery with Spinnaker"](https://youtu.be/_adkJbf1bRU?t=240),
explaining that:

* Spinnaker is the first complete continuous delivery platform.
See her slides [here](https://docs.google.com/presentation/d/1nl0kG/edit)

![Dheeraj Bhadani](/assets/images/dheeraj.png)

Following that, Dheeraj Bhadani from DNEG described
["gRPC: Modern microservices"](https://youtu.be/_adkJbf1bRU?t=1975), and left us with the takeaway that:

* Writing microservices with defined contracts is good.
See his slides [here](https://docs.google.com/presentation/d/2xy/edit)

## Photos

Here are [the slides](/assets/slides.pdf) as one file, last month's [roundup]({% post_url 2024-05-14-may %})
and [a trailer](https://www.youtube.com/watch?v=dQw4w9WgXcQ).

### More photos

```
be be
```

## Cloud Native London July

The next meetup is on Tuesday 9 July 2024! [RSVP now!](https://www.meetup.com/Cloud-Native-London/events/1/)
"""

OTHER = "---\nlayout: post\ntitle: May\ntags: [Kubernetes, Meetup]\n---\nHello.\n"


def make_site(root: Path) -> Path:
    """The site; returns the clean post's path."""
    (root / "_layouts").mkdir(parents=True)
    (root / "_layouts" / "post.html").write_text("{{ content }}")
    (root / "_config.yml").write_text('title: CNL\nurl: "https://cnl.example.org"\n')
    images = root / "assets" / "images"
    images.mkdir(parents=True)
    for name, size in (("ana.png", (64, 64)), ("dheeraj.png", (64, 64)), ("huge.png", (2100, 2000))):
        Image.new("RGB", size, "white").save(images / name)
    (root / "assets" / "slides.pdf").write_bytes(b"%PDF-1.4\n")
    posts = root / "_posts"
    posts.mkdir()
    (posts / "2024-05-14-may.md").write_text(OTHER)
    path = posts / POST_NAME
    path.write_text(CLEAN)
    return path
