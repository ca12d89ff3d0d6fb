//! Folding a summed file's rows as they are read: the rows of one day that share every
//! name, split and blank become one row holding their sums, so that a year of daily
//! rows per campaign takes as many rows as it has distinct (day, campaign, …), not
//! one per line.
//!
//! The audit only adds up the numbers of these files, so a folded row gives it the same
//! sums, exactly (fixed point, or decimals). What it counts per row (the rows that
//! know a group, the most frequent values of a split column) reads the row's weight.
//! Rows that may be the export's own total (no name) or a subtotal (a name holding a
//! totals word) are never folded, and the totals checks count the file's rows, not the
//! folded ones. Subtotals are read only in file order: a file that folded is not read
//! for them, and an import keeping every row ([`Fold::dry_run`]) knows when its rows
//! would have folded, so that both find the same. Folding stops when it does not
//! pay: a file whose rows are nearly all distinct keeps them as they are.

use crate::engine::import::field::{Field, FileKind};
use crate::engine::import::ingest::{Texts, Values};
use rustc_hash::{FxHashMap, FxHasher};
use std::hash::Hasher;

/// Rows read before folding is first judged. From then on, at every memory check of
/// the import, folding goes on only while the rows kept are at most one in
/// [`KEEP_RATIO`] of the rows read.
pub const JUDGE_ROWS: u64 = 1 << 16;

/// Rows read per row kept, at least, for folding to go on (see [`JUDGE_ROWS`]).
pub const KEEP_RATIO: u64 = 2;

/// True when the rows of a file of `kind` with the mapped `fields` are only added up
/// by the audit, so folding them changes no figure: ad, email, web and social files,
/// without a stock (list size: its first and last values are read, not summed) and
/// without a yes/no response (counted per row).
pub fn folds(kind: FileKind, fields: &[Field]) -> bool {
    matches!(
        kind,
        FileKind::AdPerformance
            | FileKind::EmailCampaigns
            | FileKind::WebAnalytics
            | FileKind::SocialPosts
    ) && !fields
        .iter()
        .any(|f| matches!(f, Field::ListSize | Field::Response))
}

/// The rows kept so far, by the hash of their key.
#[derive(Default)]
pub struct Fold {
    /// Hash of a row's key → the first kept row with that hash.
    slots: FxHashMap<u64, u32>,
    /// Folding stopped (it did not pay, or a column holds decimals); no more rows
    /// are folded.
    stopped: bool,
    /// Only finds which rows would fold, and folds none (an import that keeps every
    /// row, to compare with a folded one).
    dry: bool,
    /// A row found a row to fold into (folded, or would have been).
    found: bool,
}

impl Fold {
    /// A fold that folds no row, but knows whether one would have been folded: an
    /// import keeping every row then decides what depends on it (the subtotals, read
    /// only in file order) as the folded import does.
    pub fn dry_run() -> Self {
        Fold {
            dry: true,
            ..Fold::default()
        }
    }

    /// True when a row folded into another, or would have in a dry run.
    pub fn found(&self) -> bool {
        self.found
    }

    /// The kept row that `row` (the last row of `columns` and `splits`) folds into: an
    /// earlier row with the same key. `None` when there is none; `row` is then kept,
    /// and found by the rows after it.
    pub fn target<S: AsRef<Texts>>(
        &mut self,
        columns: &[(Field, Values)],
        splits: &[S],
        row: usize,
    ) -> Option<usize> {
        if self.stopped {
            return None;
        }
        // Decimals (a value beyond 64 bits of units) round at 28 significant digits, so
        // their sums depend on the order of the additions: such a file is not folded
        // from then on. Units add up exactly, in any order.
        let Some(hash) = key_hash(columns, splits, row) else {
            self.stop();
            return None;
        };
        let Ok(kept) = u32::try_from(row) else {
            return None;
        };
        match self.slots.entry(hash) {
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(kept);
                None
            }
            std::collections::hash_map::Entry::Occupied(slot) => {
                let into = *slot.get() as usize;
                // Two keys with one hash (rare): the row is kept as it is.
                let into = same_key(columns, splits, into, row).then_some(into);
                self.found |= into.is_some();
                into.filter(|_| !self.dry)
            }
        }
    }

    /// Judges whether folding pays, after `read` rows of which `kept` are kept; when
    /// it does not, it stops and lets its table go.
    pub fn judge(&mut self, read: u64, kept: u64) {
        if read >= JUDGE_ROWS && kept.saturating_mul(KEEP_RATIO) > read {
            self.stop();
        }
    }

    /// Folds no more rows, and lets its table go.
    fn stop(&mut self) {
        self.stopped = true;
        self.slots = FxHashMap::default();
    }

    /// Memory its table takes (a slot and its share of the table's spare room).
    pub fn bytes(&self) -> u64 {
        (self.slots.capacity() as u64).saturating_mul(16)
    }
}

