//! Ingestion: one file's bytes to a typed [`Table`], its column mapping, and every
//! issue met on the way.
//!
//! The pipeline is decode → sniff dialect → map headers → decide each column's decimal
//! mark and date order from its values → read every record. A record is *used* or
//! *skipped*; used records may be *repaired*. `rows_read = rows_used + rows_skipped`
//! always holds, and each skipped or repaired row has at least one [`Issue`].

use crate::engine::import::decode::{self, Decoder, Encoding, EncodingEvidence};
use crate::engine::import::dialect::{self, Dialect};
use crate::engine::import::error::{clip, Action, Error, ErrorKind, Issue, IssueKind};
use crate::engine::import::field::{self, ColumnMapping, Field, FileKind, ValueType};
use crate::engine::import::fold::{self, Fold};
use crate::engine::import::records::{OwnedRecord, Record, Records, Split};
use crate::engine::import::value::{self, Cell, DateOrder, DecimalMark};
use crate::engine::import::vocab::outcomes::{self, DealOutcomes, Outcome};
use crate::engine::import::vocab::{self, totals};
use crate::engine::import::{archive, workbook};
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};
use rust_decimal::Decimal;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// The user's corrections to what the import detected. `None` means "detect".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Overrides {
    /// Read the bytes with this encoding.
    pub encoding: Option<Encoding>,
    /// Split cells on this byte.
    pub delimiter: Option<u8>,
    /// Read every numeric column with this decimal mark.
    pub decimal_mark: Option<DecimalMark>,
    /// Read every ambiguous date column with this order.
    pub date_order: Option<DateOrder>,
    /// Treat the file as this kind.
    pub kind: Option<FileKind>,
    /// Map columns (by header text) to these fields; `None` leaves a column unmapped.
    pub fields: Vec<(String, Option<Field>)>,
    /// Read these stage values of a deals file as these outcomes (the user's answers;
    /// they come before the vocabulary).
    #[serde(default)]
    pub outcomes: Vec<(String, Outcome)>,
}

/// Values of one mapped column, for the used rows, in row order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Values {
    /// Text and categories, interned; blank cells are `None`.
    Text(Texts),
    /// Counts and amounts, exact.
    Number(Numbers),
    /// Dates and date-times.
    Date(Dates),
}

/// The used rows of a file, column by column, for the mapped fields only. The rows of
/// a file the audit only sums may be folded: a row then holds the sums of several
/// rows of the file ([`Table::weight`]).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Table {
    /// The 1-based line where each used row starts (a folded row: its first row's).
    pub lines: Vec<u64>,
    /// One entry per mapped field.
    pub columns: Vec<(Field, Values)>,
    /// The date range the lines above the header state ("1 Jan 2026 - 31 Mar 2026",
    /// `# Start date: 20260101`), if any: the period of the rows without a date.
    pub stated_period: Option<(NaiveDate, NaiveDate)>,
    /// The text columns no field maps (age, gender, placement, country, list…), kept
    /// so that every one of them can split the file's figures under its own header.
    pub splits: Vec<TextColumn>,
    /// Per row, how many rows of the file it holds when rows were folded (see
    /// [`crate::engine::import::fold`]); empty when every row is one row of the file.
    #[serde(default)]
    pub weights: Vec<u32>,
}

/// The words of a currency column's header (a Stripe payment's "Currency", a shop's
/// "Devise"), normalised.
const CURRENCY_HEADERS: [&str; 10] = [
    "currency",
    "currency code",
    "converted currency",
    "devise",
    "moneda",
    "moneda tranzactiei",
    "gjaldmidill",
    "wahrung",
    "valuta",
    "moeda",
];

/// Money in several currencies is no sum: when every currency column of the file
/// holds two currencies or more among the rows used, the money columns (spend,
/// revenue, amounts, prices) are left out of every figure, and the note says why. A
/// currency column with one value (Stripe's "Converted Currency", the account's)
/// means the money beside it is in one currency.
fn drop_mixed_currencies(table: &mut Table) -> Option<Issue> {
    let currencies: Vec<&TextColumn> = table
        .splits
        .iter()
        .filter(|s| CURRENCY_HEADERS.contains(&field::normalise(&s.header).as_str()))
        .collect();
    let used = |t: &Texts| {
        let mut seen = vec![false; t.values.len()];
        for &id in &t.rows {
            if let Some(s) = (id as usize).checked_sub(1).and_then(|i| seen.get_mut(i)) {
                *s = true;
            }
        }
        seen.iter().filter(|s| **s).count()
    };
    let counts: Vec<(String, usize)> = currencies
        .iter()
        .map(|c| (c.header.clone(), used(&c.texts)))
        .collect();
    if counts.is_empty() || counts.iter().any(|(_, n)| *n < 2) {
        return None;
    }
    let money = |f: Field| {
        matches!(
            f,
            Field::Spend
                | Field::Revenue
                | Field::Amount
                | Field::LabourCost
                | Field::UnitPrice
                | Field::Refunded
                | Field::Baseline
        )
    };
    let before = table.columns.len();
    table.columns.retain(|(f, _)| !money(*f));
    if table.columns.len() == before {
        return None;
    }
    let (column, currencies) = counts.into_iter().next()?;
    Some(Issue {
        column: Some(column),
        ..note(IssueKind::MixedCurrencies { currencies }, "")
    })
}

/// A field some exports give only as its parts: the bounces as hard + soft bounces.
/// Summed row by row into the field when the file has every part and neither the
/// field itself nor the column it is otherwise derived from (delivered, for the
/// bounces: sent − delivered), so that no figure changes where one was already read.
const PARTS: [(Field, Field, [Field; 2]); 1] = [(
    Field::Bounces,
    Field::Delivered,
    [Field::HardBounces, Field::SoftBounces],
)];

/// Adds the sums of [`PARTS`] to `table` where they apply; the note that says so.
fn sum_parts(table: &mut Table) -> Option<Issue> {
    for (field, other, parts) in PARTS {
        if table.has(field) || table.has(other) {
            continue;
        }
        let [Some(a), Some(b)] = parts.map(|p| table.number(p)) else {
            continue;
        };
        let sums: Numbers = (0..table.len())
            .map(|row| match (a.get(row), b.get(row)) {
                (None, None) => None,
                (x, y) => Some(x.unwrap_or_default().saturating_add(y.unwrap_or_default())),
            })
            .collect();
        table.columns.push((field, Values::Number(sums)));
        return Some(note(
            IssueKind::PartsSummed {
                field: field.id().to_owned(),
                parts: parts.map(|p| p.id().to_owned()).to_vec(),
            },
            "",
        ));
    }
    None
}

/// A text column of the used rows, each distinct value kept once: a row holds a
/// small id, not a copy of its text (a campaign name repeated on a million rows is one
/// string and a million `u32`s).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Texts {
    /// The distinct values, in order of first appearance.
    pub values: Vec<String>,
    /// Per row: 0 for a blank cell, else 1 + the index of its value in `values`.
    pub rows: Vec<u32>,
}

impl Texts {
    /// Builds a column from its cells (blank cells as `None`), interning the values.
    pub fn from_cells<'a>(cells: impl IntoIterator<Item = Option<&'a str>>) -> Self {
        let mut interner = Interner::default();
        let mut texts = Texts::default();
        for cell in cells {
            interner.push(&mut texts, cell);
        }
        texts
    }

    /// The value of `row`, if the cell is not blank.
    pub fn get(&self, row: usize) -> Option<&str> {
        let id = *self.rows.get(row)?;
        self.values
            .get(usize::try_from(id).ok()?.checked_sub(1)?)
            .map(String::as_str)
    }

    /// Every row's value, in row order.
    pub fn iter(&self) -> impl Iterator<Item = Option<&str>> + '_ {
        (0..self.rows.len()).map(|row| self.get(row))
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// True when the column has no row.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// A date column of the used rows, compact: each cell's day in 4 bytes, and a time of
/// day per row only once a cell has one (most exports give days): 4 bytes a row instead
/// of the 12 of an `Option<NaiveDateTime>`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Dates {
    /// Per row: the day as counted by [`NaiveDate::num_days_from_ce`], or
    /// [`Dates::BLANK`] for a blank cell.
    days: Vec<i32>,
    /// Per row, the time of day; empty while every cell so far is at midnight.
    times: Vec<NaiveTime>,
}

impl Dates {
    /// The day of a blank cell.
    pub const BLANK: i32 = i32::MIN;

    /// The value of `row`, if the cell is not blank.
    pub fn get(&self, row: usize) -> Option<NaiveDateTime> {
        let day = *self.days.get(row)?;
        let date = NaiveDate::from_num_days_from_ce_opt(day)?;
        let time = self.times.get(row).copied().unwrap_or(NaiveTime::MIN);
        Some(date.and_time(time))
    }

    /// Every row's value, in row order.
    pub fn iter(&self) -> impl Iterator<Item = Option<NaiveDateTime>> + '_ {
        (0..self.len()).map(|row| self.get(row))
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.days.len()
    }

    /// True when the column has no row.
    pub fn is_empty(&self) -> bool {
        self.days.is_empty()
    }

    /// Adds a row's value.
    pub fn push(&mut self, value: Option<NaiveDateTime>) {
        let Some(value) = value else {
            self.days.push(Self::BLANK);
            if !self.times.is_empty() {
                self.times.push(NaiveTime::MIN);
            }
            return;
        };
        let time = value.time();
        if !self.times.is_empty() {
            self.times.push(time);
        } else if time != NaiveTime::MIN {
            // The first time of day: the rows before it were at midnight. (Pushed
            // here, not after: on the first row the vector would still be empty.)
            self.times = vec![NaiveTime::MIN; self.days.len()];
            self.times.push(time);
        }
        self.days.push(value.date().num_days_from_ce());
    }

    /// The day and time of day of `row`, as stored (a blank day is [`Dates::BLANK`]).
    pub(crate) fn key(&self, row: usize) -> Option<(i32, NaiveTime)> {
        let day = *self.days.get(row)?;
        Some((day, self.times.get(row).copied().unwrap_or(NaiveTime::MIN)))
    }

    /// Removes the last row.
    fn pop(&mut self) {
        self.days.pop();
        if self.times.len() > self.days.len() {
            self.times.pop();
        }
    }

    /// Removes the rows in `rows` (sorted, distinct).
    fn remove_rows(&mut self, rows: &[usize]) {
        retain_rows(&mut self.days, rows);
        if !self.times.is_empty() {
            retain_rows(&mut self.times, rows);
        }
    }

    /// Memory its rows take.
    fn bytes(&self) -> u64 {
        size(&self.days).saturating_add(size(&self.times))
    }
}

impl FromIterator<Option<NaiveDateTime>> for Dates {
    fn from_iter<I: IntoIterator<Item = Option<NaiveDateTime>>>(values: I) -> Self {
        let mut dates = Dates::default();
        for value in values {
            dates.push(value);
        }
        dates
    }
}

/// A numeric column of the used rows, exact and compact: while every value fits, each
/// is kept as a whole number of the column's smallest unit (`10^-scale`), in 4 bytes
/// while the units fit 32 bits and in 8 bytes after, instead of a 20-byte
/// `Option<Decimal>`; a column with a value beyond 64 bits keeps decimals from then on.
/// Either way, [`Numbers::get`] gives back the value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Numbers {
    /// Values as `units × 10^-scale`, every one within 32 bits.
    Narrow {
        /// Decimal places of the unit.
        scale: u32,
        /// One per row; [`Numbers::BLANK_NARROW`] for a blank cell.
        units: Vec<i32>,
    },
    /// Values as `units × 10^-scale`.
    Fixed {
        /// Decimal places of the unit.
        scale: u32,
        /// One per row; [`Numbers::BLANK`] for a blank cell.
        units: Vec<i64>,
    },
    /// Values as decimals.
    Wide(Vec<Option<Decimal>>),
}

impl Default for Numbers {
    fn default() -> Self {
        Numbers::Narrow {
            scale: 0,
            units: Vec::new(),
        }
    }
}

impl FromIterator<Option<Decimal>> for Numbers {
    fn from_iter<I: IntoIterator<Item = Option<Decimal>>>(values: I) -> Self {
        let mut numbers = Numbers::default();
        for value in values {
            numbers.push(value);
        }
        numbers
    }
}

impl Numbers {
    /// The units of a blank cell in a fixed column.
    pub const BLANK: i64 = i64::MIN;
    /// The units of a blank cell in a narrow column.
    pub const BLANK_NARROW: i32 = i32::MIN;

    /// The value of `row`, if the cell is not blank.
    pub fn get(&self, row: usize) -> Option<Decimal> {
        match self {
            Numbers::Narrow { scale, units } => {
                let u = *units.get(row)?;
                (u != Self::BLANK_NARROW).then(|| Decimal::new(i64::from(u), *scale))
            }
            Numbers::Fixed { scale, units } => {
                let u = *units.get(row)?;
                (u != Self::BLANK).then(|| Decimal::new(u, *scale))
            }
            Numbers::Wide(values) => values.get(row).copied().flatten(),
        }
    }

    /// Every row's value, in row order.
    pub fn iter(&self) -> impl Iterator<Item = Option<Decimal>> + '_ {
        (0..self.len()).map(|row| self.get(row))
    }

    /// The value of `row` in units of the column's scale (`None` for a blank cell), or
    /// `Err` for a column of decimals.
    fn units(&self, row: usize) -> Result<Option<i128>, ()> {
        match self {
            Numbers::Narrow { units, .. } => Ok(units
                .get(row)
                .filter(|&&u| u != Self::BLANK_NARROW)
                .map(|&u| i128::from(u))),
            Numbers::Fixed { units, .. } => Ok(units
                .get(row)
                .filter(|&&u| u != Self::BLANK)
                .map(|&u| i128::from(u))),
            Numbers::Wide(_) => Err(()),
        }
    }

    /// The decimal places of the column's units (0 for a column of decimals).
    fn scale(&self) -> u32 {
        match self {
            Numbers::Narrow { scale, .. } | Numbers::Fixed { scale, .. } => *scale,
            Numbers::Wide(_) => 0,
        }
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        match self {
            Numbers::Narrow { units, .. } => units.len(),
            Numbers::Fixed { units, .. } => units.len(),
            Numbers::Wide(values) => values.len(),
        }
    }

    /// True when the column has no row.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The sum of the values, `None` when every cell is blank or the sum overflows.
    pub fn sum(&self) -> Option<Decimal> {
        match self {
            Numbers::Narrow { scale, units } => sum_units(
                units
                    .iter()
                    .filter(|&&u| u != Self::BLANK_NARROW)
                    .map(|&u| i128::from(u)),
                *scale,
            ),
            Numbers::Fixed { scale, units } => sum_units(
                units
                    .iter()
                    .filter(|&&u| u != Self::BLANK)
                    .map(|&u| i128::from(u)),
                *scale,
            ),
            Numbers::Wide(values) => {
                let mut total: Option<Decimal> = None;
                for v in values.iter().flatten() {
                    total = Some(match total {
                        None => *v,
                        Some(t) => t.checked_add(*v)?,
                    });
                }
                total
            }
        }
    }

    /// Adds a row's value.
    pub fn push(&mut self, value: Option<Decimal>) {
        self.put(None, value);
    }

    /// Sets the value of `row` (an existing row).
    fn set(&mut self, row: usize, value: Decimal) {
        self.put(Some(row), Some(value));
    }

    /// Stores `value` at `row`, or as a new row when `row` is `None`: the column first
    /// takes more decimal places, or widens to 64 bits and then to decimals, until the
    /// value fits.
    fn put(&mut self, row: Option<usize>, value: Option<Decimal>) {
        fn place<T>(units: &mut Vec<T>, row: Option<usize>, unit: T) {
            match row.and_then(|r| units.get_mut(r)) {
                Some(slot) => *slot = unit,
                None => units.push(unit),
            }
        }
        if let Numbers::Narrow { scale, units } = self {
            let Some(v) = value else {
                place(units, row, Self::BLANK_NARROW);
                return;
            };
            if v.scale() > *scale && rescale_narrow(units, v.scale() - *scale).is_some() {
                *scale = v.scale();
            }
            if let Some(u) = units_of(v, *scale)
                .and_then(|u| i32::try_from(u).ok())
                .filter(|&u| u != Self::BLANK_NARROW)
            {
                place(units, row, u);
                return;
            }
            // A value beyond 32 bits, or a unit the column could not take: 64 bits.
            let widened = units
                .iter()
                .map(|&u| {
                    if u == Self::BLANK_NARROW {
                        Self::BLANK
                    } else {
                        i64::from(u)
                    }
                })
                .collect();
            *self = Numbers::Fixed {
                scale: *scale,
                units: widened,
            };
        }
        if let Numbers::Fixed { scale, units } = self {
            let Some(v) = value else {
                place(units, row, Self::BLANK);
                return;
            };
            if v.scale() > *scale && rescale(units, v.scale() - *scale).is_some() {
                *scale = v.scale();
            }
            if let Some(u) = units_of(v, *scale) {
                place(units, row, u);
                return;
            }
            *self = Numbers::Wide(self.iter().collect());
        }
        if let Numbers::Wide(values) = self {
            place(values, row, value);
        }
    }

    /// True when the cell of `row` is blank (or there is no such row).
    pub(crate) fn is_blank(&self, row: usize) -> bool {
        match self {
            Numbers::Narrow { units, .. } => {
                units.get(row).is_none_or(|&u| u == Self::BLANK_NARROW)
            }
            Numbers::Fixed { units, .. } => units.get(row).is_none_or(|&u| u == Self::BLANK),
            Numbers::Wide(values) => values.get(row).is_none_or(Option::is_none),
        }
    }

    /// True when the column holds decimals (a value beyond 64 bits of units), whose
    /// sums round at 28 significant digits.
    pub fn is_wide(&self) -> bool {
        matches!(self, Numbers::Wide(_))
    }

    /// Adds the value of `row` to that of `into`, exactly while the units hold the sum,
    /// else as decimals. Called for columns of units only (a column of decimals is not
    /// folded: see `fold::Fold::target`), whose two values always have a sum within a
    /// decimal's 96 bits.
    fn add_row(&mut self, into: usize, row: usize) {
        let done = match self {
            Numbers::Narrow { units, .. } => {
                add_units(units, into, row, Self::BLANK_NARROW, i32::checked_add)
            }
            Numbers::Fixed { units, .. } => {
                add_units(units, into, row, Self::BLANK, i64::checked_add)
            }
            Numbers::Wide(_) => false,
        };
        if done {
            return;
        }
        // A blank to fill, or a sum beyond the units: through decimals.
        let Some(b) = self.get(row) else { return };
        let sum = match self.get(into) {
            None => Some(b),
            Some(a) => a.checked_add(b),
        };
        if let Some(sum) = sum {
            self.set(into, sum);
        }
    }

    /// Removes the last row.
    fn pop(&mut self) {
        match self {
            Numbers::Narrow { units, .. } => {
                units.pop();
            }
            Numbers::Fixed { units, .. } => {
                units.pop();
            }
            Numbers::Wide(values) => {
                values.pop();
            }
        }
    }

    /// Removes the rows in `rows` (sorted, distinct).
    fn remove_rows(&mut self, rows: &[usize]) {
        match self {
            Numbers::Narrow { units, .. } => retain_rows(units, rows),
            Numbers::Fixed { units, .. } => retain_rows(units, rows),
            Numbers::Wide(values) => retain_rows(values, rows),
        }
    }
}

