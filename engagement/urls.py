from django.urls import path

from .views import discussions, mine, practices, surveys

app_name = "engagement"

urlpatterns = [
    path("discussions/", discussions.discussion_list, name="discussion_list"),
    path("discussions/<slug:slug>/", discussions.discussion_detail, name="discussion_detail"),
    path(
        "discussions/<slug:slug>/contributions/<int:pk>/reply/",
        discussions.contribution_reply,
        name="contribution_reply",
    ),
    path(
        "discussions/<slug:slug>/follow/", discussions.discussion_follow, name="discussion_follow"
    ),
    path("surveys/", surveys.survey_list, name="survey_list"),
    path("surveys/<slug:slug>/", surveys.survey_detail, name="survey_detail"),
    path("surveys/<slug:slug>/results/", surveys.survey_results, name="survey_results"),
    path("surveys/<slug:slug>/results.csv", surveys.survey_export_csv, name="survey_export_csv"),
    path("practices/", practices.practice_list, name="practice_list"),
    path("practices/new/", practices.practice_create, name="practice_create"),
    path("practices/<int:pk>/", practices.practice_detail, name="practice_detail"),
    path("practices/<int:pk>/evidence/", practices.practice_evidence, name="practice_evidence"),
    path("my-contributions/", mine.my_contributions, name="my_contributions"),
]
