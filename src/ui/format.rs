//! Number and date formatting for display, per locale. Undefined values are "—", never
//! NaN, ∞ or 0. Exports never use these: they keep plain numbers whatever the locale.

use super::locale::Locale;
use crate::engine::metrics::metric::Unit;
use chrono::{Datelike, NaiveDate};

/// The dash shown for an undefined value.
pub const UNDEFINED: &str = "—";

/// Formats a value in its unit, the English way.
pub fn value(v: Option<f64>, unit: Unit) -> String {
    value_in(Locale::En, v, unit)
}

/// Formats a value in its unit, the way `loc` writes it.
pub fn value_in(loc: Locale, v: Option<f64>, unit: Unit) -> String {
    let Some(v) = v.filter(|v| v.is_finite()) else {
        return UNDEFINED.to_owned();
    };
    match unit {
        Unit::Money => money(loc, v),
        Unit::Count => grouped_in(loc, v, 0),
        Unit::Rate => percent(loc, v),
        Unit::Multiple => format!("{}×", grouped_in(loc, v, 2)),
        Unit::Days => format!("{} {}", grouped_in(loc, v, 1), days_abbreviation(loc)),
    }
}

/// A threshold as a sentence states it: as few decimals as it needs (`2%`, `0.1%`,
/// `3`, `30 d`), in the locale's marks.
pub fn threshold(loc: Locale, v: f64, unit: Unit) -> String {
    let trimmed = |x: f64| {
        let text = grouped_in(loc, x, 2);
        let mark = loc.decimal_mark();
        if text.contains(mark) {
            text.trim_end_matches('0').trim_end_matches(mark).to_owned()
        } else {
            text
        }
    };
    match unit {
        Unit::Rate => format!("{}{}%", trimmed(v * 100.0), loc.percent_gap()),
        Unit::Money | Unit::Count => trimmed(v),
        Unit::Multiple => format!("{}×", trimmed(v)),
        Unit::Days => format!("{} {}", trimmed(v), days_abbreviation(loc)),
    }
}

/// The abbreviation of "percentage points" after a number.
pub fn points_abbreviation(loc: Locale) -> &'static str {
    match loc {
        Locale::En => "pts",
        Locale::Fr => "pt",
        Locale::Is => "prst.",
        Locale::Ro => "pp",
    }
}

/// A difference of rates in percentage points: 0.01 is "1 pts" in English, "1 pt" in
/// French.
pub fn points(loc: Locale, v: f64) -> String {
    format!(
        "{} {}",
        threshold(loc, v * 100.0, Unit::Count),
        points_abbreviation(loc)
    )
}

/// `magnitude` with the sign of `v`: "+12.3", "−0.4" (a true minus sign), "0.0".
pub fn signed(magnitude: String, v: f64) -> String {
    let magnitude = magnitude.trim_start_matches(['−', '-']).to_owned();
    if v > 0.0 {
        format!("+{magnitude}")
    } else if v < 0.0 {
        format!("−{magnitude}")
    } else {
        magnitude
    }
}

/// A relative change with its sign and one decimal: 0.123 is "+12.3%" in English,
/// "+12,3 %" in French.
pub fn signed_percent(loc: Locale, fraction: f64) -> String {
    format!(
        "{}{}%",
        signed(grouped_in(loc, fraction * 100.0, 1), fraction),
        loc.percent_gap()
    )
}

/// A change of a rate in percentage points with its sign and one decimal: 0.012 is
/// "+1.2 pts" in English, "+1,2 pt" in French.
pub fn signed_points(loc: Locale, fraction: f64) -> String {
    format!(
        "{} {}",
        signed(grouped_in(loc, fraction * 100.0, 1), fraction),
        points_abbreviation(loc)
    )
}

/// An amount of money with two decimals (the currency is the user's, never shown).
pub fn money(loc: Locale, v: f64) -> String {
    grouped_in(loc, v, 2)
}

