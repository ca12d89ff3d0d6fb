//! KPI tables: paid media by campaign (or channel, source, ad group) and email by month.
//! Each cell carries `data-metric` and the unrounded `data-value`; the header carries
//! the formula on hover.

use super::format;
use super::state::{Action, StateContext};
use super::text;
use crate::engine::audit::{Audit, Dimension};
use crate::engine::chart;
use crate::engine::metrics::{EmailBase, MetricId};
use yew::prelude::*;

/// The group label of the totals row in `data-group`.
const TOTAL: &str = "__total__";

/// Metrics that have a total in the audit, in the order of `candidates`.
fn present(audit: &Audit, candidates: &[MetricId]) -> Vec<MetricId> {
    candidates
        .iter()
        .copied()
        .filter(|m| audit.figure(*m, Dimension::Total, None, None).is_some())
        .collect()
}

fn header(metrics: &[MetricId], base: EmailBase) -> Html {
    html! {
        { for metrics.iter().map(|m| html! {
            <th class="num" title={text::metric_formula(*m, base)} data-metric={m.id()}>{ text::metric_label(*m) }</th>
        }) }
    }
}

fn cells(
    audit: &Audit,
    metrics: &[MetricId],
    dimension: Dimension,
    group: Option<&str>,
    period: Option<&str>,
) -> Html {
    html! {
        { for metrics.iter().map(|m| {
            let value = audit.figure(*m, dimension, group, period).and_then(|f| f.value);
            html! {
                <td class="num" data-metric={m.id()} data-value={format::raw(value)}>
                    { format::value(value, m.unit()) }
                </td>
            }
        }) }
    }
}

fn sparkline(audit: &Audit, metric: MetricId, dimension: Dimension, group: Option<&str>) -> Html {
    let values: Vec<Option<f64>> = audit
        .periods(metric, dimension, group)
        .iter()
        .map(|f| f.value)
        .collect();
    let path = chart::sparkline(&values, 80.0, 18.0);
    html! {
        <td class="trend">
            <svg viewBox="-1 -1 82 20" width="82" height="20" role="img"
                 aria-label={format!("{} by month", text::metric_label(metric))}>
                <path d={path} fill="none" stroke="currentColor" stroke-width="1.5" />
            </svg>
        </td>
    }
}

/// Paid media, totals first, then one row per group of the chosen dimension.
#[component]
pub fn PaidTable() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let audit = &state.audit;
    let metrics = present(audit, &MetricId::PAID);
    if metrics.is_empty() {
        return html! {};
    }
    let dimensions: Vec<Dimension> = [
        Dimension::Campaign,
        Dimension::Channel,
        Dimension::Source,
        Dimension::AdGroup,
    ]
    .into_iter()
    .filter(|d| {
        !audit.groups(*d, MetricId::Spend).is_empty() || !audit.groups(*d, metrics[0]).is_empty()
    })
    .collect();
    let dimension = state
        .paid_dimension
        .filter(|d| dimensions.contains(d))
        .or_else(|| dimensions.first().copied())
        .unwrap_or(Dimension::Total);
    let trend_metric = if metrics.contains(&MetricId::Spend) {
        MetricId::Spend
    } else {
        metrics[0]
    };
    let mut groups: Vec<&str> = audit.groups(dimension, metrics[0]);
    // Biggest spenders first, as a marketer reads the table.
    groups.sort_by(|a, b| {
        let v = |g: &str| {
            audit
                .figure(trend_metric, dimension, Some(g), None)
                .and_then(|f| f.value)
                .unwrap_or(0.0)
        };
        v(b).total_cmp(&v(a))
    });
    let on_dimension = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let d = match select.value().as_str() {
                "channel" => Dimension::Channel,
                "source" => Dimension::Source,
                "ad_group" => Dimension::AdGroup,
                _ => Dimension::Campaign,
            };
            state.dispatch(Action::PaidDimension(d));
        })
    };
    let base = state.settings.formulas.email_base;
    html! {
        <section aria-labelledby="paid-title">
            <h3 id="paid-title">{ "Paid media" }</h3>
            if dimensions.len() > 1 {
                <label class="no-print">{ "Split by " }
                    <select data-testid="paid-dimension" onchange={on_dimension}>
                        { for dimensions.iter().map(|d| html! {
                            <option value={d.id()} selected={*d == dimension}>{ text::dimension_label(*d) }</option>
                        }) }
                    </select>
                </label>
            }
            <div class="table-wrap">
            <table class="kpi" data-testid="kpi-table" data-dimension={dimension.id()}>
                <thead>
                    <tr>
                        <th>{ text::dimension_label(dimension) }</th>
                        { header(&metrics, base) }
                        <th title={format!("{} by month", text::metric_label(trend_metric))}>{ "Trend" }</th>
                    </tr>
                </thead>
                <tbody>
                    <tr class="total" data-testid="kpi-row" data-group={TOTAL}>
                        <th scope="row">{ "Total" }</th>
                        { cells(audit, &metrics, Dimension::Total, None, None) }
                        { sparkline(audit, trend_metric, Dimension::Total, None) }
                    </tr>
                    { for groups.iter().map(|g| html! {
                        <tr data-testid="kpi-row" data-group={g.to_string()}>
                            <th scope="row">{ *g }</th>
                            { cells(audit, &metrics, dimension, Some(g), None) }
                            { sparkline(audit, trend_metric, dimension, Some(g)) }
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
            <Legend metrics={metrics.clone()} />
        </section>
    }
}

/// Email health by month, totals first.
#[component]
pub fn EmailTable() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let audit = &state.audit;
    let metrics = present(audit, &MetricId::EMAIL);
    if metrics.is_empty() {
        return html! {};
    }
    let base = state.settings.formulas.email_base;
    let months: Vec<String> = audit
        .periods(metrics[0], Dimension::Total, None)
        .iter()
        .filter_map(|f| f.period.clone())
        .collect();
    html! {
        <section aria-labelledby="email-title">
            <h3 id="email-title">{ "Email health" }</h3>
            <p class="note">{ format!("Open, click, unsubscribe and complaint rates divide by {} emails; click-to-open divides by unique opens.", text::email_base_label(base)) }</p>
            <div class="table-wrap">
            <table class="kpi" data-testid="email-table">
                <thead><tr><th>{ "Month" }</th>{ header(&metrics, base) }</tr></thead>
                <tbody>
                    <tr class="total" data-testid="email-row" data-group={TOTAL}>
                        <th scope="row">{ "Total" }</th>
                        { cells(audit, &metrics, Dimension::Total, None, None) }
                    </tr>
                    { for months.iter().rev().map(|m| html! {
                        <tr data-testid="email-row" data-group={m.clone()}>
                            <th scope="row">{ m }</th>
                            { cells(audit, &metrics, Dimension::Total, None, Some(m)) }
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
            <Legend metrics={metrics.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct LegendProps {
    metrics: Vec<MetricId>,
}

/// The formulas under a table, so the print-out explains itself too.
#[component]
fn Legend(props: &LegendProps) -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let base = state.settings.formulas.email_base;
    html! {
        <details class="legend">
            <summary>{ "How these numbers are computed" }</summary>
            <dl>
                { for props.metrics.iter().map(|m| html! {
                    <>
                        <dt>{ text::metric_label(*m) }<code>{ format!(" {}", m.id()) }</code></dt>
                        <dd>{ text::metric_formula(*m, base) }</dd>
                    </>
                }) }
            </dl>
        </details>
    }
}
