//! The audit document beyond the figures: the review schedule, the checklist, and the
//! audit triggers, built from the files, the computed audit and the settings.

use crate::engine::import::ingest::Ingested;
use crate::engine::metrics::attribution::{self, Attribution};
use crate::engine::metrics::audit::Audit;
use crate::engine::metrics::period::{Bucket, Period};
use crate::engine::review::checklist::{self, Finding};
use crate::engine::review::schedule::{self, Review, Signals};
use crate::engine::review::settings::Settings;
use serde::{Deserialize, Serialize};
use std::borrow::Borrow;

/// Events that call for an audit besides the calendar (the guides' list).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Trigger {
    /// Switching marketing-automation tools: capture the old tool's data first.
    SwitchingTools,
    /// Trying a new strategy: set the baseline before it starts.
    NewStrategy,
    /// The end of a quarter.
    QuarterEnd,
}

impl Trigger {
    /// Every trigger.
    pub const ALL: [Trigger; 3] = [
        Trigger::SwitchingTools,
        Trigger::NewStrategy,
        Trigger::QuarterEnd,
    ];

    /// The stable id.
    pub fn id(self) -> &'static str {
        match self {
            Trigger::SwitchingTools => "switching_tools",
            Trigger::NewStrategy => "new_strategy",
            Trigger::QuarterEnd => "quarter_end",
        }
    }
}

/// Days before a quarter's last day from which "quarter end" is raised by itself.
pub const QUARTER_END_WINDOW_DAYS: i64 = 14;

/// The schedule, the checklist and the triggers of one audit.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Program reviews, soonest first.
    pub reviews: Vec<Review>,
    /// One finding per checklist rule.
    pub findings: Vec<Finding>,
    /// Triggers in force: the user's, plus quarter end when the reporting date is near it.
    pub triggers: Vec<Trigger>,
    /// The median sales cycle used by the schedule, in days.
    pub sales_cycle_days: Option<i64>,
    /// Revenue attribution, when a touchpoints file and won deals are loaded.
    pub attribution: Option<Attribution>,
}

/// Builds the report.
pub fn build<I: Borrow<Ingested>>(inputs: &[I], audit: &Audit, settings: &Settings) -> Report {
    let inputs: Vec<&Ingested> = inputs.iter().map(Borrow::borrow).collect();
    let mut triggers = settings.triggers.clone();
    if let Some(as_of) = audit.as_of {
        let end = Period::of(Bucket::Quarter, as_of).end();
        if (end - as_of).num_days() <= QUARTER_END_WINDOW_DAYS
            && !triggers.contains(&Trigger::QuarterEnd)
        {
            triggers.push(Trigger::QuarterEnd);
        }
    }
    // Attribution divides won revenue: none while a deals file has deals of unclassified
    // outcome.
    let attribution = audit
        .crm
        .as_ref()
        .filter(|join| join.unclassified.is_empty())
        .and_then(|join| attribution::from_inputs(&inputs, join, &settings.audit.attribution));
    let sales_cycle_days = audit
        .velocity
        .as_ref()
        .and_then(|v| v.sales_cycle.total.median)
        .map(|d| d.round() as i64);
    let reviews = match audit.as_of {
        Some(as_of) => {
            let mut programs = schedule::programs(&inputs);
            programs.extend(settings.programs.iter().cloned());
            for p in &mut programs {
                p.tuned = settings.tuned.contains(&p.name);
            }
            let signals = Signals {
                scoring_trigger: checklist::scoring_trigger(audit, &settings.thresholds),
                sales_cycle_days,
            };
            schedule::schedule(&programs, as_of, &settings.cadences, signals)
        }
        None => Vec::new(),
    };
    let cx = checklist::Context {
        audit,
        inputs: &inputs,
        thresholds: &settings.thresholds,
        pinned: &settings.pinned,
        reviews: &reviews,
    };
    let findings = checklist::run(&cx);
    Report {
        reviews,
        findings,
        triggers,
        sales_cycle_days,
        attribution,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::import::ingest::{ingest, Overrides};

    #[test]
    fn programs_entered_in_the_page_are_scheduled_too() {
        use crate::engine::review::schedule::{Program, ProgramType, ReviewRule};
        let ads = ingest(
            "a.csv",
            b"Date,Spend\n2026-08-01,1\n",
            &Overrides::default(),
        )
        .expect("ingests");
        let settings = Settings {
            programs: vec![Program {
                name: "Trial nurture".into(),
                kind: ProgramType::Nurture,
                setup: chrono::NaiveDate::from_ymd_opt(2026, 1, 1),
                last_review: chrono::NaiveDate::from_ymd_opt(2026, 6, 1),
                owner: None,
                tuned: false,
                baseline: None,
            }],
            ..Settings::default()
        };
        let audit = crate::engine::run(&[&ads], &settings);
        let report = build(&[&ads], &audit, &settings);
        assert_eq!(report.reviews.len(), 1);
        assert_eq!(
            (
                report.reviews[0].due.to_string().as_str(),
                report.reviews[0].rule
            ),
            ("2026-08-30", ReviewRule::Nurture)
        );
    }

    #[test]
    fn quarter_end_is_raised_near_the_end_of_a_quarter() {
        let near = ingest(
            "a.csv",
            b"Date,Spend\n2026-09-20,1\n",
            &Overrides::default(),
        )
        .expect("ingests");
        let audit = crate::engine::run(&[&near], &Settings::default());
        assert_eq!(
            build(&[&near], &audit, &Settings::default()).triggers,
            vec![Trigger::QuarterEnd]
        );
        let far = ingest(
            "a.csv",
            b"Date,Spend\n2026-08-01,1\n",
            &Overrides::default(),
        )
        .expect("ingests");
        let audit = crate::engine::run(&[&far], &Settings::default());
        assert!(build(&[&far], &audit, &Settings::default())
            .triggers
            .is_empty());
    }

    #[test]
    fn sales_cycle_median_leaves_out_deals_won_before_first_contact() {
        let leads = ingest(
            "l.csv",
            b"Lead ID,Created date\nA,2026-01-01\nB,2026-01-01\nC,2026-03-01\nD,2026-01-01\n",
            &Overrides::default(),
        )
        .expect("ingests");
        let deals = ingest(
            "d.csv",
            b"Lead ID,Won date\nA,2026-01-11\nB,2026-01-31\nC,2026-02-01\nD,2026-02-20\n",
            &Overrides::default(),
        )
        .expect("ingests");
        // A 10 days, B 30, D 50; C was won before its first contact and is left out.
        let audit = crate::engine::run(&[&leads, &deals], &Settings::default());
        assert_eq!(
            build(&[&leads, &deals], &audit, &Settings::default()).sales_cycle_days,
            Some(30)
        );
    }
}
