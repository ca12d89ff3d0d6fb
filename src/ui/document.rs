//! The parts of the audit a user writes and keeps: goals and hypotheses, notes, the
//! living audit sheet, and saving, reopening and forgetting the audit.

use super::browser;
use super::date_field::DateField;
use super::format;
use super::history::{self, Entry};
use super::layout::TableFrame;
use super::state::{Action, FileSource, StateContext};
use super::text;
use crate::engine::import::error::ErrorKind;
use crate::engine::metrics::audit::Dimension;
use crate::engine::metrics::metric::MetricId;
use crate::engine::present::saved::{self, Direction, Goal, Outcome, RawFile, SavedAudit, Sheet};
use yew::prelude::*;

/// Goals per KPI: the hypothesis, the target, and after the period whether it was hit.
#[component]
pub fn Goals() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let metric = use_state(|| MetricId::Cpl);
    let hypothesis = use_node_ref();
    let target = use_node_ref();
    let by = use_node_ref();
    let direction = use_state(|| Direction::AtMost);
    let available: Vec<MetricId> = MetricId::ALL
        .iter()
        .copied()
        .filter(|m| state.audit.has(*m))
        .collect();
    let add = {
        let state = state.clone();
        let (metric, direction) = (metric.clone(), direction.clone());
        let (hypothesis, target, by) = (hypothesis.clone(), target.clone(), by.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = browser::input_value;
            let m = *metric;
            let scale = if m.unit() == crate::engine::metrics::metric::Unit::Rate {
                100.0
            } else {
                1.0
            };
            let (Ok(t), Ok(d)) = (
                value(&target).trim().parse::<f64>(),
                format::parse_date(loc, &value(&by)).ok_or(()),
            ) else {
                return;
            };
            let baseline = state
                .audit
                .current_period()
                .and_then(|p| state.audit.value(m, Dimension::Total, None, Some(p)));
            state.dispatch(Action::AddGoal(Goal {
                metric: m,
                hypothesis: value(&hypothesis),
                direction: *direction,
                target: t / scale,
                by: d,
                baseline,
                realistic: None,
                learned: String::new(),
            }));
        })
    };
    let on_metric = {
        let metric = metric.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(m) = MetricId::from_id(&select.value()) {
                metric.set(m);
            }
        })
    };
    let on_direction = {
        let direction = direction.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            direction.set(if select.value() == "at_least" {
                Direction::AtLeast
            } else {
                Direction::AtMost
            });
        })
    };
    html! {
        <section aria-labelledby="goals-title" class="goals page-break" data-testid="goals">
            <h3 id="goals-title">{ text::ui(loc, text::Ui::Goals) }</h3>
            if state.goals.is_empty() {
                <p>{ text::sentence(loc, text::Sentence::NoGoal, &[]) }</p>
            } else {
                <TableFrame label={text::ui(loc, text::Ui::Goals).to_owned()}>
                <table>
                    <thead><tr><th>{ text::ui(loc, text::Ui::ColKpi) }</th><th>{ text::sentence(loc, text::Sentence::ColHypothesis, &[]) }</th><th>{ text::sentence(loc, text::Sentence::ColTarget, &[]) }</th><th>{ text::sentence(loc, text::Sentence::ColBy, &[]) }</th><th>{ text::ui(loc, text::Ui::ColBaseline) }</th><th>{ text::ui(loc, text::Ui::ColResult) }</th><th>{ text::sentence(loc, text::Sentence::ColRealistic, &[]) }</th><th>{ text::sentence(loc, text::Sentence::WhatWeLearned, &[]) }</th><th class="no-print"></th></tr></thead>
                    <tbody>
                    { for state.goals.iter().enumerate().map(|(i, g)| goal_row(&state, i, g)) }
                    </tbody>
                </table>
                </TableFrame>
            }
            <form class="goal-form no-print" onsubmit={add}>
                <select aria-label={text::ui(loc, text::Ui::ColKpi)} data-testid="goal-metric" onchange={on_metric}>
                    { for available.iter().map(|m| html! { <option value={m.id()} selected={*m == *metric}>{ text::metric_label(loc, *m) }</option> }) }
                </select>
                <input ref={hypothesis} data-testid="goal-hypothesis" placeholder={text::sentence(loc, text::Sentence::HypothesisPlaceholder, &[])} aria-label={text::sentence(loc, text::Sentence::ColHypothesis, &[])} />
                <select aria-label={text::sentence(loc, text::Sentence::Direction, &[])} onchange={on_direction}>
                    <option value="at_most" selected={*direction == Direction::AtMost}>{ text::sentence(loc, text::Sentence::GoalAtMost, &[]) }</option>
                    <option value="at_least" selected={*direction == Direction::AtLeast}>{ text::sentence(loc, text::Sentence::GoalAtLeast, &[]) }</option>
                </select>
                <input ref={target} data-testid="goal-target" type="number" step="any" placeholder={if metric.unit() == crate::engine::metrics::metric::Unit::Rate { text::sentence(loc, text::Sentence::GoalTargetPercent, &[]) } else { text::sentence(loc, text::Sentence::GoalTarget, &[]) }} aria-label={text::sentence(loc, text::Sentence::ColTarget, &[])} />
                <DateField node={by} testid="goal-by" label={text::sentence(loc, text::Sentence::ColBy, &[])} />
                <button type="submit" data-testid="goal-add">{ text::sentence(loc, text::Sentence::AddGoal, &[]) }</button>
            </form>
        </section>
    }
}