/// Adds the units of `row` to those of `into` in place: true when done (a blank `row`
/// adds nothing), false when `into` is blank or the sum does not fit the units.
fn add_units<T: Copy + PartialEq>(
    units: &mut [T],
    into: usize,
    row: usize,
    blank: T,
    add: fn(T, T) -> Option<T>,
) -> bool {
    let (Some(&a), Some(&b)) = (units.get(into), units.get(row)) else {
        return false;
    };
    if b == blank {
        return true;
    }
    match (a != blank).then(|| add(a, b)).flatten() {
        Some(sum) if sum != blank => {
            if let Some(slot) = units.get_mut(into) {
                *slot = sum;
            }
            true
        }
        _ => false,
    }
}

/// Multiplies every value of a fixed column by `10^by`; `None`, with the column
/// unchanged, when one would not fit.
fn rescale(units: &mut [i64], by: u32) -> Option<()> {
    let factor = 10i64.checked_pow(by)?;
    let fits =
        |u: i64| u == Numbers::BLANK || u.checked_mul(factor).is_some_and(|m| m != Numbers::BLANK);
    if !units.iter().all(|&u| fits(u)) {
        return None;
    }
    for u in units.iter_mut().filter(|u| **u != Numbers::BLANK) {
        *u *= factor;
    }
    Some(())
}

/// The sum of a fixed-point column's units (blanks left out) as a decimal; `None` when
/// there is none or it overflows.
fn sum_units(units: impl Iterator<Item = i128>, scale: u32) -> Option<Decimal> {
    let mut total: i128 = 0;
    let mut any = false;
    for u in units {
        total = total.checked_add(u)?;
        any = true;
    }
    let total = any.then(|| Decimal::try_from_i128_with_scale(total, scale));
    total?.ok()
}

/// [`rescale`] for a narrow column: every value times `10^by`, if all still fit 32 bits.
fn rescale_narrow(units: &mut [i32], by: u32) -> Option<()> {
    let factor = 10i32.checked_pow(by)?;
    let fits = |u: i32| {
        u == Numbers::BLANK_NARROW
            || u.checked_mul(factor)
                .is_some_and(|m| m != Numbers::BLANK_NARROW)
    };
    if !units.iter().all(|&u| fits(u)) {
        return None;
    }
    for u in units.iter_mut().filter(|u| **u != Numbers::BLANK_NARROW) {
        *u *= factor;
    }
    Some(())
}

/// `v` as a whole number of `10^-scale` (`v`'s own scale at most `scale`), if it fits.
fn units_of(v: Decimal, scale: u32) -> Option<i64> {
    let up = scale.checked_sub(v.scale())?;
    // 64-bit arithmetic only: a 128-bit multiply is a library call in WebAssembly.
    let mantissa = i64::try_from(v.mantissa()).ok()?;
    let units = match up {
        0 => mantissa,
        _ => mantissa.checked_mul(10i64.checked_pow(up)?)?,
    };
    (units != Numbers::BLANK).then_some(units)
}

/// Gives each distinct text of a column its id as the rows arrive.
#[derive(Default)]
struct Interner {
    ids: FxHashMap<Box<str>, u32>,
    /// Memory its distinct texts take (the text twice, with their bookkeeping).
    bytes: u64,
}

impl Interner {
    /// Adds one row's cell to `texts`: trimmed, and blank when empty or a placeholder.
    fn push(&mut self, texts: &mut Texts, cell: Option<&str>) {
        let id = match cell.map(str::trim).filter(|c| !value::is_missing(c)) {
            None => 0,
            Some(c) => match self.ids.get(c) {
                Some(&id) => id,
                None => {
                    texts.values.push(c.to_owned());
                    let id = u32::try_from(texts.values.len()).unwrap_or(u32::MAX);
                    self.ids.insert(c.into(), id);
                    self.bytes = self
                        .bytes
                        .saturating_add(2 * c.len() as u64 + TEXT_OVERHEAD);
                    id
                }
            },
        };
        texts.rows.push(id);
    }
}

/// Bytes of bookkeeping per distinct text: its `String`, its hash key and map slot.
const TEXT_OVERHEAD: u64 = 48;

/// An unmapped text column of the used rows, its values interned.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TextColumn {
    /// The header as written in the file.
    pub header: String,
    /// Its values.
    pub texts: Texts,
}

/// Most split columns kept per file.
pub const MAX_SPLITS: usize = 16;

/// A text column being read: its values interned as they arrive.
struct SplitBuilder {
    col: usize,
    interner: Interner,
    column: TextColumn,
}

impl Table {
    /// Number of rows.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// True when no row was used.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// How many rows of the file row `row` holds: 1 unless rows were folded into it.
    pub fn weight(&self, row: usize) -> u64 {
        self.weights.get(row).map_or(1, |&w| u64::from(w))
    }

    /// True when the table has a column for `field`.
    pub fn has(&self, field: Field) -> bool {
        self.columns.iter().any(|(f, _)| *f == field)
    }

    /// The text column for `field`, if mapped.
    pub fn text(&self, field: Field) -> Option<&Texts> {
        self.columns.iter().find_map(|(f, v)| match v {
            Values::Text(t) if *f == field => Some(t),
            _ => None,
        })
    }

    /// The numeric column for `field`, if mapped.
    pub fn number(&self, field: Field) -> Option<&Numbers> {
        self.columns.iter().find_map(|(f, v)| match v {
            Values::Number(n) if *f == field => Some(n),
            _ => None,
        })
    }

    /// The memory its rows take (columns and distinct texts), as [`MAX_TABLE_BYTES`]
    /// counts it.
    pub fn bytes(&self) -> u64 {
        let texts = |t: &Texts| {
            let values = t
                .values
                .iter()
                .map(|v| v.len() as u64 + TEXT_OVERHEAD)
                .fold(0u64, u64::saturating_add);
            size(&t.rows).saturating_add(values)
        };
        let columns = self.columns.iter().map(|(_, v)| column_bytes(v, texts));
        let splits = self.splits.iter().map(|s| texts(&s.texts));
        columns
            .chain(splits)
            .fold(size(&self.lines), u64::saturating_add)
            .saturating_add(size(&self.weights))
    }

    /// The date column for `field`, if mapped.
    pub fn date(&self, field: Field) -> Option<&Dates> {
        self.columns.iter().find_map(|(f, v)| match v {
            Values::Date(d) if *f == field => Some(d),
            _ => None,
        })
    }

    /// Removes the rows whose index is in `rows` (sorted, distinct), in one pass.
    fn remove_rows(&mut self, rows: &[usize]) {
        retain_rows(&mut self.lines, rows);
        if !self.weights.is_empty() {
            retain_rows(&mut self.weights, rows);
        }
        for split in &mut self.splits {
            retain_rows(&mut split.texts.rows, rows);
        }
        for (_, values) in &mut self.columns {
            remove_values(values, rows);
        }
    }
}

/// Everything the import learned about one file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ingested {
    /// The file name as the user dropped it.
    pub file: String,
    /// What the file holds.
    pub kind: FileKind,
    /// How sure the recognition is, 0–1.
    pub kind_confidence: f64,
    /// Encoding used.
    pub encoding: Encoding,
    /// Why that encoding.
    pub encoding_evidence: EncodingEvidence,
    /// Delimiter used.
    pub delimiter: u8,
    /// 1-based line of the header row.
    pub header_line: u64,
    /// How every column was mapped.
    pub mapping: Vec<ColumnMapping>,
    /// Decimal mark used for numeric columns.
    pub decimal_mark: DecimalMark,
    /// Day/month order used for ambiguous dates.
    pub date_order: DateOrder,
    /// Records after the header (blank lines are not records).
    pub rows_read: u64,
    /// Records used in figures (including repaired ones).
    pub rows_used: u64,
    /// Records left out of every figure.
    pub rows_skipped: u64,
    /// Used records that needed a repair.
    pub rows_repaired: u64,
    /// Every issue, in file order; file-level notes first.
    pub issues: Vec<Issue>,
    /// The used rows.
    pub table: Table,
    /// A deals file's outcome per row (won, lost, open or unclassified), when it has a
    /// stage, status or won/closed column; `None` otherwise.
    pub outcomes: Option<DealOutcomes>,
}

/// Records after the header that decide a file's columns: the decimal mark, the
/// day/month order, and whether each detected mapping fits its values. A chunked
/// import must take these decisions before the rest of the file streams past, so they
/// rest on this bounded sample rather than on every row; 10,000 rows is more evidence
/// than a column needs and little enough to hold while the file arrives.
pub const SAMPLE_ROWS: usize = 10_000;

/// Rows (the first of the [`SAMPLE_ROWS`]) checked for values that fit a detected field.
const MISFIT_SAMPLE: usize = 1000;

/// Columns matched against the header vocabulary; the rest stay unmapped (and can be
/// mapped by hand). Exports have tens of columns; 1,000 is far beyond any seen.
pub const MAX_MAPPED_COLUMNS: usize = 1000;

/// Memory the rows of an audit's files may take together once read (their columns and
/// distinct texts): 1 GiB. WebAssembly memory ends at 4 GiB; a column's vector
/// reserves up to twice what it holds, and briefly needs its old and new storage
/// together while it grows. A file beyond what the others leave is refused with
/// [`ErrorKind::TooLarge`] rather than stopping the engine half-way. About 22 million
/// rows of a 12-column campaign export alone (some 1.8 GB of CSV).
pub const MAX_TABLE_BYTES: u64 = 1 << 30;

/// Memory a column's rows take, a text column's as `texts` counts it (a finished table
/// and an import in progress keep their distinct texts differently).
fn column_bytes(values: &Values, texts: impl Fn(&Texts) -> u64) -> u64 {
    match values {
        Values::Text(t) => texts(t),
        Values::Number(Numbers::Narrow { units, .. }) => size(units),
        Values::Number(Numbers::Fixed { units, .. }) => size(units),
        Values::Number(Numbers::Wide(values)) => size(values),
        Values::Date(dates) => dates.bytes(),
    }
}

/// Bytes the items of `v` take.
fn size<T>(v: &[T]) -> u64 {
    (v.len() as u64).saturating_mul(std::mem::size_of::<T>() as u64)
}

/// Used rows between two checks of [`MAX_TABLE_BYTES`].
const BUDGET_CHECK_ROWS: u64 = 4096;

/// Rows left out by a headed totals label that are kept to be put back (see
/// `Body::restore_headed`); a file with more of them keeps them all out.
const MAX_HEADED: usize = 64;

/// Bytes the binary check looks at.
const BINARY_SAMPLE: usize = 8192;
/// The first bytes of an OLE compound file: an Excel 97–2003 `.xls`, or a workbook
/// encrypted with a password (whatever its extension).
const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Reads one file. Fails only when no table can be found at all; row problems are
/// returned as issues next to the data. The same as an [`Importer`] given the whole
/// file as one chunk.
pub fn ingest(file: &str, bytes: &[u8], overrides: &Overrides) -> Result<Ingested, Error> {
    let mut importer = Importer::new(file, overrides);
    importer.push(bytes);
    importer.finish()
}

/// Imports a file chunk by chunk, with the same result as [`ingest`] over the whole
/// file whatever the chunk sizes.
///
/// The start of the file is held until it can decide: the encoding from its first
/// [`decode::SAMPLE_BYTES`] (a BOM, else UTF-8 if those bytes are valid, else
/// Windows-1252; invalid UTF-8 further on becomes U+FFFD, counted in
/// [`IssueKind::UndecodableBytes`]); the dialect from the first
/// [`dialect::SAMPLE_BYTES`] of text; the header and the column decisions from the
/// first [`SAMPLE_ROWS`] records after it. From then on rows are read as they arrive.
pub struct Importer {
    file: String,
    overrides: Overrides,
    failed: Option<ErrorKind>,
    /// The start of the file, until the encoding is decided.
    raw: Vec<u8>,
    decoder: Option<(Decoder, decode::Sniffed)>,
    text: TextStage,
    /// A zip archive (an Excel workbook, a zipped CSV): held whole until the end,
    /// then read as the CSV text of its table ([`workbook`]).
    archive: Option<Vec<u8>>,
    /// What was read inside the archive, once it was.
    opened: Option<workbook::Opened>,
    /// Whether the text comes out of an archive.
    unpacked: bool,
}

impl Importer {
    /// Starts importing `file`, with the user's corrections.
    pub fn new(file: &str, overrides: &Overrides) -> Self {
        Self::with_budget(file, overrides, MAX_TABLE_BYTES)
    }

    /// [`Importer::new`] with its own memory limit in place of [`MAX_TABLE_BYTES`].
    pub fn with_budget(file: &str, overrides: &Overrides, budget: u64) -> Self {
        Importer {
            file: file.to_owned(),
            overrides: overrides.clone(),
            failed: None,
            raw: Vec::new(),
            decoder: None,
            archive: None,
            opened: None,
            unpacked: false,
            text: TextStage {
                delimiter: overrides.delimiter,
                seen_text: false,
                buffer: String::new(),
                records: None,
                sink: Sink::new(overrides, budget),
            },
        }
    }

    /// Keeps every row of the file as read, folding none (see [`fold`]): the audit's
    /// figures are the same; tests compare both.
    pub fn keep_every_row(mut self) -> Self {
        self.text.sink.fold = false;
        self
    }

    /// Reads the next chunk of the file.
    pub fn push(&mut self, chunk: &[u8]) {
        if self.failed.is_some() {
            return;
        }
        if let Some(archive) = self.archive.as_mut() {
            if (archive.len() + chunk.len()) as u64 > workbook::MAX_ARCHIVE_BYTES {
                self.failed = Some(ErrorKind::TooLarge);
                self.archive = None;
            } else {
                archive.extend_from_slice(chunk);
            }
            return;
        }
        let mut chunk = chunk;
        if self.decoder.is_none() {
            let want = decode::SAMPLE_BYTES.saturating_sub(self.raw.len());
            let (head, rest) = chunk.split_at(want.min(chunk.len()));
            self.raw.extend_from_slice(head);
            chunk = rest;
            if !self.unpacked && self.raw.starts_with(archive::ZIP_MAGIC) {
                let mut archive = std::mem::take(&mut self.raw);
                archive.extend_from_slice(chunk);
                self.archive = Some(archive);
                return;
            }
            if self.raw.len() < decode::SAMPLE_BYTES {
                return;
            }
            self.start_decoding();
        }
        if let Some((decoder, _)) = self.decoder.as_mut() {
            let text = &mut self.text;
            decoder.decode(chunk, |t| text.push(t));
        }
        if self.text.sink.body.as_ref().is_some_and(|b| b.too_large) {
            // The rest of the file is not read; the rows so far are let go now.
            self.failed = Some(ErrorKind::TooLarge);
            self.text.sink.body = None;
        }
    }

    /// Records read so far (after the header), for progress: the sampled ones and those
    /// read since.
    pub fn rows_read(&self) -> u64 {
        let sink = &self.text.sink;
        match &sink.body {
            Some(body) => body.rows_read,
            None => sink.sampled.len().saturating_sub(sink.header_record + 1) as u64,
        }
    }

    /// Ends the file and returns what was read.
    pub fn finish(self) -> Result<Ingested, Error> {
        self.finish_reporting(&mut |_| {})
    }

    /// [`Importer::finish`], telling `rows` how many records were read while a zip
    /// archive's table is read (all of a workbook's reading happens at its end).
    pub fn finish_reporting(mut self, rows: &mut dyn FnMut(u64)) -> Result<Ingested, Error> {
        if let Some(bytes) = self.archive.take() {
            self.unpack(&bytes, rows)?;
        }
        if self.decoder.is_none() && self.failed.is_none() {
            self.start_decoding();
        }
        if let Some(kind) = self.failed {
            return Err(Error::new(&self.file, kind));
        }
        let Some((mut decoder, sniffed)) = self.decoder else {
            return Err(Error::new(&self.file, ErrorKind::Empty));
        };
        let text = &mut self.text;
        decoder.finish(|t| text.push(t));
        if !text.seen_text {
            return Err(Error::new(&self.file, ErrorKind::Empty));
        }
        if text.records.is_none() {
            text.start_records();
        }
        let Some(records) = text.records.as_mut() else {
            return Err(Error::new(&self.file, ErrorKind::Empty));
        };
        let sink = &mut text.sink;
        records.finish(|r| sink.accept(r));
        let mut notes = Vec::new();
        if sniffed.evidence == EncodingEvidence::Fallback {
            notes.push(note(IssueKind::EncodingFallback, ""));
        }
        let count = decoder.replacements();
        if count > 0 {
            notes.push(note(IssueKind::UndecodableBytes { count }, ""));
        }
        match self.opened.take() {
            Some(workbook::Opened::Sheet { name, others }) => {
                notes.push(note(IssueKind::SheetRead { sheet: name }, ""));
                notes.extend(
                    others
                        .into_iter()
                        .map(|sheet| note(IssueKind::SheetNotRead { sheet }, "")),
                );
            }
            Some(workbook::Opened::Member { name, others }) => {
                notes.push(note(IssueKind::MemberRead { member: name }, ""));
                notes.extend(
                    others
                        .into_iter()
                        .map(|member| note(IssueKind::MemberNotRead { member }, "")),
                );
            }
            None => {}
        }
        // The parser reads an unclosed quote to the end of the file without complaint;
        // an odd number of quote characters is the tell.
        if records.quotes() % 2 == 1 && records.split() != Split::Whitespace {
            let last = records.last();
            notes.push(Issue {
                line: last.map_or(0, |r| r.line),
                column: None,
                column_number: None,
                raw: last.map(|r| row_text(&r)).unwrap_or_default(),
                kind: IssueKind::UnclosedQuote,
                action: Action::Noted,
            });
        }
        let delimiter = match records.split() {
            Split::Delimiter(d) => d,
            Split::Whitespace => b' ',
        };
        let sink = std::mem::replace(&mut text.sink, Sink::new(&Overrides::default(), 0));
        sink.finish(&self.file, sniffed, delimiter, notes)
            .map_err(|kind| Error::new(&self.file, kind))
    }

