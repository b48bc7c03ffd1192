//! QR codes of the app's links, to scan with a phone: the modules, and the SVG
//! path of the dark ones that the app draws.
//!
//! The encoding is `qrcodegen`'s; this module chooses the error correction and
//! writes the drawing. It never panics: a text too long for any QR code is an
//! [`Err`].

use qrcodegen::{QrCode, QrCodeEcc};
use std::fmt::Write;

/// Light modules around the code, on every side, as the standard asks: a reader
/// needs them to find the code.
pub const QUIET_ZONE: usize = 4;

/// A QR code: a square of dark and light modules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qr {
    /// Modules per side, without the quiet zone.
    size: usize,
    /// Row by row, `true` for dark.
    modules: Vec<bool>,
    version: u8,
}

/// Why a text has no QR code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QrError {
    /// The text does not fit even the largest QR code (version 40).
    TooLong {
        /// The text's length in UTF-8 bytes.
        bytes: usize,
    },
}

impl std::fmt::Display for QrError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            QrError::TooLong { bytes } => write!(
                f,
                "the text is too long for a QR code ({bytes} bytes; at most 2331 fit)"
            ),
        }
    }
}

impl std::error::Error for QrError {}

/// Encodes `text` (a URL) as a QR code.
///
/// The error correction is Medium (15 % of the code may be damaged or
/// smudged), raised to Quartile or High when that fits the same size of code:
/// a screen's glare or a crease in a printout costs nothing then.
pub fn encode(text: &str) -> Result<Qr, QrError> {
    // Byte mode only: links are lower case, which QR's denser modes (digits,
    // upper case) cannot hold, so their encoders would only add to the wasm.
    let code = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Medium)
        .map_err(|_| QrError::TooLong { bytes: text.len() })?;
    let size = usize::try_from(code.size()).unwrap_or(0);
    let side = code.size();
    let modules = (0..side)
        .flat_map(|y| (0..side).map(move |x| (x, y)))
        .map(|(x, y)| code.get_module(x, y))
        .collect();
    Ok(Qr {
        size,
        modules,
        version: code.version().value(),
    })
}

impl Qr {
    /// Modules per side, without the quiet zone (21 for version 1, 4 more per
    /// version).
    pub fn size(&self) -> usize {
        self.size
    }

    /// The QR version, 1 to 40.
    pub fn version(&self) -> u8 {
        self.version
    }

