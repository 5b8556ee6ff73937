import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clinic_site.settings.production")

application = get_wsgi_application()

# Django, Wagtail and the project are loaded now and live as long as the process. Leave them out of the
# garbage collector's full passes, which otherwise walk every one of these objects and land on some
# request: the first search in a fresh worker spent about 150 ms of CPU in one. (With preload_app, the
# workers forked from here also keep sharing these pages with the master.)
gc.collect()
gc.freeze()
