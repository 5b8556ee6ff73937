"""Optional settings for running past one machine, built from the environment.

Pure functions of an environment mapping, so tests can check them without a network or
the optional packages installed. Each returns the stock setting when its variables are unset:
media on the local disk, search in the database.

- S3-compatible media (AWS S3, MinIO, Cloudflare R2, …) through django-storages:
  AWS_STORAGE_BUCKET_NAME turns it on. Credentials come from boto3's own sources
  (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, an instance role …), never from settings.
- Elasticsearch or OpenSearch through Wagtail's own backends: SEARCH_BACKEND names one.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

FILESYSTEM_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
DATABASE_SEARCH = {"BACKEND": "wagtail.search.backends.database"}

# Wagtail 8.0.1 ships these backends (wagtail.search.backends.<name>, from django-modelsearch);
# each needs the client package (elasticsearch or opensearch-py) of the server's major version.
SEARCH_ENGINES = ("elasticsearch7", "elasticsearch8", "elasticsearch9", "opensearch2", "opensearch3")


def _flag(env, name, default):
    value = env.get(name, "").strip().lower()
    return default if not value else value in {"1", "true", "yes", "on"}


def media_storage(env):
    """The STORAGES["default"] entry: S3-compatible when AWS_STORAGE_BUCKET_NAME is set, else the disk."""
    bucket = env.get("AWS_STORAGE_BUCKET_NAME", "").strip()
    if not bucket:
        return dict(FILESYSTEM_STORAGE)
    options = {
        "bucket_name": bucket,
        # Uploads never replace an existing object: two images called photo.jpg both survive.
        "file_overwrite": False,
        # No ACL per object: the bucket's policy decides who reads (R2 and many MinIO setups reject ACLs).
        "default_acl": None,
        # Private bucket by default: media URLs are signed and expire (AWS_QUERYSTRING_EXPIRE seconds).
        "querystring_auth": _flag(env, "AWS_QUERYSTRING_AUTH", True),
    }
    optional = {
        "endpoint_url": "AWS_S3_ENDPOINT_URL",  # MinIO, R2, other S3-compatible services
        "region_name": "AWS_S3_REGION_NAME",
        "custom_domain": "AWS_S3_CUSTOM_DOMAIN",  # a CDN in front of the bucket; its URLs are unsigned
        "location": "AWS_LOCATION",  # a folder inside the bucket, e.g. "media"
    }
    for option, name in optional.items():
        if env.get(name, "").strip():
            options[option] = env[name].strip()
    if env.get("AWS_QUERYSTRING_EXPIRE", "").strip():
        options["querystring_expire"] = int(env["AWS_QUERYSTRING_EXPIRE"])
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


def search_backends(env):
    """WAGTAILSEARCH_BACKENDS: the database, or the engine SEARCH_BACKEND names at SEARCH_URLS."""
    engine = env.get("SEARCH_BACKEND", "").strip().lower()
    if not engine or engine == "database":
        return {"default": dict(DATABASE_SEARCH)}
    if engine not in SEARCH_ENGINES:
        raise ImproperlyConfigured(f"SEARCH_BACKEND={engine!r} is not one of: database, {', '.join(SEARCH_ENGINES)}.")
    urls = [url.strip() for url in env.get("SEARCH_URLS", "").split(",") if url.strip()]
    if not urls:
        raise ImproperlyConfigured(f"SEARCH_BACKEND={engine} needs SEARCH_URLS, e.g. https://user:password@host:9200")
    for url in urls:
        if urlsplit(url).scheme not in {"http", "https"} or not urlsplit(url).hostname:
            # Say which one without echoing it: the URL may carry a password.
            raise ImproperlyConfigured(f"SEARCH_URLS entry {urls.index(url) + 1} is not an http(s)://host URL.")
    return {
        "default": {
            "BACKEND": f"wagtail.search.backends.{engine}",
            "URLS": urls,
            # One cluster can serve several sites (or staging beside production) without collisions.
            "INDEX_PREFIX": env.get("SEARCH_INDEX_PREFIX", "clinic_").strip(),
            "TIMEOUT": int(env.get("SEARCH_TIMEOUT", "5")),
        }
    }
