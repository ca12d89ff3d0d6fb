//! The review schedule: when each marketing-automation program is next due for review,
//! from its type, set-up date and last review, as of the reporting date.
//!
//! The cadences are the audit guides' (see [`Cadences`]): nurture every 90 days;
//! automation rules 30 days after set-up, then every 90; scoring rules every quarter,
//! twice a year once tuned, and at once when more than half of MQLs are not accepted;
//! lead assignment every quarter, or every median sales cycle when that is longer;
//! content as one group every 90 days.

use crate::engine::import::field::{Field, FileKind};
use crate::engine::import::ingest::Ingested;
use crate::engine::metrics::config::Cadences;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// The kinds of program the guides schedule differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProgramType {
    /// Nurture programs and drip campaigns.
    Nurture,
    /// Automation rules, workflows, triggers.
    AutomationRule,
    /// Lead scoring models and rules.
    ScoringRule,
    /// Lead assignment and routing.
    LeadAssignment,
    /// Content: blog posts, case studies, landing pages, assets.
    Content,
    /// Anything else.
    Other,
}

/// Classifies a program type as written in the inventory.
pub fn classify(text: &str) -> ProgramType {
    let t = text.to_lowercase();
    let has = |w: &str| t.contains(w);
    if has("nurtur") || has("drip") {
        ProgramType::Nurture
    } else if has("scor") {
        ProgramType::ScoringRule
    } else if has("assign") || has("routing") || has("round robin") {
        ProgramType::LeadAssignment
    } else if has("automation") || has("workflow") || has("rule") || has("trigger") {
        ProgramType::AutomationRule
    } else if has("content") || has("blog") || has("asset") || has("case stud") || has("landing") {
        ProgramType::Content
    } else {
        ProgramType::Other
    }
}

/// One program of the inventory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Program {
    /// Its name.
    pub name: String,
    /// Its type.
    pub kind: ProgramType,
    /// When it was set up.
    pub setup: Option<NaiveDate>,
    /// When it was last reviewed.
    pub last_review: Option<NaiveDate>,
    /// Who owns it.
    pub owner: Option<String>,
    /// For scoring rules: tuned, so reviewed twice a year instead of quarterly.
    pub tuned: bool,
    /// The baseline the inventory records for the program, as written (a number).
    #[serde(default)]
    pub baseline: Option<String>,
}

/// Reads the programs of every inventory file.
pub fn programs<I: std::borrow::Borrow<Ingested>>(inputs: &[I]) -> Vec<Program> {
    let mut out = Vec::new();
    for input in inputs
        .iter()
        .map(std::borrow::Borrow::borrow)
        .filter(|i| i.kind == FileKind::Programs)
    {
        let t = &input.table;
        let Some(names) = t.text(Field::Program) else {
            continue;
        };
        let text = |f: Field, row: usize| t.text(f).and_then(|c| c.get(row).map(str::to_owned));
        let date = |f: Field, row: usize| t.date(f).and_then(|c| c.get(row)).map(|d| d.date());
        for (row, name) in names.iter().enumerate() {
            let Some(name) = name else { continue };
            out.push(Program {
                name: name.to_owned(),
                kind: classify(&text(Field::ProgramType, row).unwrap_or_default()),
                setup: date(Field::SetupDate, row),
                last_review: date(Field::LastReview, row),
                owner: text(Field::Owner, row),
                tuned: false,
                baseline: t
                    .number(Field::Baseline)
                    .and_then(|c| c.get(row))
                    .map(|d| d.normalize().to_string()),
            });
        }
    }
    out
}

/// Which cadence rule set a review date. The UI words the rationale of each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewRule {
    /// Nurture: every `nurture` days.
    Nurture,
    /// Automation rule, never reviewed: `automation_first` days after set-up.
    AutomationFirst,
    /// Automation rule: every `automation` days.
    Automation,
    /// Scoring rule, not yet tuned: every quarter.
    Scoring,
    /// Scoring rule, tuned: twice a year.
    ScoringTuned,
    /// Scoring rule: at once, because MQL acceptance fell below the threshold.
    ScoringTrigger,
    /// Lead assignment: every quarter.
    Assignment,
    /// Lead assignment: every median sales cycle, longer than a quarter.
    AssignmentSalesCycle,
    /// Content, as one group.
    ContentGroup,
    /// Any other program.
    Other,
    /// Neither set-up date nor last review is known: review now to start the clock.
    Unknown,
}

/// Whether a review is late.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Status {
    /// Past its date.
    Overdue {
        /// Days late.
        days: i64,
    },
    /// Within the due-soon window.
    DueSoon {
        /// Days left.
        days: i64,
    },
    /// Later.
    Scheduled {
        /// Days left.
        days: i64,
    },
}

