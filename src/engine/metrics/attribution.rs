//! Attribution: each won deal's revenue divided among the touchpoints that came before
//! the win, by rule, and summed per campaign and per channel for every model.
//!
//! A touchpoint counts for a deal when it belongs to the deal's lead (joined on the
//! lead id) and falls on or before the deal's won date. The models only divide credit:
//! none of them measures what a touch caused. Shares are [`Decimal`]s, never rounded
//! here, and the last credited touch of a deal takes the remainder, so each deal's
//! credits add up to its revenue exactly.
//!
//! The rules, for a deal with touches `t1 … tn` in time order:
//!
//! * **First touch**: all to `t1`. **Last touch**: all to `tn`.
//! * **Linear**: `1/n` each.
//! * **U-shaped (40/20/40)**: 40 % to `t1`, 40 % to `tn`, 20 % spread evenly over the
//!   touches between; with one touch 100 %, with two 50/50.
//! * **U-shaped (50/50)**: half to `t1`, half to `tn`, nothing between.
//! * **W-shaped**: 30 % to `t1`, 30 % to the *lead-conversion touch*, 30 % to `tn`,
//!   10 % spread over the others. The lead-conversion touch is the last touch at or
//!   before the lead first became an MQL, else (no MQL entry) an opportunity, else the
//!   middle touch `t(⌊n/2⌋+1)`. When it is `t1` or `tn`, that touch takes both shares.
//! * **Full path**: 22.5 % each to `t1`, the MQL touch, the opportunity touch (each the
//!   last touch at or before the lead first entered that stage) and `tn` (the close),
//!   10 % over the rest. A milestone the stage file does not know gives its 22.5 % to
//!   the touches between instead; roles falling on one touch add up there.
//! * **Time decay**: weight `2^(−age / half-life)` with `age` the whole days between
//!   the touch and the won date (half-life 7 days by default).
//! * **Custom**: the user's (first, middle, last) weights, the middle one spread over
//!   the touches between, as in U-shaped.
//!
//! W-shaped and full path give one touch 100 % and two touches 50/50, like U-shaped.
//! Whenever the rest share has no touch to go to, the other shares are scaled up to
//! 100 %; a model whose weights are all zero falls back to linear.

use crate::engine::import::field::{Field, FileKind};
use crate::engine::import::ingest::Ingested;
use crate::engine::metrics::config;
use crate::engine::metrics::funnel::{Join, Lead, StageKind};
use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::borrow::Borrow;
use std::collections::BTreeMap;

/// An attribution model: a rule that divides a deal's revenue among its touches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Model {
    /// Everything to the first touch.
    FirstTouch,
    /// Everything to the last touch before the win.
    LastTouch,
    /// An equal share to every touch.
    Linear,
    /// 40 % first, 40 % last, 20 % over the middle.
    UShaped,
    /// 50 % first, 50 % last.
    UShaped5050,
    /// 30 % first, 30 % lead conversion, 30 % last, 10 % over the rest.
    WShaped,
    /// 22.5 % each to first, MQL, opportunity and close, 10 % over the rest.
    FullPath,
    /// Weight halving every half-life before the win.
    TimeDecay,
    /// The user's (first, middle, last) weights.
    Custom,
}

impl Model {
    /// Every model, in the order the report shows them.
    pub const ALL: [Model; 9] = [
        Model::FirstTouch,
        Model::LastTouch,
        Model::Linear,
        Model::UShaped,
        Model::UShaped5050,
        Model::WShaped,
        Model::FullPath,
        Model::TimeDecay,
        Model::Custom,
    ];

    /// The stable id used in exports and test hooks.
    pub fn id(self) -> &'static str {
        match self {
            Model::FirstTouch => "first_touch",
            Model::LastTouch => "last_touch",
            Model::Linear => "linear",
            Model::UShaped => "u_shaped",
            Model::UShaped5050 => "u_shaped_50_50",
            Model::WShaped => "w_shaped",
            Model::FullPath => "full_path",
            Model::TimeDecay => "time_decay",
            Model::Custom => "custom",
        }
    }

    /// The model with the given id.
    pub fn from_id(id: &str) -> Option<Model> {
        Model::ALL.into_iter().find(|m| m.id() == id)
    }
}

