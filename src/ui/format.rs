//! Number formatting for display. Undefined values are "—", never NaN, ∞ or 0.

use crate::engine::metrics::Unit;

/// The dash shown for an undefined value.
pub const UNDEFINED: &str = "—";

/// Formats a value in its unit.
pub fn value(v: Option<f64>, unit: Unit) -> String {
    let Some(v) = v.filter(|v| v.is_finite()) else {
        return UNDEFINED.to_owned();
    };
    match unit {
        Unit::Money => grouped(v, 2),
        Unit::Count => grouped(v, 0),
        Unit::Rate => format!("{}%", grouped(v * 100.0, 2)),
        Unit::Multiple => format!("{}×", grouped(v, 2)),
        Unit::Days => format!("{} d", grouped(v, 1)),
    }
}

/// `v` with `decimals` places and thousands separated by commas.
pub fn grouped(v: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, v.abs());
    let (whole, frac) = text
        .split_once('.')
        .map_or((text.as_str(), None), |(w, f)| (w, Some(f)));
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    let negative = v < 0.0 && out.chars().any(|c| c.is_ascii_digit() && c != '0');
    if negative {
        format!("−{out}")
    } else {
        out
    }
}

/// The raw value for a `data-value` attribute: as JavaScript would print the number,
/// empty when undefined.
pub fn raw(v: Option<f64>) -> String {
    v.filter(|v| v.is_finite())
        .map(|v| v.to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(value(Some(1234567.891), Unit::Money), "1,234,567.89");
        assert_eq!(value(Some(999.0), Unit::Count), "999");
        assert_eq!(value(Some(0.12345), Unit::Rate), "12.35%");
        assert_eq!(value(Some(-0.5), Unit::Rate), "−50.00%");
        assert_eq!(value(Some(-0.0001), Unit::Money), "0.00");
        assert_eq!(value(Some(3.2), Unit::Multiple), "3.20×");
        assert_eq!(value(None, Unit::Rate), "—");
        assert_eq!(value(Some(f64::INFINITY), Unit::Rate), "—");
        assert_eq!(value(Some(f64::NAN), Unit::Money), "—");
        assert_eq!(raw(Some(58705.23)), "58705.23");
        assert_eq!(raw(None), "");
    }
}
