"""The review as plain text: what ``post-editor export --dry-run`` prints (and the dialog's summary)."""

from __future__ import annotations

from .plan import ExportPlan


def human_size(size: int) -> str:
    if size < 1000:
        return f"{size} B"
    if size < 1_000_000:
        return f"{size / 1000:.1f} kB"
    return f"{size / 1_000_000:.1f} MB"


def review_text(plan: ExportPlan) -> str:
    lines = [f"Export {plan.title!r} to {plan.target}", ""]
    for item in plan.files:
        lines.append(f"  {item.state:8} {item.path}  ({human_size(item.size)})")
    images = [f for f in plan.files if f.kind == "image"]
    if images:
        lines.append(f"  pictures: {len(images)}, {human_size(plan.image_bytes)} in all")
    lines.append("")
    if plan.commit:
        lines.append(f"Commit on branch {plan.branch}: {plan.message}")
        lines.append(f"Push to {plan.git.remote}: yes" if plan.push else "Push: no")
    else:
        lines.append("Commit: no" + (f" ({plan.skipped_commit})" if plan.skipped_commit else ""))
    lines += [f"Note: {note}" for note in plan.notes]
    if plan.noop:
        lines.append("Nothing to do: everything is already there as it is.")
    if plan.diff:
        lines += ["", plan.diff.rstrip("\n")]
    if plan.refusal:
        lines += ["", f"Refused: {plan.refusal}"]
    return "\n".join(lines)
