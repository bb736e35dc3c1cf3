//! Looks up status codes in the registry.
//!
//! ```text
//! cargo run --example lookup -- 499                      # meanings of 499 in this build
//! cargo run --example lookup --features nginx,esri -- 499
//! cargo run --example lookup                             # the whole table
//! ```

use status_core::{ParseStatusError, StatusCode};
use std::io::{self, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out = io::stdout().lock();
    let printed = if args.is_empty() {
        print_table(&mut out, StatusCode::ALL).map(|()| true)
    } else {
        print_lookups(&mut out, &args)
    };
    match printed {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(2),
        // A closed pipe (`lookup | head`) is not worth a complaint.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("lookup: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Prints the meanings of each argument; `Ok(false)` when one had none.
fn print_lookups(out: &mut impl Write, args: &[String]) -> io::Result<bool> {
    let mut all_found = true;
    for arg in args {
        match meanings(arg) {
            Ok(statuses) => print_table(out, statuses)?,
            Err(message) => {
                eprintln!("{message}");
                all_found = false;
            }
        }
    }
    Ok(all_found)
}

fn meanings(arg: &str) -> Result<&'static [StatusCode], String> {
    // Parsing first gives malformed input its own message.
    let code = match arg.parse::<StatusCode>() {
        Ok(status) => status.code(),
        Err(ParseStatusError::Unknown(unknown)) => unknown.code(),
        Err(error) => return Err(format!("{arg:?}: {error}")),
    };
    match StatusCode::meanings(code) {
        [] => Err(format!(
            "{code}: no meaning in this build (vendor codes need their feature, e.g. --features nginx)"
        )),
        statuses => Ok(statuses),
    }
}

fn print_table(out: &mut impl Write, statuses: &[StatusCode]) -> io::Result<()> {
    for status in statuses {
        writeln!(
            out,
            "{:<44} {:<12} {:<13} {}",
            status.to_string(),
            status.vendor(),
            status.class(),
            status.summary()
        )?;
    }
    Ok(())
}
