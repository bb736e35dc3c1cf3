//! Every fact of a status, read from its registry's [`Tables`] by the
//! value's discriminant: the one implementation behind both the inherent
//! `const fn`s of a generated enum and the methods of [`Status`](crate::Status).

use crate::column::Texts;
use crate::index::{code_of, Slot};
use crate::semantics::{self, answer, Dormant, Fact};
use crate::status::Tables;
use crate::{code, lang, Localized, Retry, StatusClass};

/// The numeric code of `disc`.
#[inline]
#[must_use]
pub const fn code(disc: u16) -> u16 {
    code_of(disc)
}

/// The class of `disc`, from the first digit of its code; 600 to 999 are
/// server errors, as RFC 9110 asks.
#[inline]
#[must_use]
pub const fn class(disc: u16) -> StatusClass {
    match StatusClass::of(code_of(disc)) {
        Some(class) => class,
        None => StatusClass::ServerError,
    }
}

/// Whether `disc` is in `class`.
#[inline]
#[must_use]
pub const fn in_class(disc: u16, class: StatusClass) -> bool {
    let codes = class.codes();
    code_of(disc).wrapping_sub(codes.start) < codes.end - codes.start
}

#[inline]
const fn slot<T: Tables>(disc: u16) -> Option<Slot> {
    T::INDEX.slot(disc)
}

/// Whether an enabled row defines `disc`.
#[inline]
#[must_use]
pub const fn is_registered<T: Tables>(disc: u16) -> bool {
    slot::<T>(disc).is_some()
}

/// Whether a standard row defines `disc`.
#[inline]
#[must_use]
pub const fn is_standard<T: Tables>(disc: u16) -> bool {
    match slot::<T>(disc) {
        Some(slot) => slot.is_standard(),
        None => false,
    }
}

/// The position of the vendor of `disc` in the vendor enum (0 for the
/// standard), `None` for an unregistered number.
#[inline]
#[must_use]
pub const fn vendor<T: Tables>(disc: u16) -> Option<usize> {
    match slot::<T>(disc) {
        Some(slot) => Some(slot.group()),
        None => None,
    }
}

/// The feature of the vendor at `position` of the vendor enum; `None` for
/// the standard.
#[must_use]
pub const fn vendor_feature<T: Tables>(position: usize) -> Option<&'static str> {
    match position {
        0 => None,
        _ if position <= T::VENDOR_FEATURES.len() => Some(T::VENDOR_FEATURES[position - 1]),
        _ => None,
    }
}

/// The feature of the vendor of `disc`.
#[must_use]
pub const fn vendor_feature_of<T: Tables>(disc: u16) -> Option<&'static str> {
    match vendor::<T>(disc) {
        Some(position) => vendor_feature::<T>(position),
        None => None,
    }
}

/// The reason phrase of `disc`: its status line after the code and space,
/// the prefix of the chunks of `LINES`.
#[inline]
#[must_use]
pub const fn reason<T: Tables>(disc: u16) -> Option<&'static str> {
    match slot::<T>(disc) {
        Some(slot) => T::LINES.get_bare(slot),
        None => None,
    }
}

/// The status line of `disc`, only the code when it is unregistered.
#[inline]
#[must_use]
pub const fn status_line<T: Tables>(disc: u16) -> &'static str {
    match registered_line::<T>(disc) {
        Some(line) => line,
        None => code::as_str(code_of(disc)),
    }
}

/// The status line of `disc`, `None` when it is unregistered.
#[inline]
#[must_use]
pub const fn registered_line<T: Tables>(disc: u16) -> Option<&'static str> {
    text::<T>(T::LINES, disc)
}

/// The text of `disc` in `column`.
#[inline]
const fn text<T: Tables>(column: Texts, disc: u16) -> Option<&'static str> {
    match slot::<T>(disc) {
        Some(slot) => column.get(slot),
        None => None,
    }
}

/// The variant name of `disc`.
#[must_use]
pub const fn name<T: Tables>(disc: u16) -> Option<&'static str> {
    text::<T>(T::NAMES, disc)
}

/// The summary of `disc`.
#[must_use]
pub const fn summary<T: Tables>(disc: u16) -> Option<&'static str> {
    text::<T>(T::SUMMARIES, disc)
}

