//! Registry text is data, never markup: a library built from a registry
//! full of Markdown and HTML passes `cargo test --doc`, and its rendered
//! documentation shows every text as written.
//!
//! rustdoc does not lint the docs a macro writes, so nothing else would
//! tell: a summary of `~~~` would open a code block that swallows the rest
//! of the variant's docs and fails the doctests, and a backtick in a
//! reason phrase would let what follows reach the page as HTML.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const REGISTRY: &str = r##"Value,Description,Reference,Vendor,Summary,Description@bn,Summary@bn
200,OK,"[RFC9110, Section 15.3.1]",,~~~,ঠিক,~~~
201,A` <script>alert(1)</script> `B,,,"# Not a heading",,
202,[`Foo`] accepted,[see <here> & there],,- not a list,,
203,``Ticks``,,,"**bold** _em_ <b>tag</b> &amp; [link](https://example.com) ```",*টিক*,"> নয়"
204,No Content,,,1. not an item,,
205,Reset Content,,,"It's ""quoted"" -- and --- so on...",,
"##;

const LIB: &str = r#"
//! A registry of hostile text.

/// Statuses.
#[status_core::registry("codes.csv")]
pub enum Hostile {}
"#;

fn write_crate(dir: &Path) {
    common::write_probe_manifest(dir, "hostile-docs", "lang-bn = []");
    fs::write(dir.join("src/lib.rs"), LIB).unwrap();
    fs::write(dir.join("codes.csv"), REGISTRY).unwrap();
}

fn cargo(dir: &Path, args: &[&str]) {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(args)
        .args(["--offline", "--features", "lang-bn"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env_remove("RUSTFLAGS")
        .env_remove("RUSTDOCFLAGS")
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo {args:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn registry_text_shows_as_written() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("hostile-docs");
    write_crate(&dir);
    // A fence opened by a summary would make rustdoc compile the rest of
    // the docs as a doctest.
    cargo(&dir, &["test", "--doc", "--quiet"]);
    cargo(&dir, &["doc", "--no-deps", "--quiet"]);
    let page = fs::read_to_string(dir.join("target/doc/hostile_docs/enum.Hostile.html"))
        .expect("rustdoc wrote the enum's page");

    for shown in [
        // Texts as rustdoc writes plain text into HTML.
        "~~~",
        "201 A` &lt;script&gt;alert(1)&lt;/script&gt; `B",
        "# Not a heading",
        "202 [`Foo`] accepted",
        "see &lt;here&gt; &amp; there",
        "- not a list",
        "203 ``Ticks``",
        "**bold** _em_ &lt;b&gt;tag&lt;/b&gt; &amp;amp; [link](https://example.com) ```",
        "&gt; নয়",
        "*টিক*",
        "1. not an item",
        // rustdoc's smart punctuation would curl the quotes and make
        // dashes and an ellipsis.
        "It's \"quoted\" -- and --- so on...",
    ] {
        assert!(page.contains(shown), "the page does not show {shown:?}");
    }
    for markup in [
        "<script>alert",
        "<b>tag</b>",
        "<h1>Not a heading",
        "<h2>Not a heading",
        "<li>not a list",
        "<li>not an item",
        "<strong>bold",
        "<em>em",
        "href=\"https://example.com\"",
        "<blockquote>",
        "It\u{2019}s",
        "\u{201c}quoted",
        "\u{2013} and",
        "\u{2014} so on",
        "on\u{2026}",
    ] {
        assert!(
            !page.contains(markup),
            "registry text became markup: {markup:?}"
        );
    }
}
