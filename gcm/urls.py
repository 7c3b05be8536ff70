from django.urls import path

from . import views

app_name = "gcm"

urlpatterns = [
    path("round-tables/", views.round_table_list, name="round_table_list"),
    path("objectives/", views.objective_list, name="objective_list"),
]
