//! KPI views: headline cards for the pinned KPIs, sortable tables per group (paid media,
//! funnel, web, social), email health per period, and customers per period with their
//! cohort triangle. Each value cell carries `data-metric` and the
//! unrounded `data-value`; each header carries the formula on hover.

use super::format;
use super::layout::{print_column_groups, TableFrame, PRINT_COLUMNS};
use super::locale::Locale;
use super::state::{Action, StateContext};
use super::text;
use crate::engine::metrics::audit::{Audit, Change, Comparison, Dimension, MetricSource};
use crate::engine::metrics::config;
use crate::engine::metrics::metric::{Formulas, MetricId, Unit};
use crate::engine::metrics::period::{Bucket, Period};
use crate::engine::present::chart;
use yew::prelude::*;

/// The group label of the totals row in `data-group`.
const TOTAL: &str = "__total__";

/// The periods of `bucket` in which `metric` has a total, newest first.
fn periods_newest_first(audit: &Audit, metric: MetricId, bucket: Bucket) -> Vec<Period> {
    audit
        .series(metric, Dimension::Total, None, bucket)
        .iter()
        .filter_map(|f| f.period)
        .rev()
        .collect()
}

/// Metrics of `candidates` that have a whole-range total in the audit.
fn present(audit: &Audit, candidates: &[MetricId]) -> Vec<MetricId> {
    candidates
        .iter()
        .copied()
        .filter(|m| audit.has(*m))
        .collect()
}

/// "+12.3%" / "+1.2 pts" / "+340": the change in the words a reader expects.
fn change_text(loc: Locale, unit: Unit, change: Option<Change>) -> String {
    let Some(c) = change else {
        return format::UNDEFINED.to_owned();
    };
    match (unit, c.relative) {
        (Unit::Rate, _) => format::signed_points(loc, c.absolute),
        (_, Some(r)) => format::signed_percent(loc, r),
        (_, None) => format::signed(
            format::value_in(loc, Some(c.absolute.abs()), unit),
            c.absolute,
        ),
    }
}

/// The CSS class of a change: `good`, `bad` or `flat`, by the metric's polarity.
fn direction(metric: MetricId, change: Option<Change>) -> &'static str {
    match change.and_then(|c| metric.judge(c.absolute)) {
        Some(true) => "good",
        Some(false) => "bad",
        None => "flat",
    }
}

fn sparkline(
    audit: &Audit,
    metric: MetricId,
    dimension: Dimension,
    group: Option<&str>,
    label: String,
) -> Html {
    let values: Vec<Option<f64>> = audit
        .series_with_gaps(metric, dimension, group, Bucket::Month)
        .into_iter()
        .map(|(_, v)| v)
        .collect();
    let path = chart::sparkline(&values, 80.0, 18.0);
    html! {
        <svg class="spark" viewBox="-1 -1 82 20" width="82" height="20" role="img" aria-label={label}>
            <path d={path} fill="none" stroke="currentColor" stroke-width="1.5" />
        </svg>
    }
}

/// The pinned KPIs for the period holding the reporting date, with comparisons.
#[component]
pub fn Headline() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let audit = &state.audit;
    let Some(period) = audit.current_period() else {
        return html! {};
    };
    let formulas = state.settings.audit.formulas;
    let pinned = &state.settings.pinned;
    let n = pinned.len();
    let advice = if !config::PINNED_RANGE.contains(&n) {
        Some(text::counted(
            loc,
            text::Counted::PinAdvice,
            n as u64,
            &[
                ("min", count(loc, *config::PINNED_RANGE.start())),
                ("max", count(loc, *config::PINNED_RANGE.end())),
            ],
        ))
    } else {
        None
    };
    let cards = pinned.iter().map(|&m| {
        let c: Comparison = audit.compare(m, Dimension::Total, None, period);
        let unit = m.unit();
        let prev = period.previous().map(|p| format::period(loc, &p.label())).unwrap_or_default();
        let year = period.year_ago().map(|p| format::period(loc, &p.label())).unwrap_or_default();
        html! {
            <article class="card" data-testid="headline-kpi" data-metric={m.id()} data-value={format::raw(c.current)}>
                <h4 title={text::metric_formula(loc, m, formulas)}>{ text::metric_label(loc, m) }</h4>
                <p class="big">{ format::value_in(loc, c.current, unit) }</p>
                <p class={classes!("delta", direction(m, c.vs_previous()))}>
                    { text::sentence(loc, text::Sentence::VsPeriod, &[("change", change_text(loc, unit, c.vs_previous())), ("period", prev.clone())]) }
                </p>
                <p class={classes!("delta", direction(m, c.vs_year_ago()))}>
                    { text::sentence(loc, text::Sentence::VsPeriod, &[("change", change_text(loc, unit, c.vs_year_ago())), ("period", year.clone())]) }
                </p>
                { sparkline(audit, m, Dimension::Total, None, text::sentence(loc, text::Sentence::ByMonth, &[("metric", text::metric_label(loc, m).to_owned())])) }
            </article>
        }
    });
    html! {
        <section aria-labelledby="headline-title" class="headline">
            <h3 id="headline-title">{ text::heading(loc, text::Heading::Headline, &[("period", format::period(loc, &period.label()))]) }</h3>
            if let Some(advice) = advice { <p class="advice" data-testid="pin-advice">{ advice }</p> }
            <div class="cards">{ for cards }</div>
            <PinEditor />
        </section>
    }
}

