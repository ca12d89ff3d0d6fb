//! Excel workbooks (`.xlsx`) and zipped CSV files: the sheet (or the file) an export
//! holds, written out as CSV text for the import to read like any other file.
//!
//! A workbook is a zip archive of XML parts ([`archive`]); only the parts a sheet's
//! values need are read: the workbook (its sheets, in order, and its date system), its
//! relationships (which part is which sheet), the shared strings, the styles (which
//! cells are dates, times or percentages) and the sheet itself, as a stream. The XML
//! is read by a small scanner of our own: these parts use a few elements, no DTD and
//! no namespaces that matter.
//!
//! What the CSV holds, cell by cell, is what the spreadsheet shows:
//! - numbers to 15 significant digits (Excel's own precision: `0.30000000000000004`
//!   is `0.3`), never in exponent form; a number with exactly three decimals gets a
//!   fourth zero (`1.2340`), so that the import cannot read its point as a thousands
//!   separator;
//! - dates as `2024-03-05`, date-times as `2024-03-05 14:30:00`, times (and
//!   durations) as `14:30:00`, from the cell's number format and the workbook's date
//!   system (1900 or 1904);
//! - percentages as `5%`; booleans as `TRUE` / `FALSE`; errors as their text (`#N/A`);
//! - a line break inside a cell as a space, and every missing row as an empty line, so
//!   that line *n* of the CSV is row *n* of the sheet and every message points at the
//!   row the user sees.
//!
//! One sheet is read per file: the visible sheet with the most values (the first, on
//! a tie). The others with values are named in the file's notes.

use super::archive::{Archive, Damage, Member};
use super::value::{self, DecimalMark};
use chrono::{Datelike, Duration, NaiveDate};
use std::borrow::Cow;

/// The largest archive read: it is held in memory whole while its parts are read.
pub const MAX_ARCHIVE_BYTES: u64 = 512 << 20;
/// The most a zipped CSV file may inflate to: a large export zips to a tenth of its
/// size, and a file made to inflate without end (a "zip bomb") stops here.
const MAX_MEMBER_BYTES: u64 = 8 << 30;
/// The most XML a sheet may inflate to.
const MAX_SHEET_BYTES: u64 = 2 << 30;
/// The most a workbook's other parts (shared strings, styles) may inflate to.
const MAX_PART_BYTES: u64 = 256 << 20;
/// The longest tag (or comment, or CDATA section) read: longer is damage.
const MAX_TAG_BYTES: usize = 1 << 20;
/// The longest text node read between two tags.
const MAX_TEXT_BYTES: usize = 64 << 20;
/// Excel's last row and column.
const MAX_ROW: u64 = 1 << 20;
const MAX_COLUMN: usize = 1 << 14;
/// The CSV written may exceed the sheet's XML by this factor (plus a megabyte): more
/// means a tiny sheet that names far-away rows and columns, an inflation attack.
const MAX_GROWTH: u64 = 16;
/// Rows held to learn the sheet's width (without a `<dimension>`) and its text
/// numbers' decimal mark from.
const HELD_ROWS: usize = 1000;
/// CSV bytes gathered before they are handed on.
const FLUSH_BYTES: usize = 64 * 1024;

/// What was found inside the archive and read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opened {
    /// A workbook's sheet.
    Sheet {
        /// Its name.
        name: String,
        /// The other visible sheets with values, not read.
        others: Vec<String>,
    },
    /// A CSV (or TSV, or text) file in a plain zip archive.
    Member {
        /// Its path in the archive.
        name: String,
        /// The archive's other such files, not read.
        others: Vec<String>,
    },
}

/// Why nothing could be read from the archive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unread {
    /// The archive or one of its parts is damaged, or uses what we do not read.
    Damaged,
    /// It is larger than [`MAX_ARCHIVE_BYTES`], or a part inflates to more than its
    /// limit.
    TooLarge,
    /// No sheet with a value, and no CSV file, inside.
    NoTable,
}

impl From<Damage> for Unread {
    fn from(damage: Damage) -> Self {
        match damage {
            Damage::Damaged => Unread::Damaged,
            Damage::TooLarge => Unread::TooLarge,
        }
    }
}

/// Writes the table inside the zip archive `bytes` as CSV text into `out`, chunk by
/// chunk: a workbook's visible sheet with the most values, else the first CSV file.
pub fn to_csv(bytes: &[u8], out: &mut dyn FnMut(&[u8])) -> Result<Opened, Unread> {
    Inside::open(bytes)?.write(out)
}

/// A zip archive, opened: a workbook, or a plain archive.
pub struct Inside<'a> {
    archive: Archive<'a>,
    book: Option<Book>,
}

impl<'a> Inside<'a> {
    /// Reads the archive's directory and, for a workbook, its shared parts.
    pub fn open(bytes: &'a [u8]) -> Result<Self, Unread> {
        if bytes.len() as u64 > MAX_ARCHIVE_BYTES {
            return Err(Unread::TooLarge);
        }
        let archive = Archive::open(bytes)?;
        let book = Book::open(&archive)?;
        Ok(Inside { archive, book })
    }

    /// Whether it is a workbook (whose CSV is ours: comma-separated), not an archive
    /// of CSV files (whose dialect is theirs).
    pub fn is_workbook(&self) -> bool {
        self.book.is_some()
    }

