//! Languages of the status texts: matching tags, negotiating a language
//! with a client, and showing a status in a language.
//!
//! The languages themselves come from a registry's `Description@TAG` and
//! `Summary@TAG` columns, so each registry has its own `Lang` enum; what
//! does not depend on the registry is here.

use core::fmt;

/// A status shown for people who read a given language: the code in the
/// language's digits and the reason phrase in the language. Made by
/// `localized` on a status, e.g. [`StatusCode::localized`](crate::StatusCode::localized).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Localized {
    code: u16,
    reason: Option<&'static str>,
    zero: char,
}

impl Localized {
    /// The numeric code shown.
    #[must_use]
    #[inline]
    pub const fn code(self) -> u16 {
        self.code
    }

    /// The reason phrase shown, `None` for a number no registry row defines.
    #[must_use]
    #[inline]
    pub const fn reason(self) -> Option<&'static str> {
        self.reason
    }

    /// The language's digit zero; the other digits follow it in Unicode.
    #[must_use]
    #[inline]
    pub const fn zero_digit(self) -> char {
        self.zero
    }

    /// The code's digits in the language's script.
    #[inline]
    fn digits(self) -> impl Iterator<Item = char> {
        let zero = u32::from(self.zero);
        let code = u32::from(self.code);
        [100, 10, 1]
            .into_iter()
            .map(move |place| char::from_u32(zero + code / place % 10).unwrap_or('?'))
    }
}

impl fmt::Display for Localized {
    /// Writes the code in the language's digits, then a space and the reason
    /// phrase when there is one; as `str` does, a precision keeps that many
    /// characters and a width pads to that many.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let whole = 3 + self.reason.map_or(0, |r| 1 + r.chars().count());
        let length = f
            .precision()
            .map_or(whole, |precision| precision.min(whole));
        let padding = f.width().map_or(0, |width| width.saturating_sub(length));
        let (before, after) = match f.align() {
            Some(fmt::Alignment::Right) => (padding, 0),
            Some(fmt::Alignment::Center) => (padding / 2, padding - padding / 2),
            _ => (0, padding),
        };
        let fill = f.fill();
        for _ in 0..before {
            fmt::Write::write_char(f, fill)?;
        }
        let space = self.reason.map(|_| ' ');
        let reason = self.reason.unwrap_or("").chars();
        for c in self.digits().chain(space).chain(reason).take(length) {
            fmt::Write::write_char(f, c)?;
        }
        for _ in 0..after {
            fmt::Write::write_char(f, fill)?;
        }
        Ok(())
    }
}

/// `code` with `reason`, written with the digits that start at `zero`.
#[must_use]
#[inline]
pub const fn localized(code: u16, reason: Option<&'static str>, zero: char) -> Localized {
    Localized { code, reason, zero }
}

/// The first of the ten decimal digits a language writes, for languages whose
/// own digits are common in running text; ASCII `'0'` for the others.
#[must_use]
#[inline]
pub const fn zero_digit(tag: &str) -> char {
    const NATIVE: [(&[u8], char); 10] = [
        (b"bn", '\u{09E6}'),
        (b"as", '\u{09E6}'),
        (b"hi", '\u{0966}'),
        (b"mr", '\u{0966}'),
        (b"ne", '\u{0966}'),
        (b"sa", '\u{0966}'),
        (b"ar", '\u{0660}'),
        (b"fa", '\u{06F0}'),
        (b"th", '\u{0E50}'),
        (b"my", '\u{1040}'),
    ];
    let mut index = 0;
    while index < NATIVE.len() {
        if primary_subtag_is(tag.as_bytes(), NATIVE[index].0) {
            return NATIVE[index].1;
        }
        index += 1;
    }
    '0'
}

/// Whether the tag's first subtag is `primary`, ASCII case ignored.
#[inline]
const fn primary_subtag_is(tag: &[u8], primary: &[u8]) -> bool {
    let mut index = 0;
    while index < primary.len() {
        if index >= tag.len() || tag[index].to_ascii_lowercase() != primary[index] {
            return false;
        }
        index += 1;
    }
    index == tag.len() || tag[index] == b'-'
}

/// The language among `offered` whose tag is `tag`, ASCII case ignored.
pub fn find<T: Copy>(tag: &str, offered: &[T], tag_of: impl Fn(T) -> &'static str) -> Option<T> {
    offered
        .iter()
        .copied()
        .find(|&lang| same_tag(tag_of(lang), tag))
}

/// Whether two language tags are the same, ASCII case ignored (BCP 47
/// tags are ASCII).
#[must_use]
#[inline]
pub const fn same_tag(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut at = 0;
    while at < a.len() {
        if !a[at].eq_ignore_ascii_case(&b[at]) {
            return false;
        }
        at += 1;
    }
    true
}

