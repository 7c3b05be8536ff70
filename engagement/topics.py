"""What the online consultations contribute to the objective and round-table pages
(gcm.topics, registered in apps.py): published practices and open discussions on the objectives."""

from django.urls import reverse

from gcm.topics import Section

from .models import Discussion, Practice

PRACTICES_SHOWN = 5


def sections(objectives) -> list:
    # Imported here: gcm.topics imports this module to build its list of providers.

    ids = [objective.pk for objective in objectives]
    if not ids:
        return []
    practices = Practice.objects.published().tagged_with(ids).select_related("organisation")
    count = practices.count()
    directory_url = reverse("engagement:practice_list")
    if len(objectives) == 1:
        directory_url += f"?objective={objectives[0].number}"
    result = []
    discussions = list(Discussion.objects.open().tagged_with(ids).order_by("closes_at"))
    if discussions:
        result.append(Section("engagement/topics/discussions.html", {"discussions": discussions}))
    result.append(
        Section(
            "engagement/topics/practices.html",
            {
                "practices": list(practices[:PRACTICES_SHOWN]),
                "count": count,
                "more": count > PRACTICES_SHOWN,
                "single": len(objectives) == 1,
                "directory_url": directory_url,
            },
        )
    )
    return result
