#!/usr/bin/env python3
"""Reading checks for lesson text that `chophien check` does not make.

Usage: python3 tools/check-lesson-text.py [LESSONS_DIR]   (default: lessons)

For every vi.ftl under the folder:
  * a sentence (text split on . ! ? and line breaks) longer than 20 words is an error;
    Vietnamese words are syllables, so this counts syllables. Over 14 is reported as "long".
  * feedback must not start with what the tutor already prints ("Đúng rồi", "Chưa đúng", "Sai").
  * a few English words that must not appear inside Vietnamese text.
Accepted-answer and keyword lists (ids ending in -accept or -words) are skipped.
Exit code 1 when there is an error.
"""
import pathlib
import re
import sys

MAX, AIM = 20, 14
OPENERS = ("đúng rồi", "chưa đúng", "sai", "đúng.", "đúng,", "đúng!")
ENGLISH = ["seller", "center", "centre", "voucher", "online", "ship", "shop ", "livestream",
           "click", "order", "cod", "ok", "sale", "flash", "xtra", "content", "feedback"]
NAMES = ["tiktok shop", "voso/postmart"]


def messages(path):
    """Yield (id, line number, text) for each message of a Fluent file."""
    cur, start, lines = None, 0, []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if raw.startswith("#") or not raw.strip():
            if cur and not raw.strip():
                continue
            if cur and raw.startswith("#"):
                yield cur, start, "\n".join(lines)
                cur, lines = None, []
            continue
        m = re.match(r"^([a-z0-9-]+)\s*=\s?(.*)$", raw)
        if m and not raw.startswith(" "):
            if cur:
                yield cur, start, "\n".join(lines)
            cur, start, lines = m.group(1), n, [m.group(2)] if m.group(2) else []
        elif cur:
            lines.append(raw.strip())
    if cur:
        yield cur, start, "\n".join(lines)


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "lessons")
    errors = longs = 0
    for f in sorted(root.rglob("vi.ftl")):
        for mid, line, text in messages(f):
            if mid.endswith("-accept") or mid.endswith("-words"):
                continue
            plain = re.sub(r"\{[^}]*\}", "X", text)  # a placeable reads as one word
            for sentence in re.split(r"[.!?\n]", plain):
                words = sentence.split()
                if len(words) > MAX:
                    print(f"{f}:{line}: error: {mid}: {len(words)} words: {sentence.strip()}")
                    errors += 1
                elif len(words) > AIM:
                    longs += 1
            # raw count as well, for a test that does not know Fluent placeables
            for sentence in re.split(r"[.!?\n]", text):
                if len(sentence.split()) > MAX:
                    print(f"{f}:{line}: error: {mid}: {len(sentence.split())} raw words: {sentence.strip()}")
                    errors += 1
            low = re.sub(r"\{[^}]*\}", " ", text).strip().lower()
            if any(w in mid for w in ("-yes", "-no", "-why", "-right", "-wrong", "-low", "-high")):
                if low.startswith(OPENERS):
                    print(f"{f}:{line}: error: {mid}: feedback repeats the tutor's verdict")
                    errors += 1
            for w in ENGLISH:
                lowered = low
                for name in NAMES:
                    lowered = lowered.replace(name, "")
                if re.search(r"(?<![\w-])" + re.escape(w.strip()) + r"(?![\w-])", lowered):
                    print(f"{f}:{line}: error: {mid}: English word '{w.strip()}'")
                    errors += 1
    print(f"{errors} errors; {longs} sentences over {AIM} words (allowed, but aim shorter)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
