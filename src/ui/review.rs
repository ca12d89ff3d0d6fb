//! The audit document's review part: the checklist (with tick boxes for the print-out),
//! the program review schedule (with a calendar download), the audit triggers, and the
//! thresholds and cadences the user can change.

use super::browser;
use super::date_field::DateField;
use super::format;
use super::layout::TableFrame;
use super::locale::Locale;
use super::state::{Action, StateContext};
use super::text;
use crate::engine::metrics::config::{Cadences, Thresholds};
use crate::engine::metrics::funnel::StageKind;
use crate::engine::review::checklist::{Evidence, Finding, RuleId, Severity};
use crate::engine::review::report::Trigger;
use crate::engine::review::schedule::{self, ProgramType, Status};
use yew::prelude::*;

/// One finding's evidence in words.
pub(super) fn evidence_text(loc: Locale, rule: RuleId, e: &Evidence) -> String {
    let group = e
        .group
        .clone()
        .unwrap_or_else(|| text::sentence(loc, text::Sentence::SeriesTotal, &[]));
    let number = |v: Option<f64>| {
        v.map_or_else(
            || format::UNDEFINED.to_owned(),
            |v| format::grouped_in(loc, v, 0),
        )
    };
    // A count of days or KPIs takes its plural form; a missing value keeps the plain form.
    let whole = e
        .value
        .filter(|v| v.is_finite())
        .map(|v| v.round().abs() as u64);
    match (rule, e.metric, whole) {
        (_, Some(m), _) => {
            let mut args = vec![
                ("metric", text::metric_label(loc, m).to_owned()),
                ("group", group.clone()),
                ("value", format::value_in(loc, e.value, m.unit())),
            ];
            if let Some(p) = e.period {
                args.push(("period", format::period(loc, &p.label())));
            }
            if let Some(b) = e.base {
                args.push(("base", format::value_in(loc, Some(b), m.unit())));
            }
            let template = match (e.period.is_some(), e.base.is_some()) {
                (false, false) => text::Sentence::EvidenceFigure,
                (true, false) => text::Sentence::EvidenceFigurePeriod,
                (false, true) => text::Sentence::EvidenceFigureBase,
                (true, true) => text::Sentence::EvidenceFigurePeriodBase,
            };
            text::sentence(loc, template, &args)
        }
        (RuleId::TooLittleData, None, Some(n)) => {
            text::counted(loc, text::Counted::DaysOfData, n, &[("group", group)])
        }
        (RuleId::ReviewsOverdue, None, Some(n)) => {
            text::counted(loc, text::Counted::DaysOverdue, n, &[("group", group)])
        }
        (RuleId::StagnatingLeads, None, Some(n)) => {
            let (lead, stage) = group.split_once('|').unwrap_or((&group, ""));
            text::counted(
                loc,
                text::Counted::StagnatingEvidence,
                n,
                &[
                    ("lead", lead.to_owned()),
                    (
                        "stage",
                        StageKind::from_id(stage).map_or_else(
                            || stage.to_owned(),
                            |k| text::stage_label(loc, k).to_owned(),
                        ),
                    ),
                    ("limit", number(e.base)),
                ],
            )
        }
        (RuleId::ListShrinking, None, _) => text::sentence(
            loc,
            text::Sentence::ListSize,
            &[("value", number(e.value)), ("base", number(e.base))],
        ),
        (RuleId::PinnedCount, None, Some(n)) => {
            text::counted(loc, text::Counted::KpisPinned, n, &[])
        }
        (_, None, _) => format!("{group}: {}", number(e.value)),
    }
}

