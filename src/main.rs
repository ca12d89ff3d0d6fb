//! Entry point of the page: installs the panic notice, then renders the app.

fn main() {
    marketing_audit::ui::crash::install();
    yew::Renderer::<marketing_audit::ui::App>::new().render();
}