    /// Reads the table inside a zip archive as CSV text, through [`Importer::push`].
    fn unpack(&mut self, bytes: &[u8], rows: &mut dyn FnMut(u64)) -> Result<(), Error> {
        let file = self.file.clone();
        let failed = |unread| {
            Error::new(
                &file,
                match unread {
                    workbook::Unread::Damaged => ErrorKind::DamagedArchive,
                    workbook::Unread::TooLarge => ErrorKind::TooLarge,
                    workbook::Unread::NoTable => ErrorKind::NoTable,
                },
            )
        };
        let inside = workbook::Inside::open(bytes).map_err(failed)?;
        // A sheet's CSV is ours: comma-separated, whatever its cells hold (a
        // one-column sheet has no comma to sniff).
        if inside.is_workbook() && self.overrides.delimiter.is_none() {
            self.text.delimiter = Some(b',');
        }
        // The text that comes out is never taken for an archive again.
        self.unpacked = true;
        let mut pieces = 0u32;
        let opened = inside
            .write(&mut |chunk| {
                self.push(chunk);
                pieces = pieces.wrapping_add(1);
                // About every 256 KiB of text.
                if pieces % 4 == 0 {
                    rows(self.rows_read());
                }
            })
            .map_err(failed)?;
        self.opened = Some(opened);
        Ok(())
    }

    fn start_decoding(&mut self) {
        let raw = std::mem::take(&mut self.raw);
        if raw.starts_with(OLE_MAGIC) {
            self.failed = Some(ErrorKind::OldWorkbook);
            return;
        }
        let start = raw.get(..BINARY_SAMPLE).unwrap_or(&raw);
        if start.contains(&0) && !starts_with_utf16_bom(&raw) {
            self.failed = Some(ErrorKind::Binary);
            return;
        }
        let sniffed = match self.overrides.encoding {
            Some(encoding) => decode::chosen(&raw, encoding),
            None => decode::sniff(&raw),
        };
        let mut decoder = Decoder::new(sniffed.encoding);
        let text = &mut self.text;
        decoder.decode(raw.get(sniffed.bom..).unwrap_or_default(), |t| text.push(t));
        self.decoder = Some((decoder, sniffed));
    }
}

/// Decoded text on its way to records: held until the dialect is sniffed.
struct TextStage {
    delimiter: Option<u8>,
    seen_text: bool,
    buffer: String,
    records: Option<Records>,
    sink: Sink,
}

impl TextStage {
    fn push(&mut self, t: &str) {
        if !self.seen_text && !t.trim().is_empty() {
            self.seen_text = true;
        }
        if let Some(records) = self.records.as_mut() {
            let sink = &mut self.sink;
            records.push(t, |r| sink.accept(r));
            return;
        }
        // Sniffing looks at the first `dialect::SAMPLE_BYTES`; one byte more tells it
        // that the sample is not the whole file.
        let want = (dialect::SAMPLE_BYTES + 1).saturating_sub(self.buffer.len());
        let mut cut = want.min(t.len());
        while !t.is_char_boundary(cut) {
            cut += 1;
        }
        let (head, rest) = t.split_at(cut);
        self.buffer.push_str(head);
        if self.buffer.len() > dialect::SAMPLE_BYTES {
            self.start_records();
            if let Some(records) = self.records.as_mut() {
                let sink = &mut self.sink;
                records.push(rest, |r| sink.accept(r));
            }
        }
    }

    fn start_records(&mut self) {
        let text = std::mem::take(&mut self.buffer);
        let (split, dialect) = split_of(&text, self.delimiter);
        let mut records = Records::new(split, is_cr_only(&text));
        self.sink.header_record = dialect.header_record;
        self.sink.whitespace = split == Split::Whitespace;
        let sink = &mut self.sink;
        records.push(&text, |r| sink.accept(r));
        self.records = Some(records);
    }
}

/// How to split the text whose start is `text`, and the dialect sniffed there.
fn split_of(text: &str, delimiter: Option<u8>) -> (Split, Dialect) {
    let dialect = match delimiter {
        Some(d) => dialect::sniff_with_delimiter(text, d),
        None => dialect::sniff(text),
    };
    if delimiter.is_none() && dialect.width <= 1 {
        if let Some(width) = dialect::whitespace_width(text) {
            let whitespace = Dialect {
                delimiter: b' ',
                header_record: 0,
                width,
            };
            return (Split::Whitespace, whitespace);
        }
    }
    (Split::Delimiter(dialect.delimiter), dialect)
}

/// A cell that is a number or a date, not a column name.
fn looks_like_data(cell: &str) -> bool {
    matches!(
        value::parse_number(cell, DecimalMark::Point),
        Cell::Value(_)
    ) || matches!(
        value::parse_datetime(cell, DateOrder::DayFirst),
        Cell::Value(_)
    )
}

/// Old Mac Excel ends lines with a lone CR: a file whose sampled start has CRs and no
/// LF has its CRs read as line ends (and counted as lines).
fn is_cr_only(text: &str) -> bool {
    let sample = text
        .as_bytes()
        .get(..dialect::SAMPLE_BYTES)
        .unwrap_or(text.as_bytes());
    sample.contains(&b'\r') && !sample.contains(&b'\n')
}

/// The key under which a user's corrections for one export layout are remembered: the
/// header row, so next quarter's export of the same report gets the same mapping.
pub fn layout_key(ingested: &Ingested) -> String {
    let headers: Vec<&str> = ingested.mapping.iter().map(|m| m.header.as_str()).collect();
    format!(
        "{}|{}",
        char::from(ingested.delimiter),
        headers.join("\u{1f}")
    )
}

/// A file's cells as text, after decoding and dialect sniffing: what a spreadsheet
/// would show, before any mapping or typing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawTable {
    /// The header row's cells.
    pub headers: Vec<String>,
    /// Each record after the header: its 1-based line and its cells.
    pub rows: Vec<(u64, Vec<String>)>,
}

/// A record's 1-based line and its cells.
pub type RawRecord = (u64, Vec<String>);

/// Reads a file's cells without mapping them (for previews and conformance tests).
pub fn raw_table(file: &str, bytes: &[u8]) -> Result<RawTable, Error> {
    let (all, header_record) = raw_records(file, bytes)?;
    let mut rows = all.into_iter().skip(header_record);
    let (_, headers) = rows
        .next()
        .ok_or_else(|| Error::new(file, ErrorKind::NoHeader))?;
    Ok(RawTable {
        headers,
        rows: rows.collect(),
    })
}

/// Every record of a text file, title lines included, each with its 1-based line; and
/// the 0-based index of the header among them, as sniffed.
pub fn raw_records(file: &str, bytes: &[u8]) -> Result<(Vec<RawRecord>, usize), Error> {
    let decoded = decode::decode(bytes);
    let text = decoded.text;
    if text.trim().is_empty() {
        return Err(Error::new(file, ErrorKind::Empty));
    }
    let (split, dialect) = split_of(&text, None);
    let mut records = Records::new(split, is_cr_only(&text));
    let mut all = Vec::new();
    let mut keep = |r: Record<'_>| all.push((r.line, r.iter().map(str::to_owned).collect()));
    records.push(&text, &mut keep);
    records.finish(&mut keep);
    Ok((all, dialect.header_record))
}

fn starts_with_utf16_bom(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF])
}

/// Records on their way to the table: the title, header and sample rows are held
/// until the columns are decided, then every row is read as it comes.
struct Sink {
    overrides: Overrides,
    /// The memory limit of the rows read (see [`MAX_TABLE_BYTES`]).
    budget: u64,
    /// Cells are split on runs of whitespace.
    whitespace: bool,
    /// 0-based index of the header among the records, from the dialect.
    header_record: usize,
    sampled: Vec<OwnedRecord>,
    body: Option<Body>,
    /// Rows of one key may be folded (see [`fold`]).
    fold: bool,
}

/// What was decided about the file once the header and the sample were seen.
struct Decided {
    header_line: u64,
    mapping: Vec<ColumnMapping>,
    kind: FileKind,
    kind_confidence: f64,
    /// File-level notes, in the order they were taken.
    notes: Vec<Issue>,
    /// Per column: its header names a date field.
    date_headed: Vec<bool>,
    /// Columns that name a row (campaign, ad set, page…): a row where they are all
    /// blank may be the export's own total.
    name_columns: Vec<usize>,
    /// The date range stated above the header.
    stated_period: Option<(NaiveDate, NaiveDate)>,
    /// Unmapped text columns, kept as splits.
    splits: Vec<usize>,
}

impl Sink {
    fn new(overrides: &Overrides, budget: u64) -> Self {
        Sink {
            overrides: overrides.clone(),
            budget,
            whitespace: false,
            header_record: 0,
            sampled: Vec::new(),
            body: None,
            fold: true,
        }
    }

    fn accept(&mut self, record: Record<'_>) {
        if let Some(body) = self.body.as_mut() {
            body.row(record);
            return;
        }
        self.sampled.push(record.to_owned());
        if self.sampled.len() > self.header_record + SAMPLE_ROWS {
            self.decide();
        }
    }

    /// Takes the header and the column decisions from the held records, then reads
    /// the held rows.
    fn decide(&mut self) {
        let sampled = std::mem::take(&mut self.sampled);
        let header_index = self.header_record.min(sampled.len().saturating_sub(1));
        let Some(header) = sampled.get(header_index) else {
            return;
        };
        let header = header.record();
        let mut notes = Vec::new();
        // Whitespace-aligned text often has no header: a first row of numbers and
        // dates is data, and the columns get generated names.
        let generated = self.whitespace && header.iter().all(looks_like_data);
        let (header_line, headers, rows) = if generated {
            let columns = header.len();
            notes.push(note(IssueKind::HeadersGenerated { columns }, ""));
            let headers = (1..=columns).map(|i| format!("column {i}")).collect();
            (0, headers, &sampled[..])
        } else {
            if header.line > 1 {
                notes.push(note(
                    IssueKind::TitleLines {
                        count: header.line - 1,
                    },
                    "",
                ));
            }
            let headers: Vec<String> = header.iter().map(|h| h.trim().to_owned()).collect();
            let rows = sampled.get(header_index + 1..).unwrap_or_default();
            (header.line, headers, rows)
        };
        let mut mapping = self.mapping(&headers);
        if headers.len() > MAX_MAPPED_COLUMNS {
            notes.push(note(
                IssueKind::ColumnsNotMatched {
                    columns: headers.len(),
                    matched: MAX_MAPPED_COLUMNS,
                },
                "",
            ));
        }
        // Generated headers map to nothing; a purchase log can still be known by the
        // shape of its values (see `field::map_by_shape`), unless the user chose.
        if generated && self.overrides.fields.is_empty() && self.overrides.kind.is_none() {
            let columns: Vec<Vec<&str>> = (0..headers.len())
                .map(|col| {
                    rows.iter()
                        .take(MISFIT_SAMPLE)
                        .filter_map(|r| r.record().get(col))
                        .collect()
                })
                .collect();
            if let Some(shaped) = field::map_by_shape(&columns) {
                mapping = shaped;
            }
        }
        // Columns headed as dates, even if their values then undo the mapping: a
        // day-month without a year there is what the header says, not Excel damage.
        let date_headed = mapping
            .iter()
            .map(|m| m.field.is_some_and(|f| f.value_type() == ValueType::Date))
            .collect();
        self.unmix_results(&mut mapping, rows, &mut notes);
        self.unmap_misfits(&mut mapping, rows, &mut notes);
        repeated_headers(&mapping, &mut notes);
        let (kind, kind_confidence) = match self.overrides.kind {
            Some(kind) => (kind, 1.0),
            None => field::recognise(&mapping),
        };
        if self.overrides.kind.is_none() && kind != FileKind::Unknown && kind_confidence < 0.5 {
            let (_, found, usual) = field::recognise_counts(&mapping);
            notes.push(note(
                IssueKind::KindAssumed {
                    file_kind: kind.id().to_owned(),
                    found,
                    usual,
                },
                "",
            ));
        }
        let decision = self.decimal_mark(&mapping, rows, &mut notes);
        let mark = decision.mark;
        // A decimal comma the cells proved (or the user chose) says the day comes first.
        let comma = decision.proved && mark == DecimalMark::Comma;
        let titles = if generated {
            &[][..]
        } else {
            sampled.get(..header_index).unwrap_or_default()
        };
        let order = self.date_order(&mapping, rows, titles, comma, &mut notes);
        let stated_period = stated_period(titles, order);
        if let Some((from, to)) = stated_period {
            notes.push(note(
                IssueKind::StatedPeriod {
                    from: from.to_string(),
                    to: to.to_string(),
                },
                "",
            ));
        }
        let splits = text_columns(&mapping, rows);
        let name_columns = name_columns(&mapping, &splits);
        let mut body = Body::new(
            headers,
            Decided {
                header_line,
                mapping,
                kind,
                kind_confidence,
                notes,
                date_headed,
                name_columns,
                stated_period,
                splits,
            },
            mark,
            order,
        );
        body.budget = self.budget;
        if !self.fold {
            body.fold = body.fold.map(|_| Fold::dry_run());
        }
        for r in rows {
            body.row(r.record());
        }
        self.body = Some(body);
    }

    fn finish(
        mut self,
        file: &str,
        sniffed: decode::Sniffed,
        delimiter: u8,
        mut notes: Vec<Issue>,
    ) -> Result<Ingested, ErrorKind> {
        if self.body.is_none() {
            self.decide();
        }
        let Some(mut body) = self.body else {
            return Err(ErrorKind::NoHeader);
        };
        body.check_budget();
        if body.too_large {
            return Err(ErrorKind::TooLarge);
        }
        body.resolve_totals();
        notes.extend(body.decided.notes);
        notes.extend(
            body.damage
                .iter()
                .enumerate()
                .filter_map(|(col, d)| d.issue(body.headers.get(col), col)),
        );
        let mut table = body.table;
        table.columns = body.columns;
        if body.doubled {
            table.columns.retain(|(f, _)| !f.additive());
        }
        table.splits = body.splits.into_iter().map(|s| s.column).collect();
        table.stated_period = body.decided.stated_period;
        if let Some(issue) = sum_parts(&mut table) {
            notes.push(issue);
        }
        if let Some(issue) = drop_mixed_currencies(&mut table) {
            notes.push(issue);
        }
        if body.decided.kind == FileKind::Transactions {
            notes.extend(order_notes(&table));
        }
        let outcomes = if body.decided.kind == FileKind::Deals {
            deal_outcomes(
                &table,
                &body.decided.mapping,
                &self.overrides.outcomes,
                &mut notes,
            )
        } else {
            None
        };
        notes.extend(body.issues);
        Ok(Ingested {
            file: file.to_owned(),
            kind: body.decided.kind,
            kind_confidence: body.decided.kind_confidence,
            encoding: sniffed.encoding,
            encoding_evidence: sniffed.evidence,
            delimiter,
            header_line: body.decided.header_line,
            mapping: body.decided.mapping,
            decimal_mark: body.mark,
            date_order: body.order,
            rows_read: body.rows_read,
            rows_used: body.rows_used,
            rows_skipped: body.rows_skipped,
            rows_repaired: body.rows_repaired,
            issues: notes,
            table,
            outcomes,
        })
    }

    fn mapping(&self, headers: &[String]) -> Vec<ColumnMapping> {
        // Only the first columns are matched against the vocabulary: a header of
        // 100,000 names would otherwise cost 100,000 fuzzy searches.
        let matched = headers.get(..MAX_MAPPED_COLUMNS).unwrap_or(headers);
        let mut mapping = field::map_headers(matched);
        mapping.extend(headers.iter().skip(matched.len()).map(|h| ColumnMapping {
            header: h.clone(),
            field: None,
            confidence: 0.0,
        }));
        for (header, choice) in &self.overrides.fields {
            // A field chosen for one column is taken from any other column.
            if let Some(f) = choice {
                for m in mapping.iter_mut().filter(|m| m.field == Some(*f)) {
                    m.field = None;
                    m.confidence = 0.0;
                }
            }
            if let Some(m) = mapping.iter_mut().find(|m| &m.header == header) {
                m.field = *choice;
                m.confidence = 1.0;
            }
        }
        mapping
    }

