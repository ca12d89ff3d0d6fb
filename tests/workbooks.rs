//! Excel workbooks and zipped CSV files read like the CSV they hold.
//!
//! Every demo file, fixture and real export is written here as an `.xlsx` (by a small
//! writer of this test's own, from the format's book, not the engine's), three ways:
//! every cell a shared string; numbers as number cells and ISO dates as date cells
//! with inline strings for the rest; and the file itself zipped. Each must give the
//! same audit as the CSV, figure for figure, and the same rows used. Then the
//! workbook's own matters: line numbers are sheet rows, the sheet read is named,
//! damaged and old workbooks are refused with their reason.
#![cfg(not(target_arch = "wasm32"))]

use marketing_audit::engine::import::error::{ErrorKind, IssueKind};
use marketing_audit::engine::import::ingest::{raw_records, Importer};
use marketing_audit::engine::metrics::audit::Dimension;
use marketing_audit::engine::present::export;
use marketing_audit::engine::{demo, ingest, run, Ingested, MetricId, Overrides, Settings};
use std::path::Path;

/// A cell of a sheet written by this test.
#[derive(Clone, Debug)]
enum Cell {
    /// A shared string.
    Shared(String),
    /// An inline string.
    Inline(String),
    /// A number cell, its value as written in the XML.
    Number(String),
    /// A number cell shown with cell style `style` (1: a date, 2: a date and time,
    /// 3: a percentage).
    Styled(f64, u32),
}

/// A sheet's rows, each with its 1-based row number.
type Rows = Vec<(u64, Vec<Cell>)>;

#[path = "support/zip.rs"]
mod writer;

