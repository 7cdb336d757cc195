//! Unit and property tests of the parent module, kept apart so the module reads in one sitting.

use super::*;

/// Each field's rule is one its stored type can keep: a misplaced rule (a range on
/// text, a text rule on a number) would refuse every value or none.
#[test]
fn every_field_names_a_rule_that_fits_its_type() {
    for k in checked_kinds() {
        for Field(name, _, ty, rule) in k.fields {
            let fits = match ty {
                Text | OptText => {
                    !matches!(rule, Rule::Range(..) | Rule::Flag | Rule::Moment | Rule::Day | Rule::Any)
                }
                Int | OptInt => matches!(rule, Rule::Range(..) | Rule::Any),
                Bool => *rule == Rule::Flag,
                Time | OptTime => *rule == Rule::Moment,
                OptDate => *rule == Rule::Day,
                Ref(_) | OptRef(_) => *rule == Rule::Uuid,
            };
            assert!(fits, "{}.{name}: {rule:?} does not fit its type", k.name);
        }
    }
}

#[test]
fn every_kind_has_a_name_for_messages_and_its_links_a_key() {
    for k in checked_kinds() {
        assert!(!k.one.is_empty(), "{}", k.name);
        assert!(k.uuid || !k.key.is_empty(), "{}: a link needs a key", k.name);
    }
}
