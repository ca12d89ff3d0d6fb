//! The audit checklist: rules over the computed figures, each one function with its
//! own tests. Every rule yields one finding — passed, warning or critical, or not
//! applicable when its data is missing — with its evidence and threshold, so the
//! checklist lists what passed too.

use crate::engine::import::field::{Field, FileKind};
use crate::engine::import::ingest::Ingested;
use crate::engine::metrics::audit::{Audit, Dimension};
use crate::engine::metrics::config::{self, Thresholds};
use crate::engine::metrics::metric::{MetricId, Polarity};
use crate::engine::metrics::period::{Bucket, Period};
use crate::engine::review::schedule::{Review, Status};
use crate::engine::review::trends::{self, ShortTermThresholds};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Every rule of the checklist. The UI words each one and cites its threshold's source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleId {
    /// Email bounce rate per send.
    BounceRate,
    /// Spam complaint rate per send.
    SpamComplaints,
    /// Unsubscribe rate per send.
    Unsubscribes,
    /// The email list shrank over the period.
    ListShrinking,
    /// LTV : CAC below its minimum.
    LtvToCac,
    /// More than half of MQLs not accepted as SQLs: review scoring now.
    MqlAcceptance,
    /// A headline KPI moved past the short-term threshold.
    HeadlineMove,
    /// A series has been falling quarter after quarter.
    LongTermFading,
    /// Leads sitting in a stage too long.
    StagnatingLeads,
    /// A dataset covers too few days to audit.
    TooLittleData,
    /// Fewer than 3 or more than 10 headline KPIs pinned.
    PinnedCount,
    /// Program reviews overdue.
    ReviewsOverdue,
}

impl RuleId {
    /// Every rule, in checklist order.
    pub const ALL: [RuleId; 12] = [
        RuleId::TooLittleData,
        RuleId::PinnedCount,
        RuleId::BounceRate,
        RuleId::SpamComplaints,
        RuleId::Unsubscribes,
        RuleId::ListShrinking,
        RuleId::MqlAcceptance,
        RuleId::LtvToCac,
        RuleId::StagnatingLeads,
        RuleId::HeadlineMove,
        RuleId::LongTermFading,
        RuleId::ReviewsOverdue,
    ];

    /// The stable id.
    pub fn id(self) -> &'static str {
        match self {
            RuleId::BounceRate => "bounce_rate",
            RuleId::SpamComplaints => "spam_complaints",
            RuleId::Unsubscribes => "unsubscribes",
            RuleId::ListShrinking => "list_shrinking",
            RuleId::LtvToCac => "ltv_to_cac",
            RuleId::MqlAcceptance => "mql_acceptance",
            RuleId::HeadlineMove => "headline_move",
            RuleId::LongTermFading => "long_term_fading",
            RuleId::StagnatingLeads => "stagnating_leads",
            RuleId::TooLittleData => "too_little_data",
            RuleId::PinnedCount => "pinned_count",
            RuleId::ReviewsOverdue => "reviews_overdue",
        }
    }
}

/// How bad a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// No data to check this rule.
    NotApplicable,
    /// Checked, and fine.
    Pass,
    /// Worth knowing (e.g. a headline KPI improved sharply).
    Info,
    /// Needs attention.
    Warning,
    /// Needs action now.
    Critical,
}

/// One piece of evidence: a figure, a file, a program or a lead.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The metric, when the evidence is a figure.
    pub metric: Option<MetricId>,
    /// Its dimension.
    pub dimension: Option<Dimension>,
    /// Its group, or the file, program or lead concerned.
    pub group: Option<String>,
    /// Its period.
    pub period: Option<Period>,
    /// The value (a rate as a fraction, days as a number).
    pub value: Option<f64>,
    /// A second value to compare with (the previous period, the value a year before).
    pub base: Option<f64>,
}

impl Evidence {
    fn figure(
        metric: MetricId,
        dimension: Dimension,
        group: Option<&str>,
        period: Option<Period>,
        value: Option<f64>,
    ) -> Self {
        Evidence {
            metric: Some(metric),
            dimension: Some(dimension),
            group: group.map(str::to_owned),
            period,
            value,
            base: None,
        }
    }

