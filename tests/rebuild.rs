//! Editing a registry and rebuilding changes the generated code.
//!
//! Cargo only knows a proc macro read a file if the expansion says so; this
//! builds a small crate that uses the macro, edits its CSV, and checks that
//! the next `cargo run` sees the edit.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

const MAIN: &str = r#"
#[status_core::registry("codes.csv")]
pub enum Code {}

fn main() {
    for code in Code::ALL {
        println!("{code}");
    }
}
"#;

fn write_crate(dir: &Path) {
    common::write_probe_manifest(dir, "rebuild-probe", "");
    fs::write(dir.join("src/main.rs"), MAIN).unwrap();
}

fn write_registry(dir: &Path, rows: &str) {
    let path = dir.join("codes.csv");
    fs::write(&path, format!("Value,Description,Reference\n{rows}")).unwrap();
    // Make the edit unmistakably newer than the last build's outputs, even
    // on file systems with coarse timestamps.
    let file = fs::File::options().write(true).open(&path).unwrap();
    file.set_modified(SystemTime::now() + Duration::from_secs(2))
        .unwrap();
}

fn run(dir: &Path) -> String {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["run", "--quiet", "--offline"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo run failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn editing_the_csv_triggers_a_rebuild() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("rebuild-probe");
    write_crate(&dir);
    write_registry(&dir, "404,Not Found,\n");
    assert_eq!(run(&dir), "404 Not Found\n");

    write_registry(&dir, "404,Nowhere To Be Found,\n410,Gone,\n");
    assert_eq!(run(&dir), "404 Nowhere To Be Found\n410 Gone\n");
}
