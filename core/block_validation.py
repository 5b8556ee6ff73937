"""StreamField validation runs one at a time in each process: Wagtail 8.0's deferred validation is not
thread-safe.

To let a draft be saved with empty required blocks, Wagtail sets ``required = False`` on the *block
definitions* for the length of the draft's validation, then puts it back. Those definitions are shared
by every request in the process, so two saves in two threads (an autosave beside a *Save draft*, under
runserver or gunicorn's threads) interfere: one crashed with "'PageChooserBlock' object has no attribute
'_original_required'" (HTTP 500), and a *Publish* validated meanwhile would skip required blocks. One
lock around ``BlockField.clean`` (the StreamField's form field) makes each validation see its own
settings; it costs milliseconds per save and nothing on page views.
"""

import threading

from wagtail.blocks.base import BlockField

LOCK = threading.RLock()
wagtail_clean = BlockField.clean


def clean_one_at_a_time(self, value):
    with LOCK:
        return wagtail_clean(self, value)


def install():
    BlockField.clean = clean_one_at_a_time