/// Choose which KPIs lead the page, the print-out and the export.
#[component]
fn PinEditor() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let available = present(&state.audit, &MetricId::ALL);
    html! {
        <details class="pin-editor no-print">
            <summary>{ text::sentence(loc, text::Sentence::ChooseHeadline, &[]) }</summary>
            <div class="pins">
            { for available.iter().map(|&m| {
                let state = state.clone();
                let on = state.settings.pinned.contains(&m);
                let toggle = Callback::from(move |_: Event| state.dispatch(Action::TogglePin(m)));
                html! {
                    <label><input type="checkbox" data-testid="pin" data-metric={m.id()} checked={on} onchange={toggle} />{ format!(" {}", text::metric_label(loc, m)) }</label>
                }
            }) }
            </div>
        </details>
    }
}

/// A count written the locale's way.
fn count(loc: Locale, n: usize) -> String {
    format::count(loc, n as u64)
}

/// Groups a table shows before "Show all": a keyword or ad-name split can have
/// thousands.
const TOP_GROUPS: usize = 25;

/// The props of a table of groups.
#[derive(Properties, PartialEq, Clone)]
pub struct GroupTableProps {
    /// Section title.
    pub title: AttrValue,
    /// `data-testid` of the table.
    pub testid: AttrValue,
    /// Metrics offered as columns (only those with data are shown).
    pub metrics: Vec<MetricId>,
    /// Splits offered (only those with groups are shown).
    pub dimensions: Vec<Dimension>,
    /// Which files feed the table, named under it.
    pub sources: Vec<MetricSource>,
}