    /// Writes its table as CSV text into `out`, chunk by chunk.
    pub fn write(&self, out: &mut dyn FnMut(&[u8])) -> Result<Opened, Unread> {
        if let Some(book) = &self.book {
            return book.write(&self.archive, out);
        }
        let archive = &self.archive;
        // A `.csv` or `.tsv` before a `.txt` (a read-me beside the export).
        let mut texts: Vec<&Member> = archive
            .members()
            .iter()
            .filter(|m| is_text_member(&m.name))
            .collect();
        texts.sort_by_key(|m| !is_table_member(&m.name));
        let first = *texts.first().ok_or(Unread::NoTable)?;
        let others = texts.iter().skip(1).map(|m| m.name.clone()).collect();
        archive.stream(first, MAX_MEMBER_BYTES, &mut |piece| {
            out(piece);
            true
        })?;
        Ok(Opened::Member {
            name: first.name.clone(),
            others,
        })
    }
}

/// A `.csv` or `.tsv` file: a table by its name.
fn is_table_member(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".csv") || lower.ends_with(".tsv")
}

/// A CSV, TSV or text file, not a folder, not macOS's resource forks.
fn is_text_member(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let base = lower.rsplit('/').next().unwrap_or_default();
    !lower.starts_with("__macosx/")
        && !base.starts_with("._")
        && [".csv", ".tsv", ".txt", ".tab"]
            .iter()
            .any(|ext| base.len() > ext.len() && base.ends_with(ext))
}

/// A workbook's parts, as its relationships name them.
struct Book {
    sheets: Vec<SheetRef>,
    date1904: bool,
    strings: Vec<String>,
    formats: Vec<Format>,
}

/// A sheet the workbook lists.
struct SheetRef {
    name: String,
    path: Option<String>,
    visible: bool,
}

impl Book {
    /// The workbook in `archive`, or `None` when the archive is no workbook.
    fn open(archive: &Archive) -> Result<Option<Self>, Unread> {
        let root_rels = match archive.find("_rels/.rels") {
            Some(m) => relationships(&archive.read(m, MAX_PART_BYTES)?),
            None => Vec::new(),
        };
        let workbook_path = root_rels
            .iter()
            .find(|r| r.kind.ends_with("/officeDocument"))
            .map(|r| resolve("", &r.target))
            .unwrap_or_else(|| "xl/workbook.xml".to_owned());
        let Some(workbook) = archive.find(&workbook_path) else {
            return Ok(None);
        };
        let (folder, file) = workbook_path
            .rsplit_once('/')
            .unwrap_or(("", workbook_path.as_str()));
        let rels = match archive.find(&join(folder, &format!("_rels/{file}.rels"))) {
            Some(m) => relationships(&archive.read(m, MAX_PART_BYTES)?),
            None => Vec::new(),
        };
        let target = |kind: &str| {
            rels.iter()
                .find(|r| r.kind.ends_with(kind))
                .map(|r| resolve(folder, &r.target))
        };
        let part = |path: Option<String>, fallback: &str| -> Result<Vec<u8>, Unread> {
            let path = path.unwrap_or_else(|| join(folder, fallback));
            match archive.find(&path) {
                Some(m) => Ok(archive.read(m, MAX_PART_BYTES)?),
                None => Ok(Vec::new()),
            }
        };
        let strings = shared_strings(&part(target("/sharedStrings"), "sharedStrings.xml")?)?;
        let formats = cell_formats(&part(target("/styles"), "styles.xml")?)?;
        let (listed, date1904) = sheets(&archive.read(workbook, MAX_PART_BYTES)?)?;
        let sheets = listed
            .into_iter()
            .map(|(name, id, visible)| SheetRef {
                path: rels
                    .iter()
                    .find(|r| r.id == id && r.kind.ends_with("/worksheet"))
                    .map(|r| resolve(folder, &r.target)),
                name,
                visible,
            })
            .collect();
        Ok(Some(Book {
            sheets,
            date1904,
            strings,
            formats,
        }))
    }

