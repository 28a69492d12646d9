#!/usr/bin/env python3
"""Reference tables for `src/lunar.rs`, computed independently of it.

The Rust module finds new moons with Meeus's mean-phase series and the Sun's
longitude with a truncated VSOP87 series.  This script instead asks the JPL
DE405 numerical ephemeris (through Skyfield) for the apparent geocentric
ecliptic longitudes of the Sun and the Moon, true equinox of date, and
searches for the instants when

* the Moon's longitude minus the Sun's crosses 0 (true new moon), and
* the Sun's longitude crosses a multiple of 30 degrees (the 12 major solar
  terms, trung khí; 270 degrees is the winter solstice, Đông chí).

Each instant is turned into a civil date at UTC+7 (Vietnam) from UT1, and the
rules of the Vietnamese calendar are applied to those dates:

* a lunar month starts on the local date of a new moon;
* month 11 is the month containing the local date of the winter solstice;
* when 13 months lie between one month 11 and the next, the first of them
  (after the first month 11) that contains no major solar term is a leap
  month and takes the number of the month before it;
* month 1, day 1 is Tết.

Output (relative to the crate root):
  tests/data/tet.tsv           year<TAB>YYYY-MM-DD   (Tết, 1900..=2199)
  tests/data/lunar_months.tsv  lunar_year<TAB>month<TAB>leap<TAB>YYYY-MM-DD
                               (every month of lunar years 1900..=2199)

Requirements (PyPI): skyfield==1.55 jplephem==2.24 de405==1997.1
(`de405` packages JPL DE405, 1600-2200, in jplephem's legacy format; an adapter
below feeds it to Skyfield, which otherwise expects a .bsp kernel.)
Skyfield's built-in time scale supplies Delta T (observed values, then its
extrapolation toward the Stephenson-Morrison-Hohenkerk 2016 parabola).

Usage: python3 tools/tet_table.py [crate_root]
"""

import bisect
import datetime
import os
import sys

import numpy as np

import de405
import jplephem
import jplephem.ephem
import skyfield
from skyfield import almanac
from skyfield.api import load
from skyfield.constants import AU_KM, tau
from skyfield.framelib import ecliptic_frame
from skyfield.nutationlib import iau2000b_radians
from skyfield.searchlib import find_discrete
from skyfield.vectorlib import VectorFunction

FIRST_YEAR = 1900
LAST_YEAR = 2199
ZONE_HOURS = 7


class _Body(VectorFunction):
    """A body relative to the Solar System barycenter, from legacy DE405."""

    def __init__(self, ephemeris, target, compute):
        self.center = 0
        self.target = target
        self.ephemeris = ephemeris
        self._compute = compute

    def _at(self, t):
        p, v = self._compute(t.whole, t.tdb_fraction)
        if not t.shape:
            p, v = p[:, 0], v[:, 0]
        return p / AU_KM, v / AU_KM, None, None


class _De405:
    """The mapping of bodies that Skyfield's almanac routines index."""

    def __init__(self):
        e = jplephem.ephem.Ephemeris(de405)
        self.jpl = e

        def pv(name):
            return lambda tdb, tdb2: e.position_and_velocity(name, tdb, tdb2)

        def earth(tdb, tdb2):
            bp, bv = e.position_and_velocity('earthmoon', tdb, tdb2)
            mp, mv = e.position_and_velocity('moon', tdb, tdb2)
            return bp - mp * e.earth_share, bv - mv * e.earth_share

        def moon(tdb, tdb2):
            bp, bv = e.position_and_velocity('earthmoon', tdb, tdb2)
            mp, mv = e.position_and_velocity('moon', tdb, tdb2)
            return bp + mp * e.moon_share, bv + mv * e.moon_share

        sun = _Body(self, 10, pv('sun'))
        self.map = {
            'sun': sun, 10: sun,
            'earth': _Body(self, 399, earth), 399: None,
            'moon': _Body(self, 301, moon), 301: None,
            'jupiter barycenter': _Body(self, 5, pv('jupiter')), 5: None,
            'saturn barycenter': _Body(self, 6, pv('saturn')), 6: None,
        }
        for name, code in (('earth', 399), ('moon', 301),
                           ('jupiter barycenter', 5), ('saturn barycenter', 6)):
            self.map[code] = self.map[name]

    def __getitem__(self, key):
        return self.map[key]

    def __contains__(self, key):
        return key in self.map


def local_jdn(times):
    """Julian day numbers of the UTC+7 civil dates of Skyfield times (UT1)."""
    return np.floor(times.ut1 + 0.5 + ZONE_HOURS / 24.0).astype(int)