/// One line of the schedule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// The program's name (for the content group: every item, comma-separated).
    pub program: String,
    /// Its type.
    pub kind: ProgramType,
    /// Its owner.
    pub owner: Option<String>,
    /// Its baseline, when the inventory records one (not for the content group).
    #[serde(default)]
    pub baseline: Option<String>,
    /// Its last review (or, for a group, the oldest one).
    pub last_review: Option<NaiveDate>,
    /// When it is next due.
    pub due: NaiveDate,
    /// The rule that set the date.
    pub rule: ReviewRule,
    /// Late, soon, or later, as of the reporting date.
    pub status: Status,
}

/// What the schedule needs from the rest of the audit.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Signals {
    /// MQL → SQL acceptance below its threshold in the current period.
    pub scoring_trigger: bool,
    /// Median sales cycle in days, when measured.
    pub sales_cycle_days: Option<i64>,
}

/// Computes every program's next review as of `as_of`, latest-due last.
pub fn schedule(
    programs: &[Program],
    as_of: NaiveDate,
    cadences: &Cadences,
    signals: Signals,
) -> Vec<Review> {
    let mut out: Vec<Review> = programs
        .iter()
        .filter(|p| p.kind != ProgramType::Content)
        .map(|p| review_of(p, as_of, cadences, signals))
        .collect();
    let content: Vec<&Program> = programs
        .iter()
        .filter(|p| p.kind == ProgramType::Content)
        .collect();
    if !content.is_empty() {
        // The group is as fresh as its stalest item.
        let oldest = content
            .iter()
            .filter_map(|p| p.last_review.or(p.setup))
            .min();
        let names: Vec<&str> = content.iter().map(|p| p.name.as_str()).collect();
        let owners: Vec<&str> = content.iter().filter_map(|p| p.owner.as_deref()).collect();
        let (due, rule) = match oldest {
            Some(d) => (add(d, cadences.content), ReviewRule::ContentGroup),
            None => (as_of, ReviewRule::Unknown),
        };
        out.push(Review {
            program: names.join(", "),
            kind: ProgramType::Content,
            owner: (!owners.is_empty()).then(|| dedup(owners).join(", ")),
            baseline: None,
            last_review: oldest,
            due,
            rule,
            status: status(due, as_of, cadences),
        });
    }
    out.sort_by(|a, b| a.due.cmp(&b.due).then(a.program.cmp(&b.program)));
    out
}

fn dedup(mut v: Vec<&str>) -> Vec<&str> {
    v.sort_unstable();
    v.dedup();
    v
}

fn review_of(p: &Program, as_of: NaiveDate, c: &Cadences, signals: Signals) -> Review {
    let last = p.last_review;
    let base = last.or(p.setup);
    let (due, rule) = match (p.kind, base) {
        (ProgramType::ScoringRule, _) if signals.scoring_trigger => {
            (as_of, ReviewRule::ScoringTrigger)
        }
        (_, None) => (as_of, ReviewRule::Unknown),
        (ProgramType::Nurture, Some(b)) => (add(b, c.nurture), ReviewRule::Nurture),
        (ProgramType::AutomationRule, Some(b)) => match (last, p.setup) {
            (None, Some(setup)) => (add(setup, c.automation_first), ReviewRule::AutomationFirst),
            _ => (add(b, c.automation), ReviewRule::Automation),
        },
        (ProgramType::ScoringRule, Some(b)) if p.tuned => {
            (add(b, c.scoring_tuned), ReviewRule::ScoringTuned)
        }
        (ProgramType::ScoringRule, Some(b)) => (add(b, c.scoring), ReviewRule::Scoring),
        (ProgramType::LeadAssignment, Some(b)) => match signals.sales_cycle_days {
            Some(cycle) if cycle > c.assignment => {
                (add(b, cycle), ReviewRule::AssignmentSalesCycle)
            }
            _ => (add(b, c.assignment), ReviewRule::Assignment),
        },
        (ProgramType::Content, Some(b)) => (add(b, c.content), ReviewRule::ContentGroup),
        (ProgramType::Other, Some(b)) => (add(b, c.other), ReviewRule::Other),
    };
    Review {
        program: p.name.clone(),
        kind: p.kind,
        owner: p.owner.clone(),
        baseline: p.baseline.clone(),
        last_review: last,
        due,
        rule,
        status: status(due, as_of, c),
    }
}

fn add(date: NaiveDate, days: i64) -> NaiveDate {
    date.checked_add_days(Days::new(days.max(0).unsigned_abs()))
        .unwrap_or(date)
}

