//! What one entity takes from its neighbours: days, hours and nouns borrowed along a list
//! (`chiều 16 và sáng 17.10`, `11-16 giờ`, `26 và 25 điểm`), `âm lịch` written once for a pair,
//! and ambiguous unit names resolved by the units named around them.

use super::*;

/// How far apart (in characters, on one line) two units may stand and still be read as parts of one
/// address: `huyện Châu Thành, tỉnh Tiền Giang`.
pub(super) const NEIGHBOURHOOD: usize = 120;

/// Narrows the candidates of each administrative unit (`huyện Châu Thành` may be several) to
/// those inside a unit named near it on the same line; where none is, to none (no code).
pub(super) fn resolve_by_neighbours(text: &str, found: &mut [Entity]) {
    // The highest level (the smallest) and the deepest each unit may be, found once in one
    // pass over its candidates: a neighbour can enclose a unit only if it may be of a higher
    // level than the unit's deepest candidate.
    let levels: Vec<Option<(crate::gazetteer::Level, crate::gazetteer::Level)>> = found
        .iter()
        .map(|e| match &e.value {
            Value::Admin(u) => u.matches.iter().fold(None, |range, m| match range {
                None => Some((m.level, m.level)),
                Some((high, deep)) => Some((m.level.min(high), m.level.max(deep))),
            }),
            _ => None,
        })
        .collect();
    let range = |j: usize| levels.get(j).copied().flatten();
    let highest = |j: usize| range(j).map(|(high, _)| high);
    // The highest level any unit before each may be, and any unit after it: where neither is
    // above a unit's deepest candidate, nothing around it can enclose it, and its neighbours
    // are not read (a run of wards, `Phường 3 - Phường 3 - …`, reads none).
    let higher =
        |a: Option<crate::gazetteer::Level>, b: Option<crate::gazetteer::Level>| match (a, b) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    let mut highest_before = Vec::with_capacity(levels.len());
    let mut so_far = None;
    for j in 0..levels.len() {
        highest_before.push(so_far);
        so_far = higher(so_far, highest(j));
    }
    let mut highest_after = vec![None; levels.len()];
    let mut so_far = None;
    for j in (0..levels.len()).rev() {
        if let Some(slot) = highest_after.get_mut(j) {
            *slot = so_far;
        }
        so_far = higher(so_far, highest(j));
    }
    let may_be_enclosed = |i: usize| {
        let deepest = range(i).map(|(_, deep)| deep);
        let above = |h: Option<crate::gazetteer::Level>| h.is_some() && h < deepest;
        above(highest_before.get(i).copied().flatten())
            || above(highest_after.get(i).copied().flatten())
    };
    for i in 0..found.len() {
        let Some(Entity {
            value: Value::Admin(unit),
            span,
        }) = found.get(i)
        else {
            continue;
        };
        if unit.matches.is_empty() || !may_be_enclosed(i) {
            continue;
        }
        let span = span.clone();
        // The units around it, each way until too far: entities are in order, so the stretch
        // to a farther one holds the stretch to a nearer one, and is read on from it (each
        // stretch read whole made a run of units cost the square of the neighbourhood).
        let mut near = Vec::new();
        let (mut stretch, mut reach) = (Stretch::default(), span.end);
        for (j, other) in found.iter().enumerate().skip(i.saturating_add(1)) {
            let start = other.span.start.max(reach);
            if !stretch.extend(text.get(reach..start).unwrap_or_default()) {
                break;
            }
            reach = start;
            near.push(j);
        }
        let (mut stretch, mut reach) = (Stretch::default(), span.start);
        for (j, other) in found.iter().enumerate().take(i).rev() {
            let end = other.span.end.min(reach);
            if !stretch.extend(text.get(end..reach).unwrap_or_default()) {
                break;
            }
            reach = end;
            near.push(j);
        }
        // Only a unit of a higher level can enclose one: a neighbour of the same level (`Phường
        // 3 - Phường 3 - …`) says nothing, and is passed over without walking up the parents
        // of every candidate, which made such runs slow.
        let deepest = range(i).map(|(_, deep)| deep);
        let enclosing: Vec<Vec<&'static crate::gazetteer::Unit>> = near
            .into_iter()
            .filter(|&j| highest(j).is_some() && highest(j) < deepest)
            .filter_map(|j| match found.get(j).map(|e| &e.value) {
                Some(Value::Admin(u)) => Some(
                    u.matches
                        .iter()
                        .copied()
                        .filter(|e| Some(e.level) < deepest)
                        .collect::<Vec<_>>(),
                ),
                _ => None,
            })
            .filter(|around| !around.is_empty())
            .collect();
        if enclosing.is_empty() {
            continue;
        }
        // (Where none of the units it may be lies within a unit written around it, the text
        // names a unit the gazetteer does not place there: no code is given rather than a
        // wrong one, `xã Thái Học … của huyện Nam Sách` is no `xã Thái Học` of Cao Bằng.)
        let mut narrowed = unit.matches.clone();
        for around in &enclosing {
            narrowed.retain(|m| lies_within(m, around));
        }
        if let Some(Entity {
            value: Value::Admin(unit),
            ..
        }) = found.get_mut(i)
        {
            unit.matches = narrowed;
        }
    }
}

/// The text between a unit and a neighbour, read a piece at a time as the neighbour is
/// farther: whether it holds a line break, and its letters (up to one past the
/// neighbourhood). Counted in letters, not bytes, so that NFD text (two or three code points
/// a letter) reads as NFC does.
#[derive(Default)]
struct Stretch {
    newline: bool,
    letters: usize,
}

impl Stretch {
    /// Adds `piece` to the stretch; whether the neighbour at its end is still close.
    fn extend(&mut self, piece: &str) -> bool {
        self.newline |= piece.contains('\n');
        if !self.newline && self.letters <= NEIGHBOURHOOD {
            // At most one letter past the neighbourhood is counted.
            let cap = NEIGHBOURHOOD.saturating_sub(self.letters).saturating_add(1);
            self.letters = self.letters.saturating_add(letters(piece, cap));
        }
        !self.newline && self.letters <= NEIGHBOURHOOD
    }
}

/// How many characters `text` has, combining marks aside, counting up to `cap`.
fn letters(text: &str, cap: usize) -> usize {
    text.chars()
        .filter(|&c| !matches!(c, '\u{0300}'..='\u{036f}'))
        .take(cap)
        .count()
}

