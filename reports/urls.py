from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("", views.report_list, name="report_list"),
    path("request/", views.request_reports, name="report_request"),
    path("<int:pk>/", views.report_detail, name="report_detail"),
    path("<int:pk>/status.json", views.report_status, name="report_status"),
    path("<int:pk>/retry/", views.retry_report, name="report_retry"),
    path("<int:pk>/download/", views.download_report, name="report_download"),
]