/// The user's choices for the models that take parameters.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttributionSettings {
    /// Time decay: days after which a touch's weight halves.
    pub half_life_days: f64,
    /// Custom model: relative weights of the (first, middle, last) touches.
    pub custom: (f64, f64, f64),
}

impl Default for AttributionSettings {
    fn default() -> Self {
        AttributionSettings {
            half_life_days: config::ATTRIBUTION_HALF_LIFE_DAYS,
            custom: config::ATTRIBUTION_CUSTOM_WEIGHTS,
        }
    }
}

/// One touchpoint: a lead touched by a channel and/or a campaign.
#[derive(Clone, Debug, PartialEq)]
pub struct Touch {
    /// The lead touched.
    pub lead_id: String,
    /// When.
    pub at: NaiveDateTime,
    /// The channel (else the source); `None` is "(not set)".
    pub channel: Option<String>,
    /// The campaign; `None` is "(not set)".
    pub campaign: Option<String>,
}

/// Revenue credited to one campaign or channel by one model.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Credit {
    /// The campaign or channel; `None` is "(not set)".
    pub group: Option<String>,
    /// Revenue credited, unrounded.
    pub revenue: Decimal,
    /// Deals that gave this group a share above zero.
    pub deals: usize,
}

/// What one model credits.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModelCredits {
    /// The model.
    pub model: Model,
    /// Per campaign, largest credit first.
    pub by_campaign: Vec<Credit>,
    /// Per channel, largest credit first.
    pub by_channel: Vec<Credit>,
}

/// A won deal with no touchpoint on or before its won date: reported, not credited.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Unattributed {
    /// The deal's lead id.
    pub lead_id: String,
    /// When it was won.
    pub won: NaiveDate,
    /// Its revenue, if the deals file says.
    pub amount: Option<Decimal>,
}

/// The attribution of every won deal under every model.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    /// One entry per model, in [`Model::ALL`] order.
    pub models: Vec<ModelCredits>,
    /// Won deals in the data.
    pub deals: usize,
    /// Won deals with at least one touch on or before the win.
    pub deals_touched: usize,
    /// Revenue of the touched deals: what every model credits in total.
    pub credited_revenue: Decimal,
    /// Deals with no touch on or before the win.
    pub unattributed: Vec<Unattributed>,
    /// Touchpoint rows read (with a lead id and a moment).
    pub touches: usize,
    /// The settings used.
    pub settings: AttributionSettings,
}

impl Attribution {
    /// The credits of one model.
    pub fn model(&self, model: Model) -> Option<&ModelCredits> {
        self.models.iter().find(|m| m.model == model)
    }
}

/// Every touchpoint of every touchpoints file, rows without a lead id or a moment left out.
pub fn touches<I: Borrow<Ingested>>(inputs: &[I]) -> Vec<Touch> {
    let mut out = Vec::new();
    for input in inputs.iter().map(Borrow::borrow) {
        if input.kind != FileKind::Touchpoints {
            continue;
        }
        let table = &input.table;
        let (Some(ids), Some(ats)) = (table.text(Field::LeadId), table.date(Field::TouchedAt))
        else {
            continue;
        };
        let cell = |f: Field, row: usize| table.text(f).and_then(|c| c.get(row).map(str::to_owned));
        for (row, (id, at)) in ids.iter().zip(ats.iter()).enumerate() {
            let (Some(id), Some(at)) = (id, at) else {
                continue;
            };
            out.push(Touch {
                lead_id: id.to_owned(),
                at,
                channel: cell(Field::Channel, row).or_else(|| cell(Field::Source, row)),
                campaign: cell(Field::Campaign, row),
            });
        }
    }
    out
}