/// Whether `unit` lies inside one of `enclosing` (its parent, or its parent's parent).
pub(super) fn lies_within(
    unit: &crate::gazetteer::Unit,
    enclosing: &[&'static crate::gazetteer::Unit],
) -> bool {
    let mut current = crate::gazetteer::parent(unit);
    while let Some(up) = current {
        if enclosing
            .iter()
            .any(|e| e.era == up.era && e.level == up.level && e.code == up.code)
        {
            return true;
        }
        current = crate::gazetteer::parent(up);
    }
    false
}

/// `âm lịch` written once after a pair or range of days applies to both: `ngày 29/8 - 1/9 Âm
/// lịch`, `ngày 25/2 và 14/11 âm lịch`.
pub(super) fn lunar_for_the_pair(text: &str, found: &mut [Entity]) {
    for i in (1..found.len()).rev() {
        let (head, tail) = found.split_at_mut(i);
        let (Some(first), Some(second)) = (head.last_mut(), tail.first()) else {
            continue;
        };
        let (Value::Date(a), Value::Date(b)) = (&mut first.value, &second.value) else {
            continue;
        };
        let link = text
            .get(first.span.end..second.span.start)
            .unwrap_or_default()
            .trim_matches(crate::text::is_space);
        if links_days(link)
            && b.calendar == Calendar::Lunar
            && a.calendar == Calendar::Solar
            && a.year.is_none()
            && a.holiday.is_none()
        {
            a.calendar = Calendar::Lunar;
        }
    }
}

/// In a span of two hours (`từ 2 giờ đến 5 giờ chiều`, `7 giờ tối - 10 giờ`), the part of the
/// day written with one bound is the other's too, where read in it the earlier bound stays
/// first: `từ 10 giờ đến 2 giờ chiều` leaves 10:00 as written.
pub(super) fn part_across_a_span_of_hours(text: &str, found: &mut [Entity]) {
    for i in (1..found.len()).rev() {
        let (head, tail) = found.split_at_mut(i);
        let (Some(first), Some(second)) = (head.last_mut(), tail.first_mut()) else {
            continue;
        };
        // (Two times first: the text between other entities, however long, is not read.)
        let gap = first.span.end..second.span.start;
        let (Value::Time(a), Value::Time(b)) = (&mut first.value, &mut second.value) else {
            continue;
        };
        let link = text
            .get(gap)
            .unwrap_or_default()
            .trim_matches(crate::text::is_space);
        let spans = matches!(link, "-" | "–") || ["đến", "tới"].iter().any(|w| same(link, w));
        if !spans {
            continue;
        }
        match (a.part, b.part) {
            (Some(part), None) => {
                let start = clock(a);
                take_the_part(b, part, |t| clock(&t) > start);
            }
            (None, Some(part)) => {
                let end = clock(b);
                take_the_part(a, part, |t| clock(&t) < end);
            }
            _ => {}
        }
    }
}

/// A part of the day right before `từ` and the hours after it (`buổi tối từ 8 - 10 giờ`, `sáng
/// từ 7 giờ`, `chiều từ 2 giờ đến 5 giờ`) is the first hour's part, as it is written right
/// before an hour (`tối 8 giờ`); the span gives it to the second (see
/// [`part_across_a_span_of_hours`]). An hour the part cannot hold takes nothing of it.
pub(super) fn part_before_from(text: &str, found: &mut [Entity]) {
    for entity in found.iter_mut() {
        let Value::Time(time) = &mut entity.value else {
            continue;
        };
        if time.part.is_some() {
            continue;
        }
        let before = text.get(..entity.span.start).unwrap_or_default();
        let mut words = words_back(before);
        let (Some((tu, _)), Some((part_word, _))) = (words.next(), words.next()) else {
            continue;
        };
        let part = crate::date::day_part(part_word).filter(|(_, rest)| rest.is_empty());
        if let (true, Some((part, _))) = (same(tu, "từ"), part) {
            if let Some(read) = read_in_part(time, part) {
                *time = read;
            }
        }
    }
}

/// Where `time` stands on the clock, to set two times in order.
fn clock(time: &Time) -> (u8, u8, u8) {
    (time.hour, time.minute, time.second.unwrap_or(0))
}

/// `time`, written on the 12-hour clock, read in `part` where the reading keeps `in_order`.
fn take_the_part(time: &mut Time, part: crate::date::DayPart, in_order: impl Fn(Time) -> bool) {
    if time.hour >= 12 {
        return;
    }
    // (`từ 2 giờ chiều đến 10 giờ`: an hour the part cannot hold takes nothing of it.)
    if let Some(read) = read_in_part(time, part) {
        if read.hour != time.hour && in_order(read) {
            *time = read;
        }
    }
}

/// `time` read in `part` of the day (its hour on the 24-hour clock, its part set), if the part
/// holds that hour.
fn read_in_part(time: &Time, part: crate::date::DayPart) -> Option<Time> {
    let read = Time {
        hour: part.to_24_hour(time.hour),
        part: Some(part),
        ..*time
    };
    part.holds(read.hour).then_some(read)
}

/// A lunar date given with its solar day beside it (`2/10/2024 (tức 30 tháng 8 năm Giáp Thìn)`,
/// `3/2 âm lịch (tức 2/3/2025)`, `ngày 15 tháng Giêng, nhằm 12/2/2025`) is of the lunar year
/// that solar day falls in, where the two name the same day (a can-chi written with it agreeing):
/// its solar day is known.
pub(super) fn lunar_year_from_its_solar_day(text: &str, found: &mut [Entity]) {
    for i in 1..found.len() {
        let (head, tail) = found.split_at_mut(i);
        let (Some(first), Some(second)) = (head.last_mut(), tail.first_mut()) else {
            continue;
        };
        // (Two dates first: the cheaper test, and most pairs are not.)
        let (Value::Date(a), Value::Date(b)) = (&mut first.value, &mut second.value) else {
            continue;
        };
        // (Beside: a bracket, `tức` or `nhằm`, a comma, a few bytes at most.)
        let link = text
            .get(first.span.end..second.span.start)
            .unwrap_or_default()
            .trim_matches(|c: char| crate::text::is_space(c) || matches!(c, '(' | ')' | ','));
        let beside = link.is_empty() || same(link, "tức") || same(link, "nhằm");
        if !beside {
            continue;
        }
        let (lunar, solar) = match (a.calendar, b.calendar) {
            (Calendar::Lunar, Calendar::Solar) => (a, &*b),
            (Calendar::Solar, Calendar::Lunar) => (b, &*a),
            _ => continue,
        };
        let Some(year) = solar.year.filter(|_| lunar.year.is_none()) else {
            continue;
        };
        let Some(day) = crate::lunar::solar_to_lunar(year, solar.month, solar.day) else {
            continue;
        };
        let same_day = (day.month, day.day, day.leap) == (lunar.month, lunar.day, lunar.leap);
        let named = lunar
            .can_chi
            .is_none_or(|c| c == crate::date::CanChi::of_year(day.year));
        if same_day && named {
            lunar.year = Some(day.year);
            lunar.can_chi = None;
        }
    }
}

/// `2021` in `năm 2020 và 2021` (or `hoặc`, `hay`): a bare year coordinated with a year just
/// read takes its cue.
pub(super) fn conjunct_year<'t>(
    text: &'t str,
    last: &Entity,
    pos: usize,
) -> Option<(&'t str, Year)> {
    if !matches!(last.value, Value::Year(_)) {
        return None;
    }
    let between = text.get(last.span.end..pos)?;
    let link = between.trim_matches(crate::text::is_space);
    if !(link == "," || word_in(link, LIST_LINKS)) {
        return None;
    }
    let (first, rest) = crate::date::four_digit_year(&text[pos..])?;
    Some((rest, Year::new(first).ok()?))
}

/// `11` in `11-16 giờ`, `12` in `từ 12 - 16 giờ`: an hour that borrows `giờ` (and the part of
/// the day) from the time it is a range with, or from the hour after it that borrows (`6` in
/// `lúc 6-9-13 giờ`).
pub(super) fn borrowed_hour(input: &str) -> Option<(&str, Time)> {
    // (A chain of hours is short: looking a few hours on keeps a long chain of numbers linear.)
    borrowed_hour_within(input, 3)
}

fn borrowed_hour_within(input: &str, depth: u8) -> Option<(&str, Time)> {
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    let hour: u8 = input
        .get(..digits)
        .filter(|d| (1..=2).contains(&d.len()))?
        .parse()
        .ok()?;
    let after_hour = &input[digits..];
    let (link, _) = space0_str(after_hour);
    // (A range, `11-16 giờ`, `12 đến 16 giờ`; or a list, `lúc 6, 8, 10 và 14 giờ`.)
    let listed = || {
        // (A comma with a space after it: glued to digits it is a decimal point, `4,5 giờ`.)
        let after_link = match link.strip_prefix(", ") {
            Some(r) => space0_str(r).0,
            None => ["và", "hoặc"]
                .iter()
                .find_map(|w| crate::text::keyword_rest(link, w))?,
        };
        Some(space0_str(after_link).0)
    };
    let partner = match link.strip_prefix(['-', '–']) {
        Some(r) => space0_str(r).0,
        None => match crate::text::keyword_rest(link, "đến") {
            Some(r) => space1(r).ok()?.0,
            None => listed()?,
        },
    };
    // (Hours of a range or a list go up: a partner no later is none, and is not read on.)
    let partner_hour: u8 = partner
        .get(..partner.bytes().take_while(u8::is_ascii_digit).count())
        .and_then(|d| d.parse().ok())
        .unwrap_or(u8::MAX);
    if partner_hour <= hour {
        return None;
    }
    let partner_time = match time(partner) {
        Ok((_, t)) => t,
        Err(_) if depth > 0 => borrowed_hour_within(partner, depth.saturating_sub(1))?.1,
        Err(_) => return None,
    };
    let first = Time {
        hour,
        minute: 0,
        second: None,
        part: partner_time.part,
    };
    let first = match partner_time.part {
        Some(part) if hour < 12 => Time {
            hour: part.to_24_hour(hour),
            ..first
        },
        _ => first,
    };
    (first.hour <= 24 && first.hour < partner_time.hour).then_some((after_hour, first))
}

/// `chiều 16` in `chiều 16 và sáng 17.10`: a day that borrows its month (and year) from the
/// date it is coordinated with.
///
/// Without a cue of its own (`21` in `ngày 20, 21 và 22 tháng 7`), a day is read only where
/// `listed` says it continues a list of days.
pub(super) fn borrowed_day(input: &str, listed: bool) -> Option<(&str, Date)> {
    borrowed_day_within(input, listed, 4).map(|(rest, date, _)| (rest, date))
}

