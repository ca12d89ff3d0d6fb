//! Every locale has words for every id, and every template names the same values in
//! every language.

use super::*;
use crate::ui::locale::Plural;
use std::collections::BTreeSet;

/// The `{names}` a template fills.
fn placeholders(template: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        out.insert(after[..close].to_owned());
        rest = &after[close + 1..];
    }
    out
}

fn formulas() -> Vec<Formulas> {
    let mut out = Vec::new();
    for email_base in [EmailBase::Delivered, EmailBase::Sent] {
        for engagement_base in [EngagementBase::Impressions, EngagementBase::Followers] {
            out.push(Formulas {
                email_base,
                engagement_base,
                ..Formulas::default()
            });
        }
    }
    out
}

#[test]
fn no_locale_leaves_a_label_empty() {
    for loc in Locale::ALL {
        let mut words: Vec<(String, &str)> = Vec::new();
        for m in MetricId::ALL {
            words.push((format!("{m:?} label"), metric_label(loc, m)));
            for f in formulas() {
                words.push((format!("{m:?} formula"), metric_formula(loc, m, f)));
            }
        }
        for k in FileKind::ALL {
            words.push((format!("{k:?}"), kind_label(loc, k)));
        }
        for d in Dimension::ALL {
            words.push((format!("{d:?}"), dimension_label(loc, d)));
        }
        for f in Field::ALL {
            words.push((format!("{f:?}"), field_label(loc, f)));
        }
        let settings = Settings::default();
        let rules: Vec<(String, String)> = RuleId::ALL
            .iter()
            .flat_map(|&r| {
                [
                    (format!("{r:?} title"), rule_title(loc, r, &settings)),
                    (format!("{r:?} source"), rule_source(loc, r, &settings)),
                ]
            })
            .collect();
        for (what, sentence) in &rules {
            assert!(
                !sentence.contains('{'),
                "{loc:?}: {what} left a placeholder: {sentence}"
            );
        }
        words.extend(rules.iter().map(|(what, s)| (what.clone(), s.as_str())));
        for b in Bucket::ALL {
            words.push((format!("{b:?}"), bucket_label(loc, b)));
        }
        for o in Outcome::ALL {
            words.push((format!("{o:?}"), outcome_label(loc, o)));
        }
        for s in StageKind::ALL {
            words.push((format!("{s:?}"), stage_label(loc, s)));
        }
        for t in Trigger::ALL {
            words.push((format!("{t:?} label"), trigger_label(loc, t)));
            words.push((format!("{t:?} advice"), trigger_advice(loc, t)));
        }
        for m in Model::ALL {
            words.push((format!("{m:?}"), model_label(loc, m)));
        }
        for s in [
            Severity::NotApplicable,
            Severity::Pass,
            Severity::Info,
            Severity::Warning,
            Severity::Critical,
        ] {
            words.push((format!("{s:?}"), severity_label(loc, s)));
        }
        for u in Ui::ALL {
            words.push((format!("{u:?}"), ui(loc, u)));
        }
        for (what, word) in words {
            assert!(!word.trim().is_empty(), "{loc:?}: {what} is empty");
            assert!(!word.contains("  "), "{loc:?}: {what} has a double space");
        }
    }
}

