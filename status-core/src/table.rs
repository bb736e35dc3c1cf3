//! The data behind a generated status enum, and the lookups over it.
//!
//! The generator writes one [`Row`] per registry row, each behind the
//! `#[cfg]` of its vendor, and a [`Table`] built from them at compile time.
//! Every accessor of a generated enum is a lookup in that table by the
//! variant's discriminant, laid out so that:
//!
//! - the value of each number `n` from 100 to 999 has discriminant `n`:
//!   the number's preferred meaning when its row is enabled, otherwise a
//!   hidden variant that only carries the number;
//! - the `k`-th further meaning of `n` has discriminant `n + 1000 * k`.
//!
//! So the code of any value is its discriminant modulo 1000, and reading a
//! number is a range check.

use crate::code;
use crate::StatusClass;

/// One meaning of a code: a registry row as the generator wrote it.
#[derive(Debug)]
pub struct Row {
    /// The discriminant of the row's variant.
    pub disc: u16,
    /// The row's vendor: 0 for the standard, `i + 1` for the `i`-th vendor
    /// of the registry.
    pub vendor: u8,
    /// The variant's name, for `Debug`.
    pub name: &'static str,
    /// The reason phrase.
    pub reason: &'static str,
    /// The code and reason phrase, as on a status line.
    pub line: &'static str,
    /// The summary, `""` when the registry has none.
    pub summary: &'static str,
    /// The reference, `""` when the registry has none.
    pub reference: &'static str,
    /// The texts in each enabled language, in the order of the `Lang` enum
    /// after English.
    pub texts: &'static [Text],
    /// What HTTP says of a response with this status.
    pub semantics: Semantics,
}

/// A row's texts in one language; `None` where the registry cell is empty.
#[derive(Debug)]
pub struct Text {
    /// The reason phrase.
    pub reason: Option<&'static str>,
    /// The summary.
    pub summary: Option<&'static str>,
}

/// What the registry says of a response with a status: three yes-or-no
/// facts, each of which the registry may leave to the class's default, and
/// two lists of header fields.
#[derive(Debug)]
pub struct Semantics {
    /// The facts the registry gives, as `Semantics::CONTENT` and the like.
    given: u8,
    /// Their answers, for the facts in `given`.
    answers: u8,
    /// The header fields the response must carry, in lower case.
    required: &'static [&'static str],
    /// The header fields the response should or may carry, in lower case.
    suggested: &'static [&'static str],
}

impl Semantics {
    /// Whether the response may carry content.
    const CONTENT: u8 = 1;
    /// Whether a cache may reuse the response without explicit freshness.
    const CACHEABLE: u8 = 2;
    /// Whether the same request may succeed later.
    const TRANSIENT: u8 = 4;

    /// A row that leaves everything to its class.
    pub const DEFAULT: Semantics = Semantics::new(None, None, None, &[], &[]);

    /// The semantics of a row; `None` leaves a fact to the class's default.
    #[must_use]
    pub const fn new(
        content: Option<bool>,
        cacheable: Option<bool>,
        transient: Option<bool>,
        required: &'static [&'static str],
        suggested: &'static [&'static str],
    ) -> Self {
        let facts = [
            (Self::CONTENT, content),
            (Self::CACHEABLE, cacheable),
            (Self::TRANSIENT, transient),
        ];
        let (mut given, mut answers) = (0, 0);
        let mut index = 0;
        while index < facts.len() {
            if let (bit, Some(answer)) = facts[index] {
                given |= bit;
                if answer {
                    answers |= bit;
                }
            }
            index += 1;
        }
        Self {
            given,
            answers,
            required,
            suggested,
        }
    }
}

/// The facts that a number no row registers, or a row's empty cell, gets.
/// RFC 9110 (Section 15) asks a recipient to treat an unrecognized status
/// as the `x00` status of its class, and never to cache it; 600 to 999
/// count as `5xx`. 500 is retried by every client this project compared
/// (see the README), so a `5xx` is transient.
const fn class_default(code: u16) -> u8 {
    match StatusClass::of(code) {
        Some(StatusClass::Informational) => 0,
        Some(StatusClass::ServerError) | None => Semantics::CONTENT | Semantics::TRANSIENT,
        Some(_) => Semantics::CONTENT,
    }
}

