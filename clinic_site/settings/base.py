"""Settings shared by every environment.

Anything that differs between machines is read from the environment, so the same
code runs on a laptop (SQLite, no configuration) and in production (PostgreSQL).
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from core import request_log

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "home",
    "treatments",
    "locations",
    "people",
    "appointments",
    "search",
    "readability",
    "trust",
    # Above the feature apps: the site chrome's links (navigation) and the demo site (demo).
    "navigation",
    "demo",
    # Translations of pages (README "Languages"); wagtail_localize.locales replaces wagtail.locales.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",
]

MIDDLEWARE = [
    # Before everything: each request gets an id for the log lines about it (core/request_log.py).
    "core.request_log.RequestIdMiddleware",
    # Load balancers probe /healthz by IP over plain HTTP; it answers before the host check
    # and the HTTPS redirect (it reads no host and says nothing but "ok" or "unavailable").
    "core.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Before anything reads a posted body: refuses oversized bodies outside the admin (413) and form
    # posts in a character set other than UTF-8 (400), each with a page and one short log line.
    "core.request_limits.RequestBodyGuardMiddleware",
    # Before WhiteNoise so static files get these headers too.
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "core.middleware.CrossOriginResourcePolicyMiddleware",
    # WhiteNoise straight after the security headers so static files skip the rest.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    # Anonymous copies of pages (core/page_cache.py): a hit skips sessions, CSRF, auth and Wagtail,
    # and the middleware above still adds the security headers to it.
    "core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions, before CommonMiddleware (Django's order). The language comes from the URL only:
    # unprefixed URLs are English, /es/… Spanish, so the page cache's path key is also a language key.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # django-axes wants to be last: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "clinic_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Render form fields with our accessible field template (errors tied to inputs).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

WSGI_APPLICATION = "clinic_site.wsgi.application"

# SQLite file by default; DATABASE_URL (e.g. postgres://user@host:5432/name) for PostgreSQL.
DATABASES = {
    # An empty DATABASE_URL counts as unset, so `DATABASE_URL= make run` still gets SQLite.
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}

# --- PostgreSQL statement timeout ---
# A runaway query (a pathological search, a lock wait) is cancelled after this many milliseconds instead
# of holding a worker and a connection forever. 0 turns it off (e.g. for a long data migration).
DB_STATEMENT_TIMEOUT_MS = int(os.environ.get("DB_STATEMENT_TIMEOUT_MS", "30000"))
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and DB_STATEMENT_TIMEOUT_MS > 0:
    _db_options = DATABASES["default"].setdefault("OPTIONS", {})
    # libpq's "options" sets session parameters at connect time: no extra query per connection.
    _db_options["options"] = f"{_db_options.get('options', '')} -c statement_timeout={DB_STATEMENT_TIMEOUT_MS}".strip()

# --- SQLite as a web application needs it ---
# The admin autosaves while an editor types, so two writes often overlap. WAL lets readers carry on
# during a write; IMMEDIATE takes the write lock when a transaction starts, so a writer waits its turn
# (up to `timeout` seconds) instead of failing with "database is locked" when a read turns into a write.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
            "transaction_mode": "IMMEDIATE",
            "timeout": int(os.environ.get("SQLITE_BUSY_TIMEOUT", "20")),
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# English at the URLs that existed before Spanish (no prefix), Spanish under /es/ (clinic_site/urls.py).
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The languages staff may choose for the admin (Account → Preferences → Language): each keeps their own,
# whatever language the page they edit is in. Without this Wagtail offers every language it ships.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# A page sent for translation starts as a draft: a translation is health content and goes live only through
# clinical review (treatments/language_review.py), never because its English source is live.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
TIME_ZONE = os.environ.get("TIME_ZONE", "America/Denver")
USE_I18N = True
USE_TZ = True
# Dates as patients write them in each language ("November 30, 2026", "30 de noviembre de 2026"):
# templates use |date:"DATE_FORMAT"; clinic_site/formats/ overrides Django's English "Nov. 30, 2026".
FORMAT_MODULE_PATH = ["clinic_site.formats"]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"

MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# The StreamField editor posts many fields; Django's default of 1,000 is too low.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Clinic"
# The public address, e.g. https://clinic.example: the default Site takes it after every migrate
# (core/site_address.py), so links, the sitemap and structured data name it.
SITE_URL = os.environ.get("SITE_URL", "").rstrip("/")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or SITE_URL or "http://localhost:8000"

# Approving the Clinical review workflow records the review on a treatment page, then publishes it
# (see treatments/review.py); other workflows finish as Wagtail's default does.
WAGTAIL_FINISH_WORKFLOW_ACTION = "treatments.review.publish_after_review"

WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}

WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")

# --- Outgoing mail (the front desk's notification, password resets, workflow emails) ---
# The relay is read from the environment. EMAIL_TIMEOUT bounds every network wait on it, so a relay that
# accepts and never answers costs a bounded wait, never a hung process.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "0") == "1"
EMAIL_USE_SSL = os.environ.get("EMAIL_USE_SSL", "0") == "1"
EMAIL_TIMEOUT = float(os.environ.get("EMAIL_TIMEOUT", "10"))
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# --- Background tasks (django-tasks) ---
# Wagtail's own tasks stay immediate (its default). The appointment notification goes through
# "notifications": a queue in the database, written in the same transaction as the request and sent by
# `manage.py db_worker --backend notifications` (started by `make run` and by gunicorn for `make serve`),
# so a slow or dead mail relay never holds up a visitor's request.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "notifications": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# --- Caching (see core/page_cache.py and README "Caching") ---
# Redis when REDIS_URL is set (shared by every gunicorn worker and machine), else files on this machine's
# disk (Django's FileBasedCache), shared by every process of the server: a publish from any process (the
# admin, `publish_scheduled` from cron, an import, a shell) empties every process's page cache at once,
# so `make serve` can run one process per core without Redis. A hit reads one small file (the
# generation); each process keeps its own copy of the page itself (core/page_cache/middleware.py).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's RedisCache, made to degrade (log and miss) instead of failing when Redis is down.
            "BACKEND": "core.redis_cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "clinic"),
            "OPTIONS": {
                # Seconds: a Redis outage costs each request at most this much, never a hung worker.
                "socket_connect_timeout": float(os.environ.get("REDIS_CONNECT_TIMEOUT", "0.5")),
                "socket_timeout": float(os.environ.get("REDIS_SOCKET_TIMEOUT", "0.5")),
                "health_check_interval": 30,
            },
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "cache")),
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "clinic"),
            # Past this many files a third, chosen at random, is removed on the next store (Django's cull):
            # room for every page of a site of a few thousand pages and its browse variants.
            "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("CACHE_MAX_ENTRIES", "10000"))},
        }
    }
# After a Redis timeout or refused connection, each process skips Redis for this many seconds
# (core/redis_cache.py): a hung Redis costs one slow request, not a timeout on every cache call.
REDIS_RETRY_SECONDS = float(os.environ.get("REDIS_RETRY_SECONDS", "30"))
# Anonymous visitors' copies of home, treatment and content pages; every publish empties it at once.
# Keep it well under a day: the footer's "open now" schedule embedded in the page covers 8 days.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "1800"))
# How long browsers may reuse a page without asking (they cannot be told of a publish).
PAGE_BROWSER_CACHE_SECONDS = int(os.environ.get("PAGE_BROWSER_CACHE_SECONDS", "60"))

# CDN purge on publish (wagtail.contrib.frontend_cache): FRONTEND_CACHE_URL for an HTTP PURGE
# backend such as Varnish, or CLOUDFLARE_* / CLOUDFRONT_DISTRIBUTION_ID. Unset: nothing is purged.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
        "ZONEID": os.environ["CLOUDFLARE_ZONEID"],
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }
# With a CDN that is purged on publish, let it keep pages as long as our own cache does.
PAGE_CDN_CACHE_SECONDS = PAGE_CACHE_SECONDS if WAGTAILFRONTENDCACHE else 0
INSTALLED_APPS += ["wagtail.contrib.frontend_cache"]

# --- Security headers (every environment, so dev and tests see what production sends) ---
# HSTS and the HTTPS redirect are in production.py: they would break plain-HTTP development.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views override it with SAMEORIGIN for the admin's own iframe.
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"  # read by core.middleware (Django has no setting for it)
# Every powerful browser feature off: the site needs none of them.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "picture-in-picture",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

# Content-Security-Policy for public pages: nothing is allowed unless named. Pages load only their own
# stylesheets and web font, their deferred scripts, images and live-search JSON from this origin; JSON-LD blocks are
# data, not scripts, so they need no exception. To embed a third-party video, add its origin to
# CSP_FRAME_SRC (e.g. https://www.youtube-nocookie.com); media on object storage goes in CSP_IMG_SRC.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", *env_list("CSP_IMG_SRC")],
        "font-src": ["'self'"],  # the vendored web font (static/fonts), nothing from font services
        "connect-src": ["'self'"],
        "frame-src": env_list("CSP_FRAME_SRC") or None,
        "form-action": ["'self'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
    }
}
# The Wagtail admin (and its page previews, which render public templates under /admin/) still uses
# inline scripts and styles (wagtail/wagtail#1288), shows previews in a same-origin iframe and draws
# images from data: and blob: URLs. It gets this looser policy; still nothing from other sites.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", *env_list("CSP_IMG_SRC")],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *env_list("CSP_FRAME_SRC")],
        "object-src": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
CSP_ADMIN_PATH_PREFIX = "/admin/"  # read by core.middleware
# The admin calls no other site: no avatar lookup at Gravatar with a staff member's email hash, no
# check for new Wagtail releases (upgrades are the developers' job, through requirements.txt).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# --- Client address behind the TLS proxy ---
# How many proxies in front of the app append to X-Forwarded-For (0: use the socket address). Login
# lockout and rate limits key on it; never set it higher than the real number of proxies.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# --- Admin login lockout (django-axes) ---
# Axes' backend goes first: it refuses a locked-out login before the password is checked (ModelBackend,
# second, checks it). AxesBackend rather than AxesStandaloneBackend: it can also load the signed-in user,
# which tools that take the first backend for that (Wagtail's test helpers) need.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=30)
# Keyed on the account *and* the address it is tried from: an attacker cannot lock a colleague out from
# elsewhere, and staff sharing the clinic's one public address do not lock each other out.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "core.lockout.lockout_response"  # the Wagtail-styled page, HTTP 429
AXES_CLIENT_IP_CALLABLE = "core.client_ip.client_ip"
AXES_USERNAME_FORM_FIELD = "username"

# --- Password reset rate limit (django-ratelimit, see core/password_reset.py): reset links sent ---
RESET_LINK_RATE_PER_IP = "10/h"
RESET_LINK_RATE_PER_EMAIL = "3/h"
RATELIMIT_IP_META_KEY = "core.client_ip.client_ip"

# --- Sessions ---
# A working day: staff sign in each morning; a stolen session cookie is useless by the next one.
SESSION_COOKIE_AGE = 9 * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = False  # "Remember me" on the login form decides; the age still applies.

# --- Uploads ---
# No SVG (it can carry scripts); images and documents have size limits, images a pixel limit too
# (a small file can decode to a huge bitmap and exhaust memory).
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# 16 megapixels takes a 12 MP phone photo (4032 x 3024) and twice the largest rendition (1200 px wide);
# a 24-36 MP camera original costs seconds per rendition and gains visitors nothing: resize it first.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 16_000_000
# A damaged image file gets a form error instead of a server error (core/image_forms.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.image_forms.ClinicImageForm"
# Documents go through Django's view: permission checks, Content-Disposition (attachment except PDF)
# and Wagtail's own "default-src 'none'" policy on the file.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Uploads and renditions readable by the site's own account only (a proxy serving /media/ from disk must
# run as that account); the SQLite file is made owner-only too (core/file_permissions.py).
FILE_UPLOAD_PERMISSIONS = 0o600
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o700
# Request bodies kept in memory (form posts); uploads above this spill to a temporary file.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# Outside the admin no form takes files: a larger body is refused with a 413 page before it is read
# (core/request_limits.py). The admin (image and document uploads) keeps the limits above.
PUBLIC_MAX_REQUEST_BODY = int(os.environ.get("PUBLIC_MAX_REQUEST_BODY") or 64 * 1024)

# --- Scaling past one machine (README "Scaling past one machine") ---
# S3-compatible media when AWS_STORAGE_BUCKET_NAME is set; Elasticsearch/OpenSearch when
# SEARCH_BACKEND is. Unset, these are the local disk and the database search backend.
from .scaling import media_storage, search_backends  # noqa: E402

STORAGES["default"] = media_storage(os.environ)
WAGTAILSEARCH_BACKENDS = search_backends(os.environ)

# --- Sessions ---
# The database store, minus forged keys that would reach the database (core/sessions.py).
SESSION_ENGINE = "core.sessions"

# --- Appointment requests: spam traps, rate limit, client address, retention ---
# (appointments/guard.py and ratelimit.py, manage.py purge_appointment_requests; README "Appointment requests")


def env_int(name, default):
    value = os.environ.get(name) or str(default)
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


# A form sent sooner than this after it was shown is refused (people need longer than bots); one older than
# APPOINTMENT_FORM_MAX_AGE asks to be sent again. Both with a message and everything typed kept.
APPOINTMENT_MIN_SECONDS = env_int("APPOINTMENT_MIN_SECONDS", 3)
APPOINTMENT_FORM_MAX_AGE = 24 * 60 * 60
# At most this many requests per client address in this many minutes (in CACHES[APPOINTMENT_RATE_LIMIT_CACHE]).
APPOINTMENT_RATE_LIMIT = env_int("APPOINTMENT_RATE_LIMIT", 5)
APPOINTMENT_RATE_LIMIT_MINUTES = env_int("APPOINTMENT_RATE_LIMIT_MINUTES", 10)
APPOINTMENT_RATE_LIMIT_CACHE = "default"
# The client address is core.client_ip (TRUSTED_PROXY_COUNT, above).
# purge_appointment_requests deletes requests older than this.
APPOINTMENT_RETENTION_DAYS = env_int("APPOINTMENT_RETENTION_DAYS", 180)

# --- Two-step sign-in for staff (django-otp; twofactor/, README "Admin sign-in") ---
# Administrators and the front desk (the roles that see patient data) must confirm each admin session
# with a code from an authenticator app or a recovery code; everyone else may turn it on. OTPMiddleware
# reads the session's verified device; ours, right after it, sends unverified staff to set-up or the code.
INSTALLED_APPS += ["twofactor", "django_otp", "django_otp.plugins.otp_totp", "django_otp.plugins.otp_static"]
_after_auth = MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1
MIDDLEWARE[_after_auth:_after_auth] = [
    "django_otp.middleware.OTPMiddleware",
    "twofactor.middleware.TwoFactorMiddleware",
]
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME  # the name staff see in their authenticator app
TWOFACTOR_RECOVERY_CODES = 10

# --- Logging (core/request_log.py) ---
# Warnings and errors, 500s included, go to stderr with the request's id, never a posted body.
LOGGING = request_log.logging_config(os.environ.get("LOG_LEVEL", "INFO"))

# --- A form sent without its CSRF cookie comes back filled in, with a message (not Django's bare 403) ---
CSRF_FAILURE_VIEW = "appointments.csrf.csrf_failure"

# Clinical review (treatments/review.py): the longest a treatment page goes between reviews. An editor may
# choose an earlier "Next review due", never a later one.
TREATMENT_REVIEW_MONTHS = env_int("TREATMENT_REVIEW_MONTHS", 12)

# --- Search words (search/stored_queries.py; README "Search") ---
# purge_search_queries deletes stored search counts older than this; Wagtail's own
# searchpromotions_garbage_collect uses the same age.
SEARCH_QUERY_RETENTION_DAYS = env_int("SEARCH_QUERY_RETENTION_DAYS", 30)
WAGTAILSEARCH_HITS_MAX_AGE = SEARCH_QUERY_RETENTION_DAYS
