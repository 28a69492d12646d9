//! The Vietnamese lunisolar calendar (âm lịch), exact for every day from
//! 1900-01-01 to 2199-12-31.
//!
//! Converts between Gregorian dates and lunar dates, gives the date of Tết
//! (lunar 1/1), the length of each lunar month, and the can-chi (stem and
//! branch) name of a lunar year.
//!
//! # Rules
//!
//! ```text
//! month start   = the civil day (UTC+7) on which a true new moon falls
//! month 11      = the month containing the day of the winter solstice
//!                 (the Sun's apparent longitude reaches 270°)
//! leap month    = when 13 months lie between one month 11 and the next, the
//!                 first of them after month 11 that contains no major solar
//!                 term (the Sun reaching a multiple of 30°); it repeats the
//!                 number of the month before it (tháng nhuận)
//! day           = 1 + days since the month started; months have 29 or 30 days
//! year          = the lunar year begins with month 1, day 1: Tết Nguyên đán
//! ```
//!
//! A day contains an astronomical event when the event falls between that
//! day's midnight and the next, in Vietnamese civil time.
//!
//! # Why UTC+7 matters
//!
//! The Vietnamese calendar is computed for the meridian of 105° E (UTC+7),
//! the Chinese one for 120° E (UTC+8). A new moon or a solar term that falls
//! between 23:00 and midnight Vietnamese time lands on different days in the
//! two, and that can move a whole month: Vietnamese Tết fell on 1985-01-21 but
//! Chinese New Year on 1985-02-20; in 1968 and 2007 they are a day apart
//! (1968-01-29 and 2007-02-17 in Vietnam).
//!
//! # Astronomy
//!
//! New moons come from Meeus's series for the true lunar phases
//! (*Astronomical Algorithms*, ch. 49), the Sun's apparent longitude from the
//! VSOP87 Earth series truncated as in Meeus (appendix III) with IAU 1980
//! nutation and annual aberration. Times are turned from dynamical time to
//! universal time with ΔT: observed values to 2025, then a smooth cubic that
//! joins the long-term parabola of Stephenson, Morrison and Hohenkerk (2016)
//! in the year 2800. The months are computed once, on first use (about
//! 20 ms), and each conversion is then a binary search.
//!
//! The results are checked day by day against a table made independently
//! from the JPL DE405 ephemeris (`tools/tet_table.py`). Meeus's series is good
//! to about 20 s; the one new moon of the range it puts on the wrong side of
//! midnight (1967-07-08, 4 s after midnight) is corrected explicitly. For
//! years still to come, a new moon within a minute or so of midnight depends
//! on how the Earth's rotation actually slows (ΔT); the closest are
//! 2072-12-09 (14 s before midnight), 2125-01-04 (31 s before) and
//! 2130-05-08 (41 s after).
//!
//! # Range
//!
//! Gregorian dates from [`FIRST_YEAR`]-01-01 to [`LAST_YEAR`]-12-31. The
//! first of them is 1/12 of lunar year 1899; the last falls in lunar year
//! 2199. Anything outside gives `None`.

use std::f64::consts::PI;
use std::sync::OnceLock;

/// A day of the Vietnamese lunar calendar.
///
/// `year` is the lunar year (the Gregorian year in which its Tết falls),
/// `month` is 1..=12, `day` is 1..=30, and `leap` marks a leap month (tháng
/// nhuận), which follows the ordinary month of the same number. The derived
/// order compares `year`, `month`, `day`, then `leap`, so it is chronological
/// except that days of a leap month sort among those of the ordinary month.
///
/// ```
/// use vnparse::lunar::{lunar_to_solar, LunarDate};
///
/// // Rằm tháng Tám (mid-autumn) 2024.
/// let mid_autumn = LunarDate { year: 2024, month: 8, day: 15, leap: false };
/// assert_eq!(lunar_to_solar(mid_autumn), Some((2024, 9, 17)));
///
/// // 2023 had a leap second month, after the ordinary one.
/// let leap_second = LunarDate { year: 2023, month: 2, day: 1, leap: true };
/// assert_eq!(lunar_to_solar(leap_second), Some((2023, 3, 22)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LunarDate {
    /// The lunar year.
    pub year: i32,
    /// The month, 1..=12.
    pub month: u8,
    /// The day of the month, 1..=30.
    pub day: u8,
    /// Whether the month is a leap month.
    pub leap: bool,
}

/// The first Gregorian year supported.
///
/// ```
/// use vnparse::lunar::{solar_to_lunar, FIRST_YEAR};
///
/// assert!(solar_to_lunar(FIRST_YEAR, 1, 1).is_some());
/// assert!(solar_to_lunar(FIRST_YEAR - 1, 12, 31).is_none());
/// ```
pub const FIRST_YEAR: i32 = 1900;

/// The last Gregorian year supported.
///
/// ```
/// use vnparse::lunar::{solar_to_lunar, LAST_YEAR};
///
/// assert!(solar_to_lunar(LAST_YEAR, 12, 31).is_some());
/// assert!(solar_to_lunar(LAST_YEAR + 1, 1, 1).is_none());
/// ```
pub const LAST_YEAR: i32 = 2199;

/// The ten heavenly stems (can), in order, as officially written in
/// Vietnamese (NFC).
///
/// ```
/// use vnparse::lunar::STEMS;
///
/// assert_eq!(STEMS[0], "Giáp");
/// assert_eq!(STEMS.len(), 10);
/// ```
pub const STEMS: [&str; 10] = [
    "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý",
];

/// The twelve earthly branches (chi), in order, as officially written in
/// Vietnamese (NFC).
///
/// ```
/// use vnparse::lunar::BRANCHES;
///
/// assert_eq!(BRANCHES[0], "Tý");
/// assert_eq!(BRANCHES.len(), 12);
/// ```
pub const BRANCHES: [&str; 12] = [
    "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi",
];

/// Solar (Gregorian) date -> lunar date; `None` outside the supported range
/// or for an invalid date.
///
/// ```
/// use vnparse::lunar::{solar_to_lunar, LunarDate};
///
/// assert_eq!(
///     solar_to_lunar(2024, 9, 17),
///     Some(LunarDate { year: 2024, month: 8, day: 15, leap: false })
/// );
/// assert_eq!(solar_to_lunar(2023, 2, 30), None);
/// ```
#[must_use]
pub fn solar_to_lunar(year: i32, month: u8, day: u8) -> Option<LunarDate> {
    let jdn = checked_jdn(year, month, day)?;
    let m = month_of_day(jdn, year)?;
    let day = u8::try_from(jdn.checked_sub(m.start)?.checked_add(1)?).ok()?;
    (day <= m.len).then_some(LunarDate {
        year: m.year,
        month: m.month,
        day,
        leap: m.leap,
    })
}

