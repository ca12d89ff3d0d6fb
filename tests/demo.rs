//! The built-in demo: its files are what the generator makes, and its audit is pinned
//! by a reviewed golden snapshot and by figures checked against the generator's story.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../demo/gen.rs"]
mod gen;

use marketing_audit::engine::metrics::audit::Dimension;
use marketing_audit::engine::metrics::config::Thresholds;
use marketing_audit::engine::metrics::period::{Bucket, Period};
use marketing_audit::engine::present::export;
use marketing_audit::engine::{demo, ingest, run, Ingested, MetricId, Overrides, Settings};
use std::path::Path;

fn demo_inputs() -> Vec<Ingested> {
    demo::files()
        .iter()
        .map(|(name, bytes)| ingest(name, bytes, &Overrides::default()).expect("demo file ingests"))
        .collect()
}

/// Compares `got` with the snapshot at `rel`; `UPDATE_GOLDEN=1` rewrites it for review.
#[track_caller]
pub fn golden(rel: &str, got: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, got).expect("writable snapshot");
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    if want != got {
        // The first differing line, or the end of the shorter text when one extends the other.
        let shorter = want.lines().count().min(got.lines().count());
        let first = want
            .lines()
            .zip(got.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(shorter);
        panic!(
            "{rel} differs from the engine's output from line {} on:\n  want: {:?}\n  got:  {:?}\nReview, then rerun with UPDATE_GOLDEN=1 to accept.",
            first + 1,
            want.lines().nth(first),
            got.lines().nth(first)
        );
    }
}

#[test]
fn committed_demo_files_are_what_the_generator_makes() {
    let generated = gen::generate();
    assert_eq!(generated.len(), demo::files().len());
    assert_eq!(generated.len(), demo::NAMES.len());
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("demo");
    for (((name, text), (built_name, bytes)), listed) in
        generated.iter().zip(demo::files()).zip(demo::NAMES)
    {
        assert_eq!((name, name), (built_name, &listed));
        // The page generates the demo at start-up: the same bytes as the committed files.
        assert!(
            text.as_bytes() == bytes.as_slice(),
            "{name}: the page's demo differs"
        );
        let committed = std::fs::read(dir.join(name)).expect("committed demo file");
        assert!(
            text.as_bytes() == committed.as_slice(),
            "demo/{name} is stale: run `cargo run --example gen_demo`"
        );
    }
}

#[test]
fn demo_is_recognised_and_accounted_for() {
    let inputs = demo_inputs();
    let summary: Vec<(&str, &str, u64, u64)> = inputs
        .iter()
        .map(|i| (i.file.as_str(), i.kind.id(), i.rows_read, i.rows_skipped))
        .collect();
    assert_eq!(
        summary,
        vec![
            ("ads_performance.csv", "ad_performance", 2742, 1),
            ("email_campaigns.csv", "email_campaigns", 96, 0),
            ("leads.csv", "leads", 1080, 0),
            ("lead_stage_changes.csv", "stage_changes", 2322, 0),
            ("deals.csv", "deals", 37, 0),
            ("programs.csv", "programs", 12, 0),
            ("web_analytics.csv", "web_analytics", 528, 0),
            ("social_posts.csv", "social_posts", 801, 0),
            ("touchpoints.csv", "touchpoints", 3850, 0),
        ]
    );
    let bad = &inputs[0].issues[0];
    assert_eq!(
        (bad.line, bad.column.as_deref(), bad.raw.as_str()),
        (1359, Some("Spend"), "12,3x")
    );
}

