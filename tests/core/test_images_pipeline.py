"""The photo pipeline: orientation, size bound, metadata stripped, sRGB, transparency, and each refusal."""

from __future__ import annotations

import io

import photo_samples as s
import pytest
from PIL import Image, ImageCms

from editor.core.images import FocalPoint, ImageRefused, PipelineOptions, process_image


def test_phone_jpeg_is_turned_upright_scaled_and_stripped():
    out = process_image(s.phone_jpeg((3000, 2000)), PipelineOptions(max_side=1600))
    assert out.ext == "jpg" and out.source_format == "JPEG"
    image = s.assert_clean(out.data)
    assert image.size == (1067, 1600) == (out.width, out.height)  # 6 = turned a quarter: portrait
    assert s.upright_blue_on_top(image)
    assert image.info.get("progressive") == 1


def test_heic_from_a_phone_with_gps_and_orientation():
    data = s.phone_heic((400, 300), orientation=6)
    assert b"ftypheic" in data[:32] or b"ftypmif1" in data[:32]
    out = process_image(data, PipelineOptions(max_side=200))
    assert out.source_format == "HEIF" and out.ext == "jpg"
    image = s.assert_clean(out.data)
    assert image.size == (150, 200)
    assert s.upright_blue_on_top(image)


def test_small_photo_keeps_its_size_and_the_bound_is_a_parameter():
    assert process_image(s.phone_jpeg((300, 200), orientation=1)).width == 300
    out = process_image(s.phone_jpeg((300, 200), orientation=1), PipelineOptions(max_side=100))
    assert (out.width, out.height) == (100, 67)


def test_transparency_stays_png_and_opaque_png_becomes_jpeg():
    out = process_image(s.transparent_png())
    assert out.ext == "png"
    image = s.assert_clean(out.data)
    assert image.mode == "RGBA" and image.getpixel((0, 0))[3] == 0
    assert process_image(s.plain_png()).ext == "jpg"


def test_webp_is_read():
    out = process_image(s.webp())
    assert out.ext == "jpg" and out.source_format == "WEBP"
    s.assert_clean(out.data)


def test_square_crop_around_the_focal_point():
    # Upright the picture is 200 wide, 300 tall: blue over red. A focal point high up keeps blue.
    data = s.phone_jpeg((300, 200), orientation=6)
    top = Image.open(io.BytesIO(process_image(data, PipelineOptions(square=FocalPoint(0.5, 0.0))).data))
    bottom = Image.open(io.BytesIO(process_image(data, PipelineOptions(square=FocalPoint(0.5, 1.0))).data))
    assert top.size == bottom.size == (200, 200)
    assert top.convert("RGB").getpixel((100, 20))[2] > 200
    assert bottom.convert("RGB").getpixel((100, 180))[0] > 200


def test_colour_profile_is_converted_not_kept():
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    buf = io.BytesIO()
    s.halves().save(buf, "JPEG", icc_profile=srgb, quality=95)
    out = process_image(buf.getvalue())
    image = s.assert_clean(out.data)
    assert image.mode == "RGB"
    assert image.convert("RGB").getpixel((10, 10))[2] > 230


def test_cmyk_jpeg_becomes_rgb():
    buf = io.BytesIO()
    s.halves().convert("CMYK").save(buf, "JPEG")
    image = s.assert_clean(process_image(buf.getvalue()).data)
    assert image.mode == "RGB"


# --- refusals -------------------------------------------------------------------------------------

def test_not_an_image():
    with pytest.raises(ImageRefused, match="not an image"):
        process_image(b"# A Markdown file\n\nnot a picture\n")


def test_empty_file():
    with pytest.raises(ImageRefused, match="empty"):
        process_image(b"")


def test_truncated_jpeg():
    data = s.phone_jpeg((600, 400))
    with pytest.raises(ImageRefused, match="truncated|damaged"):
        process_image(data[: len(data) // 2])


def test_corrupt_png():
    data = bytearray(s.plain_png((200, 200)))
    data[60:80] = b"\x00" * 20  # inside the compressed pixels
    with pytest.raises(ImageRefused, match="damaged|truncated"):
        process_image(bytes(data))


def test_decompression_bomb_is_refused_from_its_header(monkeypatch):
    bomb = s.bomb_png(30000, 30000)
    assert len(bomb) < 200
    decoded = []
    monkeypatch.setattr(Image.Image, "load", lambda self: decoded.append(self))
    with pytest.raises(ImageRefused, match="decompression bomb"):
        process_image(bomb)
    with pytest.raises(ImageRefused, match="11000 × 11000"):
        process_image(s.bomb_png(11000, 11000))  # below Pillow's own guard, above ours
    assert decoded == []


def test_damaged_heic():
    data = s.phone_heic()
    with pytest.raises(ImageRefused, match="damaged"):
        process_image(data[: len(data) // 2])
