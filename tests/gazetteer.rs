//! Over the whole gazetteer: every unit of both eras, written with its type word and with each
//! abbreviation of that type, in any case, reads as a unit whose candidates include it; every
//! unit of the old list has a successor in the new one.

#![cfg(feature = "gazetteer")]

use vnparse::admin::{admin, AdminUnit};
use vnparse::gazetteer::{successor, units, Era, Unit};

/// The ways a unit of `kind` is written: the type word, capitalized, upper case, and the
/// abbreviations of that type.
fn forms(unit: &Unit) -> Vec<String> {
    let (kind, name) = (unit.kind, unit.name);
    let mut capital = kind.to_string();
    if let Some(first) = capital.chars().next() {
        capital.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
    }
    let mut out = vec![
        format!("{kind} {name}"),
        format!("{capital} {name}"),
        format!("{} {}", kind.to_uppercase(), name.to_uppercase()),
    ];
    let abbreviations: &[&str] = match kind {
        "thành phố" => &["TP.", "TP. ", "Tp. ", "Tp ", "tp. "],
        "thị xã" => &["TX.", "TX. "],
        "thị trấn" => &["TT.", "TT. "],
        "quận" => &["Q.", "Q. "],
        "huyện" => &["H.", "H. "],
        "phường" => &["P.", "P. "],
        "xã" => &["X.", "X. "],
        _ => &[],
    };
    out.extend(abbreviations.iter().map(|a| format!("{a}{name}")));
    out
}

fn finds(read: &AdminUnit, unit: &Unit) -> bool {
    read.matches
        .iter()
        .any(|m| m.era == unit.era && m.level == unit.level && m.code == unit.code)
}

#[test]
fn every_unit_in_every_form_resolves_to_its_own_code() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for era in [Era::Before2025, Era::After2025] {
        for unit in units(era) {
            for written in forms(unit) {
                checked += 1;
                match admin(&written) {
                    Ok(("", read)) if finds(&read, unit) => {}
                    Ok((rest, read)) => {
                        failures.push(format!("{written:?}: {read} (left {rest:?})"))
                    }
                    Err(e) => failures.push(format!("{written:?}: {e:?}")),
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} fail, e.g.:\n{}",
        failures.len(),
        failures
            .iter()
            .take(30)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(checked > 60_000, "{checked}");
}

#[test]
fn every_old_unit_has_a_successor() {
    for unit in units(Era::Before2025) {
        let next = successor(unit);
        assert!(
            next.is_some_and(|n| n.era == Era::After2025),
            "{} {}",
            unit.kind,
            unit.name
        );
    }
}

#[test]
fn ambiguous_names_keep_every_candidate() {
    let read: AdminUnit = "huyện Châu Thành".parse().unwrap();
    assert!(read.in_era(Era::Before2025).count() > 1);
    assert_eq!(read.code(), None);
    let read: AdminUnit = "Phường 1".parse().unwrap();
    assert!(read.matches.len() > 10);
}
