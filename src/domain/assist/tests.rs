//! Unit and property tests of the parent module, kept apart so the module reads in one sitting.

use super::*;
use proptest::prelude::*;

#[test]
fn forty_five_minutes_split_as_the_weights_say() {
    assert_eq!(time_boxes(45), [6, 6, 12, 5, 6, 5, 5]);
    assert_eq!(time_boxes(7), [1; 7]);
}

#[test]
fn next_step_words_can_stand_anywhere() {
    let s = parse_next_step("Send the map @ana due:fri to Bo").unwrap();
    assert_eq!(s.text, "Send the map to Bo");
    assert_eq!(s.owner.as_deref(), Some("ana"));
    assert_eq!(s.due.as_deref(), Some("fri"));
    let plain = parse_next_step("  Read the book ").unwrap();
    assert_eq!(plain, TypedNextStep { text: "Read the book".into(), owner: None, due: None });
    assert!(parse_next_step("@ana due:fri").is_err());
    assert!(parse_next_step("x @a @b").is_err());
    assert!(parse_next_step("x due:").is_err());
    assert!(parse_next_step("write to bo@example.org").unwrap().owner.is_none());
}

#[test]
fn takeaway_needs_a_member_and_text() {
    assert_eq!(parse_takeaway("Bo: try a map").unwrap(), ("Bo".into(), "try a map".into()));
    assert_eq!(parse_takeaway("bo: see: this").unwrap().1, "see: this");
    assert!(parse_takeaway("no member here").is_err());
    assert!(parse_takeaway(": text").is_err());
    assert!(parse_takeaway("Bo:  ").is_err());
}

#[test]
fn resource_takes_a_trailing_link() {
    let r = parse_resource("Net Gains https://example.org/net").unwrap();
    assert_eq!(r.title, "Net Gains");
    assert_eq!(r.url.as_deref(), Some("https://example.org/net"));
    let r = parse_resource("Weaving <https://w.org>").unwrap();
    assert_eq!(r.url.as_deref(), Some("https://w.org"));
    let r = parse_resource("Weaving www.w.org").unwrap();
    assert_eq!(r.url.as_deref(), Some("https://www.w.org"));
    let r = parse_resource("https://only.link").unwrap();
    assert_eq!(r.title, "https://only.link");
    let r = parse_resource("A book title").unwrap();
    assert_eq!((r.title.as_str(), r.url), ("A book title", None));
    assert!(parse_resource("   ").is_err());
}

#[test]
fn every_field_of_an_assist_is_checked_and_named() {
    let good = PeerAssist {
        challenge: "Grow".into(),
        situation: Some("line one\r\nline two\tand a tab".into()),
        ideas: vec!["Map it".into()],
        ..PeerAssist::default()
    };
    assert_eq!(good.check(), Ok(()));
    type Spoil = fn(&mut PeerAssist);
    let cases: [(Spoil, &str); 7] = [
        (|a| a.challenge = "two\r\nlines".into(), "challenge"),
        (|a| a.minutes = 1 << 20, "minutes"),
        (|a| a.group = Some("g\u{1b}[2J".into()), "group"),
        (|a| a.situation = Some("hidden\u{1b}[1A\u{1b}[2K".into()), "situation"),
        (|a| a.ideas.push("bell\u{7}".into()), "ideas[1]"),
        (|a| a.resources.push(parse_resource("x javascript://alert(1)").unwrap()), "resources[0].url"),
        (
            |a| {
                a.next_steps.push(NextStep {
                    id: None,
                    text: " ".into(),
                    owner_id: None,
                    due: None,
                    done_at: None,
                })
            },
            "next_steps[0].text",
        ),
    ];
    for (spoil, path) in cases {
        let mut a = good.clone();
        spoil(&mut a);
        assert_eq!(a.check().unwrap_err().0, path);
    }
}