/// One issue of every kind, with `n` wherever it holds a count.
fn issues(n: usize) -> Vec<IssueKind> {
    let s = |v: &str| v.to_owned();
    vec![
        IssueKind::NotANumber,
        IssueKind::NotADate,
        IssueKind::NegativeCount,
        IssueKind::TooManyCells {
            expected: 3,
            found: n,
        },
        IssueKind::TooFewCells {
            expected: 30,
            found: n,
        },
        IssueKind::SummaryRow,
        IssueKind::EmptyRow,
        IssueKind::TotalByArithmetic,
        IssueKind::SubtotalByArithmetic { rows: n },
        IssueKind::SubtotalsAsRows,
        IssueKind::MixedCurrencies { currencies: n },
        IssueKind::PartsSummed {
            field: s("bounces"),
            parts: vec![s("hard_bounces"), s("soft_bounces")],
        },
        IssueKind::SheetRead { sheet: s("Data") },
        IssueKind::SheetNotRead { sheet: s("Notes") },
        IssueKind::MemberRead {
            member: s("export/ads.csv"),
        },
        IssueKind::MemberNotRead {
            member: s("export/email.csv"),
        },
        IssueKind::TotalLabelIsData,
        IssueKind::BelowTotal,
        IssueKind::MoneyLine,
        IssueKind::TotalAgrees,
        IssueKind::TotalDiffers {
            ours: s("10"),
            theirs: s("12"),
        },
        IssueKind::ColumnsNotMatched {
            columns: n,
            matched: 2,
        },
        IssueKind::NoteLine,
        IssueKind::AfterTable,
        IssueKind::StatedPeriod {
            from: s("2026-01-01"),
            to: s("2026-03-31"),
        },
        IssueKind::TitleLines { count: n as u64 },
        IssueKind::EncodingFallback,
        IssueKind::UndecodableBytes { count: n },
        IssueKind::Malformed { detail: s("x") },
        IssueKind::UnclosedQuote,
        IssueKind::DateOrderAssumed { day_first: true },
        IssueKind::DateOrderAssumed { day_first: false },
        IssueKind::DecimalMarkAssumed { mark: ',' },
        IssueKind::MappingUndone {
            field: s("spend"),
            fitting: 1,
            not_fitting: n,
        },
        IssueKind::MixedResults {
            indicator: s("Result indicator"),
            kinds: n,
        },
        IssueKind::UnmappedColumn,
        IssueKind::RepeatedHeader { first: n },
        IssueKind::HeadersGenerated { columns: n },
        IssueKind::UnknownOrderStatus {
            statuses: vec![s("x")],
            rows: n as u64,
        },
        IssueKind::RowsWithoutCustomer { count: n as u64 },
        IssueKind::UnclassifiedOutcome {
            value: s(""),
            rows: n as u64,
        },
        IssueKind::OutcomeAssumed,
        IssueKind::ExcelDamage {
            count: n as u64,
            examples: vec![s("01-May")],
        },
    ]
}

const COUNTS: [usize; 8] = [0, 1, 2, 11, 21, 101, 111, 120];

#[test]
fn issue_templates_name_the_same_values_in_every_locale() {
    for n in COUNTS {
        for k in issues(n) {
            let named = placeholders(en::issue(&k));
            let filled: BTreeSet<_> = issue_args(Locale::En, &k)
                .into_iter()
                .map(|(name, _)| name.to_owned())
                .collect();
            assert_eq!(
                named, filled,
                "en {k:?}: the template and its values differ"
            );
            for (loc, template) in [
                (Locale::Fr, fr::issue(&k)),
                (Locale::Is, is::issue(&k)),
                (Locale::Ro, ro::issue(&k)),
            ] {
                assert_eq!(placeholders(template), named, "{loc:?} {k:?}");
                assert!(!issue_message(loc, &k).contains('{'), "{loc:?} {k:?}");
            }
        }
    }
}

#[test]
fn review_and_model_templates_name_the_same_values_in_every_locale() {
    use crate::ui::locale::Plural;
    let rules = [
        ReviewRule::Nurture,
        ReviewRule::AutomationFirst,
        ReviewRule::Automation,
        ReviewRule::Scoring,
        ReviewRule::ScoringTuned,
        ReviewRule::ScoringTrigger,
        ReviewRule::Assignment,
        ReviewRule::AssignmentSalesCycle,
        ReviewRule::ContentGroup,
        ReviewRule::Other,
        ReviewRule::Unknown,
    ];
    for form in [Plural::One, Plural::Few, Plural::Many] {
        for r in rules {
            let named = placeholders(en::review(r, form));
            // A sentence names its days when the rule has some, and the scoring
            // trigger names the acceptance minimum instead.
            assert_eq!(
                named.contains("days"),
                review_days(r, &Cadences::default(), None).is_some(),
                "{r:?}"
            );
            assert_eq!(
                named.contains("min"),
                r == ReviewRule::ScoringTrigger,
                "{r:?}"
            );
            for (loc, t) in [
                (Locale::Fr, fr::review(r, form)),
                (Locale::Is, is::review(r, form)),
                (Locale::Ro, ro::review(r, form)),
            ] {
                assert_eq!(placeholders(t), named, "{loc:?} {r:?} {form:?}");
            }
        }
        for m in Model::ALL {
            let named = placeholders(en::model(m, form));
            for (loc, t) in [
                (Locale::Fr, fr::model(m, form)),
                (Locale::Is, is::model(m, form)),
                (Locale::Ro, ro::model(m, form)),
            ] {
                assert_eq!(placeholders(t), named, "{loc:?} {m:?} {form:?}");
            }
        }
    }
}