/// RFC 4647 Lookup: the language among `offered` that best matches the
/// language range `range`. Without an exact match, subtags are dropped from
/// the end until one matches, so `bn-BD` finds `bn`.
pub fn lookup<T: Copy>(
    range: &str,
    offered: &[T],
    tag_of: impl Fn(T) -> &'static str + Copy,
) -> Option<T> {
    let mut range = range.trim();
    loop {
        if let Some(found) = find(range, offered, tag_of) {
            return Some(found);
        }
        range = &range[..range.rfind('-')?];
        // A one-letter subtag only introduces the subtags after it (`x-` for
        // private use), so it goes with them.
        if let Some(dash) = range.rfind('-') {
            if range.len() - dash == 2 {
                range = &range[..dash];
            }
        }
    }
}

/// The language among `offered` that an `Accept-Language` header value
/// weighs highest (RFC 9110, Section 12.5.4).
///
/// Each language range is looked up as by [`lookup`]; of those found, the
/// one with the highest weight (`q`, 1 when not given) wins, the first
/// among equals. Ranges with `q=0`, the wildcard `*` and malformed weights
/// are passed over.
pub fn negotiate<T: Copy>(
    header: &str,
    offered: &[T],
    tag_of: impl Fn(T) -> &'static str + Copy,
) -> Option<T> {
    let mut best: Option<(T, u16)> = None;
    for item in header.split(',') {
        let mut parts = item.split(';');
        let range = parts.next().unwrap_or("").trim();
        let weight = parts
            .find_map(|param| {
                let param = param.trim();
                param
                    .strip_prefix("q=")
                    .or_else(|| param.strip_prefix("Q="))
            })
            .map_or(Some(1000), weight);
        let Some(weight) = weight else { continue };
        if weight == 0 || range == "*" {
            continue;
        }
        if let Some(lang) = lookup(range, offered, tag_of) {
            if best.is_none_or(|(_, best_weight)| weight > best_weight) {
                best = Some((lang, weight));
            }
        }
    }
    best.map(|(lang, _)| lang)
}

/// An HTTP weight (`0.8`, `1`, `0.125`) in thousandths; `None` unless it is
/// `0` or `1` with at most three decimals, as RFC 9110 writes them.
#[inline]
fn weight(text: &str) -> Option<u16> {
    let (whole, decimals) = text.split_once('.').unwrap_or((text, ""));
    if decimals.len() > 3 || !decimals.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut thousandths = 0u16;
    for (place, digit) in [100u16, 10, 1].into_iter().zip(decimals.bytes()) {
        thousandths += place * u16::from(digit - b'0');
    }
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OFFERED: [&str; 4] = ["en", "bn", "sr", "sr-Latn"];

    fn tag(lang: &'static str) -> &'static str {
        lang
    }

    #[test]
    fn lookup_drops_subtags_from_the_end() {
        assert_eq!(lookup("bn-BD", &OFFERED, tag), Some("bn"));
        assert_eq!(lookup("sr-Latn-RS", &OFFERED, tag), Some("sr-Latn"));
        assert_eq!(lookup("sr-Cyrl", &OFFERED, tag), Some("sr"));
        assert_eq!(lookup("en-x-a", &OFFERED, tag), Some("en"));
        assert_eq!(lookup("EN-gb", &OFFERED, tag), Some("en"));
        assert_eq!(lookup("fr", &OFFERED, tag), None);
        assert_eq!(lookup("", &OFFERED, tag), None);
        assert_eq!(lookup("x-en", &OFFERED, tag), None);
    }

    #[test]
    fn negotiation_takes_only_what_is_offered() {
        assert_eq!(negotiate("bn, en;q=0.5", &["en"], tag), Some("en"));
        assert_eq!(negotiate("bn, en;q=0.5", &OFFERED, tag), Some("bn"));
        assert_eq!(negotiate("en;q=0.5, bn;q=0.9", &OFFERED, tag), Some("bn"));
        assert_eq!(negotiate("bn;q=0.8, en;q=0.8", &OFFERED, tag), Some("bn"));
        assert_eq!(negotiate("bn;q=0, en;q=0.1", &OFFERED, tag), Some("en"));
        for header in [
            "",
            "*",
            "en;q=1.5",
            "en;q=0.1234",
            "en;q=x",
            "fr, de",
            ",,;;",
        ] {
            assert_eq!(negotiate(header, &OFFERED, tag), None, "{header:?}");
        }
        assert_eq!(negotiate("bn", &[] as &[&str], tag), None);
    }

    #[test]
    fn native_digits() {
        assert_eq!(zero_digit("bn"), '\u{09E6}');
        assert_eq!(zero_digit("BN-in"), '\u{09E6}');
        assert_eq!(zero_digit("bnx"), '0');
        assert_eq!(zero_digit("en"), '0');
        assert_eq!(zero_digit(""), '0');
    }

    #[test]
    fn localized_pads_by_characters() {
        let shown = localized(404, Some("পাওয়া যায়নি"), '\u{09E6}');
        extern crate std;
        use std::format;
        assert_eq!(format!("{shown}"), "৪০৪ পাওয়া যায়নি");
        let unregistered = localized(299, None, '0');
        assert_eq!(format!("{unregistered:>5}|"), "  299|");
    }
}
