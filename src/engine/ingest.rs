//! Ingestion: one file's bytes to a typed [`Table`], its column mapping, and every
//! issue met on the way.
//!
//! The pipeline is decode → sniff dialect → map headers → decide each column's decimal
//! mark and date order from its values → read every record. A record is *used* or
//! *skipped*; used records may be *repaired*. `rows_read = rows_used + rows_skipped`
//! always holds, and each skipped or repaired row has at least one [`Issue`].

use super::decode::{self, Decoded, Encoding, EncodingEvidence};
use super::dialect::{self, Dialect};
use super::error::{clip, Action, Error, ErrorKind, Issue, IssueKind};
use super::field::{self, ColumnMapping, Field, FileKind, ValueType};
use super::value::{self, Cell, DateOrder, DecimalMark};
use chrono::NaiveDateTime;
use rust_decimal::Decimal;
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
}

/// Values of one mapped column, for the used rows, in row order.
#[derive(Clone, Debug, PartialEq)]
pub enum Values {
    /// Text and categories; blank cells are `None`.
    Text(Vec<Option<String>>),
    /// Counts and amounts, exact.
    Number(Vec<Option<Decimal>>),
    /// Dates and date-times.
    Date(Vec<Option<NaiveDateTime>>),
}

/// The used rows of a file, column by column, for the mapped fields only.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    /// The 1-based line where each used row starts.
    pub lines: Vec<u64>,
    /// One entry per mapped field.
    pub columns: Vec<(Field, Values)>,
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

    /// True when the table has a column for `field`.
    pub fn has(&self, field: Field) -> bool {
        self.columns.iter().any(|(f, _)| *f == field)
    }

    /// The text column for `field`, if mapped.
    pub fn text(&self, field: Field) -> Option<&[Option<String>]> {
        self.columns.iter().find_map(|(f, v)| match v {
            Values::Text(t) if *f == field => Some(t.as_slice()),
            _ => None,
        })
    }

    /// The numeric column for `field`, if mapped.
    pub fn number(&self, field: Field) -> Option<&[Option<Decimal>]> {
        self.columns.iter().find_map(|(f, v)| match v {
            Values::Number(n) if *f == field => Some(n.as_slice()),
            _ => None,
        })
    }

    /// The date column for `field`, if mapped.
    pub fn date(&self, field: Field) -> Option<&[Option<NaiveDateTime>]> {
        self.columns.iter().find_map(|(f, v)| match v {
            Values::Date(d) if *f == field => Some(d.as_slice()),
            _ => None,
        })
    }
}

/// Everything the import learned about one file.
#[derive(Clone, Debug, PartialEq)]
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
}

/// Reads one file. Fails only when no table can be found at all; row problems are
/// returned as issues next to the data.
pub fn ingest(file: &str, bytes: &[u8], overrides: &Overrides) -> Result<Ingested, Error> {
    if bytes.iter().take(8192).any(|&b| b == 0) && !starts_with_utf16_bom(bytes) {
        return Err(Error::new(file, ErrorKind::Binary));
    }
    let decoded = match overrides.encoding {
        Some(encoding) => decode::decode_with(bytes, encoding),
        None => decode::decode(bytes),
    };
    let text = normalise_line_endings(&decoded.text);
    if text.trim().is_empty() {
        return Err(Error::new(file, ErrorKind::Empty));
    }
    let dialect = match overrides.delimiter {
        Some(d) => dialect::sniff_with_delimiter(&text, d),
        None => dialect::sniff(&text),
    };
    Reader::new(file, &decoded, &text, dialect, overrides).read()
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

/// Reads a file's cells without mapping them (for previews and conformance tests).
pub fn raw_table(file: &str, bytes: &[u8]) -> Result<RawTable, Error> {
    let decoded = decode::decode(bytes);
    let text = normalise_line_endings(&decoded.text);
    if text.trim().is_empty() {
        return Err(Error::new(file, ErrorKind::Empty));
    }
    let overrides = Overrides::default();
    let mut reader = Reader::new(file, &decoded, &text, dialect::sniff(&text), &overrides);
    let mut records = reader
        .records()
        .into_iter()
        .skip(reader.dialect.header_record);
    let headers = records
        .next()
        .map(|r| r.cells)
        .ok_or_else(|| Error::new(file, ErrorKind::NoHeader))?;
    Ok(RawTable {
        headers,
        rows: records.map(|r| (r.line, r.cells)).collect(),
    })
}

fn starts_with_utf16_bom(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF])
}

