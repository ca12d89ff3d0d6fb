//! How the audit reads: the verdict first, then the detail sections in a stable order,
//! each collapsible and reachable from the section navigation by a deep link
//! (`#checklist`); wide tables scroll inside their own frame on screen and break into
//! column groups on paper.

use super::browser;
use super::format;
use super::kpi::Headline;
use super::review::evidence_text;
use super::state::StateContext;
use super::text::{self, Guide};
use crate::engine::review::checklist::{Finding, Severity};
use crate::engine::review::schedule::Status;
use yew::prelude::*;

/// One entry of the section navigation: the section's id (its deep link) and title.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The element id, so `#id` links to it.
    pub id: &'static str,
    /// The title shown in the navigation and on the section.
    pub title: String,
}

/// Props of a collapsible section.
#[derive(Properties, PartialEq)]
pub struct PartProps {
    /// The element id (the deep link).
    pub id: &'static str,
    /// The section's title.
    pub title: String,
    /// What the section holds.
    pub children: Html,
}

/// A detail section: a `<details>` open at first, with its title as the summary. The
/// user's open or closed choice is the browser's own state: the app never re-renders
/// the `open` attribute once it is set, and print shows every section whatever it is.
#[component]
pub fn Part(props: &PartProps) -> Html {
    let heading = format!("{}-h", props.id);
    html! {
        <section id={props.id} class="part" aria-labelledby={heading.clone()}>
            <details open=true>
                <summary><h2 id={heading}>{ &props.title }</h2></summary>
                { props.children.clone() }
            </details>
        </section>
    }
}

/// Props of a table frame.
#[derive(Properties, PartialEq)]
pub struct FrameProps {
    /// What the table shows, for screen readers (the frame is a named region).
    pub label: String,
    /// The table.
    pub children: Html,
}

/// The frame a wide table scrolls in on screen, with its header row and first column
/// kept in view (styles/main.css). It can take the keyboard's focus, so a keyboard user
/// can scroll it too (axe's `scrollable-region-focusable`).
#[component]
pub fn TableFrame(props: &FrameProps) -> Html {
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={props.label.clone()}>
            { props.children.clone() }
        </div>
    }
}

/// Value columns per printed table: a wide table is printed as several tables of this
/// many columns, each repeating the first column, so nothing is cut at the page's edge.
/// Five money columns of 8-point figures (about 80 px each) and a first column fit the
/// 703 px of an A4 page between 12 mm margins, and Letter is wider.
pub const PRINT_COLUMNS: usize = 5;

/// A wide table for paper only: the value columns in groups of [`PRINT_COLUMNS`], each
/// group a table with the first column repeated. `head` is the first column's header,
/// `columns` the other headers, `rows` each row's first cell and its value cells (in the
/// order of `columns`). Rendered `print-only`; the screen shows the scrolling table.
pub fn print_column_groups(
    loc: crate::ui::locale::Locale,
    title: &str,
    head: &Html,
    columns: &[Html],
    rows: &[(Html, Vec<Html>)],
) -> Html {
    let groups = columns.len().div_ceil(PRINT_COLUMNS);
    html! {
        <div class="print-only print-groups" aria-hidden="true">
            { for (0..groups).map(|g| {
                let range = g * PRINT_COLUMNS..((g + 1) * PRINT_COLUMNS).min(columns.len());
                html! {
                    <table class="kpi print-group">
                        if g > 0 {
                            <caption>{ text::guide(loc, Guide::Continued, &[("title", title.to_owned())]) }</caption>
                        }
                        <thead><tr>
                            { head.clone() }
                            { for columns.get(range.clone()).unwrap_or_default().iter().cloned() }
                        </tr></thead>
                        <tbody>
                            { for rows.iter().map(|(first, cells)| html! {
                                <tr>{ first.clone() }{ for cells.get(range.clone()).unwrap_or_default().iter().cloned() }</tr>
                            }) }
                        </tbody>
                    </table>
                }
            }) }
        </div>
    }
}

/// Props of the section navigation.
#[derive(Properties, PartialEq)]
pub struct NavProps {
    /// The sections present, in page order.
    pub entries: Vec<Entry>,
}

/// The table of contents, kept in view beside the audit. A link opens its section if
/// the user had collapsed it, and leaves `#id` in the address so the link can be shared
/// and survives a reload.
#[component]
pub fn SectionNav(props: &NavProps) -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    html! {
        <nav class="toc no-print" aria-label={text::guide(loc, Guide::Sections, &[])}>
            <p class="toc-title" aria-hidden="true">{ text::guide(loc, Guide::Sections, &[]) }</p>
            <ol>
                { for props.entries.iter().map(|e| {
                    let id = e.id;
                    // Opening is an edge effect; the browser then follows the link itself.
                    let onclick = Callback::from(move |_: MouseEvent| browser::open_section(id));
                    html! { <li><a href={format!("#{id}")} {onclick}>{ &e.title }</a></li> }
                }) }
            </ol>
        </nav>
    }
}

