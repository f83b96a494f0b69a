"""Scoring the talk recogniser against the hand-checked expectations in ``tests/data/talks/``."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from editor.core.talks import Talk

DATA = Path(__file__).resolve().parent.parent / "data" / "talks"
SCORED_FIELDS = ("speakers", "organisation", "title", "start_seconds", "slides_url")


def norm(value):
    if value is None:
        return None
    if isinstance(value, list):
        return [norm(v) for v in value]
    if isinstance(value, str):
        v = unicodedata.normalize("NFC", value).replace("\u00a0", " ")
        return re.sub(r"\s+", " ", v).strip()
    return value


def _tokens(names: list[str]) -> set[str]:
    return {t.lower().strip(".,") for n in names for t in norm(n).split() if len(t) > 1}


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


def expectations() -> list[tuple[str, dict]]:
    return [(p.name, yaml.safe_load(p.read_text(encoding="utf-8"))) for p in sorted(DATA.glob("*.yaml"))]


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