#[track_caller]
fn check(loc: Locale, k: IssueKind, expected: &str) {
    assert_eq!(issue_message(loc, &k), expected);
}

#[test]
fn counts_take_the_plural_of_their_language() {
    let lines = |count| IssueKind::TitleLines { count };
    check(
        Locale::En,
        lines(2),
        "2 line(s) above the header (a report title) were skipped.",
    );
    check(
        Locale::Fr,
        lines(1),
        "1 ligne au-dessus de l'en-tête (un titre de rapport) a été ignorée.",
    );
    check(
        Locale::Fr,
        lines(0),
        "0 ligne au-dessus de l'en-tête (un titre de rapport) a été ignorée.",
    );
    check(
        Locale::Fr,
        lines(2),
        "2 lignes au-dessus de l'en-tête (un titre de rapport) ont été ignorées.",
    );
    check(
        Locale::Is,
        lines(21),
        "21 lína fyrir ofan fyrirsögnina (titill skýrslu) var hunsuð.",
    );
    check(
        Locale::Is,
        lines(11),
        "11 línur fyrir ofan fyrirsögnina (titill skýrslu) voru hunsaðar.",
    );
    check(
        Locale::Ro,
        lines(1),
        "1 rând de deasupra antetului (un titlu de raport) a fost omis.",
    );
    check(
        Locale::Ro,
        lines(19),
        "19 rânduri de deasupra antetului (un titlu de raport) au fost omise.",
    );
    check(
        Locale::Ro,
        lines(20),
        "20 de rânduri de deasupra antetului (un titlu de raport) au fost omise.",
    );
    check(
        Locale::Ro,
        lines(101),
        "101 rânduri de deasupra antetului (un titlu de raport) au fost omise.",
    );
    check(
        Locale::Ro,
        lines(1200),
        "1.200 de rânduri de deasupra antetului (un titlu de raport) au fost omise.",
    );
    check(
        Locale::Fr,
        lines(1200),
        "1\u{202F}200 lignes au-dessus de l'en-tête (un titre de rapport) ont été ignorées.",
    );
    let blank = IssueKind::UnclassifiedOutcome {
        value: String::new(),
        rows: 3,
    };
    assert!(issue_message(Locale::Fr, &blank).starts_with("L'étape (vide) (3 lignes)"));
    let named = IssueKind::UnclassifiedOutcome {
        value: "Parked".to_owned(),
        rows: 1,
    };
    assert!(issue_message(Locale::En, &named).starts_with("The stage \"Parked\" (1 row(s))"));
}

#[test]
fn rule_sentences_name_the_same_values_in_every_language() {
    for r in RuleId::ALL {
        let title = placeholders(en::rule_title(r));
        let source = placeholders(en::rule_source(r));
        for loc in Locale::ALL {
            assert_eq!(
                placeholders(per_locale!(loc, rule_title(r))),
                title,
                "{loc:?} {r:?}"
            );
            assert_eq!(
                placeholders(per_locale!(loc, rule_source(r))),
                source,
                "{loc:?} {r:?}"
            );
        }
    }
    for loc in Locale::ALL {
        assert!(ui(loc, Ui::MqlAlarm).contains("{min}"), "{loc:?}");
    }
}

