//! Text to records, pushed chunk by chunk: a thin layer over `csv_core` that knows
//! each record's starting line.
//!
//! `csv_core` treats an empty input slice as the end of the file, so [`Records::push`]
//! never hands it one; only [`Records::finish`] does. Line breaks between records are
//! skipped here rather than by the parser, which is how each record's first line is
//! known exactly, whatever the chunk boundaries. A file whose lines end in a lone CR
//! (old Mac Excel) has its CRs read as LFs, so lines are counted the same way and
//! quoted line breaks read the same as in any other file.

use std::cell::RefCell;

use csv_core::{ReadRecordResult, Reader, ReaderBuilder};

use super::dialect::DELIMITERS;

/// One record: its starting line and its cells.
#[derive(Clone, Copy, Debug)]
pub struct Record<'a> {
    /// The 1-based line where the record starts.
    pub line: u64,
    text: &'a str,
    ends: &'a [usize],
}

impl<'a> Record<'a> {
    /// Number of cells.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// True when the record has no cells (never produced by the reader).
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The cell at `i`, if the record has one.
    pub fn get(&self, i: usize) -> Option<&'a str> {
        let end = *self.ends.get(i)?;
        let start = match i.checked_sub(1) {
            Some(p) => *self.ends.get(p)?,
            None => 0,
        };
        self.text.get(start..end)
    }

    /// Every cell, in order.
    pub fn iter(&self) -> impl Iterator<Item = &'a str> + '_ {
        (0..self.len()).map(|i| self.get(i).unwrap_or_default())
    }

    /// An owned copy.
    pub fn to_owned(&self) -> OwnedRecord {
        OwnedRecord {
            line: self.line,
            text: self.text.to_owned(),
            ends: self.ends.to_vec(),
        }
    }
}

/// A record kept while the import samples the start of a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnedRecord {
    line: u64,
    text: String,
    ends: Vec<usize>,
}

impl OwnedRecord {
    /// A view of the record.
    pub fn record(&self) -> Record<'_> {
        Record {
            line: self.line,
            text: &self.text,
            ends: &self.ends,
        }
    }
}

/// How cells are separated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Split {
    /// CSV with this delimiter, double quotes, `""` escapes.
    Delimiter(u8),
    /// Cells separated by runs of spaces and tabs; no quoting.
    Whitespace,
}

thread_local! {
    /// Parsers of the sniffed delimiters, kept by [`Records`] that ended for the next
    /// ones. Building a parser computes its state table, which took longer than reading
    /// a small file (a third of a fuzzed import's time; the dialect sniffer makes four).
    /// `csv_core`'s `Clone` of a built parser copies only part of that table, so parsers
    /// are reused (after `reset`), never cloned.
    static SPARE: RefCell<[Option<Reader>; DELIMITERS.len()]> =
        const { RefCell::new([const { None }; DELIMITERS.len()]) };
}

/// A parser for `delimiter`: a spare one if there is one.
fn take_core(delimiter: u8) -> Reader {
    spare_slot(delimiter)
        .and_then(|i| SPARE.with_borrow_mut(|spare| spare.get_mut(i).and_then(Option::take)))
        .unwrap_or_else(|| ReaderBuilder::new().delimiter(delimiter).build())
}

fn spare_slot(delimiter: u8) -> Option<usize> {
    DELIMITERS.iter().position(|&d| d == delimiter)
}

/// The delimiter `csv_core` is built with (whitespace-split text never reaches it).
fn core_delimiter(split: Split) -> u8 {
    match split {
        Split::Delimiter(d) => d,
        Split::Whitespace => b'\t',
    }
}

/// A push parser of records.
pub struct Records {
    split: Split,
    core: Reader,
    cr_only: bool,
    fields: Vec<u8>,
    ends: Vec<usize>,
    out_len: usize,
    ends_len: usize,
    /// A record has started and not yet ended.
    in_record: bool,
    /// The line of the next byte.
    line: u64,
    record_line: u64,
    quotes: u64,
    records: u64,
    /// Line, text length and cell count of the last record emitted.
    last: Option<(u64, usize, usize)>,
    scratch: Vec<u8>,
}

