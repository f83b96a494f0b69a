"""Speaker photos and other pictures put into a post: made web-ready, stored in the site, referenced.

``pipeline``    bytes -> upright, scaled, stripped, sRGB JPEG/PNG (refusals before decoding)
``assets``      the site's asset folder habit and reference style
``store``       naming after the speaker, never overwriting, atomic writes
``references``  the text edits: an image line, a talk's photo, a front matter value
``photos``      one source through all of the above (what a drop, a paste and the CLI share)
``download``    a remote photo fetched when the user asks, with a clear message offline
``relocate``    photos kept beside a lone post copied into the site it is saved into
"""

from .assets import AssetPlan, plan_assets
from .photos import (
    ImageSettings,
    ImportedPhoto,
    PhotoRequest,
    PhotoSource,
    downloaded,
    import_photo,
    plan_for,
)
from .pipeline import FocalPoint, ImageRefused, PipelineOptions, ProcessedImage, process_image
from .references import front_matter_edits, image_markdown, insert_images, talk_photo_edits
from .relocate import relocate_assets
from .store import StoredImage, store_image

__all__ = [
    "AssetPlan", "FocalPoint", "ImageRefused", "ImageSettings", "ImportedPhoto", "PhotoRequest",
    "PhotoSource", "PipelineOptions", "ProcessedImage", "StoredImage", "downloaded", "front_matter_edits",
    "image_markdown", "import_photo", "insert_images", "plan_assets", "plan_for", "process_image",
    "relocate_assets",
    "store_image", "talk_photo_edits",
]
