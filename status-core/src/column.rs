//! The columns of a registry: one fact for every enabled row, kept apart
//! from the other facts so that a program links only the columns whose
//! accessors it calls.
//!
//! A column holds one part per enabled group (see [`Slot`]), in group
//! order. A text column joins the texts of a group into one string with
//! the offsets where each ends, which costs two bytes a row instead of a
//! pointer and a length, and no relocation in position-independent code.

#![allow(unsafe_code)]

use crate::index::Slot;

/// Where the texts of a group end in its string: two bytes each while the
/// string is shorter than 64 KiB, four beyond.
#[derive(Debug, Clone, Copy)]
enum Ends {
    Narrow(&'static [u16]),
    Wide(&'static [u32]),
}

/// The texts of one group: one string, cut at `ends`. Each text may start
/// with a prefix of a fixed length that readers can leave out (the code
/// and space before the reason phrase on a status line).
#[derive(Debug, Clone, Copy)]
pub struct Chunk {
    text: &'static str,
    ends: Ends,
    prefix: u8,
}

impl Chunk {
    /// Texts that end at the offsets `ends` of `text`.
    ///
    /// # Panics
    ///
    /// Unless the ends rise, stay within `text` and fall between
    /// characters. A chunk is a constant, so that is a compile error.
    #[must_use]
    #[inline]
    pub const fn narrow(text: &'static str, ends: &'static [u16]) -> Self {
        Self::checked(text, Ends::Narrow(ends), 0)
    }

    /// The same for a string of 64 KiB or more.
    ///
    /// # Panics
    ///
    /// As [`Chunk::narrow`].
    #[must_use]
    #[inline]
    pub const fn wide(text: &'static str, ends: &'static [u32]) -> Self {
        Self::checked(text, Ends::Wide(ends), 0)
    }

    /// The same texts, each starting with a prefix of `prefix` bytes.
    ///
    /// # Panics
    ///
    /// When a text that is not empty is shorter than that, or a character
    /// spans its end.
    #[must_use]
    #[inline]
    pub const fn with_prefix(self, prefix: u8) -> Self {
        Self::checked(self.text, self.ends, prefix)
    }

    /// The chunk, once every text is known to start and end on character
    /// boundaries of `text`, after its prefix too: what lets
    /// [`Chunk::get`] cut without checking again.
    #[inline]
    const fn checked(text: &'static str, ends: Ends, prefix: u8) -> Self {
        let chunk = Self { text, ends, prefix };
        let bytes = text.as_bytes();
        let mut row = 0;
        while let Some((start, end)) = chunk.span(row) {
            assert!(start <= end && end <= bytes.len(), "ends out of order");
            assert!(is_boundary(bytes, end), "an end inside a character");
            if start < end {
                let after = start + prefix as usize;
                assert!(
                    after <= end && is_boundary(bytes, after),
                    "a text without its prefix"
                );
            }
            row += 1;
        }
        chunk
    }

    /// How many texts the chunk holds.
    #[inline]
    const fn rows(&self) -> usize {
        match self.ends {
            Ends::Narrow(ends) => ends.len(),
            Ends::Wide(ends) => ends.len(),
        }
    }

    /// Where the text of `row` starts and ends.
    #[inline]
    const fn span(&self, row: usize) -> Option<(usize, usize)> {
        match self.ends {
            Ends::Narrow(ends) if row < ends.len() => {
                let start = if row == 0 { 0 } else { ends[row - 1] };
                Some((start as usize, ends[row] as usize))
            }
            Ends::Wide(ends) if row < ends.len() => {
                let start = if row == 0 { 0 } else { ends[row - 1] };
                Some((start as usize, ends[row] as usize))
            }
            _ => None,
        }
    }

    /// The text of `row`, without its prefix when `bare`; `None` when that
    /// is empty or there is no such row.
    #[inline]
    const fn get(&self, row: usize, bare: bool) -> Option<&'static str> {
        let Some((mut start, end)) = self.span(row) else {
            return None;
        };
        if bare {
            start += self.prefix as usize;
        }
        if start >= end {
            return None;
        }
        let Some((head, _)) = self.text.as_bytes().split_at_checked(end) else {
            return None;
        };
        let Some((_, piece)) = head.split_at_checked(start) else {
            return None;
        };
        // SAFETY: `piece` is the part of the valid UTF-8 string `text`
        // between two character boundaries, both checked when the chunk was
        // made (`Chunk::checked`): `end`, and `start`, the end before it or
        // the end of its prefix. So `piece` is valid UTF-8 too. (`str::get`
        // does the same, but is not a `const fn` in Rust 1.85.)
        Some(unsafe { core::str::from_utf8_unchecked(piece) })
    }
}

/// Whether a character starts at `at` in `bytes`, or `at` is the end.
#[inline]
const fn is_boundary(bytes: &[u8], at: usize) -> bool {
    at == bytes.len() || (at < bytes.len() && (bytes[at] as i8) >= -0x40)
}

/// A text for every enabled row: one [`Chunk`] per enabled group. An empty
/// text is read as `None`.
#[derive(Debug, Clone, Copy)]
pub struct Texts(&'static [Chunk]);

impl Texts {
    /// The column whose groups' texts are `chunks`, in group order.
    #[must_use]
    #[inline]
    pub const fn new(chunks: &'static [Chunk]) -> Self {
        Self(chunks)
    }

    /// How many groups the column holds.
    #[must_use]
    #[inline]
    pub const fn groups(&self) -> usize {
        self.0.len()
    }

    /// How many rows the group `group` holds.
    #[must_use]
    #[inline]
    pub const fn rows(&self, group: usize) -> usize {
        if group < self.0.len() {
            self.0[group].rows()
        } else {
            0
        }
    }

    /// The text at `slot`.
    #[inline]
    #[must_use]
    pub const fn get(&self, slot: Slot) -> Option<&'static str> {
        self.part(slot, false)
    }

    /// The text at `slot` without its chunk's prefix.
    #[inline]
    #[must_use]
    pub const fn get_bare(&self, slot: Slot) -> Option<&'static str> {
        self.part(slot, true)
    }