/// Attributes every won deal of `join` to `touches` under every model.
pub fn attribute(join: &Join, touches: &[Touch], settings: &AttributionSettings) -> Attribution {
    let mut by_lead: BTreeMap<&str, Vec<&Touch>> = BTreeMap::new();
    for t in touches {
        by_lead.entry(t.lead_id.as_str()).or_default().push(t);
    }
    for list in by_lead.values_mut() {
        // Stable: touches at the same moment keep their file order.
        list.sort_by_key(|t| t.at);
    }
    let mut sums: Vec<Sums> = Model::ALL.iter().map(|_| Sums::default()).collect();
    let mut deals = 0;
    let mut deals_touched = 0;
    let mut credited_revenue = Decimal::ZERO;
    let mut unattributed = Vec::new();
    for lead in &join.leads {
        let all = by_lead.get(lead.id.as_str()).map_or(&[][..], Vec::as_slice);
        for (won, amount) in &lead.deals {
            deals += 1;
            let path: Vec<&Touch> = all
                .iter()
                .copied()
                .filter(|t| t.at.date() <= *won)
                .collect();
            if path.is_empty() {
                unattributed.push(Unattributed {
                    lead_id: lead.id.clone(),
                    won: *won,
                    amount: *amount,
                });
                continue;
            }
            deals_touched += 1;
            let revenue = amount.unwrap_or(Decimal::ZERO);
            credited_revenue += revenue;
            let milestones = Milestones::of(lead, &path);
            for (model, sums) in Model::ALL.iter().zip(&mut sums) {
                let w = weights(*model, &path, *won, &milestones, settings);
                let shares = split(revenue, &w);
                sums.add(&path, &shares);
            }
        }
    }
    Attribution {
        models: Model::ALL
            .iter()
            .zip(sums)
            .map(|(model, s)| ModelCredits {
                model: *model,
                by_campaign: s.campaign.finish(),
                by_channel: s.channel.finish(),
            })
            .collect(),
        deals,
        deals_touched,
        credited_revenue,
        unattributed,
        touches: touches.len(),
        settings: *settings,
    }
}

/// Reads the touchpoints files of `inputs` and attributes the deals of `join`; `None`
/// when there is no touchpoints file or no won deal.
pub fn from_inputs<I: Borrow<Ingested>>(
    inputs: &[I],
    join: &Join,
    settings: &AttributionSettings,
) -> Option<Attribution> {
    let any_file = inputs
        .iter()
        .any(|i| i.borrow().kind == FileKind::Touchpoints);
    let any_deal = join.leads.iter().any(|l| !l.deals.is_empty());
    (any_file && any_deal).then(|| attribute(join, &touches(inputs), settings))
}

/// Per-group sums of one dimension.
#[derive(Default)]
struct Groups(BTreeMap<Option<String>, (Decimal, usize)>);

impl Groups {
    fn finish(self) -> Vec<Credit> {
        let mut out: Vec<Credit> = self
            .0
            .into_iter()
            .map(|(group, (revenue, deals))| Credit {
                group,
                revenue,
                deals,
            })
            .collect();
        out.sort_by(|a, b| b.revenue.cmp(&a.revenue).then(a.group.cmp(&b.group)));
        out
    }
}

#[derive(Default)]
struct Sums {
    campaign: Groups,
    channel: Groups,
}

impl Sums {
    /// Adds one deal's shares, counting the deal once per group that got a share.
    fn add(&mut self, path: &[&Touch], shares: &[Decimal]) {
        let mut per_campaign: BTreeMap<Option<String>, Decimal> = BTreeMap::new();
        let mut per_channel: BTreeMap<Option<String>, Decimal> = BTreeMap::new();
        for (t, s) in path.iter().zip(shares) {
            *per_campaign.entry(t.campaign.clone()).or_default() += *s;
            *per_channel.entry(t.channel.clone()).or_default() += *s;
        }
        for (groups, per) in [
            (&mut self.campaign, per_campaign),
            (&mut self.channel, per_channel),
        ] {
            for (g, s) in per {
                let e = groups.0.entry(g).or_default();
                e.0 += s;
                if !s.is_zero() {
                    e.1 += 1;
                }
            }
        }
    }
}

/// Indices into a deal's path of the touches at or before its stage milestones.
struct Milestones {
    mql: Option<usize>,
    opportunity: Option<usize>,
}

impl Milestones {
    fn of(lead: &Lead, path: &[&Touch]) -> Milestones {
        let touch_before = |kind: StageKind| {
            let at = lead.entered.iter().find(|(k, _)| *k == kind)?.1;
            // A stage entered before any touch credits the first touch.
            Some(path.iter().rposition(|t| t.at <= at).unwrap_or(0))
        };
        Milestones {
            mql: touch_before(StageKind::Mql),
            opportunity: touch_before(StageKind::Opportunity),
        }
    }
}

fn dec(x: f64) -> Decimal {
    if x.is_finite() && x > 0.0 {
        Decimal::try_from(x).unwrap_or(Decimal::ZERO)
    } else {
        Decimal::ZERO
    }
}