    /// Writes the visible sheet with the most values.
    fn write(&self, archive: &Archive, out: &mut dyn FnMut(&[u8])) -> Result<Opened, Unread> {
        let visible: Vec<(&str, &Member)> = self
            .sheets
            .iter()
            .filter(|s| s.visible)
            .filter_map(|s| Some((s.name.as_str(), archive.find(s.path.as_deref()?)?)))
            .collect();
        // With one sheet, only whether it has a value is read. With several, the one
        // with the most values is: an agency's workbook opens on a
        // summary of a few figures, its data on another sheet.
        let mut counted = Vec::with_capacity(visible.len());
        for &(name, member) in &visible {
            let limit = if visible.len() == 1 { 1 } else { u64::MAX };
            let values = self.count_values(archive, member, limit)?;
            if values > 0 {
                counted.push((name, member, values));
            }
        }
        let best = counted
            .iter()
            .enumerate()
            .max_by(|(i, a), (j, b)| a.2.cmp(&b.2).then(j.cmp(i)))
            .map(|(i, _)| i);
        let chosen = best.and_then(|i| counted.get(i)).map(|&(n, m, _)| (n, m));
        let others = counted
            .iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != best)
            .map(|(_, (n, _, _))| (*n).to_owned())
            .collect();
        let (name, member) = chosen.ok_or(Unread::NoTable)?;
        let mut writer = SheetWriter::new(self, out);
        let mut scanner = Scanner::default();
        let mut failed = None;
        archive.stream(member, MAX_SHEET_BYTES, &mut |piece| {
            writer.xml_bytes += piece.len() as u64;
            match scanner.feed(piece, &mut |t| writer.token(t)) {
                Ok(()) if writer.too_large => {
                    failed = Some(Unread::TooLarge);
                    false
                }
                Ok(()) => true,
                Err(e) => {
                    failed = Some(e);
                    false
                }
            }
        })?;
        if let Some(e) = failed {
            return Err(e);
        }
        scanner.end(&mut |t| writer.token(t))?;
        writer.finish();
        if writer.too_large {
            return Err(Unread::TooLarge);
        }
        Ok(Opened::Sheet {
            name: name.to_owned(),
            others,
        })
    }

    /// How many cells of the sheet hold a value, counting up to `limit` (read only that
    /// far).
    fn count_values(&self, archive: &Archive, member: &Member, limit: u64) -> Result<u64, Unread> {
        let mut scanner = Scanner::default();
        let mut probe = Probe::default();
        let mut failed = None;
        archive.stream(member, MAX_SHEET_BYTES, &mut |piece| {
            if let Err(e) = scanner.feed(piece, &mut |t| probe.token(t)) {
                failed = Some(e);
            }
            probe.values < limit && failed.is_none()
        })?;
        if probe.values >= limit {
            return Ok(probe.values);
        }
        if let Some(e) = failed {
            return Err(e);
        }
        scanner.end(&mut |t| probe.token(t))?;
        Ok(probe.values)
    }
}

/// Counts the cells with a value.
#[derive(Default)]
struct Probe {
    in_cell: bool,
    values: u64,
}

impl Probe {
    fn token(&mut self, token: Token) {
        match token {
            Token::Start { name, empty, .. } if local(name) == b"c" => self.in_cell = !empty,
            Token::Start { name, .. } if self.in_cell && matches!(local(name), b"v" | b"is") => {
                self.values += 1;
                self.in_cell = false;
            }
            Token::End { name } if local(name) == b"c" => self.in_cell = false,
            _ => {}
        }
    }
}

/// One relationship of a part.
struct Relationship {
    id: String,
    kind: String,
    target: String,
}

fn relationships(xml: &[u8]) -> Vec<Relationship> {
    let mut out = Vec::new();
    let _ = scan_whole(xml, &mut |token| {
        if let Token::Start { name, attrs, .. } = token {
            if local(name) == b"Relationship" {
                out.push(Relationship {
                    id: attr(attrs, b"Id").unwrap_or_default().into_owned(),
                    kind: attr(attrs, b"Type").unwrap_or_default().into_owned(),
                    target: attr(attrs, b"Target").unwrap_or_default().into_owned(),
                });
            }
        }
    });
    out
}

/// A sheet as the workbook lists it: its name, its relationship's id, whether it is
/// visible.
type Listed = (String, String, bool);

/// The workbook's sheets, in order, and whether it
/// counts dates from 1904.
fn sheets(xml: &[u8]) -> Result<(Vec<Listed>, bool), Unread> {
    let mut out = Vec::new();
    let mut date1904 = false;
    scan_whole(xml, &mut |token| {
        if let Token::Start { name, attrs, .. } = token {
            match local(name) {
                b"sheet" => {
                    let state = attr(attrs, b"state").unwrap_or_default();
                    out.push((
                        attr(attrs, b"name").unwrap_or_default().into_owned(),
                        attr(attrs, b"id").unwrap_or_default().into_owned(),
                        !matches!(state.as_ref(), "hidden" | "veryHidden"),
                    ));
                }
                b"workbookPr" => {
                    date1904 = attr(attrs, b"date1904").is_some_and(|v| v == "1" || v == "true");
                }
                _ => {}
            }
        }
    })?;
    Ok((out, date1904))
}

/// The shared strings, in order: each `<si>`'s text runs, without the phonetic ones.
fn shared_strings(xml: &[u8]) -> Result<Vec<String>, Unread> {
    let mut out = Vec::new();
    let mut current = String::new();
    let (mut in_text, mut phonetic) = (false, false);
    scan_whole(xml, &mut |token| match token {
        Token::Start { name, empty, .. } => match local(name) {
            b"si" => {
                current.clear();
                if empty {
                    out.push(String::new());
                }
            }
            b"t" => in_text = !empty && !phonetic,
            b"rPh" => phonetic = !empty,
            _ => {}
        },
        Token::End { name } => match local(name) {
            b"si" => out.push(std::mem::take(&mut current)),
            b"t" => in_text = false,
            b"rPh" => phonetic = false,
            _ => {}
        },
        Token::Text(text) if in_text => push_text(&mut current, text),
        Token::Text(_) => {}
    })?;
    Ok(out)
}

/// How a cell's number is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// As a number.
    Number,
    /// As a date, with its time of day when `time`.
    Date { time: bool },
    /// As a time of day or a duration.
    Time,
    /// As a percentage.
    Percent,
}

