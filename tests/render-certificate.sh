#!/usr/bin/env bash
# Renders a sample certificate (the one the class tests write) with headless Chromium, as a
# PNG to look at and a PDF whose page count is checked: it must print on one A4 page.
#
#   tests/render-certificate.sh [OUT_DIR]      (default: target/certificate)
#
# Needs chromium (Debian: apt-get install -y chromium). Nothing here reaches the network.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/certificate}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
CHOPHIEN_CERTIFICATE_OUT="$out/certificate.html" \
  cargo test --quiet --test tests class::a_certificate_is_one_self_contained_page_in_the_learners_language -- --exact >/dev/null
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  echo "no chromium found; the page is at $out/certificate.html" >&2
  exit 1
fi
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking
  --no-first-run --hide-scrollbars)
# 210 × 297 mm at 96 dpi.
"$browser" "${flags[@]}" --window-size=794,1123 --screenshot="$out/certificate.png" \
  "file://$out/certificate.html" 2>/dev/null
"$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/certificate.pdf" \
  "file://$out/certificate.html" 2>/dev/null
pages="$(grep -a -o '/Count [0-9]*' "$out/certificate.pdf" | head -n 1 | cut -d' ' -f2 || true)"
echo "$out/certificate.png written; the PDF has $pages page(s)"
[ "$pages" = 1 ]
