"""S3-compatible media and Elasticsearch/OpenSearch are configured from the environment alone."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from clinic_site.settings.scaling import media_storage, search_backends

ROOT = Path(__file__).resolve().parents[2]


def test_without_a_bucket_media_stays_on_the_local_disk():
    assert media_storage({}) == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert media_storage({"AWS_STORAGE_BUCKET_NAME": "  "})["BACKEND"].endswith("FileSystemStorage")


def test_a_bucket_selects_s3_with_private_signed_urls_that_never_overwrite():
    storage = media_storage({"AWS_STORAGE_BUCKET_NAME": "clinic-media"})
    assert storage == {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": "clinic-media",
            "file_overwrite": False,
            "default_acl": None,
            "querystring_auth": True,
        },
    }


def test_minio_or_r2_endpoint_region_cdn_domain_and_folder_are_passed_on():
    env = {
        "AWS_STORAGE_BUCKET_NAME": "clinic-media",
        "AWS_S3_ENDPOINT_URL": "https://minio.internal:9000",
        "AWS_S3_REGION_NAME": "auto",
        "AWS_S3_CUSTOM_DOMAIN": "media.clinic.example",
        "AWS_LOCATION": "media",
        "AWS_QUERYSTRING_AUTH": "false",
        "AWS_QUERYSTRING_EXPIRE": "7200",
        "AWS_SECRET_ACCESS_KEY": "never-in-settings",
    }
    options = media_storage(env)["OPTIONS"]
    assert options["endpoint_url"] == "https://minio.internal:9000"
    assert options["region_name"] == "auto"
    assert options["custom_domain"] == "media.clinic.example"
    assert options["location"] == "media"
    assert options["querystring_auth"] is False
    assert options["querystring_expire"] == 7200
    # boto3 reads credentials from the environment itself; they never become settings.
    assert "never-in-settings" not in repr(options)


def test_without_a_search_backend_the_database_searches():
    assert search_backends({}) == {"default": {"BACKEND": "wagtail.search.backends.database"}}
    assert search_backends({"SEARCH_BACKEND": "database"})["default"]["BACKEND"] == "wagtail.search.backends.database"


@pytest.mark.parametrize("engine", ["elasticsearch8", "elasticsearch9", "opensearch2", "opensearch3"])
def test_an_engine_and_its_urls_select_wagtails_backend(engine):
    env = {
        "SEARCH_BACKEND": engine.upper(),
        "SEARCH_URLS": "https://user:secret@search-1.internal:9200, https://search-2.internal:9200",
    }
    assert search_backends(env) == {
        "default": {
            "BACKEND": f"wagtail.search.backends.{engine}",
            "URLS": ["https://user:secret@search-1.internal:9200", "https://search-2.internal:9200"],
            "INDEX_PREFIX": "clinic_",
            "TIMEOUT": 5,
        }
    }


def test_index_prefix_and_timeout_can_be_set():
    env = {
        "SEARCH_BACKEND": "opensearch3",
        "SEARCH_URLS": "http://localhost:9200",
        "SEARCH_INDEX_PREFIX": "staging_",
        "SEARCH_TIMEOUT": "20",
    }
    backend = search_backends(env)["default"]
    assert (backend["INDEX_PREFIX"], backend["TIMEOUT"]) == ("staging_", 20)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"SEARCH_BACKEND": "solr", "SEARCH_URLS": "http://localhost:8983"}, "is not one of"),
        ({"SEARCH_BACKEND": "opensearch3"}, "needs SEARCH_URLS"),
        ({"SEARCH_BACKEND": "opensearch3", "SEARCH_URLS": "search.internal:9200"}, "entry 1 is not"),
        ({"SEARCH_BACKEND": "elasticsearch9", "SEARCH_URLS": "ftp://user:hunter2@host"}, "entry 1 is not"),
    ],
)
def test_a_wrong_search_configuration_refuses_to_start_with_a_clear_message(env, message):
    with pytest.raises(ImproperlyConfigured, match=message) as error:
        search_backends(env)
    assert "hunter2" not in str(error.value)


def test_the_settings_module_reads_both_from_the_environment():
    code = (
        "import clinic_site.settings.base as s; "
        "print(s.STORAGES['default']['BACKEND'], s.WAGTAILSEARCH_BACKENDS['default']['BACKEND'])"
    )
    env = {
        **os.environ,
        "AWS_STORAGE_BUCKET_NAME": "clinic-media",
        "SEARCH_BACKEND": "opensearch3",
        "SEARCH_URLS": "http://localhost:9200",
    }
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)  # noqa: S603
    assert result.stdout.split() == ["storages.backends.s3.S3Storage", "wagtail.search.backends.opensearch3"]
