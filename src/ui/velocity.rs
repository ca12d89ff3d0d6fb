//! Lead velocity: the funnel with its conversions, time in each stage, sales cycle,
//! stage counts over time, stagnating leads, the actions that move leads, and the
//! forecast — all from the CRM files, all printable.

use super::charts::{FunnelSvg, LineSvg};
use super::format;
use super::layout::TableFrame;
use super::locale::Locale;
use super::state::StateContext;
use super::text;
use crate::engine::metrics::config::Thresholds;
use crate::engine::metrics::funnel::StageKind;
use crate::engine::metrics::metric::{MetricId, Unit};
use crate::engine::metrics::velocity::Velocity;
use crate::engine::present::chart::{self, Margins};
use yew::prelude::*;

fn days(loc: Locale, v: Option<f64>) -> String {
    format::value_in(loc, v, Unit::Days)
}

/// A count written the locale's way.
/// The velocity report.
#[component]
pub fn VelocityView() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let Some(v) = state.audit.velocity.as_ref() else {
        return html! {};
    };
    html! {
        <section aria-labelledby="velocity-title" class="velocity page-break" data-testid="velocity">
            <h3 id="velocity-title">{ text::ui(loc, text::Ui::LeadVelocity) }</h3>
            <p class="note">{ text::stages_from(loc, v.from) }</p>
            <div class="two-columns">
                { funnel(loc, v) }
                { acceptance(loc, v, &state.settings.thresholds) }
            </div>
            { stage_table(loc, v) }
            { stage_counts(loc, v) }
            { sales_cycle(loc, v) }
            { forecast(loc, v) }
            { actions(loc, v) }
            { stagnant(loc, v) }
        </section>
    }
}

fn funnel(loc: Locale, v: &Velocity) -> Html {
    let metric_of = |k: StageKind| match k {
        StageKind::Lead => Some(MetricId::Leads),
        StageKind::Mql => Some(MetricId::Mqls),
        StageKind::Sql => Some(MetricId::Sqls),
        StageKind::Customer => Some(MetricId::Customers),
        _ => None,
    };
    let labels: Vec<String> = v
        .conversion
        .stages
        .iter()
        .map(|k| text::stage_label(loc, *k).to_owned())
        .collect();
    let stages: Vec<(MetricId, Option<f64>)> = v
        .conversion
        .stages
        .iter()
        .zip(&v.conversion.reached)
        .map(|(k, n)| (metric_of(*k).unwrap_or(MetricId::Leads), Some(*n as f64)))
        .collect();
    let geometry = chart::funnel_chart(&stages, 360.0, 34.0, 8.0);
    let summary = chart::through(&geometry).and_then(|share| {
        let first = geometry.stages.first()?.count?;
        Some(text::guide(
            loc,
            text::Guide::ChartThrough,
            &[
                (
                    "first",
                    format!(
                        "{} ({})",
                        labels.first()?,
                        format::grouped_in(loc, first, 0)
                    ),
                ),
                ("share", format::value_in(loc, Some(share), Unit::Rate)),
                ("last", labels.last()?.clone()),
            ],
        ))
    });
    html! {
        <figure class="chart" data-testid="funnel-chart">
            <FunnelSvg chart={geometry} labels={labels} summary={summary} />
            <figcaption>{ text::ui(loc, text::Ui::VelocityFunnelNote) }</figcaption>
        </figure>
    }
}

