//! What HTTP says of a response with a status, as the registry's
//! semantics columns give it, and the answers for what they leave open.

use crate::StatusClass;

/// The yes-or-no facts of a row, two bits each: whether the registry gives
/// the fact, and its answer.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Fact(u8);

impl Fact {
    /// Whether the response may carry content.
    pub const CONTENT: Fact = Fact(0);
    /// Whether a cache may reuse the response without explicit freshness.
    pub const CACHEABLE: Fact = Fact(2);
    /// Whether the same request may succeed later.
    pub const TRANSIENT: Fact = Fact(4);

    const fn given(self) -> u8 {
        1 << self.0
    }

    const fn yes(self) -> u8 {
        2 << self.0
    }
}

/// The facts of a row as one byte; `None` leaves a fact to the default of
/// the code's class.
#[must_use]
pub const fn flags(content: Option<bool>, cacheable: Option<bool>, transient: Option<bool>) -> u8 {
    const fn bits(fact: Fact, answer: Option<bool>) -> u8 {
        match answer {
            Some(true) => fact.given() | fact.yes(),
            Some(false) => fact.given(),
            None => 0,
        }
    }
    bits(Fact::CONTENT, content)
        | bits(Fact::CACHEABLE, cacheable)
        | bits(Fact::TRANSIENT, transient)
}

/// The answer to `fact` for `code`, given the flags of its row, or for an
/// unregistered number (`registered` false) those of the status it is
/// understood as (`None` when that has no row either).
#[must_use]
pub const fn answer(flags: Option<u8>, registered: bool, fact: Fact, code: u16) -> bool {
    // RFC 9110 (Section 15.1): a response with an unrecognized status is
    // not cacheable, whatever its class.
    if !registered && fact.0 == Fact::CACHEABLE.0 {
        return false;
    }
    match flags {
        Some(flags) if flags & fact.given() != 0 => flags & fact.yes() != 0,
        _ => class_default(code) & fact.yes() != 0,
    }
}

/// The facts of an empty cell, or of a number that neither a row nor the
/// `x00` of its class registers: those RFC 9110 (Section 15) gives the
/// `x00` statuses; 600 to 999 count as `5xx`. 500 is retried by every
/// client this project compared (see the README), so a `5xx` is
/// transient.
const fn class_default(code: u16) -> u8 {
    match StatusClass::of(code) {
        Some(StatusClass::Informational) => 0,
        Some(StatusClass::ServerError) | None => Fact::CONTENT.yes() | Fact::TRANSIENT.yes(),
        Some(_) => Fact::CONTENT.yes(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_facts_override_the_class() {
        let flags = Some(flags(Some(false), Some(true), None));
        assert!(!answer(flags, true, Fact::CONTENT, 405));
        assert!(answer(flags, true, Fact::CACHEABLE, 405));
        assert!(!answer(flags, true, Fact::TRANSIENT, 405));
        assert!(answer(flags, true, Fact::TRANSIENT, 503));
        assert!(!answer(flags, false, Fact::CACHEABLE, 405));
    }

    #[test]
    fn unregistered_numbers_take_their_class_and_are_never_cached() {
        for (code, content, transient) in [
            (150, false, false),
            (299, true, false),
            (499, true, false),
            (598, true, true),
            (777, true, true),
        ] {
            assert_eq!(answer(None, false, Fact::CONTENT, code), content, "{code}");
            assert_eq!(
                answer(None, false, Fact::TRANSIENT, code),
                transient,
                "{code}"
            );
            assert!(!answer(None, false, Fact::CACHEABLE, code), "{code}");
        }
    }
}
