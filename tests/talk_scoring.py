"""Scoring the talk recogniser against hand-checked expectations.

Shared by the corpus test and the fixture sets written in other sites' styles
(``tests/data/talks_*``): each expectation file names its post and lists the
talks a careful reader sees there; a talk counts as found when a speaker or
the title matches, and then each scored field is compared.
"""

from __future__ import annotations

import re
import shutil
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from editor.core.talks import Talk, recognise

DATA = Path(__file__).resolve().parent / "data"

SCORED_FIELDS = ("speakers", "organisation", "title", "start_seconds", "slides_url")


def norm(value):
    if value is None:
        return None
    if isinstance(value, list):  # (speakers: a handle is the same person with or without its "@")
        return [v.removeprefix("@") if isinstance(v, str) else v for v in map(norm, value)]
    if isinstance(value, str):
        # (code marks are markup that writers keep or drop: "`useEffect` to nie …" is the same title)
        v = unicodedata.normalize("NFC", value).replace("\u00a0", " ").replace("`", "")
        return re.sub(r"\s+", " ", v).strip()
    return value


def _tokens(names: list[str]) -> set[str]:
    return {t.lower().strip(".,@") for n in names for t in norm(n).split() if len(t) > 1}


def same_talk(expected: dict, talk: Talk) -> bool:
    if _tokens(expected.get("speakers") or []) & _tokens(talk.speakers):
        return True
    return bool(expected.get("title")) and norm(expected["title"]) == norm(talk.title)


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    invented: list = field(default_factory=list)
    missed: list = field(default_factory=list)
    exact: dict = field(default_factory=lambda: {f: 0 for f in SCORED_FIELDS})
    wrong: list = field(default_factory=list)

    @property
    def found_ratio(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    def field_ratio(self, name: str) -> float:
        return self.exact[name] / self.found if self.found else 1.0

    @property
    def all_fields_ratio(self) -> float:
        total = self.found * len(SCORED_FIELDS)
        return sum(self.exact.values()) / total if total else 1.0

    def report(self) -> str:
        lines = [f"talks found: {self.found}/{self.expected} ({self.found_ratio:.1%}), "
                 f"invented: {len(self.invented)}"]
        lines.append("field exactness on found talks: " + ", ".join(
            f"{f} {self.field_ratio(f):.1%}" for f in SCORED_FIELDS)
            + f"; all fields {self.all_fields_ratio:.1%}")
        lines += [f"  missed: {m}" for m in self.missed]
        lines += [f"  invented: {m}" for m in self.invented]
        lines += [f"  wrong: {m}" for m in self.wrong]
        return "\n".join(lines)


def score_post(score: Score, name: str, expected: list[dict], talks: list[Talk]) -> None:
    unmatched = list(talks)
    for exp in expected:
        talk = next((t for t in unmatched if same_talk(exp, t)), None)
        if talk is not None:
            unmatched.remove(talk)
        if exp.get("optional"):
            continue
        score.expected += 1
        if talk is None:
            score.missed.append(f"{name}: {exp.get('speakers')}")
            continue
        score.found += 1
        got = talk.to_json()
        for f in SCORED_FIELDS:
            want = exp.get(f)
            if f == "speakers":
                want = want or []
            if norm(want) == norm(got[f]):
                score.exact[f] += 1
            else:
                score.wrong.append(f"{name} {f}: expected {want!r}, got {got[f]!r}")
    for t in unmatched:
        score.invented.append(f"{name}: {t.speakers} {t.title!r} lines {t.lines}")


@dataclass(frozen=True)
class TalkSet:
    """A folder of fixture posts (``NAME.md``) with expectations beside them (``NAME.yaml``)."""

    folder: str  # under tests/data
    label: str  # printed before the score
    min_posts: int
    min_found: float
    max_invented: int
    min_all_fields: float
    min_field: float

    @property
    def path(self) -> Path:
        return DATA / self.folder

    def posts(self) -> list[Path]:
        return sorted(self.path.glob("*.md"))

    def cases(self) -> list[tuple[Path, dict]]:
        return [(p, yaml.safe_load(p.read_text(encoding="utf-8"))) for p in sorted(self.path.glob("*.yaml"))]

    def score(self) -> Score:
        score = Score()
        for path, data in self.cases():
            text = (self.path / data["file"]).read_text(encoding="utf-8")
            score_post(score, path.stem, data["talks"] or [], recognise(text).talks)
        return score

    def check_expectations(self) -> None:
        posts = self.posts()
        assert len(posts) >= self.min_posts
        assert {p.name for p in posts} == {d["file"] for _p, d in self.cases()}

    def check_score(self, capsys) -> None:
        score = self.score()
        report = score.report()
        with capsys.disabled():
            print(f"\n{self.label}: " + report)
        assert score.found_ratio >= self.min_found, report
        assert len(score.invented) <= self.max_invented, report
        assert score.all_fields_ratio >= self.min_all_fields, report
        for f in SCORED_FIELDS:
            assert score.field_ratio(f) >= self.min_field, report


def check_spans(path: Path) -> None:
    """Every recognised speaker, organisation, title and slides link is exactly its span's text."""
    text = path.read_text(encoding="utf-8")
    for t in recognise(text).talks:
        for i, name in enumerate(t.speakers):
            assert text[slice(*t.spans[f"speakers.{i}"])] == name
        for f in ("organisation", "title", "slides_url"):
            value = getattr(t, f)
            if value is not None and f in t.spans:
                assert text[slice(*t.spans[f])] == value, f


def copy_site(dest: Path, folder: str = "talks_adapt_site_tuned") -> Path:
    """A writable copy of one of the test sites (its hand labels, ``_expect/``, left out)."""
    shutil.copytree(DATA / folder, dest, ignore=shutil.ignore_patterns("_expect"))
    return dest