/// Every rule, worst first, with what passed too.
#[component]
pub fn Checklist() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let mut findings: Vec<&Finding> = state.report.findings.iter().collect();
    findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
    let counts = |s: Severity| findings.iter().filter(|f| f.severity == s).count() as u64;
    html! {
        <section aria-labelledby="checklist-title" class="checklist page-break">
            <h3 id="checklist-title">{ text::heading(loc, text::Heading::Checklist, &[
                ("critical", format::count(loc, counts(Severity::Critical))),
                ("warnings", format::count(loc, counts(Severity::Warning))),
                ("passed", format::count(loc, counts(Severity::Pass))),
            ]) }</h3>
            <TableFrame label={text::guide(loc, text::Guide::NavChecklist, &[])}>
            <table data-testid="checklist">
                <thead><tr><th class="tick">{ text::ui(loc, text::Ui::ColDone) }</th><th>{ text::ui(loc, text::Ui::ColResult) }</th><th>{ text::ui(loc, text::Ui::ColCheck) }</th><th>{ text::ui(loc, text::Ui::ColEvidence) }</th></tr></thead>
                <tbody>
                { for findings.iter().map(|f| {
                    const SHOWN: usize = 8;
                    let evidence: Vec<String> = f.evidence.iter().take(SHOWN).map(|e| evidence_text(loc, f.rule, e)).collect();
                    let more = f.evidence.len().saturating_sub(SHOWN);
                    html! {
                        <tr data-testid="finding" data-rule={f.rule.id()} data-severity={text::severity_label(loc, f.severity)}>
                            <td class="tick"><span class="box" aria-hidden="true">{ "☐" }</span></td>
                            <td><span class={classes!("badge", text::severity_label(loc, f.severity).replace(' ', "-"))}>{ text::severity_label(loc, f.severity) }</span></td>
                            <td>
                                <strong>{ text::rule_title(loc, f.rule, &state.settings) }</strong>
                                <div class="source">{ text::rule_source(loc, f.rule, &state.settings) }</div>
                            </td>
                            <td>
                                if f.severity == Severity::NotApplicable {
                                    { text::sentence(loc, text::Sentence::NoDataForCheck, &[]) }
                                } else {
                                    <ul class="evidence">
                                        { for evidence.iter().map(|e| html! { <li>{ e }</li> }) }
                                        if more > 0 { <li>{ text::counted(loc, text::Counted::AndMore, more as u64, &[]) }</li> }
                                        if f.evidence.is_empty() { <li>{ text::counted(loc, text::Counted::Checked, f.checked as u64, &[]) }</li> }
                                    </ul>
                                }
                            </td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
            </TableFrame>
        </section>
    }
}

/// Program reviews: when each is due and why, overdue and due-soon flagged.
#[component]
pub fn Schedule() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let report = &state.report;
    if report.reviews.is_empty() {
        return html! {
            <section aria-labelledby="schedule-title" data-testid="schedule">
                <h3 id="schedule-title">{ text::ui(loc, text::Ui::ReviewSchedule) }</h3>
                <p>{ text::sentence(loc, text::Sentence::InventoryPrompt, &[]) }</p>
                <ProgramForm />
            </section>
        };
    }
    let cycle = report.sales_cycle_days;
    let download = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(as_of) = state.audit.as_of else {
                return;
            };
            let ics = schedule::to_ics(&state.report.reviews, as_of, |r| {
                (
                    text::sentence(
                        loc,
                        text::Sentence::IcsSummary,
                        &[("program", r.program.clone())],
                    ),
                    format!(
                        "{} {}",
                        text::program_type_label(loc, r.kind),
                        text::review_rationale(
                            loc,
                            r.rule,
                            &state.settings,
                            state.report.sales_cycle_days
                        )
                    ),
                )
            });
            let _ = browser::download(
                &format!("marketing-audit-reviews-{as_of}.ics"),
                "text/calendar",
                &ics,
            );
        })
    };
    html! {
        <section aria-labelledby="schedule-title" class="schedule page-break" data-testid="schedule">
            <h3 id="schedule-title">{ text::ui(loc, text::Ui::ReviewSchedule) }</h3>
            <button class="no-print" data-testid="export-ics" onclick={download}>{ text::sentence(loc, text::Sentence::AddToCalendar, &[]) }</button>
            <TableFrame label={text::ui(loc, text::Ui::ReviewSchedule).to_owned()}>
            <table>
                <thead><tr><th>{ text::ui(loc, text::Ui::ColProgram) }</th><th>{ text::ui(loc, text::Ui::ColType) }</th><th>{ text::ui(loc, text::Ui::ColOwner) }</th><th class="num">{ text::ui(loc, text::Ui::ColBaseline) }</th><th>{ text::ui(loc, text::Ui::ColLastReview) }</th><th>{ text::ui(loc, text::Ui::ColNextReview) }</th><th>{ text::ui(loc, text::Ui::ColStatus) }</th><th>{ text::ui(loc, text::Ui::ColWhyThisDate) }</th></tr></thead>
                <tbody>
                { for report.reviews.iter().map(|r| {
                    let (label, class) = match r.status {
                        Status::Overdue { days } => (text::sentence(loc, text::Sentence::StatusOverdue, &[("days", format::grouped_in(loc, days as f64, 0))]), "overdue"),
                        Status::DueSoon { days } => (text::sentence(loc, text::Sentence::StatusDueSoon, &[("days", format::grouped_in(loc, days as f64, 0))]), "due-soon"),
                        Status::Scheduled { days } => (text::sentence(loc, text::Sentence::StatusScheduled, &[("days", format::grouped_in(loc, days as f64, 0))]), "scheduled"),
                    };
                    let tuned = state.settings.tuned.contains(&r.program);
                    let toggle = {
                        let state = state.clone();
                        let name = r.program.clone();
                        Callback::from(move |_: Event| state.dispatch(Action::ToggleTuned(name.clone())))
                    };
                    html! {
                        <tr data-testid="review" data-program={r.program.clone()} data-due={r.due.to_string()} data-status={class}>
                            <td>{ &r.program }</td>
                            <td>
                                { text::program_type_label(loc, r.kind) }
                                if r.kind == ProgramType::ScoringRule {
                                    <label class="no-print tuned"><input type="checkbox" checked={tuned} onchange={toggle} />{ " " }{ text::sentence(loc, text::Sentence::Tuned, &[]) }</label>
                                }
                            </td>
                            <td>{ r.owner.clone().unwrap_or_default() }</td>
                            <td class="num">{ r.baseline.clone().unwrap_or_default() }</td>
                            <td>{ r.last_review.map(|d| format::date(loc, d)).unwrap_or_else(|| format::UNDEFINED.to_owned()) }</td>
                            <td>{ format::date(loc, r.due) }</td>
                            <td><span class={classes!("badge", class)}>{ label }</span></td>
                            <td class="why">{ text::review_rationale(loc, r.rule, &state.settings, cycle) }</td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
            </TableFrame>
            <ProgramForm />
        </section>
    }
}

/// Programs typed into the page: added to the schedule and saved with the audit.
#[component]
fn ProgramForm() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let (name, setup, last, owner) = (
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
    );
    let kind = use_state(|| ProgramType::Nurture);
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |e: Event| {
            let s: web_sys::HtmlSelectElement = e.target_unchecked_into();
            kind.set(
                PROGRAM_TYPES
                    .iter()
                    .copied()
                    .find(|t| format!("{t:?}") == s.value())
                    .unwrap_or(ProgramType::Other),
            );
        })
    };
    let add = {
        let (state, kind) = (state.clone(), kind.clone());
        let (name, setup, last, owner) = (name.clone(), setup.clone(), last.clone(), owner.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = browser::input_value;
            let date = |r: &NodeRef| format::parse_date(loc, &value(r));
            let program = value(&name).trim().to_owned();
            if program.is_empty() {
                return;
            }
            let owner = Some(value(&owner).trim().to_owned()).filter(|o| !o.is_empty());
            state.dispatch(Action::AddProgram(schedule::Program {
                name: program,
                kind: *kind,
                setup: date(&setup),
                last_review: date(&last),
                owner,
                tuned: false,
                baseline: None,
            }));
        })
    };
    html! {
        <div class="program-form no-print">
            if !state.settings.programs.is_empty() {
                <p class="note">{ text::sentence(loc, text::Sentence::EnteredInPage, &[]) }{ " " }
                { for state.settings.programs.iter().map(|p| {
                    let (state, n) = (state.clone(), p.name.clone());
                    let remove = Callback::from(move |_: MouseEvent| state.dispatch(Action::RemoveProgram(n.clone())));
                    html! { <span class="chip">{ &p.name }{ " " }<button class="link" onclick={remove} aria-label={text::sentence(loc, text::Sentence::RemoveNamed, &[("name", p.name.clone())])}>{ "×" }</button></span> }
                }) }
                </p>
            }
            <form class="goal-form" onsubmit={add} data-testid="program-form">
                <input ref={name} placeholder={text::ui(loc, text::Ui::ColProgram)} aria-label={text::ui(loc, text::Ui::ColProgram)} data-testid="program-name" />
                <select aria-label={text::ui(loc, text::Ui::ColType)} onchange={on_kind} data-testid="program-type">
                    { for PROGRAM_TYPES.iter().map(|t| html! { <option value={format!("{t:?}")} selected={*t == *kind}>{ text::program_type_label(loc, *t) }</option> }) }
                </select>
                <label>{ text::sentence(loc, text::Sentence::SetUp, &[]) }{ " " }<DateField node={setup} testid="program-setup" /></label>
                <label>{ text::ui(loc, text::Ui::ColLastReview) }{ " " }<DateField node={last} testid="program-last-review" /></label>
                <input ref={owner} placeholder={text::ui(loc, text::Ui::ColOwner)} aria-label={text::ui(loc, text::Ui::ColOwner)} />
                <button type="submit" data-testid="program-add">{ text::sentence(loc, text::Sentence::AddProgram, &[]) }</button>
            </form>
        </div>
    }
}

