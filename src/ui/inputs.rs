//! What the import made of each file: the summary, the mapping, and the row issues.

use super::state::{Action, StateContext};
use super::text;
use crate::engine::error::Action as IssueAction;
use crate::engine::export;
use yew::prelude::*;

/// One row per file: kind, rows read / used / skipped, encoding, delimiter, mapping.
#[component]
pub fn InputSummary() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let rows = state.inputs.iter().enumerate().map(|(i, loaded)| {
        let remove = {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| state.dispatch(Action::Remove(i)))
        };
        let remove_button = html! {
            <button class="link no-print" title="Remove this file" onclick={remove}>{ "Remove" }</button>
        };
        match &loaded.result {
            Ok(got) => {
                let mapped = got.mapping.iter().filter(|m| m.field.is_some()).count();
                html! {
                    <tr data-testid="input-row"
                        data-file={got.file.clone()}
                        data-kind={got.kind.id()}
                        data-rows-read={got.rows_read.to_string()}
                        data-rows-used={got.rows_used.to_string()}
                        data-rows-skipped={got.rows_skipped.to_string()}>
                        <td class="file">{ &got.file }</td>
                        <td>{ text::kind_label(got.kind) }</td>
                        <td class="num">{ got.rows_read }</td>
                        <td class="num">{ got.rows_used }</td>
                        <td class="num">{ got.rows_skipped }</td>
                        <td class="num">{ got.rows_repaired }</td>
                        <td>
                            <details>
                                <summary>{ format!("{mapped} of {} columns mapped · {} · {}", got.mapping.len(), text::encoding_label(got.encoding), text::delimiter_label(got.delimiter)) }</summary>
                                <table class="mapping">
                                    <thead><tr><th>{ "Column" }</th><th>{ "Field" }</th><th>{ "Confidence" }</th></tr></thead>
                                    <tbody>
                                    { for got.mapping.iter().map(|m| html! {
                                        <tr>
                                            <td>{ &m.header }</td>
                                            <td>{ m.field.map_or("—", |f| f.id()) }</td>
                                            <td class="num">{ if m.field.is_some() { format!("{:.0}%", m.confidence * 100.0) } else { String::new() } }</td>
                                        </tr>
                                    }) }
                                    </tbody>
                                </table>
                            </details>
                        </td>
                        <td class="no-print">{ remove_button }</td>
                    </tr>
                }
            }
            Err(e) => html! {
                <tr data-testid="input-row" data-file={loaded.name.clone()} data-kind="error"
                    data-rows-read="0" data-rows-used="0" data-rows-skipped="0">
                    <td class="file">{ &loaded.name }</td>
                    <td colspan="6" class="error">{ text::error_message(e.kind()) }</td>
                    <td class="no-print">{ remove_button }</td>
                </tr>
            },
        }
    });
    html! {
        <section aria-labelledby="inputs-title">
            <h3 id="inputs-title">{ "Files" }</h3>
            <table class="inputs" data-testid="input-summary">
                <thead>
                    <tr>
                        <th>{ "File" }</th><th>{ "Kind" }</th>
                        <th class="num">{ "Rows read" }</th><th class="num">{ "Used" }</th>
                        <th class="num">{ "Skipped" }</th><th class="num">{ "Repaired" }</th>
                        <th>{ "How it was read" }</th><th class="no-print"></th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </section>
    }
}

/// Every skipped or repaired row and every import decision, filterable and exportable.
#[component]
pub fn RowIssues() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let filter = use_state(String::new);
    let all: Vec<Vec<String>> = state
        .inputs
        .iter()
        .filter_map(|l| l.result.as_ref().ok())
        .flat_map(|got| {
            got.issues.iter().map(move |issue| {
                vec![
                    got.file.clone(),
                    if issue.line == 0 {
                        String::new()
                    } else {
                        issue.line.to_string()
                    },
                    match (&issue.column, issue.column_number) {
                        (Some(h), Some(n)) => format!("{h} (col {n})"),
                        (None, Some(n)) => format!("col {n}"),
                        _ => String::new(),
                    },
                    text::action_label(issue.action).to_owned(),
                    text::issue_message(&issue.kind),
                    issue.raw.clone(),
                ]
            })
        })
        .collect();
    let skipped = state
        .inputs
        .iter()
        .filter_map(|l| l.result.as_ref().ok())
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
            <h3 id="issues-title">{ format!("Row issues and import notes ({}, {skipped} skipped)", all.len()) }</h3>
            if all.is_empty() {
                <p>{ "Every row of every file was used as is." }</p>
            } else {
                <div class="no-print issue-tools">
                    <input type="search" placeholder="Filter issues" aria-label="Filter issues" oninput={on_filter} />
                    <button onclick={export_issues}>{ "Export issues as CSV" }</button>
                </div>
                <table>
                    <thead><tr><th>{ "File" }</th><th class="num">{ "Line" }</th><th>{ "Column" }</th><th>{ "Action" }</th><th>{ "Reason" }</th><th>{ "Text" }</th></tr></thead>
                    <tbody>
                    { for shown.iter().take(500).map(|row| html! {
                        <tr data-testid="issue-row">{ for row.iter().enumerate().map(|(i, c)| html! {
                            <td class={classes!((i == 1).then_some("num"), (i == 5).then_some("raw"))}>{ c }</td>
                        }) }</tr>
                    }) }
                    </tbody>
                </table>
                if shown.len() > 500 { <p>{ format!("Showing 500 of {}; export the list to see all.", shown.len()) }</p> }
            }
        </section>
    }
}