/// Every threshold the page can edit, changed: each sentence that states it says the
/// new value, in every language (STYLE habit 15).
#[test]
fn rule_sentences_print_the_thresholds_in_force() {
    let mut s = Settings::default();
    s.thresholds.bounce_warning = 0.037;
    s.thresholds.bounce_critical = 0.081;
    s.thresholds.spam_warning = 0.0017;
    s.thresholds.spam_critical = 0.0043;
    s.thresholds.unsubscribe_warning = 0.0064;
    s.thresholds.ltv_to_cac_minimum = 4.5;
    s.thresholds.mql_acceptance_minimum = 0.37;
    s.thresholds.short_term_relative = 0.27;
    s.thresholds.short_term_points = 0.025;
    s.thresholds.min_days = 47;
    s.audit.stagnation_days = vec![
        (StageKind::Lead, 33),
        (StageKind::Mql, 11),
        (StageKind::Sql, 22),
        (StageKind::Opportunity, 55),
    ];
    let both = |loc, r| format!("{} {}", rule_title(loc, r, &s), rule_source(loc, r, &s));
    for (r, en, fr) in [
        (
            RuleId::BounceRate,
            ["3.7%", "8.1%"],
            ["3,7\u{202F}%", "8,1\u{202F}%"],
        ),
        (
            RuleId::SpamComplaints,
            ["0.17%", "0.43%"],
            ["0,17\u{202F}%", "0,43\u{202F}%"],
        ),
        (
            RuleId::Unsubscribes,
            ["0.64%", "0.64%"],
            ["0,64\u{202F}%", "0,64\u{202F}%"],
        ),
        (RuleId::LtvToCac, ["4.5", "4.5"], ["4,5", "4,5"]),
        (
            RuleId::MqlAcceptance,
            ["37%", "37%"],
            ["37\u{202F}%", "37\u{202F}%"],
        ),
        (
            RuleId::HeadlineMove,
            ["27%", "2.5 pts"],
            ["27\u{202F}%", "2,5 pt"],
        ),
        (
            RuleId::StagnatingLeads,
            ["33 days", "55 days"],
            ["33 jours", "55 jours"],
        ),
        (
            RuleId::TooLittleData,
            ["47 days", "47 days"],
            ["47 jours", "47 jours"],
        ),
    ] {
        let (en_text, fr_text) = (both(Locale::En, r), both(Locale::Fr, r));
        for want in en {
            assert!(en_text.contains(want), "{r:?}: {want} not in {en_text}");
        }
        for want in fr {
            assert!(fr_text.contains(want), "{r:?}: {want} not in {fr_text}");
        }
        for old in [
            "2%", "5%", "0.1%", "0.3%", "0.5%", " 3 ", "50%", "20%", "14 ", "21 ", "45 ", "30 ",
        ] {
            assert!(!en_text.contains(old), "{r:?} still says {old}: {en_text}");
        }
    }
    assert_eq!(day_count(Locale::Ro, 21), "21 de zile");
    assert_eq!(day_count(Locale::Ro, 14), "14 zile");
    assert_eq!(day_count(Locale::Is, 21), "21 dagur");
    let trigger = review_rationale(Locale::En, ReviewRule::ScoringTrigger, &s, None);
    assert!(trigger.contains("37%"), "{trigger}");
}

#[test]
fn reviews_count_days_in_each_language() {
    let s = Settings::default();
    let c = s.cadences;
    let r = |loc| review_rationale(loc, ReviewRule::Other, &s, None);
    let days = c.other;
    assert_eq!(r(Locale::En), format!("Every {days} days."));
    assert!(r(Locale::Ro).starts_with("La fiecare"));
    assert_eq!(
        review_rationale(Locale::Ro, ReviewRule::AssignmentSalesCycle, &s, Some(120)),
        "Alocarea lead-urilor: la fiecare ciclu de vânzare (120 de zile, mediana măsurată), mai lung decât un trimestru."
    );
    assert_eq!(
        review_rationale(Locale::Is, ReviewRule::AssignmentSalesCycle, &s, Some(101)),
        "Úthlutun leads: einu sinni í hverju söluferli (101 dagur, mælt miðgildi), sem er lengra en ársfjórðungur."
    );
}

#[test]
fn fill_replaces_named_values() {
    let args = [("a", "1".to_owned()), ("b", "two".to_owned())];
    assert_eq!(fill("{a} and {b}, {a}", &args), "1 and two, 1");
    assert_eq!(fill("{c} stays", &args), "{c} stays");
    assert_eq!(fill("open { brace", &args), "open { brace");
    assert_eq!(fill("", &args), "");
}

#[test]
fn a_few_labels_as_marketers_say_them() {
    assert_eq!(
        metric_label(Locale::Fr, MetricId::OpenRate),
        "Taux d'ouverture"
    );
    assert_eq!(metric_label(Locale::Fr, MetricId::Cpl), "Coût par lead");
    assert_eq!(
        metric_label(Locale::Fr, MetricId::Cac),
        "Coût d'acquisition client"
    );
    assert_eq!(
        metric_label(Locale::Ro, MetricId::OpenRate),
        "Rată de deschidere"
    );
    assert_eq!(metric_label(Locale::Ro, MetricId::Ctr), "Rata de clic");
    assert_eq!(
        metric_label(Locale::Is, MetricId::OpenRate),
        "Opnunarhlutfall"
    );
    assert_eq!(
        metric_label(Locale::Is, MetricId::Roi),
        "Arðsemi fjárfestingar"
    );
    assert_eq!(metric_label(Locale::En, MetricId::OpenRate), "Open rate");
}

