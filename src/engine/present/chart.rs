//! Chart geometry as plain numbers and SVG path strings, so it can be unit-tested and
//! the components only draw. Missing values are gaps, never zeros.
//!
//! Every coordinate is finite: an input that would give a NaN or an infinity (an empty
//! series, a non-finite size, a plot area with no room) gives empty geometry instead.
//! Series are told apart by colour (Okabe–Ito, safe for the common colour-vision
//! deficiencies) *and* by dash pattern, so a black-and-white print stays readable.

use crate::engine::metrics::metric::{MetricId, Unit};
use crate::engine::metrics::period::Period;
use std::fmt::Write;

/// A linear map from a data domain to a pixel range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    d0: f64,
    d1: f64,
    r0: f64,
    r1: f64,
}

impl Scale {
    /// Maps `domain` onto `range`. A zero-width domain maps everything to the middle.
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Scale {
        Scale {
            d0: domain.0,
            d1: domain.1,
            r0: range.0,
            r1: range.1,
        }
    }

    /// The pixel position of `v`.
    pub fn map(&self, v: f64) -> f64 {
        let span = self.d1 - self.d0;
        if span == 0.0 || !span.is_finite() {
            return (self.r0 + self.r1) / 2.0;
        }
        self.r0 + (v - self.d0) / span * (self.r1 - self.r0)
    }
}

/// The SVG path of a sparkline through `values` in a `width` × `height` box, with a
/// new sub-path after every gap. Empty when no value is defined.
pub fn sparkline(values: &[Option<f64>], width: f64, height: f64) -> String {
    let defined = values.iter().flatten().copied().filter(|v| v.is_finite());
    let (lo, hi) = defined.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    if lo > hi {
        return String::new();
    }
    let x = Scale::new(
        (0.0, values.len().saturating_sub(1).max(1) as f64),
        (0.0, width),
    );
    let y = Scale::new((lo, hi), (height, 0.0));
    let mut path = String::new();
    let mut pen_down = false;
    for (i, v) in values.iter().enumerate() {
        match v.filter(|v| v.is_finite()) {
            Some(v) => {
                let cmd = if pen_down { 'L' } else { 'M' };
                let _ = write!(path, "{cmd}{:.1},{:.1}", x.map(i as f64), y.map(v));
                pen_down = true;
            }
            None => pen_down = false,
        }
    }
    path
}

/// "Nice" axis ticks (1, 2 or 5 × 10ⁿ steps) covering `lo..=hi`, about `count` of them.
pub fn nice_ticks(lo: f64, hi: f64, count: usize) -> Vec<f64> {
    if !lo.is_finite() || !hi.is_finite() || count == 0 {
        return Vec::new();
    }
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    if lo == hi {
        return vec![lo];
    }
    let raw = (hi - lo) / count as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    let first = (lo / step).floor() as i64;
    let last = (hi / step).ceil() as i64;
    (first..=last).take(100).map(|i| i as f64 * step).collect()
}

// ---------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------

/// The Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), reordered so
/// the first series get the colours with the most contrast on white: blue, vermillion,
/// bluish green, reddish purple, orange, sky blue, black, yellow.
pub const OKABE_ITO: [&str; 8] = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442",
];

/// SVG `stroke-dasharray` values: solid, dashed, dotted, dash-dot.
pub const DASHES: [&str; 4] = ["", "6 3", "2 2", "8 3 2 3"];

/// How one series is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Style {
    /// A CSS colour.
    pub colour: &'static str,
    /// An SVG `stroke-dasharray`; empty for a solid line.
    pub dash: &'static str,
}

/// The style of the series at `index`: colours cycle every 8 and dashes every 4,
/// shifted after each colour cycle so the first 32 pairs are distinct.
pub fn style(index: usize) -> Style {
    Style {
        colour: OKABE_ITO[index % OKABE_ITO.len()],
        dash: DASHES[(index + index / OKABE_ITO.len()) % DASHES.len()],
    }
}

/// A rectangle in pixels, y downwards.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width, never negative.
    pub width: f64,
    /// Height, never negative.
    pub height: f64,
}

/// Room around the plot area for axes and labels, in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Margins {
    /// Above.
    pub top: f64,
    /// Right.
    pub right: f64,
    /// Below (x labels).
    pub bottom: f64,
    /// Left (y labels, group names).
    pub left: f64,
}

impl Default for Margins {
    fn default() -> Self {
        Margins {
            top: 10.0,
            right: 16.0,
            bottom: 24.0,
            left: 48.0,
        }
    }
}

impl Margins {
    /// The plot area of a `width` × `height` chart; `None` when nothing finite fits.
    fn plot(&self, width: f64, height: f64) -> Option<Rect> {
        let rect = Rect {
            x: self.left,
            y: self.top,
            width: width - self.left - self.right,
            height: height - self.top - self.bottom,
        };
        let sizes = [rect.x, rect.y, rect.width, rect.height, width, height];
        (sizes.iter().all(|v| v.is_finite()) && rect.width > 0.0 && rect.height > 0.0)
            .then_some(rect)
    }
}

/// An axis tick: where, which value, and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// Pixel position along the axis (y for a vertical axis, x for a horizontal one).
    pub position: f64,
    /// The value.
    pub value: f64,
    /// The compact label ([`tick_labels`]).
    pub label: String,
}

/// A category label on the x axis (a period's stable label).
#[derive(Clone, Debug, PartialEq)]
pub struct XLabel {
    /// Pixel x of the category's centre.
    pub x: f64,
    /// The period label, e.g. `2025-Q3`.
    pub text: String,
    /// Whether the label is printed under the axis: when the categories are closer than
    /// a label is wide, only every few are ([`label_step`]); the others still name their
    /// category in tooltips and the table alternative.
    pub shown: bool,
}

/// The font size of axis labels, in the chart's pixels; the components draw with it.
pub const AXIS_FONT_PX: f64 = 10.0;

/// The widest advance of a digit or letter of an axis label, as a share of the font
/// size. Digits of the common sans-serif faces advance 0.55–0.64 em (DejaVu Sans, the
/// widest of the system faces the page falls back to, 0.636 em), so this never
/// underestimates a label of digits and dashes.
const CHAR_EM: f64 = 0.64;

/// The least room between two printed axis labels, in pixels.
const LABEL_SPACE: f64 = 6.0;

/// The width a label of `chars` characters takes at [`AXIS_FONT_PX`], in pixels.
pub fn label_width(chars: usize) -> f64 {
    chars as f64 * AXIS_FONT_PX * CHAR_EM
}