/// A ratio as a percentage with two decimals: 0.3626 is "36.26%" in English.
pub fn percent(loc: Locale, v: f64) -> String {
    format!("{}{}%", grouped_in(loc, v * 100.0, 2), loc.percent_gap())
}

/// The abbreviation of "days" after a number.
fn days_abbreviation(loc: Locale) -> &'static str {
    match loc {
        Locale::En => "d",
        Locale::Fr => "j",
        Locale::Is => "d.",
        Locale::Ro => "z",
    }
}

/// A calendar date in the locale's order: ISO `2026-03-31` in English (as the page has
/// always shown it), `31/03/2026` in French, `31.3.2026` in Icelandic, `31.03.2026` in
/// Romanian.
pub fn date(loc: Locale, d: NaiveDate) -> String {
    let (y, m, day) = (d.year(), d.month(), d.day());
    match loc {
        Locale::En => d.to_string(),
        Locale::Fr => format!("{day:02}/{m:02}/{y:04}"),
        Locale::Is => format!("{day}.{m}.{y:04}"),
        Locale::Ro => format!("{day:02}.{m:02}.{y:04}"),
    }
}

/// A count with the locale's thousands separator: `12 480` in French.
pub fn count(loc: Locale, n: u64) -> String {
    grouped_in(loc, n as f64, 0)
}

/// A value label the chart geometry wrote the language-free way (`1.5k`, `12.5%`,
/// `−0.25`), with the locale's decimal mark and percent spacing: `1,5k`, `12,5 %`.
pub fn chart_label(loc: Locale, label: &str) -> String {
    let marked: String = label
        .chars()
        .map(|c| if c == '.' { loc.decimal_mark() } else { c })
        .collect();
    match marked.strip_suffix('%') {
        Some(number) => format!("{number}{}%", loc.percent_gap()),
        None => marked,
    }
}

/// A period as the engine names it (`2026-Q3`, `2026-03`, `2026-W12`, `2026-03-31`,
/// `2026`), written the locale's way and never wider, so chart axes keep their spacing:
/// `T3 2026`, `03/2026`, `S12 2026`, `31/03/2026` in French; `3F 2026`, `03.2026`,
/// `V12 2026`, `31.3.2026` in Icelandic; `T3 2026`, `03.2026`, `S12 2026`, `31.03.2026`
/// in Romanian. English keeps the engine's ISO names. Any other text is left as it is.
pub fn period(loc: Locale, label: &str) -> String {
    let quarter = |y: &str, q: &str| match loc {
        Locale::En => format!("{y}-Q{q}"),
        Locale::Fr | Locale::Ro => format!("T{q} {y}"),
        Locale::Is => format!("{q}F {y}"),
    };
    let week = |y: &str, w: &str| match loc {
        Locale::En => format!("{y}-W{w}"),
        Locale::Fr | Locale::Ro => format!("S{w} {y}"),
        Locale::Is => format!("V{w} {y}"),
    };
    let month = |y: &str, m: &str| match loc {
        Locale::En => format!("{y}-{m}"),
        Locale::Fr => format!("{m}/{y}"),
        Locale::Is | Locale::Ro => format!("{m}.{y}"),
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let Some((year, rest)) = label.split_once('-').filter(|(y, _)| digits(y, 4)) else {
        return label.to_owned();
    };
    if let Some(q) = rest.strip_prefix('Q').filter(|q| digits(q, 1)) {
        return quarter(year, q);
    }
    if let Some(w) = rest.strip_prefix('W').filter(|w| digits(w, 2)) {
        return week(year, w);
    }
    if digits(rest, 2) {
        return month(year, rest);
    }
    match NaiveDate::parse_from_str(label, "%Y-%m-%d") {
        Ok(d) if digits(rest.get(..2).unwrap_or_default(), 2) => date(loc, d),
        _ => label.to_owned(),
    }
}

/// How a date is written in the date fields, in the locale's own letters: the
/// placeholder of every date field and the hint when a date cannot be read.
pub fn date_pattern(loc: Locale) -> &'static str {
    match loc {
        Locale::En => "yyyy-mm-dd",
        Locale::Fr => "jj/mm/aaaa",
        Locale::Is => "dd.mm.áááá",
        Locale::Ro => "zz.ll.aaaa",
    }
}

