//! Property tests of the generator as a pure function from bytes to tokens:
//! whatever the input, it returns either tokens that parse as Rust or
//! located problems, and never panics.

use crate::pipeline;
use proptest::prelude::*;

const OWN_REGISTRY: &[u8] = include_bytes!("../../../registry.csv");

/// Runs the generator and checks the property on its outcome: tokens that
/// parse as Rust, or problems on lines of the input.
fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    match pipeline::expand_bytes(bytes) {
        Ok(tokens) => {
            if let Err(error) = syn::parse2::<syn::File>(tokens) {
                return Err(TestCaseError::fail(format!(
                    "generated code does not parse: {error}"
                )));
            }
        }
        Err(problems) => {
            prop_assert!(!problems.is_empty(), "rejected without a problem");
            // Lines end at \n, \r\n or a lone \r.
            let text = String::from_utf8_lossy(bytes);
            let lines = text
                .replace("\r\n", "\n")
                .replace('\r', "\n")
                .matches('\n')
                .count() as u64
                + 1;
            for problem in &problems {
                prop_assert!(!problem.message.is_empty());
                if let Some(line) = problem.line {
                    prop_assert!((1..=lines).contains(&line), "line {line} of {lines}");
                }
            }
        }
    }
    Ok(())
}

/// Edits that keep a registry mostly intact, to reach past the header.
#[derive(Debug, Clone)]
enum Mutation {
    Flip { at: usize, byte: u8 },
    Insert { at: usize, byte: u8 },
    Remove { at: usize },
    DuplicateLine { line: usize },
    Truncate { at: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    // Bytes that matter to CSV and to identifiers, besides arbitrary ones.
    let byte = prop_oneof![
        Just(b','),
        Just(b'"'),
        Just(b'\n'),
        Just(b'\r'),
        Just(b' '),
        Just(b'-'),
        Just(b'\''),
        b'0'..=b'9',
        any::<u8>(),
    ];
    prop_oneof![
        (any::<usize>(), byte.clone()).prop_map(|(at, byte)| Mutation::Flip { at, byte }),
        (any::<usize>(), byte).prop_map(|(at, byte)| Mutation::Insert { at, byte }),
        any::<usize>().prop_map(|at| Mutation::Remove { at }),
        any::<usize>().prop_map(|line| Mutation::DuplicateLine { line }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
    ]
}

fn apply(bytes: &mut Vec<u8>, mutation: &Mutation) {
    if bytes.is_empty() {
        return;
    }
    let len = bytes.len();
    match *mutation {
        Mutation::Flip { at, byte } => bytes[at % len] = byte,
        Mutation::Insert { at, byte } => bytes.insert(at % (len + 1), byte),
        Mutation::Remove { at } => {
            bytes.remove(at % len);
        }
        Mutation::DuplicateLine { line } => {
            let lines: Vec<Vec<u8>> = bytes.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
            let copy = lines[line % lines.len()].clone();
            bytes.extend_from_slice(b"\n");
            bytes.extend_from_slice(&copy);
        }
        Mutation::Truncate { at } => bytes.truncate(at % len),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check(&bytes)?;
    }

    #[test]
    fn arbitrary_rows_after_a_valid_header(body in "([0-9a-zA-Z ,\"'\\-\\r\\n()]{0,40}\n){0,8}") {
        let csv = format!("Value,Description,Reference,Vendor,Preferred,Summary,Identifier,Aliases\n{body}");
        check(csv.as_bytes())?;
    }

    #[test]
    fn mutated_registries_never_panic(mutations in proptest::collection::vec(mutation(), 1..6)) {
        let mut bytes = OWN_REGISTRY.to_vec();
        for mutation in &mutations {
            apply(&mut bytes, mutation);
        }
        check(&bytes)?;
    }

    /// The manifest reader sees any `Cargo.toml`, however unusual: it must
    /// return names, never panic, and only names Cargo would accept.
    #[test]
    fn arbitrary_manifests_never_panic(manifest in "([a-z\\[\\]{}=,.\"' #\n-]|true|optional|features|dependencies){0,80}") {
        for name in crate::manifest::declared_features(&manifest) {
            prop_assert!(!name.is_empty() && name.is_ascii(), "{name:?}");
        }
    }
}

#[test]
fn the_own_registry_generates_parsable_code() {
    check(OWN_REGISTRY).unwrap();
}
