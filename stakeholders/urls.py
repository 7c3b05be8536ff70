"""The registry's pages: /<lang>/organisations/… (public directory and organisations' pages)
and /<lang>/me/… (a person's own page)."""

from django.urls import path

from .views import account, directory, organisations

app_name = "stakeholders"

urlpatterns = [
    path("organisations/", directory.organisation_list, name="organisation_list"),
    path(
        "organisations/register/",
        organisations.organisation_register,
        name="organisation_register",
    ),
    path("organisations/join/", organisations.organisation_join, name="organisation_join"),
    path("organisations/<slug:slug>/", directory.organisation_detail, name="organisation_detail"),
    path(
        "organisations/<slug:slug>/accreditation-evidence/",
        directory.organisation_evidence,
        name="organisation_evidence",
    ),
    path(
        "organisations/<slug:slug>/join/",
        organisations.membership_request,
        name="membership_request",
    ),
    path(
        "organisations/<slug:slug>/edit/", organisations.organisation_edit, name="organisation_edit"
    ),
    path(
        "organisations/<slug:slug>/resubmit/",
        organisations.organisation_resubmit,
        name="organisation_resubmit",
    ),
    path(
        "organisations/<slug:slug>/leave/",
        organisations.organisation_leave,
        name="organisation_leave",
    ),
    path(
        "organisations/<slug:slug>/members/",
        organisations.organisation_members,
        name="organisation_members",
    ),
    path(
        "organisations/<slug:slug>/members/<int:pk>/approve/",
        organisations.membership_approve,
        name="membership_approve",
    ),
    path(
        "organisations/<slug:slug>/members/<int:pk>/decline/",
        organisations.membership_decline,
        name="membership_decline",
    ),
    path(
        "organisations/<slug:slug>/members/<int:pk>/role/",
        organisations.membership_role,
        name="membership_role",
    ),
    path(
        "organisations/<slug:slug>/members/<int:pk>/remove/",
        organisations.membership_remove,
        name="membership_remove",
    ),
    path("me/", account.my_account, name="my_account"),
    path("me/profile/", account.profile_edit, name="profile_edit"),
]