    /// Meta's Results column counts each campaign's own result: reach for one, link
    /// clicks for another, purchases for a third, as its result indicator column names
    /// them. Added up they are no figure, so when the sampled rows name more than one
    /// kind, a detected Results column is not read as conversions, and the columns are
    /// mapped again without it (a Purchases or Leads column may then take conversions).
    fn unmix_results(
        &self,
        mapping: &mut Vec<ColumnMapping>,
        rows: &[OwnedRecord],
        notes: &mut Vec<Issue>,
    ) {
        let named = |m: &ColumnMapping, words: &[&str]| {
            words.contains(&field::normalise(&m.header).as_str())
        };
        let Some(results) = mapping.iter().position(|m| {
            m.field == Some(Field::Conversions) && named(m, vocab::headers::RESULT_COLUMNS)
        }) else {
            return;
        };
        let Some(header) = mapping.get(results).map(|m| m.header.clone()) else {
            return;
        };
        if self.overrides.fields.iter().any(|(h, _)| *h == header) {
            return;
        }
        let Some(indicator) = mapping
            .iter()
            .position(|m| named(m, vocab::headers::RESULT_INDICATORS))
        else {
            return;
        };
        let mut kinds: Vec<String> = Vec::new();
        for r in rows.iter().take(MISFIT_SAMPLE) {
            let record = r.record();
            let Some(cell) = record.get(indicator).map(str::trim) else {
                continue;
            };
            if !value::is_missing(cell) && !kinds.iter().any(|k| k == cell) {
                kinds.push(cell.to_owned());
            }
        }
        if kinds.len() < 2 {
            return;
        }
        let headers: Vec<String> = mapping
            .iter()
            .enumerate()
            .map(|(i, m)| {
                if i == results {
                    String::new()
                } else {
                    m.header.clone()
                }
            })
            .collect();
        let mut again = self.mapping(&headers);
        if let Some(m) = again.get_mut(results) {
            m.header.clone_from(&header);
            m.field = None;
            m.confidence = 0.0;
        }
        let kind = IssueKind::MixedResults {
            indicator: mapping
                .get(indicator)
                .map(|m| m.header.clone())
                .unwrap_or_default(),
            kinds: kinds.len(),
        };
        notes.push(Issue {
            column: Some(header),
            column_number: Some(results + 1),
            ..note(kind, "")
        });
        *mapping = again;
    }

    /// A detected (not user-chosen) mapping whose values mostly do not fit the field —
    /// a "day" column of day numbers, a "campaign" column of counts — is undone, so one
    /// wrong guess cannot skip every row. The user can map it back by hand.
    fn unmap_misfits(
        &self,
        mapping: &mut [ColumnMapping],
        rows: &[OwnedRecord],
        notes: &mut Vec<Issue>,
    ) {
        for (col, m) in mapping.iter_mut().enumerate() {
            let Some(field) = m.field else { continue };
            if self.overrides.fields.iter().any(|(h, _)| *h == m.header) {
                continue;
            }
            let cells = || {
                rows.iter()
                    .take(MISFIT_SAMPLE)
                    .filter_map(move |r| r.record().get(col))
            };
            let fits = match field.value_type() {
                ValueType::Text => continue,
                ValueType::Count | ValueType::Amount => {
                    let mark = value::decide_decimal_mark(cells()).mark;
                    count_fits(cells(), |c| value::parse_number(c, mark))
                }
                ValueType::Date => {
                    let order = value::decide_date_order(cells()).order;
                    count_fits(cells(), |c| value::parse_datetime(c, order))
                }
            };
            if let Some((good, bad)) = fits {
                if bad > good {
                    let kind = IssueKind::MappingUndone {
                        field: field.id().to_owned(),
                        fitting: good,
                        not_fitting: bad,
                    };
                    notes.push(Issue {
                        column: Some(m.header.clone()),
                        column_number: Some(col + 1),
                        ..note(kind, "")
                    });
                    m.field = None;
                    m.confidence = 0.0;
                }
            }
        }
    }

    /// The file's decimal mark, and whether its cells proved it (a choice of the user's
    /// counts as proof); an assumed mark is noted.
    fn decimal_mark(
        &self,
        mapping: &[ColumnMapping],
        rows: &[OwnedRecord],
        notes: &mut Vec<Issue>,
    ) -> value::MarkDecision {
        if let Some(mark) = self.overrides.decimal_mark {
            return value::MarkDecision { mark, proved: true };
        }
        let numeric = columns_of(mapping, |t| {
            matches!(t, ValueType::Count | ValueType::Amount)
        });
        // Whole numbers: every count but conversions, which attribution models split
        // into fractions (Google Ads writes `15.54` conversions), and amounts in a
        // currency without minor units (`Amount spent (ISK)`).
        let whole: Vec<bool> = numeric
            .iter()
            .map(|&c| {
                mapping.get(c).is_some_and(|m| match m.field {
                    Some(Field::Conversions) | None => false,
                    Some(f) if f.value_type() == ValueType::Count => true,
                    Some(_) => vocab::locale::names_whole_currency(&m.header),
                })
            })
            .collect();
        let cells = rows.iter().flat_map(|r| {
            let r = r.record();
            numeric
                .iter()
                .zip(&whole)
                .filter_map(move |(&c, &w)| r.get(c).map(|cell| (cell, w)))
        });
        let decision = value::decide_decimal_mark_in(cells);
        if !decision.proved {
            let mark = decision.mark.as_char();
            notes.push(note(IssueKind::DecimalMarkAssumed { mark }, ""));
        }
        decision
    }

    /// The file's date order. Where the dates leave it open (`01/02/2026`), the file
    /// decides in three ways: the period its title lines state (the order that puts
    /// more of the dates inside it is the file's, proved), else `comma`, a decimal
    /// comma the cells proved: such a file writes the day first, as every locale with a
    /// decimal comma does (month first is the United States' order, with a decimal
    /// point); else headers in a language that writes the day first (French, Romanian,
    /// Icelandic…: a workbook's number cells prove no comma). The last two are assumed,
    /// and noted.
    fn date_order(
        &self,
        mapping: &[ColumnMapping],
        rows: &[OwnedRecord],
        titles: &[OwnedRecord],
        comma: bool,
        notes: &mut Vec<Issue>,
    ) -> DateOrder {
        if let Some(order) = self.overrides.date_order {
            return order;
        }
        let dates = columns_of(mapping, |t| t == ValueType::Date);
        let cells = || {
            rows.iter().flat_map(|r| {
                let r = r.record();
                dates.iter().filter_map(move |&c| r.get(c))
            })
        };
        let mut decision = value::decide_date_order(cells());
        if !decision.proved {
            if let Some(order) = order_by_stated_period(titles, cells) {
                decision.order = order;
                decision.proved = true;
            } else if comma
                || field::headers_write_day_first(
                    mapping
                        .iter()
                        .filter(|m| m.field.is_some())
                        .map(|m| m.header.as_str()),
                )
            {
                decision.order = DateOrder::DayFirst;
            }
        }
        if !decision.proved {
            let day_first = decision.order == DateOrder::DayFirst;
            notes.push(note(IssueKind::DateOrderAssumed { day_first }, ""));
        }
        decision.order
    }
}

/// The table being filled, row by row, once the columns are decided.
struct Body {
    headers: Vec<String>,
    decided: Decided,
    mark: DecimalMark,
    order: DateOrder,
    /// (column index, field) of every mapped column.
    mapped: Vec<(usize, Field)>,
    columns: Vec<(Field, Values)>,
    table: Table,
    rows_read: u64,
    rows_used: u64,
    rows_skipped: u64,
    rows_repaired: u64,
    issues: Vec<Issue>,
    /// One row's typed cells, reused from row to row.
    cells: Vec<CellValue>,
    /// Excel damage seen so far, by column.
    damage: Vec<Damage>,
    /// Entries of `columns` whose field is additive, for the totals checks.
    additive: Vec<usize>,
    /// Rows left out as labelled totals: the index of their issue, and their values
    /// in the `additive` columns, to compare with the sum of the rows used.
    labelled_totals: Vec<(usize, Vec<Option<Decimal>>)>,
    /// Rows of `table` whose name columns are all blank: candidates for a total.
    nameless: Vec<usize>,
    /// Rows left out as totals by a headed label ("Total: Account", "Somme (80)"): the
    /// index of their issue and the row, to put back if the file's own total counts
    /// it (at most [`MAX_HEADED`]).
    headed: Vec<(usize, OwnedRecord)>,
    /// A row being put back (see `headed`): read without its label's check.
    restoring: bool,
    /// Per entry of `columns` then of `splits`: whether each distinct text holds a
    /// totals word ("Winter sale Total"), for a folded file, whose rows so named are
    /// never folded (they may be subtotals: see `remove_subtotals`).
    worded: Vec<Vec<bool>>,
    /// A comment line below the data ended the table; the rest is a trailer.
    ended: bool,
    /// The last record was blank, or a note: a line below it with only its first
    /// cell filled is a note too (a footer, padded with commas by a spreadsheet).
    after_gap: bool,
    /// Every sum of the rows used is exactly twice a labelled total: the rows hold a
    /// level of subtotals no pass told apart, so the sums are left out.
    doubled: bool,
    /// The line of the last record read (a blank line between two records is no
    /// record: the jump in lines tells it).
    last_line: u64,
    /// The split columns being read.
    splits: Vec<SplitBuilder>,
    /// One per entry of `columns`, used by the text ones.
    interners: Vec<Interner>,
    /// The memory limit of the rows read (see [`MAX_TABLE_BYTES`]).
    budget: u64,
    /// The rows read went beyond `budget`: the file is refused, no more rows are kept.
    too_large: bool,
    /// Folds rows of one key into one, for a file the audit only sums (see [`fold`]).
    fold: Option<Fold>,
    /// The row of `table` that holds the last row used (the last row, unless that one
    /// was folded into an earlier one).
    last_row: usize,
}

impl AsRef<Texts> for Texts {
    fn as_ref(&self) -> &Texts {
        self
    }
}

impl AsRef<Texts> for SplitBuilder {
    fn as_ref(&self) -> &Texts {
        &self.column.texts
    }
}

/// Cells of one column that look like dates Excel made out of ranges.
#[derive(Default)]
struct Damage {
    /// Not checked: the column is mapped to a date field.
    dates_expected: bool,
    month_dates: u64,
    fractions: u64,
    ranges: bool,
    examples: Vec<String>,
    fraction_examples: Vec<String>,
}

impl Damage {
    /// The note for the column, if its cells show damage.
    fn issue(&self, header: Option<&String>, col: usize) -> Option<Issue> {
        let fractions = if self.ranges { self.fractions } else { 0 };
        let count = self.month_dates + fractions;
        if count == 0 {
            return None;
        }
        let fraction_examples = self.fraction_examples.iter().filter(|_| self.ranges);
        let examples = self
            .examples
            .iter()
            .chain(fraction_examples)
            .take(3)
            .cloned()
            .collect();
        Some(Issue {
            column: header.cloned(),
            column_number: Some(col + 1),
            ..note(IssueKind::ExcelDamage { count, examples }, "")
        })
    }
}

impl Body {
    fn new(headers: Vec<String>, decided: Decided, mark: DecimalMark, order: DateOrder) -> Self {
        let splits = decided
            .splits
            .iter()
            .map(|&col| SplitBuilder {
                col,
                interner: Interner::default(),
                column: TextColumn {
                    header: headers.get(col).cloned().unwrap_or_default(),
                    ..TextColumn::default()
                },
            })
            .collect();
        let mapped: Vec<(usize, Field)> = decided
            .mapping
            .iter()
            .enumerate()
            .filter_map(|(i, m)| m.field.map(|f| (i, f)))
            .collect();
        let columns = mapped
            .iter()
            .map(|&(_, f)| (f, empty_values(f.value_type())))
            .collect();
        let additive = mapped
            .iter()
            .enumerate()
            .filter(|(_, (_, f))| f.additive())
            .map(|(i, _)| i)
            .collect();
        let interners = mapped.iter().map(|_| Interner::default()).collect();
        let fields: Vec<Field> = mapped.iter().map(|&(_, f)| f).collect();
        let fold = fold::folds(decided.kind, &fields).then(Fold::default);
        Body {
            headers,
            decided,
            mark,
            order,
            mapped,
            columns,
            table: Table::default(),
            rows_read: 0,
            rows_used: 0,
            rows_skipped: 0,
            rows_repaired: 0,
            issues: Vec::new(),
            cells: Vec::new(),
            damage: Vec::new(),
            additive,
            labelled_totals: Vec::new(),
            nameless: Vec::new(),
            headed: Vec::new(),
            restoring: false,
            worded: Vec::new(),
            ended: false,
            after_gap: false,
            doubled: false,
            last_line: 0,
            splits,
            interners,
            budget: MAX_TABLE_BYTES,
            too_large: false,
            fold,
            last_row: 0,
        }
    }

    /// The memory the rows read take: their columns, their distinct texts, and the lists
    /// kept per row for the totals checks.
    fn table_bytes(&self) -> u64 {
        let texts = |t: &Texts| size(&t.rows).saturating_add(size(&t.values));
        let columns = self.columns.iter().map(|(_, v)| column_bytes(v, texts));
        let splits = self
            .splits
            .iter()
            .map(|s| texts(&s.column.texts).saturating_add(s.interner.bytes));
        let interned = self.interners.iter().map(|i| i.bytes);
        columns
            .chain(splits)
            .chain(interned)
            .fold(0u64, u64::saturating_add)
            .saturating_add(size(&self.table.lines))
            .saturating_add(size(&self.table.weights))
            .saturating_add(size(&self.nameless))
            .saturating_add(self.fold.as_ref().map_or(0, Fold::bytes))
    }

    /// Marks the file as too large once its rows take more than `budget`.
    fn check_budget(&mut self) {
        if !self.too_large && self.table_bytes() > self.budget {
            self.too_large = true;
        }
    }

    /// Looks for cells Excel turned from ranges into dates, in every column but those
    /// mapped to dates. Rows are not affected: the finding is one note per column.
    fn check_damage(&mut self, record: &Record<'_>) {
        if self.damage.is_empty() {
            let dates = &self.decided.date_headed;
            self.damage = (0..self.headers.len())
                .map(|i| Damage {
                    dates_expected: dates.get(i).copied().unwrap_or(false),
                    ..Damage::default()
                })
                .collect();
        }
        for (d, cell) in self.damage.iter_mut().zip(record.iter()) {
            // Cheap filters first: dated columns are skipped, damaged cells are short
            // (a long cell matters only as a range, once) and hold `-`, `/` or `+`.
            if d.dates_expected
                || cell.len() > 14
                || (cell.len() > 6 && d.ranges)
                || !cell.bytes().any(|b| matches!(b, b'-' | b'/' | b'+'))
            {
                continue;
            }
            match value::excel_shape(cell) {
                Some(value::ExcelShape::MonthDate) => {
                    d.month_dates += 1;
                    if d.examples.len() < 3 {
                        d.examples.push(clip(cell.trim()));
                    }
                }
                Some(value::ExcelShape::Fraction) => {
                    d.fractions += 1;
                    if d.fraction_examples.len() < 3 {
                        d.fraction_examples.push(clip(cell.trim()));
                    }
                }
                Some(value::ExcelShape::Range) => d.ranges = true,
                None => {}
            }
        }
    }

    /// True when every name column of the row is blank (or a placeholder).
    fn is_nameless(&self, record: &Record<'_>) -> bool {
        let names = &self.decided.name_columns;
        !names.is_empty()
            && names
                .iter()
                .all(|&c| record.get(c).is_none_or(value::is_missing))
    }

    /// How the row reads as a totals row: a name cell, or its first filled cell, is a
    /// totals label; exact when one such cell is the label alone.
    /// How the row's first filled cell or a name cell reads as a totals label; and
    /// whether the first filled cell is a statistics label (an average, a maximum:
    /// where a sheet puts it; name cells are not read for these).
    fn total_label(&self, record: &Record<'_>) -> (Option<totals::LabelForm>, bool) {
        let first = record.iter().find(|c| !value::is_missing(c));
        let stat = first.is_some_and(totals::is_stat_label);
        let names = self
            .decided
            .name_columns
            .iter()
            .filter_map(|&c| record.get(c));
        let label = first
            .into_iter()
            .chain(names)
            .filter_map(totals::total_label)
            .min_by_key(|form| *form != totals::LabelForm::Exact);
        (label, stat)
    }

    /// Finds the export's own subtotals and totals, leaves them out, puts back the rows
    /// only named like a total, and checks every labelled total against the rows used.
    fn resolve_totals(&mut self) {
        self.remove_subtotals();
        self.remove_below_total();
        self.remove_nameless_totals();
        // Rows named like a total put back as data may be what a nameless total counts.
        if self.restore_headed(&self.additive_sums()) {
            self.remove_nameless_totals();
        }
        // The labelled totals are checked against the rows used.
        self.check_labelled_totals(&self.additive_sums());
        self.issues.sort_by_key(|i| i.line);
    }

    /// Finds the export's own totals among the rows with no name and leaves them out.
    ///
    /// Nameless rows with the same values form a group of `m`; the group is a total
    /// when, in every additive column, `(m + 1) × value` equals the sum of all rows
    /// used (the data plus `m` copies of its total), to the file's rounding. A
    /// duplicated total is found as well as a single one, wherever it stands.
    fn remove_nameless_totals(&mut self) {
        let columns = self.additive_columns();
        let sums: Vec<Option<Decimal>> = columns.iter().map(|c| c.sum()).collect();
        // The file's rows, folded or not.
        let rows = usize::try_from(self.rows_used).unwrap_or(usize::MAX);
        let mut groups: std::collections::HashMap<Vec<Option<Decimal>>, Vec<usize>> =
            std::collections::HashMap::new();
        // Rows with no name, and rows named with a totals word ("Total HT", "Total
        // janvier", "Samtals án VSK": a label with more after it and no separator).
        let mut candidates = self.worded_rows();
        candidates.extend(&self.nameless);
        candidates.sort_unstable();
        candidates.dedup();
        for &row in &candidates {
            let key = columns
                .iter()
                .map(|c| c.get(row).map(|d| d.normalize()))
                .collect();
            groups.entry(key).or_default().push(row);
        }
        let mut totals: Vec<usize> = groups
            .into_iter()
            .filter(|(values, group)| {
                let held: Vec<_> = values.iter().map(|v| v.map(|v| (v, group.len()))).collect();
                rows > group.len() && is_total_set(&held, &sums, rows)
            })
            .flat_map(|(_, group)| group)
            .collect();
        // Nameless rows whose filled cells agree but which leave other cells blank (the
        // export's total, with blanks where its rows cannot be added up, and the same
        // total written whole) are one total written more than once.
        if totals.is_empty() && self.nameless.len() >= 2 && rows > self.nameless.len() {
            if let Some(merged) = agreeing_values(&columns, &self.nameless) {
                if is_total_set(&merged, &sums, rows) {
                    totals.clone_from(&self.nameless);
                }
            }
        }
        // A nameless first or last row at least as large as all the other rows
        // together, in every additive column, is a total of more rows than the file
        // holds (a report cut to its first rows, rows filtered out): left out, with
        // the difference noted.
        let mut wider: Vec<(usize, usize)> = Vec::new();
        if rows >= 3 {
            for row in [0, self.last_row] {
                if totals.contains(&row)
                    || !self.nameless.contains(&row)
                    || wider.iter().any(|(r, _)| *r == row)
                {
                    continue;
                }
                let values: Vec<Option<Decimal>> = columns.iter().map(|c| c.get(row)).collect();
                if let Some(k) = covers_the_others(&values, &sums, rows) {
                    wider.push((row, k));
                }
            }
        }
        totals.extend(wider.iter().map(|(row, _)| *row));
        totals.sort_unstable();
        totals.dedup();
        let mut wider_notes = Vec::new();
        for &(row, k) in &wider {
            let line = self.table.lines.get(row).copied().unwrap_or_default();
            let (theirs, total) = (
                columns.get(k).and_then(|c| c.get(row)),
                sums.get(k).copied().flatten(),
            );
            if let (Some(theirs), Some(total)) = (theirs, total) {
                let ours = total.checked_sub(theirs).unwrap_or_default();
                wider_notes.push(self.total_differs(line, k, ours, theirs));
            }
        }
        for &row in &totals {
            let line = self.table.lines.get(row).copied().unwrap_or_default();
            self.issues.push(skip(
                line,
                None,
                String::new(),
                IssueKind::TotalByArithmetic,
            ));
        }
        self.issues.extend(wider_notes);
        if !totals.is_empty() {
            self.drop_rows(&totals);
        }
    }