#[test]
fn headings_name_the_same_values_in_every_locale() {
    for h in Heading::ALL {
        let named = placeholders(en::heading(h));
        assert!(!named.is_empty(), "{h:?} has no values: make it a Ui piece");
        for (loc, t) in [
            (Locale::Fr, fr::heading(h)),
            (Locale::Is, is::heading(h)),
            (Locale::Ro, ro::heading(h)),
        ] {
            assert_eq!(placeholders(t), named, "{loc:?} {h:?}");
        }
    }
}

#[test]
fn guide_pieces_name_the_same_values_in_every_locale() {
    for g in super::Guide::ALL {
        let named = placeholders(en::guide(g));
        for (loc, t) in [
            (Locale::Fr, fr::guide(g)),
            (Locale::Is, is::guide(g)),
            (Locale::Ro, ro::guide(g)),
        ] {
            assert!(!t.trim().is_empty(), "{loc:?} {g:?} is empty");
            assert_eq!(placeholders(t), named, "{loc:?} {g:?}");
        }
    }
    for r in RuleId::ALL {
        for loc in Locale::ALL {
            assert!(!super::rule_action(loc, r).is_empty(), "{loc:?} {r:?}");
        }
    }
}

#[test]
fn chart_summaries_read_as_one_sentence() {
    use crate::engine::metrics::period::Period;
    use crate::engine::present::chart::summarise;
    let quarters: Vec<Period> = ["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]
        .iter()
        .filter_map(|l| Period::parse(l))
        .collect();
    #[track_caller]
    fn check(loc: Locale, m: MetricId, values: &[Option<f64>], periods: &[Period], want: &str) {
        let s = summarise(values).expect("two values");
        assert_eq!(super::chart_summary(loc, m, &s, periods), want);
    }
    let up = [Some(100.0), None, Some(90.0), Some(112.0)];
    check(
        Locale::En,
        MetricId::Spend,
        &up,
        &quarters,
        "Spend rose 12% from 2025-Q4 to 2026-Q3.",
    );
    check(
        Locale::Fr,
        MetricId::Spend,
        &up,
        &quarters,
        "Dépenses : en hausse de 12\u{202f}% entre T4 2025 et T3 2026.",
    );
    let ctr = [Some(0.02), Some(0.015)];
    check(
        Locale::En,
        MetricId::Ctr,
        &ctr,
        &quarters,
        "CTR fell 0.5 pts from 2025-Q4 to 2026-Q1.",
    );
    check(
        Locale::En,
        MetricId::Clicks,
        &[Some(0.0), Some(30.0)],
        &quarters,
        "Clicks went from 0 in 2025-Q4 to 30 in 2026-Q1.",
    );
}

#[test]
fn refusals_of_saved_files_are_worded_in_every_locale_with_their_values() {
    use crate::engine::present::saved::{OpenError, SheetError};
    let opens = [
        OpenError::NotASavedAudit,
        OpenError::Newer { version: 7 },
        OpenError::Damaged,
        OpenError::TooLarge,
    ];
    let sheets = [
        SheetError::NotASheet,
        SheetError::BadDate("Q3".into()),
        SheetError::RepeatedDate("2026-06-30".into()),
        SheetError::Damaged { line: 12 },
        SheetError::TooLarge,
    ];
    for loc in Locale::ALL {
        let worded: Vec<String> = opens
            .iter()
            .map(|e| open_error(loc, e))
            .chain(sheets.iter().map(|e| sheet_error(loc, e)))
            .collect();
        for w in &worded {
            assert!(!w.is_empty() && !w.contains('{'), "{loc:?}: {w}");
        }
        assert!(worded[1].contains('7'), "{loc:?}");
        assert!(worded[5].contains("Q3") && worded[6].contains("2026-06-30"));
        assert!(worded[7].contains("12"), "{loc:?}");
        // Each refusal says something different.
        let distinct: BTreeSet<&String> = worded.iter().collect();
        assert_eq!(distinct.len(), worded.len(), "{loc:?}");
    }
}

#[test]
fn sentences_name_the_same_values_in_every_locale() {
    for s in Sentence::ALL {
        let named = placeholders(en::sentence(s));
        for (loc, t) in [
            (Locale::Fr, fr::sentence(s)),
            (Locale::Is, is::sentence(s)),
            (Locale::Ro, ro::sentence(s)),
        ] {
            assert_eq!(placeholders(t), named, "{loc:?} {s:?}: {t}");
        }
        for loc in Locale::ALL {
            let t = per_locale!(loc, sentence(s));
            assert!(!t.trim().is_empty(), "{loc:?}: {s:?} is empty");
            assert!(!t.contains("  "), "{loc:?}: {s:?} has a double space");
        }
    }
}

#[test]
fn counted_sentences_name_the_same_values_in_every_form() {
    for c in Counted::ALL {
        let named = placeholders(en::counted(c, Plural::Many));
        assert!(named.contains("n"), "{c:?} does not say its count");
        for p in [Plural::One, Plural::Few, Plural::Many] {
            for (loc, t) in [
                (Locale::En, en::counted(c, p)),
                (Locale::Fr, fr::counted(c, p)),
                (Locale::Is, is::counted(c, p)),
                (Locale::Ro, ro::counted(c, p)),
            ] {
                assert_eq!(placeholders(t), named, "{loc:?} {c:?} {p:?}: {t}");
                assert!(!t.contains("  "), "{loc:?}: {c:?} {p:?} has a double space");
            }
        }
    }
}

#[track_caller]
fn check_counted(loc: Locale, c: Counted, n: u64, expected: &str) {
    assert_eq!(counted(loc, c, n, &[]), expected, "{loc:?} {n}");
}

#[test]
fn counted_sentences_take_the_plural_of_their_language() {
    use Counted::{Stagnating, WonBeforeContact};
    check_counted(
        Locale::En,
        Stagnating,
        1,
        "1 stagnating lead (past the stage's limit)",
    );
    check_counted(
        Locale::En,
        Stagnating,
        21,
        "21 stagnating leads (past the stage's limit)",
    );
    check_counted(
        Locale::Fr,
        Stagnating,
        0,
        "0 lead stagnant (au-delà de la limite de son étape)",
    );
    check_counted(
        Locale::Fr,
        Stagnating,
        2,
        "2 leads stagnants (au-delà de la limite de leur étape)",
    );
    check_counted(
        Locale::Is,
        Stagnating,
        21,
        "21 lead stendur í stað (komið yfir mörk stigsins)",
    );
    check_counted(
        Locale::Is,
        Stagnating,
        11,
        "11 leads standa í stað (komin yfir mörk stigsins)",
    );
    check_counted(
        Locale::Ro,
        Stagnating,
        1,
        "1 lead stagnant (peste limita etapei)",
    );
    check_counted(
        Locale::Ro,
        Stagnating,
        19,
        "19 lead-uri stagnante (peste limita etapei)",
    );
    check_counted(
        Locale::Ro,
        Stagnating,
        21,
        "21 de lead-uri stagnante (peste limita etapei)",
    );
    check_counted(
        Locale::Ro,
        Stagnating,
        101,
        "101 lead-uri stagnante (peste limita etapei)",
    );
    check_counted(
        Locale::Ro,
        WonBeforeContact,
        20,
        "20 de oportunități câștigate înainte de primul contact au fost excluse ca erori de date.",
    );
    check_counted(
        Locale::Is,
        WonBeforeContact,
        31,
        "Sleppt sem gagnavillu: 31 sölutækifæri unnið fyrir fyrstu snertingu.",
    );
    let rows = |loc: Locale, n: u64| {
        counted(
            loc,
            Counted::StageValueRows,
            n,
            &[("value", "\"Closed\"".into())],
        )
    };
    assert_eq!(rows(Locale::Ro, 21), "\"Closed\" (21 de rânduri)");
    assert_eq!(rows(Locale::Ro, 2), "\"Closed\" (2 rânduri)");
    assert_eq!(rows(Locale::Is, 21), "\"Closed\" (21 lína)");
    assert_eq!(rows(Locale::Is, 11), "\"Closed\" (11 línur)");
    assert_eq!(rows(Locale::Fr, 0), "\"Closed\" (0 ligne)");
    assert_eq!(
        counted(
            Locale::Ro,
            Counted::DaysOverdue,
            120,
            &[("group", "Nurture".into())]
        ),
        "Nurture: 120 de zile întârziere"
    );
    assert_eq!(
        counted(
            Locale::Ro,
            Counted::MqlsAccepted,
            1200,
            &[("accepted", "700".into()), ("pending", "3".into())]
        ),
        "700 din 1.200 de MQL-uri acceptate; 3 încă în așteptare."
    );
}

#[test]
fn the_moved_page_sentences_agree_with_their_numbers() {
    let slope = |loc: Locale, n: u64| {
        counted(
            loc,
            Counted::Slope,
            n,
            &[
                ("group", "Total".into()),
                ("slope", "+4%".into()),
                ("bucket", "quarter".into()),
                ("fit", String::new()),
            ],
        )
    };
    assert_eq!(
        slope(Locale::En, 8),
        "Total: +4% per quarter over 8 quarters"
    );
    assert_eq!(
        slope(Locale::En, 1),
        "Total: +4% per quarter over 1 quarter"
    );
    assert_eq!(
        slope(Locale::Fr, 8),
        "Total : +4% par quarter sur 8 périodes"
    );
    assert_eq!(slope(Locale::Ro, 8), "Total: +4% pe quarter în 8 perioade");
    assert_eq!(
        slope(Locale::Ro, 20),
        "Total: +4% pe quarter în 20 de perioade"
    );
    let advice = |loc: Locale, n: u64| {
        counted(
            loc,
            Counted::PinAdvice,
            n,
            &[("min", "5".into()), ("max", "8".into())],
        )
    };
    assert_eq!(
        advice(Locale::En, 12),
        "12 headline KPIs pinned; audit guides recommend 5 to 8."
    );
    assert_eq!(
        advice(Locale::Is, 21),
        "21 lykilmælikvarði festur; leiðbeiningar um úttektir mæla með 5 til 8."
    );
    assert_eq!(
        counted(Locale::Ro, Counted::LeadsWithoutStages, 2, &[]),
        "2 lead-uri nu apar în niciun fișier de schimbări de etapă."
    );
    // The browser test reads the English email note.
    assert!(
        sentence(Locale::En, Sentence::EmailNote, &[("base", "sent".into())])
            .contains("divide by sent emails")
    );
    for loc in Locale::ALL {
        assert!(!blank(loc).is_empty(), "{loc:?}");
    }
}

#[test]
fn a_long_name_is_cut_where_it_is_shown_and_in_sentences() {
    let name = "é".repeat(10_000);
    let label = label_shown(&name);
    assert_eq!(label.chars().count(), SHOWN_LABEL + 1);
    assert!(label.ends_with('…'));
    assert_eq!(label_shown("Brand"), "Brand");
    let sentence = fill("Campaign {name}.", &[("name", name.clone())]);
    assert_eq!(
        sentence.chars().count(),
        "Campaign .".len() + SHOWN_ARGUMENT + 1
    );
    let exact = "x".repeat(SHOWN_LABEL);
    assert_eq!(label_shown(&exact), exact);
}

#[test]
fn a_file_too_large_is_explained_in_every_locale_with_the_limit_in_force() {
    use crate::engine::import::error::ErrorKind;
    use crate::engine::import::ingest::MAX_TABLE_BYTES;
    // The messages say "about 1 GB": they change with the limit.
    assert_eq!(MAX_TABLE_BYTES, 1 << 30);
    let kinds = [
        ErrorKind::Empty,
        ErrorKind::Binary,
        ErrorKind::NoHeader,
        ErrorKind::Unreadable,
        ErrorKind::TooLarge,
        ErrorKind::OldWorkbook,
        ErrorKind::DamagedArchive,
        ErrorKind::NoTable,
    ];
    for loc in Locale::ALL {
        let worded: Vec<&str> = kinds.iter().map(|k| error_message(loc, k)).collect();
        let too_large = error_message(loc, &ErrorKind::TooLarge);
        assert!(too_large.contains("1 G"), "{loc:?}: {too_large}");
        let distinct: BTreeSet<&&str> = worded.iter().collect();
        assert_eq!(distinct.len(), worded.len(), "{loc:?}");
        if loc != Locale::En {
            assert_ne!(too_large, error_message(Locale::En, &ErrorKind::TooLarge));
        }
    }
}
