from django.urls import path

from . import views

app_name = "consultations"

urlpatterns = [
    path(
        "round-tables/<slug:forum>/<int:number>/inputs/new/",
        views.input_create_for_round_table,
        name="input_create_for_round_table",
    ),
    path("events/", views.event_list, name="event_list"),
    path("events/<slug:slug>/", views.event_detail, name="event_detail"),
    path(
        "events/<slug:slug>/documents/<int:pk>/<str:language>/",
        views.event_document,
        name="event_document",
    ),
    path("events/<slug:slug>/register/", views.event_register, name="event_register"),
    path("events/<slug:slug>/seats/", views.event_seats, name="event_seats"),
    path("events/<slug:slug>/inputs/new/", views.input_create, name="input_create"),
    path("registrations/<int:pk>/cancel/", views.registration_cancel, name="registration_cancel"),
    path("seats/<int:pk>/accept/", views.seat_accept, name="seat_accept"),
    path("seats/<int:pk>/decline/", views.seat_decline, name="seat_decline"),
    path("seats/<int:pk>/withdraw/", views.seat_withdraw, name="seat_withdraw"),
    path("inputs/<int:pk>/", views.input_detail, name="input_detail"),
    path("my/events/", views.my_events, name="my_events"),
    path("my/inputs/", views.my_inputs, name="my_inputs"),
]
