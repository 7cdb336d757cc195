//! The word lists a generated community is made from, kept in `words.txt` so a list
//! grows without touching code.

/// The file, compiled in: `cop` stays one binary.
const TEXT: &str = include_str!("../words.txt");

/// Every list of `words.txt`, each one non-empty.
#[derive(Debug)]
pub struct Words {
    pub first: Vec<&'static str>,
    pub last: Vec<&'static str>,
    pub domains: Vec<&'static str>,
    /// A region and the time zone most of its people live in.
    pub regions: Vec<(&'static str, &'static str)>,
    /// The tag vocabulary, the most popular first.
    pub tags: Vec<&'static str>,
    /// An assist's challenge, with `{tag}` for its topic.
    pub challenges: Vec<&'static str>,
    /// A next step, with `{tag}` for the topic and `{who}` for someone to introduce.
    pub steps: Vec<&'static str>,
    pub groups: Vec<&'static str>,
    /// How a popup's title begins.
    pub openings: Vec<&'static str>,
}

impl Words {
    pub fn load() -> Result<Words, String> {
        Words::parse(TEXT)
    }

    /// Reads `[section]` headers, each followed by one item a line; blank lines and
    /// `#` comments are skipped. A section missing, empty or unknown is an error.
    fn parse(text: &'static str) -> Result<Words, String> {
        let mut sections: Vec<(&str, Vec<&'static str>)> = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                sections.push((name, Vec::new()));
            } else if let Some((_, items)) = sections.last_mut() {
                items.push(line);
            } else {
                return Err(format!("words.txt line {}: an item before any [section]", n + 1));
            }
        }
        let mut take = |name: &str| -> Result<Vec<&'static str>, String> {
            let at = sections.iter().position(|(s, _)| *s == name);
            match at.map(|i| sections.remove(i).1) {
                Some(items) if !items.is_empty() => Ok(items),
                Some(_) => Err(format!("words.txt: [{name}] is empty")),
                None => Err(format!("words.txt: no [{name}] section")),
            }
        };
        let (first, last, domains) = (take("first")?, take("last")?, take("domains")?);
        let regions = take("regions")?
            .into_iter()
            .map(|l| {
                l.split_once(' ').ok_or_else(|| format!("words.txt [regions] {l:?}: expected REGION ZONE"))
            })
            .collect::<Result<Vec<_>, String>>()?;
        let words = Words {
            first,
            last,
            domains,
            regions,
            tags: take("tags")?,
            challenges: take("challenges")?,
            steps: take("steps")?,
            groups: take("groups")?,
            openings: take("openings")?,
        };
        match sections.first() {
            Some((name, _)) => Err(format!("words.txt: unknown section [{name}]")),
            None => Ok(words),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::member::{check_email, check_name, check_region, check_timezone};
    use crate::domain::rules::Rule;

    #[test]
    fn the_word_file_parses_and_every_word_passes_the_record_rules() {
        let w = Words::load().unwrap();
        for t in &w.tags {
            Rule::Tag.check_text(t).unwrap();
            assert_eq!(crate::domain::tag::normalize(t).as_deref(), Ok(*t), "tags are stored normalized");
        }
        for (region, zone) in &w.regions {
            check_region(region).unwrap();
            check_timezone(zone).unwrap();
        }
        for (first, last) in w.first.iter().zip(w.last.iter()) {
            check_name(&format!("{first} {last}")).unwrap();
        }
        for d in &w.domains {
            check_email(&format!("ana.souza.1@{d}")).unwrap();
        }
        // No placeholder but the two the generators fill in.
        for text in w.challenges.iter().chain(&w.steps) {
            let filled = text.replace("{tag}", "data").replace("{who}", "Ana");
            assert!(!filled.contains('{') && !filled.contains('}'), "{text}");
        }
    }

    #[test]
    fn a_damaged_word_file_is_refused_naming_the_problem() {
        assert!(Words::parse("stray\n[first]\nAna\n").unwrap_err().contains("line 1"));
        assert!(Words::parse("[first]\n").unwrap_err().contains("[first] is empty"));
        assert!(Words::parse("[first]\nAna\n").unwrap_err().contains("no [last]"));
        let unknown = concat!(include_str!("../words.txt"), "\n[colours]\nred\n");
        assert!(Words::parse(unknown).unwrap_err().contains("unknown section [colours]"));
    }
}
