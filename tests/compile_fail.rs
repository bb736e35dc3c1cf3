//! Compile errors, checked against the `.stderr` files next to each case:
//! every kind of bad registry, misuse of the attribute, and vendor variants
//! used without their feature.

mod common;

// One test, so that the cases share one trybuild project and one build.
#[test]
fn compile_errors() {
    assert_default_target_dir();
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

/// The cases name their CSV files relative to the project trybuild generates
/// in `target/tests/trybuild/status-suite`, so they only resolve when the
/// build uses the repository's own `target` directory.
fn assert_default_target_dir() {
    let expected = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let expected = expected.canonicalize().unwrap_or(expected);
    let test_binary = std::env::current_exe().expect("the test binary has a path");
    assert!(
        test_binary.starts_with(&expected),
        "tests/compile_fail.rs needs the default target directory {} (this binary \
         is {}); unset CARGO_TARGET_DIR or build.target-dir to run it",
        expected.display(),
        test_binary.display(),
    );
}
