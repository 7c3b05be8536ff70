"""What the online consultations contribute to the objective and round-table pages
(gcm.topics, registered in apps.py): published practices and open discussions on the objectives."""

from django.urls import reverse

from gcm.topics import Section, translated_columns

from .models import Discussion, Practice

PRACTICES_SHOWN = 5


def sections(objectives) -> list:
    ids = [objective.pk for objective in objectives]
    if not ids:
        return []
    practices = Practice.objects.published().tagged_with(ids)
    # One more than shown tells whether there are more; only then is the rest counted.
    shown = list(
        practices.select_related("organisation").only(
            *translated_columns("title", "organisation"),
            "organisation__name",
            "organisation__acronym",
        )[: PRACTICES_SHOWN + 1]
    )
    count = practices.count() if len(shown) > PRACTICES_SHOWN else len(shown)
    directory_url = reverse("engagement:practice_list")
    if len(objectives) == 1:
        directory_url += f"?objective={objectives[0].number}"
    result = []
    discussions = list(
        Discussion.objects.open()
        .tagged_with(ids)
        .only(*translated_columns("title", "slug", "closes_at"))
        .order_by("closes_at")
    )
    if discussions:
        result.append(Section("engagement/topics/discussions.html", {"discussions": discussions}))
    result.append(
        Section(
            "engagement/topics/practices.html",
            {
                "practices": shown[:PRACTICES_SHOWN],
                "count": count,
                "more": count > PRACTICES_SHOWN,
                "single": len(objectives) == 1,
                "directory_url": directory_url,
            },
        )
    )
    return result