/// Print every `step`-th of `count` labels whose centres are `spacing` pixels apart, so
/// that labels up to `widest` characters never overlap: the smallest step at which two
/// printed labels are at least a label's width plus [`LABEL_SPACE`] apart. 1 when they
/// all fit; `count` (only one label) when the spacing is not a positive number.
pub fn label_step(count: usize, spacing: f64, widest: usize) -> usize {
    if count <= 1 {
        return 1;
    }
    let need = label_width(widest) + LABEL_SPACE;
    if !(spacing.is_finite() && spacing > 0.0) {
        return count;
    }
    ((need / spacing).ceil() as usize).clamp(1, count)
}

/// Whether label `index` of `count` is printed at `step`: counted back from the last
/// one, so the newest period always carries its label.
fn shown_at(index: usize, count: usize, step: usize) -> bool {
    (count.saturating_sub(1).saturating_sub(index)) % step.max(1) == 0
}

/// A value axis from 0 (or below, for negative data) to the data's maximum, with nice
/// ticks; `None` when no value is finite.
fn value_axis(values: impl Iterator<Item = f64>) -> Option<(f64, f64, Vec<f64>)> {
    let (lo, hi) = values
        .filter(|v| v.is_finite())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    if lo > hi {
        return None;
    }
    // Zero stays on the axis so a bar's or line's height reads as its size.
    let (lo, mut hi) = (lo.min(0.0), hi.max(0.0));
    if lo == hi {
        hi = lo + 1.0;
    }
    let ticks = nice_ticks(lo, hi, 5);
    let (first, last) = (ticks.first().copied()?, ticks.last().copied()?);
    // Near f64::MAX the ticks or their span overflow: no axis rather than an infinite one.
    (first < last && (last - first).is_finite() && finite(&ticks)).then_some((first, last, ticks))
}

fn ticks_along(ticks: &[f64], scale: Scale, unit: Unit) -> Vec<Tick> {
    ticks
        .iter()
        .zip(tick_labels(ticks, unit))
        .map(|(&value, label)| Tick {
            position: scale.map(value),
            value,
            label,
        })
        .collect()
}

/// One label per period, thinned ([`label_step`]) for categories `spacing` pixels apart.
fn period_labels(periods: &[Period], spacing: f64, x: impl Fn(usize) -> f64) -> Vec<XLabel> {
    let texts: Vec<String> = periods.iter().map(Period::label).collect();
    let widest = texts.iter().map(|t| t.chars().count()).max().unwrap_or(0);
    let step = label_step(texts.len(), spacing, widest);
    let count = texts.len();
    texts
        .into_iter()
        .enumerate()
        .map(|(i, text)| XLabel {
            x: x(i),
            text,
            shown: shown_at(i, count, step),
        })
        .collect()
}

/// True when every number of the slice is finite.
fn finite(values: &[f64]) -> bool {
    values.iter().all(|v| v.is_finite())
}

// ---------------------------------------------------------------------------------
// Line chart
// ---------------------------------------------------------------------------------

/// A point of a line, for markers and tooltips.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// Pixel x.
    pub x: f64,
    /// Pixel y.
    pub y: f64,
    /// Index of the period.
    pub index: usize,
    /// The value drawn.
    pub value: f64,
}

/// One series of a line chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// SVG path data; a gap starts a new sub-path (`M`), so it shows as a break.
    pub path: String,
    /// The defined points (a point between two gaps is drawn only as a marker).
    pub points: Vec<Point>,
    /// Colour and dash.
    pub style: Style,
}

/// A line chart over periods: x labels, y ticks and one line per series.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LineChart {
    /// Total width.
    pub width: f64,
    /// Total height.
    pub height: f64,
    /// The plot area inside the margins.
    pub plot: Rect,
    /// One label per period.
    pub x_labels: Vec<XLabel>,
    /// Value ticks (positions are y).
    pub y_ticks: Vec<Tick>,
    /// One line per series, in the order given.
    pub lines: Vec<Line>,
}

/// A line chart of `series` (each one value per period, `None` for a gap; extra values
/// are ignored) over `periods`, e.g. a metric and the same periods a year before
/// ([`crate::engine::review::trends::values_year_ago`]). The y axis starts at zero. Empty geometry
/// when no value is finite or the plot area has no room.
pub fn line_chart(
    periods: &[Period],
    series: &[Vec<Option<f64>>],
    unit: Unit,
    width: f64,
    height: f64,
    margins: Margins,
) -> LineChart {
    let n = periods.len();
    let defined = || {
        series
            .iter()
            .flat_map(|s| s.iter().take(n))
            .filter_map(|v| *v)
    };
    let (Some(plot), Some((lo, hi, ticks))) = (margins.plot(width, height), value_axis(defined()))
    else {
        return LineChart::default();
    };
    let x = Scale::new(
        (0.0, n.saturating_sub(1) as f64),
        (plot.x, plot.x + plot.width),
    );
    let y = Scale::new((lo, hi), (plot.y + plot.height, plot.y));
    let lines = series
        .iter()
        .enumerate()
        .map(|(k, values)| {
            let points: Vec<Point> = values
                .iter()
                .take(n)
                .enumerate()
                .filter_map(|(index, v)| {
                    let value = v.filter(|v| v.is_finite())?;
                    let p = Point {
                        x: x.map(index as f64),
                        y: y.map(value),
                        index,
                        value,
                    };
                    finite(&[p.x, p.y]).then_some(p)
                })
                .collect();
            Line {
                path: path_of(&points),
                points,
                style: style(k),
            }
        })
        .collect();
    LineChart {
        width,
        height,
        plot,
        x_labels: period_labels(
            periods,
            plot.width / n.saturating_sub(1).max(1) as f64,
            |i| x.map(i as f64),
        ),
        y_ticks: ticks_along(&ticks, y, unit),
        lines,
    }
}

/// `M`/`L` path data through the points, starting a sub-path wherever indexes skip.
fn path_of(points: &[Point]) -> String {
    let mut path = String::new();
    let mut last: Option<usize> = None;
    for p in points {
        let cmd = if last.is_some_and(|l| l + 1 == p.index) {
            'L'
        } else {
            'M'
        };
        let _ = write!(path, "{cmd}{:.1},{:.1}", p.x, p.y);
        last = Some(p.index);
    }
    path
}

// ---------------------------------------------------------------------------------
// Bars by group
// ---------------------------------------------------------------------------------

/// Which side of its anchor a label sits on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The text starts at the anchor (SVG `text-anchor="start"`).
    Start,
    /// The text ends at the anchor (`text-anchor="end"`).
    End,
}