/// Lunar date -> Gregorian `(year, month, day)`; `None` if that lunar day
/// does not exist (day 30 of a 29-day month, a leap month the year does not
/// have, month 13…) or falls outside the supported range.
///
/// ```
/// use vnparse::lunar::{lunar_to_solar, LunarDate};
///
/// let tet = LunarDate { year: 2020, month: 1, day: 1, leap: false };
/// assert_eq!(lunar_to_solar(tet), Some((2020, 1, 25)));
///
/// // 2020 had a leap fourth month but no leap first month.
/// assert_eq!(lunar_to_solar(LunarDate { leap: true, ..tet }), None);
/// assert_eq!(lunar_to_solar(LunarDate { month: 4, leap: true, ..tet }), Some((2020, 5, 23)));
/// ```
#[must_use]
pub fn lunar_to_solar(date: LunarDate) -> Option<(i32, u8, u8)> {
    let m = find_month(date.year, date.month, date.leap)?;
    if date.day == 0 || date.day > m.len {
        return None;
    }
    // `m.start` is a day of the range (below 2^23) and the day 1 to 30.
    #[allow(clippy::arithmetic_side_effects)]
    let jdn = m.start + i64::from(date.day) - 1;
    if !(FIRST_JDN..=LAST_JDN).contains(&jdn) {
        return None;
    }
    gregorian_from_jdn(jdn)
}

/// Gregorian date of Tết (lunar 1/1) of the lunar year that starts in `year`;
/// `None` outside [`FIRST_YEAR`]..=[`LAST_YEAR`].
///
/// ```
/// use vnparse::lunar::tet;
///
/// assert_eq!(tet(2024), Some((2024, 2, 10)));
/// // Vietnam (UTC+7) and China (UTC+8) disagree here: China had 1985-02-20.
/// assert_eq!(tet(1985), Some((1985, 1, 21)));
/// assert_eq!(tet(2200), None);
/// ```
#[must_use]
pub fn tet(year: i32) -> Option<(i32, u8, u8)> {
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return None;
    }
    lunar_to_solar(LunarDate {
        year,
        month: 1,
        day: 1,
        leap: false,
    })
}

/// `(stem index, branch index)` of a lunar year, into [`STEMS`] and
/// [`BRANCHES`]: 2020 is Canh Tý, 2024 Giáp Thìn. Defined for every year.
///
/// ```
/// use vnparse::lunar::{can_chi, BRANCHES, STEMS};
///
/// let (stem, branch) = can_chi(2024);
/// assert_eq!((STEMS[stem], BRANCHES[branch]), ("Giáp", "Thìn"));
/// ```
#[must_use]
// `rem_euclid` leaves 0 to 11, so the sums stay below 20.
#[allow(clippy::arithmetic_side_effects)]
pub fn can_chi(year: i32) -> (usize, usize) {
    // 1984 is Giáp Tý: stem 0, branch 0.
    let stem = (year.rem_euclid(10) + 6) % 10;
    let branch = (year.rem_euclid(12) + 8) % 12;
    (index(stem), index(branch))
}

/// The can-chi name of a lunar year, e.g. `"Canh Tý"` for 2020.
///
/// ```
/// use vnparse::lunar::can_chi_name;
///
/// assert_eq!(can_chi_name(2020), "Canh Tý");
/// assert_eq!(can_chi_name(2023), "Quý Mão");
/// ```
#[must_use]
pub fn can_chi_name(year: i32) -> String {
    let (stem, branch) = can_chi(year);
    let stem = STEMS.get(stem).copied().unwrap_or_default();
    let branch = BRANCHES.get(branch).copied().unwrap_or_default();
    format!("{stem} {branch}")
}

/// Whether the stem and branch (indices into [`STEMS`] and [`BRANCHES`])
/// name `year`.
///
/// ```
/// use vnparse::lunar::is_can_chi_of;
///
/// assert!(is_can_chi_of(2019, 5, 11)); // Kỷ Hợi
/// assert!(!is_can_chi_of(2020, 5, 11));
/// ```
#[must_use]
pub fn is_can_chi_of(year: i32, stem: usize, branch: usize) -> bool {
    can_chi(year) == (stem, branch)
}

/// Days in a lunar month (29 or 30); `None` if the month does not exist or
/// has no day in the supported range.
///
/// ```
/// use vnparse::lunar::month_length;
///
/// assert_eq!(month_length(2023, 2, true), Some(29)); // tháng 2 nhuận
/// assert_eq!(month_length(2024, 2, true), None);
/// assert_eq!(month_length(2024, 13, false), None);
/// ```
#[must_use]
pub fn month_length(year: i32, month: u8, leap: bool) -> Option<u8> {
    find_month(year, month, leap).map(|m| m.len)
}

/// The leap month (tháng nhuận) of lunar year `year`: the number of the month it repeats, or
/// `None` when the year has none or lies outside the supported range.
///
/// ```
/// use vnparse::lunar::leap_month;
///
/// assert_eq!(leap_month(2020), Some(4)); // tháng 4 nhuận
/// assert_eq!(leap_month(2023), Some(2));
/// assert_eq!(leap_month(2024), None);
/// ```
#[must_use]
pub fn leap_month(year: i32) -> Option<u8> {
    // A year's months lie in two solstice years: 11 and 12 in its own, 1 to 10 in the one
    // before.
    let before = window(year.checked_sub(1)?).iter();
    before
        .chain(window(year))
        .find(|m| m.year == year && m.leap)
        .map(|m| m.month)
}

// ---------------------------------------------------------------------------
// The month table.

/// One lunar month that has at least one day in the supported range.
#[derive(Debug, Clone, Copy)]
struct Month {
    /// Julian day number of day 1.
    start: i64,
    /// 29 or 30.
    len: u8,
    year: i32,
    month: u8,
    leap: bool,
}

const FIRST_JDN: i64 = jdn(FIRST_YEAR, 1, 1);
const LAST_JDN: i64 = jdn(LAST_YEAR, 12, 31);

/// How many solstice years hold the supported range: from the one that begins in
/// [`FIRST_YEAR`] - 1 to the one that begins in [`LAST_YEAR`].
const WINDOWS: usize = (LAST_YEAR - FIRST_YEAR + 2) as usize;

/// The months of the solstice year that begins in Gregorian `year`: from month 11 of lunar
/// year `year` (which holds that year's winter solstice) up to, not including, the next
/// month 11. Computed on first use, a year at a time, so that a conversion costs the astronomy
/// of one year (about thirty new moons and solar terms), not of three centuries.
fn window(year: i32) -> &'static [Month] {
    static CACHE: [OnceLock<Vec<Month>>; WINDOWS] = [const { OnceLock::new() }; WINDOWS];
    let Some(cell) = year
        .checked_sub(FIRST_YEAR - 1)
        .and_then(|i| usize::try_from(i).ok())
        .and_then(|i| CACHE.get(i))
    else {
        return &[];
    };
    cell.get_or_init(|| build_window(year))
}

