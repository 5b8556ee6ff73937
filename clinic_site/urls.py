from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views import serve as wagtaildocs_serve

from core.page_cache import cached_like_pages
from core.password_limit import limit_guesses
from core.password_reset import RateLimitedPasswordResetView
from core.routing import serve as serve_page
from core.sitemap import AllLanguagesSitemap
from core.views import brand_stylesheet, robots_txt
from search import views as search_views

urlpatterns = [
    # Before the admin's own URLs so it replaces Wagtail's unlimited password reset form.
    path("admin/password_reset/", RateLimitedPasswordResetView.as_view(), name="wagtailadmin_password_reset"),
    path("admin/", include(wagtailadmin_urls)),
    # Before Wagtail's own password views (same paths and names), so wrong guesses are limited.
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        limit_guesses("document")(wagtaildocs_serve.authenticate_with_password),
        name="wagtaildocs_authenticate_with_password",
    ),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        limit_guesses("page")(wagtail_views.authenticate_with_password),
        name="wagtailcore_authenticate_with_password",
    ),
    path("documents/", include(wagtaildocs_urls)),
    # Emptied on every publish like the pages: built from every page, it is slow on a large site.
    path("sitemap.xml", cached_like_pages(sitemap), {"sitemaps": {"wagtail": AllLanguagesSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("brand.css", brand_stylesheet, name="brand_css"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# English pages and search keep their unprefixed URLs; Spanish pages and the Spanish search live under /es/.
# Wagtail serves every other URL from the page tree, its serve view given a route found with fewer queries
# (core/routing.py); its pattern must stay last, as it matches every path.
page_urls = [url for url in wagtail_urls.urlpatterns if url.name != "wagtail_serve"]
page_urls.append(re_path(wagtail_urls.serve_pattern, serve_page, name="wagtail_serve"))
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("search/suggest/", search_views.suggest, name="search_suggest"),
    path("", include(page_urls)),
    prefix_default_language=False,
)
