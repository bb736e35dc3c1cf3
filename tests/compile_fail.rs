//! Compile errors, checked against the `.stderr` files next to each case:
//! every kind of bad registry, misuse of the attribute, and vendor variants
//! used without their feature.

mod common;

// One test, so that the cases share one trybuild project and one build.
#[test]
fn compile_errors() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/registry/*.rs");
    cases.compile_fail("tests/ui/usage/*.rs");
    for entry in std::fs::read_dir("tests/ui/gating").expect("tests/ui/gating exists") {
        let path = entry.expect("readable directory").path();
        let Some(feature) = path
            .file_name()
            .and_then(|name| name.to_str())
            .and_then(|name| name.strip_suffix("_off.rs"))
        else {
            continue;
        };
        // A variant is absent only while its feature is off.
        if !common::feature_enabled(feature) {
            cases.compile_fail(&path);
        }
    }
}