/// Relative weights of the touches of `path` (time order) under `model`.
fn weights(
    model: Model,
    path: &[&Touch],
    won: NaiveDate,
    milestones: &Milestones,
    settings: &AttributionSettings,
) -> Vec<Decimal> {
    let n = path.len();
    let last = n.saturating_sub(1);
    let mut w = vec![Decimal::ZERO; n];
    let pct = |p: i64| Decimal::new(p, 3);
    // Adds `share` to `at`, or spreads it evenly over the touches strictly between the
    // first and the last that `taken` does not mark.
    let spread = |w: &mut Vec<Decimal>, share: Decimal, taken: &[usize]| {
        let rest: Vec<usize> = (1..last).filter(|i| !taken.contains(i)).collect();
        if !rest.is_empty() {
            let each = share / Decimal::from(rest.len());
            for i in rest {
                w[i] += each;
            }
        }
    };
    let add = |w: &mut Vec<Decimal>, i: usize, share: Decimal| {
        if let Some(x) = w.get_mut(i) {
            *x += share;
        }
    };
    let ends = |w: &mut Vec<Decimal>, first: Decimal, middle: Decimal, last_share: Decimal| {
        add(w, 0, first);
        add(w, last, last_share);
        spread(w, middle, &[]);
    };
    let positional = matches!(
        model,
        Model::UShaped | Model::WShaped | Model::FullPath | Model::UShaped5050
    );
    if n <= 2 && positional {
        // One touch takes everything, two take half each.
        w.iter_mut().for_each(|x| *x = Decimal::ONE);
        return w;
    }
    match model {
        Model::FirstTouch => add(&mut w, 0, Decimal::ONE),
        Model::LastTouch => add(&mut w, last, Decimal::ONE),
        Model::Linear => w.iter_mut().for_each(|x| *x = Decimal::ONE),
        Model::UShaped => ends(&mut w, pct(400), pct(200), pct(400)),
        Model::UShaped5050 => ends(&mut w, pct(500), Decimal::ZERO, pct(500)),
        Model::WShaped => {
            let key = milestones.mql.or(milestones.opportunity).unwrap_or(n / 2);
            add(&mut w, 0, pct(300));
            add(&mut w, key, pct(300));
            add(&mut w, last, pct(300));
            spread(&mut w, pct(100), &[key]);
        }
        Model::FullPath => {
            add(&mut w, 0, pct(225));
            add(&mut w, last, pct(225));
            let mut rest = pct(100);
            let mut taken = Vec::new();
            for m in [milestones.mql, milestones.opportunity] {
                match m {
                    Some(i) => {
                        add(&mut w, i, pct(225));
                        taken.push(i);
                    }
                    None => rest += pct(225),
                }
            }
            spread(&mut w, rest, &taken);
        }
        Model::TimeDecay => {
            let half_life = if settings.half_life_days.is_finite() && settings.half_life_days > 0.0
            {
                settings.half_life_days
            } else {
                config::ATTRIBUTION_HALF_LIFE_DAYS
            };
            for (x, t) in w.iter_mut().zip(path) {
                let age = (won - t.at.date()).num_days().max(0) as f64;
                *x = dec((-age / half_life).exp2());
            }
        }
        Model::Custom => {
            let (f, m, l) = settings.custom;
            if n == 1 {
                add(&mut w, 0, Decimal::ONE);
            } else {
                ends(&mut w, dec(f), dec(m), dec(l));
            }
        }
    }
    if w.iter().all(|x| x.is_zero()) {
        w.iter_mut().for_each(|x| *x = Decimal::ONE);
    }
    w
}

/// Decimal places kept in a share: far below a cent, and few enough that sums of shares
/// stay exact in any order (a `Decimal` holds 28 digits; revenue needs at most ~15).
const SHARE_DP: u32 = 10;