    fn about(group: &str, value: Option<f64>) -> Self {
        Evidence {
            metric: None,
            dimension: None,
            group: Some(group.to_owned()),
            period: None,
            value,
            base: None,
        }
    }
}

/// The result of one rule.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Which rule.
    pub rule: RuleId,
    /// How bad.
    pub severity: Severity,
    /// What the rule looked at that made it fire (or the value that passed).
    pub evidence: Vec<Evidence>,
    /// The threshold applied (the warning one when there are two).
    pub threshold: Option<f64>,
    /// How many items were checked (sends, series, files, programs).
    pub checked: usize,
}

/// Everything the rules read.
pub struct Context<'a> {
    /// The audit.
    pub audit: &'a Audit,
    /// The files.
    pub inputs: &'a [&'a Ingested],
    /// Thresholds.
    pub thresholds: &'a Thresholds,
    /// Headline KPIs.
    pub pinned: &'a [MetricId],
    /// The review schedule.
    pub reviews: &'a [Review],
}

/// Runs every rule.
pub fn run(cx: &Context) -> Vec<Finding> {
    RuleId::ALL.iter().map(|&rule| check(rule, cx)).collect()
}

/// Runs one rule.
pub fn check(rule: RuleId, cx: &Context) -> Finding {
    match rule {
        RuleId::BounceRate => per_send(
            cx,
            rule,
            MetricId::BounceRate,
            cx.thresholds.bounce_warning,
            Some(cx.thresholds.bounce_critical),
        ),
        RuleId::SpamComplaints => per_send(
            cx,
            rule,
            MetricId::SpamComplaintRate,
            cx.thresholds.spam_warning,
            Some(cx.thresholds.spam_critical),
        ),
        RuleId::Unsubscribes => per_send(
            cx,
            rule,
            MetricId::UnsubscribeRate,
            cx.thresholds.unsubscribe_warning,
            None,
        ),
        RuleId::ListShrinking => list_shrinking(cx),
        RuleId::LtvToCac => ltv_to_cac(cx),
        RuleId::MqlAcceptance => mql_acceptance(cx),
        RuleId::HeadlineMove => headline_move(cx),
        RuleId::LongTermFading => long_term_fading(cx),
        RuleId::StagnatingLeads => stagnating_leads(cx),
        RuleId::TooLittleData => too_little_data(cx),
        RuleId::PinnedCount => pinned_count(cx),
        RuleId::ReviewsOverdue => reviews_overdue(cx),
    }
}

fn finding(
    rule: RuleId,
    severity: Severity,
    evidence: Vec<Evidence>,
    threshold: Option<f64>,
    checked: usize,
) -> Finding {
    Finding {
        rule,
        severity,
        evidence,
        threshold,
        checked,
    }
}

fn not_applicable(rule: RuleId, threshold: Option<f64>) -> Finding {
    finding(rule, Severity::NotApplicable, Vec::new(), threshold, 0)
}

/// Each email send (a campaign of the email files) in the current period, against a
/// warning and an optional critical threshold ("above" is bad).
fn per_send(
    cx: &Context,
    rule: RuleId,
    metric: MetricId,
    warning: f64,
    critical: Option<f64>,
) -> Finding {
    let Some(period) = cx.audit.current_period() else {
        return not_applicable(rule, Some(warning));
    };
    let sends: Vec<(&str, f64)> = cx
        .audit
        .groups(Dimension::Campaign, metric)
        .into_iter()
        .filter_map(|g| {
            cx.audit
                .value(metric, Dimension::Campaign, Some(g), Some(period))
                .map(|v| (g, v))
        })
        .collect();
    if sends.is_empty() {
        return not_applicable(rule, Some(warning));
    }
    let mut over: Vec<(&str, f64)> = sends
        .iter()
        .copied()
        .filter(|(_, v)| *v > warning)
        .collect();
    over.sort_by(|a, b| b.1.total_cmp(&a.1));
    let severity = match over.first() {
        Some((_, worst)) if critical.is_some_and(|c| *worst > c) => Severity::Critical,
        Some(_) => Severity::Warning,
        None => Severity::Pass,
    };
    let evidence = if over.is_empty() {
        vec![Evidence::figure(
            metric,
            Dimension::Total,
            None,
            Some(period),
            cx.audit.value(metric, Dimension::Total, None, Some(period)),
        )]
    } else {
        over.iter()
            .map(|(g, v)| {
                Evidence::figure(metric, Dimension::Campaign, Some(g), Some(period), Some(*v))
            })
            .collect()
    };
    finding(rule, severity, evidence, Some(warning), sends.len())
}

