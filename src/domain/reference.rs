//! Resolving how a person names a member (MEMBER): an id, an email, or a unique name
//! or the start of any word of one, without regard to case or accents.

use super::member::{fold, word_starts_with};

/// The facts about a member that a reference can match.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub id: i64,
    pub name: String,
    pub email: Option<String>,
}

/// What a reference points at.
#[derive(Debug, PartialEq)]
pub enum Resolution {
    One(i64),
    NoMatch,
    /// Several members match; listed by name so the user can pick.
    Many(Vec<Candidate>),
}

/// Resolves `reference` among `candidates`. An id or an email must match exactly; a
/// name that equals one member's name (folded, see [`fold`]) wins over the names with a
/// word starting with it, so "Ana" finds Ana even when Anabel exists, and "aiko" finds
/// "Sato, Aiko".
pub fn resolve(reference: &str, candidates: &[Candidate]) -> Resolution {
    let r = reference.trim();
    if r.is_empty() {
        return Resolution::NoMatch;
    }
    if let Ok(id) = r.parse::<i64>()
        && candidates.iter().any(|c| c.id == id)
    {
        return Resolution::One(id);
    }
    let lower = r.to_lowercase();
    if r.contains('@') {
        return match candidates.iter().find(|c| c.email.as_deref().is_some_and(|e| e.to_lowercase() == lower))
        {
            Some(c) => Resolution::One(c.id),
            None => Resolution::NoMatch,
        };
    }
    let folded = fold(r);
    if folded.is_empty() {
        // Nothing but marks: no name can be told by it.
        return Resolution::NoMatch;
    }
    let names: Vec<String> = candidates.iter().map(|c| fold(&c.name)).collect();
    let exact: Vec<&Candidate> =
        candidates.iter().zip(&names).filter(|(_, n)| **n == folded).map(|(c, _)| c).collect();
    let matches = if exact.is_empty() {
        candidates.iter().zip(&names).filter(|(_, n)| word_starts_with(n, &folded)).map(|(c, _)| c).collect()
    } else {
        exact
    };
    match matches.as_slice() {
        [] => Resolution::NoMatch,
        [one] => Resolution::One(one.id),
        many => {
            let mut list: Vec<Candidate> = many.iter().map(|c| (*c).clone()).collect();
            list.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
            Resolution::Many(list)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn people() -> Vec<Candidate> {
        [
            (1, "Ana Souza", Some("ana@x.org")),
            (2, "Ana Lima", None),
            (3, "Bruno", Some("b@x.org")),
            (4, "Ana", None),
        ]
        .into_iter()
        .map(|(id, name, email)| Candidate { id, name: name.into(), email: email.map(Into::into) })
        .collect()
    }

    #[test]
    fn ids_emails_and_names_resolve() {
        let p = people();
        assert_eq!(resolve("3", &p), Resolution::One(3));
        assert_eq!(resolve("ANA@x.org", &p), Resolution::One(1));
        assert_eq!(resolve("bru", &p), Resolution::One(3));
        assert_eq!(resolve("ana", &p), Resolution::One(4), "an exact name beats prefixes");
        assert_eq!(resolve("ana l", &p), Resolution::One(2));
    }

    #[test]
    fn names_match_without_case_or_accents_at_the_start_of_any_word() {
        let cands: Vec<Candidate> = [(1, "María López"), (2, "Sato, Aiko"), (3, "Aikon Tanaka"), (4, "José")]
            .into_iter()
            .map(|(id, name)| Candidate { id, name: name.into(), email: None })
            .collect();
        assert_eq!(resolve("maria", &cands), Resolution::One(1));
        assert_eq!(resolve("LOPEZ", &cands), Resolution::One(1));
        assert_eq!(resolve("lópez", &cands), Resolution::One(1));
        assert_eq!(resolve("jose", &cands), Resolution::One(4));
        match resolve("aiko", &cands) {
            Resolution::Many(list) => assert_eq!(list.iter().map(|c| c.id).collect::<Vec<_>>(), [3, 2]),
            other => panic!("expected both, got {other:?}"),
        }
        assert_eq!(resolve("tanaka", &cands), Resolution::One(3));
        assert_eq!(resolve("anaka", &cands), Resolution::NoMatch, "inside a word is no start");
    }

    #[test]
    fn ambiguous_prefixes_list_the_candidates() {
        let p: Vec<Candidate> = people().into_iter().filter(|c| c.id != 4).collect();
        match resolve("an", &p) {
            Resolution::Many(list) => assert_eq!(list.iter().map(|c| c.id).collect::<Vec<_>>(), vec![2, 1]),
            other => panic!("expected many, got {other:?}"),
        }
    }

    #[test]
    fn unknown_references_match_nothing() {
        let p = people();
        assert_eq!(resolve("99", &p), Resolution::NoMatch);
        assert_eq!(resolve("zoe", &p), Resolution::NoMatch);
        assert_eq!(resolve("nobody@x.org", &p), Resolution::NoMatch);
        assert_eq!(resolve("  ", &p), Resolution::NoMatch);
    }

    /// Names built from the characters SQL and LIKE treat specially, and scripts that
    /// change case or direction.
    const HOSTILE_NAME: &str = "[a-cA-C%_'\";\\\\ \u{202e}\u{200d}\u{301}ßİ🙂ש-]{1,6}";

    #[test]
    fn wildcards_in_a_reference_are_plain_characters() {
        let cands: Vec<Candidate> = [(1, "a_c"), (2, "abc"), (3, "100%"), (4, "100x"), (5, "x'; --")]
            .into_iter()
            .map(|(id, name)| Candidate { id, name: name.into(), email: None })
            .collect();
        assert_eq!(resolve("a_", &cands), Resolution::One(1));
        assert_eq!(resolve("100%", &cands), Resolution::One(3));
        assert_eq!(resolve("%", &cands), Resolution::NoMatch);
        assert_eq!(resolve("_", &cands), Resolution::NoMatch);
        assert_eq!(resolve("x'", &cands), Resolution::One(5));
    }

    proptest! {
        /// Whatever the names and the reference, a match is a member with a word of
        /// their name starting with the reference (folded), or that id or email: never
        /// a pattern.
        #[test]
        fn a_reference_matches_only_literal_prefixes(
            names in proptest::collection::vec(HOSTILE_NAME, 1..6),
            reference in prop_oneof![HOSTILE_NAME, "\\PC{0,8}"],
        ) {
            let cands: Vec<Candidate> = names.iter().enumerate()
                .map(|(i, n)| Candidate { id: i as i64 + 100, name: n.clone(), email: Some(format!("{i}@x.org")) })
                .collect();
            let literal = |c: &Candidate| word_starts_with(&fold(&c.name), &fold(&reference));
            let by_id_or_email = |c: &Candidate| reference.trim().parse() == Ok(c.id)
                || c.email.as_deref() == Some(reference.trim().to_lowercase().as_str());
            match resolve(&reference, &cands) {
                Resolution::One(id) => {
                    let c = cands.iter().find(|c| c.id == id).unwrap();
                    prop_assert!(literal(c) || by_id_or_email(c));
                }
                Resolution::Many(list) => prop_assert!(list.iter().all(literal)),
                Resolution::NoMatch => prop_assert!(reference.trim().is_empty() || !cands.iter().any(|c| literal(c) && !reference.contains('@'))),
            }
        }

        #[test]
        fn every_full_name_that_is_unique_resolves_to_its_member(names in proptest::collection::vec("[a-zA-Z]{1,6}", 1..8)) {
            let cands: Vec<Candidate> = names.iter().enumerate()
                .map(|(i, n)| Candidate { id: i as i64 + 100, name: n.clone(), email: None })
                .collect();
            for c in &cands {
                let same = cands.iter().filter(|o| fold(&o.name) == fold(&c.name)).count();
                match resolve(&c.name, &cands) {
                    Resolution::One(id) => prop_assert!(same == 1 && id == c.id),
                    Resolution::Many(list) => prop_assert!(same > 1 && list.len() == same),
                    Resolution::NoMatch => prop_assert!(false, "a member's own name must match"),
                }
            }
        }
    }
}
