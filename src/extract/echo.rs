//! A claim one period on in a stretch of text that repeats itself reads as the claim before it.
//!
//! What the readers make of a place depends on the text around it, within a reach (the
//! furthest any rule of context looks, [`REACH`] bytes each way), and on the entity found last
//! before it. So where the text repeats with a period of a few bytes (`năm năm năm …`, `1 1 1
//! …`, `Phường 3 - Phường 3 - …`) further than that reach on both sides of two places a period
//! apart, and the entity last before each is the same one far behind, or the one before it
//! moved on by the period, the later place reads as the earlier did, moved on by the period.
//! Such a run then costs a comparison of bytes per place instead of every reader's work, which
//! made a megabyte of it cost seconds (see issue 9's hostile inputs); other text, where two
//! triggers a few bytes apart are never the same bytes over thousands, is read as before.

use super::*;

/// How far each way, in bytes, the text must repeat for a claim to be echoed: beyond the
/// furthest any rule of context reads (an enumeration's `Thứ nhất`, 2000 bytes back; a
/// sentence, 240; an address, 1024), so that no rule sees the two places differ.
const REACH: usize = 2560;

/// The longest period looked for: a few words.
const LONGEST_PERIOD: usize = 64;

/// How many of the last claims are kept: a period may hold several places that are claimed
/// (`Phường 3 - ` claims at `Phường` and at `-`).
const KEPT: usize = 16;

/// The last claims of a scan, kept to be echoed one period on.
#[derive(Default)]
pub(super) struct Echo {
    /// The last claims, the latest at `next - 1` (modulo [`KEPT`]).
    claims: [Option<Claim>; KEPT],
    next: usize,
    /// The stretch found to repeat last, kept so that a long run is compared once.
    run: Option<Run>,
}

/// A claim: where, with which readers, the entity last before it and the one it found (as
/// indices into the entities).
#[derive(Clone, Copy)]
struct Claim {
    at: usize,
    mask: u32,
    last_before: Option<usize>,
    found: Option<usize>,
}

/// `text[start..end]` repeats with `period`: each byte is the one `period` before it.
#[derive(Clone, Copy)]
struct Run {
    period: usize,
    start: usize,
    end: usize,
}

impl Echo {
    /// The reading at `pos` if it is the echo of a claim one period before (`Some(None)` where
    /// that found nothing), or `None` where the readers must be asked.
    pub(super) fn reading(
        &mut self,
        text: &str,
        pos: usize,
        mask: u32,
        found: &[Entity],
    ) -> Option<Option<Reading>> {
        let bytes = text.as_bytes();
        // The latest claim first: the shortest period that the text repeats with.
        let claim = (1..=KEPT)
            .filter_map(|back| {
                let slot = self.next.checked_add(KEPT)?.checked_sub(back)? % KEPT;
                self.claims.get(slot).copied().flatten()
            })
            .take_while(|c| pos.saturating_sub(c.at) <= LONGEST_PERIOD)
            .find(|c| c.at < pos && c.mask == mask && repeats_once(bytes, c.at, pos))?;
        let period = pos.saturating_sub(claim.at);
        if !same_last_entity(claim, period, found) || !self.repeats_around(bytes, claim.at, pos) {
            return None;
        }
        let Some(i) = claim.found else {
            return Some(None);
        };
        // The entity that claim found, moved on by the period.
        let echoed = found.get(i)?;
        Some(Some(Reading {
            end: echoed.span.end.checked_add(period)?,
            value: echoed.value.clone(),
        }))
    }

    /// Keeps the claim made at `pos`, after the entity it found, if any, was pushed onto
    /// `found`.
    pub(super) fn record(&mut self, pos: usize, mask: u32, found: &[Entity], found_one: bool) {
        let last = found.len().checked_sub(1);
        let claim = Claim {
            at: pos,
            mask,
            last_before: if found_one {
                last.and_then(|l| l.checked_sub(1))
            } else {
                last
            },
            found: last.filter(|_| found_one),
        };
        if let Some(slot) = self.claims.get_mut(self.next % KEPT) {
            *slot = Some(claim);
        }
        self.next = self.next.wrapping_add(1) % KEPT;
    }

    /// Whether the bytes repeat with the period `pos - before` from `REACH` before `before` to
    /// `REACH` after `pos`.
    fn repeats_around(&mut self, bytes: &[u8], before: usize, pos: usize) -> bool {
        let period = pos.saturating_sub(before);
        let (Some(from), Some(to)) = (before.checked_sub(REACH), pos.checked_add(REACH)) else {
            return false;
        };
        if to > bytes.len() {
            return false;
        }
        let covered = |run: &Run| run.period == period && run.start <= from && to <= run.end;
        if let Some(run) = self
            .run
            .filter(|run| run.period == period && run.start <= before)
        {
            // A run already measured goes on to its end: no need to measure it again.
            if pos.saturating_add(period) <= run.end {
                return covered(&run);
            }
        }
        let run = measure_run(bytes, before, pos);
        self.run = Some(run);
        covered(&run)
    }
}

