//! Errors and row issues: every problem carries where it happened.
//!
//! A file that cannot be read at all is an [`Error`]. Everything smaller — a skipped
//! row, a repaired cell, a decision the import took on the user's behalf — is an
//! [`Issue`], returned next to the data so that nothing is dropped silently.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A file-level failure: the file could not be turned into a table at all.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Error(Box<(String, ErrorKind)>);

impl Error {
    /// Builds an error of the given kind for `file`.
    pub fn new(file: &str, kind: ErrorKind) -> Self {
        Self(Box::new((file.to_owned(), kind)))
    }

    /// The file that failed.
    pub fn file(&self) -> &str {
        &self.0 .0
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.0 .1
    }
}

/// Why a file could not be read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file has no bytes, or only blank lines.
    Empty,
    /// The file looks binary (NUL bytes), e.g. an `.xlsx` renamed to `.csv`.
    Binary,
    /// No row could serve as a header.
    NoHeader,
    /// The file could not be read from the user's disk.
    Unreadable,
    /// The file's rows need more memory than the page can give one file
    /// ([`crate::engine::import::ingest::MAX_TABLE_BYTES`]), or it is an archive
    /// larger than [`crate::engine::import::workbook::MAX_ARCHIVE_BYTES`] or one that
    /// inflates beyond its limits.
    TooLarge,
    /// An Excel 97–2003 workbook (`.xls`), or a workbook protected by a password: both
    /// are OLE compound files, which are not read.
    OldWorkbook,
    /// A zip archive (an `.xlsx` workbook, a `.zip`) that is damaged, incomplete, or
    /// uses what is not read (encryption, a compression other than deflate).
    DamagedArchive,
    /// A zip archive with no sheet holding a value and no CSV file inside (an
    /// OpenDocument `.ods`, a `.docx`, a zip of images).
    NoTable,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {:?}", self.file(), self.kind())
    }
}

impl std::error::Error for Error {}

/// What the import did about an issue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// The row was left out of every figure.
    Skipped,
    /// The row was used after a repair (a cell treated as blank, a missing cell padded).
    Repaired,
    /// A decision about the file that the user should know of; no row is affected.
    Noted,
}

/// One skipped or repaired row or cell, or one decision taken about a file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Issue {
    /// 1-based line in the file where the record starts; 0 for whole-file notes.
    pub line: u64,
    /// The column's header text, when one column is at fault.
    pub column: Option<String>,
    /// 1-based column number, when one column is at fault.
    pub column_number: Option<usize>,
    /// The raw text at fault (a cell, or the start of a row), at most 200 characters.
    pub raw: String,
    /// What is wrong (flattened into the issue in exports: `"kind": "not_a_number"`).
    #[serde(flatten)]
    pub kind: IssueKind,
    /// What was done about it.
    pub action: Action,
}

