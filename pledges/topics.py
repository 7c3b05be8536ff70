"""What pledges contribute to the objective and round-table pages (imrf_portal.topics):
published pledges tagged with the objectives."""


def sections(objectives) -> list:
    return []
