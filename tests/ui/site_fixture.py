"""A real Jekyll site in a temporary folder for the site panel's tests: the bundled example
site's roundups, a draft, a post in another collection, and a config with a time zone."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import EXAMPLE_SITE

CONFIG = """title: Cloud Native London
baseurl: ""
url: "https://cloudnative.example.org"
timezone: America/New_York
permalink: /:year/:month/:day/:title.html
collections:
  talks:
    output: true
"""

DRAFT = """---
layout: post
title: "Kubernetes at scale"
date: 2019-02-12
tags: [Kubernetes, Meetup]
---

A draft about scaling.
"""

KUBE_POST = """---
layout: post
title: "Operators in practice"
date: 2018-09-11 19:00:00 +01:00
tags: [Kubernetes, Operators]
---

Speaker: Ana Lopez (Weaveworks)
"""

TALK = """---
title: "Service meshes explained"
tags: [Mesh]
---

A talk page.
"""


def make_site(folder: Path) -> Path:
    """The site's root: three roundups from the example site, one more post, a draft, a talk."""
    root = folder / "site"
    shutil.copytree(EXAMPLE_SITE, root)
    (root / "_config.yml").write_text(CONFIG, encoding="utf-8")
    (root / "_drafts").mkdir(exist_ok=True)
    (root / "_drafts" / "kubernetes-at-scale.md").write_text(DRAFT, encoding="utf-8")
    (root / "_posts" / "2018-09-11-operators-in-practice.md").write_text(KUBE_POST, encoding="utf-8")
    (root / "_talks").mkdir()
    (root / "_talks" / "service-meshes.md").write_text(TALK, encoding="utf-8")
    return root
