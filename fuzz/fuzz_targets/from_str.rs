//! Every public type's `FromStr` on any text: no panic, and what it reads it writes in a form
//! it reads back as the same value (see `invariants::check_from_str`).
#![no_main]

#[path = "../invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Err(why) = invariants::check_from_str(text) {
            panic!("{why}");
        }
    }
});