fn find_month(year: i32, month: u8, leap: bool) -> Option<&'static Month> {
    // Months 11 and 12 open the solstice year of their own lunar year; 1 to 10 close the
    // previous one.
    let solstice_year = if month >= 11 {
        year
    } else {
        year.checked_sub(1)?
    };
    window(solstice_year)
        .iter()
        .find(|m| (m.year, m.month, m.leap) == (year, month, leap))
}

/// The month that holds Julian day `jdn`.
// Called with a day and a year of the range (checked by `checked_jdn`): far from overflow.
#[allow(clippy::arithmetic_side_effects)]
fn month_of_day(jdn: i64, gregorian_year: i32) -> Option<&'static Month> {
    let holds = |m: &&Month| m.start <= jdn && jdn < m.start + i64::from(m.len);
    window(gregorian_year)
        .iter()
        .find(holds)
        .or_else(|| window(gregorian_year - 1).iter().find(holds))
}

// Years of the range, lunations near them (|k| < 4000), month numbers 1 to 13: far from
// overflow.
#[allow(clippy::arithmetic_side_effects)]
fn build_window(year: i32) -> Vec<Month> {
    let (a, b) = (month_eleven(year), month_eleven(year + 1));
    // Day 1 of every month up to the next month 11, and the major solar term in force at
    // its start: a month with no major term of its own is the leap month.
    let starts: Vec<i64> = (a..=b).map(new_moon_day).collect();
    let terms: Vec<i64> = starts.iter().map(|&d| term_at_day_start(d)).collect();
    let start = |k: i64| starts.get(usize::try_from(k - a).ok()?).copied();
    let has_major_term = |k: i64| {
        let i = usize::try_from(k - a).ok();
        i.and_then(|i| terms.get(i)) != i.and_then(|i| terms.get(i + 1))
    };
    let count = b - a;
    let leap_at = if count == 13 {
        (1..13).find(|&i| !has_major_term(a + i))
    } else {
        None
    };
    let (mut lunar_year, mut number) = (year, 11_u8);
    let mut months = Vec::with_capacity(13);
    for i in 0..count {
        let leap = leap_at == Some(i);
        if i > 0 && !leap {
            number += 1;
            if number == 13 {
                number = 1;
                lunar_year += 1;
            }
        }
        let (Some(first), Some(next)) = (start(a + i), start(a + i + 1)) else {
            continue;
        };
        if next > FIRST_JDN && first <= LAST_JDN {
            months.push(Month {
                start: first,
                len: u8::try_from(next - first).unwrap_or(0),
                year: lunar_year,
                month: number,
                leap,
            });
        }
    }
    months
}

/// The lunation number `k` of month 11 of the lunar year that has the winter
/// solstice of Gregorian `year`.
// A year of the range and the lunation near it (|k| < 4000): far from overflow.
#[allow(clippy::arithmetic_side_effects)]
fn month_eleven(year: i32) -> i64 {
    let dec31 = jdn(year, 12, 31);
    // Start near the right lunation, then make it the one containing Dec 31.
    let mut k = ((dec31 as f64 - NEW_MOON_EPOCH) / SYNODIC_MONTH).floor() as i64;
    while new_moon_day(k) > dec31 {
        k -= 1;
    }
    while new_moon_day(k + 1) <= dec31 {
        k += 1;
    }
    // The solstice (Dec 20–23) is in that month, or else in the one before.
    if sun_longitude(day_start(new_moon_day(k))) >= 270.0 {
        k - 1
    } else {
        k
    }
}

/// Index (0..12) of the last major solar term reached at the start of a day:
/// `floor(longitude / 30°)` at local midnight. A month contains a major term
/// exactly when this differs between its first day and the next month's.
fn term_at_day_start(jdn: i64) -> i64 {
    (sun_longitude(day_start(jdn)) / 30.0).floor() as i64
}

/// Julian date (UT) of the local midnight that begins day `jdn`.
fn day_start(jdn: i64) -> f64 {
    jdn as f64 - 0.5 - ZONE_DAYS
}

/// Julian day number of the local (UTC+7) date of new moon `k`.
// A day number of the range and a correction of one day: far from overflow.
#[allow(clippy::arithmetic_side_effects)]
fn new_moon_day(k: i64) -> i64 {
    let jde = new_moon_jde(k);
    let ut = jde - delta_t_days(jde);
    let day = (ut + 0.5 + ZONE_DAYS).floor() as i64;
    let correction = NEW_MOON_DAY_CORRECTIONS
        .iter()
        .find(|&&(lunation, _)| lunation == k)
        .map_or(0, |&(_, days)| days);
    day + correction
}

/// New moons that Meeus's series (good to about 20 s) puts on the wrong side
/// of local midnight, as `(k, days to add)`; checked against JPL DE405 for
/// every new moon from 1899 to 2201. The only one: lunation `-402`, the new
/// moon of 1967-07-08 00:00:04 UTC+7 (DE405; PyEphem agrees to a second),
/// which the series puts 6 s earlier, at 23:59:58 on July 7. It starts
/// month 6 of 1967.
const NEW_MOON_DAY_CORRECTIONS: [(i64, i64); 1] = [(-402, 1)];

// ---------------------------------------------------------------------------
// Gregorian calendar.

/// Vietnam's civil time zone, UTC+7, in days.
const ZONE_DAYS: f64 = 7.0 / 24.0;

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> Option<u8> {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => Some(31),
        4 | 6 | 9 | 11 => Some(30),
        2 if is_leap_year(year) => Some(29),
        2 => Some(28),
        _ => None,
    }
}

/// Julian day number of a valid date in the supported range.
fn checked_jdn(year: i32, month: u8, day: u8) -> Option<i64> {
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) || day == 0 || day > days_in_month(year, month)? {
        return None;
    }
    Some(jdn(year, month, day))
}

/// Julian day number of a Gregorian date (no checks; used for years that
/// cannot overflow).
// In i64 from an i32 year, a month of 1 to 12 and a small day: every intermediate is below
// 2^31 * 366 < 2^40 in magnitude.
#[allow(clippy::arithmetic_side_effects)]
const fn jdn(year: i32, month: u8, day: u8) -> i64 {
    let a = (14 - month as i64) / 12;
    let y = year as i64 + 4800 - a;
    let m = month as i64 + 12 * a - 3;
    day as i64 + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
}

