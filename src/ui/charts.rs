//! SVG components that draw geometry computed by `engine::present::chart`. They compute
//! nothing themselves; each carries a text alternative (a title, point tooltips and a
//! visually hidden table) for screen readers, and prints as vectors.

use super::locale::Locale;
use super::state::StateContext;
use super::{format, text};
use crate::engine::metrics::metric::Unit;
use crate::engine::present::chart::{compact, FunnelChart, LineChart, AXIS_FONT_PX};
use yew::prelude::*;

/// Props of a line chart.
#[derive(Properties, PartialEq)]
pub struct LineProps {
    /// The geometry.
    pub chart: LineChart,
    /// One name per line, for the legend and the text alternative.
    pub names: Vec<String>,
    /// What the chart shows, for screen readers and the caption.
    pub title: String,
    /// The unit of the values, for the tooltips (as on the axis).
    pub unit: Unit,
    /// The one-sentence summary printed under the chart, if any.
    #[prop_or_default]
    pub summary: Option<String>,
}

/// The page's language, or the default outside the app (a chart rendered alone).
#[hook]
fn use_locale() -> Locale {
    use_context::<StateContext>()
        .map(|s| s.locale)
        .unwrap_or_default()
}

/// A line chart with axes, a legend, tooltips and a table alternative.
#[component]
pub fn LineSvg(props: &LineProps) -> Html {
    let loc = use_locale();
    let c = &props.chart;
    if c.lines.is_empty() {
        let note = text::sentence(
            loc,
            text::Sentence::NoDataToDraw,
            &[("title", props.title.clone())],
        );
        return html! { <p class="note">{ note }</p> };
    }
    let plot = c.plot;
    let view = format!("0 0 {:.0} {:.0}", c.width, c.height);
    html! {
        <div class="line-chart">
            <svg viewBox={view} width={format!("{:.0}", c.width)} height={format!("{:.0}", c.height)} role="img" aria-label={props.title.clone()}>
                <title>{ &props.title }</title>
                { y_axis(loc, plot, &c.y_ticks) }
                { for c.x_labels.iter().filter(|l| l.shown).map(|l| html! {
                    <text class="x-label" x={fmt(l.x)} y={fmt(plot.y + plot.height + 14.0)} font-size={fmt(AXIS_FONT_PX)} text-anchor="middle">{ format::period(loc, &l.text) }</text>
                }) }
                { for c.lines.iter().enumerate().map(|(i, line)| {
                    let name = props.names.get(i).map(|n| text::label_shown(n).into_owned()).unwrap_or_default();
                    html! {
                        <g class="series">
                            <path d={line.path.clone()} fill="none" stroke={line.style.colour} stroke-width="2" stroke-dasharray={line.style.dash} />
                            { for line.points.iter().map(|p| {
                                let label = c.x_labels.get(p.index).map(|l| format::period(loc, &l.text)).unwrap_or_default();
                                html! {
                                    <circle cx={fmt(p.x)} cy={fmt(p.y)} r="2.5" fill={line.style.colour}>
                                        <title>{ format!("{name}, {label}: {}", format::chart_label(loc, &compact(p.value, props.unit))) }</title>
                                    </circle>
                                }
                            }) }
                        </g>
                    }
                }) }
            </svg>
            <ul class="legend-keys">
                { for c.lines.iter().enumerate().map(|(i, line)| html! {
                    <li>
                        <svg width="24" height="8" aria-hidden="true"><line x1="0" x2="24" y1="4" y2="4" stroke={line.style.colour} stroke-width="2" stroke-dasharray={line.style.dash} /></svg>
                        { format!(" {}", props.names.get(i).map(|n| text::label_shown(n)).unwrap_or_default()) }
                    </li>
                }) }
            </ul>
            <table class="visually-hidden">
                <caption>{ &props.title }</caption>
                <thead><tr><th>{ text::sentence(loc, text::Sentence::PeriodMenu, &[]) }</th>{ for props.names.iter().map(|n| html! { <th>{ n }</th> }) }</tr></thead>
                <tbody>
                { for c.x_labels.iter().enumerate().map(|(i, l)| html! {
                    <tr><th>{ format::period(loc, &l.text) }</th>{ for c.lines.iter().map(|line| {
                        let v = line.points.iter().find(|p| p.index == i).map(|p| format::chart_label(loc, &compact(p.value, props.unit))).unwrap_or_else(|| "—".to_owned());
                        html! { <td>{ v }</td> }
                    }) }</tr>
                }) }
                </tbody>
            </table>
            if let Some(summary) = &props.summary { <p class="chart-summary">{ summary }</p> }
        </div>
    }
}