fn status(due: NaiveDate, as_of: NaiveDate, c: &Cadences) -> Status {
    let days = (due - as_of).num_days();
    if days < 0 {
        Status::Overdue { days: -days }
    } else if days <= c.due_soon {
        Status::DueSoon { days }
    } else {
        Status::Scheduled { days }
    }
}

/// The schedule as an iCalendar file (RFC 5545): one all-day event per review, so the
/// dates land in the user's calendar. `stamp` is the reporting date (the engine has no
/// clock); `describe` words each review.
pub fn to_ics(
    reviews: &[Review],
    stamp: NaiveDate,
    describe: impl Fn(&Review) -> (String, String),
) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//marketing-audit//review schedule//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
    ];
    for r in reviews {
        let (summary, description) = describe(r);
        let next_day = add(r.due, 1);
        lines.push("BEGIN:VEVENT".to_owned());
        lines.push(format!(
            "UID:{}-{}@marketing-audit",
            r.due.format("%Y%m%d"),
            uid_part(&r.program)
        ));
        lines.push(format!("DTSTAMP:{}T000000Z", stamp.format("%Y%m%d")));
        lines.push(format!("DTSTART;VALUE=DATE:{}", r.due.format("%Y%m%d")));
        lines.push(format!("DTEND;VALUE=DATE:{}", next_day.format("%Y%m%d")));
        lines.push(format!("SUMMARY:{}", escape(&summary)));
        lines.push(format!("DESCRIPTION:{}", escape(&description)));
        lines.push("END:VEVENT".to_owned());
    }
    lines.push("END:VCALENDAR".to_owned());
    lines
        .iter()
        .map(|l| fold(l))
        .collect::<Vec<_>>()
        .join("\r\n")
        + "\r\n"
}

/// A stable id part from a program name (FNV-1a, hex).
fn uid_part(name: &str) -> String {
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// RFC 5545 text escaping.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace('\n', "\\n")
}

