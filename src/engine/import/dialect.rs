//! CSV dialect: the delimiter, and where the header row is.
//!
//! Each candidate delimiter parses a sample of the file; the one that gives the most
//! rows with the same number of cells (more than one) wins. The header is the first
//! row with that many cells and mostly non-blank, so title blocks that ad platforms
//! put above the table ("Campaign report", a date range, a blank line) are skipped.

use super::field;
use super::records::{Record, Records, Split};

/// Delimiters tried, in order of preference when scores tie.
pub const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// How much of a file is sampled to sniff the dialect.
pub const SAMPLE_BYTES: usize = 64 * 1024;

/// Most records read from the sample.
const SAMPLE_RECORDS: usize = 200;

/// Bytes of the sample parsed at a time while sniffing.
const SNIFF_SLICE: usize = 4096;

/// The sniffed dialect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dialect {
    /// The field delimiter.
    pub delimiter: u8,
    /// 0-based index of the header record among the records of the file.
    pub header_record: usize,
    /// Cells per row in the table body.
    pub width: usize,
}

/// Sniffs the dialect of `text` (only its first [`SAMPLE_BYTES`] are read).
pub fn sniff(text: &str) -> Dialect {
    let sample = sample_of(text);
    DELIMITERS
        .iter()
        .map(|&d| sniff_with(sample, d))
        .enumerate()
        // Highest score wins; on a tie, the earlier (more common) delimiter.
        .max_by(|(ia, (sa, _)), (ib, (sb, _))| sa.cmp(sb).then(ib.cmp(ia)))
        .map_or(
            Dialect {
                delimiter: b',',
                header_record: 0,
                width: 1,
            },
            |(_, (_, dialect))| dialect,
        )
}

/// Finds the header with a known delimiter (a user's choice).
pub fn sniff_with_delimiter(text: &str, delimiter: u8) -> Dialect {
    sniff_with(sample_of(text), delimiter).1
}

fn sample_of(text: &str) -> &str {
    if text.len() <= SAMPLE_BYTES {
        return text;
    }
    // Drop the partial last line so it cannot skew the widths.
    let head = &text[..char_floor(text, SAMPLE_BYTES)];
    head.rfind(['\n', '\r']).map_or(head, |i| &head[..i])
}

/// The largest character boundary of `text` at or below `at`.
fn char_floor(text: &str, at: usize) -> usize {
    let mut cut = at.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    cut
}

/// For text no delimiter splits into a table (whitespace-aligned reports): the
/// number of cells when each sampled line is split on runs of spaces and tabs, if
/// that number is above one and the same on at least nine lines in ten.
pub fn whitespace_width(text: &str) -> Option<usize> {
    let widths: Vec<usize> = sample_of(text)
        .split(['\r', '\n'])
        .map(|line| line.split([' ', '\t']).filter(|c| !c.is_empty()).count())
        .filter(|&w| w > 0)
        .take(SAMPLE_RECORDS)
        .collect();
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for &width in &widths {
        match counts.iter_mut().find(|(w, _)| *w == width) {
            Some((_, n)) => *n += 1,
            None => counts.push((width, 1)),
        }
    }
    let (width, n) = counts.into_iter().max_by_key(|&(w, n)| (n, w))?;
    (width > 1 && widths.len() >= 2 && n * 10 >= widths.len() * 9).then_some(width)
}

/// True when a line's first cell opens a `# …` comment: `#` followed by a space, a
/// tab, a dash, `=`, another `#` or nothing (`# Start date: 20260101`, `# ------`).
/// Shopify's order names (`#1001`) are not comments.
pub fn is_comment_cell(cell: &str) -> bool {
    cell.trim_start()
        .strip_prefix('#')
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t', '-', '=', '#']))
}

