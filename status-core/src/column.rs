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

/// The texts of one group: one string, cut at `ends`.
#[derive(Debug, Clone, Copy)]
pub struct Chunk {
    text: &'static str,
    ends: Ends,
}

impl Chunk {
    /// Texts that end at the offsets `ends` of `text`.
    #[must_use]
    pub const fn narrow(text: &'static str, ends: &'static [u16]) -> Self {
        Self {
            text,
            ends: Ends::Narrow(ends),
        }
    }

    /// The same for a string of 64 KiB or more.
    #[must_use]
    pub const fn wide(text: &'static str, ends: &'static [u32]) -> Self {
        Self {
            text,
            ends: Ends::Wide(ends),
        }
    }

    /// Where the text of `row` ends; 0 before the first.
    const fn end(&self, row: usize) -> Option<usize> {
        match self.ends {
            Ends::Narrow(ends) if row < ends.len() => Some(ends[row] as usize),
            Ends::Wide(ends) if row < ends.len() => Some(ends[row] as usize),
            _ => None,
        }
    }

    /// The text of `row` without its first `skip` bytes; `None` when that
    /// is empty or there is no such row.
    const fn get(&self, row: usize, skip: usize) -> Option<&'static str> {
        let start = match row {
            0 => 0,
            _ => match self.end(row - 1) {
                Some(end) => end,
                None => return None,
            },
        };
        match self.end(row) {
            Some(end) if start + skip < end => substring(self.text, start + skip, end),
            _ => None,
        }
    }
}

/// `text[start..end]`, or `None` when that is not a substring on character
/// boundaries.
const fn substring(text: &'static str, start: usize, end: usize) -> Option<&'static str> {
    let bytes = text.as_bytes();
    if !(is_boundary(bytes, start) && is_boundary(bytes, end)) {
        return None;
    }
    let Some((head, _)) = bytes.split_at_checked(end) else {
        return None;
    };
    let Some((_, piece)) = head.split_at_checked(start) else {
        return None;
    };
    // SAFETY: `piece` is the part of the valid UTF-8 string `text` between
    // two character boundaries (checked above), so it is valid UTF-8 too.
    // (`str::get` does the same, but is not a `const fn` in Rust 1.85.)
    Some(unsafe { core::str::from_utf8_unchecked(piece) })
}

/// Whether a character starts at `at` in `bytes`, or `at` is the end.
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
    pub const fn new(chunks: &'static [Chunk]) -> Self {
        Self(chunks)
    }

    /// The text at `slot`.
    #[inline]
    #[must_use]
    pub const fn get(&self, slot: Slot) -> Option<&'static str> {
        self.get_after(slot, 0)
    }

    /// The text at `slot` without its first `skip` bytes, which must be
    /// ASCII.
    #[inline]
    #[must_use]
    pub const fn get_after(&self, slot: Slot, skip: usize) -> Option<&'static str> {
        if slot.group() >= self.0.len() {
            return None;
        }
        self.0[slot.group()].get(slot.row(), skip)
    }
}

/// A small value for every enabled row: one slice per enabled group.
#[derive(Debug, Clone, Copy)]
pub struct Column<T: 'static>(&'static [&'static [T]]);

impl<T: Copy> Column<T> {
    /// The column whose groups' values are `groups`, in group order.
    #[must_use]
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

    const TEXTS: Texts = Texts::new(&[
        Chunk::narrow("200 OK404 Not Found", &[6, 19]),
        Chunk::wide("499 বন্ধ", &[0, 16]),
    ]);

    #[test]
    fn cuts_each_group_at_its_ends() {
        assert_eq!(TEXTS.get(Slot::new(0, 0)), Some("200 OK"));
        assert_eq!(TEXTS.get(Slot::new(0, 1)), Some("404 Not Found"));
        assert_eq!(TEXTS.get_after(Slot::new(0, 1), 4), Some("Not Found"));
        assert_eq!(TEXTS.get(Slot::new(1, 0)), None, "empty");
        assert_eq!(TEXTS.get_after(Slot::new(1, 1), 4), Some("বন্ধ"));
        assert_eq!(TEXTS.get(Slot::new(0, 2)), None);
        assert_eq!(TEXTS.get(Slot::new(2, 0)), None);
    }

    #[test]
    fn never_cuts_inside_a_character() {
        const BAD: Texts = Texts::new(&[Chunk::narrow("বন্ধ", &[1, 12])]);
        let bad = BAD;
        assert_eq!(bad.get(Slot::new(0, 0)), None);
        assert_eq!(bad.get(Slot::new(0, 1)), None);
        const PAST: Texts = Texts::new(&[Chunk::narrow("ab", &[5])]);
        let past = PAST;
        assert_eq!(past.get(Slot::new(0, 0)), None);
    }

    #[test]
    fn columns_hold_values_by_slot() {
        const FLAGS: Column<u8> = Column::new(&[&[1, 2], &[3]]);
        assert_eq!(FLAGS.get(Slot::new(0, 1)), Some(2));
        assert_eq!(FLAGS.get(Slot::new(1, 0)), Some(3));
        assert_eq!(FLAGS.get(Slot::new(1, 1)), None);
    }
}
