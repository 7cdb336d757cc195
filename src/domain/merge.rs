//! `members merge KEEP DROP`: what one person's two records become.

use super::member::Profile;

/// KEEP's profile with what only DROP knew: every field KEEP leaves empty is DROP's,
/// tags and windows are both sets, the earlier `joined` day is kept (they were a member
/// since then), a facilitator stays one, and two different notes are both kept.
pub fn merge_profiles(keep: &Profile, drop: &Profile) -> Profile {
    let mut p = keep.clone();
    for (mine, theirs) in
        [(&mut p.email, &drop.email), (&mut p.region, &drop.region), (&mut p.timezone, &drop.timezone)]
    {
        if mine.is_none() {
            mine.clone_from(theirs);
        }
    }
    p.note = match (&keep.note, &drop.note) {
        (Some(a), Some(b)) if a != b => Some(format!("{a}\n{b}")),
        (a, b) => a.clone().or_else(|| b.clone()),
    };
    p.joined_on = match (keep.joined_on, drop.joined_on) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    p.facilitator |= drop.facilitator;
    p.interests.extend(drop.interests.iter().cloned());
    p.needs.extend(drop.needs.iter().cloned());
    p.expertise.extend(drop.expertise.iter().cloned());
    p.availability.extend(drop.availability.iter().copied());
    p.tidy();
    p
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::member::Availability;
    use chrono::NaiveDate;

    #[test]
    fn keep_wins_and_drop_fills_the_gaps() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 1, d);
        let keep = Profile {
            name: "Ana Souza".into(),
            region: Some("north".into()),
            interests: vec!["data".into()],
            joined_on: day(9),
            note: Some("met at the fair".into()),
            ..Profile::default()
        };
        let drop = Profile {
            name: "Ana".into(),
            email: Some("ana@x.org".into()),
            region: Some("south".into()),
            interests: vec!["maps".into(), "data".into()],
            availability: vec![Availability::parse("fri 12:00-13:00").unwrap()],
            facilitator: true,
            joined_on: day(2),
            note: Some("prefers mornings".into()),
            ..Profile::default()
        };
        let p = merge_profiles(&keep, &drop);
        assert_eq!(p.name, "Ana Souza");
        assert_eq!(p.email.as_deref(), Some("ana@x.org"));
        assert_eq!(p.region.as_deref(), Some("north"));
        assert_eq!(p.interests, ["data", "maps"]);
        assert_eq!(p.availability.len(), 1);
        assert!(p.facilitator);
        assert_eq!(p.joined_on, day(2));
        assert_eq!(p.note.as_deref(), Some("met at the fair\nprefers mornings"));
        assert_eq!(merge_profiles(&keep, &keep), keep);
    }
}