// Called with day numbers of the range (below 2^23): every intermediate is below 2^27.
#[allow(clippy::arithmetic_side_effects)]
fn gregorian_from_jdn(jdn: i64) -> Option<(i32, u8, u8)> {
    let a = jdn + 32044;
    let b = (4 * a + 3) / 146_097;
    let c = a - 146_097 * b / 4;
    let d = (4 * c + 3) / 1461;
    let e = c - 1461 * d / 4;
    let m = (5 * e + 2) / 153;
    let day = e - (153 * m + 2) / 5 + 1;
    let month = m + 3 - 12 * (m / 10);
    let year = 100 * b + d - 4800 + m / 10;
    Some((
        i32::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    ))
}

/// Index into [`STEMS`] or [`BRANCHES`] from a value already reduced.
fn index(value: i32) -> usize {
    usize::try_from(value).unwrap_or_default()
}

// ---------------------------------------------------------------------------
// Astronomy.

const J2000: f64 = 2_451_545.0;
const DAYS_PER_CENTURY: f64 = 36_525.0;
const SYNODIC_MONTH: f64 = 29.530_588_861;
/// The mean new moon of lunation 0 (2000-01-06), JDE.
const NEW_MOON_EPOCH: f64 = 2_451_550.097_66;
const ARCSEC: f64 = 1.0 / 3600.0;

/// ΔT = TT − UT, in days, at Julian date `jd`.
fn delta_t_days(jd: f64) -> f64 {
    delta_t_seconds(2000.0 + (jd - J2000) / 365.25) / 86_400.0
}

/// ΔT in seconds for a decimal year.
fn delta_t_seconds(year: f64) -> f64 {
    // Observed ΔT at the start of 1900, 1905, …, 2025.
    const OBSERVED: [f64; 26] = [
        -2.72, 3.86, 10.46, 17.20, 21.16, 23.62, 24.02, 23.93, 24.33, 26.77, 29.15, 31.07, 33.15,
        35.73, 40.18, 45.48, 50.54, 54.34, 56.86, 60.78, 63.83, 64.69, 66.07, 67.64, 69.36, 69.14,
    ];
    const START: f64 = 1900.0;
    const STEP: f64 = 5.0;
    const END: f64 = 2025.0;
    // IERS prediction for the start of 2027: value and slope per year.
    const PREDICTED: (f64, f64, f64) = (2027.0, 69.09, -0.02);
    // Beyond it: a cubic that meets the long-term parabola
    // -320 + 32.5 ((y - 1825) / 100)^2 s in 2800 with its value and slope.
    const JOIN: f64 = 2800.0;
    const JOIN_VALUE: f64 = -320.0 + 32.5 * 9.75 * 9.75;
    const JOIN_SLOPE: f64 = 2.0 * 32.5 * 9.75 / 100.0;
    const LAST: f64 = 69.14;

    let (y0, v0, s0) = PREDICTED;
    if year >= y0 {
        let h = JOIN - y0;
        let t = ((year - y0) / h).min(1.0);
        let (t2, t3) = (t * t, t * t * t);
        return (2.0 * t3 - 3.0 * t2 + 1.0) * v0
            + (t3 - 2.0 * t2 + t) * h * s0
            + (-2.0 * t3 + 3.0 * t2) * JOIN_VALUE
            + (t3 - t2) * h * JOIN_SLOPE;
    }
    if year >= END {
        return LAST + (v0 - LAST) * (year - END) / (y0 - END);
    }
    // Linear interpolation between observations (and the first segment's
    // slope before 1900: only the last weeks of 1899 are needed).
    let position = ((year - START) / STEP).max(0.0);
    let i = (position.floor() as usize).min(OBSERVED.len().saturating_sub(2));
    let frac = (year - START) / STEP - i as f64;
    match (
        OBSERVED.get(i),
        i.checked_add(1).and_then(|j| OBSERVED.get(j)),
    ) {
        (Some(a), Some(b)) => a + (b - a) * frac,
        _ => LAST,
    }
}

/// Julian ephemeris date of the true new moon of lunation `k` (0 is the new
/// moon of 2000-01-06), Meeus ch. 49.
fn new_moon_jde(k: i64) -> f64 {
    let k = k as f64;
    let t = k / 1236.85;
    let (t2, t3, t4) = (t * t, t * t * t, t * t * t * t);
    let jde = NEW_MOON_EPOCH + SYNODIC_MONTH * k + 0.000_154_37 * t2 - 0.000_000_150 * t3
        + 0.000_000_000_73 * t4;
    let e = 1.0 - 0.002_516 * t - 0.000_007_4 * t2;
    let rad = |deg: f64| deg.rem_euclid(360.0).to_radians();
    // Sun's mean anomaly, Moon's mean anomaly, Moon's argument of latitude,
    // longitude of the ascending node.
    let m = rad(2.5534 + 29.105_356_70 * k - 0.000_001_4 * t2 - 0.000_000_11 * t3);
    let mm = rad(
        201.5643 + 385.816_935_28 * k + 0.010_758_2 * t2 + 0.000_012_38 * t3 - 0.000_000_058 * t4,
    );
    let f = rad(
        160.7108 + 390.670_502_84 * k - 0.001_611_8 * t2 - 0.000_002_27 * t3 + 0.000_000_011 * t4,
    );
    let om = rad(124.7746 - 1.563_755_88 * k + 0.002_067_2 * t2 + 0.000_002_15 * t3);

    let periodic = -0.40720 * mm.sin()
        + 0.17241 * e * m.sin()
        + 0.01608 * (2.0 * mm).sin()
        + 0.01039 * (2.0 * f).sin()
        + 0.00739 * e * (mm - m).sin()
        - 0.00514 * e * (mm + m).sin()
        + 0.00208 * e * e * (2.0 * m).sin()
        - 0.00111 * (mm - 2.0 * f).sin()
        - 0.00057 * (mm + 2.0 * f).sin()
        + 0.00056 * e * (2.0 * mm + m).sin()
        - 0.00042 * (3.0 * mm).sin()
        + 0.00042 * e * (m + 2.0 * f).sin()
        + 0.00038 * e * (m - 2.0 * f).sin()
        - 0.00024 * e * (2.0 * mm - m).sin()
        - 0.00017 * om.sin()
        - 0.00007 * (mm + 2.0 * m).sin()
        + 0.00004 * (2.0 * mm - 2.0 * f).sin()
        + 0.00004 * (3.0 * m).sin()
        + 0.00003 * (mm + m - 2.0 * f).sin()
        + 0.00003 * (2.0 * mm + 2.0 * f).sin()
        - 0.00003 * (mm + m + 2.0 * f).sin()
        + 0.00003 * (mm - m + 2.0 * f).sin()
        - 0.00002 * (mm - m - 2.0 * f).sin()
        - 0.00002 * (3.0 * mm + m).sin()
        + 0.00002 * (4.0 * mm).sin();

    let a1 = 0.000_325 * rad(299.77 + 0.107_408 * k - 0.009_173 * t2).sin();
    let planetary: f64 = NEW_MOON_PLANETARY
        .iter()
        .map(|&(c, a, rate)| c * rad(a + rate * k).sin())
        .sum();

    jde + periodic + a1 + planetary
}

