//! Cell values: locale-aware numbers and money, and dates in the formats exports use.
//!
//! Every parser here is total: it answers "missing", a value, or "invalid", and never
//! panics. Decisions that depend on a whole column — the decimal mark, the day/month
//! order — are taken from evidence over the column by the `decide_*` functions.

use crate::engine::import::vocab::locale;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use rust_decimal::Decimal;
use std::str::FromStr;

/// The outcome of reading one cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell<T> {
    /// Blank, or a placeholder such as `-`, `N/A` or `null`: no value, never zero.
    Missing,
    /// A value.
    Value(T),
    /// Text that is not a value of the expected type.
    Invalid,
}

/// True for blank cells and the placeholders tools write for "no value".
pub fn is_missing(raw: &str) -> bool {
    let t = raw.trim();
    // The longest placeholders, "(not set)" and "undefined", have nine bytes.
    if t.len() > 9 {
        return false;
    }
    t.is_empty()
        || matches!(t, "-" | "—" | "–" | "--" | "?" | "(not set)" | "(none)")
        || [
            "n/a",
            "na",
            "null",
            "none",
            "nan",
            "#n/a",
            "nil",
            "undefined",
            "#value!",
            "#div/0!",
        ]
        .iter()
        .any(|p| t.eq_ignore_ascii_case(p))
}

/// The character that separates whole and fractional parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecimalMark {
    /// `1,234.56`
    Point,
    /// `1.234,56`
    Comma,
}

impl DecimalMark {
    /// The mark as a character.
    pub fn as_char(self) -> char {
        match self {
            DecimalMark::Point => '.',
            DecimalMark::Comma => ',',
        }
    }
}

/// A column's decimal mark and whether its values proved it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MarkDecision {
    /// The mark to read the column with.
    pub mark: DecimalMark,
    /// False when no value told the two apart and at least one value depends on it.
    pub proved: bool,
}

/// Decides the decimal mark of a column from its cells.
pub fn decide_decimal_mark<'a>(cells: impl IntoIterator<Item = &'a str>) -> MarkDecision {
    decide_decimal_mark_in(cells.into_iter().map(|c| (c, false)))
}

/// [`decide_decimal_mark`] for cells that say whether their column holds whole numbers
/// (impressions, clicks, sends, amounts in ISK…): there a lone `.` or `,` before three
/// digits groups thousands (`18.647` impressions are 18,647), so it proves the other
/// mark.
pub fn decide_decimal_mark_in<'a>(
    cells: impl IntoIterator<Item = (&'a str, bool)>,
) -> MarkDecision {
    let (mut point, mut comma, mut ambiguous) = (0usize, 0usize, 0usize);
    for (cell, whole) in cells {
        let evidence = match mark_evidence(cell) {
            Evidence::Ambiguous if whole => grouping_evidence(cell),
            evidence => evidence,
        };
        match evidence {
            Evidence::Point => point += 1,
            Evidence::Comma => comma += 1,
            Evidence::Ambiguous => ambiguous += 1,
            Evidence::None => {}
        }
    }
    if comma > point {
        MarkDecision {
            mark: DecimalMark::Comma,
            proved: true,
        }
    } else {
        // A tie between the two (a sheet's number cells with a point beside text
        // numbers grouped with one) proves nothing: the point is assumed, and noted.
        MarkDecision {
            mark: DecimalMark::Point,
            proved: point > comma || (point == 0 && ambiguous == 0),
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
enum Evidence {
    Point,
    Comma,
    Ambiguous,
    None,
}

/// What one cell says about the decimal mark.
///
/// A single `.` or `,` followed by exactly three digits is ambiguous (`1,234`) unless
/// the number starts with `0`, is grouped by spaces or apostrophes (`1 234,567`: the
/// mark is the decimal), or is money (`1.234 kr.`, `$1,234`): amounts are not written
/// with three decimals, so there the mark groups thousands.
fn mark_evidence(raw: &str) -> Evidence {
    plain_mark_evidence(raw.as_bytes()).unwrap_or_else(|| general_mark_evidence(raw))
}

/// [`mark_evidence`] without its fast path.
fn general_mark_evidence(raw: &str) -> Evidence {
    let Stripped { core, currency, .. } = strip_decorations(raw);
    let digits_after = |i: usize| {
        core.get(i + 1..)
            .unwrap_or_default()
            .chars()
            .take_while(char::is_ascii_digit)
            .count()
    };
    let (dots, commas) = (core.matches('.').count(), core.matches(',').count());
    let leading_zero = core.trim_start_matches(['-', '+']).starts_with("0");
    let spaced = core.contains(|c: char| c.is_whitespace() || c == '\'' || c == '’');
    let decimal = |i: usize| digits_after(i) != 3 || leading_zero || spaced;
    match (core.rfind('.'), core.rfind(',')) {
        (Some(d), Some(c)) if d > c => Evidence::Point,
        (Some(_), Some(_)) => Evidence::Comma,
        (Some(_), None) if dots > 1 => Evidence::Comma,
        (Some(d), None) if decimal(d) => Evidence::Point,
        (Some(_), None) if currency => Evidence::Comma,
        (None, Some(_)) if commas > 1 => Evidence::Point,
        (None, Some(c)) if decimal(c) => Evidence::Comma,
        (None, Some(_)) if currency => Evidence::Point,
        (Some(_), None) | (None, Some(_)) => Evidence::Ambiguous,
        (None, None) => Evidence::None,
    }
}

/// [`mark_evidence`] of the common cell, read without allocating or searching: digits
/// with an optional leading `-`, and at most one `.` or `,` between digits. `None` for
/// any other cell, which goes the general way (a test checks both ways agree).
fn plain_mark_evidence(bytes: &[u8]) -> Option<Evidence> {
    let digits = bytes.strip_prefix(b"-").unwrap_or(bytes);
    let mut mark = None;
    for (i, &b) in digits.iter().enumerate() {
        match b {
            b'0'..=b'9' => {}
            b'.' | b',' if mark.is_none() && i > 0 => mark = Some((i, b)),
            _ => return None,
        }
    }
    let Some((at, b)) = mark else {
        return (!digits.is_empty()).then_some(Evidence::None);
    };
    let after = digits.len() - at - 1;
    if after == 0 {
        return None;
    }
    let decimal = after != 3 || digits.first() == Some(&b'0');
    Some(match (decimal, b) {
        (false, _) => Evidence::Ambiguous,
        (true, b'.') => Evidence::Point,
        (true, _) => Evidence::Comma,
    })
}

/// What an ambiguous cell of a whole-count column says: its one mark groups thousands,
/// so the decimal mark is the other one.
fn grouping_evidence(raw: &str) -> Evidence {
    if strip_decorations(raw).core.contains('.') {
        Evidence::Comma
    } else {
        Evidence::Point
    }
}

/// A parsed number: its exact decimal value and whether it was written as a percentage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Number {
    /// The value; a percentage is already divided by 100.
    pub value: Decimal,
    /// True when the cell ended in `%`.
    pub percent: bool,
}

/// Reads a number with thousands separators, currency symbols or codes, a percent sign,
/// accounting parentheses or a trailing minus.
pub fn parse_number(raw: &str, mark: DecimalMark) -> Cell<Number> {
    if let Some(value) = plain_number(raw.as_bytes(), mark) {
        return Cell::Value(Number {
            value,
            percent: false,
        });
    }
    general_number(raw, mark)
}

/// Longest cell, in bytes once trimmed, read as a number or a date. The longest real
/// values are far shorter (29 digits with their groups, a currency and its code; a
/// weekday, a month name, a time and an offset); a longer cell is text, and reading it
/// character by character in every parser that samples the column cost seconds on a
/// 10 MB cell.
pub const MAX_VALUE_BYTES: usize = 256;

/// [`parse_number`] without its fast path.
fn general_number(raw: &str, mark: DecimalMark) -> Cell<Number> {
    if is_missing(raw) {
        return Cell::Missing;
    }
    if raw.trim().len() > MAX_VALUE_BYTES {
        return Cell::Invalid;
    }
    let Stripped {
        core,
        negative,
        percent,
        ..
    } = strip_decorations(raw);
    let mut plain = String::with_capacity(core.len());
    // Digits per group of the whole part, split at thousands separators: a separator
    // that does not split off groups of exactly three digits ("2,5" read with a point
    // decimal mark) means the cell is not a number in this column's format.
    let mut groups: Vec<usize> = vec![0];
    let mut in_fraction = false;
    for c in core.chars() {
        match c {
            '0'..='9' => {
                plain.push(c);
                if let (false, Some(last)) = (in_fraction, groups.last_mut()) {
                    *last += 1;
                }
            }
            '-' | '+' | 'e' | 'E' => {
                plain.push(c);
                in_fraction = true;
            }
            c if c == mark.as_char() => {
                plain.push('.');
                in_fraction = true;
            }
            ',' | '.' | ' ' | '\u{a0}' | '\u{202f}' | '\'' | '’' if !in_fraction => {
                groups.push(0)
            }
            _ => return Cell::Invalid,
        }
    }
    let grouped_right = match groups.split_first() {
        Some((first, rest)) if !rest.is_empty() => {
            (1..=3).contains(first) && rest.iter().all(|g| *g == 3)
        }
        _ => true,
    };
    if !grouped_right {
        return Cell::Invalid;
    }
    if plain.matches('.').count() > 1 || !plain.bytes().any(|b| b.is_ascii_digit()) {
        return Cell::Invalid;
    }
    let parsed = if plain.contains(['e', 'E']) {
        Decimal::from_scientific(&plain).ok()
    } else {
        Decimal::from_str(&plain).ok()
    };
    let Some(mut value) = parsed else {
        return Cell::Invalid;
    };
    if negative {
        value = -value;
    }
    if percent {
        value /= Decimal::ONE_HUNDRED;
    }
    Cell::Value(Number { value, percent })
}

/// The common case read without allocating: ASCII digits, an optional leading minus,
/// and at most one decimal mark with digits on both sides (`123`, `-3`, `12.50`). It
/// gives the same value, scale included, as the general path; anything else (and a
/// negative zero) is left to that path.
fn plain_number(raw: &[u8], mark: DecimalMark) -> Option<Decimal> {
    let (negative, digits) = match raw {
        [b'-', rest @ ..] => (true, rest),
        _ => (false, raw),
    };
    // 18 digits always fit an i64 mantissa.
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mark = match mark {
        DecimalMark::Point => b'.',
        DecimalMark::Comma => b',',
    };
    let mut mantissa: i64 = 0;
    let mut scale = 0u32;
    let mut seen_mark = false;
    for (i, &b) in digits.iter().enumerate() {
        match b {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + i64::from(b - b'0');
                scale += u32::from(seen_mark);
            }
            _ if b == mark && !seen_mark && i > 0 && i + 1 < digits.len() => seen_mark = true,
            _ => return None,
        }
    }
    if negative && mantissa == 0 {
        return None;
    }
    let signed = if negative { -mantissa } else { mantissa };
    Decimal::try_new(signed, scale).ok()
}

/// A cell's numeric core with its decorations taken off.
struct Stripped<'a> {
    /// The digits with their separators, signs and exponent.
    core: &'a str,
    /// Negative by accounting parentheses, a leading minus before a currency, or a
    /// trailing minus.
    negative: bool,
    /// The cell ended in `%`.
    percent: bool,
    /// A currency symbol or code was taken off: the cell is money.
    currency: bool,
}