    /// The sum of each additive column, in the order of `additive`.
    fn additive_sums(&self) -> Vec<Option<Decimal>> {
        self.additive_columns().iter().map(|c| c.sum()).collect()
    }

    /// Leaves out `rows` of the table (sorted, distinct), counted as skipped; the rows
    /// kept for the totals checks follow.
    fn drop_rows(&mut self, rows: &[usize]) {
        self.table.remove_rows(rows);
        for split in &mut self.splits {
            retain_rows(&mut split.column.texts.rows, rows);
        }
        // `table.columns` is filled from `self.columns` at the end.
        for (_, values) in &mut self.columns {
            remove_values(values, rows);
        }
        let n = rows.len() as u64;
        self.rows_used = self.rows_used.saturating_sub(n);
        self.rows_skipped = self.rows_skipped.saturating_add(n);
        // A kept row moves up by the number of rows dropped before it.
        let moved = |row: usize| -> Option<usize> {
            match rows.binary_search(&row) {
                Ok(_) => None,
                Err(before) => Some(row - before),
            }
        };
        self.nameless = self.nameless.iter().filter_map(|&r| moved(r)).collect();
        self.last_row =
            moved(self.last_row).unwrap_or_else(|| self.table.lines.len().saturating_sub(1));
    }

    /// True when rows folded (merged out of file order), or would have in an import
    /// keeping every row (a dry fold): the passes that read rows in file order skip
    /// such a file, alike both ways.
    fn rows_out_of_order(&self) -> bool {
        !self.table.weights.is_empty() || self.fold.as_ref().is_some_and(Fold::found)
    }

    /// Finds the subtotals of a file written in groups (a spreadsheet's pivot table,
    /// a sheet summed by hand), and leaves them out with a `subtotal_by_arithmetic`
    /// note. Read in one pass, in row order:
    ///
    /// - A candidate is a row with no name, a row one of whose names holds a totals
    ///   word ("Winter sale Total", "Total Soldes": [`totals::TOTAL_WORDS`]), or,
    ///   weaker, a row that leaves blank a name column most rows fill.
    /// - A candidate is a subtotal when its additive columns equal the sum of the rows
    ///   since the previous subtotal (to the file's rounding; a weak candidate needs
    ///   two rows with numbers, and two columns that agree when the file has two);
    ///   once one is found, a candidate equal to the sum of every row so far is their
    ///   grand total.
    /// - They are left out only together, and only when they add up at least two
    ///   different sets of rows: a single total, or one written twice, is the other
    ///   checks' to find, as before.
    ///
    /// A folded file (rows merged out of order) is not looked at, nor, for the same
    /// figures either way, one read without folding whose rows would have folded.
    fn remove_subtotals(&mut self) {
        let folded = self.rows_out_of_order();
        if folded || self.table.lines.len() < 3 {
            return;
        }
        // Two subtotals at least, over different rows (a total set aside does not
        // count: its third entry is `usize::MAX`).
        let accepted = |found: &[(usize, usize, usize)]| {
            let mut read = found.iter().map(|f| f.2).filter(|&r| r != usize::MAX);
            match (read.next(), read.next_back()) {
                (Some(first), Some(last)) => first < last,
                _ => false,
            }
        };
        // A total may stand above the groups, or among them: first read with the strong
        // candidates that are no subtotal set aside, each then the sum of every row.
        let mut found = self.find_subtotals(true);
        if !accepted(&found) {
            found = self.find_subtotals(false);
        }
        if !accepted(&found) {
            return;
        }
        let rows: Vec<usize> = found.iter().map(|(row, _, _)| *row).collect();
        for &(row, added, _) in &found {
            let line = self.table.lines.get(row).copied().unwrap_or_default();
            self.issues.push(skip(
                line,
                None,
                String::new(),
                IssueKind::SubtotalByArithmetic { rows: added },
            ));
        }
        self.drop_rows(&rows);
    }

    /// The subtotals that [`Body::remove_subtotals`] describes: per subtotal its row,
    /// the number of rows it adds up, and the number of data rows read up to it. With
    /// `defer`, a strong candidate that is no subtotal where it stands is set aside, and
    /// found as a total when it equals the sum of every row; if one does not, none is
    /// found.
    fn find_subtotals(&self, defer: bool) -> Vec<(usize, usize, usize)> {
        let columns = self.additive_columns();
        if columns.is_empty() {
            return Vec::new();
        }
        let n = self.table.lines.len();
        let names = self.name_texts();
        // Per name column: whether each distinct name holds a totals word, and whether
        // most rows fill it.
        let worded = worded_names(&names);
        let usual: Vec<bool> = names
            .iter()
            .map(|t| t.rows.iter().filter(|&&id| id != 0).count() * 2 > n)
            .collect();
        let mut seg = Sums::new(&columns);
        let mut all = Sums::new(&columns);
        let (mut seg_rows, mut seg_numbered, mut data_rows) = (0usize, 0usize, 0usize);
        let mut found = Vec::new();
        let mut nameless = self.nameless.iter().peekable();
        let mut aside: Vec<(usize, Vec<Option<Decimal>>)> = Vec::new();
        for row in 0..n {
            let no_name = nameless.next_if_eq(&&row).is_some();
            let (mut strong, mut weak) = (no_name, false);
            for ((texts, worded), usual) in names.iter().zip(&worded).zip(&usual) {
                match texts.rows.get(row).copied().unwrap_or(0) {
                    0 => weak |= *usual,
                    id => strong |= worded.get(id as usize - 1).copied().unwrap_or(false),
                }
            }
            if strong || weak {
                let values: Vec<Option<Decimal>> = columns.iter().map(|c| c.get(row)).collect();
                let (needed_rows, needed_columns) = if strong { (1, 1) } else { (2, 2) };
                let is_subtotal = seg_numbered >= needed_rows
                    && sums_match(&values, &seg.totals(), seg_rows, needed_columns);
                let is_grand = !is_subtotal
                    && !found.is_empty()
                    && sums_match(&values, &all.totals(), data_rows, needed_columns);
                if is_subtotal || is_grand {
                    let added = if is_subtotal { seg_rows } else { data_rows };
                    found.push((row, added, data_rows));
                    seg = Sums::new(&columns);
                    (seg_rows, seg_numbered) = (0, 0);
                    continue;
                }
                if defer && strong {
                    aside.push((row, values));
                    continue;
                }
            }
            let numbered = seg.add(&columns, row);
            all.add(&columns, row);
            seg_rows += 1;
            seg_numbered += usize::from(numbered);
            data_rows += 1;
        }
        if !aside.is_empty() {
            let total = all.totals();
            if aside
                .iter()
                .any(|(_, v)| !sums_match(v, &total, data_rows, 1))
            {
                return Vec::new();
            }
            found.extend(
                aside
                    .into_iter()
                    .map(|(row, _)| (row, data_rows, usize::MAX)),
            );
            found.sort_unstable();
        }
        found
    }

    /// The name columns held as texts (mapped, or kept as splits).
    fn name_texts(&self) -> Vec<&Texts> {
        self.decided
            .name_columns
            .iter()
            .filter_map(|&col| {
                let mapped = self.mapped.iter().position(|(c, _)| *c == col);
                match mapped.and_then(|i| self.columns.get(i)) {
                    Some((_, Values::Text(texts))) => Some(texts),
                    _ => self
                        .splits
                        .iter()
                        .find(|s| s.col == col)
                        .map(|s| &s.column.texts),
                }
            })
            .collect()
    }

    /// The rows of `table` one of whose names holds a totals word ("Total HT", "Samtals
    /// án VSK", "Winter sale Total"), in order.
    fn worded_rows(&self) -> Vec<usize> {
        let names = self.name_texts();
        let worded = worded_names(&names);
        (0..self.table.lines.len())
            .filter(|&row| {
                names.iter().zip(&worded).any(|(texts, worded)| {
                    let id = texts.rows.get(row).copied().unwrap_or(0) as usize;
                    id > 0 && worded.get(id - 1).copied().unwrap_or(false)
                })
            })
            .collect()
    }

    /// Leaves out the lines a sheet writes below its own total (VAT, the total with VAT,
    /// a fee: "TVA (20 %)", "Total TTC", "VSK 24%"), as `below_total`. They are the
    /// rows at the end of the table that fill at most half the summed columns the
    /// fullest row fills, below a total: a labelled total, or a row with no name or a
    /// totals word that fills more, after the last full row of data. Without such a
    /// total, only those of them named about the money are left out, as `money_line`
    /// ([`totals::MONEY_LINE_WORDS`]: "Budget mensuel", "Comision agenție 15%"). A folded file is not looked at (its rows are no
    /// longer in file order), nor one read whole whose rows would have folded.
    fn remove_below_total(&mut self) {
        let folded = self.rows_out_of_order();
        let n = self.table.lines.len();
        if folded || n < 2 {
            return;
        }
        let columns = self.additive_columns();
        let filled = |row: usize| columns.iter().filter(|c| !c.is_blank(row)).count();
        let fullest = (0..n).map(filled).max().unwrap_or(0);
        if fullest < 2 {
            return;
        }
        let sparse = |row: usize| filled(row) * 2 <= fullest;
        let worded = self.worded_rows();
        let candidate = |row: usize| {
            self.nameless.binary_search(&row).is_ok() || worded.binary_search(&row).is_ok()
        };
        // The tail: the rows after the last full row of data.
        let start = (0..n)
            .rev()
            .find(|&row| !sparse(row) && !candidate(row))
            .map_or(0, |row| row + 1);
        let last_data = start
            .checked_sub(1)
            .and_then(|row| self.table.lines.get(row).copied())
            .unwrap_or(0);
        let in_table = (start..n)
            .find(|&row| candidate(row) && !sparse(row))
            .and_then(|row| self.table.lines.get(row).copied());
        let labelled = self
            .labelled_totals
            .iter()
            .filter_map(|(issue, _)| self.issues.get(*issue).map(|i| i.line))
            .filter(|&line| line > last_data)
            .min();
        let total = match (in_table, labelled) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        // Without a total, the sparse lines of the tail named about the money (a
        // budget, what is left of it, a fee, VAT) are left out too.
        let names = self.name_texts();
        let money = |row: usize| {
            names.iter().any(|texts| {
                let id = texts.rows.get(row).copied().unwrap_or(0) as usize;
                id.checked_sub(1)
                    .and_then(|i| texts.values.get(i))
                    .is_some_and(|v| totals::has_money_word(v))
            })
        };
        let left_out: Vec<(usize, IssueKind)> = (start..n)
            .filter(|&row| sparse(row))
            .filter_map(|row| {
                let line = self.table.lines.get(row).copied()?;
                if total.is_some_and(|t| line > t) {
                    Some((row, IssueKind::BelowTotal))
                } else if money(row) {
                    Some((row, IssueKind::MoneyLine))
                } else {
                    None
                }
            })
            .collect();
        if left_out.is_empty() {
            return;
        }
        for (row, kind) in &left_out {
            let line = self.table.lines.get(*row).copied().unwrap_or_default();
            self.issues
                .push(skip(line, None, String::new(), kind.clone()));
        }
        let rows: Vec<usize> = left_out.iter().map(|(row, _)| *row).collect();
        self.drop_rows(&rows);
    }

    /// Puts back the rows left out by a headed label ("Somme (80)") when no labelled
    /// total agrees with the rows used without them, and
    /// - one does with them: the file's own total counts them, so they are data named
    ///   like a total (tried one row at a time, then all but the total itself);
    /// - failing that, the rows whose label holds no totals word ("Somme", not
    ///   "Total") and whose numbers are not the sum of the rows used.
    ///
    /// True when rows were put back.
    fn restore_headed(&mut self, sums: &[Option<Decimal>]) -> bool {
        // A file of many labelled totals is a file of totals: none is put back (and
        // the work stays bounded, at most `MAX_HEADED` rows tried against each).
        if self.headed.is_empty() || self.labelled_totals.len() > 4 * MAX_HEADED {
            return false;
        }
        let rows = usize::try_from(self.rows_used).unwrap_or(usize::MAX);
        let agrees = |theirs: &[Option<Decimal>], ours: &[Option<Decimal>]| {
            let mut compared = 0;
            for (t, o) in theirs.iter().zip(ours) {
                if let (Some(t), Some(o)) = (t, o) {
                    if !close(*t, *o, *t, rows) {
                        return false;
                    }
                    compared += 1;
                }
            }
            compared > 0
        };
        if self.labelled_totals.iter().any(|(_, v)| agrees(v, sums)) {
            return false;
        }
        let headed_values: Vec<(usize, &[Option<Decimal>])> = self
            .labelled_totals
            .iter()
            .filter(|(i, _)| self.headed.iter().any(|(h, _)| h == i))
            .map(|(i, v)| (*i, v.as_slice()))
            .collect();
        let values_of = |issue: usize| {
            headed_values
                .iter()
                .find(|(i, _)| *i == issue)
                .map(|(_, v)| *v)
        };
        let plus = |rows: &[usize]| -> Vec<Option<Decimal>> {
            let mut out = sums.to_vec();
            for &issue in rows {
                for (o, v) in out.iter_mut().zip(values_of(issue).unwrap_or_default()) {
                    *o = match (*o, *v) {
                        (Some(a), Some(b)) => a.checked_add(b),
                        (a, b) => a.or(b),
                    };
                }
            }
            out
        };
        let headed: Vec<usize> = self.headed.iter().map(|(i, _)| *i).collect();
        let mut back = None;
        for (total, theirs) in &self.labelled_totals {
            let others: Vec<usize> = headed.iter().copied().filter(|i| i != total).collect();
            let single = others.iter().find(|&&w| agrees(theirs, &plus(&[w])));
            if let Some(&w) = single {
                back = Some(vec![w]);
                break;
            }
            if others.len() >= 2 && agrees(theirs, &plus(&others)) {
                back = Some(others);
                break;
            }
        }
        // A row headed by a word that also names places and things ("Somme (80)", not
        // "Total: Account") is a total only when its numbers are the rows' sum.
        let back = back.unwrap_or_else(|| {
            self.headed
                .iter()
                .filter(|(issue, record)| {
                    !record.record().iter().any(totals::has_total_word)
                        && values_of(*issue).is_some_and(|v| !agrees(v, sums))
                })
                .map(|(issue, _)| *issue)
                .collect()
        });
        if back.is_empty() {
            return false;
        }
        let mut any = false;
        for issue in back {
            let Some(pos) = self.headed.iter().position(|(i, _)| *i == issue) else {
                continue;
            };
            let (_, record) = self.headed.swap_remove(pos);
            let (read, skipped, used, issues) = (
                self.rows_read,
                self.rows_skipped,
                self.rows_used,
                self.issues.len(),
            );
            self.restoring = true;
            self.row(record.record());
            self.restoring = false;
            self.rows_read = read;
            if self.rows_used > used {
                self.rows_skipped = skipped.saturating_sub(1);
                self.labelled_totals.retain(|(i, _)| *i != issue);
                if let Some(note) = self.issues.get_mut(issue) {
                    note.kind = IssueKind::TotalLabelIsData;
                    note.action = Action::Noted;
                }
                any = true;
            } else {
                self.rows_skipped = skipped;
                self.issues.truncate(issues);
            }
        }
        any
    }

    /// The values of the additive columns, in the order of `additive`.
    fn additive_columns(&self) -> Vec<&Numbers> {
        self.additive
            .iter()
            .filter_map(|&i| match self.columns.get(i).map(|(_, v)| v) {
                Some(Values::Number(v)) => Some(v),
                _ => None,
            })
            .collect()
    }

    /// The `total_differs` note at `line`: in the `k`-th additive column the export
    /// states `theirs` where the rows used add up to `ours`.
    fn total_differs(&self, line: u64, k: usize, ours: Decimal, theirs: Decimal) -> Issue {
        let col = self
            .additive
            .get(k)
            .and_then(|&i| self.mapped.get(i))
            .map(|(c, _)| *c)
            .unwrap_or_default();
        let kind = IssueKind::TotalDiffers {
            ours: ours.normalize().to_string(),
            theirs: theirs.normalize().to_string(),
        };
        Issue {
            action: Action::Noted,
            ..skip(
                line,
                Some((self.headers.get(col).cloned(), col + 1)),
                String::new(),
                kind,
            )
        }
    }