/// The Sun's apparent geocentric longitude, degrees in `0.0..360.0`, true
/// equinox of date, at Julian date `jd_ut` (UT).
fn sun_longitude(jd_ut: f64) -> f64 {
    let jde = jd_ut + delta_t_days(jd_ut);
    let t = (jde - J2000) / DAYS_PER_CENTURY;
    let tau = t / 10.0;
    let series = |terms: &[&[(f64, f64, f64)]]| {
        terms.iter().rev().fold(0.0, |acc, power| {
            acc * tau
                + power
                    .iter()
                    .map(|&(a, b, c)| a * (b + c * tau).cos())
                    .sum::<f64>()
        }) * 1e-8
    };
    let earth_longitude = series(&[&L0, &L1, &L2, &L3, &L4, &L5]);
    let radius = series(&[&R0, &R1, &R2]);
    // Geometric longitude of the Sun (FK5), moved to the IAU 2006 precession
    // (0.3"/century slower than the one VSOP87 D is referred to), then
    // nutation and aberration.
    let geometric = earth_longitude.to_degrees() + 180.0 - (0.090_33 + 0.3004 * t) * ARCSEC;
    let apparent = geometric + nutation_in_longitude(t) * ARCSEC - 20.4898 * ARCSEC / radius;
    apparent.rem_euclid(360.0)
}

/// Nutation in longitude Δψ, arcseconds (IAU 1980 theory, terms above
/// 0.0015"), for Julian centuries `t` of dynamical time from J2000.
fn nutation_in_longitude(t: f64) -> f64 {
    let (t2, t3) = (t * t, t * t * t);
    let d = 297.850_36 + 445_267.111_480 * t - 0.001_914_2 * t2 + t3 / 189_474.0;
    let m = 357.527_72 + 35_999.050_340 * t - 0.000_160_3 * t2 - t3 / 300_000.0;
    let mm = 134.962_98 + 477_198.867_398 * t + 0.008_697_2 * t2 + t3 / 56_250.0;
    let f = 93.271_91 + 483_202.017_538 * t - 0.003_682_5 * t2 + t3 / 327_270.0;
    let om = 125.044_52 - 1_934.136_261 * t + 0.002_070_8 * t2 + t3 / 450_000.0;
    let args = [d, m, mm, f, om];
    NUTATION_TERMS
        .iter()
        .map(|(mult, coeff, rate)| {
            let angle: f64 = mult.iter().zip(args).map(|(n, a)| n * a).sum();
            (coeff + rate * t) * angle.rem_euclid(360.0).to_radians().sin()
        })
        .sum::<f64>()
        * 1e-4
}

/// Meeus's planetary corrections to new moons: (coefficient in days, argument
/// at k = 0 and its rate per lunation in degrees).
const NEW_MOON_PLANETARY: [(f64, f64, f64); 13] = [
    (0.000_165, 251.88, 0.016_321),
    (0.000_164, 251.83, 26.651_886),
    (0.000_126, 349.42, 36.412_478),
    (0.000_110, 84.66, 18.206_239),
    (0.000_062, 141.74, 53.303_771),
    (0.000_060, 207.14, 2.453_732),
    (0.000_056, 154.84, 7.306_860),
    (0.000_047, 34.52, 27.261_239),
    (0.000_042, 207.19, 0.121_824),
    (0.000_040, 291.34, 1.844_379),
    (0.000_037, 161.72, 24.198_154),
    (0.000_035, 239.56, 25.513_099),
    (0.000_023, 331.55, 3.592_518),
];

/// IAU 1980 nutation in longitude: multiples of D, M, M', F and Ω, then the
/// coefficient of the sine and its rate per century, in 0.0001".
const NUTATION_TERMS: [([f64; 5], f64, f64); 31] = [
    ([0.0, 0.0, 0.0, 0.0, 1.0], -171_996.0, -174.2),
    ([-2.0, 0.0, 0.0, 2.0, 2.0], -13_187.0, -1.6),
    ([0.0, 0.0, 0.0, 2.0, 2.0], -2274.0, -0.2),
    ([0.0, 0.0, 0.0, 0.0, 2.0], 2062.0, 0.2),
    ([0.0, 1.0, 0.0, 0.0, 0.0], 1426.0, -3.4),
    ([0.0, 0.0, 1.0, 0.0, 0.0], 712.0, 0.1),
    ([-2.0, 1.0, 0.0, 2.0, 2.0], -517.0, 1.2),
    ([0.0, 0.0, 0.0, 2.0, 1.0], -386.0, -0.4),
    ([0.0, 0.0, 1.0, 2.0, 2.0], -301.0, 0.0),
    ([-2.0, -1.0, 0.0, 2.0, 2.0], 217.0, -0.5),
    ([-2.0, 0.0, 1.0, 0.0, 0.0], -158.0, 0.0),
    ([-2.0, 0.0, 0.0, 2.0, 1.0], 129.0, 0.1),
    ([0.0, 0.0, -1.0, 2.0, 2.0], 123.0, 0.0),
    ([2.0, 0.0, 0.0, 0.0, 0.0], 63.0, 0.0),
    ([0.0, 0.0, 1.0, 0.0, 1.0], 63.0, 0.1),
    ([2.0, 0.0, -1.0, 2.0, 2.0], -59.0, 0.0),
    ([0.0, 0.0, -1.0, 0.0, 1.0], -58.0, -0.1),
    ([0.0, 0.0, 1.0, 2.0, 1.0], -51.0, 0.0),
    ([-2.0, 0.0, 2.0, 0.0, 0.0], 48.0, 0.0),
    ([0.0, 0.0, -2.0, 2.0, 1.0], 46.0, 0.0),
    ([2.0, 0.0, 0.0, 2.0, 2.0], -38.0, 0.0),
    ([0.0, 0.0, 2.0, 2.0, 2.0], -31.0, 0.0),
    ([0.0, 0.0, 2.0, 0.0, 0.0], 29.0, 0.0),
    ([-2.0, 0.0, 1.0, 2.0, 2.0], 29.0, 0.0),
    ([0.0, 0.0, 0.0, 2.0, 0.0], 26.0, 0.0),
    ([-2.0, 0.0, 0.0, 2.0, 0.0], -22.0, 0.0),
    ([0.0, 0.0, -1.0, 2.0, 1.0], 21.0, 0.0),
    ([0.0, 2.0, 0.0, 0.0, 0.0], 17.0, -0.1),
    ([2.0, 0.0, -1.0, 0.0, 1.0], 16.0, 0.0),
    ([-2.0, 2.0, 0.0, 2.0, 2.0], -16.0, 0.1),
    ([0.0, 1.0, 0.0, 0.0, 1.0], -15.0, 0.0),
];