/// Strips currency, percent and accounting decorations: parentheses, a leading minus
/// (ASCII or the typographic U+2212) before a currency (`-$12.50`, `−€3`), currency
/// symbols or codes at either end (`R$ 12,28`, `1.234 kr.`, `USD12`), a `%` and a
/// trailing minus (`12,28 € -`), with any spaces (no-break ones too) between them.
fn strip_decorations(t: &str) -> Stripped<'_> {
    let mut s = t.trim();
    let mut negative = false;
    if let Some(inner) = s.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        s = inner.trim();
        negative = true;
    }
    // At most two currency marks in all: a code and a symbol (`USD $12.50`, `R$ 12,28
    // BRL`).
    let (mut currencies, mut leading_minus) = (0u8, false);
    loop {
        if let (false, Some(rest)) = (leading_minus, s.strip_prefix(['-', '\u{2212}'])) {
            leading_minus = true;
            negative = !negative;
            s = rest.trim_start();
        } else if let (0 | 1, Some(rest)) = (currencies, currency_prefix(s)) {
            currencies += 1;
            s = rest.trim_start();
        } else {
            break;
        }
    }
    let (mut percent, mut trailing_minus) = (false, false);
    loop {
        if let (false, Some(rest)) = (percent, s.strip_suffix('%')) {
            percent = true;
            s = rest.trim_end();
        } else if let (0 | 1, Some(rest)) = (currencies, currency_suffix(s)) {
            currencies += 1;
            s = rest.trim_end();
        } else if let Some(inner) = s
            .strip_suffix('-')
            .filter(|i| !trailing_minus && !i.contains('-'))
        {
            trailing_minus = true;
            negative = !negative;
            s = inner.trim_end();
        } else {
            break;
        }
    }
    Stripped {
        core: s,
        negative,
        percent,
        currency: currencies > 0,
    }
}

/// A three-letter upper-case currency code (`USD`, `RON`), listed or not.
fn is_code(c: &str) -> bool {
    c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase())
}

/// The rest of `s` after a leading currency symbol or code: the longest of
/// [`locale::CURRENCIES`] (letters in any case) not followed by a letter, or any
/// three-letter code followed by a space or a digit.
fn currency_prefix(s: &str) -> Option<&str> {
    let bytes = s.as_bytes();
    let first = bytes.first()?.to_ascii_lowercase();
    // No symbol or code starts with a digit: the common case returns at once.
    if first.is_ascii_digit() {
        return None;
    }
    let mut len = 0;
    for sym in locale::CURRENCIES.iter().map(|sym| sym.as_bytes()) {
        if sym.len() > len
            && sym.first().map(u8::to_ascii_lowercase) == Some(first)
            && bytes
                .get(..sym.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(sym))
            && !s
                .get(sym.len()..)
                .is_some_and(|r| r.starts_with(char::is_alphabetic))
        {
            len = sym.len();
        }
    }
    if len == 0 {
        let code = s.get(..3).filter(|c| is_code(c))?;
        let after = s.get(3..)?;
        if !after.starts_with(|c: char| c.is_whitespace() || c.is_ascii_digit()) {
            return None;
        }
        len = code.len();
    }
    s.get(len..)
}

/// `s` without a trailing currency symbol or code: the longest of
/// [`locale::CURRENCIES`] not preceded by a letter, or any three-letter code after a
/// space.
fn currency_suffix(s: &str) -> Option<&str> {
    let bytes = s.as_bytes();
    let last = bytes.last()?.to_ascii_lowercase();
    if last.is_ascii_digit() {
        return None;
    }
    let mut len = 0;
    for sym in locale::CURRENCIES.iter().map(|sym| sym.as_bytes()) {
        let start = bytes.len().saturating_sub(sym.len());
        if sym.len() > len
            && sym.last().map(u8::to_ascii_lowercase) == Some(last)
            && bytes
                .get(start..)
                .is_some_and(|t| t.len() == sym.len() && t.eq_ignore_ascii_case(sym))
            && !s
                .get(..start)
                .is_some_and(|r| r.ends_with(char::is_alphabetic))
        {
            len = sym.len();
        }
    }
    if len == 0 {
        let start = s.len().checked_sub(3)?;
        let code = s.get(start..).filter(|c| is_code(c))?;
        if !s.get(..start)?.ends_with(char::is_whitespace) {
            return None;
        }
        len = code.len();
    }
    s.get(..s.len().checked_sub(len)?)
}

/// Order of day and month in `1/2/2024`-style dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateOrder {
    /// `31/12/2024` (most of the world).
    DayFirst,
    /// `12/31/2024` (United States).
    MonthFirst,
}

/// A column's day/month order and whether its values proved it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OrderDecision {
    /// The order to read the column with.
    pub order: DateOrder,
    /// False when every numeric date in the column fits both orders.
    pub proved: bool,
}