/// Props of a funnel chart.
#[derive(Properties, PartialEq)]
pub struct FunnelProps {
    /// The geometry.
    pub chart: FunnelChart,
    /// One label per stage.
    pub labels: Vec<String>,
    /// The one-sentence summary printed under the chart, if any.
    #[prop_or_default]
    pub summary: Option<String>,
}

/// A funnel: one centred bar per stage, its count, and the conversion from the stage before.
#[component]
pub fn FunnelSvg(props: &FunnelProps) -> Html {
    let loc = use_locale();
    let c = &props.chart;
    if c.stages.is_empty() {
        return html! {};
    }
    let view = format!("0 0 {:.0} {:.0}", c.width + 170.0, c.height);
    html! {
        <>
        <svg viewBox={view} width={format!("{:.0}", c.width + 170.0)} height={format!("{:.0}", c.height)} role="img" aria-label={text::sentence(loc, text::Sentence::FunnelName, &[])}>
            <title>{ text::sentence(loc, text::Sentence::FunnelTitle, &[]) }</title>
            { for c.stages.iter().enumerate().map(|(i, s)| {
                let label = props.labels.get(i).cloned().unwrap_or_default();
                let count = s.count.map(|n| format::grouped_in(loc, n, 0)).unwrap_or_else(|| "—".to_owned());
                let conversion = s.conversion
                    .map(|r| format!(" ({}{}%)", format::grouped_in(loc, r * 100.0, 1), loc.percent_gap()))
                    .unwrap_or_default();
                html! {
                    <g class="stage">
                        <rect x={fmt(s.rect.x)} y={fmt(s.rect.y)} width={fmt(s.rect.width)} height={fmt(s.rect.height)}
                              fill={crate::engine::present::chart::style(0).colour} fill-opacity={format!("{:.2}", 1.0 - i as f64 * 0.15)}>
                            <title>{ format!("{label}: {count}{conversion}") }</title>
                        </rect>
                        <text x={fmt(c.width + 8.0)} y={fmt(s.rect.y + s.rect.height / 2.0 + 4.0)}>{ format!("{label}: {count}{conversion}") }</text>
                    </g>
                }
            }) }
        </svg>
        if let Some(summary) = &props.summary { <p class="chart-summary">{ summary }</p> }
        </>
    }
}

/// Horizontal grid lines with their labels left of the plot.
fn y_axis(
    loc: Locale,
    plot: crate::engine::present::chart::Rect,
    ticks: &[crate::engine::present::chart::Tick],
) -> Html {
    html! {
        { for ticks.iter().map(|t| html! {
            <g class="tick">
                <line x1={fmt(plot.x)} x2={fmt(plot.x + plot.width)} y1={fmt(t.position)} y2={fmt(t.position)} />
                <text x={fmt(plot.x - 4.0)} y={fmt(t.position + 3.5)} font-size={fmt(AXIS_FONT_PX)} text-anchor="end">{ format::chart_label(loc, &t.label) }</text>
            </g>
        }) }
    }
}

fn fmt(v: f64) -> String {
    format!("{v:.1}")
}

/// Props of a horizontal bar chart.
#[derive(Properties, PartialEq)]
pub struct BarProps {
    /// The geometry.
    pub chart: crate::engine::present::chart::BarChart,
    /// What the chart shows.
    pub title: String,
    /// The one-sentence summary printed under the chart, if any.
    #[prop_or_default]
    pub summary: Option<String>,
}

