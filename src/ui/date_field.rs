//! A date field written the locale's way: `31/03/2026` in French, `31.03.2026` in
//! Icelandic and Romanian, ISO in English (and ISO is read in every locale). The
//! browser's own `<input type="date">` shows the browser's format, not the page's.

use super::format;
use super::state::StateContext;
use super::text;
use chrono::NaiveDate;
use yew::prelude::*;

/// Props of a date field.
#[derive(Properties, PartialEq)]
pub struct DateFieldProps {
    /// The `data-testid`.
    pub testid: AttrValue,
    /// The date shown (a controlled field); `None` for an empty field.
    #[prop_or_default]
    pub value: Option<NaiveDate>,
    /// An example date for the placeholder (the locale's pattern when `None`).
    #[prop_or_default]
    pub example: Option<NaiveDate>,
    /// The field, for forms that read it on submit.
    #[prop_or_default]
    pub node: NodeRef,
    /// Called with the date when the user leaves a changed field: `None` for an empty
    /// field. A text that is not a date is not sent: the field says how to write it.
    #[prop_or_default]
    pub onchange: Option<Callback<Option<NaiveDate>>>,
    /// The accessible name when the field has no `<label>`.
    #[prop_or_default]
    pub label: Option<AttrValue>,
}

/// A text field for one date, checked as it is left.
#[component]
pub fn DateField(props: &DateFieldProps) -> Html {
    let state = use_context::<StateContext>().expect("state context");
    let loc = state.locale;
    let pattern = format::date_pattern(loc);
    let hint = text::sentence(
        loc,
        text::Sentence::DateAs,
        &[("pattern", pattern.to_owned())],
    );
    let onchange = {
        let (callback, hint) = (props.onchange.clone(), hint.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let value = input.value();
            let date = format::parse_date(loc, &value);
            if date.is_none() && !value.trim().is_empty() {
                input.set_custom_validity(&hint);
                let _ = input.set_attribute("aria-invalid", "true");
                input.report_validity();
                return;
            }
            input.set_custom_validity("");
            let _ = input.remove_attribute("aria-invalid");
            if let Some(callback) = &callback {
                callback.emit(date);
            }
        })
    };
    let placeholder = props
        .example
        .map_or_else(|| pattern.to_owned(), |d| format::date(loc, d));
    let value = props
        .value
        .map(|d| format::date(loc, d))
        .unwrap_or_default();
    html! {
        <input ref={props.node.clone()} type="text" inputmode="numeric" autocomplete="off"
            class="date-field" data-testid={props.testid.clone()} {value} {placeholder}
            title={hint} aria-label={props.label.clone()} {onchange} />
    }
}
