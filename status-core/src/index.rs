//! The layout of a generated status enum, and the index from a value to
//! where its facts are.
//!
//! - The value of each number `n` from 100 to 999 has discriminant `n`: the
//!   number's preferred meaning when its row is enabled, otherwise a hidden
//!   variant that only carries the number.
//! - The `k`-th further meaning of `n` has discriminant `n + STRIDE * k`.
//!
//! So the code of any value is its discriminant modulo [`STRIDE`], and
//! reading a number is a range check.
//!
//! The facts of the registered values are kept by *group*: the standard
//! rows, then the rows of each enabled vendor in registry order. A group is
//! all there or all absent, since one Cargo feature switches it, so the
//! generator can write each group's facts as literals, and a [`Slot`] (a
//! group and a row within it) finds a value's facts in every column.

use crate::code;

/// How far apart the meanings of one number are: the `k`-th further
/// meaning of `n` has discriminant `n + STRIDE * k`.
pub const STRIDE: u16 = 1000;

/// The code of the value whose discriminant is `disc`.
#[inline]
#[must_use]
pub const fn code_of(disc: u16) -> u16 {
    disc % STRIDE
}

/// Where the facts of one registered value are: its group (0 for the
/// standard rows, then the enabled vendors in order) and its row there.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Slot {
    group: u8,
    row: u16,
}

impl Slot {
    /// The group of the standard rows.
    const STANDARD: u8 = 0;

    /// The `row`-th row of the group `group`: 0 for the standard rows, `i`
    /// for the `i`-th enabled vendor.
    #[must_use]
    #[inline]
    pub const fn new(group: u8, row: u16) -> Self {
        Self { group, row }
    }

    /// The group: 0 for the standard, `i` for the `i`-th enabled vendor.
    #[inline]
    #[must_use]
    pub const fn group(self) -> usize {
        self.group as usize
    }

    /// The row within the group.
    #[inline]
    #[must_use]
    pub const fn row(self) -> usize {
        self.row as usize
    }

    /// Whether the row is a standard one.
    #[inline]
    #[must_use]
    pub const fn is_standard(self) -> bool {
        self.group == Self::STANDARD
    }
}

