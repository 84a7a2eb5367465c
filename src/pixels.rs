//! PNG and JPEG files decoded into RGB pixels under hard limits, and shrunk by averaging
//! blocks: what the photo check and the pictures of read steps share.
//!
//! Written on the `png` and `zune-jpeg` crates directly rather than on `image`, which wraps
//! the same two decoders: `image` also brought colour management (moxcms, pxfm) that we never
//! use and that took a third of a fresh `cargo build --release` (README, "Performance").
//! Everything here is plain data in, plain data out; the callers own the files.

use std::io::Cursor;

use zune_core::bytestream::ZCursor;
use zune_core::colorspace::ColorSpace;
use zune_core::options::DecoderOptions;

/// What the first bytes of a file say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Png,
    Jpeg,
    /// A picture format we do not decode, by its usual file extension ("gif", "webp", "heic").
    Other(&'static str),
}

/// The format of `bytes` from their signature; None when they are not a picture we know.
pub(crate) fn guess(bytes: &[u8]) -> Option<Format> {
    let at = |offset: usize, magic: &[u8]| bytes.get(offset..offset + magic.len()) == Some(magic);
    Some(if at(0, b"\x89PNG\r\n\x1a\n") {
        Format::Png
    } else if at(0, &[0xFF, 0xD8, 0xFF]) {
        Format::Jpeg
    } else if at(0, b"GIF87a") || at(0, b"GIF89a") {
        Format::Other("gif")
    } else if at(0, b"RIFF") && at(8, b"WEBP") {
        Format::Other("webp")
    } else if at(4, b"ftypheic") || at(4, b"ftypheix") || at(4, b"ftypmif1") {
        Format::Other("heic")
    } else if at(4, b"ftypavif") {
        Format::Other("avif")
    } else if at(0, b"BM") {
        Format::Other("bmp")
    } else if at(0, b"II*\0") || at(0, b"MM\0*") {
        Format::Other("tiff")
    } else if at(0, &[0, 0, 1, 0]) {
        Format::Other("ico")
    } else {
        return None;
    })
}

/// Row-major RGB pixels, three bytes each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Rgb {
    pub(crate) width: u32,
    pub(crate) height: u32,
    pub(crate) data: Vec<u8>,
}

impl Rgb {
    /// The pixel at (x, y), clamped into the picture.
    #[cfg(test)]
    pub(crate) fn pixel(&self, x: u32, y: u32) -> [u8; 3] {
        let (x, y) = (
            x.min(self.width.saturating_sub(1)),
            y.min(self.height.saturating_sub(1)),
        );
        let i = (y as usize * self.width as usize + x as usize) * 3;
        match self.data.get(i..i + 3) {
            Some(&[r, g, b]) => [r, g, b],
            _ => [0, 0, 0],
        }
    }

    /// Every pixel, row by row.
    pub(crate) fn pixels(&self) -> impl Iterator<Item = [u8; 3]> + '_ {
        self.data.chunks_exact(3).map(|p| [p[0], p[1], p[2]])
    }
}

/// How much a decode may take.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    /// Most pixels (width × height) decoded at all.
    pub(crate) max_pixels: u64,
    /// Longest side decoded at all.
    pub(crate) max_side: u32,
    /// Most bytes the decoder may allocate.
    pub(crate) max_alloc: u64,
}

/// Why a picture was not decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Error {
    /// The header claims more pixels than the limits allow.
    TooManyPixels { width: u32, height: u32 },
    /// The file stops before the picture's end.
    Truncated,
    /// Anything else the decoder rejects.
    Damaged,
}

/// Decodes a PNG or JPEG within `limits`: its header is checked before any pixel is, by the
/// same reader that then decodes it.
pub(crate) fn decode(bytes: &[u8], format: Format, limits: Limits) -> Result<Rgb, Error> {
    let (width, height, data) = match format {
        Format::Png => decode_png(bytes, limits)?,
        Format::Jpeg => decode_jpeg(bytes, limits)?,
        Format::Other(_) => return Err(Error::Damaged),
    };
    if data.len() != width as usize * height as usize * 3 {
        return Err(Error::Damaged);
    }
    Ok(Rgb {
        width,
        height,
        data,
    })
}

