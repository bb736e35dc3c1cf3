//! Helpers shared by the integration tests.

/// Whether this test build enabled the Cargo feature `name`. The root
/// package forwards each of its features to status-core, so this is also
/// what status-core was built with.
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