/// Every kind of row problem or import decision. The UI words each one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum IssueKind {
    /// A cell of a numeric field is not a number.
    NotANumber,
    /// A cell of a date field is not a date in the column's format.
    NotADate,
    /// A negative count, where only zero or more makes sense.
    NegativeCount,
    /// The row has more cells than the header.
    TooManyCells {
        /// Cells in the header.
        expected: usize,
        /// Cells in this row.
        found: usize,
    },
    /// The row has fewer cells than the header; the missing ones were read as blank.
    TooFewCells {
        /// Cells in the header.
        expected: usize,
        /// Cells in this row.
        found: usize,
    },
    /// A totals or summary row ("Total", "Grand total") was not counted twice.
    SummaryRow,
    /// Every mapped cell of the row is blank.
    EmptyRow,
    /// A row with no name whose every additive column (spend, clicks, …) equals the sum
    /// of the other rows, to the file's rounding: the export's own total, placed first,
    /// last or in between. Left out so nothing is counted twice.
    TotalByArithmetic,
    /// A subtotal: a row whose additive columns equal the sum of the `rows` rows above
    /// it, since the previous subtotal, in a file of several such groups (a spreadsheet
    /// pivot table's "Winter sale Total", a row left blank but for its sums); or the
    /// grand total of those rows below them. Left out so nothing is counted twice.
    SubtotalByArithmetic {
        /// The rows it adds up.
        rows: usize,
    },
    /// A line under the rows, named about the money (a budget, what is left of it, a
    /// fee, VAT), that fills few of their summed columns: not data of the table, left
    /// out (an agency fee belongs in the labour cost).
    MoneyLine,
    /// A line below the sheet's own total that fills few of its summed columns (VAT,
    /// the total with VAT, a fee): not data of the table, left out.
    BelowTotal,
    /// A row named like a total ("Somme (80)", a French département) kept as data:
    /// the export's own total counts it, or its numbers are not the other rows' sum.
    TotalLabelIsData,
    /// On a totals row: the export's own total equals the sum of the rows used.
    TotalAgrees,
    /// On a totals row: the export's own total differs from the sum of the rows used
    /// (rows filtered or removed in the tool, or a total of another scope). The issue's
    /// column names the first column that differs.
    TotalDiffers {
        /// The sum of the rows used, as written in the export's number form.
        ours: String,
        /// The total the export states.
        theirs: String,
    },
    /// The file's kind was recognised from under half of that kind's usual columns: an
    /// assumption the user should check (line 0).
    KindAssumed {
        /// The file kind's id.
        file_kind: String,
        /// Usual columns found.
        found: usize,
        /// Usual columns of the kind.
        usual: usize,
    },
    /// The header has more columns than are matched against the vocabulary; the rest
    /// were left unmapped (line 0).
    ColumnsNotMatched {
        /// Columns in the header.
        columns: usize,
        /// Columns matched.
        matched: usize,
    },
    /// A comment or note line in the table (`# …`, a line with one cell in a table of
    /// several columns): not data.
    NoteLine,
    /// A row after the table ended (a comment line below the data starts a trailer,
    /// such as a second table of another shape): not data of this table.
    AfterTable,
    /// The lines above the header state the report's date range; rows without a date
    /// of their own belong to it.
    StatedPeriod {
        /// First day, ISO 8601.
        from: String,
        /// Last day, ISO 8601.
        to: String,
    },

    /// Lines above the header (a report title, a date range) were skipped.
    TitleLines {
        /// How many lines.
        count: u64,
    },
    /// The file is not valid UTF-8 and was read as Windows-1252.
    EncodingFallback,
    /// Undecodable bytes were replaced with U+FFFD.
    UndecodableBytes {
        /// How many characters were replaced.
        count: usize,
    },
    /// The CSV structure is broken (e.g. a quote never closed), reported by the parser.
    Malformed {
        /// The parser's description.
        detail: String,
    },
    /// The day/month order of a slash or dash date column could not be proved
    /// from its values and was assumed.
    DateOrderAssumed {
        /// True when day-first was assumed.
        day_first: bool,
    },
    /// A quote opened and never closed: the rest of the file was read as one cell.
    UnclosedQuote,
    /// The decimal mark of a numeric column could not be proved and was assumed.
    DecimalMarkAssumed {
        /// The mark assumed.
        mark: char,
    },
    /// A column's header matched a field but most of its values do not fit it, so the
    /// column was left unmapped.
    MappingUndone {
        /// The field id the header suggested.
        field: String,
        /// Sampled cells that fit.
        fitting: usize,
        /// Sampled cells that did not.
        not_fitting: usize,
    },
    /// A Results column (Meta Ads Manager) adds up a different result per row — reach,
    /// link clicks, purchases — as its result indicator column names them: it was not
    /// read as conversions (`column` names it).
    MixedResults {
        /// The header of the result indicator column.
        indicator: String,
        /// How many kinds of result the sampled rows name.
        kinds: usize,
    },
    /// A column whose header matched no known field; it is kept but unused.
    UnmappedColumn,
    /// A column headed like an earlier column that a field reads (a wide sheet with the
    /// same columns per channel): a field is read from one column, so this one is left
    /// out of every figure. `column` names it (line 0).
    RepeatedHeader {
        /// The 1-based number of the column read.
        first: usize,
    },
    /// Every sum of the rows used is exactly twice the file's own total (at `line`):
    /// the rows hold a level of subtotals that could not be told apart (a pivot
    /// table's group rows), so the file's sums are left out rather than doubled.
    SubtotalsAsRows,
    /// The money of the file is in several currencies (its currency column, named in
    /// `column`, holds that many among the rows used): spend, revenue and amounts are
    /// left out of every figure rather than summed across currencies (line 0).
    MixedCurrencies {
        /// How many currencies.
        currencies: usize,
    },
    /// A field was read as the sum of its parts, which the file gives instead
    /// (bounces as hard + soft bounces), row by row (line 0).
    PartsSummed {
        /// The field's id.
        field: String,
        /// Its parts' ids.
        parts: Vec<String>,
    },
    /// The workbook's sheet that was read (`.xlsx`): its visible sheet with the most
    /// values (line 0).
    SheetRead {
        /// The sheet's name.
        sheet: String,
    },
    /// Another sheet of the workbook holds values and was not read: one sheet is read
    /// per file (line 0).
    SheetNotRead {
        /// The sheet's name.
        sheet: String,
    },
    /// The CSV file read inside a zip archive: its first (line 0).
    MemberRead {
        /// Its path in the archive.
        member: String,
    },
    /// Another CSV file of the zip archive, not read: one is read per file (line 0).
    MemberNotRead {
        /// Its path in the archive.
        member: String,
    },
    /// The file has no header row (its first row is data), so its columns were named
    /// `column 1`, `column 2`…; the file's `header_line` is 0.
    HeadersGenerated {
        /// How many columns.
        columns: usize,
    },
    /// Cells that look like dates Excel made out of ranges or fractions (`1-5` shown as
    /// `01-May`, `5-20` as `May-20`, `1/5` in a column of ranges). The cells are read
    /// as they are; the user should re-export without letting Excel open the file.
    ExcelDamage {
        /// How many cells of the column look damaged.
        count: u64,
        /// Up to three of them, as written.
        examples: Vec<String>,
    },
    /// Order statuses that cannot be read (a word no status vocabulary holds, or a
    /// partial refund without a refunded-amount column): the file's orders are left
    /// out of the order, revenue and customer figures rather than guessed.
    UnknownOrderStatus {
        /// The distinct statuses, as written (at most ten).
        statuses: Vec<String>,
        /// Rows that carry one of them.
        rows: u64,
    },
    /// Rows of an orders file with no customer: they count in orders and revenue but
    /// not in any customer figure.
    RowsWithoutCustomer {
        /// How many rows.
        count: u64,
    },
    /// A stage or status value of a deals file that reads as neither won, lost nor
    /// open. Its rows are kept, but no figure they could change (customers, revenue,
    /// win rate, pipeline…) is shown until the user says which it is.
    UnclassifiedOutcome {
        /// The value as written (empty for a blank cell).
        value: String,
        /// Rows with that value.
        rows: u64,
    },
    /// A deals file has no stage, status or won/closed column: every deal with a close
    /// date is counted as won.
    OutcomeAssumed,
}

/// Truncates raw text for an issue so one huge cell cannot bloat the report.
pub fn clip(raw: &str) -> String {
    const LIMIT: usize = 200;
    match raw.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}…", &raw[..cut]),
        None => raw.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_keeps_short_text_and_cuts_on_char_boundaries() {
        assert_eq!(clip("abc"), "abc");
        let long = "é".repeat(300);
        let clipped = clip(&long);
        assert_eq!(clipped.chars().count(), 201);
        assert!(clipped.ends_with('…'));
    }
}
