// A bad registry is one error: the enum and its API still exist, so code
// that uses them does not add errors of its own.
#[status_core::registry("tests/ui/registry/no_cascade.csv")]
pub enum StatusCode {}

fn main() {
    let status = StatusCode::from_u16(200).expect("in range");
    println!("{status} {:?} {:?}", status.reason(), status.vendor());
    let _: Option<StatusCodeLang> = StatusCodeLang::ALL.first().copied();
    let _: &[StatusCode] = StatusCode::ALL;
}
