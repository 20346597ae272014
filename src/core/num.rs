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

/// `v` with `decimals` digits after the point (at most 3), as `format!("{v:.decimals$}")`
/// writes it for |v| < 2⁵³.
pub fn fixed(v: f64, decimals: u32) -> String {
    let decimals = decimals.min(3);
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
    // |v| = m · 2^e exactly; m · 10^decimals < 2^63.
    let (m, e) = if exp == 0 {
        (mantissa, -1074)
    } else {
        (mantissa | 1 << 52, exp - 1075)
    };
    let pow = 10u64.pow(decimals);
    let scaled = m * pow;
    let n = if e >= 0 {
        // A whole number of 2^53 or more (saturating far beyond).
        (v.abs() as u64).saturating_mul(pow)
    } else if e <= -64 {
        0
    } else {
        let shift = -e as u32;
        let (q, r, half) = (
            scaled >> shift,
            scaled & ((1 << shift) - 1),
            1 << (shift - 1),
        );
        q + u64::from(r > half || (r == half && q % 2 == 1))
    };
    let mut digits = String::new();
    push_digits(&mut digits, n);
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
    let mut out = String::new();
    push_thousandths(&mut out, n);
    out
}

/// [`thousandths`] onto `out`: an id's buffer takes it with no `String` of its own.
pub fn push_thousandths(out: &mut String, n: i64) {
    let (int, frac) = (n.unsigned_abs() / 1000, n.unsigned_abs() % 1000);
    if n < 0 {
        out.push('-');
    }
    push_digits(out, int);
    if frac != 0 {
        // Three digits, without their trailing zeros: ".5", ".995".
        out.push('.');
        let len = match frac {
            _ if frac % 100 == 0 => 1,
            _ if frac % 10 == 0 => 2,
            _ => 3,
        };
        for d in [frac / 100, frac / 10 % 10, frac % 10]
            .into_iter()
            .take(len)
        {
            out.push(char::from(b'0' + d as u8));
        }
    }
}

/// `n` in decimal digits, onto `s`: into a buffer and copied, not through the formatter.
pub fn push_digits(s: &mut String, n: u64) {
    s.push_str(digits(&mut [0u8; 20], n));
}

/// `n` in decimal digits, written at the end of `buf` (20 digits hold any `u64`).
pub fn digits(buf: &mut [u8; 20], mut n: u64) -> &str {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[at..]).unwrap_or_default()
}

/// sin, cos and asin for the great-circle distance (arguments within ±π), after fdlibm's
/// kernels: the standard library's versions bring a large argument reduction into the wasm
/// build. Within an ulp or two of them.
pub fn sin(x: f64) -> f64 {
    let (y, quadrant) = reduce(x);
    match quadrant {
        0 => sin_kernel(y),
        1 => cos_kernel(y),
        2 => -sin_kernel(y),
        _ => -cos_kernel(y),
    }
}

pub fn cos(x: f64) -> f64 {
    let (y, quadrant) = reduce(x);
    match quadrant {
        0 => cos_kernel(y),
        1 => -sin_kernel(y),
        2 => -cos_kernel(y),
        _ => sin_kernel(y),
    }
}

/// x − k·π/2 within ±π/4, and k mod 4 (for |x| up to a few π).
fn reduce(x: f64) -> (f64, u32) {
    // π/2 in three parts, the first two of 33 bits, so that k · part is exact for small k.
    const PIO2: [f64; 3] = [
        1.570_796_326_734_125_6,
        6.077_100_506_303_966e-11,
        2.022_266_248_795_950_6e-21,
    ];
    if x.abs() <= std::f64::consts::FRAC_PI_4 {
        return (x, 0);
    }
    let k = (x * std::f64::consts::FRAC_2_PI).round();
    let y = x - k * PIO2[0] - k * PIO2[1] - k * PIO2[2];
    (y, (k as i64).rem_euclid(4) as u32)
}

fn sin_kernel(x: f64) -> f64 {
    const S: [f64; 6] = [
        -1.666_666_666_666_663_2e-1,
        8.333_333_333_322_49e-3,
        -1.984_126_982_985_795e-4,
        2.755_731_370_707_006_8e-6,
        -2.505_076_025_340_686_3e-8,
        1.589_690_995_211_55e-10,
    ];
    let z = x * x;
    let r = S[1] + z * (S[2] + z * (S[3] + z * (S[4] + z * S[5])));
    x + z * x * (S[0] + z * r)
}

fn cos_kernel(x: f64) -> f64 {
    const C: [f64; 6] = [
        4.166_666_666_666_66e-2,
        -1.388_888_888_887_411e-3,
        2.480_158_728_947_673e-5,
        -2.755_731_435_139_066_3e-7,
        2.087_572_321_298_175e-9,
        -1.135_964_755_778_819_5e-11,
    ];
    let z = x * x;
    let r = z * (C[0] + z * (C[1] + z * (C[2] + z * (C[3] + z * (C[4] + z * C[5])))));
    let hz = 0.5 * z;
    let w = 1.0 - hz;
    w + (((1.0 - w) - hz) + z * r)
}

/// asin for 0 ≤ x ≤ 1 (NaN above 1).
pub fn asin(x: f64) -> f64 {
    const PIO2_HI: f64 = std::f64::consts::FRAC_PI_2;
    const PIO2_LO: f64 = 6.123_233_995_736_766e-17;
    const P: [f64; 6] = [
        1.666_666_666_666_666_6e-1,
        -3.255_658_186_224_009e-1,
        2.012_125_321_348_629_3e-1,
        -4.005_553_450_067_941e-2,
        7.915_349_942_898_145e-4,
        3.479_331_075_960_212e-5,
    ];
    const Q: [f64; 4] = [
        -2.403_394_911_734_414,
        2.020_945_760_233_505_7,
        -6.882_839_716_054_533e-1,
        7.703_815_055_590_194e-2,
    ];
    let rational = |z: f64| {
        let p = z * (P[0] + z * (P[1] + z * (P[2] + z * (P[3] + z * (P[4] + z * P[5])))));
        let q = 1.0 + z * (Q[0] + z * (Q[1] + z * (Q[2] + z * Q[3])));
        p / q
    };
    if x < 0.5 {
        return x + x * rational(x * x);
    }
    let z = (1.0 - x) * 0.5;
    let s = z.sqrt();
    PIO2_HI - (2.0 * (s + s * rational(z)) - PIO2_LO)
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
    fn trigonometry_like_std() {
        let close = |a: f64, b: f64| (a - b).abs() <= 4.0 * f64::EPSILON * b.abs().max(1e-300);
        for i in -4000..=4000 {
            let x = f64::from(i) * std::f64::consts::PI / 4000.0;
            assert!(close(sin(x), x.sin()), "sin {x}: {} {}", sin(x), x.sin());
            assert!(close(cos(x), x.cos()), "cos {x}: {} {}", cos(x), x.cos());
        }
        for i in 0..=10_000 {
            let x = f64::from(i) / 10_000.0;
            assert!(
                close(asin(x), x.asin()),
                "asin {x}: {} {}",
                asin(x),
                x.asin()
            );
        }
        assert!(asin(1.0 + f64::EPSILON).is_nan());
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
            -1,
            -20,
            -7_030,
            2_100,
        ] {
            assert_eq!(thousandths(n), format!("{}", n as f64 / 1000.0), "{n}");
        }
    }

    #[test]
    fn digits_like_display() {
        for n in [0, 7, 10, 99, 100, 1_234_567, u64::MAX] {
            let mut s = String::from("x");
            push_digits(&mut s, n);
            assert_eq!(s, format!("x{n}"));
        }
    }
}
