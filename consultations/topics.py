"""What consultations contribute to the objective and round-table pages (imrf_portal.topics):
interventions from the floor and published written inputs tagged with the objectives."""


def sections(objectives) -> list:
    return []