/// The number format of every cell style (`cellXfs`), by index.
fn cell_formats(xml: &[u8]) -> Result<Vec<Format>, Unread> {
    let mut custom: Vec<(u32, Format)> = Vec::new();
    let mut ids: Vec<u32> = Vec::new();
    let mut in_cell_xfs = false;
    scan_whole(xml, &mut |token| match token {
        Token::Start { name, attrs, empty } => match local(name) {
            b"numFmt" => {
                let id = attr(attrs, b"numFmtId").and_then(|v| v.parse().ok());
                if let Some(id) = id {
                    let code = attr(attrs, b"formatCode").unwrap_or_default();
                    custom.push((id, classify(&code)));
                }
            }
            b"cellXfs" => in_cell_xfs = !empty,
            b"xf" if in_cell_xfs => {
                ids.push(
                    attr(attrs, b"numFmtId")
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(0),
                );
            }
            _ => {}
        },
        Token::End { name } if local(name) == b"cellXfs" => in_cell_xfs = false,
        _ => {}
    })?;
    Ok(ids
        .into_iter()
        .map(|id| {
            custom
                .iter()
                .find(|(c, _)| *c == id)
                .map_or_else(|| built_in(id), |(_, f)| *f)
        })
        .collect())
}

/// Excel's built-in number formats that are not plain numbers (ECMA-376 §18.8.30).
fn built_in(id: u32) -> Format {
    match id {
        9 | 10 => Format::Percent,
        14..=17 | 27..=31 | 34..=36 | 50..=58 => Format::Date { time: false },
        22 => Format::Date { time: true },
        18..=21 | 32 | 33 | 45..=47 => Format::Time,
        _ => Format::Number,
    }
}

/// What a format code shows, from its first section: quoted text, escaped characters
/// and bracketed colours or locales are not codes; `d` and `y` are dates, `h` and `s`
/// times, `m` a month unless beside an hour or a second (then minutes).
fn classify(code: &str) -> Format {
    let section = code.split(';').next().unwrap_or_default();
    let mut letters = String::new();
    let mut chars = section.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                for q in chars.by_ref() {
                    if q == '"' {
                        break;
                    }
                }
            }
            '\\' | '_' | '*' => {
                chars.next();
            }
            '[' => {
                let inside: String = chars.by_ref().take_while(|&q| q != ']').collect();
                // [h], [mm], [ss]: elapsed time.
                let lower = inside.to_ascii_lowercase();
                if !lower.is_empty() && lower.chars().all(|q| matches!(q, 'h' | 'm' | 's')) {
                    letters.push_str(&lower);
                }
            }
            c => letters.push(c.to_ascii_lowercase()),
        }
    }
    if letters.trim() == "general" {
        return Format::Number;
    }
    let date = letters.contains(['d', 'y']);
    let time = letters.contains(['h', 's']);
    match (date, time) {
        (true, time) => Format::Date { time },
        (false, true) => Format::Time,
        (false, false) if letters.contains('m') => Format::Date { time: false },
        _ if letters.contains('%') => Format::Percent,
        _ => Format::Number,
    }
}

/// Turns a sheet's tokens into CSV lines.
struct SheetWriter<'b, 'o> {
    book: &'b Book,
    out: &'o mut dyn FnMut(&[u8]),
    buffer: Vec<u8>,
    /// The next row's number (1-based): rows skipped before it are written empty.
    next_row: u64,
    /// The cells of the row being read, by 0-based column.
    cells: Vec<(usize, Shown)>,
    /// The sheet's width, from its `<dimension>` (or its first rows, or the widest
    /// row so far): every row is written that wide, as Excel's own CSV export does.
    width: usize,
    /// The first [`HELD_ROWS`] rows, held until they tell the sheet's width (without
    /// a `<dimension>`) and the decimal mark its number cells are written with.
    held: Option<Vec<Vec<(usize, Shown)>>>,
    /// Number cells are written with a decimal comma: the sheet's numbers typed as
    /// text use one (see [`SheetWriter::release`]).
    comma: bool,
    next_column: usize,
    cell: Cell,
    capture: Capture,
    xml_bytes: u64,
    written: u64,
    too_large: bool,
}

/// The cell being read.
#[derive(Default)]
struct Cell {
    column: usize,
    kind: CellKind,
    style: usize,
    value: String,
    open: bool,
}

#[derive(Clone, Copy, Default, PartialEq, Eq)]
enum CellKind {
    #[default]
    Number,
    Shared,
    Inline,
    FormulaText,
    Boolean,
    Error,
    IsoDate,
}

/// Which text is being kept.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Capture {
    None,
    Value,
    Inline,
    Phonetic,
}

impl<'b, 'o> SheetWriter<'b, 'o> {
    fn new(book: &'b Book, out: &'o mut dyn FnMut(&[u8])) -> Self {
        SheetWriter {
            book,
            out,
            buffer: Vec::with_capacity(FLUSH_BYTES + 1024),
            next_row: 1,
            cells: Vec::new(),
            width: 0,
            held: Some(Vec::new()),
            comma: false,
            next_column: 0,
            cell: Cell::default(),
            capture: Capture::None,
            xml_bytes: 0,
            written: 0,
            too_large: false,
        }
    }