/// The hash of a row's key: its texts, dates, split values and which numbers are blank.
/// `None` when a number column holds decimals (see [`Fold::target`]).
fn key_hash<S: AsRef<Texts>>(columns: &[(Field, Values)], splits: &[S], row: usize) -> Option<u64> {
    let mut h = FxHasher::default();
    for (_, values) in columns {
        match values {
            Values::Text(t) => h.write_u32(t.rows.get(row).copied().unwrap_or(0)),
            Values::Date(d) => {
                let (day, time) = d.key(row).unwrap_or_default();
                h.write_i32(day);
                h.write_u32(chrono::Timelike::num_seconds_from_midnight(&time));
                h.write_u32(chrono::Timelike::nanosecond(&time));
            }
            Values::Number(n) if n.is_wide() => return None,
            Values::Number(n) => h.write_u8(u8::from(n.is_blank(row))),
        }
    }
    for split in splits {
        h.write_u32(split.as_ref().rows.get(row).copied().unwrap_or(0));
    }
    Some(h.finish())
}

/// True when rows `a` and `b` have the same key (see [`key_hash`]).
fn same_key<S: AsRef<Texts>>(
    columns: &[(Field, Values)],
    splits: &[S],
    a: usize,
    b: usize,
) -> bool {
    let same_text = |t: &Texts| t.rows.get(a) == t.rows.get(b);
    columns.iter().all(|(_, values)| match values {
        Values::Text(t) => same_text(t),
        Values::Date(d) => d.key(a) == d.key(b),
        Values::Number(n) => n.is_blank(a) == n.is_blank(b),
    }) && splits.iter().all(|s| same_text(s.as_ref()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::import::ingest::{Dates, Numbers};
    use chrono::NaiveDate;
    use rust_decimal::Decimal;

    fn columns(rows: &[(&str, u32, Option<i64>)]) -> Vec<(Field, Values)> {
        let day = |d: u32| NaiveDate::from_ymd_opt(2026, 1, d).and_then(|d| d.and_hms_opt(0, 0, 0));
        vec![
            (
                Field::Campaign,
                Values::Text(Texts::from_cells(rows.iter().map(|r| Some(r.0)))),
            ),
            (
                Field::Date,
                Values::Date(rows.iter().map(|r| day(r.1)).collect::<Dates>()),
            ),
            (
                Field::Spend,
                Values::Number(
                    rows.iter()
                        .map(|r| r.2.map(Decimal::from))
                        .collect::<Numbers>(),
                ),
            ),
        ]
    }

    #[test]
    fn rows_of_one_key_meet_and_others_do_not() {
        let cols = columns(&[
            ("a", 1, Some(1)),
            ("b", 1, Some(2)),
            ("a", 2, Some(3)),
            ("a", 1, None),
            ("a", 1, Some(5)),
        ]);
        let splits: [Texts; 0] = [];
        let mut fold = Fold::default();
        let got: Vec<Option<usize>> = (0..5).map(|r| fold.target(&cols, &splits, r)).collect();
        // Row 3 has a blank spend where row 0 has one: another key.
        assert_eq!(got, vec![None, None, None, None, Some(0)]);
    }

    #[test]
    fn a_column_of_decimals_stops_folding() {
        // Sums of 26-digit decimals round, differently in another order.
        let mut cols = columns(&[("a", 1, Some(1)), ("a", 1, Some(2)), ("a", 1, Some(3))]);
        let splits: [Texts; 0] = [];
        let mut fold = Fold::default();
        assert_eq!(fold.target(&cols, &splits, 0), None);
        assert_eq!(fold.target(&cols, &splits, 1), Some(0));
        if let Some((_, Values::Number(n))) = cols.get_mut(2) {
            n.push("333.33333333333333333333334".parse().ok());
            assert!(n.is_wide());
        }
        assert_eq!(fold.target(&cols, &splits, 2), None);
        assert!(fold.stopped && fold.slots.is_empty());
    }

    #[test]
    fn folding_stops_when_it_does_not_pay() {
        let mut fold = Fold::default();
        fold.judge(JUDGE_ROWS - 1, JUDGE_ROWS - 1);
        assert!(!fold.stopped, "judged only from JUDGE_ROWS on");
        fold.judge(JUDGE_ROWS, JUDGE_ROWS / 2);
        assert!(!fold.stopped, "half the rows kept still pays");
        fold.judge(JUDGE_ROWS, JUDGE_ROWS / 2 + 1);
        assert!(fold.stopped);
    }

    #[test]
    fn only_summed_kinds_without_stocks_fold() {
        let ad = [Field::Date, Field::Campaign, Field::Spend, Field::Clicks];
        assert!(folds(FileKind::AdPerformance, &ad));
        assert!(!folds(FileKind::Leads, &ad));
        assert!(!folds(FileKind::Transactions, &ad));
        assert!(!folds(FileKind::Surveys, &ad));
        assert!(!folds(
            FileKind::EmailCampaigns,
            &[Field::Date, Field::Sent, Field::ListSize]
        ));
        assert!(!folds(
            FileKind::AdPerformance,
            &[Field::Campaign, Field::Response]
        ));
    }
}
