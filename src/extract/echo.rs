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
    /// The last place echoed, and the period it was echoed across.
    echoed: Option<(usize, usize)>,
    /// Every place claimed from `from` on was echoed across `period`.
    streak: Option<Streak>,
}

/// Places echoed one after another across one period.
#[derive(Clone, Copy)]
struct Streak {
    period: usize,
    from: usize,
    /// Whether its period holds a byte that stops a look ahead through words, once known
    /// (see [`Echo::repeat_periods`]).
    stops_a_look_ahead: Option<bool>,
}

/// A claim: where, with which readers, the entity last before it and the one it found (as
/// indices into the entities), and where the scan went on after it.
#[derive(Clone, Copy)]
struct Claim {
    at: usize,
    mask: u32,
    last_before: Option<usize>,
    found: Option<usize>,
    next: usize,
}

/// A place of digits read as the one a period before it: the readers tried there, what they
/// found, and where the scan goes on.
pub(super) struct Echoed {
    pub(super) mask: u32,
    pub(super) reading: Option<Reading>,
    pub(super) next: usize,
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
        let (claim, reading) = self.echo(text, pos, found, |c| c.mask == mask)?;
        self.echoed = Some((pos, pos.saturating_sub(claim.at)));
        Some(reading)
    }

    /// The place of digits at `pos` read as the claim one period before it, with its candidate
    /// too, or `None` where the scan must look at it: which readers a place of digits calls
    /// for depends on a few words around it (a plate, a code, a unit before a slash, a word it
    /// is glued to), all within the reach, and on whether a date's day stands just before it,
    /// which the entity last before it tells. (In `1 1 1 …` the candidate was a third of the
    /// scan.)
    pub(super) fn digits(&mut self, text: &str, pos: usize, found: &[Entity]) -> Option<Echoed> {
        let (claim, reading) = self.echo(text, pos, found, |c| c.mask == DIGITS)?;
        // Where the scan went on after the claim, a period on. (It went on no further than
        // `pos`, one period on, since the scan came to `pos`.)
        let period = pos.checked_sub(claim.at)?;
        let next = claim.next.checked_add(period)?;
        self.echoed = Some((pos, period));
        Some(Echoed {
            mask: claim.mask,
            reading,
            next,
        })
    }

    /// The latest claim within a period of `pos` that `fits`, and the reading at `pos` that
    /// echoes it, if the text repeats around both and the entities last before them stand to
    /// them alike.
    fn echo(
        &mut self,
        text: &str,
        pos: usize,
        found: &[Entity],
        fits: impl Fn(&Claim) -> bool,
    ) -> Option<(Claim, Option<Reading>)> {
        let bytes = text.as_bytes();
        // The latest claim first: the shortest period that the text repeats with.
        let claim = (1..=KEPT)
            .filter_map(|back| {
                let slot = self.next.checked_add(KEPT)?.checked_sub(back)? % KEPT;
                self.claims.get(slot).copied().flatten()
            })
            .take_while(|c| pos.saturating_sub(c.at) <= LONGEST_PERIOD)
            .find(|c| c.at < pos && fits(c) && repeats_once(bytes, c.at, pos))?;
        let period = pos.saturating_sub(claim.at);
        if !same_last_entity(claim, period, found) || !self.repeats_around(bytes, claim.at, pos) {
            return None;
        }
        let Some(i) = claim.found else {
            return Some((claim, None));
        };
        // The entity that claim found, moved on by the period.
        let echoed = found.get(i)?;
        let reading = Reading {
            end: echoed.span.end.checked_add(period)?,
            value: echoed.value.clone(),
        };
        Some((claim, Some(reading)))
    }

    /// Keeps the claim made at `pos`, after the entity it found, if any, was pushed onto
    /// `found`, and the scan goes on at `next`.
    pub(super) fn record(
        &mut self,
        pos: usize,
        mask: u32,
        next: usize,
        found: &[Entity],
        found_one: bool,
    ) {
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
            next,
        };
        if let Some(slot) = self.claims.get_mut(self.next % KEPT) {
            *slot = Some(claim);
        }
        self.next = self.next.wrapping_add(1) % KEPT;
        // The streak goes on where this claim echoed one across its period.
        self.streak = match (self.echoed.take(), self.streak) {
            (Some((at, period)), Some(streak)) if at == pos && streak.period == period => {
                Some(streak)
            }
            (Some((at, period)), _) if at == pos => Some(Streak {
                period,
                from: pos,
                stops_a_look_ahead: None,
            }),
            _ => None,
        };
    }

    /// A place passed over with no reader asked: it breaks a streak of echoes, since it was
    /// not echoed.
    pub(super) fn pass(&mut self) {
        self.streak = None;
    }

    /// Where the scan goes on after the place `pos`, just claimed and recorded, with the scan
    /// going on at `next`: if `pos` ends a period whose every place was echoed, past as many
    /// more periods as the text repeats for, each one's entities those of the period before,
    /// moved on, pushed onto `found`.
    ///
    /// Every place of the period up to `pos` was echoed from the one a period before it, so
    /// each place a period on reads as it did as long as the text repeats a reach around it
    /// and the entity last before it is the one found a period before, moved on; the entities
    /// those places find are this period's, moved on, and so are the claims kept. (A period
    /// holding a byte that is no letter, space, `:` or `(` is needed: the one look that reads
    /// on through words, for a year's digits after its cue, stops there.) Long runs of `1 1 1
    /// …` or `Phường 3 - …` then cost a copy of each entity, not a place's echo each.
    pub(super) fn repeat_periods(
        &mut self,
        text: &str,
        pos: usize,
        next: usize,
        found: &mut Vec<Entity>,
    ) -> usize {
        let Some(streak) = self.streak.as_mut() else {
            return next;
        };
        let period = streak.period;
        let Some(window_from) = pos.checked_sub(period) else {
            return next;
        };
        if streak.from > window_from || streak.stops_a_look_ahead == Some(false) {
            return next;
        }
        // (Found once for a streak: where words repeat, `một một …`, it is asked at every
        // place.)
        let stops = *streak.stops_a_look_ahead.get_or_insert_with(|| {
            let stop = |b: &u8| {
                !(*b >= 0x80 || b.is_ascii_alphabetic() || matches!(b, b' ' | b'\t' | b':' | b'('))
            };
            text.as_bytes()
                .get(window_from..pos)
                .is_some_and(|window| window.iter().any(stop))
        });
        if !stops {
            return next;
        }
        let Some(run) = self.run.filter(|run| run.period == period) else {
            return next;
        };
        // The periods whose places all have the text repeat a reach after them.
        let Some(room) = run.end.checked_sub(pos.saturating_add(REACH)) else {
            return next;
        };
        let periods = room.checked_div(period).unwrap_or(0);
        if periods == 0 {
            return next;
        }
        // The entities found at the places of the period ending at `pos`.
        let first = found
            .iter()
            .rposition(|e| e.span.start <= window_from)
            .map_or(0, |i| i.saturating_add(1));
        let window = found.len().saturating_sub(first);
        let Some(moved) = periods.checked_mul(period) else {
            return next;
        };
        found.reserve(periods.saturating_mul(window));
        for k in 1..=periods {
            let shift = k.saturating_mul(period);
            for i in first..first.saturating_add(window) {
                let Some(e) = found.get(i) else { break };
                let entity = Entity {
                    span: e.span.start.saturating_add(shift)..e.span.end.saturating_add(shift),
                    value: e.value.clone(),
                };
                found.push(entity);
            }
        }
        // The claims of the period ending at `pos`, moved on; older ones are dropped, as the
        // scan will not look back past them.
        let added = periods.saturating_mul(window);
        for slot in &mut self.claims {
            *slot = slot.filter(|c| c.at > window_from).map(|c| Claim {
                at: c.at.saturating_add(moved),
                mask: c.mask,
                last_before: c.last_before.map(|i| i.saturating_add(added)),
                found: c.found.map(|i| i.saturating_add(added)),
                next: c.next.saturating_add(moved),
            });
        }
        next.saturating_add(moved)
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
    use super::REACH;
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
            extractor.scan(text, Echoes::Kept, Vec::new()),
            extractor.scan(text, Echoes::Unused, Vec::new()),
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

        /// A stretch that repeats a few pieces many times (glued or not), between a head and a
        /// tail of other pieces, reads as it does when every place is claimed.
        #[test]
        fn a_repeating_stretch_reads_as_without_echoes(
            head in prop::collection::vec(prop::sample::select(PIECES), 0..12),
            unit in prop::collection::vec(prop::sample::select(PIECES), 1..6),
            tail in prop::collection::vec(prop::sample::select(PIECES), 0..12),
            times in 200usize..1200,
            glue in prop::sample::select(&[" ", "", ", ", "-", "/"][..]),
        ) {
            let unit = unit.join(glue) + " ";
            // (Long enough to repeat a reach each way of many places, whatever the unit.)
            let times = times.saturating_add(3 * REACH / unit.len());
            let text = format!("{} {}{}", head.join(" "), unit.repeat(times), tail.join(" "));
            let (echoed, read) = both(&text);
            prop_assert_eq!(echoed, read);
        }
    }
}
