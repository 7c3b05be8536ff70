"""The pledges dashboard: published pledges counted per round table, objective, stakeholder group,
country and stage, following the directory's filters.

Charts are inline SVG drawn here (no remote service, no script, no style attribute): horizontal
bars whose geometry is mirrored for right-to-left languages, each with a table of the same numbers.
"""

from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.http import QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext as _
from django_countries import countries

from common.cache import cached_for_visitors, remembered
from common.i18n import localized
from gcm.models import Objective, RoundTable
from stakeholders.models import StakeholderGroup

from .filters import PAGE_SCOPES, filter_pledges
from .models import Pledge, PledgeProgress, is_overdue, overdue_cutoff

CHART_WIDTH = 480
ROW_HEIGHT = 40
VALUE_SPACE = 40  # room after the longest bar for its number


@dataclass
class Bar:
    label: str
    value: int
    url: str = ""
    label_x: int = 0
    label_y: int = 0
    bar_x: float = 0
    bar_y: int = 0
    bar_width: float = 0
    value_x: float = 0
    value_y: int = 0


@dataclass
class Chart:
    slug: str
    title: str
    heading: str  # what the first column of the table holds
    bars: list[Bar] = field(default_factory=list)
    width: int = CHART_WIDTH
    height: int = 0
    direction: str = "ltr"

    @property
    def total(self) -> int:
        return sum(bar.value for bar in self.bars)


def draw(chart: Chart, rtl: bool) -> Chart:
    """Lay the bars out: label above its bar, number after it; mirrored when `rtl`."""
    chart.direction = "rtl" if rtl else "ltr"
    longest = max((bar.value for bar in chart.bars), default=0) or 1
    room = chart.width - VALUE_SPACE
    for index, bar in enumerate(chart.bars):
        top = index * ROW_HEIGHT
        bar.bar_width = round(room * bar.value / longest, 1)
        bar.label_y, bar.bar_y, bar.value_y = top + 14, top + 20, top + 32
        if rtl:
            # With direction="rtl", text-anchor="start" puts the text's start (its right end) at x.
            bar.label_x = chart.width
            bar.bar_x = round(chart.width - bar.bar_width, 1)
            bar.value_x = round(chart.width - bar.bar_width - 6, 1)
        else:
            bar.label_x, bar.bar_x, bar.value_x = 0, 0, round(bar.bar_width + 6, 1)
    chart.height = len(chart.bars) * ROW_HEIGHT + 4
    return chart


def _directory_links(query: QueryDict):
    """A function giving the directory's address with the dashboard's filters and one more: the
    directory's path is looked up once for the eighty-odd bars, not once a bar."""
    base = reverse("pledges:pledge_list")

    def url(name: str, value) -> str:
        pairs, placed = [], False
        for key, values in query.lists():
            if key == name:
                pairs.append((key, str(value)))
                placed = True
            elif key != "page":
                pairs.extend((key, item) for item in values)
        if not placed:
            pairs.append((name, str(value)))
        return f"{base}?{urlencode(pairs)}"

    return url