#[test]
fn minutes_are_checked() {
    assert!(check_minutes(4).is_err());
    assert!(check_minutes(5).is_ok());
    assert!(check_minutes(240).is_ok());
    assert!(check_minutes(241).is_err());
}

#[test]
fn json_with_an_unknown_field_is_refused_by_name() {
    let e = serde_json::from_str::<PeerAssist>(r#"{"challenge": "x", "colour": 1}"#).unwrap_err();
    assert!(e.to_string().contains("colour"), "{e}");
    let a: PeerAssist = serde_json::from_str(r#"{"challenge": "x", "presenters": [1, "ana"]}"#).unwrap();
    assert_eq!(a.presenters, [MemberRef::Id(1), MemberRef::Name("ana".into())]);
    assert_eq!(a.minutes, 45);
    assert_eq!(a.status, AssistStatus::Logged);
}

proptest! {
    #[test]
    fn boxes_sum_to_the_total_and_each_is_at_least_a_minute(total in 7u32..=240) {
        let boxes = time_boxes(total);
        prop_assert_eq!(boxes.iter().sum::<u32>(), total);
        prop_assert!(boxes.iter().all(|&b| b >= 1));
        for (i, b) in boxes.iter().enumerate() {
            prop_assert!(boxes[IDEA_STEP] >= *b, "step {} longer than ideas: {:?}", i + 1, boxes);
        }
    }

    #[test]
    fn next_step_text_keeps_its_words(words in proptest::collection::vec("[a-z]{1,8}", 1..6)) {
        let line = format!("{} @bo due:fri", words.join(" "));
        let s = parse_next_step(&line).unwrap();
        prop_assert_eq!(s.text, words.join(" "));
        prop_assert_eq!(s.owner.as_deref(), Some("bo"));
    }

    #[test]
    fn boxes_of_any_length_add_up(total in any::<u32>()) {
        let boxes = time_boxes(total);
        prop_assert_eq!(boxes.iter().map(|&b| u64::from(b)).sum::<u64>(), u64::from(total.max(STEPS as u32)));
    }

    /// Any words, with any owner and due text, keep the words exactly and in order.
    #[test]
    fn next_step_words_of_any_script_are_kept(
        words in proptest::collection::vec("[^@\\s\\p{Cc}][^\\s\\p{Cc}]{0,6}", 1..5),
        owner in "[^\\s\\p{Cc}]{1,8}",
        due in "[^\\s\\p{Cc}]{1,8}",
    ) {
        prop_assume!(words.iter().all(|w| !w.starts_with("due:")));
        let line = format!("{} @{owner} due:{due}", words.join(" "));
        let s = parse_next_step(&line).unwrap();
        prop_assert_eq!(s.text, words.join(" "));
        prop_assert_eq!(s.owner.as_deref(), Some(owner.as_str()));
        prop_assert_eq!(s.due.as_deref(), Some(due.as_str()));
    }

    #[test]
    fn assist_json_of_any_shape_is_read_or_refused(s in "\\PC{0,60}", n in any::<i64>(), text in "\\PC{0,12}") {
        let _ = serde_json::from_str::<PeerAssist>(&s);
        for doc in [
            format!(r#"{{"challenge": {text:?}, "minutes": {n}, "presenters": [{n}, {text:?}]}}"#),
            format!(r#"{{"challenge": {text:?}, "date": {text:?}, "next_steps": [{{"text": {text:?}, "due": {text:?}, "owner_id": {n}}}]}}"#),
            format!(r#"{{"challenge": {text:?}, "takeaways": [{{"member_id": {n}, "text": {text:?}}}], "status": {text:?}}}"#),
        ] {
            let _ = serde_json::from_str::<PeerAssist>(&doc);
        }
    }

    #[test]
    fn parsers_never_panic(s in "\\PC{0,40}") {
        let _ = parse_next_step(&s);
        let _ = parse_takeaway(&s);
        let _ = parse_resource(&s);
    }
}