#[test]
fn demo_figures_tell_the_generators_story() {
    let inputs = demo_inputs();
    let audit = run(&inputs, &Settings::default());
    assert_eq!(
        audit.as_of.map(|d| d.to_string()).as_deref(),
        Some("2026-09-30")
    );
    let value =
        |m, d, g: Option<&str>, p: Option<&str>| audit.value(m, d, g, p.and_then(Period::parse));
    // Spend over every row but the one with "12,3x" (the generator's own total).
    assert_eq!(
        value(MetricId::Spend, Dimension::Total, None, None),
        Some(567_835.07)
    );
    // August 2026 is the list-hygiene month: every send bounced above 2%.
    let august = value(
        MetricId::BounceRate,
        Dimension::Total,
        None,
        Some("2026-08"),
    )
    .expect("August bounce rate");
    assert!(august > 0.02, "{august}");
    let july = value(
        MetricId::BounceRate,
        Dimension::Total,
        None,
        Some("2026-07"),
    )
    .expect("July bounce rate");
    assert!(july < 0.015, "{july}");
    // Webinar leads fade, video leads rise (quarter totals from the generator).
    let leads = |campaign: &str, quarter: &str| {
        value(
            MetricId::AdLeads,
            Dimension::Campaign,
            Some(campaign),
            Some(quarter),
        )
    };
    assert_eq!(leads("Webinar Promotion", "2025-Q3"), Some(315.0));
    assert_eq!(leads("Webinar Promotion", "2026-Q3"), Some(172.0));
    assert_eq!(leads("Prospecting - Video", "2025-Q3"), Some(426.0));
    assert_eq!(leads("Prospecting - Video", "2026-Q3"), Some(885.0));
    // The funnel: 1,080 leads, 500 reach MQL, 281 SQL, 37 become customers.
    let total = |m| value(m, Dimension::Total, None, None);
    assert_eq!(total(MetricId::Leads), Some(1080.0));
    assert_eq!(total(MetricId::Mqls), Some(500.0));
    assert_eq!(total(MetricId::Sqls), Some(281.0));
    assert_eq!(total(MetricId::Customers), Some(37.0));
    // In the last quarter fewer than half of the MQLs were accepted as SQLs.
    let q3 = value(
        MetricId::MqlToSqlRate,
        Dimension::Total,
        None,
        Some("2026-Q3"),
    )
    .expect("a rate");
    assert!(q3 < 0.5, "{q3}");
    let q2 = value(
        MetricId::MqlToSqlRate,
        Dimension::Total,
        None,
        Some("2026-Q2"),
    )
    .expect("a rate");
    assert!(q2 > 0.5, "{q2}");
}

#[test]
fn demo_audit_matches_its_reviewed_snapshot() {
    let inputs = demo_inputs();
    let audit = run(&inputs, &Settings::default());
    // Whole-range and quarterly figures: the audit's cadence. Monthly ones are pinned
    // by the story test above and by the real-data comparisons.
    let kept = audit
        .figures
        .iter()
        .filter(|f| f.period.is_none_or(|p| p.bucket == Bucket::Quarter));
    golden(
        "tests/golden/demo.figures.csv",
        &export::figures_to_csv(&audit, kept),
    );
}

#[test]
fn demo_checklist_and_schedule_tell_the_story() {
    use marketing_audit::engine::review::checklist::{RuleId, Severity};
    use marketing_audit::engine::review::report;
    use marketing_audit::engine::review::schedule::{ReviewRule, Status};
    let inputs = demo_inputs();
    let settings = Settings::default();
    let audit = run(&inputs, &settings);
    let report = report::build(&inputs, &audit, &settings);
    let severity = |rule| {
        report
            .findings
            .iter()
            .find(|f| f.rule == rule)
            .map(|f| f.severity)
    };
    // August 2026's sends bounced at 2.7–3.5%: above the 2% warning, under 5%.
    assert_eq!(severity(RuleId::BounceRate), Some(Severity::Warning));
    assert_eq!(severity(RuleId::SpamComplaints), Some(Severity::Pass));
    // Fewer than half of Q3's MQLs were accepted, and customers cost more than they bring.
    assert_eq!(severity(RuleId::MqlAcceptance), Some(Severity::Critical));
    assert_eq!(severity(RuleId::LtvToCac), Some(Severity::Critical));
    // After August's bounces were cleaned, the list ended Q3 smaller than it began it.
    let list = report
        .findings
        .iter()
        .find(|f| f.rule == RuleId::ListShrinking)
        .expect("a finding");
    assert_eq!(
        (list.severity, list.evidence[0].value, list.evidence[0].base),
        (Severity::Warning, Some(19_961.0), Some(20_014.0))
    );
    assert_eq!(severity(RuleId::TooLittleData), Some(Severity::Pass));
    // Webinar leads have faded for three quarters in a row.
    let fading = report
        .findings
        .iter()
        .find(|f| f.rule == RuleId::LongTermFading)
        .expect("a finding");
    assert!(fading
        .evidence
        .iter()
        .any(|e| e.group.as_deref() == Some("Webinar Promotion")));
    // The 2026-09-10 automation rule's first review is 30 days after set-up, and the
    // scoring model is due now because of the MQL trigger.
    let review = |name: &str| {
        report
            .reviews
            .iter()
            .find(|r| r.program == name)
            .expect("a review")
    };
    let recycle = review("Lost-deal recycle rule");
    assert_eq!(
        (recycle.due.to_string().as_str(), recycle.rule),
        ("2026-10-10", ReviewRule::AutomationFirst)
    );
    assert_eq!(recycle.status, Status::DueSoon { days: 10 });
    assert!(report
        .reviews
        .iter()
        .any(|r| r.rule == ReviewRule::ScoringTrigger));
    assert_eq!(severity(RuleId::ReviewsOverdue), Some(Severity::Warning));
    // 2026-09-30 is a quarter's last day.
    assert_eq!(report.triggers, vec![report::Trigger::QuarterEnd]);
}