    /// Adds to each labelled total the check against the sum of the rows used.
    fn check_labelled_totals(&mut self, sums: &[Option<Decimal>]) {
        let rows = usize::try_from(self.rows_used).unwrap_or(usize::MAX);
        let mut checks = Vec::new();
        for (issue, values) in &self.labelled_totals {
            let Some(line) = self.issues.get(*issue).map(|i| i.line) else {
                continue;
            };
            let compared = values
                .iter()
                .zip(sums)
                .enumerate()
                .filter_map(|(k, (theirs, ours))| Some((k, (*theirs)?, (*ours)?)))
                .collect::<Vec<_>>();
            if compared.is_empty() {
                continue;
            }
            let differs = compared
                .iter()
                .find(|(_, theirs, ours)| !close(*theirs, *ours, *theirs, rows));
            // The rows sum to exactly twice the total in every column: a pivot table's
            // group rows, each the sum of the rows below it, were read as rows.
            let twice = compared
                .iter()
                .all(|(_, theirs, ours)| !theirs.is_zero() && *ours == *theirs * Decimal::TWO);
            if differs.is_some() && twice {
                self.doubled = true;
                checks.push(Issue {
                    action: Action::Noted,
                    ..skip(line, None, String::new(), IssueKind::SubtotalsAsRows)
                });
                continue;
            }
            let issue = match differs {
                None => Issue {
                    action: Action::Noted,
                    ..skip(line, None, String::new(), IssueKind::TotalAgrees)
                },
                Some((k, theirs, ours)) => self.total_differs(line, *k, *ours, *theirs),
            };
            checks.push(issue);
        }
        self.issues.extend(checks);
    }

    fn row(&mut self, record: Record<'_>) {
        if self.too_large {
            return;
        }
        self.rows_read += 1;
        self.check_damage(&record);
        match self.read_row(record) {
            RowOutcome::Skipped => self.rows_skipped += 1,
            RowOutcome::Used { repaired } => {
                let nameless = self.is_nameless(&record);
                if nameless {
                    self.nameless.push(self.table.lines.len());
                }
                self.rows_used += 1;
                self.rows_repaired += u64::from(repaired);
                self.table.lines.push(record.line);
                for split in &mut self.splits {
                    let cell = record.get(split.col);
                    split.interner.push(&mut split.column.texts, cell);
                }
                let cells = self.columns.iter_mut().zip(self.cells.drain(..));
                for (((_, values), cell), interner) in cells.zip(&mut self.interners) {
                    match (values, cell) {
                        (Values::Text(texts), CellValue::Text(col)) => {
                            interner.push(texts, record.get(col));
                        }
                        (values, cell) => push_cell(values, cell),
                    }
                }
                let worded = self.fold.is_some() && self.has_total_word();
                self.keep_or_fold(nameless || worded);
                if self.rows_used % BUDGET_CHECK_ROWS == 0 {
                    if let Some(fold) = self.fold.as_mut() {
                        fold.judge(self.rows_used, self.table.lines.len() as u64);
                    }
                    self.check_budget();
                }
            }
        }
    }

    /// True when a text of the row just added holds a totals word. Each distinct text
    /// is looked at once.
    fn has_total_word(&mut self) -> bool {
        let texts = self
            .columns
            .iter()
            .filter_map(|(_, v)| match v {
                Values::Text(t) => Some(t),
                _ => None,
            })
            .chain(self.splits.iter().map(|s| &s.column.texts));
        let mut any = false;
        for (k, texts) in texts.enumerate() {
            if self.worded.len() <= k {
                self.worded.push(Vec::new());
            }
            let Some(flags) = self.worded.get_mut(k) else {
                continue;
            };
            while let Some(value) = texts.values.get(flags.len()) {
                flags.push(totals::has_total_word(value));
            }
            let id = texts.rows.last().copied().unwrap_or(0) as usize;
            any |= id > 0 && flags.get(id - 1).copied().unwrap_or(false);
        }
        any
    }

    /// Folds the row just added into an earlier row of the same key, if there is one
    /// (never a row without a name: it may be a total), or keeps it.
    fn keep_or_fold(&mut self, nameless: bool) {
        let row = self.table.lines.len().saturating_sub(1);
        self.last_row = row;
        // A row put back once the totals are resolved is kept as it is: rows were
        // taken out of the table since the fold's keys were made, so the row they
        // name may no longer be there (a fuzz finding: the row was counted and lost).
        let into = match self.fold.as_mut() {
            Some(fold) if !nameless && !self.restoring => {
                fold.target(&self.columns, &self.splits, row)
            }
            _ => None,
        };
        let into = into.filter(|&into| into < row && self.table.weight(into) < u64::from(u32::MAX));
        let Some(into) = into else {
            if !self.table.weights.is_empty() {
                self.table.weights.push(1);
            }
            return;
        };
        for (_, values) in &mut self.columns {
            match values {
                Values::Number(n) => {
                    n.add_row(into, row);
                    n.pop();
                }
                Values::Text(t) => {
                    t.rows.pop();
                }
                Values::Date(d) => d.pop(),
            }
        }
        for split in &mut self.splits {
            split.column.texts.rows.pop();
        }
        self.table.lines.pop();
        if self.table.weights.is_empty() {
            self.table.weights = vec![1; row];
        }
        if let Some(w) = self.table.weights.get_mut(into) {
            *w = w.saturating_add(1);
        }
        self.last_row = into;
    }

    fn read_row(&mut self, record: Record<'_>) -> RowOutcome {
        let line = record.line;
        let width = self.headers.len();
        if self.last_line > 0 && line > self.last_line.saturating_add(1) {
            self.after_gap = true;
        }
        self.last_line = line;
        if record.iter().all(value::is_missing) {
            self.issues
                .push(skip(line, None, row_text(&record), IssueKind::EmptyRow));
            self.after_gap = true;
            return RowOutcome::Skipped;
        }
        if self.ended {
            self.issues
                .push(skip(line, None, row_text(&record), IssueKind::AfterTable));
            return RowOutcome::Skipped;
        }
        let padded_note = self.after_gap
            && width >= 3
            && record.iter().skip(1).all(value::is_missing)
            && self.rows_used > 0;
        self.after_gap = false;
        if is_comment(&record) || (record.len() == 1 && width >= 3) || padded_note {
            self.after_gap = true;
            // A comment below data rows ends the table: what follows it (a second
            // table, a chart's series) is another shape of data.
            self.ended = is_comment(&record) && self.rows_used > 0;
            self.issues
                .push(skip(line, None, row_text(&record), IssueKind::NoteLine));
            return RowOutcome::Skipped;
        }
        let (label, stat) = if self.restoring {
            (None, false)
        } else {
            self.total_label(&record)
        };
        if let Some(form) = label {
            if form == totals::LabelForm::Headed && self.headed.len() < MAX_HEADED {
                self.headed.push((self.issues.len(), record.to_owned()));
            }
            let values = self
                .additive
                .iter()
                .map(|&i| {
                    let col = self.mapped.get(i).map(|(c, _)| *c)?;
                    match value::parse_number(record.get(col)?, self.mark) {
                        Cell::Value(n) => Some(n.value),
                        Cell::Missing | Cell::Invalid => None,
                    }
                })
                .collect();
            self.labelled_totals.push((self.issues.len(), values));
            self.issues
                .push(skip(line, None, row_text(&record), IssueKind::SummaryRow));
            return RowOutcome::Skipped;
        }
        if stat {
            // An average, a minimum, a maximum: no sum, so it is not checked as one.
            self.issues
                .push(skip(line, None, row_text(&record), IssueKind::SummaryRow));
            return RowOutcome::Skipped;
        }
        let found = record.len();
        if found > width && record.iter().skip(width).any(|c| !c.trim().is_empty()) {
            let kind = IssueKind::TooManyCells {
                expected: width,
                found,
            };
            self.issues.push(skip(line, None, row_text(&record), kind));
            return RowOutcome::Skipped;
        }
        let mut repaired = false;
        if found < width {
            repaired = true;
            let kind = IssueKind::TooFewCells {
                expected: width,
                found,
            };
            self.issues.push(Issue {
                action: Action::Repaired,
                ..skip(line, None, row_text(&record), kind)
            });
        }
        self.cells.clear();
        let mut bad = false;
        for &(col, field) in &self.mapped {
            let raw = record.get(col).unwrap_or_default();
            let at = || (self.headers.get(col).cloned(), col + 1);
            let cell = match field.value_type() {
                // Interned when the row is used (see `row`).
                ValueType::Text => CellValue::Text(col),
                ValueType::Count | ValueType::Amount => match value::parse_number(raw, self.mark) {
                    Cell::Value(n)
                        if field.value_type() == ValueType::Count
                            && n.value.is_sign_negative()
                            && !n.value.is_zero() =>
                    {
                        self.issues
                            .push(cell_issue(line, at(), raw, IssueKind::NegativeCount));
                        bad = true;
                        CellValue::Number(None)
                    }
                    Cell::Value(n) => CellValue::Number(Some(n.value)),
                    Cell::Missing => CellValue::Number(None),
                    Cell::Invalid => {
                        self.issues
                            .push(cell_issue(line, at(), raw, IssueKind::NotANumber));
                        bad = true;
                        CellValue::Number(None)
                    }
                },
                ValueType::Date => match value::parse_datetime(raw, self.order) {
                    Cell::Value(d) => CellValue::Date(Some(d)),
                    Cell::Missing => CellValue::Date(None),
                    Cell::Invalid => {
                        self.issues
                            .push(cell_issue(line, at(), raw, IssueKind::NotADate));
                        bad = true;
                        CellValue::Date(None)
                    }
                },
            };
            self.cells.push(cell);
        }
        if bad {
            RowOutcome::Skipped
        } else {
            RowOutcome::Used { repaired }
        }
    }
}

/// The notes of an orders file: statuses that cannot be read (the file then feeds no
/// order figure; see `customers::orders`), and rows without a customer.
fn order_notes(table: &Table) -> Vec<Issue> {
    let mut notes = Vec::new();
    if let Some(statuses) = table.text(Field::OrderStatus) {
        let unreadable = vocab::orders::unreadable_statuses(statuses, table.has(Field::Refunded));
        if !unreadable.is_empty() {
            let rows = statuses
                .iter()
                .flatten()
                .filter(|s| unreadable.iter().any(|u| u == s.trim()))
                .count() as u64;
            let statuses = unreadable.into_iter().take(10).map(|s| clip(&s)).collect();
            notes.push(note(IssueKind::UnknownOrderStatus { statuses, rows }, ""));
        }
    }
    let without = match table.text(Field::CustomerId) {
        Some(customers) => customers.iter().filter(|c| c.is_none()).count(),
        None => table.len(),
    } as u64;
    if without > 0 {
        notes.push(note(IssueKind::RowsWithoutCustomer { count: without }, ""));
    }
    notes
}

/// The outcome of each deal of a deals file (see [`outcomes`]), with a note naming each
/// stage value that reads as none; when the file has no stage, status or won/closed
/// column, a note that every deal with a close date is taken as won.
fn deal_outcomes(
    table: &Table,
    mapping: &[ColumnMapping],
    answers: &[(String, Outcome)],
    notes: &mut Vec<Issue>,
) -> Option<DealOutcomes> {
    let Some(got) = outcomes::classify_deals(
        table.text(Field::Stage),
        table.text(Field::IsWon),
        table.text(Field::IsClosed),
        answers,
    ) else {
        // A date headed as a win ("Won date", "Won time") says the outcome itself; a
        // close date does not, so taking its deals as won is an assumption, stated.
        let won_headed = mapping
            .iter()
            .filter(|m| m.field == Some(Field::WonDate))
            .any(|m| field::normalise(&m.header).split(' ').any(|w| w == "won"));
        if !won_headed {
            notes.push(note(IssueKind::OutcomeAssumed, ""));
        }
        return None;
    };
    let stage = mapping
        .iter()
        .enumerate()
        .find(|(_, m)| m.field == Some(Field::Stage));
    for v in got.unclassified() {
        let kind = IssueKind::UnclassifiedOutcome {
            value: v.value.clone(),
            rows: v.rows,
        };
        notes.push(Issue {
            column: stage.map(|(_, m)| m.header.clone()),
            column_number: stage.map(|(i, _)| i + 1),
            ..note(kind, &clip(&v.value))
        });
    }
    Some(got)
}

/// A record's cells joined with commas and clipped, for an issue.
fn row_text(record: &Record<'_>) -> String {
    let mut joined = String::new();
    for (i, cell) in record.iter().enumerate() {
        if i > 0 {
            joined.push(',');
        }
        joined.push_str(cell);
    }
    clip(&joined)
}

/// (cells that parse, cells that do not); `None` when every cell is blank.
fn count_fits<'c, T>(
    cells: impl Iterator<Item = &'c str>,
    parse: impl Fn(&str) -> Cell<T>,
) -> Option<(usize, usize)> {
    let (mut good, mut bad) = (0, 0);
    for c in cells {
        match parse(c) {
            Cell::Value(_) => good += 1,
            Cell::Invalid => bad += 1,
            Cell::Missing => {}
        }
    }
    (good + bad > 0).then_some((good, bad))
}

/// A typed cell of one row, before it joins its column.
enum CellValue {
    /// The record's column: the text is interned once the row is known to be used.
    Text(usize),
    Number(Option<Decimal>),
    Date(Option<NaiveDateTime>),
}

enum RowOutcome {
    Skipped,
    Used { repaired: bool },
}

fn empty_values(t: ValueType) -> Values {
    match t {
        ValueType::Text => Values::Text(Texts::default()),
        ValueType::Count | ValueType::Amount => Values::Number(Numbers::default()),
        ValueType::Date => Values::Date(Dates::default()),
    }
}

fn push_cell(values: &mut Values, cell: CellValue) {
    match (values, cell) {
        (Values::Number(v), CellValue::Number(c)) => v.push(c),
        (Values::Date(v), CellValue::Date(c)) => v.push(c),
        // Columns and cells are built from the same field list, so types always agree;
        // text cells are interned by `Body::row`.
        (Values::Text(v), _) => v.rows.push(0),
        (Values::Number(v), _) => v.push(None),
        (Values::Date(v), _) => v.push(None),
    }
}

fn columns_of(mapping: &[ColumnMapping], want: impl Fn(ValueType) -> bool) -> Vec<usize> {
    mapping
        .iter()
        .enumerate()
        .filter(|(_, m)| m.field.is_some_and(|f| want(f.value_type())))
        .map(|(i, _)| i)
        .collect()
}

/// A comment line: its first cell opens a comment ([`dialect::is_comment_cell`]) and
/// it fills under half the row.
fn is_comment(record: &Record<'_>) -> bool {
    record.get(0).is_some_and(dialect::is_comment_cell)
        && record.iter().filter(|c| !c.trim().is_empty()).count() * 2 <= record.len().max(2)
}

/// Columns that name a row: the mapped text columns (campaign, ad set, page, id…);
/// failing those, the unmapped text columns; failing those, the date columns (a daily
/// file's total has no date).
fn name_columns(mapping: &[ColumnMapping], texts: &[usize]) -> Vec<usize> {
    let mapped_text: Vec<usize> = mapping
        .iter()
        .enumerate()
        .filter(|(_, m)| {
            m.field
                .is_some_and(|f| f.value_type() == ValueType::Text && f != Field::Response)
        })
        .map(|(i, _)| i)
        .collect();
    if !mapped_text.is_empty() {
        return mapped_text;
    }
    if !texts.is_empty() {
        return texts.to_vec();
    }
    columns_of(mapping, |t| t == ValueType::Date)
}

/// Unmapped columns whose sampled cells are mostly text (not numbers, not dates), at
/// most [`MAX_SPLITS`].
fn text_columns(mapping: &[ColumnMapping], rows: &[OwnedRecord]) -> Vec<usize> {
    mapping
        .iter()
        .enumerate()
        .filter(|(col, m)| {
            m.field.is_none() && !m.header.trim().is_empty() && {
                let (mut text, mut other) = (0usize, 0usize);
                for cell in rows
                    .iter()
                    .take(MISFIT_SAMPLE)
                    .filter_map(|r| r.record().get(*col))
                {
                    if value::is_missing(cell) {
                        continue;
                    }
                    let number =
                        !matches!(value::parse_number(cell, DecimalMark::Point), Cell::Invalid)
                            || !matches!(
                                value::parse_number(cell, DecimalMark::Comma),
                                Cell::Invalid
                            );
                    let date = matches!(
                        value::parse_datetime(cell, DateOrder::DayFirst),
                        Cell::Value(_)
                    );
                    if number || date {
                        other += 1;
                    } else {
                        text += 1;
                    }
                }
                text > other
            }
        })
        .map(|(i, _)| i)
        .take(MAX_SPLITS)
        .collect()
}

/// The day/month order under which more of the dates fall inside the period the title
/// lines state (`1 February 2026 - 28 February 2026` above `01/02/2026`, `02/02/2026`…
/// in an English export from the United Kingdom), when the period reads the same in
/// both orders and one order puts more dates inside it.
fn order_by_stated_period<'a, I: Iterator<Item = &'a str>>(
    titles: &[OwnedRecord],
    cells: impl Fn() -> I,
) -> Option<DateOrder> {
    let period = stated_period(titles, DateOrder::DayFirst)?;
    if stated_period(titles, DateOrder::MonthFirst) != Some(period) {
        return None;
    }
    let inside = |order: DateOrder| {
        cells()
            .filter(|c| match value::parse_datetime(c, order) {
                Cell::Value(d) => (period.0..=period.1).contains(&d.date()),
                Cell::Missing | Cell::Invalid => false,
            })
            .count()
    };
    let (day, month) = (inside(DateOrder::DayFirst), inside(DateOrder::MonthFirst));
    match day.cmp(&month) {
        std::cmp::Ordering::Greater => Some(DateOrder::DayFirst),
        std::cmp::Ordering::Less => Some(DateOrder::MonthFirst),
        std::cmp::Ordering::Equal => None,
    }
}