def pledge_statistics(pledges) -> dict:
    """Counts of `pledges` (a queryset of published pledges) along every axis, in few queries."""
    rows = list(
        pledges.with_latest_progress().values_list(
            "pk",
            "organisation__group",
            "countries",
            "region",
            "latest_stage",
            "latest_progress_on",
            "published_at",
        )
    )
    tags = list(
        Pledge.objectives.through.objects.filter(pledge__in=pledges.values("pk")).values_list(
            "pledge_id", "objective_id"
        )
    )
    cutoff = overdue_cutoff()
    countries_count: Counter = Counter()
    for row in rows:
        codes = row[2].split(",") if isinstance(row[2], str) else list(row[2] or [])
        countries_count.update(code for code in codes if code)
    objectives_of: dict[int, set] = {}
    for pledge_id, objective_id in tags:
        objectives_of.setdefault(pledge_id, set()).add(objective_id)
    # Counted here, once until a pledge or the reference changes, not for every reader: a pledge
    # counts once for a round table however many of its objectives the round table covers.
    covered: dict[int, set] = {}
    links = RoundTable.objectives.through.objects.filter(
        roundtable__in=RoundTable.objects.of_current_forum()
    ).values_list("roundtable_id", "objective_id")
    for round_table_id, objective_id in links:
        covered.setdefault(round_table_id, set()).add(objective_id)
    return {
        "total": len(rows),
        "overdue": sum(1 for row in rows if is_overdue(row[6], row[5], cutoff)),
        "groups": Counter(row[1] for row in rows),
        "countries": countries_count,
        "regions": Counter(row[3] for row in rows if row[3]),
        "stages": Counter(row[4] for row in rows),
        "objectives": Counter(objective_id for _pledge, objective_id in tags),
        "round_tables": {
            round_table_id: sum(1 for tagged in objectives_of.values() if tagged & objectives)
            for round_table_id, objectives in covered.items()
        },
    }


def build_charts(stats: dict, query: QueryDict, rtl: bool) -> list[Chart]:
    directory_url = _directory_links(query)
    by_round_table = Chart("round-tables", _("Pledges per round table"), _("Round table"))
    for round_table in RoundTable.objects.of_current_forum().order_by("number"):
        by_round_table.bars.append(
            Bar(
                round_table.name,
                stats["round_tables"].get(round_table.pk, 0),
                directory_url("round_table", round_table.number),
            )
        )

    by_objective = Chart("objectives", _("Pledges per GCM objective"), _("Objective"))
    for objective in Objective.objects.order_by("number"):
        by_objective.bars.append(
            Bar(
                f"{objective.number}. {localized(objective, 'short_title').text}",
                stats["objectives"].get(objective.pk, 0),
                directory_url("objective", objective.number),
            )
        )

    by_group = Chart("groups", _("Pledges per stakeholder group"), _("Stakeholder group"))
    for code, label in StakeholderGroup.choices:
        by_group.bars.append(
            Bar(str(label), stats["groups"].get(code, 0), directory_url("group", code))
        )

    by_country = Chart("countries", _("Pledges per country"), _("Country"))
    names = {code: str(countries.name(code)) for code in stats["countries"]}
    ranked = sorted(stats["countries"].items(), key=lambda item: (-item[1], names[item[0]]))
    for code, value in ranked:
        by_country.bars.append(Bar(names[code], value, directory_url("country", code)))
    for code, label in Pledge.Region.choices:
        if stats["regions"].get(code):
            by_country.bars.append(
                Bar(_("Region-wide: %(region)s") % {"region": label}, stats["regions"][code])
            )

    by_stage = Chart("stages", _("Pledges by stage"), _("Stage"))
    for code, label in PledgeProgress.Stage.choices:
        by_stage.bars.append(Bar(str(label), stats["stages"].get(code, 0)))
    by_stage.bars.append(Bar(_("No progress reported yet"), stats["stages"].get(None, 0)))

    return [
        draw(chart, rtl) for chart in (by_round_table, by_objective, by_group, by_country, by_stage)
    ]


@cached_for_visitors(scopes=PAGE_SCOPES)
def dashboard(request):
    filterset = filter_pledges(request.GET)
    query = QueryDict(filterset.query_string())
    # Counting 10,000 pledges along five axes is the page's cost; the counts are the same for
    # every reader of the same filters until a pledge changes.
    filters = urlencode(sorted((k, v) for k, values in request.GET.lists() for v in values))
    stats = remembered(
        f"pledge-statistics-2:{filters}",  # -2: the figures by round table replaced the tags
        lambda: pledge_statistics(filterset.qs),
        scopes=PAGE_SCOPES,
    )
    return render(
        request,
        "pledges/dashboard.html",
        {
            "filter": filterset,
            "query": query.urlencode(),
            "total": stats["total"],
            "overdue": stats["overdue"],
            "charts": build_charts(stats, query, rtl=get_language_bidi()),
        },
    )