/// One row per group of the chosen split, a totals row first; sortable by any column;
/// for a chosen period, each cell also shows the change since the period before.
#[component]
pub fn GroupTable(props: &GroupTableProps) -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let sort = use_state(|| None::<(MetricId, bool)>);
    let chosen_period = use_state(|| None::<Period>);
    let chosen_dimension = use_state(|| None::<Dimension>);
    let search = use_state(String::new);
    let show_all = use_state(|| false);
    let audit = &state.audit;
    let metrics = present(audit, &props.metrics);
    let Some(&first) = metrics.first() else {
        return html! {};
    };
    // The splits the table offers, then every text column of its files.
    let dimensions: Vec<Dimension> = props
        .dimensions
        .iter()
        .copied()
        .chain(audit.split_dimensions(first))
        .filter(|d| !audit.groups(*d, first).is_empty())
        .collect();
    let dimension = (*chosen_dimension)
        .or(state.paid_dimension)
        .filter(|d| dimensions.contains(d))
        .or_else(|| dimensions.first().copied())
        .unwrap_or(Dimension::Total);
    let bucket = audit.bucket.unwrap_or(Bucket::Quarter);
    let periods = periods_newest_first(audit, first, bucket);
    let period = (*chosen_period).filter(|p| periods.contains(p));
    let (sort_metric, descending) = (*sort).unwrap_or((
        if metrics.contains(&MetricId::Spend) {
            MetricId::Spend
        } else {
            first
        },
        true,
    ));
    let mut groups = audit.ranked_groups(dimension, first, sort_metric, period, descending);
    let total_groups = groups.len();
    let needle = search.to_lowercase();
    if !needle.is_empty() {
        groups.retain(|g| g.to_lowercase().contains(&needle));
    }
    let matching = groups.len();
    if !*show_all {
        groups.truncate(TOP_GROUPS);
    }
    let formulas = state.settings.audit.formulas;
    let trend_metric = if metrics.contains(&MetricId::Spend) {
        MetricId::Spend
    } else {
        first
    };
    let cell = |m: MetricId, group: Option<&str>| {
        let d = if group.is_some() {
            dimension
        } else {
            Dimension::Total
        };
        let v = audit.value(m, d, group, period);
        let delta = period.map(|p| audit.compare(m, d, group, p).vs_previous());
        html! {
            <td class="num" data-metric={m.id()} data-value={format::raw(v)}>
                { format::value_in(loc, v, m.unit()) }
                if let Some(change) = delta {
                    <span class={classes!("cell-delta", direction(m, change))}>{ change_text(loc, m.unit(), change) }</span>
                }
            </td>
        }
    };
    let thin_hint = text::sentence(
        loc,
        text::Sentence::ThinDataHint,
        &[
            (
                "clicks",
                format::grouped_in(loc, config::MIN_CLICKS_FOR_RATES, 0),
            ),
            (
                "leads",
                format::grouped_in(loc, config::MIN_LEADS_FOR_RATES, 0),
            ),
        ],
    );
    let on_dimension = {
        let chosen_dimension = chosen_dimension.clone();
        let state = state.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(d) = Dimension::from_key(&select.value()) {
                chosen_dimension.set(Some(d));
                state.dispatch(Action::PaidDimension(d));
            }
        })
    };
    let on_search = {
        let search = search.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            search.set(input.value());
        })
    };
    let on_show_all = {
        let show_all = show_all.clone();
        Callback::from(move |_: MouseEvent| show_all.set(!*show_all))
    };
    let on_period = {
        let chosen_period = chosen_period.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            chosen_period.set(Period::parse(&select.value()));
        })
    };
    let header = metrics.iter().map(|&m| {
        let sort = sort.clone();
        let active = sort_metric == m;
        let onclick = Callback::from(move |_: MouseEvent| {
            let desc = if active { !descending } else { true };
            sort.set(Some((m, desc)));
        });
        let aria = if active { if descending { "descending" } else { "ascending" } } else { "none" };
        html! {
            <th scope="col" class="num" title={text::metric_formula(loc, m, formulas)} data-metric={m.id()} aria-sort={aria}>
                <button class="sort" {onclick}>{ text::metric_label(loc, m) }{ if active { if descending { " ▾" } else { " ▴" } } else { "" } }</button>
            </th>
        }
    });
    let period_label = period.map_or_else(
        || text::sentence(loc, text::Sentence::WholeRangeInTitle, &[]),
        |p| format::period(loc, &p.label()),
    );
    // On paper, more than PRINT_COLUMNS metrics print as column groups (no sparklines).
    let split = metrics.len() > PRINT_COLUMNS;
    let printed = if split {
        let head = html! { <th scope="col">{ text::split_label(loc, audit, dimension) }</th> };
        let columns: Vec<Html> = metrics
            .iter()
            .map(|m| html! { <th scope="col" class="num">{ text::metric_label(loc, *m) }</th> })
            .collect();
        let mut rows: Vec<(Html, Vec<Html>)> = vec![(
            html! { <th scope="row">{ text::ui(loc, text::Ui::ColTotal) }</th> },
            metrics.iter().map(|m| cell(*m, None)).collect(),
        )];
        rows.extend(groups.iter().map(|g| {
            (
                html! { <th scope="row">{ text::label_shown(g).into_owned() }</th> },
                metrics.iter().map(|m| cell(*m, Some(g))).collect(),
            )
        }));
        print_column_groups(loc, &props.title, &head, &columns, &rows)
    } else {
        html! {}
    };
    html! {
        <section aria-label={props.title.clone()}>
            <h3>{ text::heading(loc, text::Heading::TableTitle, &[("title", props.title.to_string()), ("period", period_label.to_string())]) }</h3>
            <div class="table-tools no-print">
                if dimensions.len() > 1 {
                    <label>{ text::sentence(loc, text::Sentence::SplitBy, &[]) }{ " " }
                        <select data-testid={format!("{}-dimension", props.testid)} onchange={on_dimension}>
                            { for dimensions.iter().map(|d| html! {
                                <option value={d.key()} selected={*d == dimension}>{ text::split_label(loc, audit, *d) }</option>
                            }) }
                        </select>
                    </label>
                }
                <label>{ text::sentence(loc, text::Sentence::PeriodMenu, &[]) }{ " " }
                    <select data-testid={format!("{}-period", props.testid)} onchange={on_period}>
                        <option value="" selected={period.is_none()}>{ text::sentence(loc, text::Sentence::WholeRange, &[]) }</option>
                        { for periods.iter().map(|p| html! {
                            <option value={p.label()} selected={Some(*p) == period}>{ format::period(loc, &p.label()) }</option>
                        }) }
                    </select>
                </label>
            </div>
            <TableFrame label={props.title.to_string()}>
            <table class={classes!("kpi", split.then_some("screen-only"))} data-testid={props.testid.clone()} data-dimension={dimension.key()} data-period={period.map(|p| p.label()).unwrap_or_default()}>
                <thead>
                    <tr>
                        <th scope="col">{ text::split_label(loc, audit, dimension) }</th>
                        { for header }
                        <th scope="col" class="trend-col" title={text::sentence(loc, text::Sentence::ByMonth, &[("metric", text::metric_label(loc, trend_metric).to_owned())])}>{ text::ui(loc, text::Ui::ColTrend) }</th>
                    </tr>
                </thead>
                <tbody>
                    <tr class="total" data-testid="kpi-row" data-group={TOTAL}>
                        <th scope="row">{ text::ui(loc, text::Ui::ColTotal) }</th>
                        { for metrics.iter().map(|m| cell(*m, None)) }
                        <td class="trend">{ sparkline(audit, trend_metric, Dimension::Total, None, text::sentence(loc, text::Sentence::ByMonth, &[("metric", text::ui(loc, text::Ui::ColTotal).to_owned())])) }</td>
                    </tr>
                    { for groups.iter().map(|g| {
                        let thin = audit.thin(dimension, Some(g), period);
                        html! {
                            <tr data-testid="kpi-row" data-group={g.to_string()} data-thin={thin.to_string()}>
                                <th scope="row">{ text::label_shown(g).into_owned() }
                                    if thin {
                                        <span class="badge thin" title={thin_hint.clone()}>{ text::sentence(loc, text::Sentence::ThinData, &[]) }</span>
                                    }
                                </th>
                                { for metrics.iter().map(|m| cell(*m, Some(g))) }
                                <td class="trend">{ sparkline(audit, trend_metric, dimension, Some(g), text::sentence(loc, text::Sentence::ByMonth, &[("metric", g.to_string())])) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            </TableFrame>
            { printed }
            if total_groups > TOP_GROUPS {
                <p class="note no-print" data-testid={format!("{}-more", props.testid)}>
                    { if needle.is_empty() {
                        text::counted(loc, text::Counted::ShowingGroups, total_groups as u64, &[("shown", count(loc, groups.len()))])
                    } else {
                        text::counted(loc, text::Counted::ShowingGroupsMatching, total_groups as u64, &[("shown", count(loc, groups.len())), ("matching", count(loc, matching)), ("search", (*search).clone())])
                    } }{ " " }
                    <label>{ text::sentence(loc, text::Sentence::FindGroup, &[]) }{ " " }
                        <input type="search" data-testid={format!("{}-search", props.testid)} value={(*search).clone()} oninput={on_search} />
                    </label>
                    { " " }
                    <button onclick={on_show_all}>{ if *show_all { text::counted(loc, text::Counted::ShowTop, TOP_GROUPS as u64, &[]) } else { text::sentence(loc, text::Sentence::ShowAll, &[]) } }</button>
                </p>
            }
            <SourcesNote sources={props.sources.clone()} />
            <Legend metrics={metrics.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SourcesProps {
    sources: Vec<MetricSource>,
}

/// "From: …": the files that fed a table.
#[component]
fn SourcesNote(props: &SourcesProps) -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let files: Vec<&str> = state
        .audit
        .sources
        .iter()
        .filter(|(s, _)| props.sources.contains(s))
        .flat_map(|(_, files)| files.iter().map(String::as_str))
        .collect();
    if files.is_empty() {
        return html! {};
    }
    html! { <p class="note sources" data-testid="sources">{ text::sentence(loc, text::Sentence::SourcesFrom, &[("files", files.join(", "))]) }</p> }
}

/// A table of totals: the whole range first, then one row per period of `bucket` that
/// has data, newest first. Cells carry `data-metric` and the unrounded `data-value`.
/// On paper, more than [`PRINT_COLUMNS`] metrics print as column groups.
#[allow(clippy::too_many_arguments)]
fn period_table(
    loc: Locale,
    audit: &Audit,
    title: &str,
    metrics: &[MetricId],
    formulas: Formulas,
    bucket: Bucket,
    testid: &'static str,
    row_testid: &'static str,
) -> Html {
    let Some(&first) = metrics.first() else {
        return html! {};
    };
    let cells = |period: Option<Period>| -> Vec<Html> {
        metrics
            .iter()
            .map(|m| {
                let v = audit.value(*m, Dimension::Total, None, period);
                html! { <td class="num" data-metric={m.id()} data-value={format::raw(v)}>{ format::value_in(loc, v, m.unit()) }</td> }
            })
            .collect()
    };
    let head = html! { <th scope="col">{ text::bucket_label(loc, bucket) }</th> };
    let columns: Vec<Html> = metrics
        .iter()
        .map(|m| html! {
            <th scope="col" class="num" title={text::metric_formula(loc, *m, formulas)} data-metric={m.id()}>{ text::metric_label(loc, *m) }</th>
        })
        .collect();
    let periods = periods_newest_first(audit, first, bucket);
    let mut rows: Vec<(Option<Period>, Html)> = vec![(
        None,
        html! { <th scope="row">{ text::ui(loc, text::Ui::ColTotal) }</th> },
    )];
    rows.extend(periods.iter().map(|p| {
        (
            Some(*p),
            html! { <th scope="row">{ format::period(loc, &p.label()) }</th> },
        )
    }));
    let split = metrics.len() > PRINT_COLUMNS;
    let printed: Vec<(Html, Vec<Html>)> = if split {
        rows.iter().map(|(p, h)| (h.clone(), cells(*p))).collect()
    } else {
        Vec::new()
    };
    html! {
        <>
        <TableFrame label={title.to_owned()}>
        <table class={classes!("kpi", split.then_some("screen-only"))} data-testid={testid}>
            <thead><tr>{ head.clone() }{ for columns.iter().cloned() }</tr></thead>
            <tbody>
                { for rows.iter().map(|(p, h)| {
                    let group = p.map_or_else(|| TOTAL.to_owned(), |p| p.label());
                    html! {
                        <tr class={classes!(p.is_none().then_some("total"))} data-testid={row_testid} data-group={group}>
                            { h.clone() }{ for cells(*p) }
                        </tr>
                    }
                }) }
            </tbody>
        </table>
        </TableFrame>
        if split { { print_column_groups(loc, title, &head, &columns, &printed) } }
        </>
    }
}

/// Email health per period of the audit's bucket, totals first.
#[component]
pub fn EmailTable() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let audit = &state.audit;
    let metrics = present(audit, &MetricId::EMAIL);
    if metrics.is_empty() {
        return html! {};
    }
    let formulas = state.settings.audit.formulas;
    let base = formulas.email_base;
    let bucket = audit.bucket.unwrap_or(Bucket::Quarter);
    html! {
        <section aria-labelledby="email-title">
            <h3 id="email-title">{ text::heading(loc, text::Heading::EmailHealth, &[("bucket", text::bucket_label(loc, bucket).to_lowercase())]) }</h3>
            <p class="note">{ text::sentence(loc, text::Sentence::EmailNote, &[("base", text::email_base_label(loc, base).to_owned())]) }</p>
            { period_table(loc, audit, &text::guide(loc, text::Guide::NavEmail, &[]), &metrics, formulas, bucket, "email-table", "email-row") }
            <SourcesNote sources={vec![MetricSource::Email]} />
            <Legend metrics={metrics.clone()} />
        </section>
    }
}

/// Customers from their orders: totals and one row per period of the audit's bucket,
/// then the retention triangle of the acquisition cohorts.
#[component]
pub fn CustomersView() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let audit = &state.audit;
    let bucket = audit.bucket.unwrap_or(Bucket::Quarter);
    // Churn, retention and acquisition exist per period only, never for the whole range.
    let metrics: Vec<MetricId> = MetricId::CUSTOMERS
        .into_iter()
        .filter(|m| audit.has(*m) || !audit.series(*m, Dimension::Total, None, bucket).is_empty())
        .collect();
    if metrics.is_empty() {
        return html! {};
    }
    let formulas = state.settings.audit.formulas;
    let width = audit
        .cohorts
        .rows
        .iter()
        .map(|r| r.active.len())
        .max()
        .unwrap_or(0);
    html! {
        <section aria-labelledby="customers-title" data-testid="customers">
            <h3 id="customers-title">{ text::heading(loc, text::Heading::CustomersBy, &[("bucket", text::bucket_label(loc, bucket).to_lowercase())]) }</h3>
            <p class="note">{ text::sentence(loc, text::Sentence::ChurnNote, &[]) }</p>
            { period_table(loc, audit, &text::guide(loc, text::Guide::NavCustomers, &[]), &metrics, formulas, bucket, "customers-table", "customers-row") }
            if !audit.cohorts.rows.is_empty() {
                <h4>{ text::ui(loc, text::Ui::Cohorts) }</h4>
                <TableFrame label={text::ui(loc, text::Ui::Cohorts).to_owned()}>
                <table class="kpi cohorts" data-testid="cohorts">
                    <thead><tr>
                        <th>{ text::ui(loc, text::Ui::ColCohort) }</th>
                        <th class="num">{ text::ui(loc, text::Ui::ColCustomers) }</th>
                        { for (0..width).map(|k| html! { <th class="num">{ text::sentence(loc, text::Sentence::CohortOffset, &[("k", count(loc, k))]) }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for audit.cohorts.rows.iter().map(|row| html! {
                            <tr data-testid="cohort-row" data-cohort={row.cohort.label()}>
                                <th scope="row">{ format::period(loc, &row.cohort.label()) }</th>
                                <td class="num">{ format::grouped_in(loc, row.customers as f64, 0) }</td>
                                { for (0..width).map(|k| {
                                    let v = row.retention(k);
                                    html! { <td class="num" data-k={k.to_string()} data-value={format::raw(v)}>{ if v.is_some() { format::value_in(loc, v, Unit::Rate) } else { String::new() } }</td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
                </TableFrame>
            }
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
    let loc = state.locale;
    let formulas = state.settings.audit.formulas;
    html! {
        <details class="legend">
            <summary>{ text::sentence(loc, text::Sentence::HowComputed, &[]) }</summary>
            <dl>
                { for props.metrics.iter().map(|m| html! {
                    <>
                        <dt>{ text::metric_label(loc, *m) }<code>{ format!(" {}", m.id()) }</code></dt>
                        <dd>{ text::metric_formula(loc, *m, formulas) }</dd>
                    </>
                }) }
            </dl>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(unit: Unit, absolute: f64, relative: Option<f64>, expected: &str) {
        assert_eq!(
            change_text(Locale::En, unit, Some(Change { absolute, relative })),
            expected
        );
    }

    #[test]
    fn changes_read_as_a_marketer_expects() {
        check(Unit::Money, 50.0, Some(1.0), "+100.0%");
        check(Unit::Count, -3.0, Some(-0.25), "−25.0%");
        check(Unit::Rate, 0.012, Some(0.5), "+1.2 pts");
        check(Unit::Rate, -0.004, None, "−0.4 pts");
        check(Unit::Money, 12.5, None, "+12.50");
        check(Unit::Count, 0.0, Some(0.0), "0.0%");
        assert_eq!(change_text(Locale::En, Unit::Money, None), "—");
    }

    #[test]
    fn colours_follow_the_metrics_polarity() {
        let up = Some(Change {
            absolute: 1.0,
            relative: Some(0.1),
        });
        let down = Some(Change {
            absolute: -1.0,
            relative: Some(-0.1),
        });
        assert_eq!(direction(MetricId::Revenue, up), "good");
        assert_eq!(direction(MetricId::Cac, up), "bad");
        assert_eq!(direction(MetricId::Cac, down), "good");
        assert_eq!(direction(MetricId::Spend, up), "flat");
        assert_eq!(direction(MetricId::Revenue, None), "flat");
    }
}