/// Folds a content line at 75 octets, never inside a UTF-8 character.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a date")
    }

    fn program(kind: ProgramType, setup: &str, last: Option<&str>) -> Program {
        Program {
            name: format!("{kind:?}"),
            kind,
            setup: Some(day(setup)),
            last_review: last.map(day),
            owner: None,
            tuned: false,
            baseline: None,
        }
    }

    #[track_caller]
    fn check(p: Program, signals: Signals, due: &str, rule: ReviewRule, status: Status) {
        let got = schedule(&[p], day("2026-09-30"), &Cadences::default(), signals);
        assert_eq!(
            (got[0].due, got[0].rule, got[0].status),
            (day(due), rule, status)
        );
    }

    #[test]
    fn cadences_of_the_guides() {
        use ProgramType::*;
        use Status::*;
        let none = Signals::default();
        check(
            program(Nurture, "2026-01-01", Some("2026-07-10")),
            none,
            "2026-10-08",
            ReviewRule::Nurture,
            DueSoon { days: 8 },
        );
        // Automation rules: 30 days after set-up, then every 90.
        check(
            program(AutomationRule, "2026-09-10", None),
            none,
            "2026-10-10",
            ReviewRule::AutomationFirst,
            DueSoon { days: 10 },
        );
        check(
            program(AutomationRule, "2026-01-10", None),
            none,
            "2026-02-09",
            ReviewRule::AutomationFirst,
            Overdue { days: 233 },
        );
        check(
            program(AutomationRule, "2026-01-10", Some("2026-08-01")),
            none,
            "2026-10-30",
            ReviewRule::Automation,
            Scheduled { days: 30 },
        );
        // Scoring: quarterly, twice a year once tuned, at once when MQLs are rejected.
        check(
            program(ScoringRule, "2025-01-01", Some("2026-06-01")),
            none,
            "2026-08-30",
            ReviewRule::Scoring,
            Overdue { days: 31 },
        );
        let tuned = Program {
            tuned: true,
            ..program(ScoringRule, "2025-01-01", Some("2026-06-01"))
        };
        check(
            tuned,
            none,
            "2026-11-30",
            ReviewRule::ScoringTuned,
            Scheduled { days: 61 },
        );
        let trigger = Signals {
            scoring_trigger: true,
            ..none
        };
        check(
            program(ScoringRule, "2025-01-01", Some("2026-09-01")),
            trigger,
            "2026-09-30",
            ReviewRule::ScoringTrigger,
            DueSoon { days: 0 },
        );
        // Assignment: quarterly, or every sales cycle when that is longer.
        check(
            program(LeadAssignment, "2025-01-01", Some("2026-08-01")),
            none,
            "2026-10-30",
            ReviewRule::Assignment,
            Scheduled { days: 30 },
        );
        let long_cycle = Signals {
            sales_cycle_days: Some(120),
            ..none
        };
        check(
            program(LeadAssignment, "2025-01-01", Some("2026-08-01")),
            long_cycle,
            "2026-11-29",
            ReviewRule::AssignmentSalesCycle,
            Scheduled { days: 60 },
        );
        let short_cycle = Signals {
            sales_cycle_days: Some(40),
            ..none
        };
        check(
            program(LeadAssignment, "2025-01-01", Some("2026-08-01")),
            short_cycle,
            "2026-10-30",
            ReviewRule::Assignment,
            Scheduled { days: 30 },
        );
        let unknown = Program {
            setup: None,
            ..program(Other, "2025-01-01", None)
        };
        check(
            unknown,
            none,
            "2026-09-30",
            ReviewRule::Unknown,
            DueSoon { days: 0 },
        );
    }

    #[test]
    fn content_is_one_group_as_old_as_its_stalest_item() {
        let items = [
            Program {
                name: "Blog".into(),
                owner: Some("Ana".into()),
                ..program(ProgramType::Content, "2025-01-01", Some("2026-08-01"))
            },
            Program {
                name: "Case studies".into(),
                owner: Some("Ana".into()),
                ..program(ProgramType::Content, "2025-01-01", Some("2026-05-01"))
            },
        ];
        let got = schedule(
            &items,
            day("2026-09-30"),
            &Cadences::default(),
            Signals::default(),
        );
        assert_eq!(got.len(), 1);
        assert_eq!(
            (got[0].program.as_str(), got[0].owner.as_deref()),
            ("Blog, Case studies", Some("Ana"))
        );
        assert_eq!(
            (got[0].due, got[0].status),
            (day("2026-07-30"), Status::Overdue { days: 62 })
        );
    }

    #[test]
    fn inventory_baselines_are_read() {
        use crate::engine::import::ingest::{ingest, Overrides};
        let file = ingest(
            "programs.csv",
            b"Program,Type,Set-up date,Last review,Owner,Baseline\nWelcome,nurture,2026-01-01,2026-06-01,Ana,0.42\nRouting,lead assignment,2026-01-01,,Bo,\n",
            &Overrides::default(),
        )
        .expect("ingests");
        assert_eq!(file.kind, crate::engine::import::field::FileKind::Programs);
        let programs = programs(&[&file]);
        assert_eq!(programs[0].baseline.as_deref(), Some("0.42"));
        assert_eq!(programs[1].baseline, None);
        let reviews = schedule(
            &programs,
            day("2026-09-30"),
            &Cadences::default(),
            Signals::default(),
        );
        assert!(reviews
            .iter()
            .any(|r| r.program == "Welcome" && r.baseline.as_deref() == Some("0.42")));
    }

    #[test]
    fn program_types() {
        for (text, kind) in [
            ("nurture", ProgramType::Nurture),
            ("Drip campaign", ProgramType::Nurture),
            ("automation rule", ProgramType::AutomationRule),
            ("Workflow", ProgramType::AutomationRule),
            ("scoring rule", ProgramType::ScoringRule),
            ("Lead scoring", ProgramType::ScoringRule),
            ("lead assignment", ProgramType::LeadAssignment),
            ("Routing", ProgramType::LeadAssignment),
            ("content", ProgramType::Content),
            ("Blog", ProgramType::Content),
            ("webinar", ProgramType::Other),
        ] {
            assert_eq!(classify(text), kind, "{text}");
        }
    }

    #[test]
    fn ics_is_valid_icalendar() {
        let review = Review {
            baseline: None,
            program: "Welcome nurture, EU; \"new\"".into(),
            kind: ProgramType::Nurture,
            owner: None,
            last_review: None,
            due: day("2026-10-08"),
            rule: ReviewRule::Nurture,
            status: Status::DueSoon { days: 8 },
        };
        let long = "x".repeat(100);
        let ics = to_ics(&[review], day("2026-09-30"), |r| {
            (format!("Review: {}", r.program), long.clone())
        });
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20261008\r\nDTEND;VALUE=DATE:20261009\r\n"));
        assert!(ics.contains("SUMMARY:Review: Welcome nurture\\, EU\\; \"new\"\r\n"));
        assert!(ics.contains("DTSTAMP:20260930T000000Z"));
        // Every physical line fits in 75 octets; folded lines start with a space.
        assert!(ics.split("\r\n").all(|l| l.len() <= 75));
        assert!(ics.contains("\r\n x"));
        assert!(!ics.replace("\r\n", "").contains('\n'));
    }

    #[test]
    fn folding_never_splits_a_character() {
        let line = "é".repeat(80);
        let folded = fold(&line);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", ""), line);
    }
}
