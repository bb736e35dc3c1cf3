//! Compile errors, checked against the `.stderr` files next to each case:
//! every kind of bad registry, misuse of the attribute, and vendor variants
//! used without their feature.

/// Whether this test build enabled `feature` (the root package forwards each
/// vendor feature to status-core).
fn enabled(feature: &str) -> bool {
    match feature {
        "nginx" => cfg!(feature = "nginx"),
        "cloudflare" => cfg!(feature = "cloudflare"),
        "iis" => cfg!(feature = "iis"),
        "unofficial" => cfg!(feature = "unofficial"),
        "spring" => cfg!(feature = "spring"),
        "twitter" => cfg!(feature = "twitter"),
        "microsoft" => cfg!(feature = "microsoft"),
        "esri" => cfg!(feature = "esri"),
        "apache" => cfg!(feature = "apache"),
        "pantheon" => cfg!(feature = "pantheon"),
        "lang-bn" => cfg!(feature = "lang-bn"),
        other => panic!("unknown feature {other}"),
    }
}

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
        if !enabled(feature) {
            cases.compile_fail(&path);
        }
    }
}
