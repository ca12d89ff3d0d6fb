//! What each fuzz target checks on one input, shared by the libFuzzer targets in
//! `fuzz/fuzz_targets/` (nightly) and by `tests/fuzz_regressions.rs` (stable), so a
//! regression file replays exactly the code path that found it.
//!
//! Every check panics when the engine breaks a promise: a panic inside the engine, an
//! accounting that does not add up, a chunked import that differs from the whole one,
//! a value that does not read back.
#![allow(dead_code)]

#[path = "zip.rs"]
mod zip;

use marketing_audit::engine::import::error::Error;
use marketing_audit::engine::import::field::{self, Field};
use marketing_audit::engine::import::ingest::Values;
use marketing_audit::engine::import::value::{self, Cell, DateOrder, DecimalMark};
use marketing_audit::engine::present::export;
use marketing_audit::engine::present::saved::{SavedAudit, Sheet};
use marketing_audit::engine::{ingest, run, Importer, Ingested, Overrides, Settings};

/// A fuzz target's check of one input.
pub type Check = fn(&[u8]);

/// Every target: its name (the folder under `fuzz/corpus/` and `fuzz/regressions/`)
/// and its check.
pub const TARGETS: [(&str, Check); 7] = [
    ("ingest", ingest_whole),
    ("chunked", chunked),
    ("number", number),
    ("date", date),
    ("header", header),
    ("saved", saved),
    ("workbook", workbook),
];

/// File names the import is given; the name only labels errors and issues.
const NAMES: [&str; 4] = ["fuzz.csv", "", "Données é.TSV", "a.txt"];

/// The whole import of arbitrary bytes, then the audit and both exports of what it read.
pub fn ingest_whole(data: &[u8]) {
    let name = NAMES[data.len() % NAMES.len()];
    let Ok(got) = ingest(name, data, &Overrides::default()) else {
        return;
    };
    check_accounting(&got, data);
    let audit = run(std::slice::from_ref(&got), &Settings::default());
    for figure in &audit.figures {
        assert!(figure.value.is_none_or(f64::is_finite), "{figure:?}");
    }
    let _ = export::to_csv(&audit);
    // Rows folded at import give every issue and figure of the rows kept as read,
    // while their numbers are exact units. A column of decimals (a value beyond 64 bits
    // of units) has sums rounded at 28 significant digits, which depend on the order of
    // the additions in any case: folding stops there, and the figures are not compared.
    if !got.table.weights.is_empty() {
        let mut importer = Importer::new(name, &Overrides::default()).keep_every_row();
        importer.push(data);
        let kept = importer.finish().expect("read when folded");
        let shown = String::from_utf8_lossy(&data[..data.len().min(300)]).into_owned();
        assert_eq!(kept.issues, got.issues, "{shown:?}");
        let decimals = kept
            .table
            .columns
            .iter()
            .any(|(_, v)| matches!(v, Values::Number(n) if n.is_wide()));
        assert!(
            decimals || run(std::slice::from_ref(&kept), &Settings::default()) == audit,
            "folding changed a figure of {shown:?}"
        );
    }
}

/// `rows_read = rows_used + rows_skipped`, and every column has a value per used row.
fn check_accounting(got: &Ingested, data: &[u8]) {
    let shown = || String::from_utf8_lossy(&data[..data.len().min(300)]).into_owned();
    assert_eq!(
        got.rows_read,
        got.rows_used + got.rows_skipped,
        "{:?}",
        shown()
    );
    // Each kept row holds its weight of the file's rows (1 unless rows were folded).
    let rows = got.table.len();
    let held: u64 = (0..rows).map(|r| got.table.weight(r)).sum();
    assert_eq!(held, got.rows_used, "{:?}", shown());
    assert!(
        got.table.weights.is_empty() || got.table.weights.len() == rows,
        "{:?}",
        shown()
    );
    for (field, values) in &got.table.columns {
        let len = match values {
            Values::Text(v) => v.len(),
            Values::Number(v) => v.len(),
            Values::Date(v) => v.len(),
        };
        assert_eq!(len, rows, "{field:?} in {:?}", shown());
    }
    for split in &got.table.splits {
        assert_eq!(
            split.texts.rows.len(),
            rows,
            "{} in {:?}",
            split.header,
            shown()
        );
    }
}

