//! Exports: the JSON document and the CSV of figures described in `docs/export.md`.
//!
//! The JSON shape is a contract (`schema: "marketing-audit/1"`): later capabilities add
//! sections but never change these fields.

use crate::engine::import::error::{Error, ErrorKind, Issue};
use crate::engine::import::ingest::Ingested;
use crate::engine::metrics::attribution::{Attribution, AttributionSettings, Credit};
use crate::engine::metrics::audit::{Audit, Figure, MetricSource};
use crate::engine::metrics::metric::MetricId;
use crate::engine::review::checklist::{Finding, Severity};
use crate::engine::review::report::{Report, Trigger};
use crate::engine::review::schedule::Review;
use crate::engine::review::settings::Settings;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;
use std::borrow::Borrow;

/// The schema id written into every JSON export.
pub const SCHEMA: &str = "marketing-audit/1";

#[derive(Serialize)]
struct Document<'a> {
    schema: &'static str,
    as_of: Option<String>,
    inputs: Vec<Input<'a>>,
    figures: Vec<FigureOut<'a>>,
    /// Files that could not be read at all (added section).
    failed: Vec<FailedOut<'a>>,
    /// The headline KPIs, in the user's order (added section).
    pinned: Vec<&'static str>,
    /// The settings the figures were computed with (added section).
    settings: SettingsOut,
    /// Which files fed which family of figures (added section).
    sources: Vec<SourceOut<'a>>,
    /// What the CRM join could not match (added section; null without CRM files).
    join: Option<JoinOut<'a>>,
    /// One finding per checklist rule, worst first (added section).
    findings: Vec<FindingOut<'a>>,
    /// Program reviews, soonest first (added section).
    schedule: &'a [Review],
    /// Audit triggers in force (added section).
    triggers: &'a [Trigger],
    /// Deal revenue credited by every attribution model (added section; null without a
    /// touchpoints file and won deals).
    attribution: Option<AttributionOut<'a>>,
}

#[derive(Serialize)]
struct AttributionOut<'a> {
    deals: usize,
    deals_touched: usize,
    credited_revenue: Option<f64>,
    touches: usize,
    settings: &'a AttributionSettings,
    unattributed: Vec<UnattributedOut<'a>>,
    models: Vec<ModelOut<'a>>,
}

#[derive(Serialize)]
struct UnattributedOut<'a> {
    lead_id: &'a str,
    won: String,
    amount: Option<f64>,
}

#[derive(Serialize)]
struct ModelOut<'a> {
    model: &'static str,
    by_campaign: Vec<CreditOut<'a>>,
    by_channel: Vec<CreditOut<'a>>,
}

#[derive(Serialize)]
struct CreditOut<'a> {
    group: Option<&'a str>,
    revenue: Option<f64>,
    deals: usize,
}

/// Money as a JSON number, rounded to the cent (the engine keeps it unrounded).
fn cents(d: Decimal) -> Option<f64> {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
        .to_f64()
}

fn credits_out(list: &[Credit]) -> Vec<CreditOut<'_>> {
    list.iter()
        .map(|c| CreditOut {
            group: c.group.as_deref(),
            revenue: cents(c.revenue),
            deals: c.deals,
        })
        .collect()
}

fn attribution_out(a: &Attribution) -> AttributionOut<'_> {
    AttributionOut {
        deals: a.deals,
        deals_touched: a.deals_touched,
        credited_revenue: cents(a.credited_revenue),
        touches: a.touches,
        settings: &a.settings,
        unattributed: a
            .unattributed
            .iter()
            .map(|u| UnattributedOut {
                lead_id: &u.lead_id,
                won: u.won.to_string(),
                amount: u.amount.and_then(cents),
            })
            .collect(),
        models: a
            .models
            .iter()
            .map(|m| ModelOut {
                model: m.model.id(),
                by_campaign: credits_out(&m.by_campaign),
                by_channel: credits_out(&m.by_channel),
            })
            .collect(),
    }
}

#[derive(Serialize)]
struct FindingOut<'a> {
    rule: &'static str,
    severity: Severity,
    threshold: Option<f64>,
    checked: usize,
    evidence: Vec<EvidenceOut<'a>>,
}

#[derive(Serialize)]
struct EvidenceOut<'a> {
    metric: Option<&'static str>,
    dimension: Option<&'static str>,
    group: Option<&'a str>,
    period: Option<String>,
    value: Option<f64>,
    base: Option<f64>,
}

#[derive(Serialize)]
struct SettingsOut {
    include_labour: bool,
    email_base: crate::engine::metrics::metric::EmailBase,
    bucket: &'static str,
}

