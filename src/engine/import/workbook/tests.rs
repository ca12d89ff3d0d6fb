//! Tests of the workbook reader, on workbooks written here by the format's book.

use super::*;
use crate::engine::import::archive::tests::zip;

/// A workbook of `sheets` (name, state, the `<sheetData>` rows), with these shared
/// strings and custom number formats, and cell styles using the given format ids.
pub(crate) struct Workbook<'a> {
    pub sheets: Vec<(&'a str, &'a str, String)>,
    pub strings: Vec<&'a str>,
    pub formats: Vec<(u32, &'a str)>,
    pub styles: Vec<u32>,
    pub date1904: bool,
}

impl Workbook<'_> {
    pub(crate) fn bytes(&self) -> Vec<u8> {
        let mut sheets = String::new();
        let mut rels = String::new();
        let mut parts: Vec<(String, String)> = Vec::new();
        for (i, (name, state, rows)) in self.sheets.iter().enumerate() {
            let n = i + 1;
            let state = if state.is_empty() {
                String::new()
            } else {
                format!(r#" state="{state}""#)
            };
            sheets.push_str(&format!(
                r#"<sheet name="{name}" sheetId="{n}"{state} r:id="rId{n}"/>"#
            ));
            rels.push_str(&format!(
                r#"<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>"#
            ));
            parts.push((
                format!("xl/worksheets/sheet{n}.xml"),
                format!(
                    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/><sheetData>{rows}</sheetData><pageMargins left="0.7"/></worksheet>"#
                ),
            ));
        }
        rels.push_str(r#"<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/>"#);
        let pr = if self.date1904 {
            r#"<workbookPr date1904="1"/>"#
        } else {
            "<workbookPr/>"
        };
        parts.push((
            "xl/workbook.xml".into(),
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{pr}<sheets>{sheets}</sheets></workbook>"#
            ),
        ));
        parts.push((
            "xl/_rels/workbook.xml.rels".into(),
            format!(r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>"#),
        ));
        parts.push((
            "_rels/.rels".into(),
            r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.into(),
        ));
        let strings: String = self
            .strings
            .iter()
            .map(|s| format!("<si>{s}</si>"))
            .collect();
        parts.push((
            "xl/sharedStrings.xml".into(),
            format!(r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{0}" uniqueCount="{0}">{strings}</sst>"#, self.strings.len()),
        ));
        let formats: String = self
            .formats
            .iter()
            .map(|(id, code)| format!(r#"<numFmt numFmtId="{id}" formatCode="{code}"/>"#))
            .collect();
        let xfs: String = self
            .styles
            .iter()
            .map(|id| format!(r#"<xf numFmtId="{id}" fontId="0" applyNumberFormat="1"><alignment horizontal="left"/></xf>"#))
            .collect();
        parts.push((
            "xl/styles.xml".into(),
            format!(r#"<styleSheet><numFmts count="1">{formats}</numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="9">{xfs}</cellXfs></styleSheet>"#),
        ));
        let members: Vec<(&str, &[u8], bool)> = parts
            .iter()
            .map(|(name, xml)| (name.as_str(), xml.as_bytes(), true))
            .collect();
        zip(&members)
    }
}

/// A plain one-sheet workbook of these rows, no strings or styles.
pub(crate) fn one_sheet(rows: &str) -> Vec<u8> {
    Workbook {
        sheets: vec![("Data", "", rows.to_owned())],
        strings: vec![],
        formats: vec![],
        styles: vec![0],
        date1904: false,
    }
    .bytes()
}

fn csv(bytes: &[u8]) -> (String, Opened) {
    let mut out = Vec::new();
    let opened = to_csv(bytes, &mut |c| out.extend_from_slice(c)).expect("reads");
    (String::from_utf8(out).expect("utf-8"), opened)
}

#[test]
fn a_sheet_reads_as_the_spreadsheet_shows_it() {
    let rows = r#"
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>CTR</t></is></c><c r="E1" t="s"><v>3</v></c></row>
<row r="2"><c r="A2" s="1"><v>45356</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" s="0"><v>1234.5599999999999</v></c><c r="D2" s="2"><v>5.2299999999999997E-2</v></c><c r="E2" s="3"><v>45356.5</v></c></row>
<row r="4"><c r="A4" s="1"><v>45357</v></c><c r="B4" t="s"><v>5</v></c><c r="C4"><f>C2*2</f><v>1.234</v></c><c r="E4" t="b"><v>1</v></c></row>
<row r="5" spans="1:5"><c r="A5" t="str"><f>"x"</f><v>Total &amp; co</v></c><c r="C5" t="e"><v>#DIV/0!</v></c><c r="D5" s="4"><v>0.0625</v></c></row>
<x:row r="6" xmlns:x="urn:x"><x:c r="B6" t="inlineStr"><x:is><x:r><x:t>Two</x:t></x:r><x:r><x:rPr/><x:t xml:space="preserve"> runs</x:t></x:r><x:rPh><x:t>ignored</x:t></x:rPh></x:is></x:c></x:row>
"#;
    let book = Workbook {
        sheets: vec![("Rapport", "", rows.to_owned())],
        strings: vec![
            "<t>Jour</t>",
            "<t>Campagne</t>",
            "<t>Coût</t>",
            "<t>Envoyé</t>",
            r#"<r><t>Soldes, "hiver"</t></r><r><t>_x000D_
2024</t></r><rPh><t>そ</t></rPh>"#,
            "<t>Printemps</t>",
        ],
        formats: vec![(164, "yyyy-mm-dd hh:mm"), (165, "[h]:mm:ss")],
        styles: vec![0, 14, 10, 164, 165],
        date1904: false,
    };
    let (text, opened) = csv(&book.bytes());
    assert_eq!(
        opened,
        Opened::Sheet {
            name: "Rapport".into(),
            others: vec![]
        }
    );
    assert_eq!(
        text,
        "Jour,Campagne,Coût,CTR,Envoyé\n\
         2024-03-05,\"Soldes, \"\"hiver\"\" 2024\",1234.56,5.23%,2024-03-05 12:00:00\n\
         \n\
         2024-03-06,Printemps,1.2340,,TRUE\n\
         Total & co,,#DIV/0!,01:30:00,\n\
         ,Two runs,,,\n"
    );
}

#[test]
fn the_visible_sheet_with_the_most_values_is_read_and_the_others_named() {
    let data = r#"<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>"#;
    let book = Workbook {
        sheets: vec![
            ("Lookup", "hidden", data.to_owned()),
            (
                "Blank",
                "",
                r#"<row r="1"><c r="A1" s="1"/></row>"#.to_owned(),
            ),
            ("Ads", "", data.replace(">a<", ">ads<")),
            ("Email", "", data.to_owned()),
            ("Old", "veryHidden", data.to_owned()),
        ],
        strings: vec![],
        formats: vec![],
        styles: vec![0, 14],
        date1904: false,
    };
    let (text, opened) = csv(&book.bytes());
    assert_eq!(text, "ads\n");
    assert_eq!(
        opened,
        Opened::Sheet {
            name: "Ads".into(),
            others: vec!["Email".into()]
        }
    );
}

#[test]
fn dates_of_the_1904_system() {
    let book = Workbook {
        sheets: vec![(
            "S",
            "",
            r#"<row><c s="1"><v>0</v></c><c s="1"><v>43894</v></c></row>"#.into(),
        )],
        strings: vec![],
        formats: vec![],
        styles: vec![0, 14],
        date1904: true,
    };
    assert_eq!(csv(&book.bytes()).0, "1904-01-01,2024-03-05\n");
}

#[test]
fn numbers_dates_and_formats() {
    for (x, want) in [
        (0.1 + 0.2, "0.3"),
        (1234.5, "1234.5"),
        (1.234, "1.2340"),
        (-1.234, "-1.2340"),
        (0.125, "0.125"),
        (-0.0, "0"),
        (1e-7, "0.0000001"),
        (123_456_789_012.0, "123456789012"),
        (1e21, "1000000000000000000000"),
    ] {
        assert_eq!(decimal(x), want, "{x}");
    }
    for (serial, want) in [
        (1.0, "1900-01-01"),
        (59.0, "1900-02-28"),
        (60.0, "1900-02-28"),
        (61.0, "1900-03-01"),
        (45356.0, "2024-03-05"),
        (45356.99999999, "2024-03-06"),
    ] {
        assert_eq!(
            date_time(serial, false, false).as_deref(),
            Some(want),
            "{serial}"
        );
    }
    assert_eq!(date_time(-1.0, false, false), None);
    assert_eq!(
        show_number("-1", Format::Date { time: false }, false),
        Shown::Number("-1".into())
    );
    assert_eq!(duration(1.5).as_deref(), Some("36:00:00"));
    assert_eq!(duration(0.75).as_deref(), Some("18:00:00"));
    assert_eq!(
        show_number("abc", Format::Number, false),
        Shown::Text("abc".into())
    );
    assert_eq!(
        show_number("1E+3", Format::Number, false),
        Shown::Number("1000".into())
    );
    for (code, want) in [
        ("dd/mm/yyyy", Format::Date { time: false }),
        ("[$-40C]d mmmm yyyy", Format::Date { time: false }),
        ("mmm-yy", Format::Date { time: false }),
        ("mmm", Format::Date { time: false }),
        ("yyyy-mm-dd hh:mm:ss", Format::Date { time: true }),
        ("h:mm", Format::Time),
        ("mm:ss", Format::Time),
        ("[h]:mm:ss", Format::Time),
        ("0.00%", Format::Percent),
        ("General", Format::Number),
        ("#,##0.00 \"€\"", Format::Number),
        ("#,##0\\ \"kr.\";[Red]\\-#,##0\\ \"kr.\"", Format::Number),
        ("[Red]0.00", Format::Number),
        ("0.00E+00", Format::Number),
        ("_-* #,##0.00_-", Format::Number),
    ] {
        assert_eq!(classify(code), want, "{code}");
    }
}

#[test]
fn a_zip_of_csv_files_reads_the_first() {
    let bytes = zip(&[
        ("__MACOSX/._report.csv", b"junk", false),
        ("readme.pdf", b"%PDF", false),
        ("export/report.csv", b"Date,Spend\n2024-01-01,3\n", true),
        ("export/more.CSV", b"x\n", false),
    ]);
    let (text, opened) = csv(&bytes);
    assert_eq!(text, "Date,Spend\n2024-01-01,3\n");
    assert_eq!(
        opened,
        Opened::Member {
            name: "export/report.csv".into(),
            others: vec!["export/more.CSV".into()]
        }
    );
    let nothing = zip(&[("a.png", b"\x89PNG", false)]);
    assert_eq!(to_csv(&nothing, &mut |_| {}), Err(Unread::NoTable));
    let empty = one_sheet(r#"<row r="1"><c r="A1"/></row>"#);
    assert_eq!(to_csv(&empty, &mut |_| {}), Err(Unread::NoTable));
}

#[test]
fn damage_and_inflation_are_errors() {
    let bytes = one_sheet(r#"<row r="1"><c r="A1"><v>1</v></c></row>"#);
    for cut in [0, 10, bytes.len() / 2, bytes.len() - 1] {
        assert!(to_csv(&bytes[..cut], &mut |_| {}).is_err(), "cut at {cut}");
    }
    // Far-away cells in every row: the CSV would be a thousand times the XML.
    let far: String = (1..=2000)
        .map(|r| format!(r#"<row r="{r}"><c r="XFD{r}"><v>1</v></c></row>"#))
        .collect();
    assert_eq!(to_csv(&one_sheet(&far), &mut |_| {}), Err(Unread::TooLarge));
    // A few far-away cells are fine.
    let (text, _) = csv(&one_sheet(r#"<row r="3"><c r="AA3"><v>1</v></c></row>"#));
    assert_eq!(text, format!("\n\n{}1\n", ",".repeat(26)));
    // An unclosed tag at the end of a part.
    assert_eq!(scan_whole(b"<a><b", &mut |_| {}), Err(Unread::Damaged));
}

/// Owned tokens, to compare scans.
fn tokens(xml: &[u8], piece: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut scanner = Scanner::default();
    let mut each = |t: Token| {
        out.push(match t {
            Token::Start { name, attrs, empty } => format!(
                "<{}|{}|{empty}",
                String::from_utf8_lossy(name),
                String::from_utf8_lossy(attrs)
            ),
            Token::End { name } => format!("/{}", String::from_utf8_lossy(name)),
            Token::Text(t) => format!("t:{}", String::from_utf8_lossy(t)),
        })
    };
    for chunk in xml.chunks(piece) {
        scanner.feed(chunk, &mut each).expect("scans");
    }
    scanner.end(&mut each).expect("ends");
    // Text split across pieces arrives in parts: join neighbours to compare.
    let mut joined: Vec<String> = Vec::new();
    for t in out {
        match (joined.last_mut(), t.strip_prefix("t:")) {
            (Some(last), Some(more)) if last.starts_with("t:") => last.push_str(more),
            _ => joined.push(t),
        }
    }
    joined
}

#[test]
fn the_scanner_reads_the_same_whatever_the_pieces() {
    let xml = br#"<?xml version="1.0"?><!-- a > comment --><a x="1 > 2" y='q"'><b/>text &amp; more<![CDATA[<raw>]]><c:d>x</c:d></a>"#;
    let whole = tokens(xml, xml.len());
    assert_eq!(
        whole,
        [
            "<a| x=\"1 > 2\" y='q\"'|false",
            "<b||true",
            "t:text &amp; more<raw>",
            "<c:d||false",
            "t:x",
            "/c:d",
            "/a"
        ]
    );
    for piece in 1..xml.len() {
        assert_eq!(tokens(xml, piece), whole, "pieces of {piece}");
    }
}

#[test]
fn attributes_entities_and_escapes() {
    assert_eq!(
        attr(br#" r="B2" t='s' s = "3""#, b"t").as_deref(),
        Some("s")
    );
    assert_eq!(attr(br#" r:id="rId2""#, b"id").as_deref(), Some("rId2"));
    assert_eq!(attr(br#" a="x &lt; y""#, b"a").as_deref(), Some("x < y"));
    assert_eq!(attr(br#" a="1""#, b"b"), None);
    assert_eq!(unescape("&#233;t&#xE9; &bogus; & &amp;"), "été &bogus; & &");
    let mut s = String::new();
    push_text(&mut s, b"a_x000A_b_x00_c_x005F_x");
    assert_eq!(s, "a\nb_x00_c_x");
    assert_eq!(column_of("A1"), Some(0));
    assert_eq!(column_of("AA10"), Some(26));
    assert_eq!(column_of("XFD1"), Some(16383));
    assert_eq!(column_of("ABCD1"), None);
    assert_eq!(column_of("1"), None);
    assert_eq!(
        resolve("xl", "worksheets/sheet1.xml"),
        "xl/worksheets/sheet1.xml"
    );
    assert_eq!(resolve("xl", "/xl/styles.xml"), "xl/styles.xml");
    assert_eq!(
        resolve("xl/sub", "../sharedStrings.xml"),
        "xl/sharedStrings.xml"
    );
}

#[test]
fn a_cell_written_as_excel_shows_it_is_kept_as_written() {
    for (raw, want) in [
        ("1234.56", Some("1234.56")),
        ("1.234", Some("1.2340")),
        ("0.125", Some("0.125")),
        ("-5", Some("-5")),
        ("0", Some("0")),
        ("123456789012345", Some("123456789012345")),
        ("1234567890123456", None),
        ("0.30000000000000004", None),
        ("12.50", None),
        ("007", None),
        ("-0", None),
        ("1E+3", None),
        ("1.", None),
        (".5", None),
        ("", None),
    ] {
        assert_eq!(plain(raw).as_deref(), want, "{raw:?}");
    }
    // Wherever the shortcut applies, it writes what the long way writes.
    let mut x = 0.001_f64;
    while x < 1e14 {
        for v in [x, -x, x * 1.37, x / 7.0, (x * 100.0).round() / 100.0] {
            let raw = format!("{v}");
            if let Some(short) = plain(&raw) {
                assert_eq!(short, decimal(v), "{raw}");
            }
        }
        x *= 1.9;
    }
}

#[test]
fn number_cells_take_the_decimal_mark_of_the_text_numbers_beside_them() {
    // A French sheet: costs typed as text with a decimal comma, conversions as number
    // cells. Written with a point, the conversions would make the file's mark a point
    // and the costs unreadable; written with the comma, both read right.
    let rows = r#"
<row r="1"><c t="inlineStr"><is><t>Campagne</t></is></c><c t="inlineStr"><is><t>Coût</t></is></c><c t="inlineStr"><is><t>Conversions</t></is></c></row>
<row r="2"><c t="inlineStr"><is><t>Soldes</t></is></c><c t="inlineStr"><is><t>1 234,56 €</t></is></c><c><v>20.5</v></c></row>
<row r="3"><c t="inlineStr"><is><t>Hiver</t></is></c><c t="inlineStr"><is><t>99,90 €</t></is></c><c><v>3</v></c></row>
"#;
    assert_eq!(
        csv(&one_sheet(rows)).0,
        "Campagne,Coût,Conversions\nSoldes,1 234,56 €,\"20,5\"\nHiver,99,90 €,3\n"
            .replace("1 234,56 €", "\"1 234,56 €\"")
            .replace("99,90 €", "\"99,90 €\"")
    );
    // With no text number, number cells keep their point.
    let plain = r#"<row r="1"><c><v>20.5</v></c><c t="inlineStr"><is><t>a</t></is></c></row>"#;
    assert_eq!(csv(&one_sheet(plain)).0, "20.5,a\n");
}

#[test]
fn a_summary_sheet_first_does_not_hide_the_data() {
    let cell = |v: &str| format!(r#"<c t="inlineStr"><is><t>{v}</t></is></c>"#);
    let summary = format!("<row>{}{}</row>", cell("Spend"), cell("1234"));
    let data: String = (1..=5)
        .map(|r| {
            format!(
                "<row>{}{}{}</row>",
                cell("Campaign"),
                cell("Clicks"),
                cell(&r.to_string())
            )
        })
        .collect();
    let book = Workbook {
        sheets: vec![("Summary", "", summary), ("Data", "", data)],
        strings: vec![],
        formats: vec![],
        styles: vec![0],
        date1904: false,
    };
    let (_, opened) = csv(&book.bytes());
    assert_eq!(
        opened,
        Opened::Sheet {
            name: "Data".into(),
            others: vec!["Summary".into()]
        }
    );
}

#[test]
fn a_csv_file_before_a_read_me() {
    let bytes = zip(&[
        ("LISEZMOI.txt", b"Export du 5 mars", false),
        ("campagnes.csv", b"Campagne,Clics\nA,1\n", false),
    ]);
    let (text, opened) = csv(&bytes);
    assert_eq!(text, "Campagne,Clics\nA,1\n");
    assert_eq!(
        opened,
        Opened::Member {
            name: "campagnes.csv".into(),
            others: vec!["LISEZMOI.txt".into()]
        }
    );
}
