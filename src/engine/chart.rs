//! Chart geometry as plain numbers and SVG path strings, so it can be unit-tested and
//! the components only draw. Missing values are gaps, never zeros.

use std::fmt::Write;

/// A linear map from a data domain to a pixel range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    d0: f64,
    d1: f64,
    r0: f64,
    r1: f64,
}

impl Scale {
    /// Maps `domain` onto `range`. A zero-width domain maps everything to the middle.
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Scale {
        Scale {
            d0: domain.0,
            d1: domain.1,
            r0: range.0,
            r1: range.1,
        }
    }

    /// The pixel position of `v`.
    pub fn map(&self, v: f64) -> f64 {
        let span = self.d1 - self.d0;
        if span == 0.0 || !span.is_finite() {
            return (self.r0 + self.r1) / 2.0;
        }
        self.r0 + (v - self.d0) / span * (self.r1 - self.r0)
    }
}

/// The SVG path of a sparkline through `values` in a `width` × `height` box, with a
/// new sub-path after every gap. Empty when no value is defined.
pub fn sparkline(values: &[Option<f64>], width: f64, height: f64) -> String {
    let defined = values.iter().flatten().copied().filter(|v| v.is_finite());
    let (lo, hi) = defined.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    if lo > hi {
        return String::new();
    }
    let x = Scale::new(
        (0.0, values.len().saturating_sub(1).max(1) as f64),
        (0.0, width),
    );
    let y = Scale::new((lo, hi), (height, 0.0));
    let mut path = String::new();
    let mut pen_down = false;
    for (i, v) in values.iter().enumerate() {
        match v.filter(|v| v.is_finite()) {
            Some(v) => {
                let cmd = if pen_down { 'L' } else { 'M' };
                let _ = write!(path, "{cmd}{:.1},{:.1}", x.map(i as f64), y.map(v));
                pen_down = true;
            }
            None => pen_down = false,
        }
    }
    path
}

/// "Nice" axis ticks (1, 2 or 5 × 10ⁿ steps) covering `lo..=hi`, about `count` of them.
pub fn nice_ticks(lo: f64, hi: f64, count: usize) -> Vec<f64> {
    if !lo.is_finite() || !hi.is_finite() || count == 0 {
        return Vec::new();
    }
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    if lo == hi {
        return vec![lo];
    }
    let raw = (hi - lo) / count as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    let first = (lo / step).floor() as i64;
    let last = (hi / step).ceil() as i64;
    (first..=last).take(100).map(|i| i as f64 * step).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparkline_paths() {
        assert_eq!(
            sparkline(&[Some(0.0), Some(10.0)], 100.0, 20.0),
            "M0.0,20.0L100.0,0.0"
        );
        assert_eq!(
            sparkline(&[Some(1.0), None, Some(3.0), Some(2.0)], 30.0, 10.0),
            "M0.0,10.0M20.0,0.0L30.0,5.0"
        );
        assert_eq!(sparkline(&[None, None], 10.0, 10.0), "");
        assert_eq!(sparkline(&[Some(5.0)], 10.0, 10.0), "M0.0,5.0");
        assert_eq!(sparkline(&[Some(f64::NAN)], 10.0, 10.0), "");
    }

    #[test]
    fn ticks_are_nice() {
        assert_eq!(
            nice_ticks(0.0, 97.0, 5),
            vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
        );
        assert_eq!(nice_ticks(0.0, 1.0, 4), vec![0.0, 0.5, 1.0]);
        assert_eq!(nice_ticks(3.0, 3.0, 4), vec![3.0]);
        assert!(nice_ticks(f64::NAN, 1.0, 4).is_empty());
    }
}