/// The list size at the last send of the current period against the last one before it
/// (the `list_size` figure of the latest earlier period that has one).
fn list_shrinking(cx: &Context) -> Finding {
    let rule = RuleId::ListShrinking;
    let Some(period) = cx.audit.current_period() else {
        return not_applicable(rule, None);
    };
    let Some(end) = cx
        .audit
        .value(MetricId::ListSize, Dimension::Total, None, Some(period))
    else {
        return not_applicable(rule, None);
    };
    let sizes = cx
        .audit
        .series(MetricId::ListSize, Dimension::Total, None, period.bucket);
    let Some(start) = sizes
        .iter()
        .filter(|f| f.period.is_some_and(|p| p.start < period.start))
        .max_by_key(|f| f.period.map(|p| p.start))
        .and_then(|f| f.value)
    else {
        return not_applicable(rule, None);
    };
    let evidence = vec![Evidence {
        base: Some(start),
        ..Evidence::about("list size", Some(end))
    }];
    let severity = if end < start {
        Severity::Warning
    } else {
        Severity::Pass
    };
    finding(rule, severity, evidence, None, sizes.len())
}

fn current_total(cx: &Context, metric: MetricId) -> Option<(Period, f64)> {
    let period = cx.audit.current_period()?;
    Some((
        period,
        cx.audit
            .value(metric, Dimension::Total, None, Some(period))?,
    ))
}

fn ltv_to_cac(cx: &Context) -> Finding {
    let rule = RuleId::LtvToCac;
    let minimum = cx.thresholds.ltv_to_cac_minimum;
    let Some((period, v)) = current_total(cx, MetricId::LtvToCac) else {
        return not_applicable(rule, Some(minimum));
    };
    // Below 1, every customer costs more than it has brought in.
    let severity = if v < 1.0 {
        Severity::Critical
    } else if v < minimum {
        Severity::Warning
    } else {
        Severity::Pass
    };
    let evidence = vec![Evidence::figure(
        MetricId::LtvToCac,
        Dimension::Total,
        None,
        Some(period),
        Some(v),
    )];
    finding(rule, severity, evidence, Some(minimum), 1)
}

fn mql_acceptance(cx: &Context) -> Finding {
    let rule = RuleId::MqlAcceptance;
    let minimum = cx.thresholds.mql_acceptance_minimum;
    let Some((period, v)) = current_total(cx, MetricId::MqlToSqlRate) else {
        return not_applicable(rule, Some(minimum));
    };
    let severity = if cx.thresholds.acceptance_too_low(Some(v)) {
        Severity::Critical
    } else {
        Severity::Pass
    };
    let evidence = vec![Evidence::figure(
        MetricId::MqlToSqlRate,
        Dimension::Total,
        None,
        Some(period),
        Some(v),
    )];
    finding(rule, severity, evidence, Some(minimum), 1)
}

/// True when MQL acceptance in the current period is below the threshold: the
/// schedule's trigger to review scoring at once.
pub fn scoring_trigger(audit: &Audit, thresholds: &Thresholds) -> bool {
    audit
        .current_period()
        .and_then(|p| audit.value(MetricId::MqlToSqlRate, Dimension::Total, None, Some(p)))
        .is_some_and(|v| thresholds.acceptance_too_low(Some(v)))
}

/// Each pinned KPI against the previous period: flagged when both the relative change
/// and, for rates, the change in points cross their thresholds.
fn headline_move(cx: &Context) -> Finding {
    let rule = RuleId::HeadlineMove;
    let Some(period) = cx.audit.current_period() else {
        return not_applicable(rule, Some(cx.thresholds.short_term_relative));
    };
    let short_term = ShortTermThresholds::from(cx.thresholds);
    let mut evidence = Vec::new();
    let mut checked = 0;
    let mut severity = Severity::Pass;
    for &m in cx.pinned {
        let c = cx.audit.compare(m, Dimension::Total, None, period);
        let Some(change) = c.vs_previous() else {
            continue;
        };
        checked += 1;
        if trends::crosses(change, m.unit(), &short_term).is_none() {
            continue;
        }
        let good = m.judge(change.absolute) != Some(false);
        severity = severity.max(if good {
            Severity::Info
        } else {
            Severity::Warning
        });
        evidence.push(Evidence {
            base: c.previous,
            ..Evidence::figure(m, Dimension::Total, None, Some(period), c.current)
        });
    }
    if checked == 0 {
        return not_applicable(rule, Some(cx.thresholds.short_term_relative));
    }
    finding(
        rule,
        severity,
        evidence,
        Some(cx.thresholds.short_term_relative),
        checked,
    )
}