fn acceptance(loc: Locale, v: &Velocity, thresholds: &Thresholds) -> Html {
    let Some(a) = &v.conversion.acceptance else {
        return html! {};
    };
    let too_low = thresholds.acceptance_too_low(a.rate);
    let alarm = text::fill(
        text::ui(loc, text::Ui::MqlAlarm),
        &[(
            "min",
            format::threshold(loc, thresholds.mql_acceptance_minimum, Unit::Rate),
        )],
    );
    html! {
        <div class={classes!("acceptance", too_low.then_some("alarm"))} data-testid="acceptance"
             data-rate={format::raw(a.rate)} data-review={too_low.to_string()}>
            <h4>{ text::ui(loc, text::Ui::MqlAcceptance) }</h4>
            <p class="big">{ format::value_in(loc, a.rate, Unit::Rate) }</p>
            <p>{ text::counted(loc, text::Counted::MqlsAccepted, a.mqls, &[("accepted", format::count(loc, a.accepted)), ("pending", format::count(loc, a.pending))]) }</p>
            if too_low { <p class="alarm-text">{ alarm }</p> }
            if !v.conversion.acceptance_by_period.is_empty() {
                <table class="compact">
                    <thead><tr><th>{ text::ui(loc, text::Ui::ColMqlCohort) }</th><th class="num">{ text::ui(loc, text::Ui::ColMqls) }</th><th class="num">{ text::ui(loc, text::Ui::ColAccepted) }</th></tr></thead>
                    <tbody>
                    { for v.conversion.acceptance_by_period.iter().rev().take(6).map(|(p, a)| html! {
                        <tr class={classes!(thresholds.acceptance_too_low(a.rate).then_some("alarm-row"))}>
                            <td>{ format::period(loc, &p.label()) }</td><td class="num">{ format::count(loc, a.mqls) }</td><td class="num">{ format::value_in(loc, a.rate, Unit::Rate) }</td>
                        </tr>
                    }) }
                    </tbody>
                </table>
            }
        </div>
    }
}

fn stage_table(loc: Locale, v: &Velocity) -> Html {
    let current = v.counts.current();
    let count_of = |k: StageKind| current.iter().find(|(s, _)| *s == k).map(|(_, n)| *n);
    let next_step = |k: StageKind| {
        v.conversion
            .steps
            .iter()
            .find(|s| s.from == k)
            .and_then(|s| s.rate)
    };
    html! {
        <TableFrame label={text::ui(loc, text::Ui::LeadVelocity).to_owned()}>
        <table class="kpi" data-testid="velocity-table">
            <thead><tr>
                <th>{ text::ui(loc, text::Ui::ColStage) }</th><th class="num">{ text::ui(loc, text::Ui::ColLeadsNow) }</th>
                <th class="num" title={text::sentence(loc, text::Sentence::MeanDaysHint, &[])}>{ text::ui(loc, text::Ui::ColMeanDays) }</th>
                <th class="num">{ text::ui(loc, text::Ui::ColMedian) }</th><th class="num">{ "p90" }</th>
                <th class="num" title={text::sentence(loc, text::Sentence::StillInStageHint, &[])}>{ text::ui(loc, text::Ui::ColStillInStage) }</th>
                <th class="num">{ text::ui(loc, text::Ui::ColReEntries) }</th><th class="num">{ text::ui(loc, text::Ui::ColToNextStage) }</th>
                <th>{ text::ui(loc, text::Ui::ColDaysInStageWeeks) }</th>
            </tr></thead>
            <tbody>
            { for v.time_in_stage.iter().map(|t| {
                let max = t.histogram.iter().map(|b| b.leads).max().unwrap_or(0).max(1) as f64;
                html! {
                    <tr data-testid="velocity-row" data-stage={t.stage.id()} data-median={format::raw(t.latest.median)}>
                        <th scope="row">{ text::stage_label(loc, t.stage) }</th>
                        <td class="num">{ count_of(t.stage).map(|n| format::count(loc, n)).unwrap_or_default() }</td>
                        <td class="num">{ days(loc, t.latest.mean) }</td>
                        <td class="num">{ days(loc, t.latest.median) }</td>
                        <td class="num">{ days(loc, t.latest.p90) }</td>
                        <td class="num">{ t.censored.len() }</td>
                        <td class="num">{ format::count(loc, t.reentered) }</td>
                        <td class="num">{ format::value_in(loc, next_step(t.stage), Unit::Rate) }</td>
                        <td>
                            <svg class="histogram" viewBox="0 0 130 20" width="130" height="20" role="img"
                                 aria-label={text::sentence(loc, text::Sentence::Histogram, &[("stage", text::stage_label(loc, t.stage).to_owned())])}>
                                { for t.histogram.iter().enumerate().map(|(i, b)| {
                                    let h = (b.leads as f64 / max * 18.0).max(if b.leads > 0 { 1.0 } else { 0.0 });
                                    html! { <rect x={format!("{}", i * 10)} y={format!("{:.1}", 19.0 - h)} width="8" height={format!("{h:.1}")} /> }
                                }) }
                            </svg>
                        </td>
                    </tr>
                }
            }) }
            </tbody>
        </table>
        </TableFrame>
    }
}

