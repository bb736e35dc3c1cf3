//! The records of a CSV file, each with the line where it starts.
//!
//! csv-core splits the records (RFC 4180: fields separated by commas,
//! quoted with `"`, a quote inside a quoted field written `""`; a record
//! ends at `\n`, `\r\n` or a lone `\r` outside quotes). Reading never fails,
//! as in common CSV readers: a quote that does not open a field is text,
//! and a quote left open takes the rest of the file into its field, which
//! the reader reports as a field over several lines.
//!
//! Lines are counted from the bytes, not from the records, so that they
//! stay right after blank lines, with any line ending, and when a record
//! spans lines.

use csv_core::{ReadRecordResult, Reader};

/// One record: the line where its text starts, and its fields unquoted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub line: u64,
    pub fields: Vec<Vec<u8>>,
}

/// Every record of `bytes`, which has no byte order mark.
pub fn records(bytes: &[u8]) -> Vec<Record> {
    // A quote left open in the last field of a file without a final line
    // ending would close silently at the end of the input; with one, it
    // takes in the line ending and is reported like any other.
    let mut input = bytes.to_vec();
    if !matches!(input.last(), None | Some(b'\n' | b'\r')) {
        input.push(b'\n');
    }
    let lines = Lines::new(&input);
    let mut reader = Reader::new();
    // A record's fields are never longer than the input, nor more numerous
    // than its bytes and one, so one pass of each buffer is enough.
    let mut output = vec![0; input.len()];
    let mut ends = vec![0; input.len() + 1];
    let mut records = Vec::new();
    let mut at = 0;
    loop {
        let start = at;
        let (mut written, mut fields) = (0, 0);
        let result = loop {
            let (result, read, out, ended) =
                reader.read_record(&input[at..], &mut output[written..], &mut ends[fields..]);
            at += read;
            written += out;
            fields += ended;
            // An empty input tells csv-core that the file has ended.
            if result != ReadRecordResult::InputEmpty {
                break result;
            }
        };
        match result {
            ReadRecordResult::Record => {
                let mut from = 0;
                let fields = ends[..fields]
                    .iter()
                    .map(|&end| {
                        let field = output[from..end].to_vec();
                        from = end;
                        field
                    })
                    .collect();
                records.push(Record {
                    line: lines.of_record(&input, start),
                    fields,
                });
            }
            // The buffers are as large as the input, so neither can fill.
            ReadRecordResult::End
            | ReadRecordResult::OutputFull
            | ReadRecordResult::OutputEndsFull => {
                return records;
            }
            ReadRecordResult::InputEmpty => unreachable!("the inner loop reads on"),
        }
    }
}

/// Line numbers of byte offsets. A line ends at `\n`, `\r\n` or a lone
/// `\r`, as a record does.
struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    fn new(bytes: &[u8]) -> Self {
        let mut starts = vec![0];
        let mut index = 0;
        while index < bytes.len() {
            match bytes[index] {
                b'\r' if bytes.get(index + 1) == Some(&b'\n') => {
                    index += 1;
                    starts.push(index + 1);
                }
                b'\r' | b'\n' => starts.push(index + 1),
                _ => {}
            }
            index += 1;
        }
        Lines { starts }
    }

    /// The line of the first byte at or after `offset` that does not end a
    /// line, so that a record is located at its text, not at the blank
    /// lines before it.
    fn of_record(&self, bytes: &[u8], mut offset: usize) -> u64 {
        while offset < bytes.len() && matches!(bytes[offset], b'\r' | b'\n') {
            offset += 1;
        }
        self.starts.partition_point(|&start| start <= offset) as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(csv: &str) -> Vec<Vec<String>> {
        records(csv.as_bytes())
            .into_iter()
            .map(|record| {
                record
                    .fields
                    .into_iter()
                    .map(|f| String::from_utf8(f).unwrap())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn splits_records_as_rfc_4180_says() {
        assert_eq!(
            fields("a,\"b,c\",\"say \"\"hi\"\"\"\r\nd,,e\n\nf\rg"),
            [
                vec!["a", "b,c", "say \"hi\""],
                vec!["d", "", "e"],
                vec!["f"],
                vec!["g"],
            ]
        );
        // A quote inside a field is text; text after a closing quote is kept.
        assert_eq!(fields("ab\"c,\"d\"e\n"), [vec!["ab\"c", "de"]]);
        // A quote left open runs to the end of the file, and takes in a
        // line ending even where the file has none.
        assert_eq!(fields("a,\"b\nc,d\n"), [vec!["a", "b\nc,d\n"]]);
        assert_eq!(fields("a,\"b"), [vec!["a", "b\n"]]);
        assert!(fields("").is_empty());
    }

    #[test]
    fn locates_records_at_their_text() {
        let lines: Vec<u64> = records(b"ab\r\n\ncd\r\ref\n\"g\nh\"\ni")
            .iter()
            .map(|r| r.line)
            .collect();
        assert_eq!(lines, [1, 3, 5, 6, 8]);
    }
}