/// The date range stated in the lines above the header, if any: every date found
/// there, as a range (`1 Jan 2026 - 31 Mar 2026`, `20260101-20260331`), after a label
/// (`Start date: 20260101`), or alone.
fn stated_period(titles: &[OwnedRecord], order: DateOrder) -> Option<(NaiveDate, NaiveDate)> {
    let mut found: Option<(NaiveDate, NaiveDate)> = None;
    let mut add = |d: NaiveDate| {
        found = Some(found.map_or((d, d), |(a, b)| (a.min(d), b.max(d))));
    };
    for title in titles {
        // Blank cells left out: a spreadsheet's CSV pads its title lines with commas.
        let text = title
            .record()
            .iter()
            .filter(|c| !c.trim().is_empty())
            .collect::<Vec<_>>()
            .join(",");
        let text = text.trim().trim_start_matches('#').trim();
        if text.is_empty() || text.len() > 200 {
            continue;
        }
        // After a short label ("Start date:", "Report Time:"), or the whole line.
        let value = match text.split_once(':') {
            Some((label, rest)) if label.len() <= 40 && !rest.trim().is_empty() => rest,
            _ => text,
        };
        for d in dates_in(value.trim(), order) {
            add(d);
        }
    }
    found
}

/// The dates of a title value: one date, or two around a range separator.
fn dates_in(text: &str, order: DateOrder) -> Vec<NaiveDate> {
    let date = |t: &str| match value::parse_datetime(t.trim().trim_matches('"'), order) {
        Cell::Value(d) => Some(d.date()),
        Cell::Missing | Cell::Invalid => None,
    };
    if let Some(d) = date(text) {
        return vec![d];
    }
    const SEPARATORS: [&str; 14] = [
        " - ",
        " – ",
        " — ",
        " to ",
        " au ",
        " bis ",
        " til ",
        " până la ",
        " al ",
        " a ",
        " até ",
        " tot ",
        "–",
        "-",
    ];
    for sep in SEPARATORS {
        if let Some((a, b)) = text.split_once(sep) {
            if let (Some(a), Some(b)) = (date(a), date(b)) {
                return vec![a, b];
            }
        }
    }
    Vec::new()
}

/// Per column, the one value that `rows` fill it with and how many of them do (`None`
/// where none does); `None` when two rows disagree in a column.
fn agreeing_values(columns: &[&Numbers], rows: &[usize]) -> Option<Vec<Option<(Decimal, usize)>>> {
    let mut merged: Vec<Option<(Decimal, usize)>> = vec![None; columns.len()];
    for &row in rows {
        for (slot, column) in merged.iter_mut().zip(columns) {
            let Some(v) = column.get(row) else { continue };
            match slot {
                None => *slot = Some((v, 1)),
                Some((w, n)) if *w == v => *n += 1,
                Some(_) => return None,
            }
        }
    }
    Some(merged)
}

/// True when rows holding `merged` (a value and how many rows hold it, per column) are
/// all totals of the others: in each column the file fills, the value times one plus
/// the rows holding it gives the sum, with at least one value that is not zero (two
/// when a column is left blank: a total leaves blank what its rows cannot add up, as
/// Meta's summary row leaves Results when the campaigns' result types differ).
/// Running sums of the additive columns: in units of each column's scale, exactly,
/// or as decimals for a column of decimals.
struct Sums(Vec<Running>);

enum Running {
    /// The sum in units of the column's scale (its decimal places).
    Units(u32, Option<i128>),
    Decimals(Option<Decimal>),
}

impl Sums {
    fn new(columns: &[&Numbers]) -> Self {
        Sums(
            columns
                .iter()
                .map(|c| {
                    if c.is_wide() {
                        Running::Decimals(None)
                    } else {
                        Running::Units(c.scale(), None)
                    }
                })
                .collect(),
        )
    }

    /// Adds `row`; true when one of its values is not zero.
    fn add(&mut self, columns: &[&Numbers], row: usize) -> bool {
        let mut numbered = false;
        for (sum, column) in self.0.iter_mut().zip(columns) {
            match sum {
                Running::Units(_, total) => {
                    if let Ok(Some(u)) = column.units(row) {
                        numbered |= u != 0;
                        *total = Some(total.unwrap_or(0).saturating_add(u));
                    }
                }
                Running::Decimals(total) => {
                    if let Some(v) = column.get(row) {
                        numbered |= !v.is_zero();
                        *total = match *total {
                            None => Some(v),
                            Some(t) => t.checked_add(v),
                        };
                    }
                }
            }
        }
        numbered
    }

    /// The sums as decimals (`None` where no row had a value, or beyond a decimal).
    fn totals(&self) -> Vec<Option<Decimal>> {
        self.0
            .iter()
            .map(|sum| match sum {
                Running::Units(scale, u) => {
                    u.and_then(|u| Decimal::try_from_i128_with_scale(u, *scale).ok())
                }
                Running::Decimals(d) => *d,
            })
            .collect()
    }
}

/// True when `values` (a candidate subtotal) equal `sums` (of `rows` rows) in every
/// column both fill, to the file's rounding, with at least `columns` non-zero columns
/// agreeing (two when the candidate leaves a summed column blank), and no value where
/// the rows have none.
fn sums_match(
    values: &[Option<Decimal>],
    sums: &[Option<Decimal>],
    rows: usize,
    columns: usize,
) -> bool {
    let (mut nonzero, mut blank, mut filled) = (0usize, 0usize, 0usize);
    for (value, sum) in values.iter().zip(sums) {
        match (value, sum) {
            (None, None) => {}
            (Some(v), None) => {
                if !v.is_zero() {
                    return false;
                }
            }
            (None, Some(_)) => blank += 1,
            (Some(v), Some(t)) => {
                if !close(*v, *t, *v, rows) {
                    return false;
                }
                filled += 1;
                nonzero += usize::from(!v.is_zero());
            }
        }
    }
    let wanted = if blank > 0 { 2 } else { 1 }.max(columns.min(filled));
    nonzero >= wanted
}

/// A `repeated_header` note on each unmapped column whose header is that of an earlier
/// mapped column (a wide sheet: "Dépenses; Clics" under "Google Ads", again under "Meta
/// Ads"): a field is read from one column, so the figures leave the repeated one out,
/// and the note says so instead of leaving it unsaid.
fn repeated_headers(mapping: &[ColumnMapping], notes: &mut Vec<Issue>) {
    let mut mapped: FxHashMap<String, usize> = FxHashMap::default();
    for (col, m) in mapping.iter().enumerate().take(MAX_MAPPED_COLUMNS) {
        let norm = field::normalise(&m.header);
        if norm.is_empty() {
            continue;
        }
        if m.field.is_some() {
            mapped.entry(norm).or_insert(col);
        } else if let Some(&first) = mapped.get(&norm) {
            notes.push(Issue {
                column: Some(m.header.clone()),
                column_number: Some(col + 1),
                ..note(IssueKind::RepeatedHeader { first: first + 1 }, "")
            });
        }
    }
}

/// Per name column: whether each of its distinct names holds a totals word.
fn worded_names(names: &[&Texts]) -> Vec<Vec<bool>> {
    names
        .iter()
        .map(|t| t.values.iter().map(|v| totals::has_total_word(v)).collect())
        .collect()
}

fn is_total_set(
    merged: &[Option<(Decimal, usize)>],
    sums: &[Option<Decimal>],
    rows: usize,
) -> bool {
    let (mut nonzero, mut blank) = (0usize, 0usize);
    for (held, total) in merged.iter().zip(sums) {
        match (held, total) {
            (_, None) => {}
            (None, Some(_)) => blank += 1,
            (Some((v, n)), Some(t)) => {
                let copies = Decimal::from(*n as u64 + 1);
                let Some(times) = v.checked_mul(copies) else {
                    return false;
                };
                if !close(times, *t, *v, rows) {
                    return false;
                }
                nonzero += usize::from(!v.is_zero());
            }
        }
    }
    if blank == 0 {
        nonzero > 0
    } else {
        nonzero >= 2
    }
}

/// For a row with `values`, when every additive column the file fills holds at least
/// the sum of the other rows (`sums` minus the row), and one holds more: the index of
/// the first column that holds more. A data row is never that large unless the file
/// has very few rows.
fn covers_the_others(
    values: &[Option<Decimal>],
    sums: &[Option<Decimal>],
    rows: usize,
) -> Option<usize> {
    let mut larger = None;
    let mut any = false;
    for (k, (value, total)) in values.iter().zip(sums).enumerate() {
        match (value, total) {
            (_, None) => {}
            (None, Some(_)) => return None,
            (Some(v), Some(t)) => {
                let others = t.checked_sub(*v)?;
                if v.is_sign_negative() || others.is_sign_negative() {
                    return None;
                }
                any |= !others.is_zero();
                if *v < others && !close(*v, others, *v, rows) {
                    return None;
                }
                if larger.is_none() && !close(*v, others, *v, rows) {
                    larger = Some(k);
                }
            }
        }
    }
    if any {
        larger
    } else {
        None
    }
}

/// True when `a` and `b` agree to the rounding of `written` (a total as the export
/// wrote it): whole counts exactly; otherwise within half a unit of its last place per
/// row summed (each row was rounded too), capped at 0.1 % of the total, and never
/// closer than half a unit.
fn close(a: Decimal, b: Decimal, written: Decimal, rows: usize) -> bool {
    let Some(diff) = a.checked_sub(b).map(|d| d.abs()) else {
        return false;
    };
    if diff.is_zero() {
        return true;
    }
    let scale = written.normalize().scale();
    if scale == 0 && b.fract().is_zero() {
        return false;
    }
    let Ok(half) = Decimal::try_new(5, scale.saturating_add(1)) else {
        return false;
    };
    let by_rows = half
        .checked_mul(Decimal::from(rows as u64))
        .unwrap_or(Decimal::MAX);
    let relative = b.abs() / Decimal::from(1000);
    diff <= half.max(by_rows.min(relative))
}

/// Removes the rows in `rows` (sorted, distinct) from a column.
fn remove_values(values: &mut Values, rows: &[usize]) {
    match values {
        Values::Text(v) => retain_rows(&mut v.rows, rows),
        Values::Number(v) => v.remove_rows(rows),
        Values::Date(v) => v.remove_rows(rows),
    }
}

/// Removes the items at `rows` (sorted, distinct) in one pass.
fn retain_rows<T>(v: &mut Vec<T>, rows: &[usize]) {
    let mut i = 0;
    let mut next = rows.iter().peekable();
    v.retain(|_| {
        let drop = next.peek().is_some_and(|&&r| r == i);
        if drop {
            next.next();
        }
        i += 1;
        !drop
    });
}

fn note(kind: IssueKind, raw: &str) -> Issue {
    Issue {
        line: 0,
        column: None,
        column_number: None,
        raw: raw.to_owned(),
        kind,
        action: Action::Noted,
    }
}

fn skip(line: u64, column: Option<(Option<String>, usize)>, raw: String, kind: IssueKind) -> Issue {
    let (column, column_number) = column.map_or((None, None), |(h, n)| (h, Some(n)));
    Issue {
        line,
        column,
        column_number,
        raw,
        kind,
        action: Action::Skipped,
    }
}

