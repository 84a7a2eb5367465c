//! Pictures for read steps: decoded from PNG or JPEG with hard limits (a picture from a USB
//! stick may be a decompression bomb), shrunk once to a small RGB thumbnail, and drawn with
//! half blocks — each terminal cell shows two pixels, the upper as the foreground of "▀" and
//! the lower as its background. Any terminal with 24-bit colour shows them; with `NO_COLOR`
//! or in ASCII mode only the description is shown.

use std::collections::BTreeSet;

use crate::course::model::{Course, LessonEntry};
use crate::course::steps::StepKind;
use crate::diagnostic::{Code, Diagnostic, Position};
use crate::source::Files;

/// The largest thumbnail kept: enough for the widest body at two pixels per cell row.
pub(crate) const MAX_WIDTH: u32 = 160;
pub(crate) const MAX_HEIGHT: u32 = 96;
/// The largest picture decoded at all.
const MAX_SIDE: u32 = 6_000;
const MAX_DECODE_BYTES: u64 = 128 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Thumbnail {
    pub width: u32,
    pub height: u32,
    /// Row-major RGB pixels.
    pub pixels: Vec<[u8; 3]>,
}

impl Thumbnail {
    pub fn pixel(&self, x: u32, y: u32) -> [u8; 3] {
        let i = (y.min(self.height - 1) * self.width + x.min(self.width - 1)) as usize;
        self.pixels.get(i).copied().unwrap_or([0, 0, 0])
    }

    /// The size in cells (columns, rows) that fits `max_cols` × `max_rows`, keeping the shape.
    pub fn cells(&self, max_cols: usize, max_rows: usize) -> (usize, usize) {
        let (w, h) = (self.width as usize, self.height as usize);
        let mut cols = max_cols.min(w).max(1);
        let mut rows = (cols * h).div_ceil(w * 2).max(1);
        if rows > max_rows {
            rows = max_rows.max(1);
            cols = (rows * 2 * w / h).clamp(1, max_cols.max(1));
        }
        (cols, rows)
    }
}

/// Decodes `bytes` (PNG or JPEG) within the limits; None when it is not a picture we can read.
fn decode_full(bytes: &[u8]) -> Option<crate::pixels::Rgb> {
    let limits = crate::pixels::Limits {
        max_pixels: u64::from(MAX_SIDE) * u64::from(MAX_SIDE),
        max_side: MAX_SIDE,
        max_alloc: MAX_DECODE_BYTES,
    };
    crate::pixels::decode(bytes, crate::pixels::guess(bytes)?, limits).ok()
}

/// Decodes `bytes` (PNG or JPEG) into a thumbnail; None when it is not a picture we can read.
pub(crate) fn decode(bytes: &[u8]) -> Option<Thumbnail> {
    let image = decode_full(bytes)?;
    let thumb = crate::pixels::shrink(&image, MAX_WIDTH, MAX_HEIGHT);
    if thumb.width == 0 || thumb.height == 0 {
        return None;
    }
    Some(Thumbnail {
        width: thumb.width,
        height: thumb.height,
        pixels: thumb.pixels().collect(),
    })
}

/// The pictures of `course` that could not be drawn (not a PNG or JPEG, damaged, or larger
/// than the decoder accepts), one warning on each picture file: the learner would see only
/// the description. Reads every picture, so `check` and `preview` run it, not the tutor.
pub(crate) fn check_course(files: &Files, course: &Course) -> Vec<Diagnostic> {
    let paths: BTreeSet<&str> = course
        .lessons
        .values()
        .filter_map(|entry| match entry {
            LessonEntry::Ready(lesson) => Some(lesson),
            LessonEntry::Unavailable { .. } => None,
        })
        .flat_map(|lesson| lesson.steps.iter())
        .filter_map(|step| match &step.kind {
            StepKind::Read(read) => read.picture.as_ref().map(|p| p.path.as_str()),
            _ => None,
        })
        .collect();
    let paths: Vec<&str> = paths.into_iter().collect();
    // Decoded on several threads, each distinct picture once (a pack often reuses one).
    let seen = std::sync::Mutex::new(std::collections::HashMap::<u64, bool>::new());
    let drawable = |path: &str| -> bool {
        let Some(bytes) = files.media(path) else {
            return true; // missing: `missing-media` says so already
        };
        let key = {
            use std::hash::{Hash, Hasher};
            let mut h = std::hash::DefaultHasher::new();
            bytes.hash(&mut h);
            h.finish()
        };
        let known = seen.lock().ok().and_then(|s| s.get(&key).copied());
        if let Some(known) = known {
            return known;
        }
        let ok = decode_full(&bytes).is_some();
        if let Ok(mut seen) = seen.lock() {
            seen.insert(key, ok);
        }
        ok
    };
    let threads = crate::parallel::threads(paths.len(), 1, 4);
    let drawn = crate::parallel::map(&paths, threads, |p| drawable(p));
    let bad = paths
        .iter()
        .zip(drawn)
        .filter(|(_, ok)| !ok)
        .map(|(p, _)| *p);
    bad.into_iter()
        .map(|path| {
            Diagnostic::new(
                Code::BadPicture,
                files.display_path(path),
                Position { line: 1, col: 1 },
            )
            .arg("limit", MAX_SIDE)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let img = image::RgbImage::from_fn(width, height, |x, _| {
            if x < width / 2 {
                image::Rgb([20, 20, 20])
            } else {
                image::Rgb([250, 200, 40])
            }
        });
        let mut out = std::io::Cursor::new(Vec::new());
        image::DynamicImage::ImageRgb8(img)
            .write_to(&mut out, image::ImageFormat::Png)
            .expect("encode");
        out.into_inner()
    }

    #[test]
    fn pictures_shrink_to_a_thumbnail_that_keeps_their_colours() {
        let thumb = decode(&png(640, 480)).expect("decoded");
        assert!(thumb.width <= MAX_WIDTH && thumb.height <= MAX_HEIGHT);
        assert_eq!(thumb.pixel(0, 0), [20, 20, 20]);
        assert_eq!(thumb.pixel(thumb.width - 1, 0), [250, 200, 40]);
    }

    #[test]
    fn what_is_not_a_picture_is_refused_quietly() {
        assert_eq!(decode(b"not a picture"), None);
        assert_eq!(decode(&png(10, 10)[..20]), None);
    }

    #[test]
    fn oversized_pictures_are_not_decoded() {
        assert_eq!(decode(&png(MAX_SIDE + 1, 2)), None);
    }

    #[test]
    fn the_cell_size_keeps_the_shape_within_the_limits() {
        let thumb = Thumbnail {
            width: 48,
            height: 32,
            pixels: vec![[0, 0, 0]; 48 * 32],
        };
        assert_eq!(thumb.cells(70, 10), (30, 10));
        assert_eq!(thumb.cells(20, 100), (20, 7));
        let (cols, rows) = thumb.cells(1, 1);
        assert!(cols >= 1 && rows >= 1);
    }
}