// VSOP87 (series D) for the Earth, truncated as in Meeus, appendix III:
// (A, B, C) gives A cos(B + C tau), in 1e-8 radians (L) or 1e-8 au (R), with
// tau in Julian millennia from J2000.

const L0: [(f64, f64, f64); 64] = [
    (175_347_046.0, 0.0, 0.0),
    (3_341_656.0, 4.669_256_8, 6_283.075_850_0),
    (34_894.0, 4.626_10, 12_566.151_70),
    (3497.0, 2.7441, 5753.3849),
    (3418.0, 2.8289, 3.5231),
    (3136.0, 3.6277, 77_713.771_5),
    (2676.0, 4.4181, 7860.4194),
    (2343.0, 6.1352, 3930.2097),
    (1324.0, 0.7425, 11_506.769_8),
    (1273.0, 2.0371, 529.6910),
    (1199.0, 1.1096, 1577.3435),
    (990.0, 5.233, 5884.927),
    (902.0, 2.045, 26.298),
    (857.0, 3.508, 398.149),
    (780.0, 1.179, 5223.694),
    (753.0, 2.533, 5507.553),
    (505.0, 4.583, 18_849.228),
    (492.0, 4.205, 775.523),
    (357.0, 2.920, 0.067),
    (317.0, 5.849, 11_790.629),
    (284.0, 1.899, 796.298),
    (271.0, 0.315, 10_977.079),
    (243.0, 0.345, 5486.778),
    (206.0, 4.806, 2544.314),
    (205.0, 1.869, 5573.143),
    (202.0, 2.458, 6069.777),
    (156.0, 0.833, 213.299),
    (132.0, 3.411, 2942.463),
    (126.0, 1.083, 20.775),
    (115.0, 0.645, 0.980),
    (103.0, 0.636, 4694.003),
    (102.0, 0.976, 15_720.839),
    (102.0, 4.267, 7.114),
    (99.0, 6.21, 2146.17),
    (98.0, 0.68, 155.42),
    (86.0, 5.98, 161_000.69),
    (85.0, 1.30, 6275.96),
    (85.0, 3.67, 71_430.70),
    (80.0, 1.81, 17_260.15),
    (79.0, 3.04, 12_036.46),
    (75.0, 1.76, 5088.63),
    (74.0, 3.50, 3154.69),
    (74.0, 4.68, 801.82),
    (70.0, 0.83, 9437.76),
    (62.0, 3.98, 8827.39),
    (61.0, 1.82, 7084.90),
    (57.0, 2.78, 6286.60),
    (56.0, 4.39, 14_143.50),
    (56.0, 3.47, 6279.55),
    (52.0, 0.19, 12_139.55),
    (52.0, 1.33, 1748.02),
    (51.0, 0.28, 5856.48),
    (49.0, 0.49, 1194.45),
    (41.0, 5.37, 8429.24),
    (41.0, 2.40, 19_651.05),
    (39.0, 6.17, 10_447.39),
    (37.0, 6.04, 10_213.29),
    (37.0, 2.57, 1059.38),
    (36.0, 1.71, 2352.87),
    (36.0, 1.78, 6812.77),
    (33.0, 0.59, 17_789.85),
    (30.0, 0.44, 83_996.85),
    (30.0, 2.74, 1349.87),
    (25.0, 3.16, 4690.48),
];

const L1: [(f64, f64, f64); 34] = [
    (628_331_966_747.0, 0.0, 0.0),
    (206_059.0, 2.678_235, 6_283.075_850),
    (4303.0, 2.6351, 12_566.151_7),
    (425.0, 1.590, 3.523),
    (119.0, 5.796, 26.298),
    (109.0, 2.966, 1577.344),
    (93.0, 2.59, 18_849.23),
    (72.0, 1.14, 529.69),
    (68.0, 1.87, 398.15),
    (67.0, 4.41, 5507.55),
    (59.0, 2.89, 5223.69),
    (56.0, 2.17, 155.42),
    (45.0, 0.40, 796.30),
    (36.0, 0.47, 775.52),
    (29.0, 2.65, 7.11),
    (21.0, 5.34, 0.98),
    (19.0, 1.85, 5486.78),
    (19.0, 4.97, 213.30),
    (17.0, 2.99, 6275.96),
    (16.0, 0.03, 2544.31),
    (16.0, 1.43, 2146.17),
    (15.0, 1.21, 10_977.08),
    (12.0, 2.83, 1748.02),
    (12.0, 3.26, 5088.63),
    (12.0, 5.27, 1194.45),
    (12.0, 2.08, 4694.00),
    (11.0, 0.77, 553.57),
    (10.0, 1.30, 6286.60),
    (10.0, 4.24, 1349.87),
    (9.0, 2.70, 242.73),
    (9.0, 5.64, 951.72),
    (8.0, 5.30, 2352.87),
    (6.0, 2.65, 9437.76),
    (6.0, 4.67, 4690.48),
];

const L2: [(f64, f64, f64); 20] = [
    (52_919.0, 0.0, 0.0),
    (8720.0, 1.0721, 6283.0758),
    (309.0, 0.867, 12_566.152),
    (27.0, 0.05, 3.52),
    (16.0, 5.19, 26.30),
    (16.0, 3.68, 155.42),
    (10.0, 0.76, 18_849.23),
    (9.0, 2.06, 77_713.77),
    (7.0, 0.83, 775.52),
    (5.0, 4.66, 1577.34),
    (4.0, 1.03, 7.11),
    (4.0, 3.44, 5573.14),
    (3.0, 5.14, 796.30),
    (3.0, 6.05, 5507.55),
    (3.0, 1.19, 242.73),
    (3.0, 6.12, 529.69),
    (3.0, 0.31, 398.15),
    (3.0, 2.28, 553.57),
    (2.0, 4.38, 5223.69),
    (2.0, 3.75, 0.98),
];

const L3: [(f64, f64, f64); 7] = [
    (289.0, 5.844, 6283.076),
    (35.0, 0.0, 0.0),
    (17.0, 5.49, 12_566.15),
    (3.0, 5.20, 155.42),
    (1.0, 4.72, 3.52),
    (1.0, 5.30, 18_849.23),
    (1.0, 5.97, 242.73),
];