/// No row: the value of an unregistered number.
const NONE: u16 = u16::MAX;

/// The code of the value whose discriminant is `disc`.
#[inline]
#[must_use]
pub const fn code_of(disc: u16) -> u16 {
    disc % 1000
}

/// Whether the value whose discriminant is `disc` is in `class`.
#[inline]
#[must_use]
pub const fn in_class(disc: u16, class: StatusClass) -> bool {
    let codes = class.codes();
    code_of(disc).wrapping_sub(codes.start) < codes.end - codes.start
}

/// The part of `all` from `range.0` to `range.1`.
#[must_use]
pub const fn subslice<T>(all: &'static [T], range: (usize, usize)) -> &'static [T] {
    if range.0 > range.1 || range.1 > all.len() {
        return &[];
    }
    let (_, rest) = all.split_at(range.0);
    rest.split_at(range.1 - range.0).0
}

/// The enabled rows of a registry, indexed by discriminant and by code.
///
/// `N` is 1000 times one more than the largest number of further meanings
/// of a code, less 100: one slot per possible discriminant.
#[derive(Debug)]
pub struct Table<const N: usize> {
    rows: &'static [Row],
    /// For each discriminant less 100, the row's position, or `NONE`.
    by_disc: [u16; N],
    /// For each code less 100, the position of its first row; the rows of a
    /// code run to the start of the next code.
    starts: [u16; 901],
}

impl<const N: usize> Table<N> {
    /// Indexes `rows`, which must be in the order of the enum's `ALL`:
    /// by code, then by discriminant. Evaluated at compile time; a table
    /// that breaks these rules fails the build.
    #[must_use]
    pub const fn new(rows: &'static [Row]) -> Self {
        assert!(rows.len() < NONE as usize, "too many rows");
        let mut by_disc = [NONE; N];
        let mut starts = [0u16; 901];
        let mut position = 0;
        let mut next_code = code::MIN;
        while position < rows.len() {
            let disc = rows[position].disc;
            assert!(disc >= code::MIN && ((disc - code::MIN) as usize) < N);
            let code = code_of(disc);
            assert!(code >= code::MIN, "a discriminant below 100 modulo 1000");
            if position > 0 {
                let previous = rows[position - 1].disc;
                let ordered =
                    code_of(previous) < code || (code_of(previous) == code && previous < disc);
                assert!(ordered, "rows out of order");
            }
            while next_code <= code {
                starts[(next_code - code::MIN) as usize] = position as u16;
                next_code += 1;
            }
            by_disc[(disc - code::MIN) as usize] = position as u16;
            position += 1;
        }
        while next_code <= code::MAX + 1 {
            starts[(next_code - code::MIN) as usize] = position as u16;
            next_code += 1;
        }
        Self {
            rows,
            by_disc,
            starts,
        }
    }

    /// The row of the value whose discriminant is `disc`, `None` for an
    /// unregistered number.
    #[inline]
    #[must_use]
    pub const fn row(&self, disc: u16) -> Option<&'static Row> {
        let slot = disc.wrapping_sub(code::MIN) as usize;
        if slot >= N {
            return None;
        }
        let position = self.by_disc[slot] as usize;
        if position >= self.rows.len() {
            return None;
        }
        Some(&self.rows[position])
    }

    /// Where the rows of `code` are, as a range of positions.
    #[must_use]
    pub const fn meanings(&self, code: u16) -> (usize, usize) {
        if code < code::MIN || code > code::MAX {
            return (0, 0);
        }
        let slot = (code - code::MIN) as usize;
        (self.starts[slot] as usize, self.starts[slot + 1] as usize)
    }

    /// The position of the row of `vendor` for `code`, if it is enabled.
    #[must_use]
    pub const fn find(&self, code: u16, vendor: u8) -> Option<usize> {
        let (mut position, end) = self.meanings(code);
        while position < end {
            if self.rows[position].vendor == vendor {
                return Some(position);
            }
            position += 1;
        }
        None
    }

    /// The reason phrase of `disc`.
    #[inline]
    #[must_use]
    pub const fn reason(&self, disc: u16) -> Option<&'static str> {
        match self.row(disc) {
            Some(row) => Some(row.reason),
            None => None,
        }
    }

    /// The status line of `disc`: the code and reason phrase, or only the
    /// code for an unregistered number.
    #[inline]
    #[must_use]
    pub const fn status_line(&self, disc: u16) -> &'static str {
        match self.row(disc) {
            Some(row) => row.line,
            None => code::as_str(code_of(disc)),
        }
    }

    /// The summary of `disc`, `None` when there is none.
    #[must_use]
    pub const fn summary(&self, disc: u16) -> Option<&'static str> {
        match self.row(disc) {
            Some(row) => non_empty(row.summary),
            None => None,
        }
    }

    /// The reference of `disc`, `None` when there is none.
    #[must_use]
    pub const fn reference(&self, disc: u16) -> Option<&'static str> {
        match self.row(disc) {
            Some(row) => non_empty(row.reference),
            None => None,
        }
    }

    /// The vendor index of `disc`'s row.
    #[inline]
    #[must_use]
    pub const fn vendor(&self, disc: u16) -> Option<u8> {
        match self.row(disc) {
            Some(row) => Some(row.vendor),
            None => None,
        }
    }

    /// `disc`'s texts in the language at `lang` in the `Lang` enum (0 is
    /// English, which has none here).
    const fn text(&self, disc: u16, lang: usize) -> Option<&'static Text> {
        match self.row(disc) {
            Some(row) if lang >= 1 && lang <= row.texts.len() => Some(&row.texts[lang - 1]),
            _ => None,
        }
    }

    /// The reason phrase of `disc` in the language at `lang`, `None` where
    /// the registry has none.
    #[must_use]
    pub const fn translated_reason(&self, disc: u16, lang: usize) -> Option<&'static str> {
        if lang == 0 {
            return self.reason(disc);
        }
        match self.text(disc, lang) {
            Some(text) => text.reason,
            None => None,
        }
    }

    /// The summary of `disc` in the language at `lang`, `None` where the
    /// registry has none.
    #[must_use]
    pub const fn translated_summary(&self, disc: u16, lang: usize) -> Option<&'static str> {
        if lang == 0 {
            return self.summary(disc);
        }
        match self.text(disc, lang) {
            Some(text) => text.summary,
            None => None,
        }
    }

    /// The answer to one of the yes-or-no facts of `Semantics` for `disc`.
    const fn fact(&self, disc: u16, fact: u8) -> bool {
        let answers = match self.row(disc) {
            Some(Row { semantics, .. }) if semantics.given & fact != 0 => semantics.answers,
            _ => class_default(code_of(disc)),
        };
        answers & fact != 0
    }

    /// Whether a response with `disc` may carry content.
    #[must_use]
    pub const fn allows_content(&self, disc: u16) -> bool {
        self.fact(disc, Semantics::CONTENT)
    }

    /// Whether a response with `disc` is cacheable without explicit
    /// freshness information.
    #[must_use]
    pub const fn is_cacheable_by_default(&self, disc: u16) -> bool {
        self.fact(disc, Semantics::CACHEABLE)
    }

    /// Whether the condition behind `disc` is temporary.
    #[must_use]
    pub const fn is_transient(&self, disc: u16) -> bool {
        self.fact(disc, Semantics::TRANSIENT)
    }

    /// The header fields a response with `disc` must carry.
    #[must_use]
    pub const fn required_headers(&self, disc: u16) -> &'static [&'static str] {
        match self.row(disc) {
            Some(row) => row.semantics.required,
            None => &[],
        }
    }

    /// The header fields a response with `disc` should or may carry.
    #[must_use]
    pub const fn suggested_headers(&self, disc: u16) -> &'static [&'static str] {
        match self.row(disc) {
            Some(row) => row.semantics.suggested,
            None => &[],
        }
    }

    /// The variant name of `disc`, `None` for an unregistered number.
    #[must_use]
    pub const fn name(&self, disc: u16) -> Option<&'static str> {
        match self.row(disc) {
            Some(row) => Some(row.name),
            None => None,
        }
    }
}

