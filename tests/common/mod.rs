//! Helpers shared by the integration tests.

/// Whether this test build enabled the Cargo feature `name`. The root
/// package forwards each of its features to status-core, so this is also
/// what status-core was built with.
#[allow(dead_code)]
pub fn feature_enabled(name: &str) -> bool {
    match name {
        "nginx" => cfg!(feature = "nginx"),
        "cloudflare" => cfg!(feature = "cloudflare"),
        "iis" => cfg!(feature = "iis"),
        "aws-elb" => cfg!(feature = "aws-elb"),
        "laravel" => cfg!(feature = "laravel"),
        "qualys" => cfg!(feature = "qualys"),
        "shopify" => cfg!(feature = "shopify"),
        "unofficial" => cfg!(feature = "unofficial"),
        "spring" => cfg!(feature = "spring"),
        "twitter" => cfg!(feature = "twitter"),
        "microsoft" => cfg!(feature = "microsoft"),
        "esri" => cfg!(feature = "esri"),
        "apache" => cfg!(feature = "apache"),
        "pantheon" => cfg!(feature = "pantheon"),
        "lang-bn" => cfg!(feature = "lang-bn"),
        other => panic!("feature `{other}` is unknown to the tests; add it to tests/common/mod.rs"),
    }
}

/// Writes the manifest and lock of a crate `name` in `dir` that depends on
/// this workspace's status-core, with `features` (TOML lines) as its
/// `[features]` table; the workspace lock pins the same dependency
/// versions, so no network is needed.
#[allow(dead_code)]
pub fn write_probe_manifest(dir: &std::path::Path, name: &str, features: &str) {
    let workspace = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let core = workspace.join("status-core");
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [features]\n{features}\n\n\
             [dependencies]\nstatus-core = {{ path = {:?} }}\n\n[workspace]\n",
            core.display().to_string()
        ),
    )
    .unwrap();
    std::fs::copy(workspace.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
}