const L4: [(f64, f64, f64); 3] = [
    (114.0, PI, 0.0),
    (8.0, 4.13, 6283.08),
    (1.0, 3.84, 12_566.15),
];

const L5: [(f64, f64, f64); 1] = [(1.0, PI, 0.0)];

const R0: [(f64, f64, f64); 12] = [
    (100_013_989.0, 0.0, 0.0),
    (1_670_700.0, 3.098_463_5, 6_283.075_850_0),
    (13_956.0, 3.055_25, 12_566.151_70),
    (3084.0, 5.1985, 77_713.771_5),
    (1628.0, 1.1739, 5753.3849),
    (1576.0, 2.8469, 7860.4194),
    (925.0, 5.453, 11_506.770),
    (542.0, 4.564, 3930.210),
    (472.0, 3.661, 5884.927),
    (346.0, 0.964, 5507.553),
    (329.0, 5.900, 5223.694),
    (307.0, 0.299, 5573.143),
];

const R1: [(f64, f64, f64); 3] = [
    (103_019.0, 1.107_490, 6_283.075_850),
    (1721.0, 1.0644, 12_566.151_7),
    (702.0, PI, 0.0),
];

const R2: [(f64, f64, f64); 2] = [(4359.0, 5.7846, 6283.0758), (124.0, 5.579, 12_566.152)];

#[cfg(test)]
// Tests assert by panicking, on tables they index.
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]
mod tests {
    use super::*;

    fn parse_date(s: &str) -> (i32, u8, u8) {
        let mut parts = s.split('-');
        let mut next = || parts.next().expect("date part");
        let y = next().parse().expect("year");
        let m = next().parse().expect("month");
        let d = next().parse().expect("day");
        (y, m, d)
    }

    fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
        text.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| l.split('\t').collect())
    }

    fn lunar(year: i32, month: u8, day: u8, leap: bool) -> LunarDate {
        LunarDate {
            year,
            month,
            day,
            leap,
        }
    }

    fn solar(jdn: i64) -> (i32, u8, u8) {
        gregorian_from_jdn(jdn).expect("in range")
    }

    fn to_jdn((y, m, d): (i32, u8, u8)) -> i64 {
        jdn(y, m, d)
    }

    #[test]
    fn tet_matches_the_reference_table() {
        let mut years = 0;
        for row in rows(include_str!("../tests/data/tet.tsv")) {
            let year: i32 = row[0].parse().expect("year");
            let date = parse_date(row[1]);
            assert_eq!(tet(year), Some(date), "Tết {year}");
            assert_eq!(
                solar_to_lunar(date.0, date.1, date.2),
                Some(lunar(year, 1, 1, false)),
                "{date:?}"
            );
            assert_eq!(lunar_to_solar(lunar(year, 1, 1, false)), Some(date));
            years += 1;
        }
        assert_eq!(years, 300);
    }

    #[test]
    fn months_match_the_reference_table() {
        let table: Vec<(i32, u8, bool, i64)> = rows(include_str!("../tests/data/lunar_months.tsv"))
            .map(|r| {
                (
                    r[0].parse().expect("year"),
                    r[1].parse().expect("month"),
                    r[2] == "1",
                    to_jdn(parse_date(r[3])),
                )
            })
            .collect();
        assert!(table.len() > 3700);
        let (mut checked_days, mut checked_starts) = (0, 0);
        for (i, &(year, month, leap, start)) in table.iter().enumerate() {
            let in_range = (FIRST_JDN..=LAST_JDN).contains(&start);
            let (y, m, d) = solar(start);
            let expected = in_range.then_some(lunar(year, month, 1, leap));
            assert_eq!(solar_to_lunar(y, m, d), expected, "{year}/{month}/{leap}");
            assert_eq!(
                lunar_to_solar(lunar(year, month, 1, leap)),
                in_range.then_some((y, m, d))
            );
            // The day before is the last day of the month before.
            if (FIRST_JDN..=LAST_JDN).contains(&(start - 1)) {
                let (py, pm, pd) = solar(start - 1);
                let before = solar_to_lunar(py, pm, pd).expect("day before");
                let before_len = month_length(before.year, before.month, before.leap);
                assert_eq!(Some(before.day), before_len, "before {year}/{month}");
                checked_starts += 1;
            }
            if let Some(&(_, _, _, next)) = table.get(i + 1) {
                let len = u8::try_from(next - start).ok();
                assert_eq!(
                    month_length(year, month, leap),
                    len,
                    "{year}/{month}/{leap}"
                );
                // Every day of the month, both ways.
                for (day, jdn) in (1..).zip(start..next.min(LAST_JDN + 1)) {
                    let (y, m, d) = solar(jdn);
                    let date = lunar(year, month, day, leap);
                    assert_eq!(solar_to_lunar(y, m, d), Some(date));
                    assert_eq!(lunar_to_solar(date), Some((y, m, d)));
                    checked_days += 1;
                }
            }
        }
        assert!(checked_days > 108_000, "{checked_days}");
        assert!(checked_starts + 2 >= table.len(), "{checked_starts}");
    }

    #[test]
    fn every_supported_day_round_trips() {
        let mut previous: Option<LunarDate> = None;
        for jdn in FIRST_JDN..=LAST_JDN {
            let (y, m, d) = solar(jdn);
            let date = solar_to_lunar(y, m, d).expect("in range");
            assert_eq!(lunar_to_solar(date), Some((y, m, d)));
            if let Some(p) = previous {
                let key = |x: LunarDate| (x.year, x.month, x.leap, x.day);
                assert!(key(p) < key(date), "{p:?} {date:?}");
                if date.day == 1 {
                    assert_eq!(month_length(p.year, p.month, p.leap), Some(p.day));
                    assert!(p.day == 29 || p.day == 30);
                } else {
                    assert_eq!(date.day, p.day + 1);
                }
            }
            previous = Some(date);
        }
    }

    #[test]
    fn known_dates() {
        assert_eq!(tet(2020), Some((2020, 1, 25)));
        assert_eq!(tet(2023), Some((2023, 1, 22)));
        assert_eq!(tet(2024), Some((2024, 2, 10)));
        assert_eq!(tet(1985), Some((1985, 1, 21)));
        assert_eq!(tet(1968), Some((1968, 1, 29)));
        assert_eq!(tet(2007), Some((2007, 2, 17)));
        assert_eq!(
            lunar_to_solar(lunar(2024, 8, 15, false)),
            Some((2024, 9, 17))
        );
        assert_eq!(solar_to_lunar(2024, 9, 17), Some(lunar(2024, 8, 15, false)));
        // Giỗ Tổ Hùng Vương, 10/3 âm lịch.
        assert_eq!(
            lunar_to_solar(lunar(2024, 3, 10, false)),
            Some((2024, 4, 18))
        );
    }

    #[test]
    fn leap_months() {
        let leaps = |year| {
            (1..=12)
                .filter(|&m| month_length(year, m, true).is_some())
                .collect::<Vec<u8>>()
        };
        assert_eq!(leaps(2023), [2]);
        assert_eq!(leaps(2020), [4]);
        assert_eq!(leaps(2025), [6]);
        assert_eq!(leaps(2033), [11]);
        assert!(leaps(2024).is_empty());
        assert_eq!(lunar_to_solar(lunar(2023, 2, 1, true)), Some((2023, 3, 22)));
        assert_eq!(lunar_to_solar(lunar(2020, 4, 1, true)), Some((2020, 5, 23)));
        assert_eq!(solar_to_lunar(2020, 5, 23), Some(lunar(2020, 4, 1, true)));
    }

    #[test]
    fn boundaries() {
        assert_eq!(solar_to_lunar(1900, 1, 1), Some(lunar(1899, 12, 1, false)));
        assert_eq!(
            lunar_to_solar(lunar(1899, 12, 1, false)),
            Some((1900, 1, 1))
        );
        assert_eq!(solar_to_lunar(1899, 12, 31), None);
        assert_eq!(lunar_to_solar(lunar(1899, 11, 29, false)), None);
        assert_eq!(tet(1900), Some((1900, 1, 31)));
        assert_eq!(tet(1899), None);
        let last = solar_to_lunar(2199, 12, 31).expect("last day");
        assert_eq!(last.year, 2199);
        assert_eq!(lunar_to_solar(last), Some((2199, 12, 31)));
        let after = lunar(last.year, last.month, last.day + 1, last.leap);
        assert_eq!(lunar_to_solar(after), None);
        assert_eq!(solar_to_lunar(2200, 1, 1), None);
        assert_eq!(tet(2199), Some((2199, 1, 27)));
        assert_eq!(tet(2200), None);
        assert_eq!(solar_to_lunar(i32::MAX, 12, 31), None);
        assert_eq!(solar_to_lunar(i32::MIN, 1, 1), None);
        assert_eq!(tet(i32::MIN), None);
        assert_eq!(lunar_to_solar(lunar(i32::MAX, 1, 1, false)), None);
        assert_eq!(month_length(i32::MIN, 1, false), None);
    }

    #[test]
    fn invalid_inputs() {
        assert_eq!(solar_to_lunar(2024, 13, 1), None);
        assert_eq!(solar_to_lunar(2024, 0, 1), None);
        assert_eq!(solar_to_lunar(2024, 1, 0), None);
        assert_eq!(solar_to_lunar(2024, 4, 31), None);
        assert_eq!(solar_to_lunar(2023, 2, 29), None);
        assert!(solar_to_lunar(2024, 2, 29).is_some());
        assert_eq!(solar_to_lunar(2100, 2, 29), None);
        assert_eq!(solar_to_lunar(2024, 1, 255), None);
        assert_eq!(lunar_to_solar(lunar(2024, 13, 1, false)), None);
        assert_eq!(lunar_to_solar(lunar(2024, 0, 1, false)), None);
        assert_eq!(lunar_to_solar(lunar(2024, 1, 0, false)), None);
        assert_eq!(lunar_to_solar(lunar(2024, 1, 31, false)), None);
        assert_eq!(lunar_to_solar(lunar(2024, 5, 1, true)), None);
        assert_eq!(lunar_to_solar(lunar(2023, 3, 1, true)), None);
        for year in [2020, 2023, 2024, 2100] {
            for month in 1..=12 {
                if let Some(len) = month_length(year, month, false) {
                    let last = lunar(year, month, len, false);
                    assert!(lunar_to_solar(last).is_some());
                    assert_eq!(lunar_to_solar(lunar(year, month, len + 1, false)), None);
                } else {
                    panic!("{year}/{month} missing");
                }
            }
        }
        assert_eq!(month_length(2024, 0, false), None);
        assert_eq!(month_length(2024, 13, false), None);
    }

    #[test]
    fn can_chi_names() {
        assert_eq!(can_chi_name(2020), "Canh Tý");
        assert_eq!(can_chi_name(2024), "Giáp Thìn");
        assert_eq!(can_chi_name(2019), "Kỷ Hợi");
        assert_eq!(can_chi_name(2023), "Quý Mão");
        assert_eq!(can_chi_name(1985), "Ất Sửu");
        assert_eq!(can_chi_name(1968), "Mậu Thân");
        assert_eq!(can_chi_name(1900), "Canh Tý");
        assert_eq!(can_chi(1984), (0, 0));
        assert_eq!(can_chi(2043), (9, 11));
        assert!(is_can_chi_of(2024, 0, 4));
        assert!(!is_can_chi_of(2024, 0, 5));
        assert!(!is_can_chi_of(2024, 10, 4));
        // Defined (and periodic) for every year, without overflow.
        for year in [i32::MIN, i32::MIN + 1, -1, 0, 1, i32::MAX] {
            let (s, b) = can_chi(year);
            assert!(s < 10 && b < 12);
            assert_eq!(can_chi_name(year).split(' ').count(), 2);
        }
        assert_eq!(can_chi(2024 - 60), can_chi(2024));
        for name in STEMS.iter().chain(BRANCHES.iter()) {
            assert!(name.chars().next().is_some_and(char::is_uppercase));
        }
    }

    #[test]
    fn astronomy_agrees_with_de405() {
        // Instants (JD UT1) from JPL DE405 via tools/tet_table.py.
        const SECOND: f64 = 1.0 / 86_400.0;
        let new_moons = [
            2_415_021.077_753_16, // 1900-01-01
            2_439_679.208_380_85, // 1967-07-07 17:00:04 UT
            2_460_320.998_201_26, // 2024-01-11
            2_524_963.461_012_30, // 2201-01-05
        ];
        for jd in new_moons {
            let k = ((jd - NEW_MOON_EPOCH) / SYNODIC_MONTH).round() as i64;
            let jde = new_moon_jde(k);
            let error = (jde - delta_t_days(jde) - jd) / SECOND;
            assert!(error.abs() < 20.0, "new moon {jd}: {error} s");
        }
        let terms = [
            (2_415_010.539_012_13, 9), // winter solstice 1899
            (2_439_695.052_660_83, 4), // 1967-07-23, 120°
            (2_460_665.889_285_01, 9), // winter solstice 2024
            (2_524_583.357_758_74, 9), // winter solstice 2199
        ];
        for (jd, term) in terms {
            let error = sun_longitude(jd) - 30.0 * f64::from(term);
            let seconds = error / (360.0 / 365.2422) / SECOND;
            assert!(seconds.abs() < 20.0, "term {term} at {jd}: {seconds} s");
        }
    }
}
