//! The generator as plain functions, without the compiler: `attr` reads
//! the attribute and the enum, `read` the CSV file row by row (its records
//! from `records`), `check` compares the rows and lays out the enum,
//! `naming` turns phrases into identifiers, `manifest` reads the crate's
//! features, and `expand` emits the tokens; `pipeline` runs them in turn.
//! Problems are gathered in `problems` and reported together; `fallback`
//! then emits the enum without registered statuses, so that one bad row
//! does not become a cascade of errors elsewhere in the crate.
//!
//! Every build of a crate that uses the macro compiles this code, at the
//! host's opt-level 0, where LLVM's time follows the amount of code. So the
//! generator writes loops that extend one token stream or push to a `Vec`
//! rather than a chain of iterator adapters (each adapter is compiled
//! again for each closure), keeps its lists in order as it fills them
//! rather than sorting, and leaves what does not depend on the registry to
//! status-core's `macro_rules!`.
//!
//! The macro, the expansion bench and the fuzz target all include this one
//! module (the last two with `#[path]`), and bring its modules into their
//! crate root with `use generator::*`, where the modules find each other.

pub(crate) mod attr;
pub(crate) mod check;
pub(crate) mod docs;
pub(crate) mod expand;
pub(crate) mod fallback;
pub(crate) mod manifest;
pub(crate) mod naming;
pub(crate) mod pipeline;
pub(crate) mod problems;
pub(crate) mod read;
pub(crate) mod records;

#[cfg(test)]
mod properties;