    fn token(&mut self, token: Token) {
        if self.too_large {
            return;
        }
        match token {
            Token::Start { name, attrs, empty } => match local(name) {
                b"dimension" => {
                    // `A1:G20`: the last cell's column is the width.
                    let range = attr(attrs, b"ref").unwrap_or_default();
                    let last = range.rsplit(':').next().unwrap_or_default();
                    self.width = column_of(last).map_or(0, |c| (c + 1).min(MAX_COLUMN));
                }
                b"row" => {
                    let r = attr(attrs, b"r").and_then(|v| v.parse::<u64>().ok());
                    self.start_row(r);
                    if empty {
                        self.end_row();
                    }
                }
                b"c" => {
                    let column = attr(attrs, b"r")
                        .and_then(|r| column_of(&r))
                        .filter(|&c| c >= self.next_column)
                        .unwrap_or(self.next_column);
                    self.cell = Cell {
                        column,
                        kind: match attr(attrs, b"t").as_deref() {
                            Some("s") => CellKind::Shared,
                            Some("inlineStr") => CellKind::Inline,
                            Some("str") => CellKind::FormulaText,
                            Some("b") => CellKind::Boolean,
                            Some("e") => CellKind::Error,
                            Some("d") => CellKind::IsoDate,
                            _ => CellKind::Number,
                        },
                        style: attr(attrs, b"s").and_then(|v| v.parse().ok()).unwrap_or(0),
                        value: String::new(),
                        open: !empty,
                    };
                    self.next_column = column.saturating_add(1);
                }
                b"v" if self.cell.open && !empty => self.capture = Capture::Value,
                b"t" if self.cell.open && self.capture != Capture::Phonetic && !empty => {
                    self.capture = Capture::Inline;
                }
                b"rPh" if self.cell.open && !empty => self.capture = Capture::Phonetic,
                _ => {}
            },
            Token::End { name } => match local(name) {
                b"v" | b"t" | b"rPh" => self.capture = Capture::None,
                b"c" => self.end_cell(),
                b"row" => self.end_row(),
                _ => {}
            },
            Token::Text(text) => {
                if matches!(self.capture, Capture::Value | Capture::Inline) {
                    push_text(&mut self.cell.value, text);
                }
            }
        }
    }

    fn start_row(&mut self, r: Option<u64>) {
        let r = r
            .filter(|&r| r >= self.next_row && r <= MAX_ROW)
            .unwrap_or(self.next_row);
        for _ in self.next_row..r {
            self.emit(Vec::new());
        }
        self.next_row = r;
        self.cells.clear();
        self.next_column = 0;
    }

    fn end_cell(&mut self) {
        if !self.cell.open {
            return;
        }
        self.cell.open = false;
        self.capture = Capture::None;
        let cell = std::mem::take(&mut self.cell);
        if cell.column >= MAX_COLUMN {
            return;
        }
        let shown = self.shown(&cell);
        if !shown.text().is_empty() {
            self.cells.push((cell.column, shown));
        }
    }

    fn end_row(&mut self) {
        let cells = std::mem::take(&mut self.cells);
        self.emit(cells);
        self.next_row = self.next_row.saturating_add(1);
    }

    /// A row's cells (none for an empty row), held while the first rows are, else
    /// written.
    fn emit(&mut self, cells: Vec<(usize, Shown)>) {
        if let Some(held) = self.held.as_mut() {
            held.push(cells);
            if held.len() >= HELD_ROWS {
                self.release();
            }
            return;
        }
        self.write_row(cells);
    }

    /// Writes the held rows, as wide as the widest of them, their number cells with
    /// the decimal mark of the sheet's numbers typed as text.
    ///
    /// A number cell has no decimal mark of its own: the import decides one per file
    /// from the cells' text, so number cells written with a point beside text numbers
    /// with a comma ("1 234,56 €", typed or pasted in a French sheet) would make one of
    /// them be misread. Written in the text numbers' mark, both read right.
    fn release(&mut self) {
        let held = self.held.take().unwrap_or_default();
        let number = |text: &str| {
            [DecimalMark::Point, DecimalMark::Comma]
                .iter()
                .any(|&mark| matches!(value::parse_number(text, mark), value::Cell::Value(_)))
        };
        let texts = held.iter().flatten().filter_map(|(_, shown)| match shown {
            Shown::Text(text) if number(text) => Some(text.as_str()),
            Shown::Text(_) | Shown::Number(_) => None,
        });
        let decision = value::decide_decimal_mark(texts);
        self.comma = decision.mark == DecimalMark::Comma && decision.proved;
        let widest = held
            .iter()
            .filter_map(|cells| cells.last())
            .map(|(c, _)| c + 1);
        self.width = widest.fold(self.width, usize::max);
        for cells in held {
            self.write_row(cells);
        }
    }

    /// Writes a row padded to the sheet's width (an empty row as an empty line).
    fn write_row(&mut self, cells: Vec<(usize, Shown)>) {
        let mut line = Vec::new();
        let mut at = 0;
        let mut columns = 0;
        for (column, shown) in cells {
            while at < column {
                line.push(b',');
                at += 1;
            }
            match shown {
                Shown::Number(text) if self.comma => {
                    write_field(&mut line, &text.replace('.', ","))
                }
                Shown::Number(text) | Shown::Text(text) => write_field(&mut line, &text),
            }
            columns = column + 1;
        }
        self.width = self.width.max(columns);
        if columns > 0 {
            line.extend(std::iter::repeat_n(b',', self.width - columns));
        }
        line.push(b'\n');
        self.put(&line);
    }

