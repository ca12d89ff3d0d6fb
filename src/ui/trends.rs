//! Trends: what changed since the last period and a year ago (short term), where each
//! series has been heading over quarters (long term), and how two series move together
//! — with the reminder that correlation is not causation on every view of it.

use super::charts::{BarSvg, LineSvg, StackedSvg};
use super::format;
use super::locale::Locale;
use super::state::StateContext;
use super::text;
use crate::engine::metrics::audit::{Audit, Dimension};
use crate::engine::metrics::config;
use crate::engine::metrics::metric::MetricId;
use crate::engine::metrics::period::{Bucket, Period};
use crate::engine::present::chart::{self, Margins};
use crate::engine::review::trends::{self, Baseline, Direction, Hypothesis, ShortTermThresholds};
use yew::prelude::*;

/// Periods a trend chart and fit look back.
const WINDOW: usize = config::TREND_PERIODS;

fn window(audit: &Audit, bucket: Bucket) -> Vec<Period> {
    audit
        .as_of
        .map(|d| trends::periods_ending(Period::of(bucket, d), WINDOW))
        .unwrap_or_default()
}

/// One chart per pinned KPI: by month over the last year, with the year before dashed.
#[component]
pub fn HeadlineCharts() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let audit = &state.audit;
    let Some(as_of) = audit.as_of else {
        return html! {};
    };
    let months = trends::periods_ending(Period::of(Bucket::Month, as_of), 12);
    let charts = state.settings.pinned.iter().filter(|m| audit.has(**m)).map(|&m| {
        let now = trends::values(audit, m, Dimension::Total, None, &months);
        let before = trends::values_year_ago(audit, m, Dimension::Total, None, &months);
        let summary = chart::summarise(&now).map(|s| text::chart_summary(loc, m, &s, &months));
        let geometry = chart::line_chart(&months, &[now, before], m.unit(), 300.0, 150.0, Margins { left: 44.0, ..Margins::default() });
        html! {
            <figure class="small-multiple" data-testid="headline-chart" data-metric={m.id()}>
                <figcaption>{ text::metric_label(loc, m) }</figcaption>
                <LineSvg chart={geometry} names={vec![text::sentence(loc, text::Sentence::Last12Months, &[]), text::sentence(loc, text::Sentence::YearBefore, &[])]}
                         title={text::sentence(loc, text::Sentence::ByMonthWithYearBefore, &[("metric", text::metric_label(loc, m).to_owned())])}
                         unit={m.unit()} summary={summary} />
            </figure>
        }
    });
    html! {
        <section aria-labelledby="headline-charts-title" class="headline-charts">
            <h3 id="headline-charts-title">{ text::ui(loc, text::Ui::HeadlineCharts) }</h3>
            <div class="multiples">{ for charts }</div>
        </section>
    }
}

/// Spend per channel per period, stacked: the channel mix.
fn channel_mix(loc: Locale, audit: &Audit, bucket: Bucket, periods: &[Period]) -> Html {
    let channels = audit.groups(Dimension::Channel, MetricId::Spend);
    if channels.len() < 2 {
        return html! {};
    }
    let series: Vec<Vec<Option<f64>>> = channels
        .iter()
        .map(|c| trends::values(audit, MetricId::Spend, Dimension::Channel, Some(c), periods))
        .collect();
    let summary = chart::summarise(&chart::totals(&series, periods.len()))
        .map(|s| text::chart_summary(loc, MetricId::Spend, &s, periods));
    let geometry = chart::stacked_bars(
        periods,
        &series,
        MetricId::Spend.unit(),
        640.0,
        220.0,
        Margins::default(),
    );
    html! {
        <figure class="chart" data-testid="channel-mix">
            <figcaption>{ text::heading(loc, text::Heading::ChannelMix, &[("bucket", text::bucket_label(loc, bucket).to_lowercase())]) }</figcaption>
            <StackedSvg chart={geometry} names={channels.iter().map(|c| c.to_string()).collect::<Vec<_>>()}
                        title={text::sentence(loc, text::Sentence::SpendStacked, &[])} unit={MetricId::Spend.unit()} summary={summary} />
        </figure>
    }
}

