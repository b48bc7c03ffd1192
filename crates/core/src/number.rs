//! Numbers written as text, without the standard library's float formatting.
//!
//! `format!("{:.2}", x)` and `format!("{x}")` on an `f64` compile the standard
//! library's exact float printing (Grisu with a Dragon fallback, about 12 KB) into
//! the app. Distances, prices and coordinates need a fixed number of decimals of a
//! number of modest size, which whole-number arithmetic gives exactly enough.

/// `x` with exactly `places` decimals (at most 9), rounded half away from zero:
/// `decimal(2.345, 1)` is "2.3", `decimal(-0.04, 1)` is "0.0" (no minus sign on a
/// zero), `decimal(40.0, 2)` is "40.00". Not-a-number and infinities are written
/// "NaN", "inf" and "-inf", as `format!` does. Magnitudes beyond about 10^9 at
/// 9 places lose digits; the callers' numbers are far smaller.
pub fn decimal(x: f64, places: u32) -> String {
    if x.is_nan() {
        return "NaN".to_owned();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_owned();
    }
    let places = places.min(9);
    let scale = 10u64.pow(places);
    // Saturates for numbers too large to hold, rather than wrapping.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let scaled = (x.abs() * scale as f64).round() as u64;
    let whole = scaled / scale;
    let fraction = scaled % scale;
    let sign = if x < 0.0 && scaled != 0 { "-" } else { "" };
    if places == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction:0width$}", width = places as usize)
    }
}

/// `x` rounded to `places` decimals, without trailing zeros or a trailing point:
/// `trimmed(51.8970, 6)` is "51.897", `trimmed(3.0, 6)` is "3".
pub fn trimmed(x: f64, places: u32) -> String {
    let mut text = decimal(x, places);
    if text.contains('.') {
        let kept = text.trim_end_matches('0').trim_end_matches('.').len();
        text.truncate(kept);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::{decimal, trimmed};

    #[test]
    fn fixed_decimals_round_half_away_from_zero() {
        let cases: &[(f64, u32, &str)] = &[
            (40.0, 2, "40.00"),
            (12.5, 2, "12.50"),
            (0.125, 2, "0.13"),
            (2.25, 1, "2.3"),
            (1.04, 1, "1.0"),
            (9.95, 0, "10"),
            (51.897123, 6, "51.897123"),
            (-8.4701234, 6, "-8.470123"),
            (-0.04, 1, "0.0"),
            (0.0, 3, "0.000"),
            (1234.5, 0, "1235"),
        ];
        for &(x, places, expected) in cases {
            assert_eq!(decimal(x, places), expected, "{x} to {places} places");
        }
    }

    /// Away from exact halves, the result is what `format!` gives.
    #[test]
    fn agrees_with_format_away_from_ties() {
        let mut x = -181.0_f64;
        while x < 181.0 {
            for places in 0..=6u32 {
                let ours = decimal(x, places);
                let std = format!("{x:.prec$}", prec = places as usize);
                let std = if std.trim_start_matches(['-', '0', '.']).is_empty() {
                    std.trim_start_matches('-').to_owned()
                } else {
                    std
                };
                assert_eq!(ours, std, "{x} to {places} places");
            }
            x += 0.731_234_567;
        }
    }

    #[test]
    fn not_numbers_are_named() {
        assert_eq!(decimal(f64::NAN, 2), "NaN");
        assert_eq!(decimal(f64::INFINITY, 2), "inf");
        assert_eq!(decimal(f64::NEG_INFINITY, 0), "-inf");
    }

    #[test]
    fn trimmed_drops_trailing_zeros() {
        assert_eq!(trimmed(51.8970, 6), "51.897");
        assert_eq!(trimmed(3.0, 6), "3");
        assert_eq!(trimmed(-8.5, 6), "-8.5");
        assert_eq!(trimmed(0.0000004, 6), "0");
    }
}