/// One horizontal bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// The group's label.
    pub group: String,
    /// The value.
    pub value: f64,
    /// The bar, from the zero line to the value.
    pub rect: Rect,
    /// Pixel y of the bar's middle, for the group name and the value label.
    pub middle: f64,
    /// The compact value label.
    pub label: String,
    /// Pixel x of the value label, just past the bar's end.
    pub label_x: f64,
    /// The value label's side: after a positive bar, before a negative one.
    pub label_anchor: Anchor,
}

/// Horizontal bars, one per group, largest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BarChart {
    /// Total width.
    pub width: f64,
    /// Total height: the margins plus one row per bar.
    pub height: f64,
    /// The plot area inside the margins.
    pub plot: Rect,
    /// Value ticks (positions are x).
    pub x_ticks: Vec<Tick>,
    /// The bars, top to bottom.
    pub bars: Vec<Bar>,
}

/// The share of a row or band a bar fills; the rest is split evenly either side.
const BAR_FILL: f64 = 0.75;
/// The gap between a bar's end and its value label, in pixels.
const LABEL_GAP: f64 = 4.0;

/// Horizontal bars of `groups` (label, value), sorted by value, largest first (ties by
/// label); undefined values are left out. Each bar gets a `row` pixels tall slot.
/// Empty geometry when no value is finite or there is no room.
pub fn bar_chart(
    groups: &[(String, Option<f64>)],
    unit: Unit,
    width: f64,
    row: f64,
    margins: Margins,
) -> BarChart {
    let mut defined: Vec<(&str, f64)> = groups
        .iter()
        .filter_map(|(g, v)| v.filter(|v| v.is_finite()).map(|v| (g.as_str(), v)))
        .collect();
    defined.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
    let height = margins.top + margins.bottom + row * defined.len() as f64;
    let (Some(plot), Some((lo, hi, ticks))) = (
        margins.plot(width, height).filter(|_| row > 0.0),
        value_axis(defined.iter().map(|d| d.1)),
    ) else {
        return BarChart::default();
    };
    let x = Scale::new((lo, hi), (plot.x, plot.x + plot.width));
    let zero = x.map(0.0);
    let bars = defined
        .iter()
        .enumerate()
        .map(|(i, &(group, value))| {
            let end = x.map(value);
            let top = plot.y + row * i as f64 + row * (1.0 - BAR_FILL) / 2.0;
            let (label_x, label_anchor) = if value < 0.0 {
                (end - LABEL_GAP, Anchor::End)
            } else {
                (end + LABEL_GAP, Anchor::Start)
            };
            Bar {
                group: group.to_owned(),
                value,
                rect: Rect {
                    x: zero.min(end),
                    y: top,
                    width: (end - zero).abs(),
                    height: row * BAR_FILL,
                },
                middle: plot.y + row * (i as f64 + 0.5),
                label: compact(value, unit),
                label_x,
                label_anchor,
            }
        })
        .collect();
    BarChart {
        width,
        height,
        plot,
        x_ticks: ticks_along(&ticks, x, unit),
        bars,
    }
}

// ---------------------------------------------------------------------------------
// Stacked bars
// ---------------------------------------------------------------------------------

/// One part of a stack.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment {
    /// Index of the series (e.g. the channel) in the input, for its name and style.
    pub series: usize,
    /// The value.
    pub value: f64,
    /// The rectangle.
    pub rect: Rect,
}

/// The stack of one period.
#[derive(Clone, Debug, PartialEq)]
pub struct Stack {
    /// Pixel x of the stack's centre.
    pub x: f64,
    /// The period label.
    pub label: String,
    /// Whether the label is printed under the stack (see [`XLabel::shown`]).
    pub shown: bool,
    /// The sum of its segments.
    pub total: f64,
    /// Bottom to top, in series order.
    pub segments: Vec<Segment>,
}

/// Vertical stacked bars, one stack per period (e.g. the channel mix of spend).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StackedBars {
    /// Total width.
    pub width: f64,
    /// Total height.
    pub height: f64,
    /// The plot area inside the margins.
    pub plot: Rect,
    /// Value ticks (positions are y).
    pub y_ticks: Vec<Tick>,
    /// One stack per period.
    pub stacks: Vec<Stack>,
    /// The style of each series, by index.
    pub styles: Vec<Style>,
}

/// Stacks of `series` (indexed `[series][period]`) over `periods`. A mix has no
/// negative parts: negative, undefined or non-finite values are left out, and each
/// stack's total is the sum of what it draws. Empty geometry when nothing is drawn or
/// a total overflows.
pub fn stacked_bars(
    periods: &[Period],
    series: &[Vec<Option<f64>>],
    unit: Unit,
    width: f64,
    height: f64,
    margins: Margins,
) -> StackedBars {
    let parts = |p: usize| {
        series.iter().enumerate().filter_map(move |(k, s)| {
            let v = s.get(p).copied().flatten()?;
            (v.is_finite() && v >= 0.0).then_some((k, v))
        })
    };
    let totals: Vec<f64> = (0..periods.len())
        .map(|p| parts(p).map(|(_, v)| v).sum())
        .collect();
    if !totals.iter().any(|t| *t > 0.0) || !finite(&totals) {
        return StackedBars::default();
    }
    let (Some(plot), Some((lo, hi, ticks))) = (
        margins.plot(width, height),
        value_axis(totals.iter().copied()),
    ) else {
        return StackedBars::default();
    };
    let y = Scale::new((lo, hi), (plot.y + plot.height, plot.y));
    let band = plot.width / periods.len().max(1) as f64;
    let widest = periods
        .iter()
        .map(|p| p.label().chars().count())
        .max()
        .unwrap_or(0);
    let step = label_step(periods.len(), band, widest);
    let stacks = periods
        .iter()
        .enumerate()
        .map(|(p, period)| {
            let left = plot.x + band * p as f64 + band * (1.0 - BAR_FILL) / 2.0;
            let mut base = 0.0;
            let segments = parts(p)
                .map(|(k, v)| {
                    let (bottom, top) = (y.map(base), y.map(base + v));
                    base += v;
                    Segment {
                        series: k,
                        value: v,
                        rect: Rect {
                            x: left,
                            y: top,
                            width: band * BAR_FILL,
                            height: bottom - top,
                        },
                    }
                })
                .collect();
            Stack {
                x: plot.x + band * (p as f64 + 0.5),
                label: period.label(),
                shown: shown_at(p, periods.len(), step),
                total: totals.get(p).copied().unwrap_or(0.0),
                segments,
            }
        })
        .collect();
    StackedBars {
        width,
        height,
        plot,
        y_ticks: ticks_along(&ticks, y, unit),
        stacks,
        styles: (0..series.len()).map(style).collect(),
    }
}

