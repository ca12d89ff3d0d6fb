//! What the import made of each file: the summary, the mapping, and the row issues.

use super::format;
use super::layout::TableFrame;
use super::locale::Locale;
use super::state::{Action, StateContext};
use super::text;
use crate::engine::import::decode::Encoding;
use crate::engine::import::error::{Action as IssueAction, IssueKind};
use crate::engine::import::field::{Field, FileKind};
use crate::engine::import::value::{DateOrder, DecimalMark};
use crate::engine::import::vocab::outcomes::Outcome;
use crate::engine::present::export;
use crate::engine::session::FileId;
use crate::engine::Ingested;
use crate::engine::Overrides;
use yew::prelude::*;

/// Row issues shown at first, and added by each "Show more": a file with thousands of
/// bad rows must not put thousands of rows on the page (or on paper).
const ISSUES_PAGE: usize = 50;

/// One row per file: kind, rows read / used / skipped, encoding, delimiter, mapping.
#[component]
pub fn InputSummary() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let rows = state.inputs.iter().map(|loaded| {
        let id = loaded.id;
        let remove = {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| state.dispatch(Action::Remove(id)))
        };
        let remove_button = html! {
            <button class="link no-print" title={text::sentence(loc, text::Sentence::RemoveFile, &[])} onclick={remove}>{ text::sentence(loc, text::Sentence::Remove, &[]) }</button>
        };
        match &loaded.result {
            None => html! {
                <tr data-testid="input-row-reading" data-file={loaded.name.clone()}>
                    <td class="file">{ &loaded.name }</td>
                    <td colspan="6" class="busy">{ text::guide(loc, text::Guide::StatusReading, &[("count", "1".to_owned())]) }</td>
                    <td class="no-print">{ remove_button }</td>
                </tr>
            },
            Some(Ok(got)) => {
                let mapped = got.mapping.iter().filter(|m| m.field.is_some()).count();
                let (encoding, delimiter) = read_as(loc, got);
                html! {
                    <tr data-testid="input-row"
                        data-file={got.file.clone()}
                        data-kind={got.kind.id()}
                        data-rows-read={got.rows_read.to_string()}
                        data-rows-used={got.rows_used.to_string()}
                        data-rows-skipped={got.rows_skipped.to_string()}>
                        <td class="file">{ &got.file }</td>
                        <td>{ text::kind_label(loc, got.kind) }</td>
                        <td class="num">{ format::grouped_in(loc, got.rows_read as f64, 0) }</td>
                        <td class="num">{ format::grouped_in(loc, got.rows_used as f64, 0) }</td>
                        <td class="num">{ format::grouped_in(loc, got.rows_skipped as f64, 0) }</td>
                        <td class="num">{ format::grouped_in(loc, got.rows_repaired as f64, 0) }</td>
                        <td>
                            <SettingsOnOpening id={id} summary={text::counted(loc, text::Counted::ColumnsMapped, got.mapping.len() as u64, &[("mapped", format::grouped_in(loc, (mapped) as f64, 0)), encoding, delimiter])} />
                            <ReadingNotes issues={got.issues.clone()} />
                            if got.issues.iter().any(|issue| matches!(issue.kind, IssueKind::DateOrderAssumed { .. })) && loaded.overrides.date_order.is_none() {
                                <DateOrderQuestion id={id} />
                            }
                            if got.outcomes.as_ref().is_some_and(|o| o.unclassified().next().is_some()) {
                                <OutcomeQuestion id={id} />
                            }
                        </td>
                        <td class="no-print">{ remove_button }</td>
                    </tr>
                }
            }
            Some(Err(e)) => html! {
                <tr data-testid="input-row" data-file={loaded.name.clone()} data-kind="error"
                    data-rows-read="0" data-rows-used="0" data-rows-skipped="0">
                    <td class="file">{ &loaded.name }</td>
                    <td colspan="6" class="error">{ text::error_message(loc, e.kind()) }</td>
                    <td class="no-print">{ remove_button }</td>
                </tr>
            },
        }
    });
    html! {
        <section aria-labelledby="inputs-title" class="inputs-section">
            <h3 id="inputs-title">{ text::ui(loc, text::Ui::Files) }</h3>
            <TableFrame label={text::ui(loc, text::Ui::Files).to_owned()}>
            <table class="inputs" data-testid="input-summary">
                <thead>
                    <tr>
                        <th>{ text::ui(loc, text::Ui::ColFile) }</th><th>{ text::ui(loc, text::Ui::ColKind) }</th>
                        <th class="num">{ text::ui(loc, text::Ui::ColRowsRead) }</th><th class="num">{ text::ui(loc, text::Ui::ColUsed) }</th>
                        <th class="num">{ text::ui(loc, text::Ui::ColSkipped) }</th><th class="num">{ text::ui(loc, text::Ui::ColRepaired) }</th>
                        <th>{ text::ui(loc, text::Ui::ColHowRead) }</th><th class="no-print"></th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
            </TableFrame>
            if let Some(join) = &state.audit.join {
                <p class="note" data-testid="join-report" data-unmatched={join.unmatched_deals.len().to_string()}>
                    { text::counted(loc, text::Counted::CrmJoined, join.leads as u64, &[]) }
                    if !join.unmatched_deals.is_empty() {
                        { " " }{ text::counted(loc, text::Counted::DealsUnmatched, join.unmatched_deals.len() as u64, &[("deals", format!("{}{}",
                            join.unmatched_deals.iter().take(5).cloned().collect::<Vec<_>>().join(", "),
                            if join.unmatched_deals.len() > 5 { ", …" } else { "" }))]) }
                    }
                    if join.leads_without_stages > 0 {
                        { " " }{ text::counted(loc, text::Counted::LeadsWithoutStages, join.leads_without_stages as u64, &[]) }
                    }
                </p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ReadingNotesProps {
    issues: Vec<crate::engine::import::error::Issue>,
}

/// How a file was read, for its summary line: its encoding and delimiter, or, for a
/// workbook (whose CSV is ours), "Excel .xlsx" and the sheet read.
fn read_as(loc: Locale, got: &Ingested) -> ((&'static str, String), (&'static str, String)) {
    let sheet = got.issues.iter().find_map(|i| match &i.kind {
        IssueKind::SheetRead { sheet } => Some(sheet.clone()),
        _ => None,
    });
    match sheet {
        Some(sheet) => (("encoding", "Excel .xlsx".to_owned()), ("delimiter", sheet)),
        None => (
            ("encoding", text::encoding_label(got.encoding).to_owned()),
            ("delimiter", text::delimiter_label(loc, got.delimiter)),
        ),
    }
}

/// What the import decided about a file's own totals and period, in a line each:
/// the totals it left out and whether they agree with the rows, the stated period.
#[component]
fn ReadingNotes(props: &ReadingNotesProps) -> Html {
    let loc = use_context::<StateContext>()
        .map(|s| s.locale)
        .unwrap_or_default();
    let notes: Vec<String> = props
        .issues
        .iter()
        .filter_map(|i| {
            let line = ("line", format::grouped_in(loc, i.line as f64, 0));
            let at = |what: text::Sentence| {
                let note = text::sentence(loc, what, &[]);
                text::sentence(
                    loc,
                    text::Sentence::ReadingAtLine,
                    &[line.clone(), ("note", note)],
                )
            };
            match &i.kind {
                IssueKind::TotalByArithmetic => Some(at(text::Sentence::TotalFoundBySums)),
                IssueKind::SubtotalByArithmetic { .. }
                | IssueKind::SubtotalsAsRows
                | IssueKind::TotalLabelIsData
                | IssueKind::BelowTotal
                | IssueKind::MoneyLine => Some(text::sentence(
                    loc,
                    text::Sentence::ReadingAtLine,
                    &[line.clone(), ("note", text::issue_message(loc, &i.kind))],
                )),
                IssueKind::TotalAgrees => Some(at(text::Sentence::TotalAgreesWithRows)),
                IssueKind::TotalDiffers { .. } => Some(text::sentence(
                    loc,
                    text::Sentence::ReadingAtCell,
                    &[
                        line.clone(),
                        ("column", i.column.clone().unwrap_or_default()),
                        ("note", text::issue_message(loc, &i.kind)),
                    ],
                )),
                IssueKind::StatedPeriod { .. }
                | IssueKind::KindAssumed { .. }
                | IssueKind::SheetRead { .. }
                | IssueKind::SheetNotRead { .. }
                | IssueKind::MemberRead { .. }
                | IssueKind::MemberNotRead { .. }
                | IssueKind::MixedCurrencies { .. }
                | IssueKind::PartsSummed { .. } => Some(text::issue_message(loc, &i.kind)),
                _ => None,
            }
        })
        .collect();
    if notes.is_empty() {
        return html! {};
    }
    html! {
        <ul class="note reading-notes" data-testid="reading-notes">
            { for notes.iter().take(6).map(|n| html! { <li>{ n }</li> }) }
            if notes.len() > 6 {
                <li>{ text::counted(loc, text::Counted::MoreInRowIssues, (notes.len() - 6) as u64, &[]) }</li>
            }
        </ul>
    }
}

/// Every skipped or repaired row and every import decision, filterable and exportable.
#[component]
pub fn RowIssues() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let filter = use_state(String::new);
    let limit = use_state(|| ISSUES_PAGE);
    let all: Vec<Vec<String>> = state
        .inputs
        .iter()
        .filter_map(|l| l.ok())
        .flat_map(|got| {
            got.issues.iter().map(move |issue| {
                vec![
                    got.file.clone(),
                    if issue.line == 0 {
                        String::new()
                    } else {
                        format::count(loc, issue.line)
                    },
                    match (&issue.column, issue.column_number) {
                        (Some(h), Some(n)) => text::sentence(
                            loc,
                            text::Sentence::ColumnNamed,
                            &[
                                ("header", h.clone()),
                                ("n", format::grouped_in(loc, n as f64, 0)),
                            ],
                        ),
                        (None, Some(n)) => text::sentence(
                            loc,
                            text::Sentence::ColumnNumber,
                            &[("n", format::grouped_in(loc, n as f64, 0))],
                        ),
                        _ => String::new(),
                    },
                    text::action_label(loc, issue.action).to_owned(),
                    text::issue_message(loc, &issue.kind),
                    issue.raw.clone(),
                ]
            })
        })
        .collect();
    let skipped = state
        .inputs
        .iter()
        .filter_map(|l| l.ok())
        .flat_map(|g| g.issues.iter())
        .filter(|i| i.action == IssueAction::Skipped)
        .count();
    let needle = filter.to_lowercase();
    let shown: Vec<&Vec<String>> = all
        .iter()
        .filter(|row| needle.is_empty() || row.iter().any(|c| c.to_lowercase().contains(&needle)))
        .collect();
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            filter.set(input.value());
        })
    };
    let export_issues = {
        let all = all.clone();
        Callback::from(move |_: MouseEvent| {
            const HEADER: [&str; 6] = ["file", "line", "column", "action", "reason", "raw"];
            let text = export::rows_to_csv(&HEADER, &all);
            let _ = super::browser::download("row-issues.csv", "text/csv", &text);
        })
    };
    html! {
        <section aria-labelledby="issues-title" class="issues" data-testid="row-issues" data-count={all.len().to_string()}>
            <h3 id="issues-title">{ text::heading(loc, text::Heading::RowIssues, &[("count", format::grouped_in(loc, all.len() as f64, 0)), ("skipped", format::grouped_in(loc, skipped as f64, 0))]) }</h3>
            if all.is_empty() {
                <p>{ text::sentence(loc, text::Sentence::EveryRowUsed, &[]) }</p>
            } else {
                <div class="no-print issue-tools">
                    <input type="search" placeholder={text::sentence(loc, text::Sentence::FilterIssues, &[])} aria-label={text::sentence(loc, text::Sentence::FilterIssues, &[])} oninput={on_filter} />
                    <button onclick={export_issues}>{ text::sentence(loc, text::Sentence::ExportIssues, &[]) }</button>
                </div>
                <TableFrame label={text::guide(loc, text::Guide::NavRowIssues, &[])}>
                <table>
                    <thead><tr><th>{ text::ui(loc, text::Ui::ColFile) }</th><th class="num">{ text::ui(loc, text::Ui::ColLine) }</th><th>{ text::ui(loc, text::Ui::ColColumn) }</th><th>{ text::ui(loc, text::Ui::ColAction) }</th><th>{ text::ui(loc, text::Ui::ColReason) }</th><th>{ text::ui(loc, text::Ui::ColText) }</th></tr></thead>
                    <tbody>
                    { for shown.iter().take(*limit).map(|row| html! {
                        <tr data-testid="issue-row">{ for row.iter().enumerate().map(|(i, c)| html! {
                            <td class={classes!((i == 1).then_some("num"), (i == 5).then_some("raw"))}>{ c }</td>
                        }) }</tr>
                    }) }
                    </tbody>
                </table>
                </TableFrame>
                if shown.len() > *limit {
                    <p class="no-print" data-testid="row-issues-more">
                        { text::counted(loc, text::Counted::ShowingIssues, shown.len() as u64, &[("shown", format::grouped_in(loc, (*limit) as f64, 0))]) }{ " " }
                        <button onclick={{
                            let limit = limit.clone();
                            Callback::from(move |_: MouseEvent| limit.set(*limit + ISSUES_PAGE))
                        }}>{ text::counted(loc, text::Counted::ShowMore, ISSUES_PAGE as u64, &[]) }</button>
                        { " " }{ text::sentence(loc, text::Sentence::ExportToSeeAll, &[]) }
                    </p>
                    <p class="print-only">{ text::counted(loc, text::Counted::PrintedFirst, shown.len() as u64, &[("shown", format::grouped_in(loc, (*limit) as f64, 0))]) }</p>
                }
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct FileProps {
    id: FileId,
}

/// Dispatches new corrections for file `id`, built from its current ones.
fn correct(
    state: &StateContext,
    id: FileId,
    change: impl Fn(&mut Overrides, &str) + 'static,
) -> Callback<Event> {
    let state = state.clone();
    Callback::from(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        if let Some(loaded) = state.file(id) {
            let mut overrides = loaded.overrides.clone();
            change(&mut overrides, &select.value());
            state.dispatch(Action::Override { id, overrides });
        }
    })
}

/// Props of [`SettingsOnOpening`].
#[derive(Properties, PartialEq)]
struct SettingsProps {
    id: FileId,
    summary: AttrValue,
}

/// A file's settings, collapsed under its summary line, and built only once the user
/// opens them: a select per column with every field is most of the page's elements
/// (half of the demo's), and the browser lays out what exists, shown or not. Print
/// leaves the settings out either way.
#[component]
fn SettingsOnOpening(props: &SettingsProps) -> Html {
    // `_eq`: a second click (closing) does not build the settings again.
    let opened = use_state_eq(|| false);
    let onclick = {
        let opened = opened.clone();
        Callback::from(move |_: MouseEvent| opened.set(true))
    };
    html! {
        <details data-testid="file-settings">
            <summary {onclick}>{ props.summary.clone() }</summary>
            if *opened {
                <FileSettings id={props.id} />
            }
        </details>
    }
}

/// The mapping editor of one file: kind, encoding, decimal mark, date order, and the
/// field of every column. Choices are remembered for exports with the same header row.
#[component]
fn FileSettings(props: &FileProps) -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let id = props.id;
    let Some(loaded) = state.file(id) else {
        return html! {};
    };
    let Some(got) = loaded.ok() else {
        return html! {};
    };
    let o = &loaded.overrides;
    let on_kind = correct(&state, id, |o, v| o.kind = FileKind::from_id(v));
    let on_encoding = correct(&state, id, |o, v| {
        o.encoding = match v {
            "utf-8" => Some(Encoding::Utf8),
            "windows-1252" => Some(Encoding::Windows1252),
            "utf-16le" => Some(Encoding::Utf16Le),
            "utf-16be" => Some(Encoding::Utf16Be),
            _ => None,
        }
    });
    let on_mark = correct(&state, id, |o, v| {
        o.decimal_mark = match v {
            "point" => Some(DecimalMark::Point),
            "comma" => Some(DecimalMark::Comma),
            _ => None,
        }
    });
    let on_order = correct(&state, id, |o, v| {
        o.date_order = match v {
            "day_first" => Some(DateOrder::DayFirst),
            "month_first" => Some(DateOrder::MonthFirst),
            _ => None,
        }
    });
    let reset = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Override {
                id,
                overrides: Overrides::default(),
            })
        })
    };
    let option = |value: &'static str, label: String, selected: bool| {
        html! {
            <option value={value} selected={selected}>{ label }</option>
        }
    };
    let auto = |detected: &str| {
        text::sentence(
            loc,
            text::Sentence::Detected,
            &[("detected", detected.to_owned())],
        )
    };
    let mark = match got.decimal_mark {
        DecimalMark::Point => "1,234.56",
        DecimalMark::Comma => "1.234,56",
    };
    let order = match got.date_order {
        DateOrder::DayFirst => "31/12",
        DateOrder::MonthFirst => "12/31",
    };
    html! {
        <div class="file-settings" data-file={got.file.clone()}>
            <div class="file-choices">
                <label>{ text::sentence(loc, text::Sentence::KindMenu, &[]) }{ " " }
                    <select data-testid="override-kind" onchange={on_kind}>
                        { option("", auto(text::kind_label(loc, got.kind)), o.kind.is_none()) }
                        { for FileKind::ALL.iter().map(|k| option(k.id(), text::kind_label(loc, *k).to_owned(), o.kind == Some(*k))) }
                    </select>
                </label>
                <label>{ text::sentence(loc, text::Sentence::EncodingMenu, &[]) }{ " " }
                    <select data-testid="override-encoding" onchange={on_encoding}>
                        { option("", auto(text::encoding_label(got.encoding)), o.encoding.is_none()) }
                        { option("utf-8", "UTF-8".to_owned(), o.encoding == Some(Encoding::Utf8)) }
                        { option("windows-1252", "Windows-1252".to_owned(), o.encoding == Some(Encoding::Windows1252)) }
                        { option("utf-16le", "UTF-16 LE".to_owned(), o.encoding == Some(Encoding::Utf16Le)) }
                        { option("utf-16be", "UTF-16 BE".to_owned(), o.encoding == Some(Encoding::Utf16Be)) }
                    </select>
                </label>
                <label>{ text::sentence(loc, text::Sentence::NumbersMenu, &[]) }{ " " }
                    <select data-testid="override-decimal-mark" onchange={on_mark}>
                        { option("", auto(mark), o.decimal_mark.is_none()) }
                        { option("point", "1,234.56".to_owned(), o.decimal_mark == Some(DecimalMark::Point)) }
                        { option("comma", "1.234,56".to_owned(), o.decimal_mark == Some(DecimalMark::Comma)) }
                    </select>
                </label>
                <label>{ text::sentence(loc, text::Sentence::DatesMenu, &[]) }{ " " }
                    <select data-testid="override-date-order" onchange={on_order}>
                        { option("", auto(order), o.date_order.is_none()) }
                        { option("day_first", text::sentence(loc, text::Sentence::DayFirst, &[]), o.date_order == Some(DateOrder::DayFirst)) }
                        { option("month_first", text::sentence(loc, text::Sentence::MonthFirst, &[]), o.date_order == Some(DateOrder::MonthFirst)) }
                    </select>
                </label>
                if *o != Overrides::default() {
                    <button data-testid="override-reset" onclick={reset}>{ text::sentence(loc, text::Sentence::ResetToDetected, &[]) }</button>
                }
            </div>
            if let Some(outcomes) = &got.outcomes {
                <table class="mapping" data-testid="deal-outcomes">
                    <thead><tr><th>{ text::ui(loc, text::Ui::ColStageOrStatus) }</th><th class="num">{ text::ui(loc, text::Ui::ColRows) }</th><th>{ text::ui(loc, text::Ui::ColCountsAs) }</th></tr></thead>
                    <tbody>
                    { for outcomes.values.iter().take(MAX_OUTCOME_VALUES).map(|v| {
                        let value = v.value.clone();
                        let on_outcome = correct(&state, id, move |o, choice| answer(o, &value, Outcome::from_id(choice)));
                        html! {
                            <tr data-testid="deal-outcome-row" data-value={v.value.clone()} data-outcome={v.outcome.map_or("", |o| o.id())}>
                                <td>{ stage_value_label(loc, &v.value) }</td>
                                <td class="num">{ format::grouped_in(loc, v.rows as f64, 0) }</td>
                                <td>
                                    <select data-testid="override-outcome" onchange={on_outcome} aria-label={text::sentence(loc, text::Sentence::OutcomeOfStage, &[("stage", stage_value_label(loc, &v.value))])}>
                                        <option value="" selected={v.outcome.is_none()}>{ text::sentence(loc, text::Sentence::NotKnown, &[]) }</option>
                                        { for Outcome::ALL.iter().map(|x| html! {
                                            <option value={x.id()} selected={v.outcome == Some(*x)}>{ text::outcome_label(loc, *x) }</option>
                                        }) }
                                    </select>
                                    if v.answered { <>{ " " }{ text::sentence(loc, text::Sentence::YourChoice, &[]) }</> }
                                </td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
                if outcomes.values.len() > MAX_OUTCOME_VALUES {
                    <p>{ text::counted(loc, text::Counted::ShowingStageValues, outcomes.values.len() as u64, &[("shown", format::grouped_in(loc, (MAX_OUTCOME_VALUES) as f64, 0))]) }</p>
                }
            }
            <table class="mapping">
                <thead><tr><th>{ text::ui(loc, text::Ui::ColColumn) }</th><th>{ text::ui(loc, text::Ui::ColField) }</th><th class="num">{ text::ui(loc, text::Ui::ColConfidence) }</th></tr></thead>
                <tbody>
                { for got.mapping.iter().enumerate().filter(|(i, m)| *i < MAX_EDITOR_COLUMNS || m.field.is_some()).map(|(_, m)| {
                    let header = m.header.clone();
                    let on_field = correct(&state, id, move |o, v| {
                        let choice = Field::from_id(v);
                        o.fields.retain(|(h, _)| *h != header);
                        o.fields.push((header.clone(), choice));
                    });
                    let chosen_by_user = o.fields.iter().any(|(h, _)| *h == m.header);
                    html! {
                        <tr data-testid="mapping-row" data-header={m.header.clone()} data-field={m.field.map_or("", |f| f.id())}>
                            <td>{ &m.header }</td>
                            <td>
                                <select data-testid="override-field" onchange={on_field} aria-label={text::sentence(loc, text::Sentence::FieldOfColumn, &[("column", m.header.clone())])}>
                                    <option value="" selected={m.field.is_none()}>{ text::sentence(loc, text::Sentence::NotUsed, &[]) }</option>
                                    { for Field::ALL.iter().map(|f| html! {
                                        <option value={f.id()} selected={m.field == Some(*f)}>{ text::field_label(loc, *f) }</option>
                                    }) }
                                </select>
                            </td>
                            <td class="num">{
                                if chosen_by_user { text::sentence(loc, text::Sentence::YourChoice, &[]) }
                                else if m.field.is_some() { format!("{}{}%", format::grouped_in(loc, m.confidence * 100.0, 0), loc.percent_gap()) }
                                else { String::new() }
                            }</td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
            if got.mapping.len() > MAX_EDITOR_COLUMNS {
                <p>{ text::counted(loc, text::Counted::ShowingColumns, got.mapping.len() as u64, &[("shown", format::grouped_in(loc, (MAX_EDITOR_COLUMNS) as f64, 0))]) }</p>
            }
        </div>
    }
}

/// Columns the mapping editor lists (plus every mapped one): a file of 100,000 columns
/// must not put 100,000 selects on the page.
const MAX_EDITOR_COLUMNS: usize = 200;

/// Shown when no date in the file proves the order of day and month: the import never
/// guesses silently, it asks.
#[component]
fn DateOrderQuestion(props: &FileProps) -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let id = props.id;
    let choose = |order: DateOrder| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(loaded) = state.file(id) {
                let overrides = Overrides {
                    date_order: Some(order),
                    ..loaded.overrides.clone()
                };
                state.dispatch(Action::Override { id, overrides });
            }
        })
    };
    html! {
        <p class="question no-print" data-testid="date-order-question">
            { text::sentence(loc, text::Sentence::AmbiguousDates, &[]) }{ " " }
            <button onclick={choose(DateOrder::DayFirst)}>{ text::sentence(loc, text::Sentence::DayFirst, &[]) }</button>
            { " " }
            <button onclick={choose(DateOrder::MonthFirst)}>{ text::sentence(loc, text::Sentence::MonthFirst, &[]) }</button>
        </p>
    }
}

/// Stage values listed in a file's mapping editor (a stage column of free text could
/// hold thousands; the question lists every unclassified one regardless).
const MAX_OUTCOME_VALUES: usize = 100;

/// Records the user's outcome for a stage value (`None`: forget the answer).
fn answer(o: &mut Overrides, value: &str, outcome: Option<Outcome>) {
    o.outcomes.retain(|(v, _)| v != value);
    if let Some(outcome) = outcome {
        o.outcomes.push((value.to_owned(), outcome));
    }
}

/// A stage value as the page shows it: an empty one is named.
fn stage_value_label(loc: Locale, value: &str) -> String {
    if value.is_empty() {
        text::blank(loc).to_owned()
    } else {
        value.to_owned()
    }
}

/// Shown when a deals file has stage values that read as neither won, lost nor open:
/// the import never guesses whether a deal was won, it asks, once per value.
#[component]
fn OutcomeQuestion(props: &FileProps) -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let id = props.id;
    let Some(got) = state.file(id).and_then(|l| l.ok()) else {
        return html! {};
    };
    let Some(outcomes) = &got.outcomes else {
        return html! {};
    };
    let choose = |value: &str, outcome: Outcome| {
        let state = state.clone();
        let value = value.to_owned();
        Callback::from(move |_: MouseEvent| {
            if let Some(loaded) = state.file(id) {
                let mut overrides = loaded.overrides.clone();
                answer(&mut overrides, &value, Some(outcome));
                state.dispatch(Action::Override { id, overrides });
            }
        })
    };
    html! {
        <div class="question no-print" data-testid="outcome-question">
            <p>{ text::sentence(loc, text::Sentence::WhichStages, &[]) }</p>
            <ul>
            { for outcomes.unclassified().map(|v| html! {
                <li data-testid="outcome-question-value" data-value={v.value.clone()}>
                    { text::counted(loc, text::Counted::StageValueRows, v.rows, &[("value", stage_value_label(loc, &v.value))]) }{ " " }
                    { for Outcome::ALL.iter().map(|x| html! {
                        <>
                            <button onclick={choose(&v.value, *x)}>{ text::outcome_label(loc, *x) }</button>
                            { " " }
                        </>
                    }) }
                </li>
            }) }
            </ul>
        </div>
    }
}