def jdn_to_iso(jdn):
    return (datetime.date(1, 1, 1) + datetime.timedelta(days=int(jdn) - 1721426)).isoformat()


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..')
    eph = _De405()
    ts = load.timescale(builtin=True)
    earth, sun = eph['earth'], eph['sun']

    t0 = ts.utc(1899, 10, 1)
    t1 = ts.utc(2201, 1, 31)

    # New moons.
    phase_at = almanac.moon_phases(eph)
    times, phases = find_discrete(t0, t1, phase_at)
    new_moons = times[phases == 0]
    nm_days = [int(d) for d in local_jdn(new_moons)]

    # Major solar terms: the Sun's apparent longitude crosses k * 30 degrees.
    def term_at(t):
        t._nutation_angles_radians = iau2000b_radians(t)
        _, lon, _ = earth.at(t).observe(sun).apparent().frame_latlon(ecliptic_frame)
        return (lon.radians // (tau / 12)).astype(int) % 12

    term_at.step_days = 10.0
    times, terms = find_discrete(t0, t1, term_at)
    term_days = [int(d) for d in local_jdn(times)]
    solstice_days = [d for d, k in zip(term_days, terms) if k == 9]

    def month_index(day):
        """Index of the lunation (in nm_days) containing the given day."""
        i = bisect.bisect_right(nm_days, day) - 1
        assert 0 <= i < len(nm_days) - 1, day
        return i

    def has_major_term(i):
        lo = bisect.bisect_left(term_days, nm_days[i])
        return lo < len(term_days) and term_days[lo] < nm_days[i + 1]

    # Number every lunation from the first month 11 on.
    months = []  # (lunar_year, month, leap, start_jdn)
    elevens = [month_index(s) for s in solstice_days]
    years = [int(jdn_to_iso(s)[:4]) for s in solstice_days]
    for (a, ya), (b, yb) in zip(zip(elevens, years), zip(elevens[1:], years[1:])):
        assert yb == ya + 1
        count = b - a
        assert count in (12, 13), (ya, count)
        leap_at = None
        if count == 13:
            leap_at = next(i for i in range(1, 13) if not has_major_term(a + i))
        year, number = ya, 11
        months.append((year, number, False, nm_days[a]))
        for i in range(1, count):
            if i == leap_at:
                months.append((year, number, True, nm_days[a + i]))
                continue
            number += 1
            if number == 13:
                number, year = 1, year + 1
            months.append((year, number, False, nm_days[a + i]))
        assert number == 10 and year == yb

    months = [m for m in months if FIRST_YEAR <= m[0] <= LAST_YEAR]
    starts = [m[3] for m in months]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    tet = [(y, d) for (y, m, leap, d) in months if m == 1 and not leap]
    assert [y for y, _ in tet] == list(range(FIRST_YEAR, LAST_YEAR + 1))

    header = [
        '# Generated by tools/tet_table.py: Vietnamese lunar calendar (UTC+7).',
        '# New moons and major solar terms from JPL DE405 (PyPI de405 %s) via'
        ' skyfield %s (jplephem %s), apparent geocentric ecliptic longitudes,'
        ' true equinox of date; Delta T from skyfield\'s built-in time scale;'
        ' civil dates from UT1 + 7 h.' % (
            getattr(de405, '__version__', '1997.1'), skyfield.__version__,
            jplephem.__version__),
        '# Rules: month 11 contains the winter solstice; in a 13-month year the'
        ' first month after month 11 with no major solar term is the leap month.',
    ]
    data = os.path.join(root, 'tests', 'data')
    os.makedirs(data, exist_ok=True)
    with open(os.path.join(data, 'tet.tsv'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(header) + '\n# year\ttet\n')
        for y, d in tet:
            f.write('%d\t%s\n' % (y, jdn_to_iso(d)))
    with open(os.path.join(data, 'lunar_months.tsv'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(header) + '\n# lunar_year\tmonth\tleap\tfirst_day\n')
        for y, m, leap, d in months:
            f.write('%d\t%d\t%d\t%s\n' % (y, m, int(leap), jdn_to_iso(d)))

    # Diagnostics: events closest to local midnight (most sensitive to precision).
    def near_midnight(times, label):
        frac = (times.ut1 + 0.5 + ZONE_HOURS / 24.0) % 1.0
        dist = np.minimum(frac, 1.0 - frac) * 86400.0
        for i in np.argsort(dist)[:8]:
            print('%s %s UT1+7 frac=%.6f (%.0f s from midnight)'
                  % (label, jdn_to_iso(local_jdn(times[i])), frac[i], dist[i]),
                  file=sys.stderr)

    near_midnight(new_moons, 'new moon')
    dump = os.environ.get('LUNAR_DUMP')
    if dump:  # raw instants (JD UT1) for comparing with other implementations
        with open(dump, 'w') as f:
            for jd in new_moons.ut1:
                f.write('N %.8f\n' % jd)
            for jd, k in zip(times.ut1, terms):
                f.write('T %.8f %d\n' % (jd, k))
    print('%d Tết dates, %d months written to %s' % (len(tet), len(months), data),
          file=sys.stderr)


if __name__ == '__main__':
    main()
