//! The extractor keeps its contract on any UTF-8 text (see `invariants::check_extract`).
#![no_main]

#[path = "../invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Err(why) = invariants::check_extract(text) {
            panic!("{why}");
        }
    }
});