    /// The cell as the spreadsheet shows it.
    fn shown(&self, cell: &Cell) -> Shown {
        let value = cell.value.as_str();
        match cell.kind {
            CellKind::Shared => Shown::Text(
                value
                    .trim()
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| self.book.strings.get(i))
                    .cloned()
                    .unwrap_or_default(),
            ),
            CellKind::Inline | CellKind::FormulaText | CellKind::Error | CellKind::IsoDate => {
                Shown::Text(value.to_owned())
            }
            CellKind::Boolean => Shown::Text(match value.trim() {
                "1" => "TRUE".to_owned(),
                "0" => "FALSE".to_owned(),
                other => other.to_owned(),
            }),
            CellKind::Number => {
                let format = self
                    .book
                    .formats
                    .get(cell.style)
                    .copied()
                    .unwrap_or(Format::Number);
                show_number(value.trim(), format, self.book.date1904)
            }
        }
    }

    fn put(&mut self, bytes: &[u8]) {
        self.buffer.extend_from_slice(bytes);
        self.written = self.written.saturating_add(bytes.len() as u64);
        if self.written > self.xml_bytes.saturating_mul(MAX_GROWTH) + (1 << 20) {
            self.too_large = true;
        }
        if self.buffer.len() >= FLUSH_BYTES {
            self.flush();
        }
    }

    /// Writes what is held and hands on the rest.
    fn finish(&mut self) {
        self.release();
        self.flush();
    }

    fn flush(&mut self) {
        if !self.buffer.is_empty() {
            (self.out)(&self.buffer);
            self.buffer.clear();
        }
    }
}

/// A CSV field: quoted when it holds a comma or a quote; a line break becomes a
/// space, so that the CSV's line numbers stay the sheet's row numbers.
fn write_field(line: &mut Vec<u8>, text: &str) {
    if !text
        .bytes()
        .any(|b| matches!(b, b'\r' | b'\n' | b',' | b'"'))
    {
        line.extend_from_slice(text.as_bytes());
        return;
    }
    let text: Cow<str> = if text.contains(['\r', '\n']) {
        Cow::Owned(text.replace("\r\n", " ").replace(['\r', '\n'], " "))
    } else {
        Cow::Borrowed(text)
    };
    if text.contains([',', '"']) {
        line.push(b'"');
        line.extend_from_slice(text.replace('"', "\"\"").as_bytes());
        line.push(b'"');
    } else {
        line.extend_from_slice(text.as_bytes());
    }
}

/// A number cell's text, shown in `format`: a number (with a point) or a date or time.
fn show_number(raw: &str, format: Format, date1904: bool) -> Shown {
    if format == Format::Number {
        if let Some(text) = plain(raw) {
            return Shown::Number(text);
        }
    }
    let Some(x) = raw.parse::<f64>().ok().filter(|x| x.is_finite()) else {
        return Shown::Text(raw.to_owned());
    };
    match format {
        Format::Number => Shown::Number(decimal(x)),
        Format::Percent => Shown::Number(format!("{}%", decimal(x * 100.0))),
        Format::Date { time } => {
            date_time(x, date1904, time).map_or_else(|| Shown::Number(decimal(x)), Shown::Text)
        }
        Format::Time => duration(x).map_or_else(|| Shown::Number(decimal(x)), Shown::Text),
    }
}

/// A cell's text, and whether it is a number cell's (written with a point, until the
/// sheet's decimal mark is known).
#[derive(Clone, Debug, PartialEq, Eq)]
enum Shown {
    /// Text, a date or a time: written as it is.
    Text(String),
    /// A number cell, in plain decimal form with a point.
    Number(String),
}

impl Shown {
    fn text(&self) -> &str {
        match self {
            Shown::Text(t) | Shown::Number(t) => t,
        }
    }
}

/// The cell's own text when it already is what [`decimal`] would write: plain
/// decimal form with at most 15 significant digits (most cells: it saves the
/// formatting of every number).
fn plain(raw: &str) -> Option<String> {
    let body = raw.strip_prefix('-').unwrap_or(raw);
    let (whole, fraction) = body.split_once('.').unwrap_or((body, ""));
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let significant = whole.trim_start_matches('0').len() + fraction.len();
    let canonical = (whole == "0" || !whole.starts_with('0'))
        && (!body.contains('.') || (digits(fraction) && !fraction.ends_with('0')));
    if !digits(whole) || !canonical || significant > 15 || raw == "-0" {
        return None;
    }
    let mut text = raw.to_owned();
    if fraction.len() == 3 && whole != "0" {
        text.push('0');
    }
    Some(text)
}

/// `x` to 15 significant digits, in plain decimal form; three decimals get a fourth.
fn decimal(x: f64) -> String {
    let rounded: f64 = format!("{x:.14e}").parse().unwrap_or(x);
    let mut text = format!("{rounded}");
    if text == "-0" {
        text = "0".to_owned();
    }
    if let Some((whole, fraction)) = text.split_once('.') {
        if fraction.len() == 3 && whole.trim_start_matches('-') != "0" {
            text.push('0');
        }
    }
    text
}

/// A serial day number as `YYYY-MM-DD` (and ` HH:MM:SS` when `time`).
fn date_time(serial: f64, date1904: bool, time: bool) -> Option<String> {
    if !(0.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let (mut days, seconds) = split_day(serial);
    let start = if date1904 {
        NaiveDate::from_ymd_opt(1904, 1, 1)?
    } else if days >= 61 {
        NaiveDate::from_ymd_opt(1899, 12, 30)?
    } else {
        // Excel's 1900 system counts a 29 February 1900 that never was: days 1 to 59
        // are 1900-01-01 to 1900-02-28, and day 60 is shown as that phantom day.
        if days == 60 {
            days = 59;
        }
        NaiveDate::from_ymd_opt(1899, 12, 31)?
    };
    let date = start.checked_add_signed(Duration::days(days))?;
    let day = format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day());
    if time {
        let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        Some(format!("{day} {h:02}:{m:02}:{s:02}"))
    } else {
        Some(day)
    }
}