/// Decides the day/month order of a date column from its cells.
///
/// A first part above 12 proves day-first; a second part above 12 proves month-first.
/// With no proof, dots and dashes (European habits) suggest day-first, slashes
/// month-first, and the decision is reported as assumed.
pub fn decide_date_order<'a>(cells: impl IntoIterator<Item = &'a str>) -> OrderDecision {
    let (mut day_first, mut month_first, mut slash, mut other, mut numeric) = (0, 0, 0, 0, 0);
    for cell in cells {
        if year_first(cell.as_bytes()) {
            continue; // the common ISO date, skipped without splitting it.
        }
        let Some((a, b, _, sep)) = numeric_parts(cell.trim()) else {
            continue;
        };
        if a > 31 {
            continue; // year first: ISO-like, no ambiguity.
        }
        numeric += 1;
        if sep == '/' {
            slash += 1;
        } else {
            other += 1;
        }
        if a > 12 && b <= 12 {
            day_first += 1;
        } else if b > 12 && a <= 12 {
            month_first += 1;
        }
    }
    if day_first > 0 || month_first > 0 {
        let order = if day_first >= month_first {
            DateOrder::DayFirst
        } else {
            DateOrder::MonthFirst
        };
        return OrderDecision {
            order,
            proved: true,
        };
    }
    let order = if other >= slash {
        DateOrder::DayFirst
    } else {
        DateOrder::MonthFirst
    };
    OrderDecision {
        order,
        proved: numeric == 0,
    }
}

/// True when a cell starts with a year above 31 and a date separator (`2026-03-01`):
/// [`numeric_parts`] would give it a first part above 31, or nothing.
fn year_first(t: &[u8]) -> bool {
    match t {
        [a, b, c, d, b'-' | b'/' | b'.', ..] if [a, b, c, d].iter().all(|x| x.is_ascii_digit()) => {
            let year = [a, b, c, d]
                .iter()
                .fold(0u32, |n, &&x| n * 10 + u32::from(x - b'0'));
            year > 31
        }
        _ => false,
    }
}

/// Splits `a/b/y`, `a-b-y` or `a.b.y` (time ignored) into numbers and the separator.
fn numeric_parts(t: &str) -> Option<(u32, u32, i32, char)> {
    let date = t.split([' ', 'T']).next()?;
    let sep = date.chars().find(|c| matches!(c, '/' | '-' | '.'))?;
    let mut it = date.split(sep);
    let (a, b, y) = (it.next()?, it.next()?, it.next()?);
    if it.next().is_some() || a.len() > 4 {
        return None;
    }
    Some((a.parse().ok()?, b.parse().ok()?, y.parse().ok()?, sep))
}

/// Reads a date or date-time. Times are kept as written (an offset is dropped: the
/// calendar day the tool showed its user is the day that counts).
pub fn parse_datetime(raw: &str, order: DateOrder) -> Cell<NaiveDateTime> {
    match plain_iso(raw.as_bytes()) {
        Some(dt) => Cell::Value(dt),
        None => general_datetime(raw, order),
    }
}

/// [`parse_datetime`] without its fast path.
fn general_datetime(raw: &str, order: DateOrder) -> Cell<NaiveDateTime> {
    if is_missing(raw) {
        return Cell::Missing;
    }
    let t = raw.trim();
    if t.len() > MAX_VALUE_BYTES {
        return Cell::Invalid;
    }
    let parsed = iso(t)
        .or_else(|| numeric_date(t, order))
        .or_else(|| compact(t))
        .or_else(|| month_year(t))
        .or_else(|| named_month(t))
        .or_else(|| excel_serial(t));
    match parsed {
        Some(dt) => Cell::Value(dt),
        None => Cell::Invalid,
    }
}

/// The common case read without allocating: `yyyy-mm-dd` and `yyyy-mm-dd hh:mm:ss`
/// (`/` or `T` allowed where [`iso`] allows them). A value this rejects goes the
/// general way, which gives the same answer for every input this accepts.
fn plain_iso(t: &[u8]) -> Option<NaiveDateTime> {
    fn num(digits: &[u8]) -> Option<u32> {
        digits.iter().try_fold(0u32, |n, &b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    }
    let is_sep = |b: &u8| matches!(b, b'-' | b'/');
    let (date, time) = match t {
        [date @ .., b' ' | b'T', h0, h1, b':', m0, m1, b':', s0, s1] if date.len() == 10 => {
            (date, Some([*h0, *h1, *m0, *m1, *s0, *s1]))
        }
        _ => (t, None),
    };
    let [y0, y1, y2, y3, s1, m0, m1, s2, d0, d1] = date else {
        return None;
    };
    if !is_sep(s1) || !is_sep(s2) {
        return None;
    }
    let year = i32::try_from(num(&[*y0, *y1, *y2, *y3])?).ok()?;
    let day = NaiveDate::from_ymd_opt(year, num(&[*m0, *m1])?, num(&[*d0, *d1])?)?;
    let time = match time {
        None => NaiveTime::MIN,
        Some([h0, h1, m0, m1, s0, s1]) => {
            NaiveTime::from_hms_opt(num(&[h0, h1])?, num(&[m0, m1])?, num(&[s0, s1])?)?
        }
    };
    Some(day.and_time(time))
}

fn midnight(d: NaiveDate) -> NaiveDateTime {
    d.and_time(NaiveTime::MIN)
}

/// `2024-03-05`, `2024/03/05`, `2024-03-05T10:00:00+02:00`, `2024-03-05 10:00`.
fn iso(t: &str) -> Option<NaiveDateTime> {
    let (date, rest) = split_at_time(t);
    let mut it = date.split(['-', '/']);
    let y: i32 = it.next().filter(|y| y.len() == 4)?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    if it.next().is_some() {
        return None;
    }
    let day = NaiveDate::from_ymd_opt(y, m, d)?;
    Some(day.and_time(time_of(rest)?))
}

/// `5/3/2024`, `05-03-24`, `5.3.2024 14:30`, with the column's day/month order.
fn numeric_date(t: &str, order: DateOrder) -> Option<NaiveDateTime> {
    let (date, rest) = split_at_time(t);
    let (a, b, y, _) = numeric_parts(date)?;
    let year = match y {
        0..=69 => 2000 + y,
        70..=99 => 1900 + y,
        1000..=9999 => y,
        _ => return None,
    };
    let (d, m) = match order {
        DateOrder::DayFirst => (a, b),
        DateOrder::MonthFirst => (b, a),
    };
    let day = NaiveDate::from_ymd_opt(year, m, d)?;
    Some(day.and_time(time_of(rest)?))
}

/// `20240305`.
fn compact(t: &str) -> Option<NaiveDateTime> {
    if t.len() != 8 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y = t.get(..4)?.parse().ok()?;
    if !(1900..=2100).contains(&y) {
        return None;
    }
    let day = NaiveDate::from_ymd_opt(y, t.get(4..6)?.parse().ok()?, t.get(6..)?.parse().ok()?)?;
    Some(midnight(day))
}

/// `03/2024` or `2024-03` → the first day of the month.
fn month_year(t: &str) -> Option<NaiveDateTime> {
    let (a, b) = t.split_once(['/', '-', '.'])?;
    let (m, y) = if a.len() == 4 { (b, a) } else { (a, b) };
    if y.len() != 4 || m.is_empty() || m.len() > 2 {
        return None;
    }
    Some(midnight(NaiveDate::from_ymd_opt(
        y.parse().ok()?,
        m.parse().ok()?,
        1,
    )?))
}

/// `Mar 5, 2024`, `5 March 2024`, `05-Mar-2024`, `March 2024`, and the same in every
/// language of [`locale::MONTHS`]: `5 de mayo de 2026`, `5. März 2026 um 14:30`,
/// `lundi 5 janvier 2026`, `ter., 5 de mai. de 2026`. A leading weekday is skipped
/// when the rest is a date (`Mar 5, 2024` is March: without `Mar` no month is left).
fn named_month(t: &str) -> Option<NaiveDateTime> {
    if !t.contains(char::is_alphabetic) {
        return None;
    }
    let (date, rest) = split_at_time_words(t);
    let day = match after_weekday(date) {
        Some(after) => month_phrase(after).or_else(|| month_phrase(date)),
        None => month_phrase(date),
    }?;
    Some(day.and_time(time_of(rest)?))
}

/// The text after a leading weekday word (`Tue`, `ter.`, `segunda-feira`), if the
/// phrase starts with one.
fn after_weekday(date: &str) -> Option<&str> {
    let end = date
        .find(|c: char| c.is_whitespace() || matches!(c, ',' | '.'))
        .unwrap_or(date.len());
    let word = date.get(..end)?;
    locale::is_weekday(word).then(|| date.get(end..)).flatten()
}

/// A day from one month word, connector words, and a day and a year or a year alone
/// (the first of the month); the year may come first. Reads without allocating.
fn month_phrase(date: &str) -> Option<NaiveDate> {
    let mut month = None;
    let mut numbers = [0i32; 2];
    let mut count = 0;
    let words = date
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | ',' | '/' | '.'))
        .filter(|w| !w.is_empty());
    for word in words {
        if word.starts_with(|c: char| c.is_ascii_digit()) {
            *numbers.get_mut(count)? = number_word(word)?;
            count += 1;
        } else if let (None, Some(m)) = (month, month_number(word)) {
            month = Some(m);
        } else if !locale::is_connector(word) {
            return None;
        }
    }
    let (day, year) = match numbers.get(..count)? {
        [y] if *y > 31 => (1, *y),
        [a, b] if *a > 31 => (*b, *a),
        [a, b] => (*a, *b),
        _ => return None,
    };
    let year = if year < 100 { 2000 + year } else { year };
    NaiveDate::from_ymd_opt(year, month?, u32::try_from(day).ok()?)
}