fn stage_counts(loc: Locale, v: &Velocity) -> Html {
    let stages: Vec<StageKind> = v
        .counts
        .stages
        .iter()
        .copied()
        .filter(|k| !matches!(k, StageKind::Lost | StageKind::Other))
        .collect();
    let periods: Vec<crate::engine::metrics::period::Period> = v
        .counts
        .flows
        .iter()
        .map(|f| f.period)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    if periods.len() < 2 {
        return html! {};
    }
    let series: Vec<Vec<Option<f64>>> = stages
        .iter()
        .map(|k| {
            periods
                .iter()
                .map(|p| v.counts.on(p.end(), *k).map(|n| n as f64))
                .collect()
        })
        .collect();
    let names: Vec<String> = stages
        .iter()
        .map(|k| text::stage_label(loc, *k).to_owned())
        .collect();
    let geometry = chart::line_chart(
        &periods,
        &series,
        Unit::Count,
        560.0,
        220.0,
        Margins::default(),
    );
    html! {
        <figure class="chart" data-testid="stage-counts-chart">
            <LineSvg chart={geometry} names={names} title={text::sentence(loc, text::Sentence::StageCountsTitle, &[])} unit={Unit::Count} />
        </figure>
    }
}

fn sales_cycle(loc: Locale, v: &Velocity) -> Html {
    let c = &v.sales_cycle;
    if c.total.count == 0 {
        return html! {};
    }
    html! {
        <div data-testid="sales-cycle" data-median={format::raw(c.total.median)}>
            <h4>{ text::heading(loc, text::Heading::SalesCycle, &[("median", days(loc, c.total.median)), ("mean", days(loc, c.total.mean)), ("count", format::grouped_in(loc, c.total.count as f64, 0))]) }</h4>
            <table class="compact">
                <thead><tr><th>{ text::ui(loc, text::Ui::ColSource) }</th><th class="num">{ text::ui(loc, text::Ui::ColCustomers) }</th><th class="num">{ text::ui(loc, text::Ui::ColMedianDays) }</th><th class="num">{ text::ui(loc, text::Ui::ColMeanDays) }</th></tr></thead>
                <tbody>
                { for c.by_source.iter().map(|(s, d)| html! {
                    <tr><td>{ s.clone().unwrap_or_else(|| text::sentence(loc, text::Sentence::NotSet, &[])) }</td><td class="num">{ format::count(loc, d.count) }</td><td class="num">{ days(loc, d.median) }</td><td class="num">{ days(loc, d.mean) }</td></tr>
                }) }
                </tbody>
            </table>
            if !c.issues.is_empty() { <p class="note">{ text::counted(loc, text::Counted::WonBeforeContact, c.issues.len() as u64, &[]) }</p> }
        </div>
    }
}

