"""Settings for the IMRF Stakeholder Portal: one module, configured by the environment.

With no environment at all it runs on a SQLite file in the checkout, executes Celery tasks in
process and writes e-mails to a folder, so that `make demo` works on a fresh machine.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str = "") -> str:
    """A setting from the environment, or from the file named by `NAME_FILE` (Docker secrets)."""
    file_path = os.environ.get(f"{name}_FILE")
    if file_path:
        return Path(file_path).read_text(encoding="utf-8").strip()
    return os.environ.get(name, default)


def envbool(name: str, default: bool = False) -> bool:
    return env(name, "1" if default else "0").strip().lower() in {"1", "true", "yes", "on"}


def envint(name: str, default: int) -> int:
    return int(env(name, str(default)))


def envlist(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


DEBUG = envbool("DJANGO_DEBUG", False)

SECRET_KEY = env("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. With DJANGO_DEBUG off the portal refuses to start "
            "without a secret key: set DJANGO_SECRET_KEY (or DJANGO_SECRET_KEY_FILE), or set "
            "DJANGO_DEBUG=1 for local development."
        )
    SECRET_KEY = "insecure-development-key-only-used-with-debug-on"  # noqa: S105 - debug only: test_it_refuses_to_start_without_a_secret_key_when_debug_is_off

ALLOWED_HOSTS = envlist("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = envlist("DJANGO_CSRF_TRUSTED_ORIGINS")
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    # modeltranslation must come before the admin so that its tabs patch admin forms.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # Inlines within inlines (an event's agenda items and their speakers); local files only.
    "nested_admin",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_countries",
    "django_filters",
    "csp",
    "rules.apps.AutodiscoverRulesConfig",
    "common",
    "gcm",
    "stakeholders",
    "consultations",
    "pledges",
    "reports",
    "engagement",
    "demo",
]

# The benchmarks' commands (bench/: `manage.py seed_scale`) only where asked for: bench/run asks;
# a deployment does not, and carries no command that fills its database with made-up records.
if envbool("PORTAL_BENCH_APPS", False):
    INSTALLED_APPS.append("bench")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "common.cache.VisitorPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "stakeholders.middleware.RequireSecondFactorMiddleware",
]

ROOT_URLCONF = "imrf_portal.urls"
WSGI_APPLICATION = "imrf_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "stakeholders.context_processors.portal",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=envint("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ----------------------------------------------------------------------------------
# Shared by every web and worker process: Redis when configured, otherwise a table in the
# database (created by common's migrations). Never a per-process cache: a page taken down
# in one process must not go on being served by another.
CACHE_URL = env("CACHE_URL")
DATABASE_CACHE = {
    "BACKEND": "django.core.cache.backends.db.DatabaseCache",
    "LOCATION": "portal_cache",
}
if CACHE_URL:
    CACHES = {"default": {"BACKEND": "common.redis_cache.PortalRedisCache", "LOCATION": CACHE_URL}}
else:
    CACHES = {"default": DATABASE_CACHE}

# Anonymous visitors' pages are cached (common.cache) unless turned off.
PAGE_CACHE = envbool("PAGE_CACHE", True)
# The part of a page that is the same for everyone who may see it (the record, the list) is kept
# for signed-in people too: `{% shared %}` in common.templatetags.portal.
SHARED_FRAGMENTS = envbool("SHARED_FRAGMENTS", True)
# How long a web process may serve its own copy of a page before it checks that nothing changed
# (changes made in the same process show at once).
PAGE_CACHE_VERSION_SECONDS = float(env("PAGE_CACHE_VERSION_SECONDS", "1"))

# --- Accounts -------------------------------------------------------------------------------
AUTH_USER_MODEL = "stakeholders.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
ACCOUNT_ADAPTER = "stakeholders.adapters.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_REDIRECT_URL = "home"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[IMRF Portal] "
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
}
# Behind a proxy (deploy/portal.conf.template), every request comes from the proxy's address:
# the rate limits above must read the person's from the X-Forwarded-For header the proxy sets.
# The number of proxies in front; 0 when the portal is reached directly.
ALLAUTH_TRUSTED_PROXY_COUNT = envint("DJANGO_TRUSTED_PROXY_COUNT", 0)
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
# Whoever can reach the admin or the reports must set up TOTP (stakeholders.middleware); the local
# demo (debug on) lets them in without, so that `make demo` needs no authenticator app.
PORTAL_REQUIRE_MFA = envbool("PORTAL_REQUIRE_MFA", not DEBUG)
MFA_TOTP_ISSUER = "IMRF Stakeholder Portal"
# One 30-second step either side: phones' clocks drift, and a code typed at the end of its step
# should still work.
MFA_TOTP_TOLERANCE = 1
LOGIN_REDIRECT_URL = "home"  # a URL name: reversed in the language of the page
LOGIN_URL = "account_login"

# --- E-mail ---------------------------------------------------------------------------------
# Default: e-mails are written as files to var/mail, where a developer can read them.
PORTAL_EMAIL_DELIVERY_BACKEND = env(
    "EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend"
)
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", str(BASE_DIR / "var" / "mail"))
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env(
    "DEFAULT_FROM_EMAIL", "IMRF Stakeholder Portal <no-reply@imrf-portal.example>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# With a broker, e-mails are handed to a worker so that a slow mail server never holds up a page.
EMAIL_BACKEND = (
    "common.mail.CeleryEmailBackend" if env("CELERY_BROKER_URL") else PORTAL_EMAIL_DELIVERY_BACKEND
)

# --- Languages ------------------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("ar", _("Arabic")), ("fr", _("French"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "ar", "fr")
# Fallbacks are shown explicitly, with a note and their own lang attribute (common.i18n),
# never silently by modeltranslation.
MODELTRANSLATION_FALLBACK_LANGUAGES = ()
# The admin's translation tabs run on a local stand-in for jQuery UI tabs, never a CDN.
JQUERY_UI_URL = "common/admin/tabs.js"  # modeltranslation reads this name

# --- Files ----------------------------------------------------------------------------------
# Uploads and generated reports go through the "default" storage: the local folder here, an
# S3-compatible bucket when AWS_STORAGE_BUCKET_NAME is set (django-storages).
MEDIA_ROOT = env("MEDIA_ROOT", str(BASE_DIR / "var" / "media"))
MEDIA_URL = "/media/"
STATIC_ROOT = env("STATIC_ROOT", str(BASE_DIR / "var" / "static"))
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    default_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env("AWS_S3_REGION_NAME") or None,
            "access_key": env("AWS_ACCESS_KEY_ID") or None,
            "secret_key": env("AWS_SECRET_ACCESS_KEY") or None,
            "default_acl": None,
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
else:
    default_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES = {
    "default": default_storage,
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# Without collectstatic (tests, first run) unhashed names are served from the app folders.
WHITENOISE_MANIFEST_STRICT = False
WHITENOISE_USE_FINDERS = envbool("WHITENOISE_USE_FINDERS", True)
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# An event's admin page holds a whole meeting: ten items with their speakers, points and
# questions in three languages, and the blank rows the page copies, come to some 4,000 fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Celery ---------------------------------------------------------------------------------
CELERY_BROKER_URL = env("CELERY_BROKER_URL")
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", CELERY_BROKER_URL)
# No broker: tasks run in the web process, so the portal works with nothing else installed.
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = envint("CELERY_TASK_SOFT_TIME_LIMIT", 240)
CELERY_TASK_TIME_LIMIT = envint("CELERY_TASK_TIME_LIMIT", 300)
# A task not acknowledged within this time is handed to another worker; it must stay above the
# hard time limit so that a slow task is never run twice at once.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_TASK_TIME_LIMIT * 2}
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_TASK_DEFAULT_QUEUE", "celery")
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

# --- Reports (reports/) ---------------------------------------------------------------------
# A running report's task beats every REPORTS_HEARTBEAT_SECONDS; one silent for
# REPORTS_STALE_AFTER_SECONDS (or running past the hard time limit) lost its worker and is
# queued again, up to REPORTS_MAX_ATTEMPTS runs, then failed. A report queued for longer than
# REPORTS_QUEUED_TIMEOUT_SECONDS fails: no worker is taking requests.
REPORTS_HEARTBEAT_SECONDS = envint("REPORTS_HEARTBEAT_SECONDS", 10)
REPORTS_STALE_AFTER_SECONDS = envint("REPORTS_STALE_AFTER_SECONDS", 60)
REPORTS_MAX_ATTEMPTS = envint("REPORTS_MAX_ATTEMPTS", 3)
REPORTS_QUEUED_TIMEOUT_SECONDS = envint("REPORTS_QUEUED_TIMEOUT_SECONDS", 3600)

# --- Security -------------------------------------------------------------------------------
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = envbool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = envbool("DJANGO_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = envint("DJANGO_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", "INFO")},
}

# The reference data shipped with the project (GCM objectives, IMRF round tables).
REFERENCE_DATA_FILE = BASE_DIR / "gcm" / "data" / "gcm_reference.json"