/// Quarters of decline in a row that make a series "fading".
pub const FADING_QUARTERS: usize = 3;

/// Series falling for [`FADING_QUARTERS`] quarters in a row up to the current one:
/// the pinned KPIs in total, and ad leads and conversions per campaign and channel.
fn long_term_fading(cx: &Context) -> Finding {
    let rule = RuleId::LongTermFading;
    let Some(current) = cx.audit.as_of.map(|d| Period::of(Bucket::Quarter, d)) else {
        return not_applicable(rule, None);
    };
    let mut series: Vec<(MetricId, Dimension, Option<String>)> = cx
        .pinned
        .iter()
        .map(|m| (*m, Dimension::Total, None))
        .collect();
    for m in [MetricId::AdLeads, MetricId::Conversions, MetricId::Leads] {
        for d in [Dimension::Campaign, Dimension::Channel, Dimension::Source] {
            for g in cx.audit.groups(d, m) {
                series.push((m, d, Some(g.to_owned())));
            }
        }
    }
    let mut evidence = Vec::new();
    let mut checked = 0;
    for (m, d, g) in series {
        if m.polarity() == Polarity::Neutral {
            continue;
        }
        // The last FADING_QUARTERS + 1 quarters, oldest first.
        let mut quarters = vec![current];
        while quarters.len() <= FADING_QUARTERS {
            let Some(p) = quarters.last().and_then(Period::previous) else {
                break;
            };
            quarters.push(p);
        }
        quarters.reverse();
        let values: Option<Vec<f64>> = quarters
            .iter()
            .map(|p| cx.audit.value(m, d, g.as_deref(), Some(*p)))
            .collect();
        let Some(values) = values.filter(|v| v.len() == FADING_QUARTERS + 1) else {
            continue;
        };
        checked += 1;
        let worse = |a: f64, b: f64| m.judge(b - a) == Some(false);
        if values.windows(2).all(|w| worse(w[0], w[1])) {
            let first = values.first().copied();
            let last = values.last().copied();
            evidence.push(Evidence {
                base: first,
                ..Evidence::figure(m, d, g.as_deref(), Some(current), last)
            });
        }
    }
    if checked == 0 {
        return not_applicable(rule, None);
    }
    let severity = if evidence.is_empty() {
        Severity::Pass
    } else {
        Severity::Warning
    };
    finding(rule, severity, evidence, None, checked)
}

/// The velocity section's stagnating leads ([`crate::engine::metrics::velocity::stagnation`],
/// under the settings' stage limits): one list, shown in both places.
fn stagnating_leads(cx: &Context) -> Finding {
    let rule = RuleId::StagnatingLeads;
    let Some(v) = cx.audit.velocity.as_ref() else {
        return not_applicable(rule, None);
    };
    if v.watched == 0 {
        return not_applicable(rule, None);
    }
    let mut stagnant: Vec<_> = v.stagnant.iter().collect();
    stagnant.sort_by(|a, b| b.days.cmp(&a.days).then(a.lead.cmp(&b.lead)));
    let evidence: Vec<Evidence> = stagnant
        .into_iter()
        .map(|s| Evidence {
            base: Some(s.limit as f64),
            ..Evidence::about(&format!("{}|{}", s.lead, s.stage.id()), Some(s.days as f64))
        })
        .collect();
    let severity = if evidence.is_empty() {
        Severity::Pass
    } else {
        Severity::Warning
    };
    finding(rule, severity, evidence, None, v.watched as usize)
}