fn forecast(loc: Locale, v: &Velocity) -> Html {
    let f = &v.forecast;
    if f.expected.is_empty() {
        return html! {};
    }
    let targets: Vec<StageKind> = f
        .expected
        .iter()
        .map(|e| e.stage)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    html! {
        <div data-testid="forecast">
            <h4>{ text::ui(loc, text::Ui::Forecast) }</h4>
            <table class="compact">
                <thead><tr><th>{ text::ui(loc, text::Ui::ColReaching) }</th>{ for f.periods.iter().map(|p| html! { <th class="num">{ format::period(loc, &p.label()) }</th> }) }</tr></thead>
                <tbody>
                { for targets.iter().map(|k| html! {
                    <tr><td>{ text::stage_label(loc, *k) }</td>
                    { for f.periods.iter().map(|p| {
                        let n = f.expected.iter().find(|e| e.stage == *k && e.period == *p).map(|e| e.leads);
                        html! { <td class="num">{ n.map(|n| format!("{n:.1}")).unwrap_or_else(|| "—".to_owned()) }</td> }
                    }) }</tr>
                }) }
                </tbody>
            </table>
            <p class="note">{ text::sentence(loc, text::Sentence::ForecastNote, &[]) }
            { for f.steps.iter().map(|s| html! { <span>{ " " }{ text::sentence(loc, text::Sentence::ForecastStep, &[
                ("stage", text::stage_label(loc, s.stage).to_owned()),
                ("current", format::count(loc, s.current)),
                ("rate", format::value_in(loc, s.conversion_to_next, Unit::Rate)),
                ("median", days(loc, s.median_days)),
            ]) }</span> }) }
            </p>
        </div>
    }
}

fn actions(loc: Locale, v: &Velocity) -> Html {
    let mut top: Vec<_> = v
        .actions
        .iter()
        .filter(|a| a.lift.is_some_and(|l| l > 1.0) && a.entries >= 5)
        .collect();
    top.sort_by(|a, b| b.lift.unwrap_or(0.0).total_cmp(&a.lift.unwrap_or(0.0)));
    if top.is_empty() {
        return html! {};
    }
    html! {
        <div data-testid="actions">
            <h4>{ text::ui(loc, text::Ui::Precedes) }</h4>
            <p class="note">{ text::sentence(loc, text::Sentence::ActionsNote, &[]) }</p>
            <table class="compact">
                <thead><tr><th>{ text::ui(loc, text::Ui::ColStage) }</th><th>{ text::ui(loc, text::Ui::ColAction) }</th><th class="num">{ text::ui(loc, text::Ui::ColEntries) }</th><th class="num">{ text::ui(loc, text::Ui::ColShare) }</th><th class="num">{ text::ui(loc, text::Ui::ColLift) }</th></tr></thead>
                <tbody>
                { for top.iter().take(10).map(|a| html! {
                    <tr><td>{ text::stage_label(loc, a.stage) }</td><td>{ &a.action }</td><td class="num">{ format::count(loc, a.entries) }</td>
                    <td class="num">{ format::value_in(loc, a.share, Unit::Rate) }</td><td class="num">{ format::value_in(loc, a.lift, Unit::Multiple) }</td></tr>
                }) }
                </tbody>
            </table>
        </div>
    }
}

fn stagnant(loc: Locale, v: &Velocity) -> Html {
    if v.stagnant.is_empty() {
        return html! {};
    }
    const SHOWN: usize = 25;
    html! {
        <details class="stagnant" data-testid="stagnant" data-count={v.stagnant.len().to_string()}>
            <summary>{ text::counted(loc, text::Counted::Stagnating, v.stagnant.len() as u64, &[]) }</summary>
            <table class="compact">
                <thead><tr><th>{ text::ui(loc, text::Ui::ColLead) }</th><th>{ text::ui(loc, text::Ui::ColStage) }</th><th>{ text::ui(loc, text::Ui::ColSince) }</th><th class="num">{ text::ui(loc, text::Ui::ColDays) }</th><th class="num">{ text::ui(loc, text::Ui::ColLimit) }</th></tr></thead>
                <tbody>
                { for v.stagnant.iter().take(SHOWN).map(|s| html! {
                    <tr><td>{ &s.lead }</td><td>{ text::stage_label(loc, s.stage) }</td><td>{ format::date(loc, s.since) }</td><td class="num">{ format::grouped_in(loc, s.days as f64, 0) }</td><td class="num">{ format::grouped_in(loc, s.limit as f64, 0) }</td></tr>
                }) }
                </tbody>
            </table>
            if v.stagnant.len() > SHOWN { <p class="note">{ text::counted(loc, text::Counted::LongestShown, SHOWN as u64, &[]) }</p> }
        </details>
    }
}