pub(super) fn borrowed_day_within(
    input: &str,
    listed: bool,
    depth: u8,
) -> Option<(&str, Date, bool)> {
    let (part, rest) = match crate::date::day_part(input) {
        Some((p, r)) => (Some(p), space1(r).ok()?.0),
        None => (None, input),
    };
    const CUES: &[(&str, ())] = &[
        // `từ 10-20/10`, `từ 17 đến 20/2`: the first day of a range.
        ("từ ngày", ()),
        ("từ", ()),
        ("ngày mùng", ()),
        ("ngày mồng", ()),
        ("ngày", ()),
        ("mùng", ()),
        ("mồng", ()),
        // (`Hôm 7, 8/10 trời mưa`: as a date's own cue, `hôm 8/10`.)
        ("hôm", ()),
    ];
    let (rest, cued) = match crate::text::lookup_phrase(rest, CUES) {
        Some((_, len)) => (space1(&rest[len..]).ok()?.0, true),
        None => (rest, part.is_some() || listed),
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    // (After its cue a day may be written in words: `từ ngày mười một đến ngày mười hai tháng
    // sáu`.)
    let (day, after_day) = match digits {
        1 | 2 => (rest.get(..digits)?.parse().ok()?, rest.get(digits..)?),
        0 if cued => crate::date::day_number_in_words(rest)?,
        _ => return None,
    };
    let (link, _) = space0_str(after_day);
    if part == Some(crate::date::DayPart::Night) {
        if let Some(date) = night_before_a_dawn(link, day, depth) {
            return Some((after_day, date, true));
        }
    }
    // `chiều 16 và sáng 17.10`, `mùng 5 đến mùng 7 tháng Giêng`, `ngày 5-6/9`, `mùng 2 hoặc 16
    // tháng 7`.
    let partner_start = crate::text::find_phrase(link, DAY_LINKS)
        .map(|(i, len)| (i, &link[len..]))
        .map(|(i, after)| if i > 0 { to_the_end(after) } else { after });
    let by_word = partner_start.is_some();
    let dashed = partner_start.is_none() && link.starts_with(['-', '–']);
    // (`từ` opens a range, whose end follows a dash or `đến`, never a comma: `từ 3,5/4 trở
    // lên` is a decimal over a whole.)
    let from = crate::text::keyword_rest(input, "từ").is_some();
    if from && partner_start.is_none() && link.starts_with(',') {
        return None;
    }
    // (After its cue, days are added up with `+` too, as a chat writes them: `nghỉ ngày 3 +
    // 4/5`; elsewhere `3 + 4/5` is a sum.)
    let added = || link.strip_prefix('+').filter(|_| cued && !from);
    let partner_start = partner_start
        .or_else(|| link.strip_prefix([',', '-', '–']))
        .or_else(added)?;
    let (partner_start, _) = space0_str(partner_start);
    // (A dash joins a day to a date written whole after it, `ngày 5-6/9`, `5-6 tháng 9`; to
    // a number that borrows in turn it joins a day and its month: `từ 30-4 đến 3-5`.)
    // (And to the next of a chain of days that ends in its month: `các ngày 12-13-14 tháng 4`,
    // `Các ngày 20-21-22/12`.)
    // (The chain is followed `depth` days at most: a run of dashed numbers as long as the
    // text would otherwise be followed to its end from every day, as deep as it is long.)
    let next_of_a_chain = || {
        cued && depth
            .checked_sub(1)
            .and_then(|depth| borrowed_day_within(partner_start, true, depth))
            .is_some()
    };
    if dashed
        && !kept_raw_date(partner_start).is_some_and(|(_, raw)| raw.is_valid())
        && !next_of_a_chain()
    {
        return None;
    }
    // (A fraction of a count lends no month: `Ngày 2, 3/4 số hộ bị mất điện`.)
    if crate::date::fraction_of_a_count(partner_start) {
        return None;
    }
    // (A time may stand before the second day, the hours of a span from the first: `từ 19h
    // ngày 13 đến 7h ngày 14/10`.)
    let (mut date, written) = partner_date(partner_start, depth).or_else(|| {
        let (after_time, _) = crate::time::kept_time(partner_start).filter(|_| by_word)?;
        partner_date(space1(after_time).ok()?.0, depth)
    })?;
    // With no cue of its own, a day is read only before a list that ends in a date written
    // out with `tháng` (`20, 21 và 22 tháng 7 năm 1883`).
    // (Days of a list or a range go forward in the month they borrow: a partner no later is
    // none, `từ 3,2/4 trở lên` is a decimal over a whole; and `30 và 1/5` would put the 30th
    // in the wrong month.)
    if !cued && !written && !span_of_days_dashed(dashed, partner_start) || date.day <= day {
        return None;
    }
    date.day = day;
    date.part = part;
    date.weekday = None;
    date.holiday = None;
    Date::new(date.year, date.month, day).ok()?;
    Some((after_day, date, written))
}

/// A night runs into the dawn of the day after it, written `rạng` and that day's date: the
/// night is the day before, in that date's month and year (`đêm 12 rạng sáng 13/8`, `đêm 30
/// rạng sáng 1/5` is the night of April 30).
fn night_before_a_dawn(link: &str, day: u8, depth: u8) -> Option<Date> {
    crate::text::keyword_rest(link, "rạng")?;
    let (dawn, _) = partner_date(link, depth)?;
    let (year, month) = match dawn.day {
        1 if dawn.month == 1 => (dawn.year.map(|y| y.saturating_sub(1)), 12),
        1 => (dawn.year, dawn.month.saturating_sub(1)),
        _ => (dawn.year, dawn.month),
    };
    let night = if dawn.day == 1 {
        crate::date::days_in_month(year, month)
    } else {
        dawn.day.saturating_sub(1)
    };
    // (With no year, February's last night is the 28th or the 29th; a lunar month's length is
    // not known, so its first dawn follows no night read here.)
    let last_of_february = year.is_none() && month == 2 && dawn.day == 1 && day == 28;
    let solar = dawn.calendar == crate::date::Calendar::Solar;
    ((night == day || last_of_february) && (solar || dawn.day > 1)).then_some(Date {
        year,
        month,
        day,
        part: Some(crate::date::DayPart::Night),
        weekday: None,
        holiday: None,
        ..dawn
    })
}

/// Whether a day joined by a dash to a day and month written `d/m` that no noun follows makes a
/// span of days, with no cue (`Phòng vé cuối tuần 14-16/3:`, `Lễ hội diễn ra 20-22/4.`): a
/// fraction is not given as a range of numerators, and one that counts names what it counts
/// (`1-2/3 số hộ`).
fn span_of_days_dashed(dashed: bool, partner: &str) -> bool {
    dashed
        && kept_raw_date(partner).is_some_and(|(after, raw)| {
            raw.separator == Some('/')
                && raw.is_valid()
                && crate::quantity::unit_after(crate::quantity::Units::shared(), after).is_none()
                && !crate::quantity::noun_follows(after)
                // (Nor a street's name: `12-14/5 Lê Lợi` is a house number.)
                && !next_word(after).is_some_and(|(w, _)| is_capitalized(w))
        })
}

/// `after` past `hết` (the end of: `đến hết ngày 15/3` takes the last day in), if it opens
/// with it.
fn to_the_end(after: &str) -> &str {
    space1(after)
        .ok()
        .and_then(|(r, _)| crate::text::keyword_rest(r, "hết"))
        .unwrap_or(after)
}

/// The complete date a list of days ends in (`22 tháng 7 năm 1883` for `21 và 22 tháng 7 năm
/// 1883`), and whether it is written out with `tháng` or a cue, which makes a list of bare
/// numbers before it days.
pub(super) fn partner_date(input: &str, depth: u8) -> Option<(Date, bool)> {
    match kept_raw_date(input) {
        Some((_, raw)) if raw.is_valid() => Some((raw.date, raw.cued)),
        _ => borrowed_day_within(input, true, depth.checked_sub(1)?)
            .map(|(_, date, written)| (date, written)),
    }
}

/// The last entity, if only spaces and the marks `links` allows stand between its end and
/// `pos`: the entity a reading at `pos` is written right after.
pub(super) fn last_just_before<'e>(
    text: &str,
    last: Option<&'e Entity>,
    pos: usize,
    links: fn(char) -> bool,
) -> Option<&'e Entity> {
    last.filter(|e| {
        text.get(e.span.end..pos)
            .is_some_and(|b| b.chars().all(|c| crate::text::is_space(c) || links(c)))
    })
}

/// A comma, the mark between a time or a day and what goes with it (`0 giờ, 31.12`).
fn comma(c: char) -> bool {
    c == ','
}

/// Whether a time stands just before `pos` (spaces or a comma between): `0 giờ 31.12`, where
/// the `d.m` after it is its day.
pub(super) fn follows_time(text: &str, last: Option<&Entity>, pos: usize) -> bool {
    last_just_before(text, last, pos, comma).is_some_and(|e| matches!(e.value, Value::Time(_)))
}

/// Whether a time stands right before `pos`, spaces alone between: a `d/m` there is its day,
/// whatever noun follows (`lúc 9h sáng 3/4 học sinh tựu trường`, `17h chiều 7/11 đo được`),
/// where after a comma it may open the next clause with a share (`Lúc 9h, 3/4 học sinh…`).
pub(super) fn right_after_a_time(text: &str, last: Option<&Entity>, pos: usize) -> bool {
    last_just_before(text, last, pos, |_| false).is_some_and(|e| matches!(e.value, Value::Time(_)))
}

/// `6h17 sáng 14/6`: the part of the day the time just before took applies to the date too.
pub(super) fn part_of_time_before(
    text: &str,
    last: Option<&Entity>,
    pos: usize,
) -> Option<crate::date::DayPart> {
    match &last_just_before(text, last, pos, comma)?.value {
        Value::Time(time) => time.part,
        _ => None,
    }
}

/// Whether the text between the last entity and `pos` links a list of days: the last entity
/// is a date and only `,`, a dash or a word of [`DAY_LINKS`] stand between.
pub(super) fn continues_days(text: &str, last: Option<&Entity>, pos: usize) -> bool {
    link_after_a_date(text, last, pos).is_some_and(|link| link == "," || links_days(link))
}

/// Whether the text between the last entity and `pos` joins a second day to a date as its
/// partner: a word of [`DAY_LINKS`], a dash or a plus (`nghỉ 30/4 + 1/5`), not a comma (after
/// which a clause may begin: `Ngày 5/3, 2/3 học sinh đã tiêm`).
pub(super) fn pairs_days(text: &str, last: Option<&Entity>, pos: usize) -> bool {
    link_after_a_date(text, last, pos).is_some_and(links_days)
}

/// A part named right after `trong đó` or `trong số đó` (of which) takes a share of the count
/// just made in the same sentence, so a `d/m` there is a fraction of it, no day (`Lớp có 40 em,
/// trong đó 1/4 là học sinh giỏi`); after a count of days or times it may be one of them (`nghỉ
/// 5 ngày, trong đó 2/9 là ngày chính`), and a day is kept.
pub(super) fn part_of_the_count_before(text: &str, last: Option<&Entity>, pos: usize) -> bool {
    // (The count and its part are one sentence of a few words: `300 hộ, trong đó`.)
    const REACH: usize = 48;
    let Some(e) = last else {
        return false;
    };
    // (Where the last entity is no count, a year or a sum named after the count, the part is
    // still of the count: `có 326 hội viên, tăng so với năm 2023, trong đó 1/3 là nữ`.)
    let of_days = match &e.value {
        Value::Quantity(q) => crate::quantity::of_time_or_times(&q.unit),
        Value::Date(_) | Value::Time(_) => true,
        _ => false,
    };
    let between = text.get(e.span.end..pos).unwrap_or_default();
    let one_sentence =
        crate::text::fits(between, REACH) && !between.contains(['.', '!', '?', ';', '\n']);
    let of_which =
        || ends_with_phrase(between, "trong đó") || ends_with_phrase(between, "trong số đó");
    one_sentence && !of_days && of_which()
}