/// A day or year with an ordinal suffix allowed: `5th`, `1er`, `1º`.
fn number_word(word: &str) -> Option<i32> {
    word.trim_end_matches(|c: char| c.is_ascii_alphabetic() || matches!(c, 'º' | 'ª' | '°'))
        .parse()
        .ok()
}

/// The month number of a month name or abbreviation in any language of
/// [`locale::MONTHS`] (case, a trailing dot and diacritics ignored), or of an English
/// month name cut to 3 letters or more (`Sept`, `Octob`).
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.strip_suffix('.').unwrap_or(word);
    if w.chars().count() < 3 {
        return None;
    }
    locale::month_of(w)
}

/// What one cell says about a spreadsheet having turned ranges into dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcelShape {
    /// `01-May`, `3-Apr`, `May-20`: a day or a two-digit year next to a month
    /// abbreviation, which is how Excel shows `1-5` or `5-20` once it has read them as
    /// dates.
    MonthDate,
    /// `1/5`: the same damage in a slash locale, but only where the column also holds
    /// ranges (elsewhere it may be a real fraction or date).
    Fraction,
    /// `5-20`, `200+`: a range Excel left alone.
    Range,
}

/// The shape of a cell, for the Excel damage check; `None` for anything else.
pub fn excel_shape(raw: &str) -> Option<ExcelShape> {
    let t = raw.trim().as_bytes();
    let digits = |d: &[u8]| !d.is_empty() && d.iter().all(u8::is_ascii_digit);
    let month = |w: &[u8]| {
        w.len() == 3
            && w.iter().all(u8::is_ascii_alphabetic)
            && std::str::from_utf8(w).ok().and_then(month_number).is_some()
    };
    if t.len() > 12 {
        return None;
    }
    if let [head @ .., b'+'] = t {
        return digits(head).then_some(ExcelShape::Range);
    }
    let split = |sep: u8| {
        let i = t.iter().position(|&b| b == sep)?;
        Some((t.get(..i)?, t.get(i + 1..)?))
    };
    if let Some((a, b)) = split(b'-') {
        if digits(a) && digits(b) {
            return Some(ExcelShape::Range);
        }
        let day = a.len() <= 2 && digits(a) && month(b);
        let year = b.len() == 2 && digits(b) && month(a);
        return (day || year).then_some(ExcelShape::MonthDate);
    }
    let (a, b) = split(b'/')?;
    (a.len() <= 2 && b.len() <= 2 && digits(a) && digits(b)).then_some(ExcelShape::Fraction)
}

/// Excel's serial day numbers (days since 1899-12-30), for 1954–2119.
fn excel_serial(t: &str) -> Option<NaiveDateTime> {
    let serial: f64 = t.parse().ok()?;
    if !(20_000.0..80_000.0).contains(&serial) {
        return None;
    }
    let whole = serial.trunc();
    let days = chrono::Days::new(whole as u64);
    let base = NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_days(days)?;
    let seconds = ((serial - whole) * 86_400.0).round() as u32;
    let time = NaiveTime::from_num_seconds_from_midnight_opt(seconds.min(86_399), 0)?;
    Some(base.and_time(time))
}

fn split_at_time(t: &str) -> (&str, &str) {
    match t.find(['T', ' ']) {
        Some(i) => (&t[..i], t[i + 1..].trim()),
        None => (t, ""),
    }
}

/// Like [`split_at_time`] for dates written with words: the time starts at the first
/// word that contains a colon.
fn split_at_time_words(t: &str) -> (&str, &str) {
    match t.find(':').and_then(|colon| t[..colon].rfind(' ')) {
        Some(space) => (&t[..space], t[space + 1..].trim()),
        None => (t, ""),
    }
}

/// `14:30`, `14:30:15.250`, `2:30 PM`, with an optional `Z` or `±hh:mm` offset, or a
/// zone's name after a space (`UTC`, `GMT+1`, `CET`), dropped like an offset.
fn time_of(rest: &str) -> Option<NaiveTime> {
    let rest = rest.trim();
    if rest.is_empty() {
        return Some(NaiveTime::MIN);
    }
    let rest = match rest.rsplit_once(char::is_whitespace) {
        Some((clock, word)) if locale::is_clock_word(word) || is_zone_name(word) => {
            clock.trim_end()
        }
        _ => rest,
    };
    let upper = rest.to_ascii_uppercase();
    let (clock, pm) = meridiem(&upper);
    let clock = clock.trim_end_matches('Z');
    // Shopify writes its offset after a space, without a colon: `10:00:00 +0100`.
    let clock = match clock.rfind(['+', '-']) {
        Some(i) if i >= 5 => clock[..i].trim_end(),
        _ => clock,
    };
    let mut parts = clock.split(':');
    let mut h: u32 = parts.next()?.trim().parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let s: f64 = parts.next().map_or(Some(0.0), |s| s.parse().ok())?;
    match pm {
        Some(true) if h < 12 => h += 12,
        Some(false) if h == 12 => h = 0,
        _ => {}
    }
    NaiveTime::from_hms_opt(h, m, s.trunc() as u32)
}

/// A time zone written after a time: `UTC`, `GMT`, `UTC+2`, `GMT-05:00`, or three to
/// five capital letters (`CET`, `EEST`, `PST`; not `AM` or `PM`).
fn is_zone_name(word: &str) -> bool {
    let offset = ["UTC", "GMT"]
        .iter()
        .find_map(|z| word.strip_prefix(z))
        .is_some_and(|o| o.bytes().all(|b| b.is_ascii_digit() || b"+-:".contains(&b)));
    offset || ((3..=5).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase()))
}

/// Splits `2:30 PM`, `2:30 p.m.` or `2:30 p. m.` (upper-cased) into the clock and
/// whether it is after noon; a clock without AM/PM is returned whole.
fn meridiem(upper: &str) -> (&str, Option<bool>) {
    let dots = |c: char| c == '.' || c.is_whitespace();
    let marker = upper
        .trim_end_matches(dots)
        .strip_suffix('M')
        .map(|head| head.trim_end_matches(dots));
    match marker {
        Some(head) => match (head.strip_suffix('P'), head.strip_suffix('A')) {
            (Some(clock), _) => (clock.trim(), Some(true)),
            (_, Some(clock)) => (clock.trim(), Some(false)),
            _ => (upper, None),
        },
        None => (upper, None),
    }
}

