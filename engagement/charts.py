"""Bar charts drawn on the server as SVG: no script, no remote service, no inline style.

Each row is a label on its own line above its bar, so that long labels never get cut. In a
right-to-left page the chart is mirrored: labels and bars start on the right.
"""

from dataclasses import dataclass

WIDTH = 720
ROW_HEIGHT = 46
LABEL_BASELINE = 16
BAR_TOP = 22
BAR_HEIGHT = 16
VALUE_SPACE = 96  # room after the longest bar for "12 (80%)"


@dataclass(frozen=True)
class Bar:
    label: str
    value_text: str
    label_x: float
    label_y: float
    bar_x: float
    bar_y: float
    bar_width: float
    value_x: float
    value_y: float


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    direction: str
    bars: list[Bar]


def bar_chart(rows, *, rtl: bool = False) -> Chart:
    """`rows` have `label`, `count` and `share`; bars are proportional to the largest count."""
    rows = list(rows)
    largest = max((row.count for row in rows), default=0)
    room = WIDTH - VALUE_SPACE
    bars = []
    for index, row in enumerate(rows):
        top = index * ROW_HEIGHT
        width = round(room * row.count / largest, 1) if largest else 0
        if row.count and width < 2:
            width = 2  # a count that is not zero stays visible
        if rtl:
            bar_x, label_x, value_x = WIDTH - width, WIDTH, WIDTH - width - 8
        else:
            bar_x, label_x, value_x = 0, 0, width + 8
        bars.append(
            Bar(
                label=row.label,
                value_text=f"{row.count} ({row.share}%)",
                label_x=label_x,
                label_y=top + LABEL_BASELINE,
                bar_x=bar_x,
                bar_y=top + BAR_TOP,
                bar_width=width,
                value_x=value_x,
                value_y=top + BAR_TOP + BAR_HEIGHT - 3,
            )
        )
    return Chart(
        width=WIDTH,
        height=max(len(rows) * ROW_HEIGHT, ROW_HEIGHT),
        direction="rtl" if rtl else "ltr",
        bars=bars,
    )