/// A date typed in a date field: in the locale's order (as [`date`] writes it, with
/// or without leading zeros), or ISO `2026-03-31` in any locale. `None` when it is
/// neither, or not a day of the calendar.
pub fn parse_date(loc: Locale, text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return Some(d);
    }
    let separator = match loc {
        Locale::En => return None,
        Locale::Fr => '/',
        Locale::Is | Locale::Ro => '.',
    };
    let mut parts = t.split(separator).map(str::trim);
    let day = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let year = parts.next()?;
    if parts.next().is_some() || year.len() != 4 {
        return None;
    }
    NaiveDate::from_ymd_opt(year.parse().ok()?, month, day)
}

/// `v` with `decimals` places and thousands separated by commas (English).
pub fn grouped(v: f64, decimals: usize) -> String {
    grouped_in(Locale::En, v, decimals)
}

/// `v` with `decimals` places, thousands separated and the decimal mark as `loc` writes
/// them.
pub fn grouped_in(loc: Locale, v: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, v.abs());
    let (whole, frac) = text
        .split_once('.')
        .map_or((text.as_str(), None), |(w, f)| (w, Some(f)));
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push_str(loc.group_separator());
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push(loc.decimal_mark());
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

/// A size in megabytes (10⁶ bytes), one decimal: "12.3 MB".
pub fn megabytes(loc: Locale, bytes: u64) -> String {
    format!("{}\u{a0}MB", grouped_in(loc, bytes as f64 / 1e6, 1))
}