/// The bytes after the first two, pushed through an [`Importer`] in chunks whose sizes
/// come from the first two bytes (empty chunks included), give exactly what the whole
/// import gives.
pub fn chunked(data: &[u8]) {
    let (seed, bytes) = match data {
        [a, b, rest @ ..] => (u64::from(*a) << 8 | u64::from(*b), rest),
        _ => return,
    };
    let whole = ingest("t.csv", bytes, &Overrides::default());
    let got = import_in_chunks(bytes, seed);
    assert!(
        got == whole,
        "chunks (seed {seed}) differ on {:?}:\n got {got:?}\nwant {whole:?}",
        String::from_utf8_lossy(&bytes[..bytes.len().min(300)])
    );
}

fn import_in_chunks(bytes: &[u8], seed: u64) -> Result<Ingested, Error> {
    // SplitMix64 over the seed: chunk sizes 0 to 2^k - 1, with k (1 to 8) from the seed
    // too, so both byte-by-byte splits and larger ones occur.
    let mut state = seed;
    let mut next = move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    let mask = (1usize << (seed % 8 + 1)) - 1;
    let mut importer = Importer::new("t.csv", &Overrides::default());
    let mut rest = bytes;
    while !rest.is_empty() {
        let size = (next() as usize & mask).min(rest.len());
        let (chunk, tail) = rest.split_at(size);
        importer.push(chunk);
        rest = tail;
    }
    importer.finish()
}

/// The input as text: lossy, as a cell the decoder produced.
fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// Each line parsed as a number with both decimal marks; a value prints and reads
/// back as itself, and a placeholder is never a value.
pub fn number(data: &[u8]) {
    let text = text(data);
    let cells: Vec<&str> = text.split('\n').collect();
    for mark in [DecimalMark::Point, DecimalMark::Comma] {
        for cell in &cells {
            let parsed = value::parse_number(cell, mark);
            if value::is_missing(cell) {
                assert!(matches!(parsed, Cell::Missing), "{cell:?} is missing");
            }
            if let Cell::Value(n) = parsed {
                let printed = n.value.to_string();
                match value::parse_number(&printed, DecimalMark::Point) {
                    Cell::Value(back) => assert_eq!(back.value, n.value, "{cell:?} → {printed}"),
                    other => panic!("{cell:?} read as {printed}, which reads back as {other:?}"),
                }
            }
        }
    }
    let _ = value::decide_decimal_mark(cells.iter().copied());
}

/// Each line parsed as a date (both orders), a yes/no, a month name and an Excel shape;
/// a date prints as ISO and reads back as the same day.
pub fn date(data: &[u8]) {
    let text = text(data);
    let cells: Vec<&str> = text.split('\n').collect();
    for order in [DateOrder::DayFirst, DateOrder::MonthFirst] {
        for cell in &cells {
            let parsed = value::parse_datetime(cell, order);
            if value::is_missing(cell) {
                assert!(matches!(parsed, Cell::Missing), "{cell:?} is missing");
            }
            if let Cell::Value(dt) = parsed {
                let day = dt.date();
                let printed = day.format("%Y-%m-%d").to_string();
                if (1..=9999).contains(&chrono::Datelike::year(&day)) {
                    match value::parse_datetime(&printed, DateOrder::DayFirst) {
                        Cell::Value(back) => assert_eq!(back.date(), day, "{cell:?} → {printed}"),
                        other => {
                            panic!("{cell:?} read as {printed}, which reads back as {other:?}")
                        }
                    }
                }
            }
        }
    }
    for cell in &cells {
        let _ = value::parse_yes_no(cell);
        let _ = value::month_number(cell);
        let _ = value::excel_shape(cell);
    }
    let _ = value::decide_date_order(cells.iter().copied());
}