/// Whether `link`, trimmed, joins two days: a word of [`DAY_LINKS`], a dash or a plus.
fn links_days(link: &str) -> bool {
    matches!(link, "-" | "–" | "+") || word_in(link, DAY_LINKS)
}

/// The words that join two days, of a list or a span (`14 và 15/5`, `5 đến 7/9`, `mùng 2 hoặc
/// 16 tháng 7`, and `với` as speech and chat say `và`, `mùng 8 với 16 tháng Chạp`): the day
/// that borrows its month from the second, and the second that goes on from the first, are
/// joined by the same words.
const DAY_LINKS: &[&str] = &["và", "đến", "tới", "hoặc", "hay", "với"];

/// The text between the last entity, if it is a date, and `pos`, trimmed of spaces.
fn link_after_a_date<'t>(text: &'t str, last: Option<&Entity>, pos: usize) -> Option<&'t str> {
    let last = last.filter(|e| matches!(e.value, Value::Date(_)))?;
    // The link is a word or a sign: a longer stretch links nothing (and is not folded, so
    // that a date far back costs nothing).
    let link = text.get(last.span.end..pos).unwrap_or_default();
    crate::text::fits(link, 16).then(|| link.trim_matches(crate::text::is_space))
}

/// The numbers of a chain of three or more joined by dashes, before a unit, are a list of
/// amounts of that unit, each its own (`Trẻ 3-4-5 tuổi`, `cự ly 5-10-21 km`): the unit a number
/// of such a chain borrows, if `input` opens one that is not its last (the last reads its unit
/// itself), with the text after the number.
pub(super) fn unit_of_the_chain<'a>(
    units: &Units,
    before: &str,
    input: &'a str,
) -> Option<(&'a str, Quantity)> {
    // A chain is short: a few bytes on either side are looked at (see `in_a_code_of_numbers`).
    const NEAR: usize = 24;
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    let after = input.get(digits..)?;
    // The numbers after this one, each after a dash.
    let mut forward: u8 = 0;
    let mut end = after;
    while let Some(next) = end.strip_prefix('-') {
        let run = next.bytes().take_while(u8::is_ascii_digit).count();
        if run == 0 || input.len().saturating_sub(next.len()) > NEAR {
            break;
        }
        forward = forward.saturating_add(1);
        end = next.get(run..)?;
    }
    // The numbers before it, each before a dash.
    let mut backward: u8 = 0;
    let mut head = before;
    while let Some(rest) = head.strip_suffix('-') {
        let run = rest.bytes().rev().take_while(u8::is_ascii_digit).count();
        if run == 0 || before.len().saturating_sub(rest.len()) > NEAR {
            break;
        }
        backward = backward.saturating_add(1);
        head = rest.get(..rest.len().saturating_sub(run))?;
    }
    // (A chain glued to a word is a code's: `BT02-21-05`.)
    let glued = head.ends_with(|c: char| c.is_alphanumeric() || crate::text::is_word_char(c));
    if forward == 0
        || backward.saturating_add(forward) < 2
        || glued
        || end.starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    // (Hours of the clock are the readers of times': `7-8-9 giờ`.)
    let (unit, _) =
        crate::quantity::unit_of_a_chain(units, end).filter(|(u, _)| u != "giờ" && u != "h")?;
    let value = input.get(..digits)?.parse::<Decimal>().ok()?;
    Some((
        after,
        Quantity {
            amount: Amount::Exact(value),
            unit,
            approx: None,
        },
    ))
}

/// Whether `amount`, read at `input` (with `before` before it), is a range across the dashes of
/// a chain of numbers, of which [`unit_of_the_chain`] reads each alone.
pub(super) fn range_in_a_chain(amount: &Amount, before: &str, input: &str) -> bool {
    matches!(amount, Amount::Range(..)) && in_a_chain(before, input)
}

/// Whether `before` ends with a number and a dash, joined to what follows (`1-` of `1-3-6`).
pub(super) fn joined_by_a_dash(before: &str) -> bool {
    before
        .strip_suffix('-')
        .is_some_and(|r| r.ends_with(|c: char| c.is_ascii_digit()))
}

/// Whether the number at `input` (with `before` before it) is one of a chain of three numbers
/// or more joined by dashes.
fn in_a_chain(before: &str, input: &str) -> bool {
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    let after = input.get(digits..).unwrap_or_default();
    let dash_digit = |s: &str| {
        s.strip_prefix('-')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    };
    let joined_before = joined_by_a_dash(before);
    // Joined on both sides, or after one number and before two (`4` of `3-4-5`, `3` of
    // `3-4-5`).
    let second = after
        .strip_prefix('-')
        .map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit()))
        .is_some_and(dash_digit);
    joined_before && dash_digit(after)
        || dash_digit(after) && second
        || joined_before && {
            let head = before.strip_suffix('-').unwrap_or_default();
            let head = head.trim_end_matches(|c: char| c.is_ascii_digit());
            head.strip_suffix('-')
                .is_some_and(|r| r.ends_with(|c: char| c.is_ascii_digit()))
        }
}

/// `26` in `lần lượt 26 và 25 điểm`: a number in digits that borrows what it counts from
/// the quantity it is coordinated with.
pub(super) fn borrowed_unit<'a>(units: &Units, input: &'a str) -> Option<(&'a str, Quantity)> {
    // (A list is short: a few items on at most, so that a long run of numbers stays linear.)
    borrowed_unit_within(units, input, 4)
}

/// [`borrowed_unit`], the partner itself borrowing from the next item up to `depth` items on
/// (`1, 2, 4 hoặc 8 giờ`).
fn borrowed_unit_within<'a>(
    units: &Units,
    input: &'a str,
    depth: u8,
) -> Option<(&'a str, Quantity)> {
    // (In words only of two words or more, before a partner in words: `ba mươi hoặc ba mươi
    // mốt ngày`; one number word alone is as often something else, `ba` a father.)
    let in_words = !input.starts_with(|c: char| c.is_ascii_digit());
    // (A number in words of one word lends nothing: asked of the second word before the
    // amount is read, as most number words in a text stand alone.)
    if in_words
        && !split_word(input)
            .and_then(|(_, after)| next_word(after))
            .is_some_and(|(w, _)| crate::number::is_number_word(w))
    {
        return None;
    }
    let (after, first) = crate::number::amount(input).ok()?;
    // `3 triệu, 30m2`: a scaled amount is a price or a sum, not a count.
    if first.scaled || in_words && first.words < 2 {
        return None;
    }
    let (link, _) = space0_str(after);
    if let Some(unit) = measure_after_the_sides(units, first.value, link) {
        let amount = Amount::Exact(first.value);
        return Some((
            after,
            Quantity {
                amount,
                unit,
                approx: None,
            },
        ));
    }
    let partner = match link.strip_prefix(',') {
        Some(r) => r,
        // (`hay`, or, links two numbers as `hoặc` does: `2 hay 3 con bò`.)
        None => crate::text::find_phrase(link, LIST_LINKS).map(|(_, len)| &link[len..])?,
    };
    let (partner, _) = space0_str(partner);
    // (In words, the partner too of two words or more, and no percentage: `chín mươi hai, hai
    // người con` is an age, then a count; `hai mươi và ba mươi phần trăm` lends no noun.)
    let partner_in_words = || {
        crate::number::amount(after_qualifier(partner))
            .is_ok_and(|(_, a)| a.digits.is_none() && a.words >= 2)
            && crate::percent::percent(partner).is_err()
    };
    if in_words && !partner_in_words() {
        return None;
    }
    // (`đạt 8 và không em nào dưới 5`: `không` before a noun denies it, no count of zero to
    // lend.)
    // (`không quá 4 người`, `không dưới 5 cán bộ`: a qualifier, whose count lends.)
    let denied = split_word(partner).is_some_and(|(w, _)| same(w, "không"))
        && crate::number::approx_phrase(partner).is_err();
    if denied {
        return None;
    }
    // (A partner that is a number followed by a comma or a link is an item of the list
    // itself, which can be no count: it borrows in turn.)
    let item = {
        let extent = crate::number::numeral_extent(partner);
        let (link, _) = space0_str(partner.get(extent..).unwrap_or_default());
        let linked = link.starts_with(',') || crate::text::find_phrase(link, LIST_LINKS).is_some();
        extent > 0 && linked
    };
    let (after_partner, q) = if item {
        let deeper = depth.checked_sub(1).filter(|d| *d > 0)?;
        borrowed_unit_within(units, partner, deeper)?
    } else {
        quantity(units, partner)
            .ok()
            .or_else(|| open_quantity(partner, false))?
    };
    // (`ngày 1 và 15 hàng tháng`: a partner that recurs counts nothing to lend; nor one that
    // names the building its number is in, `Căn 12 và 14 dãy C`.)
    if frequency_after(&q, after_partner) || super::registry::names_a_building(&q, after_partner) {
        return None;
    }
    // (`World Cup 2026, 19h30`, `Tập 25, 20h45`: an hour with its minutes glued after a number
    // more than its hours is the clock's, no count of hours to lend; a list of lengths goes
    // up, `massage 1, 1h30 hoặc 2h`, `mất 2, 2h30`.)
    let hours = match q.amount {
        Amount::Exact(h) | Amount::Range(_, h) => h,
    };
    if ["giờ", "h", "g"].contains(&q.unit.as_str())
        && after_partner.starts_with(|c: char| c.is_ascii_digit())
        && first.value > hours
    {
        return None;
    }
    let amount = Amount::Exact(first.value);
    Some((
        after,
        Quantity {
            amount,
            unit: q.unit,
            approx: None,
        },
    ))
}