// ---------------------------------------------------------------------------------
// Funnel
// ---------------------------------------------------------------------------------

/// One stage of a funnel.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FunnelStage {
    /// The stage's metric (leads, MQLs, SQLs, customers…), for its name.
    pub metric: MetricId,
    /// Its count, if known.
    pub count: Option<f64>,
    /// A centred bar whose width is proportional to the count (zero wide when unknown).
    pub rect: Rect,
    /// This stage's count ÷ the previous stage's; `None` for the first stage, or when
    /// either count is unknown or the previous one is zero.
    pub conversion: Option<f64>,
}

/// A funnel: one centred bar per stage, the widest for the largest count.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FunnelChart {
    /// Total width.
    pub width: f64,
    /// Total height: a row per stage with gaps between.
    pub height: f64,
    /// The stages, top to bottom.
    pub stages: Vec<FunnelStage>,
}

/// A funnel of `stages` (metric, count) in a chart `width` wide, each bar `row` tall
/// with `gap` between (where the conversion % goes). Negative counts count as unknown.
/// Empty geometry when no count is positive or the sizes are not.
pub fn funnel_chart(
    stages: &[(MetricId, Option<f64>)],
    width: f64,
    row: f64,
    gap: f64,
) -> FunnelChart {
    let count = |v: Option<f64>| v.filter(|v| v.is_finite() && *v >= 0.0);
    let max = stages.iter().filter_map(|s| count(s.1)).fold(0.0, f64::max);
    if !(max > 0.0 && finite(&[width, row, gap]) && width > 0.0 && row > 0.0 && gap >= 0.0) {
        return FunnelChart::default();
    }
    let mut previous: Option<Option<f64>> = None;
    let stages: Vec<FunnelStage> = stages
        .iter()
        .enumerate()
        .map(|(i, &(metric, raw))| {
            let c = count(raw);
            let w = c.map_or(0.0, |c| width * (c / max));
            let conversion = previous
                .flatten()
                .zip(c)
                .filter(|(p, _)| *p > 0.0)
                .map(|(p, c)| c / p);
            previous = Some(c);
            FunnelStage {
                metric,
                count: c,
                rect: Rect {
                    x: (width - w) / 2.0,
                    y: (row + gap) * i as f64,
                    width: w,
                    height: row,
                },
                conversion,
            }
        })
        .collect();
    let n = stages.len() as f64;
    FunnelChart {
        width,
        height: row * n + gap * (n - 1.0).max(0.0),
        stages,
    }
}

// ---------------------------------------------------------------------------------
// One-sentence summaries
// ---------------------------------------------------------------------------------

/// A change smaller than this share of the first value reads as "held steady".
const STEADY: f64 = 0.01;

/// Which way a series went between its first and last defined values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Movement {
    /// The last value is higher, by [`STEADY`] of the first or more.
    Rose,
    /// The last value is lower, by [`STEADY`] of the first or more.
    Fell,
    /// Within [`STEADY`] of the first value.
    Steady,
}

/// What a chart's series did over the chart's window, as ids and numbers for the
/// sentence under the chart ("Spend rose 12 % from 2025-Q4 to 2026-Q3").
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary {
    /// Index of the first defined value (the period the sentence starts from).
    pub from: usize,
    /// Index of the last defined value.
    pub to: usize,
    /// The first defined value.
    pub first: f64,
    /// The last defined value.
    pub last: f64,
    /// `(last − first) ÷ |first|`; `None` when the first value is zero.
    pub relative: Option<f64>,
    /// Which way it went.
    pub movement: Movement,
}

/// The summary of `values` (one per period, `None` for a gap): from the first to the
/// last finite value. `None` with fewer than two finite values.
pub fn summarise(values: &[Option<f64>]) -> Option<Summary> {
    let mut defined = values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.filter(|v| v.is_finite()).map(|v| (i, v)));
    let (from, first) = defined.next()?;
    let (to, last) = defined.next_back()?;
    let relative = (first != 0.0)
        .then(|| (last - first) / first.abs())
        .filter(|r| r.is_finite());
    let movement = match relative {
        Some(r) if r.abs() < STEADY => Movement::Steady,
        Some(r) if r > 0.0 => Movement::Rose,
        Some(_) => Movement::Fell,
        None if last > first => Movement::Rose,
        None if last < first => Movement::Fell,
        None => Movement::Steady,
    };
    Some(Summary {
        from,
        to,
        first,
        last,
        relative,
        movement,
    })
}

/// The sum of each period's values over `series` (indexed `[series][period]`), for the
/// summary of a stacked chart; `None` for a period where no series has a value.
pub fn totals(series: &[Vec<Option<f64>>], periods: usize) -> Vec<Option<f64>> {
    (0..periods)
        .map(|p| {
            series
                .iter()
                .filter_map(|s| s.get(p).copied().flatten().filter(|v| v.is_finite()))
                .fold(None, |sum: Option<f64>, v| Some(sum.unwrap_or(0.0) + v))
        })
        .collect()
}

/// The largest bar and its share of all the bars, for the sentence under a bar chart:
/// `(index, share)`. `None` without bars, or when a bar is negative or the sum is not
/// positive (a share of a sum with negative parts means nothing).
pub fn leader(chart: &BarChart) -> Option<(usize, f64)> {
    let first = chart.bars.first()?;
    if chart.bars.iter().any(|b| b.value < 0.0) {
        return None;
    }
    let sum: f64 = chart.bars.iter().map(|b| b.value).sum();
    (sum > 0.0 && sum.is_finite()).then(|| (0, first.value / sum))
}

/// The share of a funnel's first stage that reached its last stage, for the sentence
/// under it; `None` when either count is unknown or the first is zero.
pub fn through(chart: &FunnelChart) -> Option<f64> {
    let first = chart.stages.first()?.count?;
    let last = chart.stages.last()?.count?;
    (first > 0.0).then(|| last / first)
}

// ---------------------------------------------------------------------------------
// Number formats
// ---------------------------------------------------------------------------------

/// The minus sign of the page's number formats (U+2212, as `ui::format` uses).
const MINUS: char = '−';