/// A zip archive of these members, deflated.
fn zip(members: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let members: Vec<(&str, &[u8], bool)> = members
        .iter()
        .map(|(n, d)| (*n, d.as_slice(), true))
        .collect();
    writer::zip(&members, |data| {
        miniz_oxide::deflate::compress_to_vec(data, 6)
    })
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn column_name(mut c: usize) -> String {
    let mut name = Vec::new();
    loop {
        name.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    name.reverse();
    String::from_utf8(name).expect("ascii")
}

/// A workbook of `sheets` (name, rows by 1-based row number), each with its
/// `<dimension>` as Excel writes it.
fn workbook(sheets: &[(&str, Rows)]) -> Vec<u8> {
    workbook_with(sheets, true)
}

/// [`workbook`], without `<dimension>` elements when `dimension` is false (as some
/// libraries write).
fn workbook_with(sheets: &[(&str, Rows)], dimension: bool) -> Vec<u8> {
    let mut strings: Vec<String> = Vec::new();
    let mut members: Vec<(String, Vec<u8>)> = Vec::new();
    let mut listed = String::new();
    let mut rels = String::new();
    for (i, (name, rows)) in sheets.iter().enumerate() {
        let n = i + 1;
        let mut xml = String::from(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#,
        );
        let width = rows.iter().map(|(_, c)| c.len()).max().unwrap_or(1).max(1);
        let last = rows.iter().map(|(r, _)| *r).max().unwrap_or(1);
        if dimension {
            xml.push_str(&format!(
                r#"<dimension ref="A1:{}{last}"/>"#,
                column_name(width - 1)
            ));
        }
        xml.push_str("<sheetData>");
        for (r, cells) in rows {
            xml.push_str(&format!(r#"<row r="{r}">"#));
            for (c, cell) in cells.iter().enumerate() {
                let at = format!("{}{r}", column_name(c));
                match cell {
                    Cell::Shared(text) if text.is_empty() => {}
                    Cell::Inline(text) if text.is_empty() => {}
                    Cell::Shared(text) => {
                        strings.push(text.clone());
                        xml.push_str(&format!(
                            r#"<c r="{at}" t="s"><v>{}</v></c>"#,
                            strings.len() - 1
                        ));
                    }
                    Cell::Inline(text) => xml.push_str(&format!(
                        r#"<c r="{at}" t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>"#,
                        escape(text)
                    )),
                    Cell::Number(v) => xml.push_str(&format!(r#"<c r="{at}"><v>{v}</v></c>"#)),
                    Cell::Styled(v, s) => {
                        xml.push_str(&format!(r#"<c r="{at}" s="{s}"><v>{v}</v></c>"#))
                    }
                }
            }
            xml.push_str("</row>");
        }
        xml.push_str("</sheetData></worksheet>");
        members.push((format!("xl/worksheets/sheet{n}.xml"), xml.into_bytes()));
        listed.push_str(&format!(
            r#"<sheet name="{}" sheetId="{n}" r:id="rId{n}"/>"#,
            escape(name)
        ));
        rels.push_str(&format!(r#"<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>"#));
    }
    rels.push_str(r#"<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdY" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#);
    let sst: String = strings
        .iter()
        .map(|s| format!(r#"<si><t xml:space="preserve">{}</t></si>"#, escape(s)))
        .collect();
    members.push((
        "xl/sharedStrings.xml".into(),
        format!(r#"<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{sst}</sst>"#).into_bytes(),
    ));
    members.push((
        "xl/styles.xml".into(),
        br#"<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd\ hh:mm:ss"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="10" applyNumberFormat="1"/></cellXfs></styleSheet>"#.to_vec(),
    ));
    members.push((
        "xl/workbook.xml".into(),
        format!(r#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{listed}</sheets></workbook>"#).into_bytes(),
    ));
    members.push((
        "xl/_rels/workbook.xml.rels".into(),
        format!(r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>"#).into_bytes(),
    ));
    members.push((
        "_rels/.rels".into(),
        br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_vec(),
    ));
    let refs: Vec<(&str, Vec<u8>)> = members
        .iter()
        .map(|(n, b)| (n.as_str(), b.clone()))
        .collect();
    zip(&refs)
}

/// Excel's serial day of an ISO date (`2024-03-05`), with the time of day as a
/// fraction when it has one (`2024-03-05 14:30` or `…:15`).
fn serial(text: &str) -> Option<(f64, bool)> {
    let (date, time) = match text.split_once([' ', 'T']) {
        Some((d, t)) => (d, Some(t)),
        None => (text, None),
    };
    let day = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    if date.len() != 10 {
        return None;
    }
    let base = chrono::NaiveDate::from_ymd_opt(1899, 12, 30)?;
    let days = (day - base).num_days() as f64;
    if day.year_ce().1 < 1901 {
        return None;
    }
    let Some(time) = time else {
        return Some((days, false));
    };
    let t = chrono::NaiveTime::parse_from_str(time, "%H:%M:%S")
        .or_else(|_| chrono::NaiveTime::parse_from_str(time, "%H:%M"))
        .ok()?;
    use chrono::Timelike;
    Some((
        days + f64::from(t.num_seconds_from_midnight()) / 86_400.0,
        true,
    ))
}

use chrono::Datelike;

/// A number as a spreadsheet would hold it: plain decimals with one, two or more
/// than three decimals (three could be a thousands group in the CSV), no leading zero.
fn plain_number(text: &str) -> bool {
    let body = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = body.split_once('.').unwrap_or((body, ""));
    !whole.is_empty()
        && whole.len() <= 15
        && whole.bytes().all(|b| b.is_ascii_digit())
        && (whole == "0" || !whole.starts_with('0'))
        && fraction.bytes().all(|b| b.is_ascii_digit())
        && (text.contains('.') != fraction.is_empty())
        && fraction.len() != 3
        && whole.len() + fraction.len() <= 15
}

fn read(name: &str, bytes: &[u8]) -> Option<Ingested> {
    ingest(name, bytes, &Overrides::default()).ok()
}

fn figures(file: &Ingested) -> String {
    export::to_csv(&run(std::slice::from_ref(file), &Settings::default()))
}

/// The file written three ways (shared strings; typed cells; zipped): each reads to
/// the same audit. False when the file does not apply (not read, cells over several
/// lines, which a sheet's CSV writes on one).
#[track_caller]
fn check(name: &str, bytes: &[u8]) -> bool {
    let Some(csv) = read(name, bytes) else {
        return false;
    };
    // A sheet has no ragged rows: Excel writes every row as wide as the sheet.
    let ragged = csv.issues.iter().any(|i| {
        matches!(
            i.kind,
            IssueKind::TooManyCells { .. } | IssueKind::TooFewCells { .. }
        )
    });
    let want = figures(&csv);
    let zipped = zip(&[(&format!("export/{name}"), bytes.to_vec())]);
    let got = read(&format!("{name}.zip"), &zipped).expect("the zipped file reads");
    assert_eq!(figures(&got), want, "{name}: zipped");
    let Ok((records, _)) = raw_records(name, bytes) else {
        return false;
    };
    // Whitespace-aligned text is another shape (its columns are found by spacing);
    // a file read as no known kind (prose, a read-me) is no table to compare.
    if ragged
        || csv.kind == marketing_audit::engine::import::field::FileKind::Unknown
        || csv.delimiter == b' '
        || records
            .iter()
            .any(|(_, cells)| cells.iter().any(|c| c.contains(['\n', '\r'])))
    {
        return false;
    }
    let point = csv.decimal_mark == marketing_audit::engine::import::value::DecimalMark::Point;
    let shared: Rows = records
        .iter()
        .map(|(line, cells)| (*line, cells.iter().cloned().map(Cell::Shared).collect()))
        .collect();
    let typed: Rows = records
        .iter()
        .map(|(line, cells)| {
            let cells = cells
                .iter()
                .map(|c| match serial(c.trim()) {
                    Some((days, false)) => Cell::Styled(days, 1),
                    Some((days, true)) => Cell::Styled(days, 2),
                    None if point && plain_number(c) => Cell::Number(c.clone()),
                    None => Cell::Inline(c.clone()),
                })
                .collect();
            (*line, cells)
        })
        .collect();
    for (how, rows, dimension) in [
        ("shared strings", shared, false),
        ("typed cells", typed, true),
    ] {
        let book = workbook_with(&[("Export", rows)], dimension);
        let got = read(&format!("{name}.xlsx"), &book)
            .unwrap_or_else(|| panic!("{name}: the workbook ({how}) reads"));
        assert_eq!(got.kind, csv.kind, "{name}: {how}");
        assert_eq!(
            got.rows_used, csv.rows_used,
            "{name}: {how}: {:?}",
            got.issues
        );
        assert!(
            figures(&got) == want,
            "{name}: {how}: figures differ\n--- csv\n{want}\n--- xlsx\n{}",
            figures(&got)
        );
    }
    true
}

#[path = "support/files.rs"]
mod files;

/// Runs the check on the fixtures or (`real`) the real exports: (applied, files).
fn checked(real: bool) -> (usize, usize) {
    let paths = files::paths(real);
    let applied = paths
        .iter()
        .filter(|path| {
            let bytes = std::fs::read(path).expect("a readable file");
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
            check(name, &bytes)
        })
        .count();
    (applied, paths.len())
}

#[test]
fn demo_files_read_the_same_as_workbooks() {
    let applied = demo::files()
        .iter()
        .filter(|(name, bytes)| check(name, bytes))
        .count();
    assert_eq!(applied, demo::files().len());
}

#[test]
fn fixtures_read_the_same_as_workbooks() {
    let (applied, all) = checked(false);
    assert!(applied * 10 >= all * 9, "{applied} of {all}");
}

#[test]
fn real_exports_read_the_same_as_workbooks() {
    let (applied, all) = checked(true);
    assert!(applied * 2 >= all, "{applied} of {all}");
}

fn text_rows(rows: &[&[&str]]) -> Rows {
    rows.iter()
        .enumerate()
        .map(|(i, cells)| {
            let cells = cells
                .iter()
                .map(|c| match c.parse::<f64>() {
                    Ok(_) => Cell::Number((*c).to_owned()),
                    Err(_) => Cell::Inline((*c).to_owned()),
                })
                .collect();
            (i as u64 + 1, cells)
        })
        .collect()
}

#[test]
fn issues_point_at_sheet_rows_and_the_sheet_read_is_named() {
    let mut rows = text_rows(&[
        &["Rapport de campagnes"],
        &["Jour", "Campagne", "Coût", "Clics"],
    ]);
    // Row 4 after an empty row 3; its cost is not a number.
    rows.push((
        4,
        vec![
            Cell::Styled(45356.0, 1),
            Cell::Inline("Soldes".into()),
            Cell::Number("12.5".into()),
            Cell::Number("3".into()),
        ],
    ));
    rows.push((
        5,
        vec![
            Cell::Styled(45357.0, 1),
            Cell::Inline("Soldes".into()),
            Cell::Inline("n/d x".into()),
            Cell::Number("4".into()),
        ],
    ));
    rows.push((
        6,
        vec![
            Cell::Styled(45358.0, 1),
            Cell::Inline("Hiver".into()),
            Cell::Number("0.1".into()),
            Cell::Number("5".into()),
        ],
    ));
    let notes = text_rows(&[&["Exporté le 5 mars"]]);
    let book = workbook(&[("Feuil1", rows), ("Notes", notes)]);
    let got = read("rapport.xlsx", &book).expect("reads");
    assert_eq!(got.header_line, 2);
    let bad = got
        .issues
        .iter()
        .find(|i| i.kind == IssueKind::NotANumber)
        .expect("the cost of row 5");
    assert_eq!(bad.line, 5);
    assert!(got.issues.iter().any(|i| i.kind
        == IssueKind::SheetRead {
            sheet: "Feuil1".into()
        }));
    assert!(got.issues.iter().any(|i| i.kind
        == IssueKind::SheetNotRead {
            sheet: "Notes".into()
        }));
    // Read in chunks of every size, the same.
    for size in [1, 7, 4096] {
        let mut importer = Importer::new("rapport.xlsx", &Overrides::default());
        for chunk in book.chunks(size) {
            importer.push(chunk);
        }
        assert_eq!(importer.finish().expect("reads"), got, "chunks of {size}");
    }
}

#[test]
fn a_one_column_sheet_is_not_split_on_spaces() {
    let book = workbook(&[(
        "S",
        text_rows(&[&["Campaign"], &["Winter sale 2024"], &["Spring sale"]]),
    )]);
    let got = read("names.xlsx", &book).expect("reads");
    assert_eq!(got.delimiter, b',');
    assert_eq!(got.mapping.len(), 1);
}

#[test]
fn old_damaged_and_empty_archives_say_why() {
    let kind = |bytes: &[u8]| read_err(bytes);
    let mut ole = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    ole.extend_from_slice(&[0; 600]);
    assert_eq!(kind(&ole), Some(ErrorKind::OldWorkbook));
    let book = workbook(&[("S", text_rows(&[&["a", "b"], &["1", "2"]]))]);
    assert_eq!(
        kind(&book[..book.len() / 2]),
        Some(ErrorKind::DamagedArchive)
    );
    let images = zip(&[("a.png", b"\x89PNG".to_vec())]);
    assert_eq!(kind(&images), Some(ErrorKind::NoTable));
    let pdf = b"%PDF-1.4\n\0\0\0binary".to_vec();
    assert_eq!(kind(&pdf), Some(ErrorKind::Binary));
}

fn read_err(bytes: &[u8]) -> Option<ErrorKind> {
    ingest("f", bytes, &Overrides::default())
        .err()
        .map(|e| e.kind().clone())
}

/// A fixture written by a spreadsheet library (`tests/fixtures/workbooks/make.py`).
fn library_file(name: &str) -> Ingested {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/workbooks")
        .join(name);
    let bytes = std::fs::read(&path).expect("the fixture");
    ingest(name, &bytes, &Overrides::default()).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The total (or one campaign's) figure of `metric`.
fn figure(file: &Ingested, metric: MetricId, campaign: Option<&str>) -> f64 {
    let audit = run(std::slice::from_ref(file), &Settings::default());
    let dimension = match campaign {
        Some(_) => Dimension::Campaign,
        None => Dimension::Total,
    };
    audit
        .figure(metric, dimension, campaign, None)
        .and_then(|f| f.value)
        .unwrap_or_else(|| panic!("no {metric:?} {campaign:?}"))
}

#[test]
fn a_google_ads_workbook_written_by_xlsxwriter() {
    let file = library_file("google_ads_fr.xlsx");
    // Rows 4–9: six days × campaigns; row 10 is the total, with formulas.
    assert_eq!((file.header_line, file.rows_used), (3, 6));
    assert!(file
        .issues
        .iter()
        .any(|i| i.line == 10 && i.kind == IssueKind::SummaryRow));
    assert!(file.issues.iter().any(|i| i.kind
        == IssueKind::StatedPeriod {
            from: "2024-01-01".into(),
            to: "2024-01-03".into()
        }));
    assert!(file.issues.iter().any(|i| i.kind
        == IssueKind::SheetNotRead {
            sheet: "Notes".into()
        }));
    // Coût 40.10 + 120.20 + 44.30 + 115.70 + 39.90 + 124.80 = 485.00; Marque 40.10 +
    // 44.30 + 39.90 = 124.30; Impressions 12,000; Clics 510; Conversions 17.5.
    for (metric, campaign, want) in [
        (MetricId::Spend, None, 485.0),
        (MetricId::Spend, Some("Marque"), 124.3),
        (MetricId::Spend, Some("Générique, été"), 360.7),
        (MetricId::Impressions, None, 12_000.0),
        (MetricId::Clicks, None, 510.0),
        (MetricId::Conversions, None, 17.5),
    ] {
        let got = figure(&file, metric, campaign);
        assert!((got - want).abs() < 1e-9, "{metric:?} {campaign:?}: {got}");
    }
}

#[test]
fn a_hubspot_deals_workbook_written_by_openpyxl() {
    let file = library_file("hubspot_deals_en.xlsx");
    assert_eq!(file.rows_used, 4);
    // Won: 1,200.50 + 800.25; one lost, one open (its amount blank).
    for (metric, want) in [
        (MetricId::DealsWon, 2.0),
        (MetricId::DealRevenue, 2000.75),
        (MetricId::DealsLost, 1.0),
        (MetricId::DealsOpen, 1.0),
    ] {
        let got = figure(&file, metric, None);
        assert!((got - want).abs() < 1e-9, "{metric:?}: {got}");
    }
}

#[test]
fn a_zipped_mailchimp_export() {
    let file = library_file("mailchimp_campaigns.zip");
    assert!(file.issues.iter().any(|i| i.kind
        == IssueKind::MemberRead {
            member: "campaigns.csv".into()
        }));
    // Sent 800 + 800; delivered 780 + 790; bounces 20 + 10.
    for (metric, want) in [
        (MetricId::EmailsSent, 1600.0),
        (MetricId::EmailsDelivered, 1570.0),
        (MetricId::EmailBounces, 30.0),
    ] {
        assert_eq!(figure(&file, metric, None), want, "{metric:?}");
    }
}