/// Reads a yes/no answer in any language of [`locale::YES_NO`]: `yes`, `oui`, `já`,
/// `da`, `sí`, `sim`, `ja`, `sì`, `1`, `true`, … and their noes. Case, a trailing dot
/// and accents are ignored (`SI`, `nao`).
pub fn parse_yes_no(raw: &str) -> Cell<bool> {
    if is_missing(raw) {
        return Cell::Missing;
    }
    match locale::yes_no_of(raw.trim()) {
        Some(yes) => Cell::Value(yes),
        None => Cell::Invalid,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use DecimalMark::{Comma, Point};

    #[test]
    fn a_tie_between_the_marks_proves_nothing() {
        // Two counts grouped with a point in a whole column beside two decimals with a
        // point: one each way. The point is kept, unproved, so the import says so.
        let cells = [
            ("18.647", true),
            ("22.104", true),
            ("7.75", false),
            ("3.5", false),
        ];
        let decision = decide_decimal_mark_in(cells);
        assert_eq!(decision.mark, DecimalMark::Point);
        assert!(!decision.proved);
        let more = [("18.647", true), ("7.75", false), ("3.5", false)];
        assert!(decide_decimal_mark_in(more).proved);
    }

    #[test]
    fn a_zone_name_after_the_time_is_dropped_like_an_offset() {
        let at = |h, m| {
            NaiveDate::from_ymd_opt(2026, 1, 1)
                .and_then(|d| d.and_hms_opt(h, m, 0))
                .map(Cell::Value)
        };
        for raw in [
            "2026-01-01 10:30:00 UTC",
            "2026-01-01 10:30:00 GMT",
            "2026-01-01 10:30 CET",
            "2026-01-01 10:30:00 EEST",
            "2026-01-01 10:30:00 UTC+2",
            "2026-01-01 10:30:00 GMT-05:00",
            "2026-01-01 10:30:00 +0100",
        ] {
            assert_eq!(
                Some(parse_datetime(raw, DateOrder::DayFirst)),
                at(10, 30),
                "{raw}"
            );
        }
        assert_eq!(
            Some(parse_datetime("2026-01-01 10:30 PM", DateOrder::DayFirst)),
            at(22, 30)
        );
        assert_eq!(
            parse_datetime("2026-01-01 10:30 UTC UTC", DateOrder::DayFirst),
            Cell::Invalid
        );
    }

    #[track_caller]
    fn num(raw: &str, mark: DecimalMark, expected: Option<&str>) {
        let got = match parse_number(raw, mark) {
            Cell::Value(n) => Some(n.value.normalize().to_string()),
            Cell::Missing => Some("missing".to_owned()),
            Cell::Invalid => None,
        };
        assert_eq!(got.as_deref(), expected, "{raw:?}");
    }

    #[test]
    fn numbers() {
        num("1,234.56", Point, Some("1234.56"));
        num("1.234,56", Comma, Some("1234.56"));
        num("1 234,56", Comma, Some("1234.56"));
        num("1\u{a0}234,56 €", Comma, Some("1234.56"));
        num("1'234.5", Point, Some("1234.5"));
        num("$1,200", Point, Some("1200"));
        num("USD 12.50", Point, Some("12.5"));
        num("12.50 EUR", Point, Some("12.5"));
        num("(12.50)", Point, Some("-12.5"));
        num("12.50-", Point, Some("-12.5"));
        num("-3", Point, Some("-3"));
        num("12.5%", Point, Some("0.125"));
        num("12,5 %", Comma, Some("0.125"));
        num("1.429999948", Point, Some("1.429999948"));
        num("1.5E+03", Point, Some("1500"));
        num("", Point, Some("missing"));
        num(" N/A ", Point, Some("missing"));
        num("—", Point, Some("missing"));
        num("null", Point, Some("missing"));
        num("12,3x", Point, None);
        num("abc", Point, None);
        num("1.2.3", Point, None);
        // Thousands separators must split off groups of three digits.
        num("2,5", Point, None);
        num("1,23,456", Point, None);
        num("12,345,678.9", Point, Some("12345678.9"));
        num("1.234", Comma, Some("1234"));
        num("1.23", Comma, None);
        // A leading minus before a currency symbol, and the typographic minus.
        num("-$12.50", Point, Some("-12.5"));
        num("\u{2212}3", Point, Some("-3"));
        num("−€1.234,50", Comma, Some("-1234.5"));
        num("$", Point, None);
    }

    #[test]
    fn fast_paths_agree_with_the_general_ones() {
        let numbers = [
            "0",
            "7",
            "007",
            "12.50",
            "-3",
            "-0",
            "-0.0",
            "1.",
            ".5",
            "1.2.3",
            "12,50",
            "1,234",
            "999999999999999999",
            "9999999999999999999",
            "-12.000",
            "1e5",
            " 1",
            "+1",
            "--1",
        ];
        for raw in numbers {
            for mark in [Point, Comma] {
                let general = match general_number(raw, mark) {
                    Cell::Value(n) => Some(n.value.to_string()),
                    _ => None,
                };
                if let Some(fast) = plain_number(raw.as_bytes(), mark) {
                    assert_eq!(Some(fast.to_string()), general, "{raw:?} {mark:?}");
                }
            }
        }
        let dates = [
            "2024-03-05",
            "2024/03/05",
            "2024-3-05",
            "2024-02-30",
            "2024-13-01",
            "0000-01-01",
            "2024-03-05 10:20:30",
            "2024-03-05T23:59:59",
            "2024-03-05T24:00:00",
            "2024-03-05 10:20:60",
            "2024-03-05 10:2a:30",
            "2024-03-05  10:20:3",
        ];
        for raw in dates {
            for order in [DateOrder::DayFirst, DateOrder::MonthFirst] {
                if let Some(fast) = plain_iso(raw.as_bytes()) {
                    assert_eq!(Cell::Value(fast), general_datetime(raw, order), "{raw:?}");
                }
            }
        }
        assert!(plain_number(b"12.50", Point).is_some());
        assert!(plain_iso(b"2024-03-05 10:20:30").is_some());
    }

    #[test]
    fn excel_shapes() {
        use ExcelShape::*;
        let cases = [
            ("01-May", Some(MonthDate)),
            ("3-Apr", Some(MonthDate)),
            ("May-20", Some(MonthDate)),
            (" may-20 ", Some(MonthDate)),
            ("1/5", Some(Fraction)),
            ("12/31", Some(Fraction)),
            ("5-20", Some(Range)),
            ("50-200", Some(Range)),
            ("200+", Some(Range)),
            ("01-mai", Some(MonthDate)),
            ("5-mrt", Some(MonthDate)),
            ("Dez-20", Some(MonthDate)),
            ("May-2020", None),
            ("01-May-2024", None),
            ("Mon-20", None),
            ("123-Apr", None),
            ("1/5/2024", None),
            ("2024-05-01", None),
            ("unknown", None),
            ("", None),
            ("+", None),
            ("-", None),
        ];
        for (raw, expected) in cases {
            assert_eq!(excel_shape(raw), expected, "{raw:?}");
        }
    }

    #[test]
    fn a_whole_count_with_three_digits_after_its_mark_groups_thousands() {
        use DecimalMark::*;
        let decide = |cells: &[(&str, bool)]| {
            let d = decide_decimal_mark_in(cells.iter().copied());
            (d.mark, d.proved)
        };
        // `18.647` impressions: the dot groups thousands, so the comma is the mark.
        assert_eq!(
            decide(&[("32.089", false), ("18.647", true)]),
            (Comma, true)
        );
        assert_eq!(
            decide(&[("32,089", false), ("18,647", true)]),
            (Point, true)
        );
        // Not a whole count (an amount, or conversions): still open, the point assumed.
        assert_eq!(
            decide(&[("32.089", false), ("18.647", false)]),
            (Point, false)
        );
        // What a cell proves by itself stands: `1.5` clicks is a point, whatever the column.
        assert_eq!(decide(&[("1.5", true)]), (Point, true));
        assert_eq!(decide(&[("1.234.567", true)]), (Comma, true));
    }

    #[track_caller]
    fn mark(cells: &[&str], mark: DecimalMark, proved: bool) {
        assert_eq!(
            decide_decimal_mark(cells.iter().copied()),
            MarkDecision { mark, proved },
            "{cells:?}"
        );
    }

    /// Every cell of up to six bytes of digits, marks and signs: the fast paths give
    /// what the general readings give.
    #[test]
    fn fast_paths_agree_with_the_general_readings() {
        let alphabet = ['0', '1', '3', '9', '.', ',', '-', '/', ' '];
        let mut cells = vec![String::new()];
        let mut start = 0;
        for _ in 0..6 {
            let end = cells.len();
            for i in start..end {
                for c in alphabet {
                    cells.push(format!("{}{c}", cells[i]));
                }
            }
            start = end;
        }
        for cell in &cells {
            if let Some(fast) = plain_mark_evidence(cell.as_bytes()) {
                assert_eq!(fast, general_mark_evidence(cell), "{cell:?}");
            }
        }
        for year in ["0031", "0032", "2026", "1999", "9999"] {
            for rest in ["-03-01", "/03/01", ".03.01", "-03", "-3-1 10:00", "-13-45"] {
                let cell = format!("{year}{rest}");
                if year_first(cell.as_bytes()) {
                    let parts = numeric_parts(cell.trim());
                    assert!(parts.is_none_or(|(a, ..)| a > 31), "{cell:?}");
                }
            }
        }
        assert!(
            year_first(b"2026-03-01") && !year_first(b"0031-03-01") && !year_first(b"31/03/2026")
        );
    }

    #[test]
    fn decimal_mark_from_evidence() {
        mark(&["1", "2", "30"], Point, true);
        mark(&["1.5", "2"], Point, true);
        mark(&["1,5", "2"], Comma, true);
        mark(&["1.234,5"], Comma, true);
        mark(&["1,234.5"], Point, true);
        mark(&["1.234.567"], Comma, true);
        mark(&["1,234,567"], Point, true);
        mark(&["0,125"], Comma, true);
        mark(&["1,234"], Point, false);
        mark(&["1,234", "2,5"], Comma, true);
    }

    #[track_caller]
    fn date(raw: &str, order: DateOrder, expected: Option<&str>) {
        let got = match parse_datetime(raw, order) {
            Cell::Value(d) => Some(d.format("%Y-%m-%d %H:%M:%S").to_string()),
            Cell::Missing => Some("missing".to_owned()),
            Cell::Invalid => None,
        };
        assert_eq!(got.as_deref(), expected, "{raw:?}");
    }

    #[test]
    fn cells_longer_than_any_value_are_text() {
        let digits = "1".repeat(MAX_VALUE_BYTES + 1);
        num(&digits, Point, None);
        let pad = " ".repeat(MAX_VALUE_BYTES);
        num(&format!("{pad}$1,234.50{pad}"), Point, Some("1234.5"));
        num(&" ".repeat(10_000), Point, Some("missing"));
        let long_date = format!("2024-03-05{}", " ".repeat(MAX_VALUE_BYTES));
        date(&long_date, DateOrder::DayFirst, Some("2024-03-05 00:00:00"));
        let long_date = format!("5 March 2024 {}", "x".repeat(MAX_VALUE_BYTES));
        date(&long_date, DateOrder::DayFirst, None);
        assert!(matches!(
            parse_datetime(&"1".repeat(10_000_000), DateOrder::DayFirst),
            Cell::Invalid
        ));
    }

    #[test]
    fn dates() {
        use DateOrder::*;
        date("2024-03-05", DayFirst, Some("2024-03-05 00:00:00"));
        date(
            "2024-03-05T10:20:30+02:00",
            DayFirst,
            Some("2024-03-05 10:20:30"),
        );
        date(
            "2024-03-05T10:20:30Z",
            DayFirst,
            Some("2024-03-05 10:20:30"),
        );
        date("2018-02-26 19:58:54", DayFirst, Some("2018-02-26 19:58:54"));
        date(
            "2024-01-05 09:58:00 +0100",
            DayFirst,
            Some("2024-01-05 09:58:00"),
        );
        date(
            "2024-01-05 09:58:00 -0500",
            DayFirst,
            Some("2024-01-05 09:58:00"),
        );
        date("2024/03/05", MonthFirst, Some("2024-03-05 00:00:00"));
        date("05/03/2024", DayFirst, Some("2024-03-05 00:00:00"));
        date("05/03/2024", MonthFirst, Some("2024-05-03 00:00:00"));
        date("26-02-2018 19:58", DayFirst, Some("2018-02-26 19:58:00"));
        date("1.08.2019", DayFirst, Some("2019-08-01 00:00:00"));
        date("3/5/24 2:30 PM", MonthFirst, Some("2024-03-05 14:30:00"));
        date("20240305", DayFirst, Some("2024-03-05 00:00:00"));
        date("08/2025", DayFirst, Some("2025-08-01 00:00:00"));
        date("Mar 5, 2024", DayFirst, Some("2024-03-05 00:00:00"));
        date("5 March 2024", DayFirst, Some("2024-03-05 00:00:00"));
        date("05-Mar-2024", DayFirst, Some("2024-03-05 00:00:00"));
        date("March 2024", DayFirst, Some("2024-03-01 00:00:00"));
        date("45356", DayFirst, Some("2024-03-05 00:00:00"));
        date("45356.5", DayFirst, Some("2024-03-05 12:00:00"));
        date("", DayFirst, Some("missing"));
        date("31/02/2024", DayFirst, None);
        date("hello", DayFirst, None);
        date("13/13/2024", DayFirst, None);
    }

    #[test]
    fn date_order_from_evidence() {
        let d = |cells: &[&str]| decide_date_order(cells.iter().copied());
        assert_eq!(
            d(&["31/01/2024", "01/02/2024"]),
            OrderDecision {
                order: DateOrder::DayFirst,
                proved: true
            }
        );
        assert_eq!(
            d(&["01/31/2024"]),
            OrderDecision {
                order: DateOrder::MonthFirst,
                proved: true
            }
        );
        assert_eq!(
            d(&["01/02/2024"]),
            OrderDecision {
                order: DateOrder::MonthFirst,
                proved: false
            }
        );
        assert_eq!(
            d(&["1.02.2024"]),
            OrderDecision {
                order: DateOrder::DayFirst,
                proved: false
            }
        );
        assert_eq!(
            d(&["2024-01-02"]),
            OrderDecision {
                order: DateOrder::DayFirst,
                proved: true
            }
        );
    }
}

/// Cells as exports write them in each supported UI language.
#[cfg(test)]
mod locale_tests {
    use super::locale::{self, Lang};
    use super::*;
    use DecimalMark::{Comma, Point};

    #[track_caller]
    fn date(raw: &str, expected: &str) {
        for order in [DateOrder::DayFirst, DateOrder::MonthFirst] {
            let got = match parse_datetime(raw, order) {
                Cell::Value(d) => d.format("%Y-%m-%d %H:%M").to_string(),
                other => format!("{other:?}"),
            };
            assert_eq!(got, expected, "{raw:?} {order:?}");
        }
    }

    /// (language, cell, date and time it reads as).
    const DATES: &[(Lang, &str, &str)] = &[
        // A full month name.
        (Lang::En, "May 5, 2026", "2026-05-05 00:00"),
        (Lang::En, "5 May 2026", "2026-05-05 00:00"),
        (Lang::En, "5th of May 2026", "2026-05-05 00:00"),
        (Lang::Fr, "5 janvier 2026", "2026-01-05 00:00"),
        (Lang::Fr, "1er août 2026", "2026-08-01 00:00"),
        (Lang::Fr, "5 fevrier 2026", "2026-02-05 00:00"),
        (Lang::Is, "5. maí 2026", "2026-05-05 00:00"),
        (Lang::Is, "17. júní 2026", "2026-06-17 00:00"),
        (Lang::Ro, "5 ianuarie 2026", "2026-01-05 00:00"),
        (Lang::Ro, "1 decembrie 2026", "2026-12-01 00:00"),
        (Lang::Es, "5 de mayo de 2026", "2026-05-05 00:00"),
        (Lang::Es, "1 de septiembre del 2026", "2026-09-01 00:00"),
        (Lang::Pt, "5 de maio de 2026", "2026-05-05 00:00"),
        (Lang::Pt, "1º de março de 2026", "2026-03-01 00:00"),
        (Lang::De, "5. März 2026", "2026-03-05 00:00"),
        (Lang::De, "5. Jänner 2026", "2026-01-05 00:00"),
        (Lang::It, "5 maggio 2026", "2026-05-05 00:00"),
        (Lang::Nl, "5 mei 2026", "2026-05-05 00:00"),
        (Lang::Nl, "5 maart 2026", "2026-03-05 00:00"),
        // An abbreviated month, with its dot.
        (Lang::En, "5-May-2026", "2026-05-05 00:00"),
        (Lang::En, "Sept. 5, 2026", "2026-09-05 00:00"),
        (Lang::Fr, "5 janv. 2026", "2026-01-05 00:00"),
        (Lang::Fr, "5 déc. 2026", "2026-12-05 00:00"),
        (Lang::Is, "5. ágú. 2026", "2026-08-05 00:00"),
        (Lang::Is, "5. okt. 2026", "2026-10-05 00:00"),
        (Lang::Ro, "5 iun. 2026", "2026-06-05 00:00"),
        (Lang::Ro, "5 noi. 2026", "2026-11-05 00:00"),
        (Lang::Es, "5 ene. 2026", "2026-01-05 00:00"),
        (Lang::Es, "5 dic. 2026", "2026-12-05 00:00"),
        (Lang::Pt, "5 de mai. de 2026", "2026-05-05 00:00"),
        (Lang::Pt, "5 de out. de 2026", "2026-10-05 00:00"),
        (Lang::De, "5. Okt. 2026", "2026-10-05 00:00"),
        (Lang::De, "05.Dez.2026", "2026-12-05 00:00"),
        (Lang::It, "5 mag 2026", "2026-05-05 00:00"),
        (Lang::It, "5 giu. 2026", "2026-06-05 00:00"),
        (Lang::Nl, "5 mrt. 2026", "2026-03-05 00:00"),
        (Lang::Nl, "5 okt. 2026", "2026-10-05 00:00"),
        // A leading weekday.
        (Lang::En, "Tue, May 5, 2026", "2026-05-05 00:00"),
        (Lang::En, "Tuesday, 5 May 2026", "2026-05-05 00:00"),
        (Lang::Fr, "lundi 5 janvier 2026", "2026-01-05 00:00"),
        (Lang::Fr, "mar. 5 mai 2026", "2026-05-05 00:00"),
        (Lang::Is, "mán., 5. jan. 2026", "2026-01-05 00:00"),
        (Lang::Is, "þriðjudagur, 5. maí 2026", "2026-05-05 00:00"),
        (Lang::Ro, "luni, 5 ianuarie 2026", "2026-01-05 00:00"),
        (Lang::Ro, "marţi, 5 mai 2026", "2026-05-05 00:00"),
        (Lang::Es, "mar., 5 de mayo de 2026", "2026-05-05 00:00"),
        (Lang::Es, "miércoles, 6 de mayo de 2026", "2026-05-06 00:00"),
        (Lang::Pt, "ter., 5 de mai. de 2026", "2026-05-05 00:00"),
        (
            Lang::Pt,
            "terça-feira, 5 de maio de 2026",
            "2026-05-05 00:00",
        ),
        (Lang::De, "Di., 5. Mai 2026", "2026-05-05 00:00"),
        (Lang::De, "Dienstag, 5. Mai 2026", "2026-05-05 00:00"),
        (Lang::It, "mar 5 mag 2026", "2026-05-05 00:00"),
        (Lang::It, "martedì 5 maggio 2026", "2026-05-05 00:00"),
        (Lang::Nl, "di 5 mei 2026", "2026-05-05 00:00"),
        (Lang::Nl, "dinsdag 5 mei 2026", "2026-05-05 00:00"),
        // With a time after, and its connector word.
        (Lang::En, "May 5, 2026 at 2:30 PM", "2026-05-05 14:30"),
        (Lang::En, "Tue, May 5, 2026, 2:30 p.m.", "2026-05-05 14:30"),
        (Lang::Fr, "5 janv. 2026 à 14:30", "2026-01-05 14:30"),
        (Lang::Is, "5. maí 2026 kl. 14:30", "2026-05-05 14:30"),
        (Lang::Ro, "5 ianuarie 2026, ora 14:30", "2026-01-05 14:30"),
        (
            Lang::Es,
            "5 de mayo de 2026, 2:30 p. m.",
            "2026-05-05 14:30",
        ),
        (Lang::Pt, "5 de mai. de 2026 às 14:30", "2026-05-05 14:30"),
        (Lang::De, "5. März 2026 um 14:30 Uhr", "2026-03-05 14:30"),
        (Lang::It, "5 mag 2026 alle 14:30", "2026-05-05 14:30"),
        (Lang::Nl, "5 mei 2026 om 14:30", "2026-05-05 14:30"),
        // Month and year: the first of the month.
        (Lang::Fr, "mai 2026", "2026-05-01 00:00"),
        (Lang::De, "März 2026", "2026-03-01 00:00"),
        (Lang::Pt, "maio de 2026", "2026-05-01 00:00"),
    ];

    #[test]
    fn dates_in_every_language() {
        for (_, raw, expected) in DATES {
            date(raw, expected);
        }
        for lang in Lang::ALL {
            assert!(DATES.iter().any(|(l, ..)| *l == lang), "{lang:?}");
        }
    }

    #[test]
    fn not_dates() {
        for raw in [
            "5 mai",          // no year
            "mai",            // no day or year
            "5 mai 2026 mai", // two months
            "lundi",
            "5 janvier 2026 bonjour",
            "Tue 5 2026",
            "5 de 2026",
            "31 févr. 2026",
        ] {
            assert_eq!(
                parse_datetime(raw, DateOrder::DayFirst),
                Cell::Invalid,
                "{raw:?}"
            );
        }
    }

    /// `mar` is March as a month and Tuesday as a leading weekday: the weekday reading
    /// wins only when the rest holds a month.
    #[test]
    fn a_word_that_is_a_month_and_a_weekday() {
        date("Mar 5, 2026", "2026-03-05 00:00");
        date("mar. 5 mars 2026", "2026-03-05 00:00");
        date("mar., 5 de mar. de 2026", "2026-03-05 00:00");
        date("mar 2026", "2026-03-01 00:00");
    }

    /// Every row of the month table reads, as the locale writes it, without its dot,
    /// upper-cased, and in the phrase shapes exports use.
    #[test]
    fn every_month_row_parses() {
        for (lang, word, month) in locale::MONTHS {
            let expected = format!("2026-{month:02}-05 00:00");
            let bare = word.trim_end_matches('.');
            for raw in [
                format!("5 {word} 2026"),
                format!("5 {bare} 2026"),
                format!("5 {} 2026", word.to_uppercase()),
                format!("{word} 5, 2026"),
                format!("5-{bare}-2026"),
                format!("5 de {word} de 2026"),
                format!("5. {word} 2026"),
            ] {
                let got = match parse_datetime(&raw, DateOrder::DayFirst) {
                    Cell::Value(d) => d.format("%Y-%m-%d %H:%M").to_string(),
                    other => format!("{other:?}"),
                };
                assert_eq!(got, expected, "{lang:?} {raw:?}");
            }
        }
    }

    /// Every weekday row is skipped before a date.
    #[test]
    fn every_weekday_row_is_skipped() {
        for (lang, word, _) in locale::WEEKDAYS {
            for raw in [format!("{word}, 5 May 2026"), format!("{word} 5 mai 2026")] {
                let got = parse_datetime(&raw, DateOrder::DayFirst);
                let expected = NaiveDate::from_ymd_opt(2026, 5, 5).map(midnight);
                assert_eq!(
                    got,
                    expected.map_or(Cell::Invalid, Cell::Value),
                    "{lang:?} {raw:?}"
                );
            }
        }
    }

    #[test]
    fn every_connector_row_is_skipped() {
        for (lang, word) in locale::CONNECTORS {
            let raw = format!("5 {word} May {word} 2026 {word} 14:30");
            let got = parse_datetime(&raw, DateOrder::DayFirst);
            let expected =
                NaiveDate::from_ymd_opt(2026, 5, 5).and_then(|d| d.and_hms_opt(14, 30, 0));
            assert_eq!(
                got,
                expected.map_or(Cell::Invalid, Cell::Value),
                "{lang:?} {raw:?}"
            );
        }
    }

    #[track_caller]
    fn num(raw: &str, mark: DecimalMark, expected: &str) {
        let got = match parse_number(raw, mark) {
            Cell::Value(n) => n.value.normalize().to_string(),
            other => format!("{other:?}"),
        };
        assert_eq!(got, expected, "{raw:?} {mark:?}");
    }

    /// (language, cell, decimal mark of its column, value).
    const MONEY: &[(Lang, &str, DecimalMark, &str)] = &[
        (Lang::En, "$1,234.56", Point, "1234.56"),
        (Lang::En, "£12.28", Point, "12.28"),
        (Lang::En, "US$ 12.28", Point, "12.28"),
        (Lang::En, "-$12.28", Point, "-12.28"),
        (Lang::Fr, "12,28 €", Comma, "12.28"),
        (Lang::Fr, "1\u{202f}234,56\u{a0}€", Comma, "1234.56"),
        (Lang::Fr, "-12,28 €", Comma, "-12.28"),
        (Lang::Fr, "12,28 € -", Comma, "-12.28"),
        (Lang::Is, "1.234 kr.", Comma, "1234"),
        (Lang::Is, "1.234\u{a0}kr.", Comma, "1234"),
        (Lang::Is, "12.345 ISK", Comma, "12345"),
        (Lang::Is, "-1.234 kr.", Comma, "-1234"),
        (Lang::Ro, "12,50 lei", Comma, "12.5"),
        (Lang::Ro, "RON 12,50", Comma, "12.5"),
        (Lang::Ro, "1.234,50 LEI", Comma, "1234.5"),
        (Lang::Es, "12,28 €", Comma, "12.28"),
        (Lang::Es, "1.234,56 €", Comma, "1234.56"),
        (Lang::Pt, "R$ 12,28", Comma, "12.28"),
        (Lang::Pt, "R$\u{a0}12,28", Comma, "12.28"),
        (Lang::Pt, "R$\u{202f}1.234,56", Comma, "1234.56"),
        (Lang::Pt, "-R$ 12,28", Comma, "-12.28"),
        (Lang::Pt, "BRL 12,28", Comma, "12.28"),
        (Lang::De, "1.234,56 €", Comma, "1234.56"),
        (Lang::De, "CHF 1'234.50", Point, "1234.5"),
        (Lang::De, "1’234.50 Fr.", Point, "1234.5"),
        (Lang::De, "€12.28", Point, "12.28"),
        (Lang::It, "€ 1.234,56", Comma, "1234.56"),
        (Lang::It, "12,28 €", Comma, "12.28"),
        (Lang::Nl, "€ 1.234,56", Comma, "1234.56"),
        (Lang::Nl, "€ -12,28", Comma, "-12.28"),
        (Lang::Nl, "1 234,56", Comma, "1234.56"),
        (Lang::Nl, "1\u{a0}234,56", Comma, "1234.56"),
        (Lang::Nl, "kr 1 234,56", Comma, "1234.56"),
        (Lang::Nl, "1 234,56 kr", Comma, "1234.56"),
    ];

    /// (language, cell, decimal mark, value): percentages, divided by 100.
    const PERCENTS: &[(Lang, &str, DecimalMark, &str)] = &[
        (Lang::En, "36.26%", Point, "0.3626"),
        (Lang::Fr, "36,26\u{202f}%", Comma, "0.3626"),
        (Lang::Is, "36,26%", Comma, "0.3626"),
        (Lang::Ro, "36,26 %", Comma, "0.3626"),
        (Lang::Es, "36,26 %", Comma, "0.3626"),
        (Lang::Pt, "36,26%", Comma, "0.3626"),
        (Lang::De, "36,26\u{a0}%", Comma, "0.3626"),
        (Lang::It, "-36,26%", Comma, "-0.3626"),
        (Lang::Nl, "36,26 %", Comma, "0.3626"),
    ];

    #[test]
    fn money_and_percentages_in_every_language() {
        for (_, raw, mark, expected) in MONEY.iter().chain(PERCENTS) {
            num(raw, *mark, expected);
        }
        for (_, raw, ..) in PERCENTS {
            assert!(
                matches!(parse_number(raw, Comma), Cell::Value(n) if n.percent)
                    || matches!(parse_number(raw, Point), Cell::Value(n) if n.percent),
                "{raw:?}"
            );
        }
        for lang in Lang::ALL {
            assert!(MONEY.iter().any(|(l, ..)| *l == lang), "{lang:?}");
            assert!(PERCENTS.iter().any(|(l, ..)| *l == lang), "{lang:?}");
        }
    }

    #[test]
    fn every_currency_row_is_stripped() {
        for sym in locale::CURRENCIES {
            num(&format!("{sym} 12"), Point, "12");
            num(&format!("12 {sym}"), Point, "12");
            num(&format!("{sym}12"), Point, "12");
        }
        // A currency-like word that is part of a word is not a currency.
        num("12 kroner", Point, "Invalid");
        num("Rx12", Point, "Invalid");
        num("€", Point, "Invalid");
        num("€ 12 € €", Comma, "Invalid");
        num("USD $12.50", Point, "12.5");
        num("R$ 12,28 BRL", Comma, "12.28");
    }

    #[track_caller]
    fn mark(cells: &[&str], mark: DecimalMark, proved: bool) {
        assert_eq!(
            decide_decimal_mark(cells.iter().copied()),
            MarkDecision { mark, proved },
            "{cells:?}"
        );
    }

    #[test]
    fn decimal_mark_of_money_columns() {
        mark(&["R$ 1.234,56", "R$ 12,28"], Comma, true);
        mark(&["1 234,56", "12,50"], Comma, true);
        mark(&["1 234,567"], Comma, true);
        mark(&["1'234.567"], Point, true);
        // Icelandic thousands: money has no three-decimal amounts.
        mark(&["1.234 kr.", "500 kr.", "12.345 kr."], Comma, true);
        mark(&["1.234 kr.", "12,50 kr."], Comma, true);
        mark(&["$1,234", "$500"], Point, true);
        mark(&["€1.234"], Comma, true);
        // Without a currency the same digits stay ambiguous, and a percentage may have
        // three decimals.
        mark(&["1.234"], Point, false);
        mark(&["12.345 %"], Point, false);
        mark(&["36,26 %", "1.234"], Comma, true);
    }

    /// (language, cell, answer).
    const ANSWERS: &[(Lang, &str, bool)] = &[
        (Lang::En, "Yes", true),
        (Lang::En, "no", false),
        (Lang::En, "TRUE", true),
        (Lang::En, "1", true),
        (Lang::En, "0", false),
        (Lang::Fr, "Oui", true),
        (Lang::Fr, "non", false),
        (Lang::Is, "Já", true),
        (Lang::Is, "ja", true),
        (Lang::Is, "nei", false),
        (Lang::Ro, "da", true),
        (Lang::Ro, "Nu", false),
        (Lang::Es, "Sí", true),
        (Lang::Es, "SI", true),
        (Lang::Es, "no", false),
        (Lang::Pt, "sim", true),
        (Lang::Pt, "Não", false),
        (Lang::Pt, "nao", false),
        (Lang::De, "Ja", true),
        (Lang::De, "Nein", false),
        (Lang::It, "sì", true),
        (Lang::It, "no", false),
        (Lang::Nl, "ja", true),
        (Lang::Nl, "nee", false),
    ];

    #[test]
    fn yes_no_in_every_language() {
        for (lang, raw, yes) in ANSWERS {
            assert_eq!(parse_yes_no(raw), Cell::Value(*yes), "{lang:?} {raw:?}");
        }
        for (lang, word, yes) in locale::YES_NO {
            assert_eq!(parse_yes_no(word), Cell::Value(*yes), "{lang:?} {word:?}");
        }
        assert_eq!(parse_yes_no(" "), Cell::Missing);
        assert_eq!(parse_yes_no("N/A"), Cell::Missing);
        assert_eq!(parse_yes_no("maybe"), Cell::Invalid);
        assert_eq!(parse_yes_no("peut-être"), Cell::Invalid);
    }
}