/// Refuses a header of no pixels or of more than `limits` allow.
fn within(width: u32, height: u32, limits: Limits) -> Result<(), Error> {
    if width == 0 || height == 0 {
        return Err(Error::Damaged);
    }
    let pixels = u64::from(width) * u64::from(height);
    if pixels > limits.max_pixels
        || width.max(height) > limits.max_side
        || pixels * 3 > limits.max_alloc
    {
        return Err(Error::TooManyPixels { width, height });
    }
    Ok(())
}

fn decode_png(bytes: &[u8], limits: Limits) -> Result<(u32, u32, Vec<u8>), Error> {
    let png_limits = png::Limits {
        bytes: usize::try_from(limits.max_alloc).unwrap_or(usize::MAX),
    };
    let mut decoder = png::Decoder::new_with_limits(Cursor::new(bytes), png_limits);
    // Eight bits per channel, palettes and low bit depths expanded.
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().map_err(|e| png_error(&e))?;
    let (width, height) = (reader.info().width, reader.info().height);
    within(width, height, limits)?;
    let size = reader.output_buffer_size().ok_or(Error::Damaged)?;
    let mut buf = vec![0; size];
    let frame = reader.next_frame(&mut buf).map_err(|e| png_error(&e))?;
    buf.truncate(frame.buffer_size());
    let channels = match frame.color_type {
        png::ColorType::Grayscale => 1,
        png::ColorType::GrayscaleAlpha => 2,
        png::ColorType::Rgb => return Ok((width, height, buf)),
        png::ColorType::Rgba => 4,
        png::ColorType::Indexed => return Err(Error::Damaged),
    };
    // Transparency is dropped, as a shop page's white would not be known here.
    let mut rgb = Vec::with_capacity(buf.len() / channels * 3);
    for p in buf.chunks_exact(channels) {
        rgb.extend_from_slice(&match p {
            [grey] | [grey, _] => [*grey; 3],
            [r, g, b, _] => [*r, *g, *b],
            _ => [0; 3],
        });
    }
    Ok((width, height, rgb))
}

