"""Fetching an organisation for a view and checking the person's reach in one step.

Anything outside the person's reach answers 404, so that a page never tells whether an
organisation they may not act on exists.
"""

from django.shortcuts import get_object_or_404

from .models import Organisation


def get_organisation_for_admin(request, slug: str) -> Organisation:
    """The organisation `slug` if the signed-in person administers it; 404 otherwise."""
    return get_object_or_404(Organisation.objects.administered_by(request.user), slug=slug)


def get_organisation_for_member(request, slug: str) -> Organisation:
    """The organisation `slug` if the signed-in person is an active member; 404 otherwise."""
    return get_object_or_404(Organisation.objects.with_member(request.user), slug=slug)