/// A time of day or a duration as `HH:MM:SS` (hours beyond 24 for a duration).
fn duration(serial: f64) -> Option<String> {
    if !(0.0..1e7).contains(&serial) {
        return None;
    }
    let (days, seconds) = split_day(serial);
    let hours = days * 24 + seconds / 3600;
    Some(format!(
        "{hours:02}:{:02}:{:02}",
        seconds / 60 % 60,
        seconds % 60
    ))
}

/// Whole days and the second of the day, rounded to the second.
fn split_day(serial: f64) -> (i64, i64) {
    let mut days = serial.floor() as i64;
    let mut seconds = ((serial - serial.floor()) * 86_400.0).round() as i64;
    if seconds >= 86_400 {
        days += 1;
        seconds -= 86_400;
    }
    (days, seconds)
}

/// The 0-based column of a cell reference (`B7` → 1).
fn column_of(reference: &str) -> Option<usize> {
    let mut column = 0usize;
    let mut letters = 0;
    for c in reference.chars() {
        if !c.is_ascii_alphabetic() {
            break;
        }
        letters += 1;
        if letters > 3 {
            return None;
        }
        column = column * 26 + (c.to_ascii_uppercase() as usize - 'A' as usize + 1);
    }
    column.checked_sub(1)
}

/// `target` of a relationship of a part in `folder`, as an archive path.
fn resolve(folder: &str, target: &str) -> String {
    match target.strip_prefix('/') {
        Some(absolute) => normalise(absolute),
        None => join(folder, target),
    }
}

fn join(folder: &str, path: &str) -> String {
    if folder.is_empty() {
        normalise(path)
    } else {
        normalise(&format!("{folder}/{path}"))
    }
}

/// Resolves `.` and `..` in a `/`-separated path.
fn normalise(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split(['/', '\\']) {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            part => parts.push(part),
        }
    }
    parts.join("/")
}

