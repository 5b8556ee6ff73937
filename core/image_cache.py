"""What pages show of an image, kept in the shared cache under the image's content, not per change.

A rendition's address depends only on the image (its file and focal point) and the filter, never on the
page showing it, so it outlives a publish: the first render after every publish would otherwise look up
(and unpickle) the same renditions again. The key holds what a new upload or a moved focal point
changes, so an edited image is looked up afresh; a deleted one is shown by no page.
"""

from django.core.cache import cache

# Renditions are never deleted while their image lives (restore_site purges them and clears the cache).
TIMEOUT = 24 * 60 * 60


def image_version(image):
    """A string that changes whenever what the image's renditions show changes."""
    return ":".join(
        str(value)
        for value in (
            image.pk,
            image.file.name,
            image.width,
            image.height,
            image.focal_point_x,
            image.focal_point_y,
            image.focal_point_width,
            image.focal_point_height,
        )
    )


def rendition_size(image, spec):
    """``(url, width, height)`` of ``image``'s rendition for ``spec``, made if missing."""
    key = f"image-rendition:{spec}:{image_version(image)}"
    found = cache.get(key)
    if found is None:
        rendition = image.get_rendition(spec)
        found = (rendition.url, rendition.width, rendition.height)
        cache.set(key, found, TIMEOUT)
    return found
