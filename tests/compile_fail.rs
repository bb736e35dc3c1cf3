//! Compile errors, checked against the `.stderr` files next to each case:
//! every kind of bad registry, misuse of the attribute, and vendor variants
//! used without their feature.

mod common;

use std::path::{Path, PathBuf};

// One test, so that the cases share one trybuild project and one build.
#[test]
fn compile_errors() {
    stage_fixtures();
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

/// The cases name their CSV files relative to the crate trybuild generates
/// (`tests/ui/registry/x.csv`), which is under the target directory,
/// wherever that is: copy them there.
fn stage_fixtures() {
    let project = target_directory()
        .join("tests/trybuild")
        .join(env!("CARGO_PKG_NAME"));
    for dir in ["tests/ui/registry", "tests/ui/usage"] {
        let staged = project.join(dir);
        std::fs::create_dir_all(&staged).expect("the trybuild project is writable");
        for entry in std::fs::read_dir(dir).expect("the case directory exists") {
            let path = entry.expect("readable directory").path();
            if path.extension().is_some_and(|ext| ext == "csv") {
                let name = path.file_name().expect("a file name");
                std::fs::copy(&path, staged.join(name)).expect("the fixture copies");
            }
        }
    }
}

/// The target directory as cargo sees it, from `CARGO_TARGET_DIR`,
/// `build.target-dir` or the default, as trybuild finds it.
fn target_directory() -> PathBuf {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = std::process::Command::new(cargo)
        .args(["metadata", "--no-deps", "--format-version", "1"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(output.status.success(), "cargo metadata failed: {output:?}");
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("cargo metadata prints JSON");
    let target = metadata["target_directory"]
        .as_str()
        .expect("cargo metadata names the target directory");
    Path::new(target).to_path_buf()
}