#[test]
fn demo_velocity_tells_the_funnel_story() {
    use marketing_audit::engine::metrics::funnel::{self, StageKind};
    use marketing_audit::engine::metrics::velocity::{self, VelocitySettings};
    let inputs = demo_inputs();
    let join = funnel::join(&inputs);
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 9, 30).expect("a date");
    let v = velocity::velocity(&join, as_of, &VelocitySettings::default());
    assert_eq!(v.from, velocity::StagesFrom::StageChanges);
    assert!(v.issues.is_empty(), "{:?}", v.issues);
    // README "Numbers to expect": 1,080 → 500 MQL → 281 SQL (56.2%) → 111 → 37.
    assert_eq!(v.conversion.reached, vec![1080, 500, 281, 111, 37]);
    let acceptance = v.conversion.acceptance.as_ref().expect("MQL and SQL occur");
    assert_eq!((acceptance.mqls, acceptance.accepted), (500, 281));
    let thresholds = Thresholds::default();
    assert!(!thresholds.acceptance_too_low(acceptance.rate));
    // Only the 2026 Q3 cohort of MQLs is accepted less than half the time.
    let review: Vec<String> = v
        .conversion
        .acceptance_by_period
        .iter()
        .filter(|(_, a)| thresholds.acceptance_too_low(a.rate))
        .map(|(p, _)| p.label())
        .collect();
    assert_eq!(review, vec!["2026-Q3".to_owned()]);
    // The leads file's snapshot of the last stage: Lead 588, MQL 56, SQL 86,
    // Opportunity 26, Customer 37, Lost 287.
    assert_eq!(
        v.counts.current(),
        vec![
            (StageKind::Lead, 588),
            (StageKind::Mql, 56),
            (StageKind::Sql, 86),
            (StageKind::Opportunity, 26),
            (StageKind::Customer, 37),
            (StageKind::Lost, 287),
        ]
    );
    // 17 recycles back to Lead, 9 leads re-enter MQL.
    let time = |k: StageKind| {
        v.time_in_stage
            .iter()
            .find(|t| t.stage == k)
            .expect("a timed stage")
    };
    assert_eq!(time(StageKind::Lead).reentered, 17);
    assert_eq!(time(StageKind::Mql).reentered, 9);
    // Median days in stage, every exit (the README's 12 and 6 are the medians of the
    // moves on to the next step; SQL and Opportunity stays also end in Lost, later).
    let medians: Vec<Option<f64>> = [
        StageKind::Lead,
        StageKind::Mql,
        StageKind::Sql,
        StageKind::Opportunity,
    ]
    .map(|k| time(k).latest.median)
    .to_vec();
    assert_eq!(medians, vec![Some(12.0), Some(6.0), Some(12.0), Some(24.0)]);
    // Every customer's cycle is usable; the deals file dates wins on the Customer row.
    assert_eq!(v.sales_cycle.total.count, 37);
}