#[derive(Serialize)]
struct SourceOut<'a> {
    figures: MetricSource,
    metrics: Vec<&'static str>,
    files: &'a [String],
}

#[derive(Serialize)]
struct JoinOut<'a> {
    leads: usize,
    unmatched_deals: &'a [String],
    leads_without_stages: usize,
}

#[derive(Serialize)]
struct Input<'a> {
    file: &'a str,
    kind: &'static str,
    kind_confidence: f64,
    encoding: crate::engine::import::decode::Encoding,
    delimiter: String,
    header_line: u64,
    rows_read: u64,
    rows_used: u64,
    rows_skipped: u64,
    rows_repaired: u64,
    encoding_evidence: crate::engine::import::decode::EncodingEvidence,
    decimal_mark: crate::engine::import::value::DecimalMark,
    date_order: crate::engine::import::value::DateOrder,
    mapping: Vec<MappingOut<'a>>,
    issues: &'a [Issue],
}

#[derive(Serialize)]
struct MappingOut<'a> {
    column: usize,
    header: &'a str,
    field: Option<&'static str>,
    confidence: f64,
}

#[derive(Serialize)]
struct FailedOut<'a> {
    file: &'a str,
    error: &'a ErrorKind,
}

#[derive(Serialize)]
struct FigureOut<'a> {
    metric: &'static str,
    dimension: &'a str,
    group: Option<&'a str>,
    period: Option<String>,
    value: Option<f64>,
    numerator: Option<f64>,
    denominator: Option<f64>,
}

impl<'a> FigureOut<'a> {
    fn new(f: &'a Figure, audit: &'a Audit) -> Self {
        FigureOut {
            metric: f.metric.id(),
            dimension: audit.dimension_name(f.dimension),
            group: f.group.as_deref(),
            period: f.period.map(|p| p.label()),
            value: f.value,
            numerator: f.numerator,
            denominator: f.denominator,
        }
    }
}

/// The JSON export, pretty-printed. Figures of pinned metrics come first.
pub fn to_json<I: Borrow<Ingested>>(
    inputs: &[I],
    failed: &[Error],
    audit: &Audit,
    report: &Report,
    settings: &Settings,
) -> String {
    let mut figures: Vec<FigureOut> = audit
        .figures
        .iter()
        .map(|f| FigureOut::new(f, audit))
        .collect();
    let rank = |id: &str| {
        settings
            .pinned
            .iter()
            .position(|m| m.id() == id)
            .unwrap_or(usize::MAX)
    };
    figures.sort_by_key(|f| rank(f.metric));
    let family = |source: MetricSource| -> Vec<&'static str> {
        let list: &[MetricId] = match source {
            MetricSource::Paid => &MetricId::PAID,
            MetricSource::Funnel => &MetricId::FUNNEL,
            MetricSource::Email => &MetricId::EMAIL,
            MetricSource::Web => &MetricId::WEB,
            MetricSource::Social => &MetricId::SOCIAL,
            MetricSource::Customers => &MetricId::CUSTOMERS,
            MetricSource::Surveys => &MetricId::SURVEYS,
            MetricSource::Responses => &MetricId::RESPONSES,
        };
        list.iter()
            .filter(|m| {
                source == MetricSource::Paid && !MetricId::FUNNEL.contains(m)
                    || source != MetricSource::Paid
            })
            .filter(|m| audit.has(**m))
            .map(|m| m.id())
            .collect()
    };
    let doc = Document {
        schema: SCHEMA,
        as_of: audit.as_of.map(|d| d.to_string()),
        inputs: inputs.iter().map(|i| input_out(i.borrow())).collect(),
        figures,
        failed: failed
            .iter()
            .map(|e| FailedOut {
                file: e.file(),
                error: e.kind(),
            })
            .collect(),
        pinned: settings.pinned.iter().map(|m| m.id()).collect(),
        settings: SettingsOut {
            include_labour: settings.audit.formulas.include_labour,
            email_base: settings.audit.formulas.email_base,
            bucket: settings.audit.bucket.id(),
        },
        sources: audit
            .sources
            .iter()
            .filter(|(_, files)| !files.is_empty())
            .map(|(source, files)| SourceOut {
                figures: *source,
                metrics: family(*source),
                files,
            })
            .collect(),
        join: audit.join.as_ref().map(|j| JoinOut {
            leads: j.leads,
            unmatched_deals: &j.unmatched_deals,
            leads_without_stages: j.leads_without_stages,
        }),
        findings: {
            let mut f: Vec<&Finding> = report.findings.iter().collect();
            f.sort_by_key(|f| std::cmp::Reverse(f.severity));
            f.into_iter().map(finding_out).collect()
        },
        schedule: &report.reviews,
        triggers: &report.triggers,
        attribution: report.attribution.as_ref().map(attribution_out),
    };
    // Serialising plain structs of strings and finite numbers cannot fail; the
    // fallback keeps the function total anyway.
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

