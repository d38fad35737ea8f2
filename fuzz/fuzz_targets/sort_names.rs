//! Any bytes as `huiwu sort-names` input: splitting and sorting must never panic, the result
//! must be a permutation of the names in stroke order, and sorting again changes nothing.

#![no_main]

use std::cmp::Ordering;

use huiwu::collation::{compare_names, sorted_names, split_names};
use huiwu::model::NameOrderMode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    // The command refuses bad UTF-8 (naming the byte); the sorting itself must hold for any
    // text, so bad bytes become U+FFFD here.
    let text = String::from_utf8_lossy(bytes);
    let names = split_names(&text);
    for name in &names {
        assert!(
            !name.trim().is_empty(),
            "an empty name was split off: {names:?}"
        );
    }
    for mode in [NameOrderMode::FullName, NameOrderMode::Surname] {
        let sorted = sorted_names(&names, mode);
        let mut expected = names.clone();
        let mut got = sorted.clone();
        expected.sort();
        got.sort();
        assert_eq!(got, expected, "sorting lost or invented names");
        for pair in sorted.windows(2) {
            assert_ne!(
                compare_names(&pair[0], &pair[1], mode),
                Ordering::Greater,
                "out of order: {pair:?}"
            );
        }
        assert_eq!(
            sorted_names(&sorted, mode),
            sorted,
            "sorting twice changed the order"
        );
    }
});