/// Horizontal bars by group, largest first, with their values.
#[component]
pub fn BarSvg(props: &BarProps) -> Html {
    let loc = use_locale();
    let c = &props.chart;
    if c.bars.is_empty() {
        return html! {};
    }
    let view = format!("0 0 {:.0} {:.0}", c.width, c.height);
    let fill = crate::engine::present::chart::style(0).colour;
    html! {
        <>
        <svg viewBox={view} width={format!("{:.0}", c.width)} height={format!("{:.0}", c.height)} role="img" aria-label={props.title.clone()}>
            <title>{ &props.title }</title>
            { for c.bars.iter().map(|b| {
                let anchor = match b.label_anchor {
                    crate::engine::present::chart::Anchor::Start => "start",
                    crate::engine::present::chart::Anchor::End => "end",
                };
                html! {
                    <g class="bar">
                        <text class="group-label" x={fmt(c.plot.x - 6.0)} y={fmt(b.middle + 4.0)} text-anchor="end">{ text::label_shown(&b.group).into_owned() }</text>
                        <rect x={fmt(b.rect.x)} y={fmt(b.rect.y)} width={fmt(b.rect.width)} height={fmt(b.rect.height)} fill={fill}>
                            <title>{ format!("{}: {}", text::label_shown(&b.group), format::chart_label(loc, &b.label)) }</title>
                        </rect>
                        <text x={fmt(b.label_x)} y={fmt(b.middle + 4.0)} text-anchor={anchor}>{ format::chart_label(loc, &b.label) }</text>
                    </g>
                }
            }) }
        </svg>
        if let Some(summary) = &props.summary { <p class="chart-summary">{ summary }</p> }
        </>
    }
}

/// Props of a stacked bar chart.
#[derive(Properties, PartialEq)]
pub struct StackedProps {
    /// The geometry.
    pub chart: crate::engine::present::chart::StackedBars,
    /// One name per series.
    pub names: Vec<String>,
    /// What the chart shows.
    pub title: String,
    /// The unit of the values, for the tooltips (as on the axis).
    pub unit: Unit,
    /// The one-sentence summary printed under the chart, if any.
    #[prop_or_default]
    pub summary: Option<String>,
}

/// One stack per period, one segment per series, with a legend; each segment's colour
/// and pattern come from its series.
#[component]
pub fn StackedSvg(props: &StackedProps) -> Html {
    let loc = use_locale();
    let c = &props.chart;
    if c.stacks.is_empty() {
        return html! {};
    }
    let view = format!("0 0 {:.0} {:.0}", c.width, c.height);
    let plot = c.plot;
    html! {
        <div class="line-chart">
            <svg viewBox={view} width={format!("{:.0}", c.width)} height={format!("{:.0}", c.height)} role="img" aria-label={props.title.clone()}>
                <title>{ &props.title }</title>
                { y_axis(loc, plot, &c.y_ticks) }
                { for c.stacks.iter().map(|stack| html! {
                    <g class="stack">
                        { for stack.segments.iter().map(|seg| {
                            let style = c.styles.get(seg.series).copied().unwrap_or(crate::engine::present::chart::style(seg.series));
                            let name = props.names.get(seg.series).map(|n| text::label_shown(n).into_owned()).unwrap_or_default();
                            html! {
                                <rect x={fmt(seg.rect.x)} y={fmt(seg.rect.y)} width={fmt(seg.rect.width)} height={fmt(seg.rect.height)}
                                      fill={style.colour} stroke="white" stroke-width="0.5">
                                    <title>{ format!("{}, {name}: {}", format::period(loc, &stack.label), format::chart_label(loc, &compact(seg.value, props.unit))) }</title>
                                </rect>
                            }
                        }) }
                        if stack.shown {
                            <text class="x-label" x={fmt(stack.x)} y={fmt(plot.y + plot.height + 14.0)} font-size={fmt(AXIS_FONT_PX)} text-anchor="middle">{ format::period(loc, &stack.label) }</text>
                        }
                    </g>
                }) }
            </svg>
            <ul class="legend-keys">
                { for props.names.iter().enumerate().map(|(i, n)| {
                    let style = c.styles.get(i).copied().unwrap_or(crate::engine::present::chart::style(i));
                    html! { <li><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill={style.colour} /></svg>{ format!(" {n}") }</li> }
                }) }
            </ul>
            if let Some(summary) = &props.summary { <p class="chart-summary">{ summary }</p> }
        </div>
    }
}
