//! Shared by the size programs: the number to look up comes from the
//! command line, so that no lookup is folded away at compile time.

/// The first argument as a number, or 404.
#[must_use]
pub fn number() -> u16 {
    std::env::args()
        .nth(1)
        .and_then(|arg| arg.parse().ok())
        .unwrap_or(404)
}