/// The trends view: pick a metric and a split; see short-term flags, the long-term
/// ranking, the chart, and a correlation with another metric.
#[component]
pub fn Trends() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let metric = use_state(|| MetricId::AdLeads);
    let other = use_state(|| MetricId::Spend);
    let dimension = use_state(|| Dimension::Campaign);
    let audit = &state.audit;
    let available = trends::metrics_with_totals(audit);
    let Some(&first) = available.first() else {
        return html! {};
    };
    let m = if available.contains(&metric) {
        *metric
    } else {
        first
    };
    let o = if available.contains(&other) && *other != m {
        *other
    } else {
        available.iter().copied().find(|x| *x != m).unwrap_or(m)
    };
    let dims = trends::splits(audit, m);
    let d = if dims.contains(&dimension) {
        *dimension
    } else {
        Dimension::Total
    };
    let bucket = audit.bucket.unwrap_or(Bucket::Quarter);
    let periods = window(audit, bucket);
    let select_metric = |handle: UseStateHandle<MetricId>| {
        Callback::from(move |e: Event| {
            let s: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(x) = MetricId::from_id(&s.value()) {
                handle.set(x);
            }
        })
    };
    let on_dimension = {
        let dimension = dimension.clone();
        Callback::from(move |e: Event| {
            let s: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(x) = Dimension::from_id(&s.value()) {
                dimension.set(x);
            }
        })
    };
    // The chart: the total with the year before, or the five largest groups.
    let (names, series): (Vec<String>, Vec<Vec<Option<f64>>>) = if d == Dimension::Total {
        (
            vec![
                text::sentence(loc, text::Sentence::SeriesTotal, &[]),
                text::sentence(loc, text::Sentence::YearBefore, &[]),
            ],
            vec![
                trends::values(audit, m, d, None, &periods),
                trends::values_year_ago(audit, m, d, None, &periods),
            ],
        )
    } else {
        let groups = trends::top_groups(audit, m, d, 5);
        let series = groups
            .iter()
            .map(|g| trends::values(audit, m, d, Some(g), &periods))
            .collect();
        (groups, series)
    };
    let summary = chart::summarise(&trends::values(audit, m, Dimension::Total, None, &periods))
        .map(|s| text::chart_summary(loc, m, &s, &periods));
    let geometry = chart::line_chart(
        &periods,
        &series,
        m.unit(),
        640.0,
        240.0,
        Margins::default(),
    );
    let groups_whole: Vec<(String, Option<f64>)> = audit
        .groups(d, m)
        .into_iter()
        .map(|g| (g.to_owned(), audit.value(m, d, Some(g), None)))
        .collect();
    let bars = chart::bar_chart(
        &groups_whole,
        m.unit(),
        640.0,
        22.0,
        Margins {
            left: 160.0,
            right: 60.0,
            ..Margins::default()
        },
    );
    let bar_summary = chart::leader(&bars).and_then(|(i, share)| {
        let bar = bars.bars.get(i)?;
        Some(text::guide(
            loc,
            text::Guide::ChartLeader,
            &[
                ("group", bar.group.clone()),
                ("value", format::value_in(loc, Some(bar.value), m.unit())),
                (
                    "share",
                    format::value_in(loc, Some(share), crate::engine::metrics::metric::Unit::Rate),
                ),
            ],
        ))
    });
    // Short term: this period against the previous and the year before.
    let current = audit.current_period();
    let thresholds = ShortTermThresholds::from(&state.settings.thresholds);
    let flags = current
        .map(|p| {
            if d == Dimension::Total {
                trends::short_term(audit, m, d, None, p, &thresholds)
            } else {
                trends::short_term_all(audit, m, d, p, &thresholds)
            }
        })
        .unwrap_or_default();
    // Long term: rising and fading over the last complete periods.
    let ranking = trends::last_complete_period(audit, bucket)
        .map(|end| trends::rank(audit, m, d, end, WINDOW));
    // Correlation of the totals.
    let a = trends::values(audit, m, Dimension::Total, None, &periods);
    let b = trends::values(audit, o, Dimension::Total, None, &periods);
    let lags = trends::lagged(&a, &b, config::MAX_LAG);
    let hypothesis = trends::hypothesis(
        &lags,
        config::CORRELATION_MIN_ABS,
        config::CORRELATION_MIN_POINTS,
    );
    // The question is one sentence per language with the second metric's menu inside it,
    // wherever that language puts it.
    let question = text::sentence(
        loc,
        text::Sentence::MovesWith,
        &[("metric", text::metric_label(loc, m).to_owned())],
    );
    let (question_before, question_after) = question
        .split_once("{other}")
        .map(|(before, after)| (before.to_owned(), after.to_owned()))
        .unwrap_or_else(|| (question.clone(), String::new()));
    let slope_text = |t: &trends::Trend| {
        let fit = t.fit.r_squared.map(|r| {
            let r = format::grouped_in(loc, r, 2);
            format!(" {}", text::sentence(loc, text::Sentence::Fit, &[("r", r)]))
        });
        text::counted(
            loc,
            text::Counted::Slope,
            t.fit.n as u64,
            &[
                (
                    "group",
                    t.group
                        .clone()
                        .unwrap_or_else(|| text::sentence(loc, text::Sentence::SeriesTotal, &[])),
                ),
                (
                    "slope",
                    t.relative_slope.map_or_else(
                        || format::UNDEFINED.to_owned(),
                        |r| format::signed_percent(loc, r),
                    ),
                ),
                ("bucket", text::bucket_label(loc, bucket).to_lowercase()),
                ("fit", fit.unwrap_or_default()),
            ],
        )
    };
    html! {
        <section aria-labelledby="trends-title" class="trends page-break" data-testid="trends">
            <h3 id="trends-title">{ text::ui(loc, text::Ui::Trends) }</h3>
            <div class="table-tools no-print">
                <label>{ text::sentence(loc, text::Sentence::MetricMenu, &[]) }{ " " }<select data-testid="trend-metric" onchange={select_metric(metric.clone())}>
                    { for available.iter().map(|x| html! { <option value={x.id()} selected={*x == m}>{ text::metric_label(loc, *x) }</option> }) }
                </select></label>
                <label>{ text::sentence(loc, text::Sentence::SplitBy, &[]) }{ " " }<select data-testid="trend-dimension" onchange={on_dimension}>
                    { for dims.iter().map(|x| html! { <option value={x.id()} selected={*x == d}>{ text::dimension_label(loc, *x) }</option> }) }
                </select></label>
            </div>
            <figure class="chart" data-testid="trend-chart">
                <LineSvg chart={geometry} names={names} title={text::sentence(loc, text::Sentence::ByBucket, &[("metric", text::metric_label(loc, m).to_owned()), ("by", text::by_bucket(loc, bucket).to_owned())])}
                         unit={m.unit()} summary={summary} />
            </figure>
            if d != Dimension::Total {
                <figure class="chart" data-testid="trend-bars">
                    <BarSvg chart={bars.clone()} title={text::sentence(loc, text::Sentence::ByDimensionWholeRange, &[("metric", text::metric_label(loc, m).to_owned()), ("dimension", text::dimension_label(loc, d).to_lowercase())])}
                            summary={bar_summary} />
                </figure>
            }
            { channel_mix(loc, audit, bucket, &periods) }
            <div class="two-columns">
                <div data-testid="short-term">
                    <h4>{ text::heading(loc, text::Heading::SinceLastPeriod, &[("period", current.map(|p| format!(" ({})", format::period(loc, &p.label()))).unwrap_or_default())]) }</h4>
                    if flags.is_empty() {
                        <p class="note">{ text::sentence(loc, text::Sentence::NothingToFlag, &[("threshold", format::threshold(loc, thresholds.relative, crate::engine::metrics::metric::Unit::Rate))]) }</p>
                    } else {
                        <ul>
                        { for flags.iter().map(|f| {
                            let class = match f.good { Some(true) => "good", Some(false) => "bad", None => "flat" };
                            let change = f.change.relative.map(|r| format::signed_percent(loc, r)).unwrap_or_else(|| format::value_in(loc, Some(f.change.absolute), m.unit()));
                            html! { <li class={classes!("delta", class)} data-testid="short-term-flag">
                                { text::sentence(loc, match (f.direction, f.against) {
                                    (Direction::Rising, Baseline::PreviousPeriod) => text::Sentence::RoseVsPrevious,
                                    (Direction::Rising, Baseline::YearAgo) => text::Sentence::RoseVsYearAgo,
                                    (Direction::Falling, Baseline::PreviousPeriod) => text::Sentence::FellVsPrevious,
                                    (Direction::Falling, Baseline::YearAgo) => text::Sentence::FellVsYearAgo,
                                }, &[("group", f.group.clone().unwrap_or_else(|| text::sentence(loc, text::Sentence::SeriesTotal, &[]))), ("change", change)]) }
                            </li> }
                        }) }
                        </ul>
                    }
                </div>
                if let Some(r) = ranking {
                    <div data-testid="ranking">
                        <h4>{ text::ui(loc, text::Ui::LongTerm) }</h4>
                        <ul>
                            { for r.rising.iter().take(5).map(|t| html! { <li class="delta good" data-testid="rising">{ slope_text(t) }</li> }) }
                            { for r.fading.iter().take(5).map(|t| html! { <li class="delta bad" data-testid="fading">{ slope_text(t) }</li> }) }
                        </ul>
                        if r.rising.is_empty() && r.fading.is_empty() { <p class="note">{ text::ui(loc, text::Ui::NoTrend) }</p> }
                    </div>
                }
            </div>
            <div data-testid="correlation">
                <h4>
                    { question_before }
                    <select aria-label={text::sentence(loc, text::Sentence::SecondMetric, &[])} data-testid="trend-other" onchange={select_metric(other.clone())}>
                        { for available.iter().filter(|x| **x != m).map(|x| html! { <option value={x.id()} selected={*x == o}>{ text::metric_label(loc, *x) }</option> }) }
                    </select>
                    { question_after }
                </h4>
                <p class="caveat"><strong>{ text::ui(loc, text::Ui::CorrelationNotCausation) }</strong>{ text::ui(loc, text::Ui::CorrelationWarning) }</p>
                <table class="compact">
                    <thead><tr><th>{ text::ui(loc, text::Ui::ColLag) }</th><th class="num">{ text::ui(loc, text::Ui::ColPearson) }</th><th class="num">{ text::ui(loc, text::Ui::ColSpearman) }</th><th class="num">{ text::ui(loc, text::Ui::ColPoints) }</th></tr></thead>
                    <tbody>
                    { for lags.iter().map(|l| html! {
                        <tr data-testid="lag-row" data-lag={l.lag.to_string()}>
                            <td>{ if l.lag == 0 { text::sentence(loc, text::Sentence::SamePeriod, &[]) } else { text::counted(loc, text::Counted::PeriodsLater, l.lag as u64, &[]) } }</td>
                            <td class="num">{ l.pearson.map_or_else(|| format::UNDEFINED.to_owned(), |c| format::grouped_in(loc, c.coefficient, 2)) }</td>
                            <td class="num">{ l.spearman.map_or_else(|| format::UNDEFINED.to_owned(), |c| format::grouped_in(loc, c.coefficient, 2)) }</td>
                            <td class="num">{ l.pearson.or(l.spearman).map(|c| c.n).unwrap_or(0) }</td>
                        </tr>
                    }) }
                    </tbody>
                </table>
                <p data-testid="hypothesis">{ match hypothesis {
                    Some(Hypothesis::SamePeriod { positive }) => text::sentence(
                        loc,
                        if positive { text::Sentence::HypothesisTogether } else { text::Sentence::HypothesisOpposite },
                        &[("a", text::metric_label(loc, m).to_owned()), ("b", text::metric_label(loc, o).to_owned())]),
                    Some(Hypothesis::ALeads { lag, positive }) => text::counted(
                        loc,
                        if positive { text::Counted::HypothesisFollows } else { text::Counted::HypothesisAgainst },
                        lag as u64,
                        &[("a", text::metric_label(loc, m).to_owned()), ("b", text::metric_label(loc, o).to_owned())]),
                    None => text::sentence(loc, text::Sentence::NoCorrelation, &[
                        ("r", format::grouped_in(loc, config::CORRELATION_MIN_ABS, 1)),
                        ("points", format::grouped_in(loc, config::CORRELATION_MIN_POINTS as f64, 0)),
                    ]),
                } }</p>
            </div>
        </section>
    }
}