/// The reference of `disc`.
#[must_use]
pub const fn reference<T: Tables>(disc: u16) -> Option<&'static str> {
    text::<T>(T::REFERENCES, disc)
}

/// The reason phrase of `disc` in the language at `position` of the
/// language enum (0 is English).
#[must_use]
pub const fn translated_reason<T: Tables>(disc: u16, position: usize) -> Option<&'static str> {
    match (position, slot::<T>(disc)) {
        (0, _) => reason::<T>(disc),
        (_, Some(slot)) if position <= T::LANGUAGES.len() => {
            T::LANGUAGES[position - 1].reasons.get(slot)
        }
        _ => None,
    }
}

/// The summary of `disc` in the language at `position`.
#[must_use]
pub const fn translated_summary<T: Tables>(disc: u16, position: usize) -> Option<&'static str> {
    match (position, slot::<T>(disc)) {
        (0, _) => summary::<T>(disc),
        (_, Some(slot)) if position <= T::LANGUAGES.len() => {
            T::LANGUAGES[position - 1].summaries.get(slot)
        }
        _ => None,
    }
}

/// The tag of the language at `position` of the language enum.
#[must_use]
pub const fn language_tag<T: Tables>(position: usize) -> &'static str {
    match position {
        _ if position >= 1 && position <= T::LANGUAGES.len() => T::LANGUAGES[position - 1].tag,
        _ => "en",
    }
}

/// `disc` shown in the language at `position`, falling back to English.
#[must_use]
pub const fn localized<T: Tables>(disc: u16, position: usize) -> Localized {
    let reason = match translated_reason::<T>(disc, position) {
        Some(reason) => Some(reason),
        None => reason::<T>(disc),
    };
    lang::localized(
        code_of(disc),
        reason,
        lang::zero_digit(language_tag::<T>(position)),
    )
}

/// The code of the status a recipient acts on for `disc`: `None` when the
/// registry has a row for it (the status itself), enabled or dormant, else
/// the `x00` of its class (RFC 9110, Section 15), 500 for 600 to 999.
#[must_use]
pub const fn understood_code<T: Tables>(disc: u16) -> Option<u16> {
    if is_registered::<T>(disc) || dormant::<T>(disc).is_some() {
        None
    } else {
        Some(class(disc).codes().start)
    }
}

/// The semantics of `disc` when its number's preferred row belongs to a
/// vendor whose feature is off.
const fn dormant<T: Tables>(disc: u16) -> Option<&'static Dormant> {
    let rows = T::DORMANT;
    let mut at = 0;
    while at < rows.len() {
        if rows[at].code == disc {
            return Some(&rows[at]);
        }
        at += 1;
    }
    None
}