/// Scores one delimiter: (its width's header names known columns, rows of that width
/// if it is above 1), and the dialect.
fn sniff_with(sample: &str, delimiter: u8) -> ((bool, usize), Dialect) {
    // (cells, filled cells, a `# …` comment line: web-analytics preambles, never the
    // header and not counted in the widths).
    let mut rows: Vec<(usize, usize, bool)> = Vec::new();
    // Per width, the first header-like row that names two columns the vocabulary
    // knows (its index among the rows), once found; the rows of that width are read
    // for it until then.
    let mut named_at: Vec<(usize, Option<usize>)> = Vec::new();
    let mut records = Records::new(Split::Delimiter(delimiter), false);
    let mut add = |r: Record<'_>| {
        if rows.len() < SAMPLE_RECORDS {
            let comment = r.get(0).is_some_and(is_comment_cell);
            let filled = r.iter().filter(|c| !c.trim().is_empty()).count();
            let width = r.len();
            let found = named_at.iter().any(|&(w, at)| w == width && at.is_some());
            if !comment && !found && header_like(width, filled) {
                // Naming two known columns takes two filled cells: a one-cell line (a
                // title, or any line split with another file's delimiter) is not read.
                let at = (filled >= 2 && field::known_headers(r.iter()) >= 2).then_some(rows.len());
                match named_at.iter_mut().find(|(w, _)| *w == width) {
                    Some((_, slot)) => *slot = at,
                    None => named_at.push((width, at)),
                }
            }
            rows.push((width, filled, comment));
        }
    };
    // In slices, so a sample of short lines stops at its first SAMPLE_RECORDS.
    let mut rest = sample;
    while !rest.is_empty() && records.count() < SAMPLE_RECORDS as u64 {
        let (piece, tail) = rest.split_at(char_floor(rest, SNIFF_SLICE));
        records.push(piece, &mut add);
        rest = tail;
    }
    if rest.is_empty() {
        records.finish(&mut add);
    }
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for &(width, _, _) in rows.iter().filter(|r| !r.2) {
        match counts.iter_mut().find(|(w, _)| *w == width) {
            Some((_, n)) => *n += 1,
            None => counts.push((width, 1)),
        }
    }
    // A width whose header row names at least two columns the vocabulary knows is
    // the table's, however many title lines above it share another width (a report
    // of three campaigns under nine lines of title, or under title lines that a comma
    // splits in two). Otherwise the most common width wins; on a tie, the wider.
    let named_row = |w: usize| {
        named_at
            .iter()
            .find(|(k, _)| *k == w)
            .and_then(|(_, at)| *at)
    };
    let named = |w: usize| named_row(w).is_some();
    let (width, n) = counts
        .into_iter()
        .max_by(|a, b| {
            (named(a.0) && a.0 > 1)
                .cmp(&(named(b.0) && b.0 > 1))
                .then(a.1.cmp(&b.1))
                .then(a.0.cmp(&b.0))
        })
        .unwrap_or((1, 0));
    // The header: the row that names known columns (a title line as wide as the
    // table, "Période du;01/03/2024;au;31/03/2024;", fills half its cells too), else
    // the first header-like row.
    let header_record = named_row(width)
        .or_else(|| {
            rows.iter()
                .position(|&(w, filled, comment)| !comment && w == width && header_like(w, filled))
        })
        .unwrap_or(0);
    let score = (width > 1 && named(width), if width > 1 { n } else { 0 });
    (
        score,
        Dialect {
            delimiter,
            header_record,
            width,
        },
    )
}

/// A row that could be a header: at least half its cells filled, two or more (or the
/// one cell of a one-column file).
fn header_like(width: usize, filled: usize) -> bool {
    filled * 2 >= width && (filled >= 2 || width == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(text: &str, delimiter: u8, header_record: usize, width: usize) {
        assert_eq!(
            sniff(text),
            Dialect {
                delimiter,
                header_record,
                width
            },
            "{text:?}"
        );
    }

    #[test]
    fn sniffs_delimiters_and_headers() {
        check("a,b,c\n1,2,3\n", b',', 0, 3);
        check("a;b;c\n1,5;2;3\n", b';', 0, 3);
        check("a\tb\n1\t2\n", b'\t', 0, 2);
        check("a|b\n1|2\n", b'|', 0, 2);
        check("\"a;x\",b\n1,2\n", b',', 0, 2);
        check(
            "Campaign report\n2024-01-01 - 2024-01-31\n\nCampaign,Clicks\nA,1\nB,2\n",
            b',',
            2,
            2,
        );
        check(
            "Campaign report,,\n,,\nCampaign,Clicks,Cost\nA,1,2\n",
            b',',
            2,
            3,
        );
        check("", b',', 0, 1);
        check("just one column\nvalue\n", b',', 0, 1);
    }

    #[test]
    fn a_short_table_under_a_long_title_block() {
        // Microsoft Ads' downloaded report: nine quoted title lines, three campaigns.
        let title = (1..=9).map(|i| format!("\"Report line {i}, with a comma\"\n"));
        let text: String = title.collect::<String>()
            + "Campaign,Impressions,Clicks,Spend,Conversions\nA,1,2,3,4\nB,1,2,3,4\nC,1,2,3,4\n";
        check(&text, b',', 9, 5);
        // LinkedIn's: title lines that a comma splits in two, and one campaign.
        let text = "Campaign Performance Report (in UTC)\n\
                    Report Start: 1/1/2024, 12:00 AM\n\
                    Report End: 1/31/2024, 11:59 PM\n\
                    Date Generated: 2/1/2024, 9:00 AM\n\
                    Start Date (in UTC),Campaign Name,Total Spent,Impressions,Clicks\n\
                    1/1/2024,Lead gen,250.00,10000,60\n";
        check(text, b',', 4, 5);
        // An Excel title line as wide as the table, half filled.
        let text = "Période du;01/03/2024;au;31/03/2024;\n\
                    Campagne;Impressions;Clics;Coût;Conversions\n\
                    Soldes;1000;20;12,5;1\n";
        check(text, b';', 1, 5);
    }

    #[test]
    fn whitespace_aligned_text() {
        let w = |t: &str| whitespace_width(t);
        assert_eq!(w(" 1 2  3\n4\t5 6\n"), Some(3));
        assert_eq!(w("id   amount\n1    2.5\n"), Some(2));
        assert_eq!(w("just one column\nvalue\n"), None);
        assert_eq!(w("a b\n"), None);
        assert_eq!(w(""), None);
    }

    #[test]
    fn cr_only_lines_are_rows() {
        check("a,b\r1,2\r3,4", b',', 0, 2);
    }
}