/// A short label for a value: three significant digits at most, thousands as `k`,
/// millions `M`, billions `B`; rates as percentages, multiples with `×`. Money carries
/// no currency (the page adds it). Empty for a non-finite value.
///
/// 1234 → `1.23k`, 3 400 000 → `3.4M`, 0.125 as a rate → `12.5%`, 0.25 → `0.25`.
pub fn compact(value: f64, unit: Unit) -> String {
    let (v, suffix) = unit_scaled(value, unit);
    if !v.is_finite() {
        return String::new();
    }
    let (m, letter) = magnitude(v);
    let scaled = v / m;
    let digits = if scaled == 0.0 {
        1
    } else {
        scaled.abs().log10().floor() as i64 + 1
    };
    let decimals = (3 - digits).clamp(0, 6) as usize;
    let text = format!("{:.*}", decimals, scaled.abs());
    // Rounding can reach the next magnitude: 999 999 → "1000k" → "1M".
    if text.starts_with("1000") && letter != "B" {
        return compact_bumped(v, suffix);
    }
    assemble(v, &text, letter, suffix)
}

/// Labels for axis ticks: each with the decimals the tick step needs in its own
/// magnitude, so 0, 500, 1000, 1500 read `0`, `500`, `1k`, `1.5k`.
pub fn tick_labels(ticks: &[f64], unit: Unit) -> Vec<String> {
    let step = match ticks {
        [a, b, ..] => (b - a).abs(),
        _ => return ticks.iter().map(|t| compact(*t, unit)).collect(),
    };
    let (step, _) = unit_scaled(step, unit);
    ticks
        .iter()
        .map(|&t| {
            let (v, suffix) = unit_scaled(t, unit);
            if !v.is_finite() || !step.is_finite() || step <= 0.0 {
                return String::new();
            }
            let (m, letter) = magnitude(v);
            let decimals = (-(step / m).log10() - 1e-9).ceil().clamp(0.0, 6.0) as usize;
            let text = format!("{:.*}", decimals, (v / m).abs());
            assemble(v, &text, letter, suffix)
        })
        .collect()
}

/// The value in the unit's display scale and the unit's suffix.
fn unit_scaled(value: f64, unit: Unit) -> (f64, &'static str) {
    match unit {
        Unit::Rate => (value * 100.0, "%"),
        Unit::Multiple => (value, "×"),
        Unit::Money | Unit::Count => (value, ""),
        Unit::Days => (value, " d"),
    }
}

/// The divisor and letter for `v`'s magnitude.
fn magnitude(v: f64) -> (f64, &'static str) {
    let a = v.abs();
    if a >= 1e9 {
        (1e9, "B")
    } else if a >= 1e6 {
        (1e6, "M")
    } else if a >= 1e3 {
        (1e3, "k")
    } else {
        (1.0, "")
    }
}

fn compact_bumped(v: f64, suffix: &str) -> String {
    let (m, letter) = magnitude(v.abs() * 1000.0 / 999.0);
    let text = format!("{:.0}", (v / m).abs());
    assemble(v, &text, letter, suffix)
}