/// Each dated file must span at least `min_days` days.
fn too_little_data(cx: &Context) -> Finding {
    let rule = RuleId::TooLittleData;
    let min = cx.thresholds.min_days;
    let mut evidence = Vec::new();
    let mut checked = 0;
    for input in cx.inputs {
        let field = match input.kind {
            FileKind::AdPerformance
            | FileKind::EmailCampaigns
            | FileKind::WebAnalytics
            | FileKind::SocialPosts
            | FileKind::Surveys
            | FileKind::Transactions => Field::Date,
            FileKind::Leads => Field::CreatedDate,
            FileKind::StageChanges => Field::EnteredAt,
            FileKind::Deals => Field::WonDate,
            FileKind::Touchpoints => Field::TouchedAt,
            FileKind::Programs | FileKind::Responses | FileKind::Unknown => continue,
        };
        let Some(dates) = input.table.date(field) else {
            continue;
        };
        let days: Vec<NaiveDate> = dates.iter().flatten().map(|d| d.date()).collect();
        let (Some(first), Some(last)) = (days.iter().min(), days.iter().max()) else {
            continue;
        };
        checked += 1;
        let span = (*last - *first).num_days() + 1;
        if span < min {
            evidence.push(Evidence::about(&input.file, Some(span as f64)));
        }
    }
    if checked == 0 {
        return not_applicable(rule, Some(min as f64));
    }
    let severity = if evidence.is_empty() {
        Severity::Pass
    } else {
        Severity::Warning
    };
    finding(rule, severity, evidence, Some(min as f64), checked)
}

fn pinned_count(cx: &Context) -> Finding {
    let n = cx.pinned.len();
    let ok = config::PINNED_RANGE.contains(&n);
    let evidence = vec![Evidence::about("pinned", Some(n as f64))];
    finding(
        RuleId::PinnedCount,
        if ok {
            Severity::Pass
        } else {
            Severity::Warning
        },
        evidence,
        None,
        1,
    )
}