/// Where the semantics of `disc` are.
enum Source {
    /// Its own row, enabled.
    Row(Slot),
    /// Its number's preferred row, whose vendor is off.
    Dormant(&'static Dormant),
    /// For a number the registry has no row for, the row of the status it
    /// is understood as, if that has one.
    Class(Option<Slot>),
}

const fn source<T: Tables>(disc: u16) -> Source {
    if let Some(slot) = slot::<T>(disc) {
        return Source::Row(slot);
    }
    match dormant::<T>(disc) {
        Some(row) => Source::Dormant(row),
        None => Source::Class(slot::<T>(class(disc).codes().start)),
    }
}

/// The flags of the row that gives `disc` its semantics, and whether the
/// registry has a row for `disc` itself.
const fn semantic_flags<T: Tables>(disc: u16) -> (Option<u8>, bool) {
    match source::<T>(disc) {
        Source::Row(slot) => (T::FLAGS.get(slot), true),
        Source::Dormant(row) => (Some(row.flags), true),
        Source::Class(Some(slot)) => (T::FLAGS.get(slot), false),
        Source::Class(None) => (None, false),
    }
}

const fn fact<T: Tables>(disc: u16, fact: Fact) -> bool {
    let (flags, registered) = semantic_flags::<T>(disc);
    answer(flags, registered, fact, code_of(disc))
}

/// Whether a response with `disc` may carry content.
#[must_use]
pub const fn allows_content<T: Tables>(disc: u16) -> bool {
    fact::<T>(disc, Fact::CONTENT)
}

/// Whether a response with `disc` is cacheable by default.
#[must_use]
pub const fn is_cacheable_by_default<T: Tables>(disc: u16) -> bool {
    fact::<T>(disc, Fact::CACHEABLE)
}

/// Whether, and for which methods, a request that got `disc` may be sent
/// again.
#[must_use]
pub const fn retry<T: Tables>(disc: u16) -> Retry {
    retry_rule::<T>(disc).0
}

/// The retry policy of `disc`, and whether a `Retry-After` lifts a
/// [`Retry::Never`] (the row suggests one, as 413's does), read together
/// for `decide`.
///
/// A value whose discriminant is its number (every number's preferred
/// meaning, and the unregistered ones) finds both in one byte of
/// [`Tables::RETRY_RULES`]; only the further meanings of a number look up
/// their rows.
#[inline]
#[must_use]
pub const fn retry_rule<T: Tables>(disc: u16) -> (Retry, bool) {
    let at = disc.wrapping_sub(code::MIN) as usize;
    if at < code::COUNT {
        semantics::decode_rule(T::RETRY_RULES[at])
    } else {
        row_retry_rule::<T>(disc)
    }
}

/// [`retry_rule`] read from the row that gives `disc` its semantics.
const fn row_retry_rule<T: Tables>(disc: u16) -> (Retry, bool) {
    let (flags, _) = semantic_flags::<T>(disc);
    let retry = semantics::retry(flags, code_of(disc));
    let lifted = matches!(retry, Retry::Never) && semantics::suggests_retry_after(flags);
    (retry, lifted)
}

/// The retry rule of each number from 100 to 999, as
/// `semantics::encode_rule` writes it: what [`Tables::RETRY_RULES`]
/// holds, derived from the rows when a crate first asks for it.
#[must_use]
pub const fn retry_rules<T: Tables>() -> [u8; code::COUNT] {
    let mut rules = [0; code::COUNT];
    let mut at = 0;
    while at < code::COUNT {
        let (retry, suggests) = row_retry_rule::<T>(code::MIN + at as u16);
        rules[at] = semantics::encode_rule(retry, suggests);
        at += 1;
    }
    rules
}

/// Whether the condition behind `disc` is temporary: whether the request
/// may be sent again at all.
#[must_use]
pub const fn is_transient<T: Tables>(disc: u16) -> bool {
    !matches!(retry::<T>(disc), Retry::Never)
}

const fn header_list<T: Tables>(position: Option<u16>) -> &'static [&'static str] {
    match position {
        Some(position) if (position as usize) < T::HEADER_LISTS.len() => {
            T::HEADER_LISTS[position as usize]
        }
        _ => &[],
    }
}

/// The header fields a response with `disc` must carry.
#[must_use]
pub const fn required_headers<T: Tables>(disc: u16) -> &'static [&'static str] {
    header_list::<T>(match source::<T>(disc) {
        Source::Row(slot) | Source::Class(Some(slot)) => T::REQUIRED.get(slot),
        Source::Dormant(row) => Some(row.required),
        Source::Class(None) => None,
    })
}

/// The header fields a response with `disc` should or may carry.
#[must_use]
pub const fn suggested_headers<T: Tables>(disc: u16) -> &'static [&'static str] {
    header_list::<T>(match source::<T>(disc) {
        Source::Row(slot) | Source::Class(Some(slot)) => T::SUGGESTED.get(slot),
        Source::Dormant(row) => Some(row.suggested),
        Source::Class(None) => None,
    })
}

/// Every enabled meaning of `code`, the preferred one first.
#[must_use]
pub const fn meanings<T: Tables>(code: u16) -> &'static [T] {
    let (start, end) = T::INDEX.meanings(code);
    subslice(T::VALUES, start, end)
}

/// The meaning of `code` in the group at `position` of the vendor enum,
/// if it is enabled.
#[must_use]
pub const fn from_vendor<T: Tables>(position: usize, code: u16) -> Option<T> {
    match T::INDEX.find(code, position) {
        Some(at) if at < T::VALUES.len() => Some(T::VALUES[at]),
        _ => None,
    }
}