impl Records {
    /// A reader for text split by `split`; `cr_only` reads each CR as a line end.
    pub fn new(split: Split, cr_only: bool) -> Self {
        Records {
            split,
            core: take_core(core_delimiter(split)),
            cr_only,
            fields: vec![0; 1024],
            ends: vec![0; 64],
            out_len: 0,
            ends_len: 0,
            in_record: false,
            line: 1,
            record_line: 1,
            quotes: 0,
            records: 0,
            last: None,
            scratch: Vec::new(),
        }
    }

    /// Double-quote characters seen so far (an odd count means a quote never closed).
    pub fn quotes(&self) -> u64 {
        self.quotes
    }

    /// Records produced so far.
    pub fn count(&self) -> u64 {
        self.records
    }

    /// How cells are split.
    pub fn split(&self) -> Split {
        self.split
    }

    /// The last record emitted, until more text is pushed.
    pub fn last(&self) -> Option<Record<'_>> {
        let (line, out_len, ends_len) = self.last?;
        Some(Record {
            line,
            text: std::str::from_utf8(self.fields.get(..out_len)?).ok()?,
            ends: self.ends.get(..ends_len)?,
        })
    }

    /// Reads the next piece of text, handing each completed record to `emit`.
    pub fn push(&mut self, text: &str, mut emit: impl FnMut(Record<'_>)) {
        if text.is_empty() {
            return;
        }
        let mut scratch = std::mem::take(&mut self.scratch);
        let bytes = if self.cr_only {
            scratch.clear();
            scratch.extend(text.bytes().map(|b| if b == b'\r' { b'\n' } else { b }));
            &scratch[..]
        } else {
            text.as_bytes()
        };
        self.quotes += count(bytes, b'"');
        match self.split {
            Split::Delimiter(_) => self.push_csv(bytes, &mut emit),
            Split::Whitespace => self.push_whitespace(bytes, &mut emit),
        }
        self.scratch = scratch;
    }

    /// Ends the file, emitting a last record that has no line break after it.
    pub fn finish(&mut self, mut emit: impl FnMut(Record<'_>)) {
        if !self.in_record {
            return;
        }
        match self.split {
            Split::Delimiter(_) => {
                // Only here does the parser see an empty slice: the end of the file.
                for _ in 0..64 {
                    match self.read(&[]).0 {
                        ReadRecordResult::Record => {
                            self.emit(&mut emit);
                            return;
                        }
                        ReadRecordResult::OutputFull | ReadRecordResult::OutputEndsFull => {}
                        ReadRecordResult::InputEmpty | ReadRecordResult::End => return,
                    }
                }
            }
            Split::Whitespace => {
                self.end_whitespace_cell();
                self.emit(&mut emit);
            }
        }
    }

    fn push_csv(&mut self, mut input: &[u8], emit: &mut impl FnMut(Record<'_>)) {
        while !input.is_empty() {
            if !self.in_record {
                input = self.skip_line_breaks(input);
                if input.is_empty() {
                    return;
                }
                self.in_record = true;
                self.record_line = self.line;
            }
            let (result, used) = self.read(input);
            let (done, rest) = input.split_at(used.min(input.len()));
            self.line += count(done, b'\n');
            input = rest;
            if result == ReadRecordResult::Record {
                self.emit(emit);
            }
        }
    }

    /// One parser step; grows the output buffers when they are full.
    fn read(&mut self, input: &[u8]) -> (ReadRecordResult, usize) {
        let (result, used, out, ends) = self.core.read_record(
            input,
            self.fields.get_mut(self.out_len..).unwrap_or_default(),
            self.ends.get_mut(self.ends_len..).unwrap_or_default(),
        );
        self.out_len += out;
        self.ends_len += ends;
        match result {
            ReadRecordResult::OutputFull => {
                let len = self.fields.len().max(1) * 2;
                self.fields.resize(len, 0);
            }
            ReadRecordResult::OutputEndsFull => {
                let len = self.ends.len().max(1) * 2;
                self.ends.resize(len, 0);
            }
            _ => {}
        }
        (result, used)
    }

    fn skip_line_breaks<'i>(&mut self, input: &'i [u8]) -> &'i [u8] {
        let skip = input
            .iter()
            .position(|&b| b != b'\r' && b != b'\n')
            .unwrap_or(input.len());
        let (breaks, rest) = input.split_at(skip);
        self.line += count(breaks, b'\n');
        rest
    }

    fn emit(&mut self, emit: &mut impl FnMut(Record<'_>)) {
        self.in_record = false;
        self.records += 1;
        self.last = Some((self.record_line, self.out_len, self.ends_len));
        let out = self.fields.get(..self.out_len).unwrap_or_default();
        let ends = self.ends.get(..self.ends_len).unwrap_or_default();
        self.out_len = 0;
        self.ends_len = 0;
        match std::str::from_utf8(out) {
            Ok(text) => emit(Record {
                line: self.record_line,
                text,
                ends,
            }),
            // Only a user-chosen non-ASCII delimiter can cut a character.
            Err(_) => {
                let text = String::from_utf8_lossy(out);
                let ends: Vec<usize> = ends.iter().map(|&e| e.min(text.len())).collect();
                emit(Record {
                    line: self.record_line,
                    text: &text,
                    ends: &ends,
                });
            }
        }
    }

    fn push_whitespace(&mut self, mut input: &[u8], emit: &mut impl FnMut(Record<'_>)) {
        while let Some((&b, rest)) = input.split_first() {
            input = rest;
            match b {
                b'\r' | b'\n' => {
                    self.line += u64::from(b == b'\n');
                    if self.in_record {
                        self.end_whitespace_cell();
                        self.emit(emit);
                    }
                }
                b' ' | b'\t' => self.end_whitespace_cell(),
                _ => {
                    if !self.in_record {
                        self.in_record = true;
                        self.record_line = self.line;
                    }
                    if self.out_len >= self.fields.len() {
                        self.fields.resize(self.fields.len().max(1) * 2, 0);
                    }
                    if let Some(slot) = self.fields.get_mut(self.out_len) {
                        *slot = b;
                        self.out_len += 1;
                    }
                }
            }
        }
    }

    /// Closes the cell being read, if any text has been added since the last one.
    fn end_whitespace_cell(&mut self) {
        if !self.in_record {
            return;
        }
        let start = match self.ends_len.checked_sub(1) {
            Some(p) => self.ends.get(p).copied().unwrap_or(0),
            None => 0,
        };
        if self.out_len == start {
            return;
        }
        if self.ends_len >= self.ends.len() {
            self.ends.resize(self.ends.len().max(1) * 2, 0);
        }
        if let Some(slot) = self.ends.get_mut(self.ends_len) {
            *slot = self.out_len;
            self.ends_len += 1;
        }
    }
}

impl Drop for Records {
    /// Hands the parser back for the next [`Records`].
    fn drop(&mut self) {
        let Some(i) = spare_slot(core_delimiter(self.split)) else {
            return;
        };
        let mut core = std::mem::take(&mut self.core);
        core.reset();
        SPARE.with_borrow_mut(|spare| {
            if let Some(slot) = spare.get_mut(i) {
                *slot = Some(core);
            }
        });
    }
}

/// How many times `byte` occurs in `bytes`, eight bytes at a time (every byte of the
/// file goes through here twice: quotes, then line breaks).
fn count(bytes: &[u8], byte: u8) -> u64 {
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let pattern = u64::from_ne_bytes([byte; 8]);
    let mut words = bytes.chunks_exact(8);
    let mut n = 0u64;
    for word in &mut words {
        let mut w = [0u8; 8];
        w.copy_from_slice(word);
        // Zero where the byte matches; then the high bit of exactly each zero byte.
        let x = u64::from_ne_bytes(w) ^ pattern;
        let zero = !(((x & LOW) + LOW) | x | LOW);
        n += u64::from(zero.count_ones());
    }
    n + words.remainder().iter().filter(|&&b| b == byte).count() as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_finds_every_byte_at_any_offset() {
        // Every byte value, near and far from the target, at every alignment.
        let bytes: Vec<u8> = (0..1000u32).map(|i| (i * 37 % 256) as u8).collect();
        for target in [b'"', b'\n', 0, 0x7f, 0x80, 0xff] {
            for start in 0..9 {
                let slice = &bytes[start..];
                let want = slice.iter().filter(|&&b| b == target).count() as u64;
                assert_eq!(count(slice, target), want, "{target} from {start}");
            }
        }
        assert_eq!(count(b"", b'"'), 0);
        assert_eq!(count(&[b'"'; 17], b'"'), 17);
    }

    fn read(split: Split, cr_only: bool, chunks: &[&str]) -> Vec<(u64, Vec<String>)> {
        let mut records = Records::new(split, cr_only);
        let mut out = Vec::new();
        for chunk in chunks {
            records.push(chunk, |r| {
                out.push((r.line, r.iter().map(str::to_owned).collect()))
            });
        }
        records.finish(|r| out.push((r.line, r.iter().map(str::to_owned).collect())));
        out
    }

    #[track_caller]
    fn check(chunks: &[&str], expected: &[(u64, &[&str])]) {
        let expected: Vec<(u64, Vec<String>)> = expected
            .iter()
            .map(|(l, c)| (*l, c.iter().map(|s| (*s).to_owned()).collect()))
            .collect();
        assert_eq!(
            read(Split::Delimiter(b','), false, chunks),
            expected,
            "{chunks:?}"
        );
    }

    #[test]
    fn lines_survive_any_split() {
        check(&["a,b\n1,2"], &[(1, &["a", "b"]), (2, &["1", "2"])]);
        check(
            &["a,b\r", "\n\r\n1,2\r\n"],
            &[(1, &["a", "b"]), (3, &["1", "2"])],
        );
        check(
            &["a,\"x\n", "y\",c\n2"],
            &[(1, &["a", "x\ny", "c"]), (3, &["2"])],
        );
        check(&["a,b", "", "\n", "c"], &[(1, &["a", "b"]), (2, &["c"])]);
        check(&["\n\n", "x"], &[(3, &["x"])]);
        check(&["\"\"\"\",", "\"", "\"\n"], &[(1, &["\"", ""])]);
        check(&[], &[]);
    }

    #[test]
    fn a_parser_left_in_a_quote_or_a_record_is_reused_clean() {
        for delimiter in DELIMITERS {
            let sep = char::from(delimiter);
            // Ended inside a quoted cell, and inside an unquoted record: both parsers
            // go back to the spares when dropped.
            let mut open = Records::new(Split::Delimiter(delimiter), false);
            open.push(&format!("a{sep}\"b\nc"), |_| {});
            drop(open);
            let mut half = Records::new(Split::Delimiter(delimiter), false);
            half.push(&format!("x{sep}y"), |_| {});
            drop(half);
            let text = format!("a{sep}b\n\"1{sep}\"{sep}2\n");
            let got = read(Split::Delimiter(delimiter), false, &[&text]);
            let want = vec![
                (1, vec!["a".to_owned(), "b".to_owned()]),
                (2, vec![format!("1{sep}"), "2".to_owned()]),
            ];
            assert_eq!(got, want, "{sep:?}");
        }
    }

    #[test]
    fn cr_only_files_count_lines() {
        let got = read(Split::Delimiter(b','), true, &["a,\"b\rc\"\r", "1,2"]);
        assert_eq!(
            got,
            vec![
                (1, vec!["a".to_owned(), "b\nc".to_owned()]),
                (3, vec!["1".to_owned(), "2".to_owned()])
            ]
        );
    }

    #[test]
    fn whitespace_runs_split_cells() {
        let got = read(Split::Whitespace, false, &["  a  b\t c \n", "\n1 2", " 3"]);
        assert_eq!(
            got,
            vec![
                (1, vec!["a".to_owned(), "b".to_owned(), "c".to_owned()]),
                (3, vec!["1".to_owned(), "2".to_owned(), "3".to_owned()])
            ]
        );
    }
}
