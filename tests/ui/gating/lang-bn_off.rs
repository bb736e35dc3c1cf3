// Without the `lang-bn` feature there is no Bengali language.
fn main() {
    let _ = status_core::Lang::Bn;
}