/// Sign, digits with trailing decimal zeros trimmed, magnitude letter and suffix; no
/// sign on a value that rounds to zero.
fn assemble(v: f64, digits: &str, letter: &str, suffix: &str) -> String {
    let digits = if digits.contains('.') {
        digits.trim_end_matches('0').trim_end_matches('.')
    } else {
        digits
    };
    let zero = digits.chars().all(|c| c == '0' || c == '.');
    let sign = if v < 0.0 && !zero {
        MINUS.to_string()
    } else {
        String::new()
    };
    let letter = if zero { "" } else { letter };
    format!("{sign}{digits}{letter}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::metrics::metric::MetricId as M;

    fn quarters(labels: &[&str]) -> Vec<Period> {
        labels
            .iter()
            .map(|l| Period::parse(l).expect("a period label"))
            .collect()
    }

    fn rect(x: f64, y: f64, width: f64, height: f64) -> Rect {
        Rect {
            x,
            y,
            width,
            height,
        }
    }

    #[test]
    fn line_chart_golden() {
        let periods = quarters(&["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"]);
        let margins = Margins {
            top: 10.0,
            right: 10.0,
            bottom: 20.0,
            left: 40.0,
        };
        let chart = line_chart(
            &periods,
            &[
                vec![Some(10.0), None, Some(30.0), Some(40.0), None],
                vec![Some(4.0), Some(16.0), Some(20.0), None, None, Some(99.0)],
            ],
            Unit::Count,
            210.0,
            100.0,
            margins,
        );
        // Plot area: x 40..200 (160 wide), y 10..80 (70 tall). Ticks 0..40 step 10
        // (nice_ticks(0, 40, 5)); y = 80 − v·70/40 = 80 − 1.75v; x = 40 + 40i.
        // The sixth value of the second series has no period and is ignored.
        assert_eq!(chart.plot, rect(40.0, 10.0, 160.0, 70.0));
        check_ticks(
            &chart.y_ticks,
            &[
                (80.0, "0"),
                (62.5, "10"),
                (45.0, "20"),
                (27.5, "30"),
                (10.0, "40"),
            ],
        );
        assert_eq!(
            chart
                .x_labels
                .iter()
                .map(|l| (l.x, l.text.as_str()))
                .collect::<Vec<_>>(),
            vec![
                (40.0, "2025-Q1"),
                (80.0, "2025-Q2"),
                (120.0, "2025-Q3"),
                (160.0, "2025-Q4"),
                (200.0, "2026-Q1")
            ]
        );
        // 10 → 62.5; gap; 30 → 27.5, 40 → 10. 4 → 73, 16 → 52, 20 → 45.
        check_lines(
            &chart,
            &[
                "M40.0,62.5M120.0,27.5L160.0,10.0",
                "M40.0,73.0L80.0,52.0L120.0,45.0",
            ],
        );
        assert_eq!(
            chart.lines[0].points[1],
            Point {
                x: 120.0,
                y: 27.5,
                index: 2,
                value: 30.0
            }
        );
        assert_eq!(chart.lines[1].style, style(1));
        assert_eq!(chart.lines[1].style.dash, "6 3");
    }

    #[test]
    fn line_chart_negative_values_and_empty_geometry() {
        let periods = quarters(&["2025-Q1", "2025-Q2"]);
        // ROI −0.5 → 0.25: ticks −0.6..0.4 step 0.2 (as percentages, one decimal
        // trimmed); y = 90 − (v + 0.6)·80, so −0.5 → 82, 0.25 → 22.
        let chart = line_chart(
            &periods,
            &[vec![Some(-0.5), Some(0.25)]],
            Unit::Rate,
            100.0,
            100.0,
            Margins {
                top: 10.0,
                right: 0.0,
                bottom: 10.0,
                left: 0.0,
            },
        );
        check_lines(&chart, &["M0.0,82.0L100.0,22.0"]);
        assert_eq!(
            chart
                .y_ticks
                .iter()
                .map(|t| t.label.as_str())
                .collect::<Vec<_>>(),
            vec!["−60%", "−40%", "−20%", "0%", "20%", "40%"]
        );
        let empty = LineChart::default();
        let m = Margins::default();
        for chart in [
            line_chart(&periods, &[vec![None, None]], Unit::Count, 100.0, 100.0, m),
            line_chart(
                &periods,
                &[vec![Some(f64::NAN)]],
                Unit::Count,
                100.0,
                100.0,
                m,
            ),
            line_chart(&[], &[vec![Some(1.0)]], Unit::Count, 100.0, 100.0, m),
            line_chart(&periods, &[vec![Some(1.0)]], Unit::Count, 10.0, 100.0, m),
            line_chart(
                &periods,
                &[vec![Some(1.0)]],
                Unit::Count,
                f64::INFINITY,
                100.0,
                m,
            ),
        ] {
            assert_eq!(chart, empty);
        }
        // One period: the point sits in the middle, all zeros sit on the baseline.
        let one = line_chart(
            &periods[..1],
            &[vec![Some(0.0)]],
            Unit::Count,
            100.0,
            100.0,
            Margins {
                top: 0.0,
                right: 0.0,
                bottom: 0.0,
                left: 0.0,
            },
        );
        check_lines(&one, &["M50.0,100.0"]);
    }

    #[test]
    fn bar_chart_golden() {
        let groups = [
            ("A".to_owned(), Some(500.0)),
            ("B".to_owned(), Some(1500.0)),
            ("C".to_owned(), None),
            ("D".to_owned(), Some(-500.0)),
        ];
        let margins = Margins {
            top: 0.0,
            right: 20.0,
            bottom: 20.0,
            left: 60.0,
        };
        let chart = bar_chart(&groups, Unit::Count, 200.0, 20.0, margins);
        // Three defined bars, 20 px rows: height 0 + 60 + 20. Plot x 60..180.
        // nice_ticks(−500, 1500, 5): step 500, −500..1500; x = 60 + (v + 500)·0.06,
        // so 0 → 90, 1500 → 180, 500 → 120, −500 → 60. Bars 15 tall (¾ of the row),
        // 2.5 from the row's top; value labels 4 px past the bar's end.
        assert_eq!(
            (chart.height, chart.plot),
            (80.0, rect(60.0, 0.0, 120.0, 60.0))
        );
        check_ticks(
            &chart.x_ticks,
            &[
                (60.0, "−500"),
                (90.0, "0"),
                (120.0, "500"),
                (150.0, "1k"),
                (180.0, "1.5k"),
            ],
        );
        check_bars(
            &chart,
            &[
                (
                    "B",
                    rect(90.0, 2.5, 90.0, 15.0),
                    "1.5k",
                    184.0,
                    Anchor::Start,
                ),
                (
                    "A",
                    rect(90.0, 22.5, 30.0, 15.0),
                    "500",
                    124.0,
                    Anchor::Start,
                ),
                ("D", rect(60.0, 42.5, 30.0, 15.0), "−500", 56.0, Anchor::End),
            ],
        );
        assert_eq!(chart.bars[2].middle, 50.0);
        let none = [("A".to_owned(), None)];
        assert_eq!(
            bar_chart(&none, Unit::Count, 200.0, 20.0, margins),
            BarChart::default()
        );
    }

    #[test]
    fn stacked_bars_golden() {
        let periods = quarters(&["2025-Q1", "2025-Q2"]);
        let series = [
            vec![Some(10.0), Some(20.0)],
            vec![Some(30.0), None],
            vec![Some(-5.0), Some(10.0)],
        ];
        let margins = Margins {
            top: 0.0,
            right: 0.0,
            bottom: 20.0,
            left: 20.0,
        };
        let chart = stacked_bars(&periods, &series, Unit::Money, 100.0, 100.0, margins);
        // Totals 40 (the −5 is left out) and 30; ticks 0..40 step 10; y = 80 − 2v.
        // Bands 40 wide from x 20; bars 30 wide (¾), 5 in: x 25 and 65.
        check_ticks(
            &chart.y_ticks,
            &[
                (80.0, "0"),
                (60.0, "10"),
                (40.0, "20"),
                (20.0, "30"),
                (0.0, "40"),
            ],
        );
        let got: Vec<_> = chart
            .stacks
            .iter()
            .map(|s| {
                let segs: Vec<_> = s.segments.iter().map(|g| (g.series, g.rect)).collect();
                (s.x, s.label.as_str(), s.total, segs)
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    40.0,
                    "2025-Q1",
                    40.0,
                    // 0..10 → y 80..60; 10..40 → y 60..0.
                    vec![
                        (0, rect(25.0, 60.0, 30.0, 20.0)),
                        (1, rect(25.0, 0.0, 30.0, 60.0))
                    ]
                ),
                (
                    80.0,
                    "2025-Q2",
                    30.0,
                    // 0..20 → y 80..40; 20..30 → y 40..20.
                    vec![
                        (0, rect(65.0, 40.0, 30.0, 40.0)),
                        (2, rect(65.0, 20.0, 30.0, 20.0))
                    ]
                ),
            ]
        );
        assert_eq!(chart.styles, vec![style(0), style(1), style(2)]);
        for stack in &chart.stacks {
            let sum: f64 = stack.segments.iter().map(|s| s.value).sum();
            assert_eq!(sum, stack.total);
        }
        let nothing = [vec![None, Some(-1.0)]];
        assert_eq!(
            stacked_bars(&periods, &nothing, Unit::Money, 100.0, 100.0, margins),
            StackedBars::default()
        );
    }

    #[test]
    fn funnel_golden() {
        let chart = funnel_chart(
            &[
                (M::Leads, Some(200.0)),
                (M::Mqls, Some(100.0)),
                (M::Sqls, Some(25.0)),
                (M::Customers, None),
            ],
            200.0,
            20.0,
            10.0,
        );
        // Widths ∝ count / 200, centred on x 100; rows every 30 px; height 4·20 + 3·10.
        // Conversions 100/200 = 0.5, 25/100 = 0.25; none into the unknown stage.
        assert_eq!(chart.height, 110.0);
        let got: Vec<_> = chart
            .stages
            .iter()
            .map(|s| (s.metric, s.rect, s.conversion))
            .collect();
        assert_eq!(
            got,
            vec![
                (M::Leads, rect(0.0, 0.0, 200.0, 20.0), None),
                (M::Mqls, rect(50.0, 30.0, 100.0, 20.0), Some(0.5)),
                (M::Sqls, rect(87.5, 60.0, 25.0, 20.0), Some(0.25)),
                (M::Customers, rect(100.0, 90.0, 0.0, 20.0), None),
            ]
        );
        assert_eq!(
            funnel_chart(&[(M::Leads, Some(0.0))], 200.0, 20.0, 10.0),
            FunnelChart::default()
        );
        assert_eq!(
            funnel_chart(&[(M::Leads, Some(5.0))], f64::NAN, 20.0, 10.0),
            FunnelChart::default()
        );
    }

    #[test]
    fn compact_numbers() {
        check_compact(1234.0, Unit::Count, "1.23k");
        check_compact(1200.0, Unit::Count, "1.2k");
        check_compact(3_400_000.0, Unit::Money, "3.4M");
        check_compact(2.5e9, Unit::Money, "2.5B");
        check_compact(999_999.0, Unit::Count, "1M");
        check_compact(999.6, Unit::Count, "1k");
        check_compact(123.4, Unit::Money, "123");
        check_compact(0.25, Unit::Money, "0.25");
        check_compact(0.0012, Unit::Money, "0.0012");
        check_compact(0.125, Unit::Rate, "12.5%");
        check_compact(2.5, Unit::Multiple, "2.5×");
        check_compact(-1500.0, Unit::Count, "−1.5k");
        check_compact(-0.0000001, Unit::Count, "0");
        check_compact(0.0, Unit::Rate, "0%");
        check_compact(f64::NAN, Unit::Count, "");
        check_compact(f64::INFINITY, Unit::Rate, "");
    }

    #[test]
    fn tick_label_formats() {
        check_tick_labels(
            &[0.0, 500.0, 1000.0, 1500.0, 2000.0],
            Unit::Count,
            &["0", "500", "1k", "1.5k", "2k"],
        );
        // 0.015 × 100 is 1.5000000000000002: one decimal from the step hides it.
        check_tick_labels(
            &nice_ticks(0.0, 0.015, 3),
            Unit::Rate,
            &["0%", "0.5%", "1%", "1.5%"],
        );
        check_tick_labels(
            &nice_ticks(0.0, 0.3, 3),
            Unit::Multiple,
            &["0×", "0.1×", "0.2×", "0.3×"],
        );
        check_tick_labels(&[0.0, 2e6, 4e6], Unit::Money, &["0", "2M", "4M"]);
        check_tick_labels(&[7.0], Unit::Count, &["7"]);
        check_tick_labels(&[], Unit::Count, &[]);
    }

    #[test]
    fn palette_and_dashes() {
        assert_eq!((style(0).colour, style(0).dash), ("#0072B2", ""));
        assert_eq!((style(1).colour, style(1).dash), ("#D55E00", "6 3"));
        // After eight colours, the dash shifts so series 8 differs from series 0.
        assert_eq!((style(8).colour, style(8).dash), ("#0072B2", "6 3"));
        let distinct: std::collections::HashSet<_> = (0..32).map(style).collect();
        assert_eq!(distinct.len(), 32);
    }

    #[test]
    fn extreme_inputs_never_emit_nan_or_infinity() {
        let periods = quarters(&["2025-Q1", "2025-Q2", "2025-Q3"]);
        let m = Margins::default();
        for values in [
            vec![Some(f64::MAX), Some(-f64::MAX), Some(0.0)],
            vec![Some(1e-300), Some(-1e-300), None],
            vec![Some(f64::INFINITY), Some(1.0), Some(f64::NEG_INFINITY)],
            vec![
                Some(f64::MIN_POSITIVE),
                Some(f64::MIN_POSITIVE),
                Some(f64::MIN_POSITIVE),
            ],
        ] {
            let groups: Vec<(String, Option<f64>)> =
                values.iter().map(|v| ("g".to_owned(), *v)).collect();
            let stages: Vec<(MetricId, Option<f64>)> =
                values.iter().map(|v| (M::Leads, *v)).collect();
            let shown = format!(
                "{:?}{:?}{:?}{:?}{:?}",
                line_chart(
                    &periods,
                    std::slice::from_ref(&values),
                    Unit::Money,
                    300.0,
                    200.0,
                    m
                ),
                bar_chart(&groups, Unit::Rate, 300.0, 20.0, m),
                stacked_bars(
                    &periods,
                    &[values.clone(), values.clone()],
                    Unit::Count,
                    300.0,
                    200.0,
                    m
                ),
                funnel_chart(&stages, 300.0, 20.0, 8.0),
                values
                    .iter()
                    .map(|v| compact(v.unwrap_or(0.0), Unit::Rate))
                    .collect::<Vec<_>>(),
            );
            assert!(!shown.contains("NaN") && !shown.contains("inf"), "{shown}");
        }
    }

    #[test]
    fn sparkline_paths() {
        assert_eq!(
            sparkline(&[Some(0.0), Some(10.0)], 100.0, 20.0),
            "M0.0,20.0L100.0,0.0"
        );
        assert_eq!(
            sparkline(&[Some(1.0), None, Some(3.0), Some(2.0)], 30.0, 10.0),
            "M0.0,10.0M20.0,0.0L30.0,5.0"
        );
        assert_eq!(sparkline(&[None, None], 10.0, 10.0), "");
        assert_eq!(sparkline(&[Some(5.0)], 10.0, 10.0), "M0.0,5.0");
        assert_eq!(sparkline(&[Some(f64::NAN)], 10.0, 10.0), "");
    }

    #[test]
    fn ticks_are_nice() {
        assert_eq!(
            nice_ticks(0.0, 97.0, 5),
            vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
        );
        assert_eq!(nice_ticks(0.0, 1.0, 4), vec![0.0, 0.5, 1.0]);
        assert_eq!(nice_ticks(3.0, 3.0, 4), vec![3.0]);
        assert!(nice_ticks(f64::NAN, 1.0, 4).is_empty());
    }

    #[track_caller]
    fn check_ticks(ticks: &[Tick], want: &[(f64, &str)]) {
        let got: Vec<(f64, &str)> = ticks
            .iter()
            .map(|t| (t.position, t.label.as_str()))
            .collect();
        assert_eq!(got, want);
    }

    #[track_caller]
    fn check_lines(chart: &LineChart, want: &[&str]) {
        let got: Vec<&str> = chart.lines.iter().map(|l| l.path.as_str()).collect();
        assert_eq!(got, want);
    }

    #[track_caller]
    fn check_bars(chart: &BarChart, want: &[(&str, Rect, &str, f64, Anchor)]) {
        let got: Vec<_> = chart
            .bars
            .iter()
            .map(|b| {
                (
                    b.group.as_str(),
                    b.rect,
                    b.label.as_str(),
                    b.label_x,
                    b.label_anchor,
                )
            })
            .collect();
        assert_eq!(got, want);
    }

    #[track_caller]
    fn check_compact(value: f64, unit: Unit, want: &str) {
        assert_eq!(compact(value, unit), want, "{value}");
    }

    #[track_caller]
    fn check_tick_labels(ticks: &[f64], unit: Unit, want: &[&str]) {
        assert_eq!(tick_labels(ticks, unit), want, "{ticks:?}");
    }

    #[test]
    fn month_labels_of_a_small_chart_are_thinned_and_never_overlap() {
        // The headline charts: 12 months over a 240-pixel plot, labels "2025-10".
        let months: Vec<Period> = (0..12)
            .map(|i| {
                Period::parse(&format!("{}-{:02}", 2025 + (i + 9) / 12, (i + 9) % 12 + 1))
                    .expect("a month")
            })
            .collect();
        let chart = line_chart(
            &months,
            &[vec![Some(1.0); 12]],
            Unit::Count,
            300.0,
            150.0,
            Margins {
                left: 44.0,
                ..Margins::default()
            },
        );
        let shown: Vec<&XLabel> = chart.x_labels.iter().filter(|l| l.shown).collect();
        assert_eq!(
            shown.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(),
            vec!["2025-12", "2026-03", "2026-06", "2026-09"],
            "every third month, ending on the newest"
        );
        assert_eq!(
            chart.x_labels.len(),
            12,
            "every period keeps its label for tooltips"
        );
        for pair in shown.windows(2) {
            let gap = pair[1].x - pair[0].x;
            assert!(gap >= label_width(7) + LABEL_SPACE, "{gap}");
        }
    }

    #[test]
    fn label_steps() {
        #[track_caller]
        fn check(count: usize, spacing: f64, widest: usize, want: usize) {
            assert_eq!(label_step(count, spacing, widest), want);
        }
        // A 7-character label is 44.8 px wide; with the space, 50.8 px between centres.
        check(5, 144.0, 7, 1);
        check(5, 51.0, 7, 1);
        check(5, 50.0, 7, 2);
        check(12, 21.8, 7, 3);
        check(12, 10.0, 7, 6);
        check(1, 0.0, 7, 1);
        check(0, 10.0, 7, 1);
        check(4, 0.0, 7, 4);
        check(4, f64::NAN, 7, 4);
        check(4, 1e-9, 7, 4);
        assert!(shown_at(11, 12, 3) && shown_at(8, 12, 3) && !shown_at(10, 12, 3));
        assert!(shown_at(0, 1, 1));
    }

    #[test]
    fn stack_labels_are_thinned_like_line_labels() {
        let months: Vec<Period> = (1..=12)
            .map(|m| Period::parse(&format!("2026-{m:02}")).expect("a month"))
            .collect();
        let series = [vec![Some(1.0); 12]];
        let chart = stacked_bars(
            &months,
            &series,
            Unit::Money,
            300.0,
            150.0,
            Margins::default(),
        );
        let shown: Vec<&str> = chart
            .stacks
            .iter()
            .filter(|s| s.shown)
            .map(|s| s.label.as_str())
            .collect();
        assert_eq!(shown, vec!["2026-03", "2026-06", "2026-09", "2026-12"]);
        let wide = stacked_bars(
            &months[..4],
            &series,
            Unit::Money,
            640.0,
            220.0,
            Margins::default(),
        );
        assert!(wide.stacks.iter().all(|s| s.shown));
    }

    #[test]
    fn summaries() {
        #[track_caller]
        fn check(values: &[Option<f64>], want: Option<(usize, usize, Option<f64>, Movement)>) {
            let got = summarise(values).map(|s| (s.from, s.to, s.relative, s.movement));
            assert_eq!(got, want);
        }
        check(
            &[Some(100.0), Some(90.0), Some(112.0)],
            Some((0, 2, Some(0.12), Movement::Rose)),
        );
        check(
            &[None, Some(200.0), None, Some(150.0), None],
            Some((1, 3, Some(-0.25), Movement::Fell)),
        );
        check(
            &[Some(100.0), Some(100.5)],
            Some((0, 1, Some(0.005), Movement::Steady)),
        );
        check(
            &[Some(-50.0), Some(-25.0)],
            Some((0, 1, Some(0.5), Movement::Rose)),
        );
        check(&[Some(0.0), Some(3.0)], Some((0, 1, None, Movement::Rose)));
        check(
            &[Some(0.0), Some(0.0)],
            Some((0, 1, None, Movement::Steady)),
        );
        check(&[Some(5.0), Some(f64::NAN), None], None);
        check(&[Some(5.0)], None);
        check(&[], None);
        let s = summarise(&[Some(f64::MAX), Some(-f64::MAX)]).expect("two values");
        assert_eq!(s.movement, Movement::Fell);
        assert_eq!(
            totals(
                &[vec![Some(1.0), None, Some(2.0)], vec![Some(3.0), None]],
                3
            ),
            vec![Some(4.0), None, Some(2.0)]
        );
    }

    #[test]
    fn leaders_and_funnel_throughput() {
        let bars = bar_chart(
            &[
                ("a".to_owned(), Some(30.0)),
                ("b".to_owned(), Some(90.0)),
                ("c".to_owned(), None),
            ],
            Unit::Count,
            300.0,
            20.0,
            Margins::default(),
        );
        assert_eq!(leader(&bars), Some((0, 0.75)));
        assert_eq!(bars.bars[0].group, "b");
        let negative = bar_chart(
            &[("a".to_owned(), Some(-1.0)), ("b".to_owned(), Some(3.0))],
            Unit::Count,
            300.0,
            20.0,
            Margins::default(),
        );
        assert_eq!(leader(&negative), None);
        assert_eq!(leader(&BarChart::default()), None);
        let funnel = funnel_chart(
            &[
                (M::Leads, Some(200.0)),
                (M::Mqls, Some(100.0)),
                (M::Customers, Some(10.0)),
            ],
            100.0,
            10.0,
            2.0,
        );
        assert_eq!(through(&funnel), Some(0.05));
        let unknown = funnel_chart(
            &[(M::Leads, Some(200.0)), (M::Customers, None)],
            100.0,
            10.0,
            2.0,
        );
        assert_eq!(through(&unknown), None);
    }
}