fn finding_out(f: &Finding) -> FindingOut<'_> {
    FindingOut {
        rule: f.rule.id(),
        severity: f.severity,
        threshold: f.threshold,
        checked: f.checked,
        evidence: f
            .evidence
            .iter()
            .map(|e| EvidenceOut {
                metric: e.metric.map(|m| m.id()),
                dimension: e.dimension.map(|d| d.id()),
                group: e.group.as_deref(),
                period: e.period.map(|p| p.label()),
                value: e.value,
                base: e.base,
            })
            .collect(),
    }
}

fn input_out(i: &Ingested) -> Input<'_> {
    Input {
        file: &i.file,
        kind: i.kind.id(),
        kind_confidence: i.kind_confidence,
        encoding: i.encoding,
        delimiter: char::from(i.delimiter).to_string(),
        header_line: i.header_line,
        rows_read: i.rows_read,
        rows_used: i.rows_used,
        rows_skipped: i.rows_skipped,
        rows_repaired: i.rows_repaired,
        encoding_evidence: i.encoding_evidence,
        decimal_mark: i.decimal_mark,
        date_order: i.date_order,
        mapping: i
            .mapping
            .iter()
            .enumerate()
            .map(|(n, m)| MappingOut {
                column: n + 1,
                header: &m.header,
                field: m.field.map(|f| f.id()),
                confidence: m.confidence,
            })
            .collect(),
        issues: &i.issues,
    }
}

/// The CSV header of the figures export.
pub const CSV_HEADER: [&str; 7] = [
    "metric",
    "dimension",
    "group",
    "period",
    "value",
    "numerator",
    "denominator",
];

/// The figures as CSV, one per line, safe to open in a spreadsheet.
pub fn to_csv(audit: &Audit) -> String {
    figures_to_csv(audit, &audit.figures)
}

