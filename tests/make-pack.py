#!/usr/bin/env python3
"""Writes a synthetic lesson pack: N lessons in M languages, every step type in every lesson
(read with a picture, choice, multi, order, number, text with accepted answers, text with
ideas, scenario), for benchmarks and the start-up measurement. `chophien check` passes it
clean (no errors, no warnings).

    python3 tests/make-pack.py OUT_DIR [--lessons 1000] [--languages 5] [--per-module 20]

The pack has the shape of `lessons/` (see lessons/README.md): course.toml and the course's
<tag>.ftl files at the root, one folder per lesson with lesson.toml, one <tag>.ftl per
language and media/ with a small PNG. Up to 4 languages come from the embedded registry; a
fifth (Tai Dam, blt-Tavt-VN) is added in the pack's own locales/languages.toml.
"""
import argparse, os, shutil, struct, zlib

BASE_LANGS = ["vi", "en", "hnj-Latn-VN", "tyz-Latn-VN", "blt-Tavt-VN"]

EXTRA_LANGUAGE = """
# Tai Dam, for the synthetic pack only (benchmarks).
[[languages]]
tag = "blt-Tavt-VN"
name = "Tai Dam"
fallback = ["vi", "en"]
status = "draft"
digit_group = "."
plural_rules = "vi"
"""

LESSON_TOML = """title = "title"
summary = "summary"

[vars]
cost = 117000
fee = 3000

[[steps]]
type = "read"
text = "intro"
picture = "media/picture.png"
picture_alt = "intro-picture"

[[steps]]
type = "choice"
prompt = "place"
options = [
  {{ text = "place-window", correct = true, feedback = "place-window-yes" }},
  {{ text = "place-bulb", feedback = "place-bulb-no" }},
  {{ text = "place-fire", feedback = "place-fire-no" }},
]
hints = ["place-hint-1", "place-hint-2"]

[[steps]]
type = "multi"
prompt = "main"
options = [
  {{ text = "main-plain", correct = true }},
  {{ text = "main-big", correct = true }},
  {{ text = "main-clutter", feedback = "main-clutter-why" }},
]
hints = ["main-hint-1"]

[[steps]]
type = "order"
prompt = "story"
items = ["story-what", "story-place", "story-how"]
feedback_wrong = "story-wrong"
feedback_right = "story-right"
hints = ["story-hint-1"]

[[steps]]
type = "number"
prompt = "sum"
answer = 120000
tolerance = 0
unit = "dong"
feedback_low = "sum-low"
feedback_high = "sum-high"
feedback_right = "sum-right"
hints = ["sum-hint-1"]

[[steps]]
type = "text"
prompt = "colour"
accept = ["colour-accept"]
ignore_diacritics = true
feedback_right = "colour-right"
hints = ["colour-hint-1", "colour-hint-2"]

[[steps]]
type = "text"
prompt = "write"
ideas = [
  {{ label = "idea-what", words = "idea-what-words" }},
  {{ label = "idea-place", words = "idea-place-words" }},
]
forbidden = [
  {{ label = "no-cure", words = "no-cure-words", feedback = "no-cure-why" }},
]
min_words = 6
max_words = 80
hints = ["write-hint-1", "write-hint-2"]

[[steps]]
type = "scenario"
id = "jar-{n}"
prompt = "jar"
start = "jar-open"
hints = ["jar-hint-1"]
nodes = [
  {{ id = "jar-open", say = "jar-open-say", choices = [
      {{ text = "jar-sorry", next = "jar-solved", debrief = "jar-sorry-why" }},
      {{ text = "jar-argue", next = "jar-angry", debrief = "jar-argue-why" }},
  ] }},
  {{ id = "jar-solved", say = "jar-solved-say", ending = "good" }},
  {{ id = "jar-angry", say = "jar-angry-say", ending = "poor" }},
]
"""