/// Whether the period from `before` to `pos` is written again right after `pos`: the first
/// test of a repeat, a comparison of a few bytes.
fn repeats_once(bytes: &[u8], before: usize, pos: usize) -> bool {
    let period = pos.saturating_sub(before);
    match (
        bytes.get(before..pos),
        bytes.get(pos..pos.saturating_add(period)),
    ) {
        (Some(one), Some(again)) => one == again,
        _ => false,
    }
}

/// Whether the entity last before the place a period on stands to it as the one last before
/// the claim did: both none; or the same entity, far behind both; or the one before the claim
/// moved on by the period, of the same value.
fn same_last_entity(claim: Claim, period: usize, found: &[Entity]) -> bool {
    let last = found.len().checked_sub(1);
    match (claim.last_before, last) {
        (None, None) => true,
        (Some(i), Some(l)) if i == l => found
            .get(i)
            .is_some_and(|e| e.span.end.saturating_add(REACH) <= claim.at),
        (Some(i), Some(l)) => match (found.get(i), found.get(l)) {
            (Some(before), Some(now)) => {
                before.span.start.checked_add(period) == Some(now.span.start)
                    && before.span.end.checked_add(period) == Some(now.span.end)
                    && before.value == now.value
            }
            _ => false,
        },
        _ => false,
    }
}

/// The stretch around `before..pos` that repeats with the period `pos - before`: back from
/// `before` at most `REACH` bytes, on from `pos` to where it stops repeating.
fn measure_run(bytes: &[u8], before: usize, pos: usize) -> Run {
    let period = pos.saturating_sub(before);
    let repeats = |i: usize| {
        i.checked_add(period)
            .and_then(|j| bytes.get(j))
            .is_some_and(|b| bytes.get(i) == Some(b))
    };
    let mut start = before;
    let floor = before.saturating_sub(REACH);
    while start > floor && repeats(start.saturating_sub(1)) {
        start = start.saturating_sub(1);
    }
    let mut end = pos;
    while end < bytes.len() && end.checked_sub(period).is_some_and(repeats) {
        end = end.saturating_add(1);
    }
    Run { period, start, end }
}

#[cfg(test)]
mod tests {
    use super::super::{Echoes, Extractor};
    use proptest::prelude::*;

    /// Pieces of text that open entities, or read on into the next (numbers, their words,
    /// type words, qualifiers, marks), to build stretches that repeat.
    const PIECES: &[&str] = &[
        "năm",
        "1",
        "Phường 3",
        "-",
        "xã",
        "một",
        "tỷ",
        "trên",
        "5 đồng",
        "ba người",
        ",",
        ":",
        ".",
        "10/3",
        "ngày",
        "tháng",
        "%",
        "12",
        "quý II",
        "thứ",
        "2024",
        "và",
        "Hà Nội",
        "km",
        "\n",
        "(",
        ")",
        "lần",
        "hai mươi",
        "triệu đồng",
        "giờ",
        "7h30",
        "tổ",
        "số",
    ];

    /// The same text scanned with and without echoes.
    fn both(text: &str) -> (Vec<super::Entity>, Vec<super::Entity>) {
        let extractor = Extractor::new();
        (
            extractor.scan(text, Echoes::Kept),
            extractor.scan(text, Echoes::Unused),
        )
    }

    #[test]
    fn the_hostile_runs_read_as_without_echoes() {
        for unit in [
            "năm ",
            "1 ",
            "Phường 3 - ",
            "một ",
            "1 tỷ tỷ ",
            "xã ",
            "ba người ",
        ] {
            let text = unit.repeat(12_000 / unit.len());
            let (echoed, read) = both(&text);
            assert_eq!(echoed, read, "{unit:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// A stretch that repeats a few pieces many times, between a head and a tail of other
        /// pieces, reads as it does when every place is claimed.
        #[test]
        fn a_repeating_stretch_reads_as_without_echoes(
            head in prop::collection::vec(prop::sample::select(PIECES), 0..12),
            unit in prop::collection::vec(prop::sample::select(PIECES), 1..6),
            tail in prop::collection::vec(prop::sample::select(PIECES), 0..12),
            times in 200usize..1200,
        ) {
            let unit = unit.join(" ") + " ";
            let text = format!("{} {}{}", head.join(" "), unit.repeat(times), tail.join(" "));
            let (echoed, read) = both(&text);
            prop_assert_eq!(echoed, read);
        }
    }
}
