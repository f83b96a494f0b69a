"""Photos made in the tests: a phone's JPEG and HEIC with GPS, orientation and XMP, PNGs, bad files.

Each picture is blue on its left half and red on its right as stored, so
after its EXIF orientation is applied the tests can tell which way is up.
"""

from __future__ import annotations

import contextlib
import http.server
import io
import struct
import threading
import zlib

from PIL import Image

BLUE, RED = (0, 0, 255), (255, 0, 0)
GPS_IFD = 0x8825
ORIENTATION = 0x0112
XMP = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
       b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="51,30.0N"/>'
       b'</rdf:RDF></x:xmpmeta>')


def halves(size: tuple[int, int] = (300, 200), mode: str = "RGB") -> Image.Image:
    w, h = size
    image = Image.new(mode, size, RED + ((255,) if mode == "RGBA" else ()))
    image.paste(BLUE + ((255,) if mode == "RGBA" else ()), (0, 0, w // 2, h))
    return image


def phone_exif(orientation: int = 6) -> Image.Exif:
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "PhoneMaker"
    exif[GPS_IFD] = {1: "N", 2: (51.0, 30.0, 26.0), 3: "W", 4: (0.0, 7.0, 39.0)}
    return exif


def iptc_segment() -> bytes:
    """An APP13 Photoshop segment holding an IPTC caption and city."""
    record = b"\x1c\x02\x78" + struct.pack(">H", 7) + b"Caption"
    record += b"\x1c\x02\x5a" + struct.pack(">H", 6) + b"London"
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(record)) + record
    body = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(body) + 2) + body


def phone_jpeg(size: tuple[int, int] = (300, 200), orientation: int = 6, quality: int = 90) -> bytes:
    """A JPEG as a phone writes it: EXIF with orientation and GPS, XMP, IPTC."""
    out = io.BytesIO()
    halves(size).save(out, "JPEG", exif=phone_exif(orientation).tobytes(), xmp=XMP, quality=quality)
    data = out.getvalue()
    return data[:2] + iptc_segment() + data[2:]


def phone_heic(size: tuple[int, int] = (300, 200), orientation: int = 6) -> bytes:
    import pillow_heif

    heif = pillow_heif.from_pillow(halves(size))
    heif.info["exif"] = phone_exif(orientation).tobytes()
    heif.info["xmp"] = XMP
    out = io.BytesIO()
    heif.save(out, quality=90)
    return out.getvalue()


def transparent_png(size: tuple[int, int] = (120, 80)) -> bytes:
    image = halves(size, "RGBA")
    image.putpixel((0, 0), (0, 0, 0, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def plain_png(size: tuple[int, int] = (120, 80)) -> bytes:
    out = io.BytesIO()
    halves(size).save(out, "PNG")
    return out.getvalue()


def webp(size: tuple[int, int] = (120, 80)) -> bytes:
    out = io.BytesIO()
    halves(size).save(out, "WEBP", exif=phone_exif(1).tobytes())
    return out.getvalue()


def bomb_png(width: int = 30000, height: int = 30000) -> bytes:
    """A few hundred bytes that declare ``width`` × ``height`` pixels (a decompression bomb)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) \
        + chunk(b"IEND", b"")


def jpeg_segments(data: bytes) -> list[tuple[int, bytes]]:
    """The marker segments of a JPEG up to its image data: (marker, first bytes of the payload)."""
    assert data[:2] == b"\xff\xd8", "not a JPEG"
    out, pos = [], 2
    while pos + 4 <= len(data):
        marker = data[pos + 1]
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        out.append((marker, data[pos + 4:pos + 4 + 16]))
        if marker == 0xDA:  # start of scan: pixels follow
            break
        pos += 2 + length
    return out


def assert_clean(data: bytes) -> Image.Image:
    """The written photo has no EXIF, GPS, XMP, IPTC or ICC data; returns it opened."""
    image = Image.open(io.BytesIO(data))
    assert not image.getexif(), dict(image.getexif())
    assert "exif" not in image.info and "xmp" not in image.info and "icc_profile" not in image.info
    for trace in (b"GPS", b"xmpmeta", b"Photoshop", b"London", b"PhoneMaker"):
        assert trace not in data, trace
    if image.format == "JPEG":
        markers = {m for m, _ in jpeg_segments(data)}
        assert not markers & {0xE1, 0xE2, 0xED}, sorted(hex(m) for m in markers)
    return image


def upright_blue_on_top(image: Image.Image) -> bool:
    """A ``halves`` picture with orientation 6 applied: blue (its left) is now on top."""
    w, h = image.size
    top = image.convert("RGB").getpixel((w // 2, h // 8))
    bottom = image.convert("RGB").getpixel((w // 2, h - 1 - h // 8))
    return top[2] > 200 > top[0] and bottom[0] > 200 > bottom[2]


@contextlib.contextmanager
def serve(routes: dict[str, bytes]):
    """A local web server for download tests: ``routes`` maps paths to picture bytes; yields its URL."""
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the library's name)
            data = routes.get(self.path.split("?")[0])
            if data is None:
                self.send_error(404, "Not Found")
                return
            self.send_response(200)
            self.send_header("Content-Type", "image/jpeg")
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    with serve_with(Handler) as url:
        yield url


@contextlib.contextmanager
def serve_with(handler: type[http.server.BaseHTTPRequestHandler]):
    """A local web server answering with ``handler``; yields its URL."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