fn goal_row(state: &StateContext, i: usize, g: &Goal) -> Html {
    let loc = state.locale;
    let unit = g.metric.unit();
    let outcome = saved::evaluate(g, &state.audit);
    let (label, class) = match outcome {
        Outcome::Pending { latest } => (
            text::sentence(
                loc,
                text::Sentence::GoalPending,
                &[("now", format::value_in(loc, latest, unit))],
            ),
            "pending",
        ),
        Outcome::Hit { actual, margin } => (
            text::sentence(
                loc,
                text::Sentence::GoalHit,
                &[
                    ("actual", format::value_in(loc, Some(actual), unit)),
                    ("margin", format::value_in(loc, Some(margin), unit)),
                ],
            ),
            "hit",
        ),
        Outcome::Missed { actual, short } => (
            text::sentence(
                loc,
                text::Sentence::GoalMissed,
                &[
                    ("actual", format::value_in(loc, Some(actual), unit)),
                    ("short", format::value_in(loc, Some(short), unit)),
                ],
            ),
            "missed",
        ),
    };
    let direction = match g.direction {
        Direction::AtLeast => "≥",
        Direction::AtMost => "≤",
    };
    let remove = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::RemoveGoal(i)))
    };
    let on_realistic = {
        let (state, g) = (state.clone(), g.clone());
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let realistic = match select.value().as_str() {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            };
            state.dispatch(Action::UpdateGoal(
                i,
                Goal {
                    realistic,
                    ..g.clone()
                },
            ));
        })
    };
    let on_learned = {
        let (state, g) = (state.clone(), g.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            state.dispatch(Action::UpdateGoal(
                i,
                Goal {
                    learned: input.value(),
                    ..g.clone()
                },
            ));
        })
    };
    html! {
        <tr data-testid="goal" data-metric={g.metric.id()} data-outcome={class}>
            <td>{ text::metric_label(loc, g.metric) }</td>
            <td>{ &g.hypothesis }</td>
            <td class="num">{ format!("{direction} {}", format::value_in(loc, Some(g.target), unit)) }</td>
            <td>{ format::date(loc, g.by) }</td>
            <td class="num">{ format::value_in(loc, g.baseline, unit) }</td>
            <td><span class={classes!("badge", class)}>{ label }</span></td>
            <td>
                <select aria-label={text::sentence(loc, text::Sentence::WasRealistic, &[])} onchange={on_realistic}>
                    <option value="" selected={g.realistic.is_none()}>{ "—" }</option>
                    <option value="yes" selected={g.realistic == Some(true)}>{ text::sentence(loc, text::Sentence::Yes, &[]) }</option>
                    <option value="no" selected={g.realistic == Some(false)}>{ text::sentence(loc, text::Sentence::No, &[]) }</option>
                </select>
            </td>
            <td><input value={g.learned.clone()} onchange={on_learned} aria-label={text::sentence(loc, text::Sentence::WhatWeLearned, &[])} /></td>
            <td class="no-print"><button class="link" onclick={remove}>{ text::sentence(loc, text::Sentence::Remove, &[]) }</button></td>
        </tr>
    }
}