fn reviews_overdue(cx: &Context) -> Finding {
    let rule = RuleId::ReviewsOverdue;
    if cx.reviews.is_empty() {
        return not_applicable(rule, None);
    }
    let evidence: Vec<Evidence> = cx
        .reviews
        .iter()
        .filter_map(|r| match r.status {
            Status::Overdue { days } => Some(Evidence::about(&r.program, Some(days as f64))),
            _ => None,
        })
        .collect();
    let severity = if evidence.is_empty() {
        Severity::Pass
    } else {
        Severity::Warning
    };
    finding(rule, severity, evidence, None, cx.reviews.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::import::ingest::{ingest, Overrides};
    use crate::engine::review::schedule::{ProgramType, ReviewRule};
    use crate::engine::review::settings::Settings;
    use crate::engine::run as audit;

    fn file(name: &str, text: &str) -> Ingested {
        ingest(name, text.as_bytes(), &Overrides::default()).expect("ingests")
    }

    #[track_caller]
    fn check_rule(
        rule: RuleId,
        files: &[Ingested],
        pinned: &[MetricId],
        reviews: &[Review],
    ) -> Finding {
        let inputs: Vec<&Ingested> = files.iter().collect();
        let audit = audit(&inputs, &Settings::default());
        let thresholds = Thresholds::default();
        let cx = Context {
            audit: &audit,
            inputs: &inputs,
            thresholds: &thresholds,
            pinned,
            reviews,
        };
        check(rule, &cx)
    }

    fn email(rows: &[(&str, &str, u32, u32, u32, u32, u32)]) -> Ingested {
        let mut text = String::from(
            "Campaign,Send date,Emails sent,Bounces,Unsubscribes,Spam complaints,List size\n",
        );
        for (c, d, sent, bounces, unsubs, spam, size) in rows {
            text.push_str(&format!(
                "{c},{d},{sent},{bounces},{unsubs},{spam},{size}\n"
            ));
        }
        file("email.csv", &text)
    }

    #[test]
    fn bounce_rate_per_send() {
        // Delivered = sent − bounces; the rate divides by sent.
        let ok = email(&[("A", "2026-07-01", 1000, 10, 0, 0, 1000)]);
        assert_eq!(
            check_rule(RuleId::BounceRate, &[ok], &[], &[]).severity,
            Severity::Pass
        );
        let warn = email(&[
            ("A", "2026-07-01", 1000, 10, 0, 0, 1000),
            ("B", "2026-08-01", 1000, 30, 0, 0, 1000),
        ]);
        let f = check_rule(RuleId::BounceRate, &[warn], &[], &[]);
        assert_eq!(
            (f.severity, f.checked, f.threshold),
            (Severity::Warning, 2, Some(0.02))
        );
        assert_eq!(f.evidence[0].group.as_deref(), Some("B"));
        assert_eq!(f.evidence[0].value, Some(0.03));
        let critical = email(&[("A", "2026-07-01", 1000, 60, 0, 0, 1000)]);
        assert_eq!(
            check_rule(RuleId::BounceRate, &[critical], &[], &[]).severity,
            Severity::Critical
        );
        assert_eq!(
            check_rule(RuleId::BounceRate, &[], &[], &[]).severity,
            Severity::NotApplicable
        );
    }

    #[test]
    fn spam_complaints_at_bulk_sender_limits() {
        // Complaints divide by delivered (sent − bounces = 10,000).
        let at = |spam| email(&[("A", "2026-07-01", 10_000, 0, 0, spam, 10_000)]);
        assert_eq!(
            check_rule(RuleId::SpamComplaints, &[at(10)], &[], &[]).severity,
            Severity::Pass
        );
        assert_eq!(
            check_rule(RuleId::SpamComplaints, &[at(11)], &[], &[]).severity,
            Severity::Warning
        );
        assert_eq!(
            check_rule(RuleId::SpamComplaints, &[at(31)], &[], &[]).severity,
            Severity::Critical
        );
    }

    #[test]
    fn unsubscribes_per_send() {
        let at = |u| email(&[("A", "2026-07-01", 1000, 0, u, 0, 1000)]);
        assert_eq!(
            check_rule(RuleId::Unsubscribes, &[at(5)], &[], &[]).severity,
            Severity::Pass
        );
        assert_eq!(
            check_rule(RuleId::Unsubscribes, &[at(6)], &[], &[]).severity,
            Severity::Warning
        );
    }

    #[test]
    fn list_shrinking_compares_with_the_last_send_before_the_period() {
        let shrinking = email(&[
            ("A", "2026-06-20", 1000, 0, 0, 0, 5000),
            ("B", "2026-08-01", 1000, 0, 0, 0, 4900),
        ]);
        let f = check_rule(RuleId::ListShrinking, &[shrinking], &[], &[]);
        assert_eq!(
            (f.severity, f.evidence[0].value, f.evidence[0].base),
            (Severity::Warning, Some(4900.0), Some(5000.0))
        );
        let growing = email(&[
            ("A", "2026-06-20", 1000, 0, 0, 0, 5000),
            ("B", "2026-08-01", 1000, 0, 0, 0, 5100),
        ]);
        assert_eq!(
            check_rule(RuleId::ListShrinking, &[growing], &[], &[]).severity,
            Severity::Pass
        );
    }

    fn funnel_files(sqls_in_q3: usize) -> Vec<Ingested> {
        let mut stages = String::from("Lead ID,Stage,Entered at\n");
        for i in 0..4 {
            stages.push_str(&format!("L{i},MQL,2026-07-0{}\n", i + 1));
            if i < sqls_in_q3 {
                stages.push_str(&format!("L{i},SQL,2026-07-1{}\n", i + 1));
            }
        }
        vec![
            file("ads.csv", "Date,Spend\n2026-07-01,1000\n"),
            file("stages.csv", &stages),
            file("deals.csv", "Lead ID,Won date,Amount\nL0,2026-08-01,2500\n"),
        ]
    }

    #[test]
    fn mql_acceptance_below_half_is_critical() {
        assert_eq!(
            check_rule(RuleId::MqlAcceptance, &funnel_files(1), &[], &[]).severity,
            Severity::Critical
        );
        assert_eq!(
            check_rule(RuleId::MqlAcceptance, &funnel_files(2), &[], &[]).severity,
            Severity::Pass
        );
        let files = funnel_files(1);
        let inputs: Vec<&Ingested> = files.iter().collect();
        assert!(scoring_trigger(
            &audit(&inputs, &Settings::default()),
            &Thresholds::default()
        ));
    }

    #[test]
    fn ltv_to_cac_below_three() {
        // One customer, 2,500 of revenue, 1,000 of cost: LTV:CAC 2.5.
        let f = check_rule(RuleId::LtvToCac, &funnel_files(2), &[], &[]);
        assert_eq!(
            (f.severity, f.evidence[0].value),
            (Severity::Warning, Some(2.5))
        );
    }

    #[test]
    fn stagnating_leads_past_their_stage_limit() {
        // As of 2026-08-01 (the deal), L1–L3 sat in SQL since 12–14 July: 18–20 days,
        // under the 21-day limit; nobody stagnates. Two weeks later they would.
        let f = check_rule(RuleId::StagnatingLeads, &funnel_files(4), &[], &[]);
        assert_eq!((f.severity, f.checked), (Severity::Pass, 3));
        let mut files = funnel_files(4);
        files.push(file("later.csv", "Date,Spend\n2026-08-20,1\n"));
        let f = check_rule(RuleId::StagnatingLeads, &files, &[], &[]);
        assert_eq!((f.severity, f.evidence.len()), (Severity::Warning, 3));
        assert_eq!(f.evidence[0].group.as_deref(), Some("L1|sql"));
    }

    #[test]
    fn headline_moves_and_long_term_fading() {
        let ads = file(
            "ads.csv",
            "Date,Campaign,Spend,Clicks,Conversions\n2025-10-01,W,100,100,40\n2026-01-01,W,100,100,30\n2026-04-01,W,100,100,20\n2026-07-01,W,100,100,10\n",
        );
        let f = check_rule(
            RuleId::HeadlineMove,
            std::slice::from_ref(&ads),
            &[MetricId::Conversions, MetricId::Spend],
            &[],
        );
        // Conversions fell by half: a bad move; spend did not move.
        assert_eq!(
            (f.severity, f.checked, f.evidence.len()),
            (Severity::Warning, 2, 1)
        );
        assert_eq!(
            (f.evidence[0].value, f.evidence[0].base),
            (Some(10.0), Some(20.0))
        );
        let f = check_rule(
            RuleId::LongTermFading,
            &[ads],
            &[MetricId::Conversions],
            &[],
        );
        assert_eq!(f.severity, Severity::Warning);
        assert_eq!(f.evidence[0].metric, Some(MetricId::Conversions));
    }

    #[test]
    fn too_little_data_and_pinned_count() {
        let short = file("ads.csv", "Date,Spend\n2026-07-01,1\n2026-07-20,1\n");
        let f = check_rule(RuleId::TooLittleData, &[short], &[], &[]);
        assert_eq!(
            (f.severity, f.evidence[0].value),
            (Severity::Warning, Some(20.0))
        );
        let long = file("ads.csv", "Date,Spend\n2026-07-01,1\n2026-07-30,1\n");
        assert_eq!(
            check_rule(RuleId::TooLittleData, &[long], &[], &[]).severity,
            Severity::Pass
        );
        assert_eq!(
            check_rule(RuleId::PinnedCount, &[], &[MetricId::Spend; 2], &[]).severity,
            Severity::Warning
        );
        assert_eq!(
            check_rule(RuleId::PinnedCount, &[], &[MetricId::Spend; 3], &[]).severity,
            Severity::Pass
        );
        assert_eq!(
            check_rule(RuleId::PinnedCount, &[], &[MetricId::Spend; 11], &[]).severity,
            Severity::Warning
        );
    }

    #[test]
    fn overdue_reviews() {
        let review = |status| Review {
            baseline: None,
            program: "Welcome".into(),
            kind: ProgramType::Nurture,
            owner: None,
            last_review: None,
            due: NaiveDate::from_ymd_opt(2026, 9, 1).expect("date"),
            rule: ReviewRule::Nurture,
            status,
        };
        let late = [review(Status::Overdue { days: 29 })];
        let f = check_rule(RuleId::ReviewsOverdue, &[], &[], &late);
        assert_eq!(
            (f.severity, f.evidence[0].value),
            (Severity::Warning, Some(29.0))
        );
        let fine = [review(Status::Scheduled { days: 40 })];
        assert_eq!(
            check_rule(RuleId::ReviewsOverdue, &[], &[], &fine).severity,
            Severity::Pass
        );
    }
}