/// Some figures as CSV, in the format of [`to_csv`].
pub fn figures_to_csv<'f>(audit: &Audit, figures: impl IntoIterator<Item = &'f Figure>) -> String {
    let mut out = String::new();
    out.push_str(&CSV_HEADER.join(","));
    out.push('\n');
    for f in figures {
        let cells = [
            text_cell(f.metric.id()),
            text_cell(audit.dimension_name(f.dimension)),
            f.group.as_deref().map(text_cell).unwrap_or_default(),
            f.period.map(|p| text_cell(&p.label())).unwrap_or_default(),
            number_cell(f.value),
            number_cell(f.numerator),
            number_cell(f.denominator),
        ];
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// Rows of a table as CSV text cells (used for issue lists and other tabular exports).
pub fn rows_to_csv(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = header
        .iter()
        .map(|h| text_cell(h))
        .collect::<Vec<_>>()
        .join(",");
    out.push('\n');
    for row in rows {
        out.push_str(
            &row.iter()
                .map(|c| text_cell(c))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push('\n');
    }
    out
}

/// A text cell: neutralised against formula injection (OWASP: a leading `=`, `+`, `-`,
/// `@`, TAB or CR gets a `'` in front) and quoted when needed.
pub fn text_cell(s: &str) -> String {
    let neutral = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if neutral.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

/// A cell as written before [`text_cell`] neutralised it: one `'` taken off when it
/// stands before a character that would start a formula.
pub fn text_of_cell(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// A number cell: empty when undefined. Numbers are never neutralised, so a negative
/// ROI stays a number in the spreadsheet.
fn number_cell(v: Option<f64>) -> String {
    v.filter(|x| x.is_finite())
        .map(|x| x.to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_cells_are_neutralised_and_quoted() {
        assert_eq!(text_cell("Brand"), "Brand");
        assert_eq!(text_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(text_cell("+1"), "'+1");
        assert_eq!(text_cell("-1"), "'-1");
        assert_eq!(text_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text_cell("\tx"), "'\tx");
        assert_eq!(text_cell("a,b"), "\"a,b\"");
    }

    #[test]
    fn a_file_column_split_is_exported_under_its_header() {
        use crate::engine::import::ingest::{ingest, Overrides};
        let file = ingest(
            "ads.csv",
            b"Campaign name,Age,Gender,Amount spent (EUR),Impressions,Link clicks\n\
              ,,,60.00,600,60\n\
              A,18-24,female,10.00,100,10\n\
              A,18-24,male,20.00,200,20\n\
              B,25-34,female,30.00,300,30\n",
            &Overrides::default(),
        )
        .expect("ingests");
        let audit = crate::engine::run(&[&file], &Settings::default());
        let csv = to_csv(&audit);
        assert!(csv.contains("spend,Gender,female,,40"), "{csv}");
    }

    #[test]
    fn json_follows_the_contract() {
        use crate::engine::import::ingest::{ingest, Overrides};
        let file = ingest(
            "a.csv",
            b"Campaign,Spend,Clicks\nA,10,x\nB,5,0\n",
            &Overrides::default(),
        )
        .expect("ingests");
        let failed = [Error::new("b.xlsx", ErrorKind::Binary)];
        let audit = crate::engine::run(&[&file], &Settings::default());
        let doc: serde_json::Value = serde_json::from_str(&to_json(
            &[&file],
            &failed,
            &audit,
            &Report::default(),
            &Settings::default(),
        ))
        .expect("valid JSON");
        assert_eq!(doc["schema"], "marketing-audit/1");
        let input = &doc["inputs"][0];
        assert_eq!(
            (
                input["rows_read"].as_u64(),
                input["rows_used"].as_u64(),
                input["rows_skipped"].as_u64()
            ),
            (Some(2), Some(1), Some(1))
        );
        assert_eq!(input["encoding"], "utf-8");
        let issue = &input["issues"][0];
        assert_eq!(
            (
                issue["kind"].as_str(),
                issue["line"].as_u64(),
                issue["column"].as_str(),
                issue["action"].as_str()
            ),
            (
                Some("not_a_number"),
                Some(2),
                Some("Clicks"),
                Some("skipped")
            )
        );
        assert_eq!(doc["failed"][0]["file"], "b.xlsx");
        assert_eq!(doc["failed"][0]["error"]["kind"], "binary");
        // No impressions column: no CTR figure at all, rather than a made-up one.
        assert!(doc["figures"]
            .as_array()
            .expect("figures")
            .iter()
            .all(|f| f["metric"] != "ctr"));
        // B's CPC divides by zero clicks: null, with its parts kept.
        let cpc_b = doc["figures"]
            .as_array()
            .expect("figures")
            .iter()
            .find(|f| f["metric"] == "cpc" && f["group"] == "B")
            .expect("CPC of B");
        assert_eq!(
            (
                cpc_b["value"].is_null(),
                cpc_b["numerator"].as_f64(),
                cpc_b["denominator"].as_f64()
            ),
            (true, Some(5.0), Some(0.0))
        );
        assert_eq!(cpc_b["dimension"], "campaign");
        assert!(cpc_b["period"].is_null());
    }

    #[test]
    fn json_carries_the_attribution_section() {
        use crate::engine::import::ingest::{ingest, Overrides};
        let file = |name: &str, text: &str| {
            ingest(name, text.as_bytes(), &Overrides::default()).expect("ingests")
        };
        let inputs = [
            file(
                "deals.csv",
                "Lead ID,Won date,Amount\nL1,2025-02-01,100\nL2,2025-02-01,40\n",
            ),
            file(
                "touch.csv",
                "Lead ID,Touched at,Channel,Campaign\nL1,2025-01-01,Ads,A\nL1,2025-01-05,Email,\n",
            ),
        ];
        let settings = Settings::default();
        let audit = crate::engine::run(&inputs, &settings);
        let report = crate::engine::review::report::build(&inputs, &audit, &settings);
        let doc: serde_json::Value =
            serde_json::from_str(&to_json(&inputs, &[], &audit, &report, &settings))
                .expect("valid JSON");
        let a = &doc["attribution"];
        assert_eq!(
            (a["deals"].as_u64(), a["deals_touched"].as_u64()),
            (Some(2), Some(1))
        );
        assert_eq!(a["unattributed"][0]["lead_id"], "L2");
        assert_eq!(a["unattributed"][0]["amount"].as_f64(), Some(40.0));
        let first = &a["models"][0];
        assert_eq!(first["model"], "first_touch");
        assert_eq!(first["by_campaign"][0]["group"], "A");
        assert_eq!(first["by_campaign"][0]["revenue"].as_f64(), Some(100.0));
        // The email touch has no campaign: its group is null, "(not set)" in the page.
        let not_set = a["models"][2]["by_campaign"]
            .as_array()
            .expect("credits")
            .iter()
            .find(|c| c["group"].is_null())
            .expect("a (not set) group");
        assert_eq!(not_set["revenue"].as_f64(), Some(50.0));
        assert_eq!(a["settings"]["half_life_days"].as_f64(), Some(7.0));
    }

    #[test]
    fn numbers_stay_numbers() {
        assert_eq!(number_cell(Some(-0.5)), "-0.5");
        assert_eq!(number_cell(None), "");
        assert_eq!(number_cell(Some(f64::NAN)), "");
    }
}
