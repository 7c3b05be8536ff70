"""Demo people: one account per role, with the passwords the README lists."""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from .models import User
from .roles import COORDINATORS, SECRETARIAT

# (e-mail, password, first name, last name, staff, superuser, groups)
DEMO_USERS = [
    ("admin@imrf-portal.example", "demo-admin-2022", "Ada", "Admin", True, True, []),
    (
        "secretariat@imrf-portal.example",
        "demo-secretariat-2022",
        "Samira",
        "Haddad",
        True,
        False,
        [SECRETARIAT],
    ),
    (
        "coordinator@imrf-portal.example",
        "demo-coordinator-2022",
        "Colette",
        "Martin",
        False,
        False,
        [COORDINATORS],
    ),
    ("member@imrf-portal.example", "demo-member-2022", "Karim", "Mansour", False, False, []),
    ("orgadmin@imrf-portal.example", "demo-orgadmin-2022", "Leila", "Benali", False, False, []),
]


def load(stdout) -> None:
    for email, password, first, last, staff, superuser, groups in DEMO_USERS:
        user, created = User.objects.get_or_create(
            email=email, defaults={"username": email.split("@")[0]}
        )
        user.first_name, user.last_name = first, last
        user.is_staff, user.is_superuser = staff, superuser
        if created:
            user.set_password(password)
        user.save()
        user.groups.set(Group.objects.filter(name__in=groups))
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
    stdout.write(f"{len(DEMO_USERS)} demo accounts.")