/// The lines as a header row: one mapping per header, each field on one column at
/// most, confidences between 0 and 1; `normalise` is idempotent; the kind and the
/// shape mapping never fail.
pub fn header(data: &[u8]) {
    let text = text(data);
    let headers: Vec<String> = text.split(['\n', ',']).map(str::to_owned).collect();
    let mapping = field::map_headers(&headers);
    assert_eq!(mapping.len(), headers.len());
    let mut seen: Vec<Field> = Vec::new();
    for m in &mapping {
        assert!((0.0..=1.0).contains(&m.confidence), "{m:?}");
        if let Some(f) = m.field {
            assert!(!seen.contains(&f), "{f:?} mapped twice in {headers:?}");
            seen.push(f);
        }
    }
    for h in &headers {
        let once = field::normalise(h);
        assert_eq!(field::normalise(&once), once, "normalise({h:?})");
    }
    let _ = field::recognise(&mapping);
    let _ = field::recognise_counts(&mapping);
    let rows: Vec<Vec<&str>> = text
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    let width = rows.iter().map(Vec::len).max().unwrap_or(0).min(64);
    let columns: Vec<Vec<&str>> = (0..width)
        .map(|c| rows.iter().filter_map(|r| r.get(c).copied()).collect())
        .collect();
    let _ = field::map_by_shape(&columns);
}

/// The input as a saved audit and as a living audit sheet: what opens writes back and
/// reopens as the same thing.
pub fn saved(data: &[u8]) {
    let text = text(data);
    if let Ok(saved) = SavedAudit::from_json(&text) {
        let again = SavedAudit::from_json(&saved.to_json());
        assert!(again.as_ref() == Ok(&saved), "{again:?}\nwant {saved:?}");
        for raw in &saved.raw {
            let _ = raw.bytes();
        }
    }
    if let Ok(sheet) = Sheet::from_csv(&text) {
        let again = Sheet::from_csv(&sheet.to_csv());
        assert!(again.as_ref() == Ok(&sheet), "{again:?}\nwant {sheet:?}");
    }
}

/// A workbook around arbitrary parts: the input's first byte chooses how it is split
/// into a sheet's XML, its shared strings and its styles, stored in a valid zip, so
/// that the fuzzer works on the XML rather than on the zip's directory. The import must
/// not panic, must read it whole and in chunks alike, and its accounting must add up;
/// the raw input is also opened as an archive.
pub fn workbook(data: &[u8]) {
    let _ = marketing_audit::engine::import::workbook::to_csv(data, &mut |_| {});
    let (cut, rest) = match data {
        [cut, rest @ ..] => (usize::from(*cut), rest),
        _ => return,
    };
    let mut parts = rest.splitn(3, |&b| b == 0xFF);
    let sheet = parts.next().unwrap_or_default();
    let strings = parts.next().unwrap_or_default();
    let styles = parts.next().unwrap_or_default();
    let wrap = |open: &str, body: &[u8], close: &str| {
        let mut v = open.as_bytes().to_vec();
        v.extend_from_slice(body);
        v.extend_from_slice(close.as_bytes());
        v
    };
    let sheet = if cut % 2 == 0 {
        wrap("<worksheet><sheetData>", sheet, "</sheetData></worksheet>")
    } else {
        sheet.to_vec()
    };
    let members: [(&str, Vec<u8>); 5] = [
        (
            "xl/workbook.xml",
            br#"<workbook><workbookPr date1904="0"/><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>"#.to_vec(),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            br#"<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.to_vec(),
        ),
        ("xl/worksheets/sheet1.xml", sheet),
        ("xl/sharedStrings.xml", wrap("<sst><si><t>", strings, "</t></si></sst>")),
        ("xl/styles.xml", wrap("<styleSheet><cellXfs>", styles, "</cellXfs></styleSheet>")),
    ];
    let book = stored_zip(&members);
    let whole = ingest("t.csv", &book, &Overrides::default());
    if let Ok(file) = &whole {
        assert_eq!(file.rows_used + file.rows_skipped, file.rows_read);
    }
    let got = import_in_chunks(&book, cut as u64);
    assert!(got == whole, "a workbook read in chunks differs");
}

/// A zip archive of `members`, stored (not deflated).
fn stored_zip(members: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let members: Vec<(&str, &[u8], bool)> = members
        .iter()
        .map(|(n, d)| (*n, d.as_slice(), false))
        .collect();
    zip::zip(&members, |data| data.to_vec())
}
