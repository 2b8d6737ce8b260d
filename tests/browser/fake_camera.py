"""A video file Chromium's fake camera plays: QR codes as raw YUV4MPEG2 frames (no ffmpeg).

Chromium reads `--use-file-for-fake-video-capture=<file.y4m>` and loops it. Each code
is held for `hold` frames on a grey background (a phone held up to a laptop camera),
with a few blank frames between codes so the reader sees each one arrive.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import segno
from PIL import Image

WIDTH, HEIGHT, FPS = 640, 480, 10


def _frame(image: Image.Image) -> bytes:
    """One 4:2:0 frame: the grey image as luma, neutral chroma."""
    luma = image.convert("L").tobytes()
    chroma = bytes([128]) * ((WIDTH // 2) * (HEIGHT // 2))
    return b"FRAME\n" + luma + chroma + chroma


def _code(text: str) -> Image.Image:
    canvas = Image.new("L", (WIDTH, HEIGHT), 200)
    qr = segno.make(text, error="m")
    scale = min(WIDTH, HEIGHT) * 3 // 4 // (qr.symbol_size(scale=1, border=4)[0])
    side = qr.symbol_size(scale=scale, border=4)[0]
    image = Image.new("L", (side, side), 255)
    for y, row in enumerate(qr.matrix_iter(scale=scale, border=4)):
        for x, dark in enumerate(row):
            if dark:
                image.putpixel((x, y), 0)
    canvas.paste(image, ((WIDTH - side) // 2, (HEIGHT - side) // 2))
    return canvas


def write_y4m(path: Path, codes: Sequence[str], hold: int = 6, gap: int = 4) -> Path:
    blank = _frame(Image.new("L", (WIDTH, HEIGHT), 200))
    with path.open("wb") as out:
        out.write(f"YUV4MPEG2 W{WIDTH} H{HEIGHT} F{FPS}:1 Ip A1:1 C420jpeg\n".encode("ascii"))
        for text in codes:
            frame = _frame(_code(text))
            for _ in range(hold):
                out.write(frame)
            for _ in range(gap):
                out.write(blank)
    return path