fn png_error(e: &png::DecodingError) -> Error {
    match e {
        png::DecodingError::IoError(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => {
            Error::Truncated
        }
        _ => Error::Damaged,
    }
}

fn decode_jpeg(bytes: &[u8], limits: Limits) -> Result<(u32, u32, Vec<u8>), Error> {
    // Not strict: a phone's JPEG with a small flaw in its data still decodes, as in viewers.
    // The size is checked against our own limits before decoding.
    let options = DecoderOptions::default()
        .set_strict_mode(false)
        .set_max_width(usize::MAX)
        .set_max_height(usize::MAX);
    let mut decoder = zune_jpeg::JpegDecoder::new_with_options(ZCursor::new(bytes), options);
    decoder.decode_headers().map_err(|e| jpeg_error(&e))?;
    let (w, h) = decoder.dimensions().ok_or(Error::Damaged)?;
    let (width, height) = (
        u32::try_from(w).unwrap_or(u32::MAX),
        u32::try_from(h).unwrap_or(u32::MAX),
    );
    within(width, height, limits)?;
    let grey = matches!(
        decoder.input_colorspace(),
        Some(ColorSpace::Luma | ColorSpace::LumaA)
    );
    let out = if grey {
        ColorSpace::Luma
    } else {
        ColorSpace::RGB
    };
    decoder.set_options(decoder.options().jpeg_set_out_colorspace(out));
    let size = decoder.output_buffer_size().ok_or(Error::Damaged)?;
    let mut buf = vec![0; size];
    decoder.decode_into(&mut buf).map_err(|e| jpeg_error(&e))?;
    if !grey {
        return Ok((width, height, buf));
    }
    let mut rgb = Vec::with_capacity(buf.len() * 3);
    for &v in &buf {
        rgb.extend_from_slice(&[v; 3]);
    }
    Ok((width, height, rgb))
}

fn jpeg_error(e: &zune_jpeg::errors::DecodeErrors) -> Error {
    match e {
        zune_jpeg::errors::DecodeErrors::ExhaustedData => Error::Truncated,
        _ => Error::Damaged,
    }
}

/// A smaller copy that fits `max_width` × `max_height`: the mean of each k × k block, k the
/// smallest whole factor that makes it fit (the last row and column of blocks take the
/// leftover pixels). A picture that fits already is returned as it is. A block holds at most
/// a few hundred thousand pixels within the decode limits, so u32 sums cannot overflow.
pub(crate) fn shrink(rgb: &Rgb, max_width: u32, max_height: u32) -> Rgb {
    let (w, h) = (rgb.width as usize, rgb.height as usize);
    let k = w
        .div_ceil(max_width.max(1) as usize)
        .max(h.div_ceil(max_height.max(1) as usize))
        .max(1);
    if k == 1 || w == 0 || h == 0 {
        return rgb.clone();
    }
    let (ow, oh) = ((w / k).max(1), (h / k).max(1));
    // Every block column is k pixels wide but the last, which takes the leftover ones.
    let last_start = k * (ow - 1);
    let per_column = |ox: usize| {
        let width = if ox == ow - 1 { w - last_start } else { k };
        u32::try_from(width).unwrap_or(u32::MAX)
    };
    let mut out = Vec::with_capacity(ow * oh * 3);
    let mut sums = vec![0u32; ow * 3];
    for oy in 0..oh {
        let top = oy * k;
        let bottom = if oy == oh - 1 { h } else { top + k };
        sums.fill(0);
        // A row is summed block by block, over contiguous pixels: no per-pixel lookup of the
        // block a column falls in (a third of the photo check's time).
        for row in rgb.data[top * w * 3..bottom * w * 3].chunks_exact(w * 3) {
            let (full, last) = row.split_at(last_start * 3);
            let (full_sums, last_sums) = sums.split_at_mut((ow - 1) * 3);
            for (s, block) in full_sums.chunks_exact_mut(3).zip(full.chunks_exact(k * 3)) {
                add_pixels(s, block);
            }
            add_pixels(last_sums, last);
        }
        let rows = u32::try_from(bottom - top).unwrap_or(u32::MAX);
        for (ox, s) in sums.chunks_exact(3).enumerate() {
            let n = (per_column(ox) * rows).max(1);
            out.extend(
                s.iter()
                    .map(|&v| u8::try_from((v + n / 2) / n).unwrap_or(u8::MAX)),
            );
        }
    }
    Rgb {
        width: u32::try_from(ow).unwrap_or(1),
        height: u32::try_from(oh).unwrap_or(1),
        data: out,
    }
}

/// Adds each channel of the RGB pixels in `pixels` to `sum` (three totals).
fn add_pixels(sum: &mut [u32], pixels: &[u8]) {
    let (mut r, mut g, mut b) = (0u32, 0u32, 0u32);
    for p in pixels.chunks_exact(3) {
        r += u32::from(p[0]);
        g += u32::from(p[1]);
        b += u32::from(p[2]);
    }
    if let [sr, sg, sb] = sum {
        *sr += r;
        *sg += g;
        *sb += b;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `image`'s pixels as ours (the tests make their pictures with `image`).
    fn rgb(image: &image::RgbImage) -> Rgb {
        Rgb {
            width: image.width(),
            height: image.height(),
            data: image.as_raw().clone(),
        }
    }

    const LIMITS: Limits = Limits {
        max_pixels: 1_000_000,
        max_side: 2_000,
        max_alloc: 64 * 1024 * 1024,
    };

    fn encoded(image: &image::DynamicImage, format: image::ImageFormat) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        image.write_to(&mut out, format).expect("encode");
        out.into_inner()
    }

    fn stripes() -> image::RgbImage {
        image::RgbImage::from_fn(64, 40, |x, y| {
            image::Rgb([(x * 4) as u8, (y * 6) as u8, if x < 32 { 20 } else { 230 }])
        })
    }

    #[test]
    fn png_in_every_colour_type_decodes_to_the_same_rgb() {
        let colour = image::DynamicImage::ImageRgb8(stripes());
        let want = rgb(&stripes());
        for image in [
            colour.clone(),
            image::DynamicImage::ImageRgba8(colour.to_rgba8()),
            image::DynamicImage::ImageRgb16(colour.to_rgb16()),
        ] {
            let bytes = encoded(&image, image::ImageFormat::Png);
            assert_eq!(guess(&bytes), Some(Format::Png));
            assert_eq!(decode(&bytes, Format::Png, LIMITS), Ok(want.clone()));
        }
        let grey = image::DynamicImage::ImageLuma8(colour.to_luma8());
        let decoded = decode(
            &encoded(&grey, image::ImageFormat::Png),
            Format::Png,
            LIMITS,
        )
        .expect("decoded");
        let g = grey.to_luma8().get_pixel(5, 7).0[0];
        assert_eq!(decoded.pixel(5, 7), [g, g, g]);
    }

    #[test]
    fn jpeg_in_colour_and_grey_decodes_close_to_the_original() {
        let colour = image::DynamicImage::ImageRgb8(stripes());
        for image in [
            colour.clone(),
            image::DynamicImage::ImageLuma8(colour.to_luma8()),
        ] {
            let bytes = encoded(&image, image::ImageFormat::Jpeg);
            assert_eq!(guess(&bytes), Some(Format::Jpeg));
            let decoded = decode(&bytes, Format::Jpeg, LIMITS).expect("decoded");
            assert_eq!((decoded.width, decoded.height), (64, 40));
            let want = image.to_rgb8().get_pixel(50, 30).0;
            let got = decoded.pixel(50, 30);
            assert!(
                (0..3).all(|c| want[c].abs_diff(got[c]) < 24),
                "{want:?} {got:?}"
            );
        }
    }

    #[test]
    fn a_header_over_the_limits_is_refused_before_decoding() {
        let bytes = encoded(
            &image::DynamicImage::ImageRgb8(image::RgbImage::new(2_001, 2)),
            image::ImageFormat::Png,
        );
        assert_eq!(
            decode(&bytes, Format::Png, LIMITS),
            Err(Error::TooManyPixels {
                width: 2_001,
                height: 2
            })
        );
    }

    #[test]
    fn cut_off_and_scrambled_files_are_errors_not_pictures() {
        for format in [image::ImageFormat::Png, image::ImageFormat::Jpeg] {
            let bytes = encoded(&image::DynamicImage::ImageRgb8(stripes()), format);
            let kind = guess(&bytes).expect("known");
            for cut in [10, 40, bytes.len() / 2] {
                assert!(
                    decode(&bytes[..cut], kind, LIMITS).is_err(),
                    "{format:?} {cut}"
                );
            }
        }
        assert_eq!(guess(b"Mat ong rung"), None);
        assert_eq!(guess(b"GIF89a\x01\x00"), Some(Format::Other("gif")));
        assert_eq!(
            guess(b"\0\0\0\x18ftypheic\0\0\0\0"),
            Some(Format::Other("heic"))
        );
    }

    #[test]
    fn shrinking_averages_blocks_to_fit_the_box_and_keeps_the_shape() {
        let image = Rgb {
            width: 1030,
            height: 20,
            data: (0..1030 * 20)
                .flat_map(|i| {
                    if i % 2 == 0 {
                        [0, 100, 200]
                    } else {
                        [100, 200, 0]
                    }
                })
                .collect(),
        };
        // k = 3: 343 columns (the last takes the leftover pixel) and 6 rows.
        let small = shrink(&image, 512, 512);
        assert_eq!((small.width, small.height), (343, 6));
        assert_eq!(small.pixel(0, 0), [33, 133, 133]);
        assert_eq!(small.pixel(1, 0), [67, 167, 67]);
        // The height decides when it is the tighter fit.
        let tall = shrink(&image, 2000, 5);
        assert_eq!((tall.width, tall.height), (257, 5));
        let tiny = Rgb {
            width: 10,
            height: 8,
            data: vec![7; 240],
        };
        assert_eq!(shrink(&tiny, 512, 512), tiny);
    }
}
