//! Numbers written the way a language writes them: its digits, its decimal
//! separator and its digit grouping (CLDR's symbols, given by each message file).

/// How one language writes numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberFormat {
    /// Between the whole part and the fraction: "." in English, "," in Polish.
    pub decimal: String,
    /// Between groups of three digits: "," in English, a no-break space in Polish.
    pub group: String,
    /// The smallest number written with groups: 1,000 in English, 10 000 in Polish
    /// (CLDR's minimum grouping digits).
    pub group_from: u64,
    /// The ten digits, 0 to 9.
    pub digits: [char; 10],
}

impl Default for NumberFormat {
    fn default() -> Self {
        NumberFormat {
            decimal: ".".to_owned(),
            group: ",".to_owned(),
            group_from: 1000,
            digits: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
        }
    }
}

impl NumberFormat {
    /// A whole number: "1,234", "1 234", "١٬٢٣٤".
    pub fn integer(&self, n: i64) -> String {
        let mut out = String::new();
        if n < 0 {
            out.push('-');
        }
        self.push_whole(&mut out, n.unsigned_abs());
        out
    }

    /// A number rounded to `places` decimals: "2.5", "2,5".
    pub fn decimal(&self, x: f64, places: usize) -> String {
        let text = format!("{:.*}", places, x.abs());
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let mut out = String::new();
        if x < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
            out.push('-');
        }
        self.push_whole(&mut out, whole.parse().unwrap_or(0));
        if !fraction.is_empty() {
            out.push_str(&self.decimal);
            out.push_str(&self.digits(fraction));
        }
        out
    }

    /// ASCII digits in `text` as this language's digits, nothing grouped: years,
    /// days of the month, hours and minutes.
    pub fn digits(&self, text: &str) -> String {
        text.chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if c.is_ascii_digit() => self.digits[d as usize],
                _ => c,
            })
            .collect()
    }

    fn push_whole(&self, out: &mut String, n: u64) {
        let plain = n.to_string();
        if n < self.group_from.max(1000) {
            out.push_str(&self.digits(&plain));
            return;
        }
        let first = plain.len() % 3;
        for (i, c) in plain.chars().enumerate() {
            if i > 0 && (i + 3 - first).is_multiple_of(3) {
                out.push_str(&self.group);
            }
            out.push(self.digits[c.to_digit(10).unwrap_or(0) as usize]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn polish() -> NumberFormat {
        NumberFormat {
            decimal: ",".into(),
            group: "\u{a0}".into(),
            group_from: 10_000,
            ..NumberFormat::default()
        }
    }

    /// English groups from a thousand.
    #[test]
    fn english_numbers() {
        let en = NumberFormat::default();
        assert_eq!(en.integer(0), "0");
        assert_eq!(en.integer(999), "999");
        assert_eq!(en.integer(1000), "1,000");
        assert_eq!(en.integer(1_234_567), "1,234,567");
        assert_eq!(en.integer(-45_000), "-45,000");
        assert_eq!(en.decimal(2.345, 1), "2.3");
        assert_eq!(en.decimal(40.0, 2), "40.00");
        assert_eq!(en.decimal(12_345.5, 1), "12,345.5");
        assert_eq!(en.decimal(-0.01, 1), "0.0");
    }

    /// Polish groups from ten thousand, with a no-break space and a decimal comma.
    #[test]
    fn polish_numbers() {
        let pl = polish();
        assert_eq!(pl.integer(1000), "1000");
        assert_eq!(pl.integer(10_000), "10\u{a0}000");
        assert_eq!(pl.decimal(2.5, 1), "2,5");
    }

    /// Arabic-Indic digits everywhere a number is written.
    #[test]
    fn arabic_digits() {
        let ar = NumberFormat {
            decimal: "٫".into(),
            group: "٬".into(),
            group_from: 1000,
            digits: ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'],
        };
        assert_eq!(ar.integer(1234), "١٬٢٣٤");
        assert_eq!(ar.decimal(2.5, 1), "٢٫٥");
        assert_eq!(ar.digits("18:05"), "١٨:٠٥");
    }
}