/// A duration rounded to what a progress line needs: "45 s", "3 min".
pub fn duration(loc: Locale, seconds: f64) -> String {
    if !seconds.is_finite() || seconds < 0.0 {
        "—".to_owned()
    } else if seconds < 90.0 {
        format!("{}\u{a0}s", grouped_in(loc, seconds.ceil(), 0))
    } else {
        format!("{}\u{a0}min", grouped_in(loc, (seconds / 60.0).round(), 0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_field_reads_the_locale_order_and_iso_and_writes_back_what_it_reads() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        for loc in Locale::ALL {
            // What the page writes, it reads; ISO is read everywhere.
            let day = d(2026, 3, 1).expect("a date");
            assert_eq!(parse_date(loc, &date(loc, day)), Some(day), "{loc:?}");
            assert_eq!(parse_date(loc, " 2026-03-01 "), Some(day), "{loc:?}");
            // Not a day of the calendar, or not a date.
            for bad in [
                "31/02/2026",
                "31.02.2026",
                "2026-02-31",
                "",
                "soon",
                "1/2",
                "1.2.26",
                "1.2.2026.5",
            ] {
                assert_eq!(parse_date(loc, bad), None, "{loc:?} {bad}");
            }
        }
        assert_eq!(parse_date(Locale::Fr, "31/03/2026"), d(2026, 3, 31));
        assert_eq!(parse_date(Locale::Fr, "1/4/2026"), d(2026, 4, 1));
        assert_eq!(parse_date(Locale::Is, "31.3.2026"), d(2026, 3, 31));
        assert_eq!(parse_date(Locale::Ro, "01.04.2026"), d(2026, 4, 1));
        // The other locale's order is not guessed: 04/01 could be either.
        assert_eq!(parse_date(Locale::En, "04/01/2026"), None);
        assert_eq!(parse_date(Locale::Ro, "04/01/2026"), None);
        assert_eq!(count(Locale::Fr, 12_480), "12\u{202f}480");
        assert_eq!(count(Locale::Is, 12_480), "12.480");
        assert_eq!(chart_label(Locale::Fr, "12.5%"), "12,5\u{202f}%");
        assert_eq!(chart_label(Locale::Ro, "−1.5k"), "−1,5k");
        assert_eq!(chart_label(Locale::En, "1.5k"), "1.5k");
    }

    #[test]
    fn periods_are_named_the_locale_way_and_never_wider() {
        let cases = [
            ("2026-Q3", ["2026-Q3", "T3 2026", "3F 2026", "T3 2026"]),
            ("2026-03", ["2026-03", "03/2026", "03.2026", "03.2026"]),
            ("2026-W12", ["2026-W12", "S12 2026", "V12 2026", "S12 2026"]),
            (
                "2026-03-31",
                ["2026-03-31", "31/03/2026", "31.3.2026", "31.03.2026"],
            ),
            ("2026", ["2026"; 4]),
            ("Whole range", ["Whole range"; 4]),
            ("2026-02-31", ["2026-02-31"; 4]),
        ];
        for (label, want) in cases {
            for (loc, want) in Locale::ALL.into_iter().zip(want) {
                let got = period(loc, label);
                assert_eq!(got, want, "{loc:?} {label}");
                assert!(
                    got.chars().count() <= label.chars().count(),
                    "{loc:?} {label}"
                );
            }
        }
    }

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

    #[track_caller]
    fn check(loc: Locale, v: Option<f64>, unit: Unit, expected: &str) {
        assert_eq!(value_in(loc, v, unit), expected, "{loc:?} {v:?} {unit:?}");
    }

    #[test]
    fn formats_per_locale() {
        use Locale::*;
        check(En, Some(114639.26), Unit::Money, "114,639.26");
        check(Fr, Some(114639.26), Unit::Money, "114\u{202F}639,26");
        check(Is, Some(114639.26), Unit::Money, "114.639,26");
        check(Ro, Some(114639.26), Unit::Money, "114.639,26");
        check(En, Some(0.3626), Unit::Rate, "36.26%");
        check(Fr, Some(0.3626), Unit::Rate, "36,26\u{202F}%");
        check(Is, Some(0.3626), Unit::Rate, "36,26%");
        check(Ro, Some(0.3626), Unit::Rate, "36,26%");
        check(Fr, Some(1234567.0), Unit::Count, "1\u{202F}234\u{202F}567");
        check(Is, Some(1234567.0), Unit::Count, "1.234.567");
        check(Ro, Some(999.0), Unit::Count, "999");
        check(Fr, Some(-0.5), Unit::Rate, "−50,00\u{202F}%");
        check(Ro, Some(-0.0001), Unit::Money, "0,00");
        check(Is, Some(3.2), Unit::Multiple, "3,20×");
        check(Fr, Some(12.5), Unit::Days, "12,5 j");
        check(Ro, Some(12.5), Unit::Days, "12,5 z");
        check(En, Some(12.5), Unit::Days, "12.5 d");
        for loc in Locale::ALL {
            check(loc, None, Unit::Money, "—");
            check(loc, Some(f64::NAN), Unit::Rate, "—");
        }
    }

    #[test]
    fn signed_changes_per_locale() {
        assert_eq!(signed_percent(Locale::En, 0.123), "+12.3%");
        assert_eq!(signed_percent(Locale::Fr, -0.123), "−12,3\u{202F}%");
        assert_eq!(signed_percent(Locale::Ro, 0.0), "0,0%");
        assert_eq!(signed_points(Locale::En, 0.012), "+1.2 pts");
        assert_eq!(signed_points(Locale::Fr, -0.004), "−0,4 pt");
        assert_eq!(signed_points(Locale::Is, 0.015), "+1,5 prst.");
    }

    #[test]
    fn dates_per_locale() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 31).unwrap();
        let jan = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        for (loc, end, start) in [
            (Locale::En, "2026-03-31", "2026-01-05"),
            (Locale::Fr, "31/03/2026", "05/01/2026"),
            (Locale::Is, "31.3.2026", "5.1.2026"),
            (Locale::Ro, "31.03.2026", "05.01.2026"),
        ] {
            assert_eq!(date(loc, d), end, "{loc:?}");
            assert_eq!(date(loc, jan), start, "{loc:?}");
        }
    }
}
