//! Decimal numbers in and out without core's float parsing and formatting, which are among the
//! largest pieces of code in the wasm build. Both are exact for the values Lede handles:
//! [`parse_decimal`] gives the same `f64` as `str::parse`, [`fixed`] the same text as
//! `format!("{v:.N}")` (round half to even on the binary value).

/// A plain decimal ("49.135", "-0.5", "27000"): the nearest `f64`, as `str::parse` gives it.
/// Up to 15 significant digits and 22 decimals, where integer over power of ten is exactly
/// rounded; other text is `None`.
pub fn parse_decimal(s: &str) -> Option<f64> {
    let (negative, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if int.is_empty() && frac.is_empty() || frac.len() > 22 {
        return None;
    }
    let mut n: u64 = 0;
    let mut significant = 0;
    for b in int.bytes().chain(frac.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u64::from(b - b'0');
        significant += usize::from(n != 0);
        if significant > 15 {
            return None;
        }
    }
    let v = n as f64 / 10f64.powi(frac.len() as i32);
    Some(if negative { -v } else { v })
}

/// `v` with `decimals` digits after the point (at most 6), as `format!("{v:.decimals$}")`
/// writes it for |v| < 2⁵³.
pub fn fixed(v: f64, decimals: u32) -> String {
    let decimals = decimals.min(6);
    let bits = v.abs().to_bits();
    let (exp, mantissa) = ((bits >> 52) as i32, bits & ((1 << 52) - 1));
    if exp == 0x7ff {
        return if mantissa != 0 {
            "NaN".into()
        } else if v < 0.0 {
            "-inf".into()
        } else {
            "inf".into()
        };
    }
    // |v| = m · 2^e exactly; scaled = m · 10^decimals < 2^73.
    let (m, e) = if exp == 0 {
        (mantissa, -1074)
    } else {
        (mantissa | 1 << 52, exp - 1075)
    };
    let scaled = u128::from(m) * 10u128.pow(decimals);
    let n = if e >= 0 {
        scaled << e.min(54)
    } else if e <= -127 {
        0
    } else {
        let shift = -e as u32;
        let (q, r, half) = (
            scaled >> shift,
            scaled & ((1 << shift) - 1),
            1 << (shift - 1),
        );
        q + u128::from(r > half || (r == half && q % 2 == 1))
    };
    let digits = n.to_string();
    let d = decimals as usize;
    let mut out = String::with_capacity(digits.len() + d + 3);
    if v.is_sign_negative() {
        out.push('-');
    }
    if digits.len() <= d {
        out.push('0');
        if d > 0 {
            out.push('.');
            out.extend(std::iter::repeat_n('0', d - digits.len()));
            out.push_str(&digits);
        }
    } else {
        let (int, frac) = digits.split_at(digits.len() - d);
        out.push_str(int);
        if d > 0 {
            out.push('.');
            out.push_str(frac);
        }
    }
    out
}

/// A whole number of thousandths, as `format!("{}", n as f64 / 1000.0)` writes it: "1035.995",
/// "27000", "0.5" (the shortest text that reads back as that `f64` is the exact decimal, for
/// |n| < 2⁵³).
pub fn thousandths(n: i64) -> String {
    let (int, frac) = (n.unsigned_abs() / 1000, n.unsigned_abs() % 1000);
    let sign = if n < 0 { "-" } else { "" };
    if frac == 0 {
        return format!("{sign}{int}");
    }
    let frac = format!("{frac:03}");
    format!("{sign}{int}.{}", frac.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_str_parse() {
        for s in [
            "49.135",
            "37.277",
            "-77.036",
            "0",
            "0.0",
            "27000",
            "1.5",
            "400",
            "2.000",
            ".5",
            "5.",
            "-0.5",
            "0.1",
            "0.3",
            "1035.995",
            "123456789012.345",
            "+3.25",
            "00012.50",
        ] {
            assert_eq!(parse_decimal(s), s.parse::<f64>().ok(), "{s}");
        }
        for s in ["", "-", ".", "1,5", "1e5", "abc", "1.2.3", " 1"] {
            assert_eq!(parse_decimal(s), None, "{s}");
        }
    }

    #[test]
    fn formats_like_format() {
        let values = [
            0.0, -0.0, 0.5, 1.5, 2.5, 0.25, 0.35, 0.125, 0.005, 0.015, 0.045, 49.135, 49.125,
            37.2775, 36.844, -77.036, 182.625, 1035.995, 40.2335, 99.95, 99.96, 1e-7, -0.001,
            123456.789, 4.0e15, 2.675, 1.005, 5e-324,
        ];
        for v in values {
            for d in 0..=3 {
                assert_eq!(fixed(v, d), format!("{v:.*}", d as usize), "{v} {d}");
            }
        }
        // Random bit patterns below 2^53, tiny ones included.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..50_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = f64::from_bits(x);
            if v.is_finite() && v.abs() < 9e15 {
                for d in 0..=3 {
                    assert_eq!(fixed(v, d), format!("{v:.*}", d as usize), "{v} {d}");
                }
            }
        }
        // Many values a few ulps either side of decimal ties.
        for i in 0..20_000u32 {
            let base = f64::from(i) / 8.0 + 0.0005 * f64::from(i % 7);
            for v in [base, base.next_up(), base.next_down(), -base] {
                for d in 0..=3 {
                    assert_eq!(fixed(v, d), format!("{v:.*}", d as usize), "{v} {d}");
                }
            }
        }
    }

    #[test]
    fn thousandths_like_display() {
        for n in [
            0,
            1,
            5,
            10,
            500,
            999,
            1000,
            1001,
            1_035_995,
            27_000_000,
            -1500,
            123_456_789,
        ] {
            assert_eq!(thousandths(n), format!("{}", n as f64 / 1000.0), "{n}");
        }
    }
}