const fn non_empty(text: &'static str) -> Option<&'static str> {
    if text.is_empty() {
        None
    } else {
        Some(text)
    }
}

/// The first of two answers that is there.
#[must_use]
pub const fn or(first: Option<&'static str>, second: Option<&'static str>) -> Option<&'static str> {
    match first {
        Some(text) => Some(text),
        None => second,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn row(disc: u16, vendor: u8, name: &'static str) -> Row {
        Row {
            disc,
            vendor,
            name,
            reason: name,
            line: name,
            summary: "",
            reference: "[RFC9110]",
            texts: &[],
            semantics: Semantics::DEFAULT,
        }
    }

    const ROWS: &[Row] = &[
        row(200, 0, "Ok"),
        row(499, 1, "Closed"),
        row(1499, 2, "Token"),
    ];
    const TABLE: &Table<1900> = &Table::new(ROWS);

    #[test]
    fn finds_rows_by_discriminant_and_code() {
        assert_eq!(TABLE.name(200), Some("Ok"));
        assert_eq!(TABLE.name(1499), Some("Token"));
        assert_eq!(TABLE.name(201), None);
        assert_eq!(TABLE.name(0), None);
        assert_eq!(TABLE.name(u16::MAX), None);
        assert_eq!(TABLE.meanings(499), (1, 3));
        assert_eq!(TABLE.meanings(200), (0, 1));
        assert_eq!(TABLE.meanings(300), (1, 1));
        assert_eq!(TABLE.meanings(999), (3, 3));
        assert_eq!(TABLE.meanings(1000), (0, 0));
        assert_eq!(TABLE.find(499, 2), Some(2));
        assert_eq!(TABLE.find(499, 3), None);
    }

    #[test]
    fn unregistered_numbers_keep_their_digits() {
        assert_eq!(TABLE.status_line(299), "299");
        assert_eq!(TABLE.reason(299), None);
        assert_eq!(TABLE.summary(200), None);
        assert_eq!(TABLE.reference(200), Some("[RFC9110]"));
    }

    #[test]
    fn classes_read_the_code() {
        assert!(in_class(1499, StatusClass::ClientError));
        assert!(in_class(999, StatusClass::ServerError));
        assert!(!in_class(1000, StatusClass::ServerError));
        assert!(in_class(100, StatusClass::Informational));
    }

    #[test]
    fn empty_cells_and_unregistered_numbers_take_their_class_default() {
        for (disc, content, transient) in [
            (200, true, false),
            (150, false, false),
            (499, true, false),
            (598, true, true),
            (777, true, true),
        ] {
            assert_eq!(TABLE.allows_content(disc), content, "{disc}");
            assert_eq!(TABLE.is_transient(disc), transient, "{disc}");
            assert!(!TABLE.is_cacheable_by_default(disc), "{disc}");
            assert!(TABLE.required_headers(disc).is_empty());
        }
    }

    #[test]
    fn given_facts_override_the_default() {
        const GIVEN: &[Row] = &[Row {
            semantics: Semantics::new(Some(false), Some(true), None, &["allow"], &[]),
            ..row(405, 0, "NotAllowed")
        }];
        const GIVEN_TABLE: &Table<900> = &Table::new(GIVEN);
        assert!(!GIVEN_TABLE.allows_content(405));
        assert!(GIVEN_TABLE.is_cacheable_by_default(405));
        assert!(!GIVEN_TABLE.is_transient(405));
        assert_eq!(GIVEN_TABLE.required_headers(405), ["allow"]);
    }

    #[test]
    fn subslices_stay_in_bounds() {
        let all: &'static [u8] = &[1, 2, 3];
        assert_eq!(subslice(all, (1, 3)), [2, 3]);
        assert!(subslice(all, (2, 5)).is_empty());
        assert!(subslice(all, (2, 1)).is_empty());
    }
}