/// Old Mac Excel ends lines with a lone CR. The CSV parser accepts it, but counts
/// lines by LF only, so a CR-only file becomes LF to keep line numbers right.
fn normalise_line_endings(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('\r') && !text.contains('\n') {
        std::borrow::Cow::Owned(text.replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Turns the parser's byte offsets into 1-based line numbers. The csv crate's own
/// line count drifts after blank lines, and its offset for a record points at the
/// line break before it, so line breaks are skipped first.
struct LineCounter<'t> {
    text: &'t [u8],
    offset: usize,
    line: u64,
}

impl<'t> LineCounter<'t> {
    fn new(text: &'t [u8]) -> Self {
        LineCounter {
            text,
            offset: 0,
            line: 1,
        }
    }

    /// The line of the first non-line-break byte at or after `byte`. Offsets must come
    /// in increasing order, as records do.
    fn line_at(&mut self, byte: u64) -> u64 {
        let mut start = usize::try_from(byte)
            .unwrap_or(usize::MAX)
            .min(self.text.len());
        while matches!(self.text.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        if start >= self.offset {
            let between = self.text.get(self.offset..start).unwrap_or_default();
            self.line += between.iter().filter(|&&b| b == b'\n').count() as u64;
            self.offset = start;
        }
        self.line
    }
}

/// A raw record: its line and cells.
struct RawRecord {
    line: u64,
    cells: Vec<String>,
}

struct Reader<'a> {
    file: &'a str,
    decoded: &'a Decoded,
    text: &'a str,
    dialect: Dialect,
    overrides: &'a Overrides,
    issues: Vec<Issue>,
}

impl<'a> Reader<'a> {
    fn new(
        file: &'a str,
        decoded: &'a Decoded,
        text: &'a str,
        dialect: Dialect,
        overrides: &'a Overrides,
    ) -> Self {
        Reader {
            file,
            decoded,
            text,
            dialect,
            overrides,
            issues: Vec::new(),
        }
    }

    fn read(mut self) -> Result<Ingested, Error> {
        self.note_encoding();
        let records = self.records();
        let header_index = self
            .dialect
            .header_record
            .min(records.len().saturating_sub(1));
        let Some(header) = records.get(header_index) else {
            return Err(Error::new(self.file, ErrorKind::NoHeader));
        };
        if header.line > 1 {
            self.issues.push(note(
                IssueKind::TitleLines {
                    count: header.line - 1,
                },
                "",
            ));
        }
        let headers: Vec<String> = header.cells.iter().map(|h| h.trim().to_owned()).collect();
        let body = records.get(header_index + 1..).unwrap_or_default();
        let mut mapping = self.mapping(&headers);
        self.unmap_misfits(&mut mapping, body);
        let (kind, kind_confidence) = match self.overrides.kind {
            Some(kind) => (kind, 1.0),
            None => field::recognise(&mapping),
        };
        let decimal_mark = self.decimal_mark(&mapping, body);
        let date_order = self.date_order(&mapping, body);
        let mut out = Ingested {
            file: self.file.to_owned(),
            kind,
            kind_confidence,
            encoding: self.decoded.encoding,
            encoding_evidence: self.decoded.evidence,
            delimiter: self.dialect.delimiter,
            header_line: header.line,
            mapping,
            decimal_mark,
            date_order,
            rows_read: 0,
            rows_used: 0,
            rows_skipped: 0,
            rows_repaired: 0,
            issues: Vec::new(),
            table: Table::default(),
        };
        self.read_body(&mut out, &headers, body);
        out.issues = self.issues;
        Ok(out)
    }

    fn note_encoding(&mut self) {
        if self.decoded.evidence == EncodingEvidence::Fallback {
            self.issues.push(note(IssueKind::EncodingFallback, ""));
        }
        if self.decoded.replacements > 0 {
            let count = self.decoded.replacements;
            self.issues
                .push(note(IssueKind::UndecodableBytes { count }, ""));
        }
    }

    /// Every non-blank record with its starting line. A parse error ends the file
    /// there, reported with its position.
    fn records(&mut self) -> Vec<RawRecord> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(self.dialect.delimiter)
            .from_reader(self.text.as_bytes());
        let mut lines = LineCounter::new(self.text.as_bytes());
        let mut out = Vec::new();
        let mut record = csv::StringRecord::new();
        loop {
            match reader.read_record(&mut record) {
                Ok(true) => out.push(RawRecord {
                    line: record.position().map_or(0, |p| lines.line_at(p.byte())),
                    cells: record.iter().map(str::to_owned).collect(),
                }),
                Ok(false) => break,
                Err(e) => {
                    let line = e.position().map_or(0, |p| lines.line_at(p.byte()));
                    self.issues.push(Issue {
                        line,
                        column: None,
                        column_number: None,
                        raw: String::new(),
                        kind: IssueKind::Malformed {
                            detail: e.to_string(),
                        },
                        action: Action::Skipped,
                    });
                    break;
                }
            }
        }
        // The parser reads an unclosed quote to the end of the file without complaint;
        // an odd number of quote characters is the tell.
        if self.text.bytes().filter(|&b| b == b'"').count() % 2 == 1 {
            let line = out.last().map_or(0, |r| r.line);
            let raw = out
                .last()
                .map(|r| clip(&r.cells.join(",")))
                .unwrap_or_default();
            self.issues.push(Issue {
                line,
                column: None,
                column_number: None,
                raw,
                kind: IssueKind::UnclosedQuote,
                action: Action::Noted,
            });
        }
        out
    }

    fn mapping(&self, headers: &[String]) -> Vec<ColumnMapping> {
        let mut mapping = field::map_headers(headers);
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

    /// A detected (not user-chosen) mapping whose values mostly do not fit the field —
    /// a "day" column of day numbers, a "campaign" column of counts — is undone, so one
    /// wrong guess cannot skip every row. The user can map it back by hand.
    fn unmap_misfits(&mut self, mapping: &mut [ColumnMapping], body: &[RawRecord]) {
        for (col, m) in mapping.iter_mut().enumerate() {
            let Some(field) = m.field else { continue };
            if self.overrides.fields.iter().any(|(h, _)| *h == m.header) {
                continue;
            }
            let cells = || {
                body.iter()
                    .take(MISFIT_SAMPLE)
                    .filter_map(|r| r.cells.get(col))
                    .map(String::as_str)
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
                    self.issues.push(Issue {
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

    fn decimal_mark(&mut self, mapping: &[ColumnMapping], body: &[RawRecord]) -> DecimalMark {
        if let Some(mark) = self.overrides.decimal_mark {
            return mark;
        }
        let numeric = columns_of(mapping, |t| {
            matches!(t, ValueType::Count | ValueType::Amount)
        });
        let cells = body.iter().flat_map(|r| {
            numeric
                .iter()
                .filter_map(|&c| r.cells.get(c).map(String::as_str))
        });
        let decision = value::decide_decimal_mark(cells);
        if !decision.proved {
            let mark = decision.mark.as_char();
            self.issues
                .push(note(IssueKind::DecimalMarkAssumed { mark }, ""));
        }
        decision.mark
    }

    fn date_order(&mut self, mapping: &[ColumnMapping], body: &[RawRecord]) -> DateOrder {
        if let Some(order) = self.overrides.date_order {
            return order;
        }
        let dates = columns_of(mapping, |t| t == ValueType::Date);
        let cells = body.iter().flat_map(|r| {
            dates
                .iter()
                .filter_map(|&c| r.cells.get(c).map(String::as_str))
        });
        let decision = value::decide_date_order(cells);
        if !decision.proved {
            let day_first = decision.order == DateOrder::DayFirst;
            self.issues
                .push(note(IssueKind::DateOrderAssumed { day_first }, ""));
        }
        decision.order
    }

    fn read_body(&mut self, out: &mut Ingested, headers: &[String], body: &[RawRecord]) {
        let mapped: Vec<(usize, Field)> = out
            .mapping
            .iter()
            .enumerate()
            .filter_map(|(i, m)| m.field.map(|f| (i, f)))
            .collect();
        let mut columns: Vec<(Field, Values)> = mapped
            .iter()
            .map(|&(_, f)| (f, empty_values(f.value_type())))
            .collect();
        let width = headers.len();
        for record in body {
            out.rows_read += 1;
            let row = self.read_row(
                record,
                width,
                &mapped,
                headers,
                out.decimal_mark,
                out.date_order,
            );
            match row {
                RowOutcome::Skipped => out.rows_skipped += 1,
                RowOutcome::Used { cells, repaired } => {
                    out.rows_used += 1;
                    out.rows_repaired += u64::from(repaired);
                    out.table.lines.push(record.line);
                    for ((_, values), cell) in columns.iter_mut().zip(cells) {
                        push_cell(values, cell);
                    }
                }
            }
        }
        out.table.columns = columns;
    }

    fn read_row(
        &mut self,
        record: &RawRecord,
        width: usize,
        mapped: &[(usize, Field)],
        headers: &[String],
        mark: DecimalMark,
        order: DateOrder,
    ) -> RowOutcome {
        let line = record.line;
        let row_text = || clip(&record.cells.join(","));
        if record.cells.iter().all(|c| value::is_missing(c)) {
            self.issues
                .push(skip(line, None, row_text(), IssueKind::EmptyRow));
            return RowOutcome::Skipped;
        }
        if is_summary_row(&record.cells) {
            self.issues
                .push(skip(line, None, row_text(), IssueKind::SummaryRow));
            return RowOutcome::Skipped;
        }
        let found = record.cells.len();
        if found > width
            && record
                .cells
                .get(width..)
                .is_some_and(|extra| extra.iter().any(|c| !c.trim().is_empty()))
        {
            let kind = IssueKind::TooManyCells {
                expected: width,
                found,
            };
            self.issues.push(skip(line, None, row_text(), kind));
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
                ..skip(line, None, row_text(), kind)
            });
        }
        let mut cells = Vec::with_capacity(mapped.len());
        let mut bad = false;
        for &(col, field) in mapped {
            let raw = record.cells.get(col).map_or("", String::as_str);
            let at = || (headers.get(col).cloned(), col + 1);
            let cell = match field.value_type() {
                ValueType::Text => {
                    let t = raw.trim();
                    CellValue::Text((!value::is_missing(t)).then(|| t.to_owned()))
                }
                ValueType::Count | ValueType::Amount => match value::parse_number(raw, mark) {
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
                ValueType::Date => match value::parse_datetime(raw, order) {
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
            cells.push(cell);
        }
        if bad {
            RowOutcome::Skipped
        } else {
            RowOutcome::Used { cells, repaired }
        }
    }
}

/// Rows sampled to check that a column's values fit its detected field.
const MISFIT_SAMPLE: usize = 1000;

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
    Text(Option<String>),
    Number(Option<Decimal>),
    Date(Option<NaiveDateTime>),
}

enum RowOutcome {
    Skipped,
    Used {
        cells: Vec<CellValue>,
        repaired: bool,
    },
}

fn empty_values(t: ValueType) -> Values {
    match t {
        ValueType::Text => Values::Text(Vec::new()),
        ValueType::Count | ValueType::Amount => Values::Number(Vec::new()),
        ValueType::Date => Values::Date(Vec::new()),
    }
}

fn push_cell(values: &mut Values, cell: CellValue) {
    match (values, cell) {
        (Values::Text(v), CellValue::Text(c)) => v.push(c),
        (Values::Number(v), CellValue::Number(c)) => v.push(c),
        (Values::Date(v), CellValue::Date(c)) => v.push(c),
        // Columns and cells are built from the same field list, so types always agree.
        (Values::Text(v), _) => v.push(None),
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

/// A totals row: its first non-blank cell says "Total", "Grand total", "Sum"…
fn is_summary_row(cells: &[String]) -> bool {
    let Some(first) = cells.iter().map(|c| c.trim()).find(|c| !c.is_empty()) else {
        return false;
    };
    let lower = first.to_lowercase();
    matches!(
        lower.as_str(),
        "total" | "totals" | "grand total" | "sum" | "summary" | "overall" | "gesamt" | "totaal"
    ) || lower.starts_with("total:")
        || lower.starts_with("total -")
        || lower.starts_with("total –")
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

    fn run(text: &str) -> Ingested {
        ingest("t.csv", text.as_bytes(), &Overrides::default()).expect("ingests")
    }

    #[test]
    fn counts_every_row() {
        let got = run("Campaign,Spend,Clicks\nA,1.50,3\nB,x,4\n,,\nTotal,1.5,7\nC,2\n");
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
                (5, &IssueKind::SummaryRow),
                (
                    6,
                    &IssueKind::TooFewCells {
                        expected: 3,
                        found: 2
                    }
                ),
            ]
        );
        let bad = &got.issues[0];
        assert_eq!(
            (bad.column.as_deref(), bad.column_number, bad.raw.as_str()),
            (Some("Spend"), Some(2), "x")
        );
        assert_eq!(got.table.lines, vec![2, 6]);
        assert_eq!(
            got.table.number(Field::Clicks),
            Some(&[Some(Decimal::from(3)), None][..])
        );
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
            got.table.number(Field::Spend),
            Some(&[Some(Decimal::new(123450, 2))][..])
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
            dates[1].map(|d| d.date().to_string()),
            Some("2019-08-13".to_owned())
        );
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
    fn errors_are_values() {
        let err = |bytes: &[u8]| {
            ingest("f", bytes, &Overrides::default())
                .map(|_| ())
                .map_err(|e| e.kind().clone())
        };
        assert_eq!(err(b""), Err(ErrorKind::Empty));
        assert_eq!(err(b"\n\n \n"), Err(ErrorKind::Empty));
        assert_eq!(err(b"PK\x03\x04\0\0"), Err(ErrorKind::Binary));
    }

    #[test]
    fn misfit_mapping_is_undone_not_every_row_skipped() {
        let got = run("day;month;campaign;balance\n19;oct;1;1787\n11;may;2;4789\n");
        assert_eq!(got.rows_skipped, 0);
        assert!(!got.table.has(Field::Date));
        assert!(got.issues.iter().any(|i| matches!(&i.kind, IssueKind::MappingUndone { field, fitting: 0, not_fitting: 2 } if field == "date")));
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
            got.table.number(Field::Conversions),
            Some(&[Some(Decimal::from(3))][..])
        );
        assert_eq!(
            got.table.number(Field::Spend),
            Some(&[Some(Decimal::new(15, 1))][..])
        );
        assert!(!got.table.has(Field::Clicks));
    }
}
