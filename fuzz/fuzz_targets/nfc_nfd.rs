//! A text and its decomposed (NFD) form read the same: kinds, values and fields (see
//! `invariants::check_nfc_nfd`). The decomposition is the tests' own table.
#![no_main]

#[path = "../invariants.rs"]
mod invariants;
#[path = "../../tests/common/mod.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Err(why) = invariants::check_nfc_nfd(text, common::nfd) {
            panic!("{why}");
        }
    }
});
