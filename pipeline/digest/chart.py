"""The digest's chart: weekly article counts of the top entities, as PNG bytes (matplotlib, no display)."""
from __future__ import annotations

import io
from typing import Any

PALETTE = ["#2563eb", "#dc2626", "#16a34a", "#d97706", "#7c3aed", "#0891b2"]


def render_chart(chart: dict[str, Any], *, title: str = "Articles per week", width: float = 6.4,
                 height: float = 2.8, dpi: int = 110) -> bytes:
    """A line chart of ``chart['series']`` over ``chart['weeks']``; an empty chart says so."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib.figure import Figure

    weeks = list(chart.get("weeks") or [])
    series = list(chart.get("series") or [])
    fig = Figure(figsize=(width, height), dpi=dpi)
    ax = fig.add_subplot(1, 1, 1)
    if series and weeks:
        x = list(range(len(weeks)))
        for i, s in enumerate(series):
            ax.plot(x, s["counts"], marker="o", markersize=3.5, linewidth=2, color=PALETTE[i % len(PALETTE)],
                    label=s["name"])
        ax.set_xticks(x)
        ax.set_xticklabels(weeks, fontsize=8)
        ax.set_ylim(bottom=0)
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.tick_params(axis="y", labelsize=8)
        ax.grid(axis="y", color="#e5e7eb", linewidth=0.8)
        ax.legend(fontsize=8, frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.12),
                  ncols=min(5, len(series)))
    else:
        ax.text(0.5, 0.5, "Nothing mentioned in these weeks", ha="center", va="center", fontsize=10,
                color="#6b7280", transform=ax.transAxes)
        ax.set_xticks([])
        ax.set_yticks([])
    ax.set_title(title, fontsize=10, loc="left", color="#111827")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None}, bbox_inches="tight", pad_inches=0.1)
    return buf.getvalue()
