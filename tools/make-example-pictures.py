#!/usr/bin/env python3
"""Draws the example pictures of the photo lessons (module `photos`).

Run from the repository root:  python3 tools/make-example-pictures.py
Needs Python 3 and Pillow (pip install pillow). No numpy.

The tutor shows a picture in at most 8 terminal rows with half blocks, so a square panel is
seen as about 16 x 16 coloured dots. Everything here is therefore big and bold: one product,
a few flat shapes, strong colours. Each file is a small PNG (well under 20 KB), at most 160 px wide.
Pairs are two panels side by side: the good photo on the left, the faulty one on the right.
"""
import pathlib

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter

ROOT = pathlib.Path(__file__).resolve().parent.parent / "lessons"
P = 80          # drawing units of one panel side (shapes are placed in these units)
S = 4           # draw at S times the size, then shrink: smooth edges
PAIR = 78       # saved panel side in a pair: 2 x 78 + 4 = 160 px wide
TRIPLE = 52     # saved panel side in a row of three: 3 x 52 + 2 x 2 = 160 px wide
SINGLE = 96     # saved side of a picture shown alone
WHITE = (246, 246, 242)
CLOTH = (236, 232, 222)


def canvas(bg=WHITE):
    return Image.new("RGB", (P * S, P * S), bg)


def honey_jar(d, cx, cy, k=1.0):
    """A honey jar centred at (cx, cy) on the big canvas; k scales it (1.0 fills ~75%)."""
    w, h = 44 * S * k, 56 * S * k
    x0, y0 = cx - w / 2, cy - h / 2 + 6 * S * k
    d.rounded_rectangle([x0, y0, x0 + w, y0 + h], radius=8 * S * k, fill=(226, 150, 24))
    d.rounded_rectangle([x0 + 4 * S * k, y0 - 12 * S * k, x0 + w - 4 * S * k, y0 + 2 * S * k],
                        radius=3 * S * k, fill=(120, 60, 30))                       # lid
    d.rectangle([x0 + 6 * S * k, y0 + 18 * S * k, x0 + w - 6 * S * k, y0 + 38 * S * k],
                fill=(250, 240, 210))                                               # label
    d.rectangle([x0 + 12 * S * k, y0 + 25 * S * k, x0 + w - 12 * S * k, y0 + 31 * S * k],
                fill=(180, 60, 40))                                                 # name band
    d.rectangle([x0 + 5 * S * k, y0 + 6 * S * k, x0 + 9 * S * k, y0 + h - 8 * S * k],
                fill=(245, 200, 90))                                                # shine


def tea_packet(d, cx, cy, k=1.0):
    w, h = 46 * S * k, 60 * S * k
    x0, y0 = cx - w / 2, cy - h / 2
    d.polygon([(x0 + 6 * S * k, y0), (x0 + w - 6 * S * k, y0), (x0 + w, y0 + h), (x0, y0 + h)],
              fill=(40, 120, 60))
    d.rectangle([x0 + 3 * S * k, y0, x0 + w - 3 * S * k, y0 + 7 * S * k], fill=(25, 80, 40))
    d.rectangle([x0 + 9 * S * k, y0 + 20 * S * k, x0 + w - 9 * S * k, y0 + 42 * S * k],
                fill=(248, 244, 228))
    d.ellipse([cx - 7 * S * k, y0 + 24 * S * k, cx + 7 * S * k, y0 + 38 * S * k],
              fill=(90, 160, 60))                                                   # leaf


def brocade_bag(d, cx, cy, k=1.0):
    w, h = 54 * S * k, 46 * S * k
    x0, y0 = cx - w / 2, cy - h / 2 + 8 * S * k
    d.arc([cx - 18 * S * k, y0 - 26 * S * k, cx + 18 * S * k, y0 + 14 * S * k], 180, 360,
          fill=(60, 30, 90), width=int(5 * S * k))                                  # strap
    d.rectangle([x0, y0, x0 + w, y0 + h], fill=(170, 30, 50))
    stripes = [(30, 40, 120), (240, 190, 40), (30, 130, 90), (240, 190, 40), (30, 40, 120)]
    band = h / (len(stripes) * 2 + 1)
    for i, c in enumerate(stripes):
        y = y0 + band * (2 * i + 1)
        d.rectangle([x0, y, x0 + w, y + band], fill=c)
    for i in range(4):                                                              # diamonds
        x = x0 + w * (i + 0.5) / 4
        y = y0 + h / 2
        r = 5 * S * k
        d.polygon([(x, y - r), (x + r, y), (x, y + r), (x - r, y)], fill=(250, 250, 240))


def clutter(d):
    """Things lying around the product: a pot, a bottle, bags, a patterned cloth."""
    for i in range(0, P * S, 10 * S):
        d.line([(i, 0), (0, i)], fill=(150, 110, 80), width=3 * S)
        d.line([(P * S, i), (i, P * S)], fill=(150, 110, 80), width=3 * S)
    d.ellipse([2 * S, 48 * S, 30 * S, 78 * S], fill=(60, 60, 66))                   # pot
    d.rectangle([60 * S, 6 * S, 74 * S, 46 * S], fill=(40, 110, 200))              # bottle
    d.rectangle([4 * S, 4 * S, 24 * S, 20 * S], fill=(220, 60, 160))               # bag
    d.ellipse([56 * S, 54 * S, 78 * S, 76 * S], fill=(80, 170, 60))                # leaves