# Messages of one lesson; "{L}" is the language's marker, "{n}" the lesson number.
LESSON_FTL = """title = {L} Lesson {n}: good photos for honey
summary = {L} Light, background and a clear story, lesson {n}.
intro =
    {L} Hello { $learner }! Buyers see your product only in photos.
    A bright, clear photo helps buyers trust you. Lesson {n}.
intro-picture = {L} Two photos of one honey jar. Left: dark. Right: bright and golden.
place = {L} Where is the best place to photograph a honey jar?
place-window = {L} Near a window, in the daytime
place-bulb = {L} Under a light bulb, at night
place-fire = {L} Next to the cooking fire indoors
place-window-yes = {L} Daylight from a window is soft and even.
place-bulb-no = {L} A bulb at night is often dim and yellow.
place-fire-no = {L} Smoke and flicker make the photo dull.
place-hint-1 = {L} The best light is natural light.
place-hint-2 = {L} Think of the morning sun through glass.
main = {L} What does a good main photo need? Choose all that are right.
main-plain = {L} A plain, light background
main-big = {L} The product is big, filling the photo
main-clutter = {L} Many other things around the product
main-clutter-why = {L} Things around the product make it hard to see.
main-hint-1 = {L} Two answers are right.
story = {L} Put the parts of the story in the right order.
story-what = {L} What it is, how heavy
story-place = {L} Where it is made, who makes it
story-how = {L} How it is made, which season
story-wrong = {L} Follow the order you just read.
story-right = {L} Your story will be clear and easy to read.
story-hint-1 = {L} First, say what the product is.
sum = {L} Cost { MONEY($cost) } plus fee { MONEY($fee) }: how much?
sum-low = {L} Too low: add the fee.
sum-high = {L} Too high: add only the fee.
sum-right = {L} You need at least { MONEY(120000) } for each order.
sum-hint-1 = {L} Take { MONEY($cost) } and add { MONEY($fee) }.
colour = {L} Which background colour is best? Type the colour.
colour-accept =
    white
    trắng
colour-right = {L} A white background makes the product stand out.
colour-hint-1 = {L} It is the colour of clean paper.
colour-hint-2 = {L} It is also the colour of salt.
write =
    {L} Write 2 to 4 sentences about one of your products.
    Say what it is and where it is made.
idea-what = {L} What the product is (honey, tea...)
idea-place = {L} Where it is made (village, mountain...)
idea-what-words =
    honey
    tea
    mật ong
idea-place-words =
    village
    mountain
    Sìn Hồ
no-cure = {L} A claim that it cures an illness
no-cure-words =
    cures
    chữa khỏi
no-cure-why = {L} Honey is food. The law does not allow selling food as medicine.
write-hint-1 = {L} First sentence: what the product is.
write-hint-2 = {L} Next: which village it comes from.
jar = {L} A buyer says the jar arrived broken.
jar-hint-1 = {L} Say sorry first, then offer a fix.
jar-open-say = {L} "My jar of honey arrived broken!"
jar-sorry = {L} "I am sorry. I will send a new jar."
jar-argue = {L} "It was fine when I sent it."
jar-sorry-why = {L} Saying sorry keeps the buyer and the shop's rating.
jar-argue-why = {L} Arguing costs a bad review.
jar-solved-say = {L} "Thank you, I will buy again."
jar-angry-say = {L} "One star. Never again."
"""


def png(width=16, height=8):
    """A small RGB PNG: a golden jar on white."""
    rows = b""
    for y in range(height):
        row = b"\x00"
        for x in range(width):
            inside = 4 <= x < 12 and 1 <= y < 7
            row += bytes([200, 140, 30] if inside else [246, 246, 246])
        rows += row

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--lessons", type=int, default=1000)
    ap.add_argument("--languages", type=int, default=5)
    ap.add_argument("--per-module", type=int, default=20)
    a = ap.parse_args()
    if not 1 <= a.languages <= len(BASE_LANGS):
        raise SystemExit(f"--languages must be 1 to {len(BASE_LANGS)}")
    langs = BASE_LANGS[:a.languages]
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    os.makedirs(a.out)
    picture = png()
    ids = [f"lesson-{n:04d}" for n in range(1, a.lessons + 1)]
    modules = [ids[i:i + a.per_module] for i in range(0, len(ids), a.per_module)]
    with open(os.path.join(a.out, "course.toml"), "w", encoding="utf-8") as f:
        f.write("format_version = 1\n")
        f.write('base_language = "vi"\n')
        for m, lessons in enumerate(modules, 1):
            f.write(f'\n[[modules]]\nid = "module-{m:03d}"\ntitle = "module-{m:03d}"\n')
            f.write("lessons = [" + ", ".join(f'"{l}"' for l in lessons) + "]\n")
    for tag in langs:
        with open(os.path.join(a.out, f"{tag}.ftl"), "w", encoding="utf-8") as f:
            for m in range(1, len(modules) + 1):
                f.write(f"module-{m:03d} = ({tag}) Module {m}\n")
    if "blt-Tavt-VN" in langs:
        here = os.path.dirname(os.path.abspath(__file__))
        registry = os.path.join(here, "..", "locales", "languages.toml")
        os.makedirs(os.path.join(a.out, "locales"))
        with open(registry, encoding="utf-8") as src:
            text = src.read()
        with open(os.path.join(a.out, "locales", "languages.toml"), "w", encoding="utf-8") as f:
            f.write(text + EXTRA_LANGUAGE)
    for n, lid in enumerate(ids, 1):
        folder = os.path.join(a.out, lid)
        os.makedirs(os.path.join(folder, "media"))
        with open(os.path.join(folder, "lesson.toml"), "w", encoding="utf-8") as f:
            f.write(LESSON_TOML.format(n=n))
        for tag in langs:
            with open(os.path.join(folder, f"{tag}.ftl"), "w", encoding="utf-8") as f:
                f.write(LESSON_FTL.replace("{L}", f"({tag})").replace("{n}", str(n)))
        with open(os.path.join(folder, "media", "picture.png"), "wb") as f:
            f.write(picture)
    print(f"{a.out}: {a.lessons} lessons x {len(langs)} languages ({', '.join(langs)})")


if __name__ == "__main__":
    main()
