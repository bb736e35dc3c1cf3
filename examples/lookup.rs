//! Looks up status codes in the registry.
//!
//! ```text
//! cargo run --example lookup -- 499                      # meanings of 499 in this build
//! cargo run --example lookup --features nginx,esri -- 499
//! cargo run --example lookup                             # the whole table
//! cargo run --example lookup --features lang-bn -- --lang bn 404
//! ```

use status_core::{Lang, StatusCode, Vendor};
use std::io::{self, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let lang = match take_lang(&mut args) {
        Ok(lang) => lang,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let mut out = io::stdout().lock();
    let printed = if args.is_empty() {
        print_table(&mut out, StatusCode::ALL, lang).map(|()| true)
    } else {
        print_lookups(&mut out, &args, lang)
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

/// Removes `--lang TAG` from the arguments and returns that language
/// (English without the option).
fn take_lang(args: &mut Vec<String>) -> Result<Lang, String> {
    let Some(at) = args.iter().position(|a| a == "--lang") else {
        return Ok(Lang::En);
    };
    let Some(tag) = args.get(at + 1).cloned() else {
        return Err("--lang needs a language tag, e.g. --lang bn".to_owned());
    };
    args.drain(at..=at + 1);
    Lang::lookup(&tag, Lang::ALL).ok_or_else(|| {
        let known: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
        format!(
            "language {tag:?} is not in this build (known: {}); languages need their feature, e.g. --features lang-bn",
            known.join(", ")
        )
    })
}

/// Prints the meanings of each argument; `Ok(false)` when one had none.
fn print_lookups(out: &mut impl Write, args: &[String], lang: Lang) -> io::Result<bool> {
    let mut all_found = true;
    for arg in args {
        match meanings(arg) {
            Ok(statuses) => print_table(out, statuses, lang)?,
            Err(message) => {
                eprintln!("{message}");
                all_found = false;
            }
        }
    }
    Ok(all_found)
}

fn meanings(arg: &str) -> Result<&'static [StatusCode], String> {
    let code = arg
        .parse::<StatusCode>()
        .map_err(|error| format!("{arg:?}: {error}"))?
        .code();
    match StatusCode::meanings(code) {
        [] => Err(format!(
            "{code}: no registered meaning in this build (vendor codes need their feature, e.g. --features nginx)"
        )),
        statuses => Ok(statuses),
    }
}

fn print_table(out: &mut impl Write, statuses: &[StatusCode], lang: Lang) -> io::Result<()> {
    for status in statuses {
        writeln!(
            out,
            "{:<44} {:<12} {:<13} {}",
            status.localized(lang),
            status.vendor().map_or("unregistered", Vendor::name),
            status.class(),
            status.summary_in(lang).unwrap_or("")
        )?;
    }
    Ok(())
}