/// The sides of a size are numbers joined by `x` or `×` and measured by the length after the
/// last (`4.425 x 1.740 x 1.475 mm`): that length, if `link` (what follows the first side,
/// `first`) opens such a chain of three sides at most. A count times a measure (`2 x 500 mg`,
/// `4 x 400 m`, `3 ly x 6.000đ`) multiplies and lends nothing: two sides of a size are of one
/// order (the first at least a tenth of the second), or there are three.
fn measure_after_the_sides(units: &Units, first: Decimal, link: &str) -> Option<String> {
    const LENGTHS: &[&str] = &["mm", "cm", "dm", "m", "mét", "km", "inch"];
    let mut link = link;
    for sides in 2..=3 {
        let after_x = link.strip_prefix(['x', 'X', '×'])?;
        let (side, _) = space0_str(after_x);
        if !side.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        if let Ok((_, q)) = quantity(units, side) {
            let Amount::Exact(last) = q.amount else {
                return None;
            };
            let of_one_order =
                sides == 3 || first.checked_mul(Decimal::TEN).is_some_and(|f| f >= last);
            return (LENGTHS.contains(&q.unit.as_str()) && q.approx.is_none() && of_one_order)
                .then_some(q.unit);
        }
        let (after_side, _) = crate::number::amount(side).ok()?;
        link = space0_str(after_side).0;
    }
    None
}

/// The first end of a change measures what its second end does: a plain number after `từ`,
/// joined by `lên` or `xuống` to a count, a measure or a percentage, counts the same noun or
/// is a percentage too (`tăng từ 180 lên 210 chuyến`, `giảm từ 12 xuống còn 9 tấn`, `từ 5 lên
/// 7%`), as the two ends of a change in money share the currency
/// ([`currency_along_the_list`]). A second end with a scale word lends nothing (`từ 3 lên 5
/// triệu người`: three people or three million, the text does not say).
pub(super) fn measure_of_a_change(text: &str, found: &mut [Entity]) {
    for second in 1..found.len() {
        let first = second.saturating_sub(1);
        let (Some(from), Some(to)) = (found.get(first), found.get(second)) else {
            continue;
        };
        let Value::Number {
            value: Amount::Exact(start),
            approx: None,
        } = from.value
        else {
            continue;
        };
        let link = text.get(from.span.end..to.span.start).unwrap_or_default();
        let before = text.get(..from.span.start).unwrap_or_default();
        let unscaled = || {
            let written = text.get(to.span.clone()).unwrap_or_default();
            crate::number::amount(written).is_ok_and(|(_, a)| !a.scaled)
        };
        if !links_a_change(before, link) || !unscaled() {
            continue;
        }
        let start = Amount::Exact(start);
        let lent = match &to.value {
            Value::Quantity(q) if q.approx.is_none() => Value::Quantity(Quantity {
                amount: start,
                unit: q.unit.clone(),
                approx: None,
            }),
            Value::Percent(p) if p.approx.is_none() => Value::Percent(Percent {
                amount: start,
                approx: None,
            }),
            _ => continue,
        };
        if let Some(from) = found.get_mut(first) {
            from.value = lent;
        }
    }
}

/// Whether `link` joins the two ends of a change whose first follows `before`: `từ` before it,
/// then `lên` or `xuống`, and `còn` or `mức` after that or nothing (`từ 5 xuống còn 3`).
fn links_a_change(before: &str, link: &str) -> bool {
    let from = previous_word(before).is_some_and(|w| same(w, "từ"));
    let turn = next_word(link).is_some_and(|(w, rest)| {
        let rest = rest.trim_matches(crate::text::is_space);
        word_in(w, &["lên", "xuống"]) && (rest.is_empty() || word_in(rest, &["còn", "mức"]))
    });
    from && turn
}

/// In a list of amounts whose last item carries a currency, every plain number of the list
/// borrows it, and so does the first end of a change (`từ 85 triệu xuống 83,5 triệu đồng`):
/// `các mệnh giá 10.000, 20.000 và 50.000 đồng` is three sums of money, `giá 5, 7 hoặc 9 USD`
/// three; where the last item has a scale word the others, numbers under a
/// thousand, borrow the scale too (`hai mức thưởng 20 và 25 triệu đồng`: 20 and 25 million). A
/// list after a label (`Điều 5, 200.000 đồng`) or a noun of time (`lương tháng 13 và 2 triệu
/// đồng`) borrows nothing.
// `clone`, not a copy: a sum of money may gain fields that are not `Copy` (the `per` of a price).
#[allow(clippy::clone_on_copy)]
pub(super) fn currency_along_the_list(text: &str, found: &mut [Entity]) {
    for last in (1..found.len()).rev() {
        let Some(Entity {
            value: Value::Money(money),
            span,
        }) = found.get(last)
        else {
            continue;
        };
        // (A sum in words lends to sums of their own only: `hai triệu, ba triệu đồng`.)
        let Some((scale, in_words)) = lent_scale(text.get(span.clone()).unwrap_or_default(), money)
        else {
            continue;
        };
        let money = money.clone();
        let in_dong = money.currency.code() == "VND";
        // The plain numbers before it, each linked to the next by `,`, `và` or `hoặc`.
        let mut first = last;
        while let Some(before) = first.checked_sub(1) {
            let (Some(item), Some(next)) = (found.get(before), found.get(first)) else {
                break;
            };
            let plain = matches!(
                item.value,
                Value::Number {
                    value: Amount::Exact(_),
                    ..
                }
            );
            let link = text.get(item.span.end..next.span.start).unwrap_or_default();
            // (`từ 85 triệu xuống 83,5 triệu đồng`: the two ends of a change share the
            // currency as the items of a list do.)
            let change = || {
                word_in(link.trim_matches(crate::text::is_space), &["lên", "xuống"])
                    && previous_word(text.get(..item.span.start).unwrap_or_default())
                        .is_some_and(|w| same(w, "từ"))
            };
            // (Items named before their prices, `cà phê đen 25.000, bạc xỉu 30.000 và trà đào
            // 35.000 đồng`: sums as such, in slang or grouped in thousands, each.)
            let priced = || {
                let written = |e: &Entity| text.get(e.span.clone()).unwrap_or_default();
                // (Not a scale word alone: `giá 3,5 triệu, điện 3.500đ/kWh` names no currency
                // for the rent.)
                let grouped = |w: &str| {
                    crate::number::numeral(w).is_ok_and(|(after, n)| {
                        n.grouping == crate::number::Grouping::Thousands
                            && !next_word(after)
                                .is_some_and(|(w, _)| crate::words::lexer::is_scale_word(w))
                    })
                };
                // (Sums grouped in thousands, no slang of money, are prices only under a word
                // of price: `Dân số 120.000, thu nhập 45.000 đồng` names a count first.)
                let slang = |e: &Entity| in_slang_of_money(written(e));
                // (The word of price is sought before the earlier item of the pair, `item`,
                // for both: a word before it is before the later one too, and a long list stays
                // under it, `Giá cà phê sáng 14/11: Đắk Lắk 128.500, Lâm Đồng 127.800, Gia Lai
                // 128.300, Đắk Nông 128.700 đ/kg`.)
                let grouped = |e: &Entity| {
                    grouped(written(e)) && priced_in_the_clause(text, item, PRICES_IN_FULL)
                };
                // (Sums with a scale word, where the sum with the currency has one too: `Học
                // phí: cơ bản 800 nghìn, nâng cao 1,5 triệu và chuyên sâu 3 triệu đồng`.)
                // (In dong, the currency sums with a scale are priced in, and linked as
                // siblings, not as a part of the one before: `huy động 500 tỷ, gồm 200 triệu
                // USD vốn ngoại` lends nothing.)
                let link_words = link.trim_start_matches([',', ' ']);
                let a_part = split_word(link_words)
                    .is_some_and(|(w, _)| word_in(w, &["gồm", "trong", "bao", "riêng", "còn"]));
                let last_scaled = || {
                    in_dong
                        && !a_part
                        && found
                            .get(last)
                            .is_some_and(|e| with_a_scale_word(written(e)))
                };
                let scaled = |e: &Entity| {
                    with_a_scale_word(written(e))
                        && (priced_in_the_clause(text, item, PRICES) || under_a_heading(text, e))
                };
                let sum = |e: &Entity| slang(e) || grouped(e) || scaled(e) && last_scaled();
                // (A price per a unit, last, after a word of another charge is of that charge
                // alone: `giá thuê 6tr, phí quản lý 16.500đ/m2/tháng` names no currency for the
                // rent, where `ship nội thành 15k, ngoại thành 25k và tỉnh khác 35k đồng/đơn`
                // prices one thing by the same unit.)
                // (The same word before both is one list, `giá lẻ 85k, giá sỉ 70k đồng/kg`.)
                const CHARGES: &[&str] = &["phí", "giá", "tiền", "cước", "cọc"];
                let before_item = text.get(..item.span.start).unwrap_or_default();
                let charged_before = |charge: &str| {
                    words_back(before_item)
                        .take(4)
                        .any(|(w, _)| same(w, charge))
                };
                let another_charge = money.per.is_some()
                    && link
                        .split_whitespace()
                        .any(|w| word_in(w, CHARGES) && !charged_before(w));
                links_priced_items(link) && !another_charge && sum(item) && sum(next)
            };
            let models_year = || {
                a_models_year(
                    text.get(..item.span.start).unwrap_or_default(),
                    text.get(item.span.clone()).unwrap_or_default(),
                )
            };
            if !plain
                || models_year()
                || !(is_list_link(link)
                    || change()
                    || quoted_both_ways(text, item, link)
                    || priced())
            {
                break;
            }
            first = before;
        }
        let Some(first_start) = found.get(first).map(|e| e.span.start) else {
            continue;
        };
        let before_list = text.get(..first_start).unwrap_or_default();
        // (A label numbers things one by one: a number grouped in thousands is none of its.)
        let first_is_a_sum = found
            .get(first)
            .is_some_and(|e| is_a_sum_of_its_own(text.get(e.span.clone()).unwrap_or_default()));
        // (`lương tháng 13 và 2 triệu đồng`: the number right after a noun of time names that
        // month or year, and borrows nothing; after a period taken distributively it is the
        // price of each: `học phí mỗi tháng 500, 700 và 900 nghìn đồng`.)
        let names_a_time = previous_word(before_list)
            .is_some_and(|w| word_in(w, crate::quantity::DURATIONS))
            && !label_taken_distributively(before_list);
        if first == last || is_labelled(before_list) && !first_is_a_sum || names_a_time {
            continue;
        }
        // A scale is lent only to a list that opens after a word of plain Vietnamese: after a
        // name or a model (`iPhone 15 và 20 triệu đồng`, `Wave 110`), the number is its own.
        // Items that carry their own short scale (`Váy 350k, túi 420k VNĐ`) borrow only the
        // currency, whatever opens the list.
        let slang = || {
            found
                .get(first..last)
                .unwrap_or_default()
                .iter()
                .map(|e| text.get(e.span.clone()).unwrap_or_default())
                .all(|w| in_slang_of_money(w) || with_a_scale_word(w))
        };
        if scale != Decimal::ONE && !after_a_plain_word(before_list) && !slang() {
            continue;
        }
        let items = found.get_mut(first..last).unwrap_or_default();
        // With a scale to lend, every item takes it (a number under a thousand) or is a sum of
        // its own (`800.000, 1,2 triệu và 2 triệu đồng`, `50.000, 1,5 triệu và 3 triệu đồng`),
        // or none takes the currency.
        let scaled = |written: &str, value: &Amount| match value {
            Amount::Exact(n)
                if scale == Decimal::ONE && !in_words || is_a_sum_of_its_own(written) =>
            {
                Some(Amount::Exact(*n))
            }
            Amount::Exact(n) if *n < Decimal::from(1000) && !in_words => {
                n.checked_mul(scale).map(Amount::Exact)
            }
            _ => None,
        };
        let written = |item: &Entity| text.get(item.span.clone()).unwrap_or_default();
        let all_take_it = items.iter().all(|item| match &item.value {
            Value::Number { value, .. } => scaled(written(item), value).is_some(),
            _ => false,
        });
        if !all_take_it {
            continue;
        }
        for item in items {
            let Value::Number { value, approx } = &item.value else {
                continue;
            };
            let Some(amount) = scaled(written(item), value) else {
                continue;
            };
            item.value = Value::Money(Money {
                amount,
                approx: *approx,
                ..money.clone()
            });
        }
    }
}

