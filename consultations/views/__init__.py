"""The consultations' pages: events, registration and seats, written inputs."""

from .attendance import (
    event_register,
    event_seats,
    my_events,
    registration_cancel,
    seat_accept,
    seat_decline,
    seat_withdraw,
)
from .events import event_detail, event_document, event_list
from .inputs import input_create, input_create_for_round_table, input_detail, my_inputs

__all__ = [
    "event_detail",
    "event_document",
    "event_list",
    "event_register",
    "event_seats",
    "input_create",
    "input_create_for_round_table",
    "input_detail",
    "my_events",
    "my_inputs",
    "registration_cancel",
    "seat_accept",
    "seat_decline",
    "seat_withdraw",
]