/// What was decided, in the user's words.
#[component]
pub fn Notes() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let on_change = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            state.dispatch(Action::Notes(area.value()));
        })
    };
    html! {
        <section aria-labelledby="notes-title" class="notes">
            <h3 id="notes-title">{ text::ui(loc, text::Ui::Notes) }</h3>
            <textarea data-testid="notes" rows="4" value={state.notes.clone()} onchange={on_change}
                placeholder={text::sentence(loc, text::Sentence::DecisionsPlaceholder, &[])} aria-label={text::sentence(loc, text::Sentence::DecisionsLabel, &[])} />
            <p class="print-only notes-print">{ &state.notes }</p>
        </section>
    }
}

/// The living audit sheet: one row per asset and KPI, a baseline, a column per audit.
#[component]
pub fn SheetView() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let error = use_state(|| None::<String>);
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    let sheet = state.sheet_now();
    let export = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let as_of = state
                .audit
                .as_of
                .map_or_else(|| "undated".to_owned(), |d| d.to_string());
            let _ = browser::download(
                &format!("marketing-audit-sheet-{as_of}.csv"),
                "text/csv",
                &state.sheet_now().to_csv(),
            );
        })
    };
    let import = {
        let (state, error, reader) = (state.clone(), error.clone(), reader.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|l| l.get(0)) else {
                return;
            };
            let (state, error) = (state.clone(), error.clone());
            *reader.borrow_mut() = Some(gloo::file::callbacks::read_as_text(
                &gloo::file::File::from(file),
                move |text| {
                    // A refused sheet leaves the sheet on the page as it was.
                    match text
                        .map_err(|_| text::error_message(loc, &ErrorKind::Unreadable).to_owned())
                        .and_then(|t| Sheet::from_csv(&t).map_err(|e| text::sheet_error(loc, &e)))
                    {
                        Ok(sheet) => {
                            error.set(None);
                            state.dispatch(Action::ImportSheet(sheet));
                        }
                        Err(e) => error.set(Some(e)),
                    }
                },
            ));
            input.set_value("");
        })
    };
    let n = sheet.dates.len();
    html! {
        <section aria-labelledby="sheet-title" class="sheet page-break" data-testid="sheet" data-columns={n.to_string()}>
            <h3 id="sheet-title">{ text::ui(loc, text::Ui::Sheet) }</h3>
            <div class="table-tools no-print">
                <label class="file-button">{ format!("{} ", text::sentence(loc, text::Sentence::ImportSheet, &[])) }
                    <input type="file" accept=".csv,text/csv" data-testid="sheet-import" onchange={import} />
                </label>
                <button data-testid="sheet-export" onclick={export}>{ text::sentence(loc, text::Sentence::ExportSheet, &[]) }</button>
            </div>
            if let Some(e) = &*error { <p class="error">{ e }</p> }
            <TableFrame label={text::ui(loc, text::Ui::Sheet).to_owned()}>
            <table>
                <thead><tr>
                    <th>{ text::sentence(loc, text::Sentence::ColAsset, &[]) }</th><th>{ text::ui(loc, text::Ui::ColKpi) }</th><th class="num">{ text::ui(loc, text::Ui::ColBaseline) }</th>
                    { for sheet.dates.iter().map(|d| html! { <th class="num">{ format::date(loc, *d) }</th> }) }
                    <th class="num">{ text::sentence(loc, text::Sentence::SinceBaseline, &[]) }</th><th class="num">{ text::sentence(loc, text::Sentence::SinceLastAudit, &[]) }</th>
                </tr></thead>
                <tbody>
                { for sheet.rows.iter().map(|r| {
                    let metric = MetricId::from_id(&r.metric);
                    let unit = metric.map_or(crate::engine::metrics::metric::Unit::Count, |m| m.unit());
                    let last = r.values.last().copied().flatten();
                    let before = r.values.iter().rev().skip(1).find_map(|v| *v);
                    let delta = |base: Option<f64>| match (last, base) {
                        (Some(l), Some(b)) if b != 0.0 => format::signed_percent(loc, (l - b) / b.abs()),
                        _ => format::UNDEFINED.to_owned(),
                    };
                    html! {
                        <tr data-testid="sheet-row">
                            <td>{ &r.asset }</td>
                            <td>{ metric.map_or_else(|| r.metric.clone(), |m| text::metric_label(loc, m).to_owned()) }</td>
                            <td class="num">{ format::value_in(loc, r.baseline, unit) }</td>
                            { for r.values.iter().map(|v| html! { <td class="num">{ format::value_in(loc, *v, unit) }</td> }) }
                            <td class="num">{ delta(r.baseline) }</td>
                            <td class="num">{ delta(before) }</td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
            </TableFrame>
        </section>
    }
}

/// Save the audit to a file (and the browser's history), reopen one, forget everything.
#[component]
pub fn SaveOpen() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let include_raw = use_state(|| false);
    let message = use_state(|| None::<String>);
    let entries = use_state(Vec::<Entry>::new);
    let confirm_forget = use_state(|| false);
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    let refresh = {
        let entries = entries.clone();
        move || {
            let entries = entries.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(list) = history::list().await {
                    entries.set(list);
                }
            });
        }
    };
    {
        let refresh = refresh.clone();
        use_effect_with((), move |_| refresh());
    }
    let save = {
        let (state, include_raw, message, refresh) = (
            state.clone(),
            include_raw.clone(),
            message.clone(),
            refresh.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let (state, message, refresh) = (state.clone(), message.clone(), refresh.clone());
            let include_raw = *include_raw;
            wasm_bindgen_futures::spawn_local(async move {
                // Raw files: the demo's and reopened ones are on the page; dropped ones
                // are read again from disk (the page keeps no copy of them).
                let mut raw = Vec::new();
                if include_raw {
                    for loaded in &state.inputs {
                        match (&loaded.source, state.raw_on_page(loaded)) {
                            (_, Some(file)) => raw.push(file),
                            (FileSource::Blob(blob), None) => {
                                if let Some(bytes) = browser::bytes_of(&blob.0).await {
                                    raw.push(RawFile::new(&loaded.name, &bytes));
                                }
                            }
                            _ => {}
                        }
                    }
                }
                let saved = state.to_saved(raw);
                let json = saved.to_json();
                let as_of = saved.as_of.map(|d| d.to_string());
                let name = format!(
                    "marketing-audit-saved-{}.json",
                    as_of.as_deref().unwrap_or("undated")
                );
                let _ = browser::download(&name, "application/json", &json);
                let entry = Entry {
                    id: None,
                    as_of,
                    label: saved
                        .files
                        .iter()
                        .map(|(n, _)| n.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                    json,
                };
                match history::add(&entry).await {
                    Ok(()) => {
                        message.set(Some(text::sentence(loc, text::Sentence::SavedBoth, &[])));
                        refresh();
                    }
                    Err(e) => message.set(Some(text::sentence(
                        loc,
                        text::Sentence::SavedFileOnly,
                        &[("error", e.to_string())],
                    ))),
                }
            });
        })
    };
    let open_file = {
        let (state, message, reader) = (state.clone(), message.clone(), reader.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|l| l.get(0)) else {
                return;
            };
            let (state, message) = (state.clone(), message.clone());
            *reader.borrow_mut() = Some(gloo::file::callbacks::read_as_text(
                &gloo::file::File::from(file),
                // A refused file leaves the audit on the page as it was.
                move |text| match text
                    .map_err(|_| text::error_message(loc, &ErrorKind::Unreadable).to_owned())
                    .and_then(|t| SavedAudit::from_json(&t).map_err(|e| text::open_error(loc, &e)))
                {
                    Ok(saved) => {
                        message.set(Some(text::sentence(loc, text::Sentence::Reopened, &[])));
                        state.dispatch(Action::Open(Box::new(saved)));
                    }
                    Err(e) => message.set(Some(e)),
                },
            ));
            input.set_value("");
        })
    };
    let forget = {
        let (state, confirm_forget, entries, message) = (
            state.clone(),
            confirm_forget.clone(),
            entries.clone(),
            message.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if !*confirm_forget {
                confirm_forget.set(true);
                return;
            }
            confirm_forget.set(false);
            browser::forget_storage();
            state.dispatch(Action::Forget);
            entries.set(Vec::new());
            let message = message.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let done = history::forget().await;
                message.set(Some(match done {
                    Ok(()) => text::sentence(loc, text::Sentence::Forgotten, &[]),
                    Err(e) => text::sentence(
                        loc,
                        text::Sentence::ForgetPartial,
                        &[("error", e.to_string())],
                    ),
                }));
            });
        })
    };
    let on_raw = {
        let include_raw = include_raw.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            include_raw.set(input.checked());
        })
    };
    html! {
        <section aria-labelledby="save-title" class="save no-print" data-testid="save-open">
            <h3 id="save-title">{ text::ui(loc, text::Ui::SaveReopen) }</h3>
            <p class="note">{ text::sentence(loc, text::Sentence::SaveNote, &[]) }</p>
            <div class="actions">
                <label><input type="checkbox" data-testid="save-raw" checked={*include_raw} onchange={on_raw} />{ format!(" {}", text::sentence(loc, text::Sentence::IncludeRaw, &[])) }</label>
                <button data-testid="save-audit" onclick={save}>{ text::sentence(loc, text::Sentence::SaveAudit, &[]) }</button>
                <label class="file-button">{ format!("{} ", text::sentence(loc, text::Sentence::OpenSaved, &[])) }
                    <input type="file" accept=".json,application/json" data-testid="open-audit" onchange={open_file} />
                </label>
                <button data-testid="forget" class={classes!((*confirm_forget).then_some("danger"))} onclick={forget}>
                    { if *confirm_forget { text::sentence(loc, text::Sentence::ForgetConfirm, &[]) } else { text::sentence(loc, text::Sentence::Forget, &[]) } }
                </button>
            </div>
            if let Some(m) = &*message { <p class="status" data-testid="save-message">{ m }</p> }
            if !entries.is_empty() {
                <details data-testid="history">
                    <summary>{ text::sentence(loc, text::Sentence::EarlierAudits, &[("n", format::grouped_in(loc, entries.len() as f64, 0))]) }</summary>
                    <ul>
                    { for entries.iter().rev().map(|entry| {
                        let (state, json, message) = (state.clone(), entry.json.clone(), message.clone());
                        let reopen = Callback::from(move |_: MouseEvent| match SavedAudit::from_json(&json) {
                            Ok(saved) => {
                                message.set(Some(text::sentence(loc, text::Sentence::ReopenedHistory, &[])));
                                state.dispatch(Action::Open(Box::new(saved)));
                            }
                            Err(e) => message.set(Some(text::open_error(loc, &e))),
                        });
                        html! {
                            <li data-testid="history-entry">
                                { format!("{} — {} ", entry.as_of.as_deref().map(|d| format::period(loc, d)).unwrap_or_else(|| text::sentence(loc, text::Sentence::Undated, &[])), entry.label) }
                                <button class="link" onclick={reopen}>{ text::sentence(loc, text::Sentence::Reopen, &[]) }</button>
                            </li>
                        }
                    }) }
                    </ul>
                </details>
            }
        </section>
    }
}