const PROGRAM_TYPES: [ProgramType; 6] = [
    ProgramType::Nurture,
    ProgramType::AutomationRule,
    ProgramType::ScoringRule,
    ProgramType::LeadAssignment,
    ProgramType::Content,
    ProgramType::Other,
];

/// Events that call for an audit: the user marks them; quarter end is raised by itself.
#[component]
pub fn Triggers() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let active = &state.report.triggers;
    html! {
        <section aria-labelledby="triggers-title" class="triggers">
            <h3 id="triggers-title">{ text::ui(loc, text::Ui::WhyAuditNow) }</h3>
            <ul>
            { for Trigger::ALL.iter().map(|&t| {
                let on = active.contains(&t);
                let state = state.clone();
                let toggle = Callback::from(move |_: Event| state.dispatch(Action::ToggleTrigger(t)));
                html! {
                    <li data-testid="trigger" data-trigger={t.id()} data-active={on.to_string()}>
                        <label><input type="checkbox" checked={on} onchange={toggle} />{ format!(" {}", text::trigger_label(loc, t)) }</label>
                        if on { <div class="advice-text">{ text::trigger_advice(loc, t) }</div> }
                    </li>
                }
            }) }
            </ul>
        </section>
    }
}

/// A number input bound to one threshold or cadence.
pub(super) fn number_input(label: &str, value: f64, scale: f64, on: Callback<f64>) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        if let Ok(v) = input.value().trim().parse::<f64>() {
            if v.is_finite() && v >= 0.0 {
                on.emit(v / scale);
            }
        }
    });
    html! {
        <label>{ format!("{label} ") }<input type="number" min="0" step="any" value={format!("{}", (value * scale * 1000.0).round() / 1000.0)} {onchange} /></label>
    }
}

