//! How long the photo check takes on a 12-megapixel phone photo (4000 × 3000 JPEG), the size
//! learners' phones produce. Target: under 400 ms in release on a donated laptop.
//!
//! Run with `cargo bench --bench photo_check`.

use std::sync::OnceLock;

use chophien::workshop::photo::{PhotoRules, check_photo};
use image::codecs::jpeg::JpegEncoder;
use image::{Rgb, RgbImage};

fn main() {
    divan::main();
}

/// A honey jar with a striped label on a white table, with some grain, saved as a JPEG in a
/// temporary folder that lives as long as the benchmark.
fn photo() -> &'static std::path::Path {
    static FILE: OnceLock<(tempfile::TempDir, std::path::PathBuf)> = OnceLock::new();
    let (_, path) = FILE.get_or_init(|| {
        let (w, h) = (4000u32, 3000u32);
        let image = RgbImage::from_fn(w, h, |x, y| {
            let grain = ((x.wrapping_mul(7919) ^ y.wrapping_mul(104_729)) % 9) as u8;
            let inside = x.abs_diff(w / 2) < 900 && y.abs_diff(h / 2) < 1200;
            let p = if !inside {
                [246, 246, 246]
            } else if y.abs_diff(h / 2) < 300 {
                if (x / 12 + y / 12) % 2 == 0 {
                    [230, 220, 195]
                } else {
                    [40, 30, 20]
                }
            } else {
                [170, 110, 30]
            };
            Rgb(p.map(|v: u8| v.saturating_add(grain)))
        });
        let mut bytes = Vec::new();
        JpegEncoder::new_with_quality(&mut bytes, 90)
            .encode_image(&image)
            .expect("encode");
        let dir = tempfile::tempdir().expect("temporary folder");
        let path = dir.path().join("honey-12mp.jpg");
        std::fs::write(&path, bytes).expect("write");
        (dir, path)
    });
    path
}

#[divan::bench(sample_count = 10)]
fn check_a_12_megapixel_jpeg(bencher: divan::Bencher) {
    let path = photo();
    let rules = PhotoRules::default();
    bencher.bench(|| check_photo(divan::black_box(path), &rules).expect("checked"));
}