/// Whether `item` is the buying price of a quote whose selling price follows after `link`
/// (`mua vào 25.150, bán ra 25.520 đồng`, `mua vô 9,05tr bán ra 9,25tr đ/chỉ`, `mua vào 85,5 -
/// bán ra 87,5 triệu đồng/lượng`): the two sides of a quote share its currency as the items of
/// a list do. Words between the selling word and its price say where or to whom (`bán ra chợ
/// đầu mối 68.000 đồng/kg`).
fn quoted_both_ways(text: &str, item: &Entity, link: &str) -> bool {
    let before = text.get(..item.span.start).unwrap_or_default();
    let bought = ["mua vào", "mua vô", "mua"]
        .iter()
        .any(|w| ends_with_phrase(before, w));
    // (A dash sets the two sides apart as a comma does: `mua vào 85,5 - bán ra 87,5 triệu
    // đồng/lượng`.)
    let link =
        link.trim_matches(|c: char| crate::text::is_space(c) || matches!(c, ',' | ';' | '-' | '–'));
    // The selling word first, then five words at most: no number, no other clause (words
    // are counted, not characters, which decomposed marks would make more).
    let plain_words = |rest: &str| {
        rest.chars()
            .all(|c| crate::text::is_word_char(c) || crate::text::is_space(c))
    };
    // (`và` may join the two sides: `mua 85,5 và bán 87,5 triệu đồng/lượng`.)
    let link = crate::text::keyword_rest(link, "và").map_or(link, |r| r.trim_start());
    let sold = ["bán ra", "giá bán", "bán"].iter().any(|w| {
        crate::text::keyword_rest(link, w)
            .is_some_and(|rest| rest.split_whitespace().count() <= 5 && plain_words(rest))
    });
    bought && sold
}

/// Whether the word before `before`'s end, a colon aside (`ba loại: 30, 50 và 80 nghìn
/// đồng`), is a word of plain Vietnamese: a syllable in lower case, or capitalized only as the
/// first word of a sentence (`Thưởng 3, 5 và 10 triệu đồng`); no name's (`Games`), no model's
/// (`iPhone`).
fn after_a_plain_word(before: &str) -> bool {
    let before = before.trim_end_matches(|c: char| crate::text::is_space(c) || c == ':');
    previous_word(before).is_some_and(|w| {
        let first_of_a_sentence =
            || without_last(before, w.len()).is_some_and(opens_a_sentence) && is_capitalized(w);
        crate::text::is_syllable(w) && (w.starts_with(char::is_lowercase) || first_of_a_sentence())
    })
}

/// Whether an item of a list, as written, is a sum of its own, which keeps its value when the
/// list lends its currency: digits grouped in thousands (`800.000`) or with a scale word (`1,2
/// triệu`), or words with one (`hai triệu, ba triệu đồng`).
fn is_a_sum_of_its_own(written: &str) -> bool {
    let in_words_with_a_scale =
        || crate::number::amount(written).is_ok_and(|(_, a)| a.digits.is_none() && a.scaled);
    crate::number::numeral(written).is_ok_and(|(after, numeral)| {
        numeral.grouping == crate::number::Grouping::Thousands
            || next_word(after).is_some_and(|(w, _)| crate::words::lexer::is_scale_word(w))
            || glued_scale(after)
    }) || in_words_with_a_scale()
}

/// Whether a short scale is glued to the digits before `after` (`9,05tr`, `500k`).
fn glued_scale(after: &str) -> bool {
    let scale = |w: &str| {
        matches!(
            crate::words::lexer::word_token(w),
            Some(crate::words::lexer::Token::Scale { .. })
        )
    };
    // (With the sign of the đồng glued after it too: `120kđ`.)
    split_word(after).is_some_and(|(w, _)| scale(w) || w.strip_suffix('đ').is_some_and(scale))
}

/// The scale a sum of money as written lends the plain numbers of its list with its currency:
/// one for digits and the currency (`50.000 đồng`), the scale's value for digits, one scale
/// word and the currency (`25 triệu đồng`: a million), one for words with a scale (`ba triệu
/// đồng`, which lends to sums of their own only, as the second of the pair says); none for any
/// other form.
fn lent_scale(written: &str, money: &Money) -> Option<(Decimal, bool)> {
    let Ok((after_digits, numeral)) = crate::number::numeral(written) else {
        // (In words with a scale, `ba triệu đồng`: only the currency, to sums of their own.)
        // (A sum opens with a number word: a sign or a code before is read no further.)
        if !written.starts_with(char::is_alphabetic) {
            return None;
        }
        let (after, amount) = crate::number::amount(written).ok()?;
        let lends = amount.digits.is_none()
            && amount.scaled
            && crate::money::currency_after(after).is_some();
        return lends.then_some((Decimal::ONE, true));
    };
    if crate::money::currency_after(after_digits).is_some() {
        return Some((Decimal::ONE, false));
    }
    // The scale after a space (`25 triệu đồng`) or glued, short (`9,25tr đ`).
    let (after_scale, spaces) = crate::text::space0(after_digits).ok()?;
    let (scale_word, after_word) = split_word(after_scale)?;
    // (`120kđ`: the sign glued to the short scale; `2tr8 VNĐ`: the digit of the short form
    // glued after it. Either way the sum is the item's own, and only the currency is lent.)
    let signed = spaces.is_empty() && scale_word.ends_with('đ') && glued_scale(after_scale);
    let after_word = after_word.trim_start_matches(|c: char| c.is_ascii_digit());
    let is_scale = if spaces.is_empty() {
        glued_scale(after_scale)
    } else {
        crate::words::lexer::is_scale_word(scale_word)
    };
    let Amount::Exact(amount) = money.amount else {
        return None;
    };
    let scale = amount.checked_div(numeral.value)?;
    (is_scale && (signed || crate::money::currency_after(after_word).is_some()))
        .then_some((scale, false))
}

