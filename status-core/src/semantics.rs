//! What HTTP says of a response with a status, as the registry's
//! semantics columns give it, and the answers for what they leave open.

use crate::{Retry, StatusClass};

/// The yes-or-no facts of a row, two bits each: whether the registry gives
/// the fact, and its answer. Above them, the retry policy takes two bits
/// (the cell's, or for an empty cell the class's, resolved when the row is
/// written), and the top bit says whether the status suggests a
/// `Retry-After`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Fact(u8);

impl Fact {
    /// Whether the response may carry content.
    pub const CONTENT: Fact = Fact(0);
    /// Whether a cache may reuse the response without explicit freshness.
    pub const CACHEABLE: Fact = Fact(2);

    #[inline]
    const fn given(self) -> u8 {
        1 << self.0
    }

    #[inline]
    const fn yes(self) -> u8 {
        2 << self.0
    }
}

/// The two bits that hold the row's retry policy, its cell's or, for an
/// empty cell, its class's, resolved when the row is written.
const RETRY_SHIFT: u8 = 5;
/// Set when the row suggests a `Retry-After` header, by which a server can
/// mark a refusal as temporary.
const SUGGESTS_RETRY_AFTER: u8 = 1 << 7;

/// The semantics of the row of `code` as one byte; `None` leaves a fact to
/// the default of the code's class.
#[must_use]
#[inline]
pub const fn flags(
    code: u16,
    content: Option<bool>,
    cacheable: Option<bool>,
    retry: Option<Retry>,
    suggests_retry_after: bool,
) -> u8 {
    #[inline]
    const fn bits(fact: Fact, answer: Option<bool>) -> u8 {
        match answer {
            Some(true) => fact.given() | fact.yes(),
            Some(false) => fact.given(),
            None => 0,
        }
    }
    let retry = match retry {
        Some(retry) => retry,
        None => class_retry(code),
    };
    let suggests = if suggests_retry_after {
        SUGGESTS_RETRY_AFTER
    } else {
        0
    };
    bits(Fact::CONTENT, content)
        | bits(Fact::CACHEABLE, cacheable)
        | (retry as u8) << RETRY_SHIFT
        | suggests
}

/// The semantics of a number whose preferred row belongs to a vendor whose
/// feature is off in this build: its row's flags and header lists, kept so
/// that what a number means for HTTP is the registry's in every build, and
/// turning a vendor on elsewhere in the dependency graph changes no answer.
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub struct Dormant {
    /// The number.
    pub code: u16,
    /// The row's semantics, as [`flags`] makes them.
    pub flags: u8,
    /// The row's required header fields, as a position in `HEADER_LISTS`.
    pub required: u16,
    /// The row's suggested header fields, the same way.
    pub suggested: u16,
}

impl Dormant {
    /// The semantics of the row of `code`.
    #[must_use]
    #[inline]
    pub const fn new(code: u16, flags: u8, required: u16, suggested: u16) -> Self {
        Dormant {
            code,
            flags,
            required,
            suggested,
        }
    }
}

/// A retry policy as one byte, with whether a `Retry-After` can lift a
/// [`Retry::Never`] (see [`decide`](crate::decide)): 0, 1 and 2 for the
/// policies, 3 for a `Never` that a `Retry-After` lifts.
#[must_use]
#[inline]
pub const fn encode_rule(retry: Retry, lifted_by_retry_after: bool) -> u8 {
    match retry {
        Retry::Never if lifted_by_retry_after => 3,
        retry => retry as u8,
    }
}

/// The policy, and whether a `Retry-After` lifts it, that
/// [`encode_rule`] wrote.
#[inline]
#[must_use]
pub const fn decode_rule(rule: u8) -> (Retry, bool) {
    match rule {
        1 => (Retry::Idempotent, false),
        2 => (Retry::AnyMethod, false),
        3 => (Retry::Never, true),
        _ => (Retry::Never, false),
    }
}

/// Whether the row whose flags are `flags` suggests a `Retry-After`.
#[inline]
#[must_use]
pub const fn suggests_retry_after(flags: Option<u8>) -> bool {
    match flags {
        Some(flags) => flags & SUGGESTS_RETRY_AFTER != 0,
        None => false,
    }
}

/// The retry policy of `code`, given the flags of its row (or of the row it
/// is understood as); the class's default without one.
#[inline]
#[must_use]
pub const fn retry(flags: Option<u8>, code: u16) -> Retry {
    match flags {
        Some(flags) => match flags >> RETRY_SHIFT & 3 {
            0 => Retry::Never,
            1 => Retry::Idempotent,
            _ => Retry::AnyMethod,
        },
        None => class_retry(code),
    }
}

/// The retry policy of an empty cell, or of a number that neither a row
/// nor the `x00` of its class registers: 500 says nothing of whether the
/// server acted, so a server error may be repeated for an idempotent
/// method; nothing else.
#[inline]
const fn class_retry(code: u16) -> Retry {
    match StatusClass::of(code) {
        Some(StatusClass::ServerError) | None => Retry::Idempotent,
        Some(_) => Retry::Never,
    }
}

/// The answer to `fact` for `code`, given the flags of its row, or for a
/// number the registry has no row for (`registered` false) those of the
/// status it is understood as (`None` when that has no row either).
#[inline]
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
/// `x00` statuses (600 to 999 count as `5xx`): content except in a `1xx`.
#[inline]
const fn class_default(code: u16) -> u8 {
    match StatusClass::of(code) {
        Some(StatusClass::Informational) => 0,
        _ => Fact::CONTENT.yes(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rule_reads_back_as_written() {
        for retry in [Retry::Never, Retry::Idempotent, Retry::AnyMethod] {
            assert_eq!(decode_rule(encode_rule(retry, false)), (retry, false));
        }
        assert_eq!(
            decode_rule(encode_rule(Retry::Never, true)),
            (Retry::Never, true)
        );
        // Only a refusal can be lifted; a policy that allows a retry already does.
        assert_eq!(
            decode_rule(encode_rule(Retry::AnyMethod, true)),
            (Retry::AnyMethod, false)
        );
    }

    #[test]
    fn given_facts_override_the_class() {
        let flags = Some(flags(405, Some(false), Some(true), None, false));
        assert!(!answer(flags, true, Fact::CONTENT, 405));
        assert!(answer(flags, true, Fact::CACHEABLE, 405));
        assert_eq!(retry(flags, 405), Retry::Never);
        assert_eq!(
            retry(Some(super::flags(503, None, None, None, false)), 503),
            Retry::Idempotent
        );
        assert!(!answer(flags, false, Fact::CACHEABLE, 405));
        for policy in [Retry::Never, Retry::Idempotent, Retry::AnyMethod] {
            let flags = Some(super::flags(200, None, None, Some(policy), true));
            assert_eq!(retry(flags, 200), policy);
            assert!(suggests_retry_after(flags));
        }
    }

    #[test]
    fn unregistered_numbers_take_their_class_and_are_never_cached() {
        for (code, content, policy) in [
            (150, false, Retry::Never),
            (299, true, Retry::Never),
            (499, true, Retry::Never),
            (598, true, Retry::Idempotent),
            (777, true, Retry::Idempotent),
        ] {
            assert_eq!(answer(None, false, Fact::CONTENT, code), content, "{code}");
            assert_eq!(retry(None, code), policy, "{code}");
            assert!(!answer(None, false, Fact::CACHEABLE, code), "{code}");
        }
    }
}