    /// Whether the module at column `x`, row `y` is dark; outside is light.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.modules.get(y * self.size + x) == Some(&true)
    }

    /// Modules per side with the quiet zone: the drawing's width and height.
    pub fn side_with_quiet_zone(&self) -> usize {
        self.size + 2 * QUIET_ZONE
    }

    /// The SVG `viewBox`: one unit per module, quiet zone included.
    pub fn view_box(&self) -> String {
        let side = self.side_with_quiet_zone();
        format!("0 0 {side} {side}")
    }

    /// The SVG path (`d`) of the dark modules, in [`Qr::view_box`]'s units: one
    /// rectangle per run of dark modules in a row, so the path stays short.
    pub fn svg_path(&self) -> String {
        let mut path = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while self.is_dark(x, y) {
                    x += 1;
                }
                let run = x - start;
                let _ = write!(
                    path,
                    "M{} {}h{run}v1h-{run}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE
                );
            }
        }
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINK: &str = "https://learnlocal.example/o/blackpool-library-computers?hl=en";

    /// Reads a path written by `svg_path` back into the dark modules it covers.
    fn modules_of(path: &str, side: usize) -> Vec<bool> {
        let mut dark = vec![false; side * side];
        for rect in path.split('z').filter(|r| !r.is_empty()) {
            let rect = rect.strip_prefix('M').unwrap();
            let (x, rest) = rect.split_once(' ').unwrap();
            let (y, rest) = rest.split_once('h').unwrap();
            let run = rest.split_once('v').unwrap().0;
            let (x, y, run): (usize, usize, usize) =
                (x.parse().unwrap(), y.parse().unwrap(), run.parse().unwrap());
            for dx in 0..run {
                dark[y * side + x + dx] = true;
            }
        }
        dark
    }

    #[test]
    fn the_size_follows_the_version() {
        for text in ["", "a", LINK, &"x".repeat(500)] {
            let qr = encode(text).unwrap();
            assert_eq!(qr.size(), 4 * usize::from(qr.version()) + 17, "{text}");
            let side = qr.side_with_quiet_zone();
            assert_eq!(side, qr.size() + 8);
            assert_eq!(qr.view_box(), format!("0 0 {side} {side}"));
        }
        assert_eq!(encode("").unwrap().version(), 1);
        assert!(encode(&"x".repeat(500)).unwrap().version() > encode(LINK).unwrap().version());
    }

    #[test]
    fn the_three_finder_patterns_are_in_their_corners() {
        let qr = encode(LINK).unwrap();
        let n = qr.size();
        for (left, top) in [(0, 0), (n - 7, 0), (0, n - 7)] {
            for dy in 0..7 {
                for dx in 0..7 {
                    // A dark ring, a light ring, a dark 3 by 3 centre.
                    let ring = dx.min(dy).min(6 - dx).min(6 - dy);
                    let expected = ring != 1;
                    assert_eq!(
                        qr.is_dark(left + dx, top + dy),
                        expected,
                        "finder at ({left}, {top}), module ({dx}, {dy})"
                    );
                }
            }
        }
        // The separator beside the top-left finder is light.
        assert!((0..8).all(|i| !qr.is_dark(7, i) && !qr.is_dark(i, 7)));
    }

    #[test]
    fn the_path_draws_exactly_the_dark_modules_inside_the_quiet_zone() {
        let qr = encode(LINK).unwrap();
        let side = qr.side_with_quiet_zone();
        let drawn = modules_of(&qr.svg_path(), side);
        for y in 0..side {
            for x in 0..side {
                let inside = (QUIET_ZONE..QUIET_ZONE + qr.size()).contains(&x)
                    && (QUIET_ZONE..QUIET_ZONE + qr.size()).contains(&y);
                let expected = inside && qr.is_dark(x - QUIET_ZONE, y - QUIET_ZONE);
                assert_eq!(drawn[y * side + x], expected, "module ({x}, {y})");
            }
        }
    }

    #[test]
    fn runs_are_merged_so_the_path_has_one_rectangle_per_run() {
        let qr = encode(LINK).unwrap();
        let runs: usize = (0..qr.size())
            .map(|y| {
                (0..qr.size())
                    .filter(|&x| qr.is_dark(x, y) && (x == 0 || !qr.is_dark(x - 1, y)))
                    .count()
            })
            .sum();
        assert_eq!(qr.svg_path().matches('M').count(), runs);
        // The top row starts with the finder's seven dark modules as one run.
        assert!(qr.svg_path().starts_with("M4 4h7v1h-7z"));
    }

    #[test]
    fn a_text_too_long_for_any_code_is_an_error() {
        let long = "https://learnlocal.example/s?".to_owned() + &"n".repeat(3000);
        let error = encode(&long).unwrap_err();
        assert_eq!(error, QrError::TooLong { bytes: long.len() });
        assert!(error.to_string().contains("too long for a QR code"));
    }

    #[test]
    fn error_correction_is_never_lowered_to_fit_a_smaller_code() {
        // 30 bytes fit version 2 at Low (32) but not at Medium (26).
        let text = "https://example.org/o/abcdefgh";
        assert_eq!(text.len(), 30);
        let low = QrCode::encode_text(text, QrCodeEcc::Low).unwrap();
        assert_eq!(low.version().value(), 2);
        assert_eq!(encode(text).unwrap().version(), 3);
    }
}