/// Whether `link` links two items of a list: `,`, `và`, `hoặc`, `hay`, `, và` with spaces
/// around.
pub(super) fn is_list_link(link: &str) -> bool {
    let link = link.trim_matches(crate::text::is_space);
    match link.strip_prefix(',') {
        Some(rest) => {
            let rest = rest.trim_start_matches(crate::text::is_space);
            rest.is_empty() || word_in(rest, LIST_LINKS)
        }
        None => word_in(link, LIST_LINKS),
    }
}

/// Whether `link`, trimmed, joins the bounds of a range: a dash, `đến` or `tới`.
pub(super) fn is_range_link(link: &str) -> bool {
    let link = link.trim_matches(crate::text::is_space);
    matches!(link, "-" | "–") || word_in(link, &["đến", "tới"])
}

/// The words that link the items of a list (`và`, `hoặc`, `hay`).
pub(super) const LIST_LINKS: &[&str] = &["và", "hoặc", "hay"];

/// Whether `link` goes from one priced item of a list to the next, named by a few words
/// (`120k, quần jean 250k`, `15k, ngoại thành 25k và tỉnh khác 35k`): a comma or a link of a
/// list, then one to four words and nothing else.
fn links_priced_items(link: &str) -> bool {
    let link = link.trim_matches(crate::text::is_space);
    let Some(named) = link.strip_prefix(',').or_else(|| {
        LIST_LINKS
            .iter()
            .find_map(|w| crate::text::keyword_rest(link, w))
    }) else {
        return false;
    };
    let words = named.split(crate::text::is_space).filter(|w| !w.is_empty());
    let mut count = 0usize;
    for word in words {
        let letters = word.chars().all(crate::text::is_word_char);
        count = count.saturating_add(1);
        if !letters || count > 4 {
            return false;
        }
    }
    count > 0
}

/// How far back, in letters, a word of price is looked for before an item of a list.
const CLAUSE_REACH: usize = 300;

/// The clause before `e`: back to the last stop, `;` or line break, within [`CLAUSE_REACH`]
/// letters (the search is bounded, so that a long line stays linear). A dot between digits
/// groups them and ends nothing.
fn clause_before<'t>(text: &'t str, e: &Entity) -> &'t str {
    let start = e.span.start;
    let before = crate::text::tail(text.get(..start).unwrap_or_default(), CLAUSE_REACH);
    [". ", "; ", "\n", "! ", "? "]
        .iter()
        .filter_map(|end| before.rfind(end).map(|at| at.saturating_add(end.len())))
        .max()
        .map_or(before, |from| before.get(from..).unwrap_or_default())
}

/// Words of price (`giá`, `phí`, `cước`) and of pay (`lương`, `thưởng`), under which a list of
/// sums is of prices (see [`priced_in_the_clause`]).
const PRICES: &[&str] = &["giá", "phí", "cước", "lương", "thưởng"];

/// [`PRICES`], and the words of a ticket and of money (`vé`, `tiền`), under which a list of
/// amounts written in full (`100.000`) is of prices, where a list of amounts in slang or with
/// a scale word may be of sums of other kinds (`tiền sang 150 triệu, mặt bằng 18 triệu đồng
/// mỗi tháng`).
const PRICES_IN_FULL: &[&str] = &["giá", "phí", "cước", "lương", "thưởng", "vé", "tiền"];

/// Whether a word of `prices` stands in the clause before `e`, a few words back: `Bảng giá: cà
/// phê đen 25.000`, `Phí giữ xe: xe đạp 2.000`, `Vé người lớn 100.000, trẻ em 50.000 đồng`.
///
/// The word is sought among the last words before `e`, or among the first words of its clause,
/// where a heading names what a long list prices (`Giá heo hơi ngày 5/6: miền Bắc 68.000, …,
/// Đồng bằng sông Cửu Long 66.000 đồng/kg`).
fn priced_in_the_clause(text: &str, e: &Entity, prices: &[&str]) -> bool {
    /// The words before `e` looked at, and the first words of the clause.
    const WORDS_BEFORE: usize = 16;
    const WORDS_OF_A_HEADING: usize = 8;
    let clause = clause_before(text, e);
    let words = || clause.split(char::is_whitespace).filter(|w| !w.is_empty());
    // (Word by word past punctuation: `Bảng giá: cà phê`.)
    let priced = |w: &str| word_in(w.trim_matches(|c: char| c.is_ascii_punctuation()), prices);
    words().rev().take(WORDS_BEFORE).any(priced) || words().take(WORDS_OF_A_HEADING).any(priced)
}

/// Whether a heading and a colon open the sentence of `e`, and `e`'s item is named in title
/// case (`Thưởng Tết: Khối Văn phòng 8 triệu, …`, `Mức hỗ trợ: Hộ nghèo 1,5 triệu, …`): the
/// items of such a list of sums are what the heading gives, as under a word of price.
fn under_a_heading(text: &str, e: &Entity) -> bool {
    let sentence = clause_before(text, e);
    // (Items named in title case, as a table's rows are: `dân số 1,2 triệu` under `Kết quả:`
    // is a count, no sum.)
    let item = sentence
        .rfind([',', ':'])
        .and_then(|at| sentence.get(at.saturating_add(1)..))
        .unwrap_or_default();
    sentence.contains(": ") && item.trim_start().starts_with(char::is_uppercase)
}

/// Whether `written` is digits and a scale word after them (`800 nghìn`, `1,5 triệu`): a sum
/// that carries its own scale, and borrows only a currency.
fn with_a_scale_word(written: &str) -> bool {
    crate::number::numeral(written).is_ok_and(|(after, _)| {
        next_word(after).is_some_and(|(w, _)| crate::words::lexer::is_scale_word(w))
    })
}

/// Whether `written` is digits with a short scale glued to them, as chat and price tags write
/// sums of money (`120k`, `1tr`, `1tr6`).
pub(super) fn in_slang_of_money(written: &str) -> bool {
    crate::number::numeral(written).is_ok_and(|(after, _)| glued_scale(after))
}

/// A name coordinated with a unit shares its type (`phường Tân Định và Đa Kao`, `xã An Phú,
/// Tân Phú`): the name after `và` or `,`, capitalized, is a unit of that type when the
/// gazetteer knows one of that type by that name (a name it lacks, or a person, is left alone).
/// After a comma only in a list: one that `và` closes, of provinces, or after a type word made
/// plural (`Các xã Xuân Quan, Cửu Cao, Long Hưng`).
pub(super) fn units_sharing_a_type(units: &Units, text: &str, found: &mut Vec<Entity>) {
    let mut i = 0;
    // Whether the type word of the list the unit here goes on is plural (`Các xã Xuân Quan,
    // Cửu Cao, Long Hưng`): its names apart by commas are a list whatever closes it.
    let mut plural = false;
    while let Some(entity) = found.get(i) {
        i = i.saturating_add(1);
        let Value::Admin(unit) = &entity.value else {
            continue;
        };
        let written = text.get(entity.span.clone()).unwrap_or_default();
        if crate::admin::type_word_len(written).is_some() {
            let before = text.get(..entity.span.start).unwrap_or_default();
            plural = previous_word(before).is_some_and(|w| word_in(w, &["các", "những"]));
        }
        let next_start = found.get(i).map_or(text.len(), |e| e.span.start);
        let Some(between) = text.get(entity.span.end..next_start) else {
            continue;
        };
        let beyond = text.get(entity.span.end..).unwrap_or_default();
        if let Some((span, shared)) =
            numbered_conjunct(units, text, unit, between, found.get(i), plural)
        {
            if let Some(slot) = found.get_mut(i) {
                *slot = Entity {
                    span,
                    value: Value::Admin(shared),
                };
            }
            continue;
        }
        if let Some((offset, shared)) = coordinated_name(unit, between, beyond, plural) {
            let at = entity.span.end;
            let (Some(start), Some(end)) =
                (at.checked_add(offset.start), at.checked_add(offset.end))
            else {
                continue;
            };
            found.insert(
                i,
                Entity {
                    span: start..end,
                    value: Value::Admin(shared),
                },
            );
        }
    }
}

/// The name at the start of `after` (past `và` or `,`) read with the type of `first`, the unit
/// before it, if the gazetteer knows a unit of that type by it: where it stands in `after`, and
/// the unit.
fn coordinated_name(
    first: &AdminUnit,
    after: &str,
    beyond: &str,
    plural: bool,
) -> Option<(Range<usize>, AdminUnit)> {
    let kind = first.kind;
    let (link, _) = space0_str(after);
    // After a comma, only inside a list that `và` closes (or of provinces): in an address the
    // parts are apart by commas, and a part with no type word is no unit (`xã Tân Phú, Đức
    // Hòa, Long An`).
    let (name, by_comma) = match link.strip_prefix(',') {
        Some(r) => (r, true),
        None => (
            crate::text::find_phrase(link, &["và", "hoặc"]).map(|(_, len)| &link[len..])?,
            false,
        ),
    };
    let (name, _) = space0_str(name);
    if !name.starts_with(char::is_uppercase) || name.len() == link.len() {
        return None;
    }
    // A name is a few words: read no further than a line of them.
    let typed = format!("{} {}", kind.word(), crate::text::head(name, 64));
    let (rest, unit) = crate::admin::admin(&typed).ok()?;
    let read = typed.len().checked_sub(rest.len())?;
    let name_len = read.checked_sub(kind.word().len().checked_add(1)?)?;
    let start = after.len().checked_sub(name.len())?;
    let end = start.checked_add(name_len)?;
    // (What closes the list may be past the next entity: `của huyện Hòa Vang`.)
    let closes_list = || list_closed_by_a_conjunction(beyond.get(end..).unwrap_or_default(), kind);
    let known = !unit.matches.is_empty() || unit.is_former_province();
    let stands = unit.kind == kind && known && name_len > 0;
    // (Nothing stands above a province in an address: provinces apart by commas are a list
    // whether or not `và` closes it, `tỉnh Hà Giang, Cao Bằng, Lào Cai chủ động sơ tán`.)
    let provinces = kind == AdminType::Tinh;
    let listed = || provinces || plural || siblings(first, &unit) || closes_list();
    (stands && (!by_comma || listed())).then_some((start..end, unit))
}

