//! Dates, times, months, quarters and years built from raw bytes: written and read back, the
//! same value or refused, never another (see `invariants::check_round_trip`).
#![no_main]

#[path = "../invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(why) = invariants::check_round_trip(data) {
        panic!("{why}");
    }
});