/// What the audit found, above everything: the critical findings and warnings with
/// what to do, worst first; beside them the pinned headline KPIs and the reviews due.
#[component]
pub fn Verdict() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let mut findings: Vec<&Finding> = state
        .report
        .findings
        .iter()
        .filter(|f| matches!(f.severity, Severity::Critical | Severity::Warning))
        .collect();
    findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
    let due: Vec<String> = state
        .report
        .reviews
        .iter()
        .filter_map(|r| match r.status {
            Status::Overdue { days } => Some(text::guide(
                loc,
                Guide::DueOverdue,
                &[
                    ("program", r.program.clone()),
                    ("days", format::count(loc, days.unsigned_abs())),
                ],
            )),
            Status::DueSoon { days } => Some(text::guide(
                loc,
                Guide::DueSoon,
                &[
                    ("program", r.program.clone()),
                    ("date", format::date(loc, r.due)),
                    ("days", format::count(loc, days.unsigned_abs())),
                ],
            )),
            Status::Scheduled { .. } => None,
        })
        .collect();
    html! {
        <section id="verdict" class="verdict" aria-labelledby="verdict-h" data-testid="verdict">
            <h2 id="verdict-h">{ text::guide(loc, Guide::VerdictTitle, &[]) }</h2>
            <div class="verdict-grid">
                <div class="findings">
                    <h3>{ text::guide(loc, Guide::FindingsTitle, &[]) }</h3>
                    if findings.is_empty() {
                        <p>{ text::guide(loc, Guide::NothingFlagged, &[]) }</p>
                    } else {
                        <ul>
                        { for findings.iter().map(|f| {
                            let severity = text::severity_label(loc, f.severity);
                            let evidence = f.evidence.first().map(|e| format!(" {}.", evidence_text(loc, f.rule, e))).unwrap_or_default();
                            html! {
                                <li data-testid="verdict-finding" data-rule={f.rule.id()} data-severity={severity}>
                                    <span class={classes!("badge", severity.replace(' ', "-"))}>{ severity }</span>{ " " }
                                    <strong>{ text::rule_title(loc, f.rule, &state.settings) }</strong>{ evidence }{ " " }
                                    <span class="todo"><strong>{ text::guide(loc, Guide::WhatToDo, &[]) }</strong>{ text::rule_action(loc, f.rule) }</span>
                                </li>
                            }
                        }) }
                        </ul>
                    }
                </div>
                <div class="side">
                    <Headline />
                    <div class="due" data-testid="verdict-due">
                        <h3>{ text::guide(loc, Guide::DueTitle, &[]) }</h3>
                        if due.is_empty() {
                            <p>{ text::guide(loc, Guide::NothingDue, &[]) }</p>
                        } else {
                            <ul>{ for due.iter().map(|d| html! { <li>{ d }</li> }) }</ul>
                        }
                    </div>
                </div>
            </div>
        </section>
    }
}

/// Props of the data-and-settings panel.
#[derive(Properties, PartialEq)]
pub struct DataProps {
    /// The file table and the settings.
    pub children: Html,
}

/// Files and settings, collapsed behind one line that says what was read.
#[component]
pub fn DataAndSettings(props: &DataProps) -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let read: Vec<_> = state.inputs.iter().filter_map(|l| l.ok()).collect();
    let rows: u64 = read.iter().map(|g| g.rows_used).sum();
    let skipped: u64 = read.iter().map(|g| g.rows_skipped).sum();
    let line = text::guide(
        loc,
        Guide::DataSummary,
        &[
            // Files the engine answered for (read or refused), not those being read.
            (
                "files",
                state
                    .inputs
                    .iter()
                    .filter(|l| l.result.is_some())
                    .count()
                    .to_string(),
            ),
            ("rows", format::grouped_in(loc, rows as f64, 0)),
            ("skipped", format::grouped_in(loc, skipped as f64, 0)),
        ],
    );
    html! {
        <section id="data" class="part data-settings" aria-labelledby="data-h">
            <details data-testid="data-settings">
                <summary><h2 id="data-h">{ text::guide(loc, Guide::DataAndSettings, &[]) }</h2>{ " — " }<span class="summary-line">{ line }</span></summary>
                { props.children.clone() }
            </details>
        </section>
    }
}