/// Whether the gazetteer places `second`, a name after a comma read with the type of `first`,
/// beside `first` in one unit above them both, and names no unit above `first` so: units of one
/// parent listed by commas (`huyện Củ Chi, Hóc Môn`, `xã Ia Pết, Ia Bang`), where an address
/// goes up from a unit to its parent (`xã Tân Phú, Đức Hòa, Long An`).
fn siblings(first: &AdminUnit, second: &AdminUnit) -> bool {
    let above_first = |name: &str| {
        first.matches.iter().any(|m| {
            std::iter::successors(crate::gazetteer::parent(m), |up| {
                crate::gazetteer::parent(up)
            })
            .any(|up| up.name == name)
        })
    };
    let beside = first.matches.iter().any(|a| {
        second.matches.iter().any(|b| {
            a.era == b.era && a.level == b.level && a.code != b.code && a.parent == b.parent
        })
    });
    beside && !above_first(&second.name)
}

/// The unit a bare number after `và` or `hoặc` names, where the unit before the link is named
/// by its number: a conjunct that cannot stand alone borrows the type of its partner
/// (`Phường 1 và 3`, `quận 5 hoặc 10`, and before a verb the reader of counts took for a noun,
/// `Phường 1 và 4 phối hợp`); a count of a noun of the lexicon after the link is no unit
/// (`phường 1 và 3 hộ dân`). `between` is the text from the unit to `next`, the entity after
/// it, whose digits the unit's span keeps. After a type word made plural, numbers apart by
/// commas are a list whatever closes it (`các phường 1, 2, 3 thuộc Quận 5`).
fn numbered_conjunct(
    units: &Units,
    text: &str,
    unit: &AdminUnit,
    between: &str,
    next: Option<&Entity>,
    plural: bool,
) -> Option<(Range<usize>, AdminUnit)> {
    let numbered = unit.is_numbered();
    let next = next?;
    let written = text.get(next.span.clone())?;
    let value = match &next.value {
        Value::Number {
            value: Amount::Exact(value),
            approx: None,
        } => *value,
        // (A noun the lexicon lacks: an open reading, most often a verb after a name.)
        Value::Quantity(q) if q.approx.is_none() && !units.knows(&q.unit) => match q.amount {
            Amount::Exact(value) => value,
            Amount::Range(..) => return None,
        },
        _ => return None,
    };
    let digits = written.bytes().take_while(u8::is_ascii_digit).count();
    let by_conjunction = next_word(between).is_some_and(|(w, rest)| {
        word_in(w, &["và", "hoặc"]) && rest.trim_matches(crate::text::is_space).is_empty()
    });
    // (By a comma inside a list of numbers that `và` or `hoặc` closes: `Phường 5, 6 và 8`.)
    let by_comma = || {
        between.trim_matches(crate::text::is_space) == ","
            && (plural || numbers_listed_on(text.get(next.span.end..).unwrap_or_default()))
    };
    let linked = by_conjunction || by_comma();
    if !numbered || !linked || digits == 0 {
        return None;
    }
    let typed = format!("{} {}", unit.kind.word(), value);
    let (left, shared) = crate::admin::admin(&typed).ok()?;
    let span = next.span.start..next.span.start.saturating_add(digits);
    // (Where the gazetteer knows the partner, it knows the conjunct: `Quận 5 và 50 phối hợp`
    // names no district 50.)
    let known = unit.matches.is_empty() || !shared.matches.is_empty();
    (left.is_empty() && shared.kind == unit.kind && known).then_some((span, shared))
}

/// Whether `rest` goes on as a list of bare numbers that `và` or `hoặc` closes (`, 8`, ` và
/// 8`, `, 7 hoặc 9`), or the unit they belong to (`, 3 của quận 5`, `, 8 xã Tân Phú`), within
/// a few items.
fn numbers_listed_on(rest: &str) -> bool {
    let mut rest = rest;
    for _ in 0..8 {
        if piece_before_its_parent(rest).is_some_and(|names| names.is_empty())
            || a_parent_named_next(rest)
        {
            return true;
        }
        let (link, after) = match rest
            .trim_start_matches(crate::text::is_space)
            .strip_prefix(',')
        {
            Some(after) => (",", after),
            None => match next_word(rest) {
                Some((w, after)) if word_in(w, &["và", "hoặc"]) => ("và", after),
                _ => return false,
            },
        };
        let after = after.trim_start_matches(crate::text::is_space);
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return false;
        }
        if link == "và" {
            return true;
        }
        rest = after.get(digits..).unwrap_or_default();
    }
    false
}

/// Whether `rest` goes on as a list of capitalized names apart by commas that `và` or `hoặc`
/// closes (`, Bình Mỹ và Phú Hòa`, ` và Bình Mỹ`, ` và Đống Đa được nghỉ`), or the unit they
/// belong to (`của huyện Hòa Vang`), within one clause.
fn list_closed_by_a_conjunction(rest: &str, kind: AdminType) -> bool {
    // A clause is read within its first 160 bytes: the rest of the text is never scanned.
    let window = crate::text::head(rest, 160);
    let clause = window
        .split(['.', ';', '\n', '(', ':'])
        .next()
        .unwrap_or_default();
    let capitalized_words = |s: &str| {
        let mut words = s.split_whitespace().peekable();
        words.peek().is_some() && words.all(|w| w.starts_with(char::is_uppercase))
    };
    for piece in clause.split(',') {
        let piece = piece.trim_matches(crate::text::is_space);
        // (The list ends with the unit it belongs to: `xã Hòa Phong, Hòa Khương của huyện Hòa
        // Vang`, `Bình Minh, Thái Học và Hoàng Hanh thuộc huyện …`.)
        let (piece, closed) = match piece_before_its_parent(piece) {
            Some(names) => (names, true),
            None => (piece, false),
        };
        // (The last name may be followed by the rest of its clause: `và Đống Đa được nghỉ`;
        // the last item may be a unit of its own type and of the same level, `Đồng Trúc và thị
        // trấn Liên Quan`, where a unit above ends an address, `Thạch Thất và tỉnh …`.)
        if let Some((names, last)) = split_at_a_conjunction(piece) {
            let typed = || {
                crate::admin::type_word(last)
                    .filter(|(other, _)| other.default_level() == kind.default_level())
                    .and_then(|(_, len)| last.get(len..))
                    .is_some_and(|name| space0_str(name).0.starts_with(char::is_uppercase))
            };
            return (names.is_empty() || capitalized_words(names))
                && (last.starts_with(char::is_uppercase) || typed());
        }
        if closed {
            return piece.is_empty() || capitalized_words(piece);
        }
        if !piece.is_empty() && !capitalized_words(piece) {
            return false;
        }
    }
    false
}

/// Whether a unit with its type word and its name or number opens `rest` (`xã Tân Phú`, `quận
/// 3`): the unit a list of numbers before it belongs to, where a type word with none after it
/// counts (`phường 5, 3 xã và 1 thị trấn`).
fn a_parent_named_next(rest: &str) -> bool {
    let (spaced, _) = space0_str(rest);
    crate::admin::type_word(spaced).is_some_and(|(_, len)| {
        let after = spaced.get(len..).unwrap_or_default();
        next_word(after).is_some_and(|(w, _)| is_capitalized(w))
            || space1(after).is_ok_and(|(r, _)| r.starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// `piece` split at its first `và` or `hoặc`: the words before it, trimmed, and those after,
/// spaces skipped.
fn split_at_a_conjunction(piece: &str) -> Option<(&str, &str)> {
    let mut rest = piece;
    loop {
        let (word, after) = split_word(rest)?;
        if word_in(word, &["và", "hoặc"]) {
            let names = piece.get(..piece.len().checked_sub(rest.len())?)?;
            return Some((
                names.trim_matches(crate::text::is_space),
                space0_str(after).0,
            ));
        }
        rest = space0_str(after).0;
    }
}

/// `piece` before `của` or `thuộc` and the type word of a unit above it (`Hoàng Hanh của
/// huyện Nam Sách` → `Hoàng Hanh`), if it goes on so within a few words.
fn piece_before_its_parent(piece: &str) -> Option<&str> {
    const PARENTS: &[&str] = &["huyện", "quận", "thị xã", "thành phố", "tỉnh", "TP"];
    let mut rest = piece;
    for _ in 0..8 {
        let (word, after) = split_word(rest.trim_start_matches(crate::text::is_space))?;
        let (next, _) = space0_str(after);
        let parent = || {
            PARENTS
                .iter()
                .any(|t| crate::text::match_phrase(next, t).is_some())
        };
        if word_in(word, &["của", "thuộc"]) && parent() {
            let at = piece
                .len()
                .checked_sub(after.len())?
                .checked_sub(word.len())?;
            return piece
                .get(..at)
                .map(|p| p.trim_end_matches(crate::text::is_space));
        }
        rest = after;
    }
    None
}