/// Every threshold and cadence, editable.
#[component]
pub fn ThresholdEditor() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let t = state.settings.thresholds;
    let c = state.settings.cadences;
    let set_t = |f: fn(&mut Thresholds, f64)| {
        let state = state.clone();
        Callback::from(move |v: f64| {
            let mut next = state.settings.thresholds;
            f(&mut next, v);
            state.dispatch(Action::Thresholds(next));
        })
    };
    let set_c = |f: fn(&mut Cadences, i64)| {
        let state = state.clone();
        Callback::from(move |v: f64| {
            let mut next = state.settings.cadences;
            f(&mut next, v.round() as i64);
            state.dispatch(Action::Cadences(next));
        })
    };
    let stagnation = |k: StageKind| {
        let days = state
            .settings
            .audit
            .stagnation_days
            .iter()
            .find(|(s, _)| *s == k)
            .map_or(0.0, |(_, d)| *d as f64);
        let state = state.clone();
        let on = Callback::from(move |v: f64| {
            state.dispatch(Action::StagnationDays(k, v.round() as i64));
        });
        number_input(
            &text::sentence(
                loc,
                text::Sentence::StagnatingAfter,
                &[("stage", text::stage_label(loc, k).to_owned())],
            ),
            days,
            1.0,
            on,
        )
    };
    html! {
        <details class="thresholds no-print" data-testid="thresholds">
            <summary>{ text::sentence(loc, text::Sentence::ThresholdsTitle, &[]) }</summary>
            <div class="grid">
                { number_input(&text::sentence(loc, text::Sentence::BounceWarning, &[]), t.bounce_warning, 100.0, set_t(|t, v| t.bounce_warning = v)) }
                { number_input(&text::sentence(loc, text::Sentence::BounceCritical, &[]), t.bounce_critical, 100.0, set_t(|t, v| t.bounce_critical = v)) }
                { number_input(&text::sentence(loc, text::Sentence::SpamWarning, &[]), t.spam_warning, 100.0, set_t(|t, v| t.spam_warning = v)) }
                { number_input(&text::sentence(loc, text::Sentence::SpamCritical, &[]), t.spam_critical, 100.0, set_t(|t, v| t.spam_critical = v)) }
                { number_input(&text::sentence(loc, text::Sentence::UnsubscribesPerSend, &[]), t.unsubscribe_warning, 100.0, set_t(|t, v| t.unsubscribe_warning = v)) }
                { number_input(&text::sentence(loc, text::Sentence::LtvCacMinimum, &[]), t.ltv_to_cac_minimum, 1.0, set_t(|t, v| t.ltv_to_cac_minimum = v)) }
                { number_input(&text::sentence(loc, text::Sentence::MqlAcceptanceMinimum, &[]), t.mql_acceptance_minimum, 100.0, set_t(|t, v| t.mql_acceptance_minimum = v)) }
                { number_input(&text::sentence(loc, text::Sentence::ShortTermChange, &[]), t.short_term_relative, 100.0, set_t(|t, v| t.short_term_relative = v)) }
                { number_input(&text::sentence(loc, text::Sentence::ShortTermPoints, &[]), t.short_term_points, 100.0, set_t(|t, v| t.short_term_points = v)) }
                { number_input(&text::sentence(loc, text::Sentence::MinimumDays, &[]), t.min_days as f64, 1.0, set_t(|t, v| t.min_days = v.round() as i64)) }
                { for [StageKind::Lead, StageKind::Mql, StageKind::Sql, StageKind::Opportunity].into_iter().map(stagnation) }
                { number_input(&text::sentence(loc, text::Sentence::NurtureDays, &[]), c.nurture as f64, 1.0, set_c(|c, v| c.nurture = v)) }
                { number_input(&text::sentence(loc, text::Sentence::AutomationFirst, &[]), c.automation_first as f64, 1.0, set_c(|c, v| c.automation_first = v)) }
                { number_input(&text::sentence(loc, text::Sentence::AutomationEvery, &[]), c.automation as f64, 1.0, set_c(|c, v| c.automation = v)) }
                { number_input(&text::sentence(loc, text::Sentence::ScoringDays, &[]), c.scoring as f64, 1.0, set_c(|c, v| c.scoring = v)) }
                { number_input(&text::sentence(loc, text::Sentence::ScoringTunedDays, &[]), c.scoring_tuned as f64, 1.0, set_c(|c, v| c.scoring_tuned = v)) }
                { number_input(&text::sentence(loc, text::Sentence::AssignmentDays, &[]), c.assignment as f64, 1.0, set_c(|c, v| c.assignment = v)) }
                { number_input(&text::sentence(loc, text::Sentence::ContentDays, &[]), c.content as f64, 1.0, set_c(|c, v| c.content = v)) }
                { number_input(&text::sentence(loc, text::Sentence::DueSoonDays, &[]), c.due_soon as f64, 1.0, set_c(|c, v| c.due_soon = v)) }
            </div>
        </details>
    }
}