/// Appends XML text, its entities and Excel's `_xHHHH_` escapes decoded.
fn push_text(out: &mut String, raw: &[u8]) {
    if raw.iter().all(|&b| b.is_ascii() && b != b'&' && b != b'_') {
        // Numbers and plain words: nothing to decode.
        out.extend(raw.iter().map(|&b| char::from(b)));
        return;
    }
    let text = String::from_utf8_lossy(raw);
    let unescaped = unescape(&text);
    if !unescaped.contains("_x") {
        out.push_str(&unescaped);
        return;
    }
    let mut rest = unescaped.as_ref();
    while let Some(i) = rest.find("_x") {
        let (before, after) = rest.split_at(i);
        out.push_str(before);
        let code = after
            .get(2..6)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
            .filter(|_| after.get(6..7) == Some("_"))
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .and_then(char::from_u32);
        match code {
            Some(c) => {
                out.push(c);
                rest = after.get(7..).unwrap_or_default();
            }
            None => {
                out.push_str("_x");
                rest = after.get(2..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
}

/// XML's five entities and its character references.
fn unescape(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        let (before, after) = rest.split_at(i);
        out.push_str(before);
        let entity = after
            .get(1..)
            .and_then(|a| a.find(';').filter(|&e| e <= 10).and_then(|e| a.get(..e)));
        let decoded = entity.and_then(|e| match e {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => {
                let number = e.strip_prefix('#')?;
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => number.parse().ok()?,
                };
                char::from_u32(code)
            }
        });
        match (entity, decoded) {
            (Some(e), Some(c)) => {
                out.push(c);
                rest = after.get(e.len() + 2..).unwrap_or_default();
            }
            _ => {
                out.push('&');
                rest = after.get(1..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The name without its namespace prefix (`x:row` → `row`).
fn local(name: &[u8]) -> &[u8] {
    match name.iter().position(|&b| b == b':') {
        Some(i) => name.get(i + 1..).unwrap_or_default(),
        None => name,
    }
}

/// The value of attribute `want` (by local name) in a tag's attribute text, unescaped.
fn attr<'x>(attrs: &'x [u8], want: &[u8]) -> Option<Cow<'x, str>> {
    let mut rest = attrs;
    loop {
        let start = rest.iter().position(|b| !b.is_ascii_whitespace())?;
        rest = rest.get(start..)?;
        let eq = rest.iter().position(|&b| b == b'=')?;
        let key = rest.get(..eq)?.trim_ascii();
        rest = rest.get(eq + 1..)?.trim_ascii_start();
        let quote = *rest.first()?;
        if quote != b'"' && quote != b'\'' {
            return None;
        }
        let end = rest.get(1..)?.iter().position(|&b| b == quote)?;
        let value = rest.get(1..1 + end)?;
        rest = rest.get(end + 2..)?;
        if local(key) == want {
            return Some(match String::from_utf8_lossy(value) {
                Cow::Borrowed(v) => unescape(v),
                Cow::Owned(v) => Cow::Owned(unescape(&v).into_owned()),
            });
        }
    }
}

/// One piece of XML.
#[derive(Debug, PartialEq, Eq)]
enum Token<'x> {
    /// `<name attrs>`, or `<name attrs/>` when `empty`.
    Start {
        name: &'x [u8],
        attrs: &'x [u8],
        empty: bool,
    },
    /// `</name>`.
    End { name: &'x [u8] },
    /// Text between tags, entities not yet decoded (CDATA: as it stands).
    Text(&'x [u8]),
}

/// A streaming scanner of the XML these parts use: tags, text, CDATA; comments,
/// declarations and processing instructions skipped. Fed pieces in order; what a piece
/// leaves unfinished waits for the next.
#[derive(Default)]
struct Scanner {
    pending: Vec<u8>,
    /// How far the unfinished text at the start of `pending` was searched for a `<`.
    searched: usize,
}

/// Scans a whole part held in memory.
fn scan_whole(xml: &[u8], each: &mut dyn FnMut(Token)) -> Result<(), Unread> {
    scan(xml, each, true, &mut 0).map(|_| ())
}

impl Scanner {
    fn feed(&mut self, piece: &[u8], each: &mut dyn FnMut(Token)) -> Result<(), Unread> {
        if self.pending.is_empty() {
            // Most pieces are read in place; only their unfinished end is kept.
            let used = scan(piece, each, false, &mut self.searched)?;
            self.pending
                .extend_from_slice(piece.get(used..).unwrap_or_default());
            return Ok(());
        }
        self.pending.extend_from_slice(piece);
        let pending = std::mem::take(&mut self.pending);
        let used = scan(&pending, each, false, &mut self.searched)?;
        self.pending = pending;
        self.pending.drain(..used.min(self.pending.len()));
        Ok(())
    }

    fn end(&mut self, each: &mut dyn FnMut(Token)) -> Result<(), Unread> {
        let pending = std::mem::take(&mut self.pending);
        scan(&pending, each, true, &mut self.searched).map(|_| ())
    }
}

/// Scans `xml` from its start, handing each complete token to `each`; returns how many
/// bytes were used. Unless `last`, an unfinished token at the end is left unused.
/// `searched` is how far the text at the start was already searched for its end.
fn scan(
    xml: &[u8],
    each: &mut dyn FnMut(Token),
    last: bool,
    searched: &mut usize,
) -> Result<usize, Unread> {
    let mut at = 0;
    while at < xml.len() {
        let rest = xml.get(at..).unwrap_or_default();
        if rest.first() != Some(&b'<') {
            let from = (*searched).min(rest.len());
            match rest
                .get(from..)
                .and_then(|r| r.iter().position(|&b| b == b'<'))
            {
                Some(i) => {
                    each(Token::Text(rest.get(..from + i).unwrap_or_default()));
                    at += from + i;
                    *searched = 0;
                }
                None if last => {
                    each(Token::Text(rest));
                    return Ok(xml.len());
                }
                None if rest.len() > MAX_TEXT_BYTES => return Err(Unread::Damaged),
                None => {
                    *searched = rest.len();
                    return Ok(at);
                }
            }
            continue;
        }
        *searched = 0;
        let Some(len) = tag_len(rest) else {
            if last || rest.len() > MAX_TAG_BYTES {
                return Err(Unread::Damaged);
            }
            return Ok(at);
        };
        let tag = rest.get(..len).unwrap_or_default();
        let second = tag.get(1).copied();
        if second == Some(b'/') {
            let name = tag.get(2..len - 1).unwrap_or_default().trim_ascii();
            each(Token::End { name });
        } else if second == Some(b'!') {
            if let Some(data) = tag.strip_prefix(b"<![CDATA[") {
                each(Token::Text(data.strip_suffix(b"]]>").unwrap_or_default()));
            }
        } else if second != Some(b'?') {
            let inner = tag.get(1..len - 1).unwrap_or_default();
            let (inner, empty) = match inner.strip_suffix(b"/") {
                Some(inner) => (inner, true),
                None => (inner, false),
            };
            let split = inner
                .iter()
                .position(|b| b.is_ascii_whitespace())
                .unwrap_or(inner.len());
            let (name, attrs) = inner.split_at(split);
            each(Token::Start { name, attrs, empty });
        }
        at += len;
    }
    Ok(at)
}

/// The length of the tag (or comment, CDATA section, declaration) at the start of
/// `xml`, up to its closing `>`; `None` when it does not end within `xml` (or within
/// [`MAX_TAG_BYTES`]).
fn tag_len(xml: &[u8]) -> Option<usize> {
    let window = xml.get(..xml.len().min(MAX_TAG_BYTES)).unwrap_or_default();
    let closing = |start: &[u8], end: &[u8]| -> Option<Option<usize>> {
        if !window.starts_with(start) {
            return None;
        }
        let body = window.get(start.len()..).unwrap_or_default();
        Some(
            body.windows(end.len())
                .position(|w| w == end)
                .map(|i| start.len() + i + end.len()),
        )
    };
    if window.get(1) == Some(&b'!') {
        if let Some(found) = closing(b"<!--", b"-->") {
            return found;
        }
        if let Some(found) = closing(b"<![CDATA[", b"]]>") {
            return found;
        }
    }
    let mut quote = None;
    for (i, &b) in window.iter().enumerate().skip(1) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), b) if b == q => quote = None,
            (None, b'>') => return Some(i + 1),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
pub(crate) mod tests;