/// For each code from 100 on, the row of its standard meaning plus one, or
/// 0 when it has none: one byte a code while there are fewer than 255
/// standard rows, two beyond. The table ends at the last standard code.
#[derive(Debug, Clone, Copy)]
pub enum StandardRows {
    /// Rows plus one, as bytes.
    Narrow(&'static [u8]),
    /// Rows plus one, as `u16`s.
    Wide(&'static [u16]),
}

impl StandardRows {
    /// The entry for `code`: its row plus one, or 0.
    #[inline]
    const fn entry(self, code: u16) -> u16 {
        let at = code.wrapping_sub(code::MIN) as usize;
        match self {
            Self::Narrow(rows) if at < rows.len() => rows[at] as u16,
            Self::Wide(rows) if at < rows.len() => rows[at],
            _ => 0,
        }
    }

    #[inline]
    const fn len(self) -> usize {
        match self {
            Self::Narrow(rows) => rows.len(),
            Self::Wide(rows) => rows.len(),
        }
    }
}

/// Finds the [`Slot`] of a discriminant.
///
/// Standard rows are always enabled and always preferred, so a table by
/// code gives their rows in one load; the few vendor rows, which come and
/// go with features, are a sorted list of discriminants searched by halves.
#[derive(Debug)]
pub struct Index {
    standard: StandardRows,
    /// The discriminants of the enabled vendor rows, ascending.
    vendor_discs: &'static [u16],
    /// The slot of each of `vendor_discs`.
    vendor_slots: &'static [Slot],
}

impl Index {
    /// The index of a registry whose standard rows are `standard` and
    /// whose enabled vendor rows are `vendor_discs`, with their slots.
    /// Evaluated at compile time: an index that breaks these rules fails
    /// the build.
    #[must_use]
    #[inline]
    pub const fn new(
        standard: StandardRows,
        vendor_discs: &'static [u16],
        vendor_slots: &'static [Slot],
    ) -> Self {
        assert!(vendor_discs.len() == vendor_slots.len(), "one slot per row");
        assert!(
            standard.len() <= (code::MAX - code::MIN + 1) as usize,
            "a code above 999"
        );
        let mut at = 0;
        while at < vendor_discs.len() {
            assert!(code_of(vendor_discs[at]) >= code::MIN, "a code below 100");
            assert!(
                at == 0 || vendor_discs[at - 1] < vendor_discs[at],
                "unsorted"
            );
            at += 1;
        }
        Self {
            standard,
            vendor_discs,
            vendor_slots,
        }
    }

    /// The row of the standard code `code`, if there is one.
    #[inline]
    const fn standard_row(&self, code: u16) -> Option<u16> {
        match self.standard.entry(code) {
            0 => None,
            entry => Some(entry - 1),
        }
    }

    /// The standard codes below `code`: the row of the first standard code
    /// from `code` on, or all of them.
    #[inline]
    const fn standard_below(&self, code: u16) -> usize {
        let mut next = code;
        let end = code::MIN + self.standard.len() as u16;
        while next < end {
            if let Some(row) = self.standard_row(next) {
                return row as usize;
            }
            next += 1;
        }
        let mut count = 0;
        let mut at = code::MIN;
        while at < end {
            count += self.standard_row(at).is_some() as usize;
            at += 1;
        }
        count
    }

    /// Where the facts of the value `disc` are; `None` for an unregistered
    /// number.
    #[inline]
    #[must_use]
    pub const fn slot(&self, disc: u16) -> Option<Slot> {
        if let Some(row) = self.standard_row(disc) {
            return Some(Slot {
                group: Slot::STANDARD,
                row,
            });
        }
        let (mut low, mut high) = (0, self.vendor_discs.len());
        while low < high {
            let middle = low + (high - low) / 2;
            let found = self.vendor_discs[middle];
            if found == disc {
                return Some(self.vendor_slots[middle]);
            }
            if found < disc {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        None
    }

    /// Where the meanings of `code` are in `ALL`, which lists every enabled
    /// row by code and, within a code, by discriminant: `(start, end)`.
    #[must_use]
    #[inline]
    pub const fn meanings(&self, code: u16) -> (usize, usize) {
        if code < code::MIN || code > code::MAX {
            return (0, 0);
        }
        let mut start = self.standard_below(code);
        let mut end = start + self.standard_row(code).is_some() as usize;
        let mut at = 0;
        while at < self.vendor_discs.len() {
            let other = code_of(self.vendor_discs[at]);
            start += (other < code) as usize;
            end += (other <= code) as usize;
            at += 1;
        }
        (start, end)
    }

    /// The position in `ALL` of the meaning of `code` in the group
    /// `group`, if it is enabled.
    #[must_use]
    #[inline]
    pub const fn find(&self, code: u16, group: usize) -> Option<usize> {
        let (start, end) = self.meanings(code);
        if start == end {
            return None;
        }
        let mut position = start;
        if self.standard_row(code).is_some() {
            if group == Slot::STANDARD as usize {
                return Some(position);
            }
            position += 1;
        }
        let mut at = 0;
        while at < self.vendor_discs.len() {
            if code_of(self.vendor_discs[at]) == code {
                if self.vendor_slots[at].group() == group {
                    return Some(position);
                }
                position += 1;
            }
            at += 1;
        }
        None
    }
}

/// The ordinal of each vendor among the enabled ones, from 1, for vendors
/// whose entry in `enabled` is true (0 for the others).
#[must_use]
pub const fn ordinals<const N: usize>(enabled: [bool; N]) -> [u8; N] {
    let mut ordinals = [0u8; N];
    let (mut vendor, mut next) = (0, 1u8);
    while vendor < N {
        if enabled[vendor] {
            ordinals[vendor] = next;
            // Wraps only past the last of 255 vendors, when it is not read.
            next = next.wrapping_add(1);
        }
        vendor += 1;
    }
    ordinals
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_vendors_a_registry_may_have_all_get_an_ordinal() {
        let ordinals = ordinals([true; 255]);
        assert_eq!((ordinals[0], ordinals[254]), (1, 255));
    }

    /// 200 and 404 standard; nginx's 499, then esri's 1499 and 498.
    const INDEX: &Index = &Index::new(
        StandardRows::Narrow(&rows::<305>(&[200, 404])),
        &[498, 499, 1499],
        &[Slot::new(2, 0), Slot::new(1, 0), Slot::new(2, 1)],
    );

    const fn rows<const N: usize>(codes: &[u16]) -> [u8; N] {
        let mut rows = [0; N];
        let mut at = 0;
        while at < codes.len() {
            rows[(codes[at] - 100) as usize] = at as u8 + 1;
            at += 1;
        }
        rows
    }

    #[test]
    fn finds_standard_and_vendor_rows() {
        assert_eq!(INDEX.slot(200), Some(Slot { group: 0, row: 0 }));
        assert_eq!(INDEX.slot(404), Some(Slot { group: 0, row: 1 }));
        assert_eq!(INDEX.slot(1499), Some(Slot::new(2, 1)));
        assert_eq!(INDEX.slot(499), Some(Slot::new(1, 0)));
        for unregistered in [0, 99, 201, 403, 999, 1000, 1404, 2499, u16::MAX] {
            assert_eq!(INDEX.slot(unregistered), None, "{unregistered}");
        }
    }

    #[test]
    fn meanings_follow_the_order_of_all() {
        // ALL: 200, 404, 498, 499, 1499.
        assert_eq!(INDEX.meanings(200), (0, 1));
        assert_eq!(INDEX.meanings(300), (1, 1));
        assert_eq!(INDEX.meanings(404), (1, 2));
        assert_eq!(INDEX.meanings(498), (2, 3));
        assert_eq!(INDEX.meanings(499), (3, 5));
        assert_eq!(INDEX.meanings(999), (5, 5));
        assert_eq!(INDEX.meanings(1000), (0, 0));
        assert_eq!(INDEX.find(499, 2), Some(4));
        assert_eq!(INDEX.find(499, 1), Some(3));
        assert_eq!(INDEX.find(404, 0), Some(1));
        assert_eq!(INDEX.find(404, 1), None);
        assert_eq!(INDEX.find(499, 0), None);
    }

    #[test]
    fn numbers_enabled_vendors() {
        assert_eq!(ordinals([true, false, true, true]), [1, 0, 2, 3]);
        assert_eq!(ordinals([]), []);
    }

    #[test]
    fn codes_are_discriminants_modulo_the_stride() {
        assert_eq!(code_of(1499), 499);
        assert_eq!(code_of(999), 999);
    }
}