def hand(d, x, y):
    """A hand holding the product from below-left (a simple palm and thumb)."""
    skin = (214, 160, 120)
    d.rounded_rectangle([x, y, x + 40 * S, y + 16 * S], radius=7 * S, fill=skin)
    d.rounded_rectangle([x + 30 * S, y - 10 * S, x + 40 * S, y + 6 * S], radius=5 * S, fill=skin)
    d.rectangle([x - 12 * S, y + 6 * S, x + 8 * S, y + 20 * S], fill=skin)          # wrist


def panel(draw_fn, bg=WHITE):
    """The big drawing of one panel; `fit` shrinks it to the size it is saved at."""
    img = canvas(bg)
    draw_fn(ImageDraw.Draw(img))
    return img


def fit(img, side):
    return img.resize((side, side), Image.LANCZOS)


def dark(img):
    img = ImageEnhance.Brightness(img).enhance(0.38)
    tint = Image.new("RGB", img.size, (60, 40, 10))
    return Image.blend(img, tint, 0.25)


def blurred(img):
    return img.filter(ImageFilter.GaussianBlur(img.width / 18))


def pixelated(img, side=6):
    return img.resize((side, side), Image.BILINEAR).resize(img.size, Image.NEAREST)


def row(*panels):
    """Panels side by side, 160 px wide in all, with a dark gap: separate photos, not one."""
    side, gap = (PAIR, 4) if len(panels) == 2 else (TRIPLE, 2)
    w = len(panels) * side + (len(panels) - 1) * gap
    out = Image.new("RGB", (w, side), (40, 40, 40))
    for i, p in enumerate(panels):
        out.paste(fit(p, side), (i * (side + gap), 0))
    return out


def save(img, lesson, name):
    folder = ROOT / lesson / "media"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    img.save(path, optimize=True)
    size = path.stat().st_size
    assert size <= 20 * 1024, f"{path} is {size} bytes"
    print(f"{path.relative_to(ROOT.parent)}  {img.size[0]}x{img.size[1]}  {size} B")


def main():
    jar = panel(lambda d: honey_jar(d, P * S / 2, P * S / 2))
    tea = panel(lambda d: tea_packet(d, P * S / 2, P * S / 2))
    bag = panel(lambda d: brocade_bag(d, P * S / 2, P * S / 2))

    # photo-light: light and background
    save(row(jar, dark(jar)), "photo-light", "honey-bright-vs-dark.png")
    busy = panel(lambda d: (clutter(d), honey_jar(d, P * S / 2, P * S / 2, 0.7)), bg=(200, 170, 130))
    save(row(jar, busy), "photo-light", "honey-plain-vs-cluttered.png")
    save(row(bag, dark(bag)), "photo-light", "bag-bright-vs-dark.png")

    # photo-frame: fill, whole product, angles, scale
    small = panel(lambda d: tea_packet(d, P * S / 2, P * S / 2, 0.35))
    save(row(tea, small), "photo-frame", "tea-full-vs-small.png")
    cut = panel(lambda d: brocade_bag(d, P * S * 0.72, P * S * 0.78, 1.3))
    save(row(bag, cut), "photo-frame", "bag-whole-vs-cropped.png")

    def side_view(d):
        c = P * S / 2
        d.rounded_rectangle([c - 12 * S, 24 * S, c + 12 * S, 74 * S], radius=5 * S, fill=(226, 150, 24))
        d.rounded_rectangle([c - 10 * S, 14 * S, c + 10 * S, 26 * S], radius=3 * S, fill=(120, 60, 30))
        d.rectangle([c - 12 * S, 40 * S, c - 4 * S, 60 * S], fill=(250, 240, 210))

    def in_hand(d):
        honey_jar(d, P * S / 2 + 4 * S, P * S / 2 - 6 * S, 0.75)
        hand(d, 18 * S, 56 * S)

    save(row(jar, panel(side_view), panel(in_hand)), "photo-frame", "honey-front-side-hand.png")

    # photo-sharp: sharp, big enough
    save(row(jar, blurred(jar)), "photo-sharp", "honey-sharp-vs-blurred.png")
    save(row(tea, pixelated(tea)), "photo-sharp", "tea-clear-vs-pixelated.png")

    # photo-check: one photo per question
    save(fit(dark(bag), SINGLE), "photo-check", "check-1.png")
    save(fit(blurred(tea), SINGLE), "photo-check", "check-2.png")
    save(fit(panel(lambda d: honey_jar(d, P * S / 2, P * S / 2, 0.3)), SINGLE), "photo-check", "check-3.png")
    save(fit(jar, SINGLE), "photo-check", "check-4.png")


if __name__ == "__main__":
    main()
