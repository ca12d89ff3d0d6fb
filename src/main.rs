//! Entry point of the page: renders the app and nothing else.

fn main() {
    yew::Renderer::<marketing_audit::ui::App>::new().render();
}