/// The status whose name is `name` in any common spelling, as
/// `names_match` compares them; a standard row first.
#[must_use]
pub const fn from_name<T: Tables>(name: &str) -> Option<T> {
    let name = name.as_bytes().trim_ascii();
    if !has_letter(name) {
        return None;
    }
    let keys = T::NAME_KEYS;
    let mut group = 0;
    while group < keys.groups() {
        let mut row = 0;
        while row < keys.rows(group) {
            let slot = Slot::new(group as u8, row as u16);
            if let Some(text) = keys.get(slot) {
                if names_match(text.as_bytes(), name) {
                    return match T::DISCS.get(slot) {
                        Some(disc) => from_vendor::<T>(group, code_of(disc)),
                        None => None,
                    };
                }
            }
            row += 1;
        }
        group += 1;
    }
    None
}

/// Numbers are not names: `FromStr` reads those.
#[inline]
const fn has_letter(text: &[u8]) -> bool {
    let mut at = 0;
    while at < text.len() {
        if text[at].is_ascii_alphabetic() {
            return true;
        }
        at += 1;
    }
    false
}

/// Whether `name` is one of `keys` (normalized names separated by
/// spaces): equal once spaces, underscores, hyphens and apostrophes are
/// left out and ASCII letters lowered, as the generator's `name_key`
/// writes the keys.
#[inline]
const fn names_match(keys: &[u8], name: &[u8]) -> bool {
    let mut start = 0;
    while start < keys.len() {
        let mut end = start;
        while end < keys.len() && keys[end] != b' ' {
            end += 1;
        }
        if key_matches(keys, start, end, name) {
            return true;
        }
        start = end + 1;
    }
    false
}

#[inline]
const fn key_matches(keys: &[u8], mut at: usize, end: usize, name: &[u8]) -> bool {
    let mut read = 0;
    while read < name.len() {
        let byte = name[read];
        read += 1;
        if matches!(byte, b' ' | b'_' | b'-' | b'\'') {
            continue;
        }
        if at == end || keys[at] != byte.to_ascii_lowercase() {
            return false;
        }
        at += 1;
    }
    at == end
}

/// `all[start..end]`, or nothing when that is out of bounds.
const fn subslice<T>(all: &'static [T], start: usize, end: usize) -> &'static [T] {
    let Some((head, _)) = all.split_at_checked(end) else {
        return &[];
    };
    match head.split_at_checked(start) {
        Some((_, part)) => part,
        None => &[],
    }
}

/// Writes the status line of `disc`, or only its code when it is
/// unregistered, padded as `str` is.
///
/// # Errors
///
/// When the formatter does.
pub fn display<T: Tables>(disc: u16, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
    if let Some(line) = registered_line::<T>(disc) {
        return f.pad(line);
    }
    // Three digits of its own rather than `code::as_str`, whose table of
    // every code would otherwise come with every program that displays.
    let code = code_of(disc);
    let digits = [
        b'0' + (code / 100 % 10) as u8,
        b'0' + (code / 10 % 10) as u8,
        b'0' + (code % 10) as u8,
    ];
    f.pad(core::str::from_utf8(&digits).unwrap_or(""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::StatusCode;
    extern crate std;

    #[test]
    fn the_rule_of_every_number_is_the_rule_of_its_row() {
        for code in code::MIN..=code::MAX {
            let value = StatusCode::from_u16(code).expect("every number has a value");
            let disc = value.discriminant();
            assert_eq!(disc, code);
            assert_eq!(
                retry_rule::<StatusCode>(disc),
                row_retry_rule::<StatusCode>(disc),
                "{code}"
            );
        }
    }

    #[test]
    fn only_413_among_the_standard_rows_is_lifted_by_a_retry_after() {
        let lifted: std::vec::Vec<u16> = (code::MIN..=code::MAX)
            .filter(|&code| retry_rule::<StatusCode>(code).1)
            .filter(|&code| StatusCode::from_u16(code).is_some_and(|value| value.is_standard()))
            .collect();
        assert_eq!(lifted, [413]);
    }
}