/// Splits `revenue` in proportion to `weights`; each share is kept to [`SHARE_DP`]
/// places and the last touch with a weight takes the remainder, so the shares add up
/// to `revenue` exactly, and so do the per-campaign and per-channel sums.
fn split(revenue: Decimal, weights: &[Decimal]) -> Vec<Decimal> {
    let total: Decimal = weights.iter().copied().sum();
    let mut shares = vec![Decimal::ZERO; weights.len()];
    let Some(last) = weights.iter().rposition(|w| !w.is_zero()) else {
        return shares;
    };
    if total.is_zero() {
        return shares;
    }
    let mut given = Decimal::ZERO;
    for (i, w) in weights.iter().enumerate().take(last) {
        let s = (revenue * *w / total).round_dp(SHARE_DP);
        shares[i] = s;
        given += s;
    }
    if let Some(x) = shares.get_mut(last) {
        *x = revenue - given;
    }
    shares
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::metrics::funnel::Lead;
    use chrono::NaiveTime;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a date")
    }

    fn at(s: &str) -> NaiveDateTime {
        day(s).and_time(NaiveTime::MIN)
    }

    fn touch(lead: &str, when: &str, channel: &str, campaign: &str) -> Touch {
        Touch {
            lead_id: lead.to_owned(),
            at: at(when),
            channel: Some(channel.to_owned()),
            campaign: (!campaign.is_empty()).then(|| campaign.to_owned()),
        }
    }

    fn lead(id: &str, stages: &[(StageKind, &str)], won: &str, amount: &str) -> Lead {
        Lead {
            id: id.to_owned(),
            entered: stages.iter().map(|(k, d)| (*k, at(d))).collect(),
            deals: vec![(day(won), amount.parse().ok())],
            ..Lead::default()
        }
    }

    fn cents(d: Decimal) -> String {
        let r = d.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
        format!("{r:.2}")
    }

    fn money(s: &str) -> Decimal {
        s.parse().expect("a decimal")
    }

    /// Checks the campaign credits of one model: (campaign, revenue) with revenue
    /// rounded to the cent, largest first.
    #[track_caller]
    fn check(a: &Attribution, model: Model, expected: &[(&str, &str)]) {
        let got: Vec<(String, String)> = a
            .model(model)
            .expect("model present")
            .by_campaign
            .iter()
            .filter(|c| !c.revenue.is_zero())
            .map(|c| {
                (
                    c.group.clone().unwrap_or_else(|| "(not set)".to_owned()),
                    cents(c.revenue),
                )
            })
            .collect();
        let want: Vec<(String, String)> = expected
            .iter()
            .map(|(g, r)| ((*g).to_owned(), (*r).to_owned()))
            .collect();
        assert_eq!(got, want, "{model:?}");
    }

    fn run(leads: Vec<Lead>, touches: &[Touch], settings: &AttributionSettings) -> Attribution {
        let join = Join {
            leads,
            ..Join::default()
        };
        attribute(&join, touches, settings)
    }

    /// Three touches A (day 0), B (day 7), C (day 14), won on day 14 for 1000, MQL
    /// between A and B, opportunity between B and C.
    fn three() -> Attribution {
        let leads = vec![lead(
            "L1",
            &[
                (StageKind::Lead, "2025-01-01"),
                (StageKind::Mql, "2025-01-03"),
                (StageKind::Opportunity, "2025-01-10"),
            ],
            "2025-01-15",
            "1000",
        )];
        let touches = [
            touch("L1", "2025-01-01", "Ads", "A"),
            touch("L1", "2025-01-08", "Email", "B"),
            touch("L1", "2025-01-15", "Ads", "C"),
            // After the win: ignored.
            touch("L1", "2025-01-16", "Ads", "D"),
        ];
        run(leads, &touches, &AttributionSettings::default())
    }

    #[test]
    fn three_touches_under_every_model() {
        let a = three();
        check(&a, Model::FirstTouch, &[("A", "1000.00")]);
        check(&a, Model::LastTouch, &[("C", "1000.00")]);
        check(
            &a,
            Model::Linear,
            // C, the last, takes the remainder of the thirds: 333.33…34, so it sorts first.
            &[("C", "333.33"), ("A", "333.33"), ("B", "333.33")],
        );
        check(
            &a,
            Model::UShaped,
            &[("A", "400.00"), ("C", "400.00"), ("B", "200.00")],
        );
        check(&a, Model::UShaped5050, &[("A", "500.00"), ("C", "500.00")]);
        // MQL (Jan 3) follows A: A takes first 30 + MQL 30; B the rest 10; C last 30.
        check(
            &a,
            Model::WShaped,
            &[("A", "600.00"), ("C", "300.00"), ("B", "100.00")],
        );
        // MQL touch A, opportunity touch (Jan 10) B: A 45, B 22.5, C 22.5; the 10 %
        // rest has no untaken touch between, so everything scales by 1/0.9.
        check(
            &a,
            Model::FullPath,
            &[("A", "500.00"), ("B", "250.00"), ("C", "250.00")],
        );
        // Ages 14, 7, 0 days with a 7-day half-life: weights 1/4, 1/2, 1 (sum 7/4),
        // so 1/7, 2/7, 4/7 of 1000.
        check(
            &a,
            Model::TimeDecay,
            &[("C", "571.43"), ("B", "285.71"), ("A", "142.86")],
        );
        // Default custom weights 30/40/30 (see config).
        check(
            &a,
            Model::Custom,
            &[("B", "400.00"), ("A", "300.00"), ("C", "300.00")],
        );
        assert_eq!(a.deals_touched, 1);
        assert!(a.unattributed.is_empty());
    }

    #[test]
    fn one_and_two_touches() {
        let one = run(
            vec![lead("L1", &[], "2025-02-01", "90")],
            &[touch("L1", "2025-01-20", "Ads", "A")],
            &AttributionSettings::default(),
        );
        for model in Model::ALL {
            check(&one, model, &[("A", "90.00")]);
        }
        let two = run(
            vec![lead("L1", &[], "2025-02-01", "90")],
            &[
                touch("L1", "2025-01-20", "Ads", "A"),
                touch("L1", "2025-02-01", "Ads", "B"),
            ],
            &AttributionSettings::default(),
        );
        for model in [
            Model::Linear,
            Model::UShaped,
            Model::UShaped5050,
            Model::WShaped,
            Model::FullPath,
            Model::Custom,
        ] {
            check(&two, model, &[("A", "45.00"), ("B", "45.00")]);
        }
        // 12 days and 0 days: weights 2^(-12/7) ≈ 0.3048 and 1, so A ≈ 0.2336 × 90.
        check(&two, Model::TimeDecay, &[("B", "68.98"), ("A", "21.02")]);
    }

    #[test]
    fn full_path_without_stages_gives_missing_milestones_to_the_middle() {
        let a = run(
            vec![lead("L1", &[], "2025-02-01", "1000")],
            &[
                touch("L1", "2025-01-01", "Ads", "A"),
                touch("L1", "2025-01-02", "Ads", "B"),
                touch("L1", "2025-01-03", "Ads", "C"),
                touch("L1", "2025-01-04", "Ads", "D"),
            ],
            &AttributionSettings::default(),
        );
        // 22.5 first, 22.5 last, 10 + 2 × 22.5 = 55 over B and C.
        check(
            &a,
            Model::FullPath,
            &[
                ("B", "275.00"),
                ("C", "275.00"),
                ("A", "225.00"),
                ("D", "225.00"),
            ],
        );
        // W-shaped falls back to the middle touch t(⌊n/2⌋+1) = C: A 30, C 30, D 30, B 10.
        check(
            &a,
            Model::WShaped,
            &[
                ("A", "300.00"),
                ("C", "300.00"),
                ("D", "300.00"),
                ("B", "100.00"),
            ],
        );
    }

    #[test]
    fn deals_without_touches_before_the_win_are_reported() {
        let a = run(
            vec![
                lead("L1", &[], "2025-02-01", "100"),
                lead("L2", &[], "2025-02-01", "50"),
            ],
            &[
                touch("L1", "2025-01-01", "Ads", "A"),
                touch("L2", "2025-02-02", "Ads", "A"),
            ],
            &AttributionSettings::default(),
        );
        assert_eq!((a.deals, a.deals_touched), (2, 1));
        assert_eq!(a.credited_revenue, money("100"));
        assert_eq!(
            a.unattributed,
            vec![Unattributed {
                lead_id: "L2".to_owned(),
                won: day("2025-02-01"),
                amount: Some(money("50")),
            }]
        );
        check(&a, Model::FirstTouch, &[("A", "100.00")]);
    }

    #[test]
    fn channels_and_not_set_are_grouped() {
        let a = three();
        let channels: Vec<(Option<&str>, String, usize)> = a
            .model(Model::Linear)
            .expect("linear")
            .by_channel
            .iter()
            .map(|c| (c.group.as_deref(), cents(c.revenue), c.deals))
            .collect();
        assert_eq!(
            channels,
            vec![
                (Some("Ads"), "666.67".to_owned(), 1),
                (Some("Email"), "333.33".to_owned(), 1)
            ]
        );
        let b = run(
            vec![lead("L1", &[], "2025-02-01", "10")],
            &[touch("L1", "2025-01-01", "Organic", "")],
            &AttributionSettings::default(),
        );
        check(&b, Model::LastTouch, &[("(not set)", "10.00")]);
    }

    #[test]
    fn time_decay_half_life_is_configurable() {
        let settings = AttributionSettings {
            half_life_days: 14.0,
            ..AttributionSettings::default()
        };
        let a = run(
            vec![lead("L1", &[], "2025-01-15", "300")],
            &[
                touch("L1", "2025-01-01", "Ads", "A"),
                touch("L1", "2025-01-15", "Ads", "B"),
            ],
            &settings,
        );
        // 14 days at a 14-day half-life: weights 1/2 and 1, so 100 and 200.
        check(&a, Model::TimeDecay, &[("B", "200.00"), ("A", "100.00")]);
    }

    #[test]
    fn custom_weights_and_zero_weights() {
        let settings = AttributionSettings {
            custom: (1.0, 0.0, 3.0),
            ..AttributionSettings::default()
        };
        let a = run(
            vec![lead("L1", &[], "2025-02-01", "100")],
            &[
                touch("L1", "2025-01-01", "Ads", "A"),
                touch("L1", "2025-01-02", "Ads", "B"),
                touch("L1", "2025-01-03", "Ads", "C"),
            ],
            &settings,
        );
        check(&a, Model::Custom, &[("C", "75.00"), ("A", "25.00")]);
        let zero = AttributionSettings {
            custom: (0.0, f64::NAN, -1.0),
            half_life_days: -3.0,
        };
        let b = run(
            vec![lead("L1", &[], "2025-02-01", "100")],
            &[
                touch("L1", "2025-01-01", "Ads", "A"),
                touch("L1", "2025-01-02", "Ads", "B"),
            ],
            &zero,
        );
        // All-zero custom weights fall back to linear.
        check(&b, Model::Custom, &[("A", "50.00"), ("B", "50.00")]);
    }

    #[test]
    fn every_deal_is_credited_to_the_cent_under_every_model() {
        // A small deterministic generator (xorshift) so the property covers many shapes.
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        };
        for case in 0..300 {
            let touches_n = 1 + next(9) as usize;
            let cents = 1 + next(5_000_000) as i64;
            let amount = Decimal::new(cents, 2);
            let mut touches = Vec::new();
            for i in 0..touches_n {
                let d = 1 + next(27);
                touches.push(Touch {
                    lead_id: "L".to_owned(),
                    at: at(&format!("2025-01-{d:02}")),
                    channel: Some(format!("ch{}", next(3))),
                    campaign: Some(format!("c{i}")),
                });
            }
            let mut stages = Vec::new();
            if next(2) == 0 {
                stages.push((StageKind::Mql, at(&format!("2025-01-{:02}", 1 + next(27)))));
            }
            if next(2) == 0 {
                stages.push((
                    StageKind::Opportunity,
                    at(&format!("2025-01-{:02}", 1 + next(27))),
                ));
            }
            let settings = AttributionSettings {
                half_life_days: 1.0 + next(30) as f64,
                custom: (next(5) as f64, next(5) as f64, next(5) as f64),
            };
            let l = Lead {
                id: "L".to_owned(),
                entered: stages,
                deals: vec![(day("2025-01-28"), Some(amount))],
                ..Lead::default()
            };
            let a = run(vec![l], &touches, &settings);
            for m in &a.models {
                for groups in [&m.by_campaign, &m.by_channel] {
                    let total: Decimal = groups.iter().map(|c| c.revenue).sum();
                    assert_eq!(total, amount, "case {case}, {:?}", m.model);
                    let cents: Decimal = groups.iter().map(|c| c.revenue.round_dp(2)).sum();
                    assert!(
                        (cents - amount).abs() <= Decimal::new(groups.len() as i64, 2),
                        "case {case}"
                    );
                }
            }
        }
    }

    #[test]
    fn model_ids_round_trip() {
        for m in Model::ALL {
            assert_eq!(Model::from_id(m.id()), Some(m));
        }
    }
}