#[test]
fn demo_attribution_credits_every_deal_under_every_model() {
    use marketing_audit::engine::metrics::attribution::Model;
    use marketing_audit::engine::review::report;
    use rust_decimal::Decimal;
    let inputs = demo_inputs();
    let settings = Settings::default();
    let audit = run(&inputs, &settings);
    let a = report::build(&inputs, &audit, &settings)
        .attribution
        .expect("the demo has touchpoints and deals");
    // Every demo lead has a touch before it was created, so every deal is credited.
    assert_eq!(
        (a.deals, a.deals_touched, a.unattributed.len()),
        (37, 37, 0)
    );
    let total: Decimal = "322930.00".parse().expect("a decimal");
    assert_eq!(a.credited_revenue, total);
    for m in &a.models {
        for groups in [&m.by_campaign, &m.by_channel] {
            let sum: Decimal = groups.iter().map(|c| c.revenue).sum();
            assert_eq!(sum, total, "{:?}", m.model);
        }
    }
    let channels = |model| {
        a.model(model)
            .expect("model")
            .by_channel
            .iter()
            .map(|c| {
                format!(
                    "{}={}",
                    c.group.as_deref().unwrap_or("(not set)"),
                    c.revenue.round_dp(2)
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    // First touch follows the leads' sources; last touch moves credit to brand search,
    // retargeting and the newsletter, the generator's likeliest later touches.
    assert_eq!(
        channels(Model::FirstTouch),
        "LinkedIn Ads=90830.00, Google Ads=67100.00, Meta Ads=59350.00, Email=43980.00, \
         Organic=34830.00, Referral=26840.00"
    );
    assert_eq!(
        channels(Model::LastTouch),
        "Google Ads=108870.00, Email=84660.00, Meta Ads=50510.00, LinkedIn Ads=50090.00, \
         Referral=21250.00, Organic=7550.00"
    );
}

/// One owner per rule (issue 11): the checklist and the velocity section read the same
/// stagnating leads and the same acceptance rule, and an edited limit reaches both.
#[test]
fn demo_sections_agree_on_each_rule_and_follow_edited_limits() {
    use marketing_audit::engine::metrics::funnel::StageKind;
    use marketing_audit::engine::review::checklist::{RuleId, Severity};
    use marketing_audit::engine::review::report;
    use marketing_audit::engine::review::schedule::ReviewRule;
    let inputs = demo_inputs();
    let summary = |settings: &Settings| {
        let audit = run(&inputs, settings);
        let report = report::build(&inputs, &audit, settings);
        let finding = |rule| {
            report
                .findings
                .iter()
                .find(|f| f.rule == rule)
                .cloned()
                .expect("a finding")
        };
        let v = audit.velocity.as_ref().expect("the demo has velocity");
        let stagnating = finding(RuleId::StagnatingLeads);
        assert_eq!(stagnating.evidence.len(), v.stagnant.len());
        assert_eq!(stagnating.checked as u64, v.watched);
        let rate = v.conversion.acceptance.as_ref().and_then(|a| a.rate);
        let alarm = settings.thresholds.acceptance_too_low(rate);
        let trigger = report
            .reviews
            .iter()
            .any(|r| r.rule == ReviewRule::ScoringTrigger);
        (
            v.stagnant.len(),
            finding(RuleId::MqlAcceptance).severity,
            alarm,
            trigger,
        )
    };
    let defaults = Settings::default();
    // A rate needs its denominator known per group: only won deals know their segment,
    // so lead → customer and MQL → SQL rates are not split by segment, while customers
    // and revenue are (and the rates by source, which every lead knows, stay).
    let audit = run(&inputs, &defaults);
    let by_segment = |m: MetricId| !audit.groups(Dimension::Segment, m).is_empty();
    for m in [MetricId::LeadToCustomerRate, MetricId::MqlToSqlRate] {
        assert!(!by_segment(m), "{m:?} split by segment");
    }
    for m in [MetricId::Customers, MetricId::DealRevenue] {
        assert!(by_segment(m), "{m:?} not split by segment");
    }
    assert!(!audit
        .groups(Dimension::Source, MetricId::LeadToCustomerRate)
        .is_empty());
    let (stagnating, acceptance, alarm, trigger) = summary(&defaults);
    assert!(stagnating > 100, "{stagnating}");
    assert_eq!(
        (acceptance, alarm, trigger),
        (Severity::Critical, false, true)
    );

    // Longer stage limits: fewer stagnating leads, in both sections.
    let mut patient = Settings::default();
    for (_, days) in &mut patient.audit.stagnation_days {
        *days *= 4;
    }
    let (fewer, ..) = summary(&patient);
    assert!(fewer < stagnating, "{fewer} vs {stagnating}");
    // No limit on the Lead stage: only MQL, SQL and opportunity leads can stagnate.
    let mut no_lead_limit = Settings::default();
    no_lead_limit
        .audit
        .stagnation_days
        .retain(|(k, _)| *k != StageKind::Lead);
    let (without_leads, ..) = summary(&no_lead_limit);
    assert!(without_leads < stagnating);

    // A lower acceptance minimum clears the checklist and the schedule's trigger.
    let mut lenient = Settings::default();
    lenient.thresholds.mql_acceptance_minimum = 0.2;
    let (_, acceptance, alarm, trigger) = summary(&lenient);
    assert_eq!((acceptance, alarm, trigger), (Severity::Pass, false, false));
    // A higher one raises the velocity section's alarm too.
    let mut strict = Settings::default();
    strict.thresholds.mql_acceptance_minimum = 0.9;
    let (_, acceptance, alarm, trigger) = summary(&strict);
    assert_eq!(
        (acceptance, alarm, trigger),
        (Severity::Critical, true, true)
    );
}
