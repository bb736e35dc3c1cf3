//! Collecting every problem of a registry before reporting, so that one
//! build shows them all.

use std::fmt;

/// One problem in a registry, located by line when it concerns a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line in the file, `None` for problems of the file as a whole.
    pub line: Option<u64>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// The problems found so far.
#[derive(Debug, Default)]
pub struct Problems {
    /// File-wide problems first, then by line, those of one line in the
    /// order found.
    found: Vec<Problem>,
}

impl Problems {
    /// A problem of line `line`.
    pub fn at(&mut self, line: u64, message: impl Into<String>) {
        self.add(Problem {
            line: Some(line),
            message: message.into(),
        });
    }

    /// A problem of the file as a whole.
    pub fn file(&mut self, message: impl Into<String>) {
        self.add(Problem {
            line: None,
            message: message.into(),
        });
    }

    pub fn extend(&mut self, problems: Vec<Problem>) {
        for problem in problems {
            self.add(problem);
        }
    }

    /// Adds `problem` after every problem of an earlier or the same line.
    // Inserted in place rather than sorted at the end, so that no sort is
    // compiled into the macro (see the generator's module docs).
    fn add(&mut self, problem: Problem) {
        let at = self.found.partition_point(|p| p.line <= problem.line);
        self.found.insert(at, problem);
    }

    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    /// Every problem, file-wide ones first, then in line order.
    pub fn into_sorted(self) -> Vec<Problem> {
        self.found
    }

    /// `value` when nothing was found, else every problem.
    pub fn finish<T>(self, value: T) -> Result<T, Vec<Problem>> {
        if self.found.is_empty() {
            Ok(value)
        } else {
            Err(self.into_sorted())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_come_file_first_then_by_line_in_the_order_found() {
        let mut problems = Problems::default();
        problems.at(9, "nine");
        problems.at(3, "three");
        problems.file("file");
        problems.at(9, "nine again");
        let mut later = Problems::default();
        later.at(5, "five");
        problems.extend(later.into_sorted());
        let found: Vec<String> = problems
            .into_sorted()
            .iter()
            .map(|p| p.to_string())
            .collect();
        assert_eq!(
            found,
            [
                "file",
                "line 3: three",
                "line 5: five",
                "line 9: nine",
                "line 9: nine again"
            ]
        );
    }
}
