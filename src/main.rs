//! Entry point of the web app: install the panic hook, start the app.

fn main() {
    console_error_panic_hook::set_once();
    learnlocal::start();
}
