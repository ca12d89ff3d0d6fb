//! Attribution of deal revenue: campaigns (or channels) as rows, every model side by
//! side, the models' rules in a legend, and the deals no touch explains.

use super::format;
use super::layout::TableFrame;
use super::review::number_input;
use super::state::Action;
use super::state::StateContext;
use super::text;
use crate::engine::metrics::attribution::{Attribution, AttributionSettings, Credit, Model};
use crate::engine::metrics::audit::Dimension;
use crate::engine::metrics::metric::Unit;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use yew::prelude::*;

/// The `data-group` of a group; `None` is "(not set)", as analytics tools write it (the
/// page shows the locale's words instead).
fn group_label(g: &Option<String>) -> String {
    g.clone().unwrap_or_else(|| "(not set)".to_owned())
}

/// Money for display and for `data-value`: rounded to the cent only here.
fn money(d: Decimal) -> Option<f64> {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
        .to_f64()
}

fn credits(a: &Attribution, model: Model, dimension: Dimension) -> &[Credit] {
    a.model(model).map_or(&[], |m| match dimension {
        Dimension::Channel => &m.by_channel,
        _ => &m.by_campaign,
    })
}

/// The attribution table.
#[component]
pub fn AttributionView() -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let dimension = use_state(|| Dimension::Campaign);
    let Some(a) = state.report.attribution.as_ref() else {
        return html! {};
    };
    let dim = *dimension;
    let count = |n: f64| format::grouped_in(loc, n, 0);
    // Rows in the order of the first model's credit, largest first.
    let mut groups: Vec<Option<String>> = Vec::new();
    for model in Model::ALL {
        for c in credits(a, model, dim) {
            if !groups.contains(&c.group) {
                groups.push(c.group.clone());
            }
        }
    }
    let cell = |model: Model, group: &Option<String>| {
        let v = credits(a, model, dim)
            .iter()
            .find(|c| &c.group == group)
            .map_or(Decimal::ZERO, |c| c.revenue);
        let v = money(v);
        html! {
            <td class="num" data-model={model.id()} data-value={format::raw(v)}>{ format::value_in(loc, v, Unit::Money) }</td>
        }
    };
    let on_dimension = {
        let dimension = dimension.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(d) = Dimension::from_id(&select.value()) {
                dimension.set(d);
            }
        })
    };
    let total = |model: Model| {
        let sum: Decimal = credits(a, model, dim).iter().map(|c| c.revenue).sum();
        let v = money(sum);
        html! {
            <td class="num" data-model={model.id()} data-value={format::raw(v)}>{ format::value_in(loc, v, Unit::Money) }</td>
        }
    };
    let set = |f: fn(&mut AttributionSettings, f64)| {
        let state = state.clone();
        Callback::from(move |v: f64| {
            let mut next = state.settings.audit.attribution;
            f(&mut next, v);
            state.dispatch(Action::Attribution(next));
        })
    };
    let s = a.settings;
    let unattributed: Decimal = a.unattributed.iter().filter_map(|u| u.amount).sum();
    html! {
        <section aria-labelledby="attribution-title" class="attribution" data-testid="attribution"
                 data-dimension={dim.id()} data-unattributed={a.unattributed.len().to_string()}>
            <h3 id="attribution-title">{ text::ui(loc, text::Ui::Attribution) }</h3>
            <p class="note">{ text::sentence(loc, text::Sentence::AttributionTouched, &[
                ("touched", count(a.deals_touched as f64)),
                ("deals", count(a.deals as f64)),
                ("touches", count(a.touches as f64)),
            ]) }</p>
            <p class="note" data-testid="attribution-unattributed">{ text::sentence(loc, text::Sentence::AttributionUnattributed, &[
                ("count", count(a.unattributed.len() as f64)),
                ("revenue", format::value_in(loc, money(unattributed), Unit::Money)),
            ]) }</p>
            <div class="table-tools no-print">
                <label>{ text::sentence(loc, text::Sentence::RowsMenu, &[]) }{ " " }
                    <select data-testid="attribution-dimension" onchange={on_dimension}>
                        { for [Dimension::Campaign, Dimension::Channel].iter().map(|d| html! {
                            <option value={d.id()} selected={*d == dim}>{ text::dimension_label(loc, *d) }</option>
                        }) }
                    </select>
                </label>
            </div>
            <TableFrame label={text::ui(loc, text::Ui::Attribution).to_owned()}>
            <table class="kpi" data-testid="attribution-table">
                <thead><tr>
                    <th>{ text::dimension_label(loc, dim) }</th>
                    { for Model::ALL.iter().map(|m| html! {
                        <th class="num" data-model={m.id()} title={text::model_definition(loc, *m, &a.settings)}>{ text::model_label(loc, *m) }</th>
                    }) }
                </tr></thead>
                <tbody>
                    { for groups.iter().map(|g| html! {
                        <tr data-testid="attribution-row" data-group={group_label(g)}>
                            <td>{ g.clone().unwrap_or_else(|| text::sentence(loc, text::Sentence::NotSet, &[])) }</td>
                            { for Model::ALL.iter().map(|m| cell(*m, g)) }
                        </tr>
                    }) }
                </tbody>
                <tfoot>
                    <tr class="total" data-testid="attribution-row" data-group="__total__">
                        <th scope="row">{ text::ui(loc, text::Ui::ColTotal) }</th>
                        { for Model::ALL.iter().map(|m| total(*m)) }
                    </tr>
                </tfoot>
            </table>
            </TableFrame>
            <dl class="legend" data-testid="attribution-legend">
                { for Model::ALL.iter().map(|m| html! {
                    <>
                        <dt>{ text::model_label(loc, *m) }</dt>
                        <dd>{ text::model_definition(loc, *m, &a.settings) }</dd>
                    </>
                }) }
            </dl>
            <details class="no-print" data-testid="attribution-settings">
                <summary>{ text::ui(loc, text::Ui::ModelParameters) }</summary>
                <div class="grid">
                    { number_input(&text::sentence(loc, text::Sentence::HalfLifeDays, &[]), s.half_life_days, 1.0, set(|a, v| a.half_life_days = v)) }
                    { number_input(&text::sentence(loc, text::Sentence::CustomFirst, &[]), s.custom.0, 1.0, set(|a, v| a.custom.0 = v)) }
                    { number_input(&text::sentence(loc, text::Sentence::CustomMiddle, &[]), s.custom.1, 1.0, set(|a, v| a.custom.1 = v)) }
                    { number_input(&text::sentence(loc, text::Sentence::CustomLast, &[]), s.custom.2, 1.0, set(|a, v| a.custom.2 = v)) }
                </div>
            </details>
            <p class="caveat">{ text::ui(loc, text::Ui::AttributionNote) }</p>
        </section>
    }
}