    #[inline]
    const fn part(&self, slot: Slot, bare: bool) -> Option<&'static str> {
        if slot.group() >= self.0.len() {
            return None;
        }
        self.0[slot.group()].get(slot.row(), bare)
    }
}

/// A small value for every enabled row: one slice per enabled group.
#[derive(Debug, Clone, Copy)]
pub struct Column<T: 'static>(&'static [&'static [T]]);

impl<T: Copy> Column<T> {
    /// The column whose groups' values are `groups`, in group order.
    #[must_use]
    #[inline]
    pub const fn new(groups: &'static [&'static [T]]) -> Self {
        Self(groups)
    }

    /// The value at `slot`.
    #[inline]
    #[must_use]
    pub const fn get(&self, slot: Slot) -> Option<T> {
        if slot.group() >= self.0.len() || slot.row() >= self.0[slot.group()].len() {
            return None;
        }
        Some(self.0[slot.group()][slot.row()])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    extern crate std;

    const TEXTS: Texts = Texts::new(&[
        Chunk::narrow("200 OK404 Not Found", &[6, 19]).with_prefix(4),
        Chunk::wide("499 বন্ধ", &[0, 16]).with_prefix(4),
    ]);

    #[test]
    fn cuts_each_group_at_its_ends() {
        assert_eq!(TEXTS.get(Slot::new(0, 0)), Some("200 OK"));
        assert_eq!(TEXTS.get(Slot::new(0, 1)), Some("404 Not Found"));
        assert_eq!(TEXTS.get_bare(Slot::new(0, 1)), Some("Not Found"));
        assert_eq!(TEXTS.get(Slot::new(1, 0)), None, "empty");
        assert_eq!(TEXTS.get_bare(Slot::new(1, 1)), Some("বন্ধ"));
        assert_eq!(TEXTS.get(Slot::new(0, 2)), None);
        assert_eq!(TEXTS.get(Slot::new(2, 0)), None);
    }

    #[test]
    fn never_cuts_inside_a_character() {
        for ends in [&[1, 12][..], &[5], &[2, 1]] {
            let made = std::panic::catch_unwind(|| Chunk::narrow("বন্ধ", ends));
            assert!(made.is_err(), "{ends:?}");
        }
        let inside = std::panic::catch_unwind(|| Chunk::narrow("বন্ধ", &[12]).with_prefix(1));
        assert!(inside.is_err());
        let longer = std::panic::catch_unwind(|| Chunk::narrow("ab", &[2]).with_prefix(3));
        assert!(longer.is_err());
        const BARE: Texts = Texts::new(&[Chunk::narrow("বন্ধ", &[12]).with_prefix(3)]);
        assert_eq!(BARE.get_bare(Slot::new(0, 0)), Some("ন্ধ"));
    }

    #[test]
    fn columns_hold_values_by_slot() {
        const FLAGS: Column<u8> = Column::new(&[&[1, 2], &[3]]);
        assert_eq!(FLAGS.get(Slot::new(0, 1)), Some(2));
        assert_eq!(FLAGS.get(Slot::new(1, 0)), Some(3));
        assert_eq!(FLAGS.get(Slot::new(1, 1)), None);
    }
}