fn cell_issue(line: u64, at: (Option<String>, usize), raw: &str, kind: IssueKind) -> Issue {
    skip(line, Some(at), clip(raw), kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_column_keeps_each_distinct_value_once() {
        let texts = Texts::from_cells([
            Some(" Brand "),
            Some("Generic"),
            None,
            Some("n/a"),
            Some("Brand"),
        ]);
        assert_eq!(texts.values, vec!["Brand".to_owned(), "Generic".to_owned()]);
        assert_eq!(texts.rows, vec![1, 2, 0, 0, 1]);
        let cells: Vec<Option<&str>> = texts.iter().collect();
        assert_eq!(
            cells,
            vec![Some("Brand"), Some("Generic"), None, None, Some("Brand")]
        );
        assert_eq!(texts.get(9), None);
    }

    #[test]
    fn a_folded_row_adds_exactly_and_widens_when_the_sum_needs_it() {
        let n = |s: &str| s.parse::<Decimal>().ok();
        // 32-bit units: a sum beyond them widens the column to 64 bits.
        let mut numbers: Numbers = [n("2000000000"), n("2000000000"), None]
            .into_iter()
            .collect();
        numbers.add_row(0, 1);
        numbers.add_row(1, 2);
        assert!(matches!(numbers, Numbers::Fixed { .. }));
        assert_eq!(
            numbers.iter().collect::<Vec<_>>(),
            [n("4000000000"), n("2000000000"), None]
        );
        // 64-bit units: a sum beyond them is kept as a decimal, exactly.
        let mut numbers: Numbers = [n("9223372036854775.807"), n("0.001")]
            .into_iter()
            .collect();
        numbers.add_row(0, 1);
        assert!(numbers.is_wide());
        assert_eq!(numbers.get(0), n("9223372036854775.808"));
        // Decimal places of the column: the sum keeps them.
        let mut numbers: Numbers = [n("1.5"), n("2.25")].into_iter().collect();
        numbers.add_row(0, 1);
        assert_eq!(numbers.get(0), n("3.75"));
    }

    #[test]
    fn a_date_column_keeps_days_and_times_only_once_one_has_a_time() {
        let at = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S%.f").ok();
        let days = [at("2026-03-01 00:00:00"), None, at("0001-01-01 00:00:00")];
        let dates: Dates = days.iter().copied().collect();
        assert!(dates.times.is_empty(), "days only: no time kept");
        assert_eq!(dates.iter().collect::<Vec<_>>(), days);
        // A time of day, then a blank and a midnight: every row reads back as it came.
        let mut all = days.to_vec();
        all.extend([
            at("2026-03-02 13:45:10.250"),
            None,
            at("9999-12-31 00:00:00"),
        ]);
        let mut dates: Dates = all.iter().copied().collect();
        assert_eq!(dates.len(), 6);
        assert_eq!(dates.iter().collect::<Vec<_>>(), all);
        dates.remove_rows(&[1, 3]);
        assert_eq!(
            dates.iter().collect::<Vec<_>>(),
            [all[0], all[2], all[4], all[5]]
        );
        assert_eq!(dates.get(9), None);
    }

    #[test]
    fn a_file_beyond_the_memory_budget_is_refused_whole_or_in_chunks() {
        // Every row its own campaign: nothing to fold (see `fold`).
        let mut text = String::from("Date,Campaign,Spend,Clicks\n");
        for i in 0..20_000 {
            text.push_str(&format!("2026-01-{:02},C{i},{i}.5,{i}\n", i % 28 + 1));
        }
        let import = |budget: u64, rows: usize, chunk: usize| {
            let end = text
                .match_indices('\n')
                .nth(rows)
                .map_or(text.len(), |(i, _)| i + 1);
            let mut importer = Importer::with_budget("big.csv", &Overrides::default(), budget);
            for c in text.as_bytes()[..end].chunks(chunk) {
                importer.push(c);
            }
            importer.finish()
        };
        let read = import(MAX_TABLE_BYTES, 20_000, usize::MAX).expect("within the budget");
        assert_eq!(read.rows_used, 20_000);
        // 20,000 rows take far more than 100 KB; 1,000 rows (checked at the end of the
        // file) more than 10 KB. Refused whole or in chunks, naming the file.
        for (budget, rows) in [(100_000, 20_000), (10_000, 1_000)] {
            for chunk in [usize::MAX, 65_536, 100] {
                let err = import(budget, rows, chunk).expect_err("beyond the budget");
                assert_eq!(err.kind(), &ErrorKind::TooLarge, "{budget} {chunk}");
                assert_eq!(err.file(), "big.csv");
            }
        }
        assert!(import(1_000_000, 1_000, 100).is_ok());
    }

    #[test]
    fn a_number_column_is_exact_compact_and_widens_when_a_value_does_not_fit() {
        let d = |s: &str| s.parse::<Decimal>().ok();
        let cells = [d("12"), None, d("3.5"), d("-0.25"), d("0")];
        let numbers: Numbers = cells.iter().copied().collect();
        // The column's unit grew to hundredths as the values came; every value reads
        // back equal, blanks stay blank.
        assert!(matches!(numbers, Numbers::Narrow { scale: 2, .. }));
        assert_eq!(numbers.iter().collect::<Vec<_>>(), cells);
        assert_eq!(numbers.sum(), d("15.25"));
        // Units beyond 32 bits, or a unit that would push one there, take 64 bits.
        for extra in ["21474836.48", "3000000000", "0.0000000001"] {
            let mut fixed = numbers.clone();
            fixed.push(d(extra));
            assert!(matches!(fixed, Numbers::Fixed { .. }), "{extra}");
            let mut want = cells.to_vec();
            want.push(d(extra));
            assert_eq!(fixed.iter().collect::<Vec<_>>(), want, "{extra}");
            assert_eq!(
                fixed.sum(),
                Some(d("15.25").unwrap() + d(extra).unwrap()),
                "{extra}"
            );
        }
        // The largest and smallest narrow units stay narrow; the blank marker is not one.
        let edge: Numbers = [d("2147483647"), d("-2147483647"), None]
            .into_iter()
            .collect();
        assert!(matches!(edge, Numbers::Narrow { scale: 0, .. }));
        assert_eq!(edge.sum(), d("0"));
        let min: Numbers = [d("-2147483648")].into_iter().collect();
        assert!(matches!(min, Numbers::Fixed { .. }));
        assert_eq!(min.iter().collect::<Vec<_>>(), vec![d("-2147483648")]);
        // A value beyond 64 bits, or a unit that would push one there, goes wide; the
        // earlier values are unchanged.
        for extra in [
            "123456789012345678901234",
            "92233720368547758.08",
            "0.000000000000000000001",
        ] {
            let mut wide = numbers.clone();
            wide.push(d(extra));
            assert!(matches!(wide, Numbers::Wide(_)), "{extra}");
            let mut want = cells.to_vec();
            want.push(d(extra));
            assert_eq!(wide.iter().collect::<Vec<_>>(), want, "{extra}");
            assert_eq!(
                wide.sum(),
                Some(d("15.25").unwrap() + d(extra).unwrap()),
                "{extra}"
            );
        }
        assert_eq!(Numbers::default().sum(), None);
        assert_eq!([None, None].into_iter().collect::<Numbers>().sum(), None);
        // A sum beyond what a decimal holds is no sum.
        let huge: Numbers = [Decimal::MAX, Decimal::MAX].map(Some).into_iter().collect();
        assert_eq!(huge.sum(), None);
    }

    fn run(text: &str) -> Ingested {
        ingest("t.csv", text.as_bytes(), &Overrides::default()).expect("ingests")
    }

    /// (rows used, Σ of `field`, the kinds of the issues on their lines).
    #[track_caller]
    fn check_totals(text: &str, field: Field, used: u64, total: &str, issues: &[(u64, IssueKind)]) {
        let got = run(text);
        assert_eq!(got.rows_read, got.rows_used + got.rows_skipped);
        assert_eq!(got.rows_used, used, "rows used");
        let sum: Decimal = got
            .table
            .number(field)
            .expect("column")
            .iter()
            .flatten()
            .sum();
        assert_eq!(sum.normalize().to_string(), total, "sum of {field:?}");
        let kinds: Vec<(u64, IssueKind)> = got
            .issues
            .iter()
            .filter(|i| i.line > 0)
            .map(|i| (i.line, i.kind.clone()))
            .collect();
        assert_eq!(kinds, issues);
    }

    #[test]
    fn account_total_first_with_no_name_is_found_by_arithmetic() {
        check_totals(
            "Reporting starts,Reporting ends,Campaign name,Amount spent (EUR),Impressions,Reach,Link clicks\n\
             2026-01-01,2026-03-31,,30.00,3000,2500,30\n\
             2026-01-01,2026-03-31,A,10.00,1000,900,10\n\
             2026-01-01,2026-03-31,B,20.00,2000,1700,20\n",
            Field::Spend,
            2,
            "30",
            &[(2, IssueKind::TotalByArithmetic)],
        );
    }

    #[test]
    fn totals_anywhere_duplicated_or_in_the_middle_are_left_out() {
        let rows = ["A,1.25,10", "B,2.50,20", "C,3.75,30"];
        let total = ",7.50,60";
        for layout in [
            vec![total, rows[0], rows[1], rows[2]],
            vec![rows[0], rows[1], rows[2], total],
            vec![rows[0], total, rows[1], rows[2]],
            vec![total, rows[0], rows[1], rows[2], total],
        ] {
            let text = format!("Campaign,Cost,Clicks\n{}\n", layout.join("\n"));
            let got = run(&text);
            assert_eq!(got.rows_used, 3, "{text}");
            let clicks: Decimal = got
                .table
                .number(Field::Clicks)
                .expect("clicks")
                .iter()
                .flatten()
                .sum();
            assert_eq!(clicks, Decimal::from(60), "{text}");
        }
    }

    #[test]
    fn a_total_of_more_rows_than_the_report_holds_is_left_out_and_noted() {
        // A report cut to its first three rows; its total covers 250 landing pages.
        check_totals(
            "Landing Page,Sessions,Users\n/,1100,900\n/pricing,350,300\n/blog,110,100\n,5000,4200\n",
            Field::Sessions,
            3,
            "1560",
            &[
                (5, IssueKind::TotalByArithmetic),
                (
                    5,
                    IssueKind::TotalDiffers {
                        ours: "1560".into(),
                        theirs: "5000".into(),
                    },
                ),
            ],
        );
    }

    #[test]
    fn a_nameless_row_that_is_not_a_total_is_data() {
        check_totals(
            "Campaign,Cost,Clicks\nA,1.00,10\n,2.00,20\nB,3.00,30\n",
            Field::Clicks,
            3,
            "60",
            &[],
        );
    }

    #[test]
    fn labelled_totals_in_any_column_are_checked_against_the_rows() {
        check_totals(
            "Keyword status,Keyword,Campaign,Clicks,Cost\n\
             Enabled,shoes,C1,5,2.50\n\
             Enabled,boots,C1,3,1.50\n\
             --,Total: Account,--,10,5.00\n\
             --,--,Total: Search campaigns,8,4.00\n",
            Field::Clicks,
            2,
            "8",
            &[
                (4, IssueKind::SummaryRow),
                (
                    4,
                    IssueKind::TotalDiffers {
                        ours: "8".into(),
                        theirs: "10".into(),
                    },
                ),
                (5, IssueKind::SummaryRow),
                (5, IssueKind::TotalAgrees),
            ],
        );
    }

    #[test]
    fn labels_in_other_languages() {
        for label in [
            "Samtals",
            "Total général",
            "Gesamt",
            "Totaal",
            "Totale",
            "Total geral",
        ] {
            let text = format!("Campaign,Clicks\nA,1\nB,2\n{label},3\n");
            check_totals(
                &text,
                Field::Clicks,
                2,
                "3",
                &[(4, IssueKind::SummaryRow), (4, IssueKind::TotalAgrees)],
            );
        }
    }

    #[test]
    fn a_daily_total_with_no_date_and_rounded_decimals() {
        check_totals(
            "Day,Cost,Clicks\n2026-01-01,1.114,2\n2026-01-02,2.223,3\n,3.34,5\n",
            Field::Spend,
            2,
            "3.337",
            &[(4, IssueKind::TotalByArithmetic)],
        );
    }

    #[test]
    fn web_analytics_preamble_states_the_period() {
        let got = run("# ----------------------------------------\n\
             # Traffic acquisition: Session default channel group\n\
             # Account: Shop, Inc.\n\
             # Start date: 20260101\n\
             # End date: 20260331\n\
             # ----------------------------------------\n\
             Session default channel group,Sessions,Active users\n\
             Organic Search,100,80\n\
             Direct,50,45\n");
        assert_eq!(got.rows_used, 2);
        assert_eq!(got.header_line, 7);
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).expect("date");
        assert_eq!(got.table.stated_period, Some((day(1, 1), day(3, 31))));
        assert!(got
            .issues
            .iter()
            .any(|i| matches!(&i.kind, IssueKind::StatedPeriod { from, to } if from == "2026-01-01" && to == "2026-03-31")));
    }

    #[test]
    fn report_titles_state_ranges() {
        for (title, from, to) in [
            (
                "\"1 January 2026 - 31 March 2026\"",
                (2026, 1, 1),
                (2026, 3, 31),
            ),
            (
                "Report Time: 2026-01-01 - 2026-03-31",
                (2026, 1, 1),
                (2026, 3, 31),
            ),
            ("# 20260101-20260331", (2026, 1, 1), (2026, 3, 31)),
            (
                "\"Jan 1, 2026 - Mar 31, 2026\"",
                (2026, 1, 1),
                (2026, 3, 31),
            ),
        ] {
            let got = run(&format!(
                "Campaign report\n{title}\nCampaign,Clicks,Cost\nA,1,2.00\nB,2,3.00\n"
            ));
            let day = |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).expect("date");
            assert_eq!(
                got.table.stated_period,
                Some((day(from), day(to))),
                "{title}"
            );
            assert_eq!(got.rows_used, 2, "{title}");
        }
    }

    #[test]
    fn a_comment_below_the_data_ends_the_table() {
        check_totals(
            "Landing Page,Sessions,Users\n/,100,90\n/shop,50,40\n,150,120\n\n# ----\n\nDay Index,Sessions\n1/1/20,100\n1/2/20,50\n",
            Field::Sessions,
            2,
            "150",
            &[
                (4, IssueKind::TotalByArithmetic),
                (6, IssueKind::NoteLine),
                (8, IssueKind::AfterTable),
                (9, IssueKind::AfterTable),
                (10, IssueKind::AfterTable),
            ],
        );
    }

    #[test]
    fn a_one_cell_note_in_a_wide_table_is_not_data() {
        check_totals(
            "Campaign,Clicks,Cost\nA,1,2.00\n\"©2026 Microsoft Corporation. All rights reserved.\"\n",
            Field::Clicks,
            1,
            "1",
            &[(3, IssueKind::NoteLine)],
        );
    }

    #[test]
    fn shopify_order_names_are_not_comments() {
        let got = run("Name,Email,Total,Created at\n#1001,a@x.com,10.00,2026-01-01\n#1002,b@x.com,5.00,2026-01-02\n");
        assert_eq!(got.rows_used, 2);
    }

    #[test]
    fn a_header_of_100000_names_maps_only_its_first_columns() {
        let headers: Vec<String> = (0..100_000).map(|i| format!("Spend metric {i}")).collect();
        let text = format!("Campaign,Clicks,Cost,{}\nA,1,2.00\n", headers.join(","));
        let got = run(&text);
        assert_eq!(got.mapping.len(), 100_003);
        assert_eq!(got.rows_used, 1);
        assert!(got
            .mapping
            .iter()
            .skip(MAX_MAPPED_COLUMNS)
            .all(|m| m.field.is_none()));
        assert!(got.issues.iter().any(|i| i.kind
            == IssueKind::ColumnsNotMatched {
                columns: 100_003,
                matched: MAX_MAPPED_COLUMNS
            }));
    }

    #[test]
    fn a_kind_read_from_few_of_its_usual_columns_is_stated_as_assumed() {
        let got = run("Page name,Sessions\n/a,10\n/b,5\n");
        assert_eq!(got.kind, FileKind::WebAnalytics);
        assert!(got.issues.iter().any(|i| i.kind
            == IssueKind::KindAssumed {
                file_kind: "web_analytics".into(),
                found: 1,
                usual: 6
            }));
        let sure =
            run("Campaign,Day,Cost,Impressions,Clicks,Conversions\nA,2026-01-01,1.00,10,1,0\n");
        assert!(!sure
            .issues
            .iter()
            .any(|i| matches!(i.kind, IssueKind::KindAssumed { .. })));
    }

    #[test]
    fn counts_every_row() {
        // The short row stands above the total: below it, a row filling few of the
        // summed columns is a line under the table (`below_total`).
        let got = run("Campaign,Spend,Clicks\nA,1.50,3\nB,x,4\n,,\nC,2\nTotal,1.5,7\n");
        assert_eq!(got.kind, FileKind::AdPerformance);
        assert_eq!(
            (
                got.rows_read,
                got.rows_used,
                got.rows_skipped,
                got.rows_repaired
            ),
            (5, 2, 3, 1)
        );
        let kinds: Vec<(u64, &IssueKind)> = got.issues.iter().map(|i| (i.line, &i.kind)).collect();
        assert_eq!(
            kinds,
            vec![
                (3, &IssueKind::NotANumber),
                (4, &IssueKind::EmptyRow),
                (
                    5,
                    &IssueKind::TooFewCells {
                        expected: 3,
                        found: 2
                    }
                ),
                (6, &IssueKind::SummaryRow),
                (
                    6,
                    &IssueKind::TotalDiffers {
                        ours: "3.5".into(),
                        theirs: "1.5".into()
                    }
                ),
            ]
        );
        let bad = &got.issues[0];
        assert_eq!(
            (bad.column.as_deref(), bad.column_number, bad.raw.as_str()),
            (Some("Spend"), Some(2), "x")
        );
        assert_eq!(got.table.lines, vec![2, 5]);
        assert_eq!(
            got.table.number(Field::Clicks).map(|c| c.iter().collect()),
            Some(vec![Some(Decimal::from(3)), None])
        );
    }

    #[test]
    fn whitespace_aligned_text_without_header() {
        let got = run(" 00004 0001 19970101  2\t 29.33\r\n 00004 0001 19970118  2   29.73\r\n\r\n 00021 0002 19970101  3   63.34\r\n");
        assert_eq!(got.delimiter, b' ');
        assert_eq!(got.header_line, 0);
        assert_eq!(
            got.issues[0].kind,
            IssueKind::HeadersGenerated { columns: 5 }
        );
        let headers: Vec<&str> = got.mapping.iter().map(|m| m.header.as_str()).collect();
        assert_eq!(
            headers,
            ["column 1", "column 2", "column 3", "column 4", "column 5"]
        );
        assert_eq!((got.rows_read, got.rows_used), (3, 3));
        assert_eq!(got.table.lines, vec![1, 2, 4]);
        let with_header = run("id   amount\n1    2.5\n2    3\n");
        assert_eq!(with_header.header_line, 1);
        assert_eq!(with_header.mapping.len(), 2);
    }

    #[test]
    fn cr_only_line_numbers() {
        let got = run("Campaign,Clicks\r1,2\r3,4");
        assert_eq!(got.table.lines, vec![2, 3]);
        assert_eq!(got.rows_read, 2);
    }

    #[test]
    fn title_block_is_skipped_and_noted() {
        let got = run("Campaign performance report\n\"Jan 1, 2024 - Jan 31, 2024\"\n\nCampaign,Impr.,Clicks,Cost\nA,100,5,\"1,234.50\"\n");
        assert_eq!(got.header_line, 4);
        assert_eq!(got.issues[0].kind, IssueKind::TitleLines { count: 3 });
        assert_eq!(
            got.table.number(Field::Spend).map(|c| c.iter().collect()),
            Some(vec![Some(Decimal::new(123450, 2))])
        );
    }

    #[test]
    fn european_numbers_and_dates() {
        let got = run("Campaign Name;Date;Spend [USD];# of Impressions;# of Website Clicks\nX;1.08.2019;2280,5;82702;7016\nX;13.08.2019;1,25;1;2\n");
        assert_eq!(got.delimiter, b';');
        assert_eq!(got.decimal_mark, DecimalMark::Comma);
        assert_eq!(got.date_order, DateOrder::DayFirst);
        let dates = got.table.date(Field::Date).expect("date column");
        assert_eq!(
            dates.get(1).map(|d| d.date().to_string()),
            Some("2019-08-13".to_owned())
        );
    }

    #[test]
    fn ambiguous_dates_under_french_headers_are_day_first() {
        // Every date could be either order, and no number has a decimal comma (a
        // workbook's number cells, say): the French headers decide, and it is noted.
        let got =
            run("Jour,Campagne,Coût,Clics\n01/03/2024,Soldes,12.5,3\n02/03/2024,Soldes,4.25,1\n");
        assert_eq!(got.date_order, DateOrder::DayFirst);
        assert!(got
            .issues
            .iter()
            .any(|i| i.kind == IssueKind::DateOrderAssumed { day_first: true }));
        // English headers say nothing: month first, as before.
        let got = run("Day,Campaign,Cost,Clicks\n01/03/2024,Sale,12.5,3\n02/03/2024,Sale,4.25,1\n");
        assert_eq!(got.date_order, DateOrder::MonthFirst);
    }

    #[test]
    fn unclosed_quote_is_reported_at_its_line() {
        let got = run("Campaign,Clicks\nA,1\n\"B,2\nC,3\n");
        let issue = got
            .issues
            .iter()
            .find(|i| i.kind == IssueKind::UnclosedQuote)
            .expect("reported");
        assert_eq!(issue.line, 3);
        assert_eq!(got.rows_read, 2);
    }

    #[test]
    fn line_numbers_survive_blank_lines() {
        let got = run("Campaign,Clicks\r\n\r\nA,1\r\n\r\n\r\nB,x\r\n\"C\nD\",2\nE,3");
        assert_eq!(got.table.lines, vec![3, 7, 9]);
        assert_eq!(got.issues[0].line, 6);
    }

    #[test]
    fn a_time_of_day_is_kept_from_the_first_row_on() {
        let at = |d: u32, h: u32| {
            NaiveDate::from_ymd_opt(2024, 1, d).and_then(|d| d.and_hms_opt(h, 30, 0))
        };
        for values in [
            vec![at(1, 9), at(2, 16)],
            vec![
                at(1, 0).map(|t| t.date().and_time(NaiveTime::MIN)),
                at(2, 16),
                None,
                at(3, 8),
            ],
            vec![None, at(5, 7)],
        ] {
            let dates: Dates = values.iter().copied().collect();
            assert_eq!(dates.iter().collect::<Vec<_>>(), values);
        }
    }

    #[test]
    fn errors_are_values() {
        let err = |bytes: &[u8]| {
            ingest("f", bytes, &Overrides::default())
                .map(|_| ())
                .map_err(|e| e.kind().clone())
        };
        assert_eq!(err(b""), Err(ErrorKind::Empty));
        assert_eq!(err(b"\n\n \n"), Err(ErrorKind::Empty));
        assert_eq!(err(b"PK\x03\x04\0\0"), Err(ErrorKind::DamagedArchive));
    }

    #[test]
    fn misfit_mapping_is_undone_not_every_row_skipped() {
        let got = run("day;month;campaign;balance\n19;oct;1;1787\n11;may;2;4789\n");
        assert_eq!(got.rows_skipped, 0);
        assert!(!got.table.has(Field::Date));
        assert!(got.issues.iter().any(|i| matches!(&i.kind, IssueKind::MappingUndone { field, fitting: 0, not_fitting: 2 } if field == "date")));
    }

    #[test]
    fn excel_damage_is_noted_once_per_column_and_no_row_is_skipped() {
        let got = run("Campaign,Stock,Size,Date\nA,01-May,1/5,05-May\nB,May-20,2/7,06-May\nC,20-50,x,07-May\nD,3-Apr,,08-May\n");
        assert_eq!(got.rows_skipped, 0);
        let damage: Vec<(Option<&str>, &IssueKind)> = got
            .issues
            .iter()
            .filter(|i| matches!(i.kind, IssueKind::ExcelDamage { .. }))
            .map(|i| (i.column.as_deref(), &i.kind))
            .collect();
        // `Size` holds fractions but no range; `Date` is a date column.
        assert_eq!(
            damage,
            vec![(
                Some("Stock"),
                &IssueKind::ExcelDamage {
                    count: 3,
                    examples: vec!["01-May".to_owned(), "May-20".to_owned(), "3-Apr".to_owned()]
                }
            )]
        );
        let fractions = run("Campaign,Stock\nA,1/5\nB,5-20\nC,2/7\n");
        assert!(fractions.issues.iter().any(|i| i.kind
            == IssueKind::ExcelDamage {
                count: 2,
                examples: vec!["1/5".to_owned(), "2/7".to_owned()]
            }));
    }

    #[test]
    fn overrides_win() {
        let overrides = Overrides {
            fields: vec![("Clicks".to_owned(), Some(Field::Conversions))],
            decimal_mark: Some(DecimalMark::Comma),
            ..Overrides::default()
        };
        let got =
            ingest("t.csv", b"Campaign,Clicks,Spend\nA,3,\"1,5\"\n", &overrides).expect("ingests");
        assert_eq!(
            got.table
                .number(Field::Conversions)
                .map(|c| c.iter().collect()),
            Some(vec![Some(Decimal::from(3))])
        );
        assert_eq!(
            got.table.number(Field::Spend).map(|c| c.iter().collect()),
            Some(vec![Some(Decimal::new(15, 1))])
        );
        assert!(!got.table.has(Field::Clicks));
    }
}
