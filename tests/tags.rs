mod common;
use common::Env;
use serde_json::Value;

/// A later moment than the pinned `COP_NOW`, to see which records a command stamps.
const LATER: &str = "2026-12-01T10:00:00-06:00";
const LATER_UTC: &str = "2026-12-01T16:00:00Z";
const NOW_UTC: &str = "2026-11-24T16:00:00Z";

fn tags(env: &Env, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["tags", "list"];
    args.extend_from_slice(extra);
    env.json(&args).as_array().expect("a JSON array").clone()
}

fn tag(env: &Env, name: &str) -> Value {
    tags(env, &[]).into_iter().find(|t| t["name"] == name).unwrap_or_else(|| panic!("no tag {name}"))
}

fn names(rows: &[Value]) -> Vec<String> {
    rows.iter().map(|r| r["name"].as_str().unwrap_or_default().to_string()).collect()
}

/// Runs `cop ARGS` a week later than the pinned now, asserting success.
fn later(env: &Env, args: &[&str]) {
    env.cop().env("COP_NOW", LATER).args(args).assert().success();
}

fn updated_at(env: &Env, table: &str, id: i64) -> String {
    let conn = rusqlite::Connection::open(env.db()).expect("open db");
    conn.query_row(&format!("SELECT updated_at FROM {table} WHERE id = ?1"), [id], |r| r.get(0))
        .expect("updated_at")
}

fn ids(stdout: &str) -> Vec<i64> {
    stdout.lines().filter_map(|l| l.trim().parse().ok()).collect()
}

/// Ana needs sna and is interested in mapping; Bo has social-network-analysis as need and
/// expertise; a popup and a resource are tagged sna.
fn community(env: &Env) -> (i64, i64) {
    let ana = env.member("Ana", &["--need", "SNA", "--interest", "mapping"]);
    let bo =
        env.member("Bo", &["--need", "social network analysis", "--expertise", "social-network-analysis"]);
    env.ok(&["popup", "propose", "Learn SNA", "--tag", "sna", "--by", "Ana"]);
    env.ok(&["resources", "add", "Network book", "--tag", "sna", "--tag", "mapping"]);
    (ana, bo)
}

#[test]
fn list_counts_each_use_and_names_the_json_fields() {
    let env = Env::new();
    community(&env);
    env.ok(&["tags", "alias", "network", "sna"]);
    let rows = tags(&env, &[]);
    assert_eq!(names(&rows), ["mapping", "sna", "social-network-analysis"]);
    let sna = &rows[1];
    let mut keys: Vec<&str> = sna.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "aliases",
            "assists",
            "expertise",
            "id",
            "interests",
            "name",
            "needs",
            "popups",
            "resources",
            "uuid"
        ]
    );
    assert_eq!(sna["needs"], 1);
    assert_eq!(sna["interests"], 0);
    assert_eq!(sna["popups"], 1);
    assert_eq!(sna["resources"], 1);
    assert_eq!(sna["aliases"], serde_json::json!(["network"]));
    let sna_full = &rows[2];
    assert_eq!((sna_full["needs"].as_i64(), sna_full["expertise"].as_i64()), (Some(1), Some(1)));
    assert_eq!(rows[0]["interests"], 1);
    assert!(sna["id"].is_number() && sna["uuid"].is_string());

    let table = env.ok(&["tags", "list"]);
    assert!(table.lines().next().unwrap().contains("interests"), "{table}");
    let csv = env.ok(&["tags", "list", "--format", "csv"]);
    assert!(
        csv.starts_with("id,uuid,name,interests,needs,expertise,popups,resources,assists,aliases\n"),
        "{csv}"
    );
}

#[test]
fn list_sorts_by_uses_and_shows_only_unused_tags() {
    let env = Env::new();
    community(&env);
    env.member("Cy", &["--interest", "gardening"]);
    env.ok(&["members", "edit", "Cy", "--remove-interest", "gardening"]);
    let by_uses = names(&tags(&env, &["--sort", "uses"]));
    assert_eq!(by_uses, ["sna", "mapping", "social-network-analysis", "gardening"]);
    assert_eq!(names(&tags(&env, &["--unused"])), ["gardening"]);
    env.fails(2, &["tags", "list", "--sort", "size"]);
}

#[test]
fn list_without_a_database_is_empty_and_creates_nothing() {
    let env = Env::new();
    assert_eq!(env.json(&["tags", "list"]), serde_json::json!([]));
    assert!(!env.db().exists());
}

#[test]
fn rename_keeps_the_old_name_as_an_alias() {
    let env = Env::new();
    let (ana, _) = community(&env);
    let id = tag(&env, "sna")["id"].as_i64().unwrap();
    env.cop().env("COP_NOW", LATER).args(["tags", "rename", "SNA", "Network Analysis"]).assert().success();
    let renamed = tag(&env, "network-analysis");
    assert_eq!(renamed["id"], id);
    assert_eq!(renamed["aliases"], serde_json::json!(["sna"]));
    assert_eq!(updated_at(&env, "tags", id), LATER_UTC);
    // The records' links did not change, only the tag's name.
    assert_eq!(updated_at(&env, "members", ana), NOW_UTC);
    // People typing the old name still land on the tag.
    assert_eq!(ids(&env.ok(&["members", "list", "--need", "sna", "-q"])), [ana]);
    env.ok(&["members", "add", "Di", "--need", "sna"]);
    assert_eq!(tag(&env, "network-analysis")["needs"], 2);
    assert!(!names(&tags(&env, &[])).contains(&"sna".to_string()));
    let json = env.json(&["tags", "rename", "network-analysis", "graphs"]);
    assert_eq!(json["name"], "graphs");
    assert_eq!(json["aliases"], serde_json::json!(["network-analysis", "sna"]));
}

#[test]
fn rename_by_alias_and_back_to_an_alias() {
    let env = Env::new();
    community(&env);
    env.ok(&["tags", "rename", "sna", "network-analysis"]);
    // OLD may be an alias; NEW may be one of the tag's own aliases (undoing a rename).
    env.ok(&["tags", "rename", "sna", "sna"]);
    let t = tag(&env, "sna");
    assert_eq!(t["aliases"], serde_json::json!(["network-analysis"]));
    let before = env.snapshot();
    let err = env.ok(&["tags", "rename", "sna", "SNA"]);
    assert_eq!(ids(&err), [t["id"].as_i64().unwrap()]);
    assert_eq!(env.snapshot(), before, "renaming to the same name changes nothing");
}

#[test]
fn rename_onto_another_tag_or_alias_is_a_conflict_that_hints_merge() {
    let env = Env::new();
    community(&env);
    env.ok(&["tags", "alias", "graphs", "mapping"]);
    let before = env.snapshot();
    let err = env.fails(4, &["tags", "rename", "sna", "Social Network Analysis"]);
    assert!(err.contains("NEW: \"social-network-analysis\" is already a tag"), "{err}");
    assert!(err.contains("cop tags merge sna --into social-network-analysis"), "{err}");
    let err = env.fails(4, &["tags", "rename", "sna", "graphs"]);
    assert!(err.contains("\"graphs\" is already an alias of tag \"mapping\""), "{err}");
    assert!(err.contains("cop tags merge sna --into mapping"), "{err}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn rename_bad_input_changes_nothing() {
    let env = Env::new();
    let err = env.fails(3, &["tags", "rename", "sna", "network"]);
    assert!(err.contains("OLD: no tag or alias \"sna\""), "{err}");
    assert!(!env.db().exists(), "a failed rename must not create the database");
    community(&env);
    let before = env.snapshot();
    let err = env.fails(3, &["tags", "rename", "nope", "network"]);
    assert!(err.contains("OLD: no tag or alias \"nope\""), "{err}");
    let err = env.fails(2, &["tags", "rename", "sna", " -_ "]);
    assert!(err.contains("NEW: tag must not be empty"), "{err}");
    let err = env.fails(2, &["tags", "rename", "sna", "a,b"]);
    assert!(err.contains("NEW: tag \"a,b\" must not contain"), "{err}");
    let err = env.fails(2, &["tags", "rename", "", "x"]);
    assert!(err.contains("OLD: tag must not be empty"), "{err}");
    env.fails(2, &["tags", "rename", "sna"]);
    assert_eq!(env.snapshot(), before);
}

#[test]
fn merge_moves_every_link_without_duplicates_and_keeps_the_names_as_aliases() {
    let env = Env::new();
    let (ana, bo) = community(&env);
    let cy = env.member("Cy", &["--interest", "gardening"]);
    // Ana has both tags as needs: she must keep one link, not two.
    env.ok(&["members", "edit", "Ana", "--add-need", "social-network-analysis"]);
    env.ok(&["tags", "alias", "networks", "social-network-analysis"]);
    env.ok(&["resources", "add", "Mapping guide", "--tag", "mapping"]);
    let popup = 1;
    let (book, guide) = (1, 2);
    let sna = tag(&env, "sna")["id"].as_i64().unwrap();
    let full = tag(&env, "social-network-analysis")["id"].as_i64().unwrap();

    later(&env, &["tags", "merge", "social-network-analysis", "networks", "--into", "SNA", "--yes"]);

    let rows = tags(&env, &[]);
    assert_eq!(names(&rows), ["gardening", "mapping", "sna"]);
    let merged = tag(&env, "sna");
    assert_eq!(merged["id"], sna);
    assert_eq!(merged["needs"], 2, "Ana and Bo, once each");
    assert_eq!(merged["expertise"], 1);
    assert_eq!(merged["popups"], 1);
    assert_eq!(merged["resources"], 1);
    assert_eq!(merged["aliases"], serde_json::json!(["networks", "social-network-analysis"]));
    let bo_json = env.json(&["members", "show", "Bo"]);
    assert_eq!(bo_json["needs"], serde_json::json!(["sna"]));
    assert_eq!(bo_json["expertise"], serde_json::json!(["sna"]));
    // Every record whose tags changed is stamped; the others are not.
    assert_eq!(updated_at(&env, "members", ana), LATER_UTC);
    assert_eq!(updated_at(&env, "members", bo), LATER_UTC);
    assert_eq!(updated_at(&env, "members", cy), NOW_UTC);
    assert_eq!(updated_at(&env, "popups", popup), NOW_UTC, "the popup had only sna");
    assert_eq!(updated_at(&env, "resources", book), NOW_UTC);
    assert_eq!(updated_at(&env, "resources", guide), NOW_UTC);
    assert_eq!(updated_at(&env, "tags", sna), LATER_UTC);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let left: i64 =
        conn.query_row("SELECT count(*) FROM member_tags WHERE tag_id = ?1", [full], |r| r.get(0)).unwrap();
    assert_eq!(left, 0);
    // The old names still find the tag.
    assert_eq!(ids(&env.ok(&["members", "list", "--expertise", "networks", "-q"])), [bo]);
}

#[test]
fn merge_stamps_popups_and_resources_whose_tags_change() {
    let env = Env::new();
    community(&env);
    env.ok(&["popup", "propose", "Maps", "--tag", "mapping", "--by", "Ana"]);
    later(&env, &["tags", "merge", "mapping", "--into", "sna", "-y"]);
    assert_eq!(updated_at(&env, "popups", 1), NOW_UTC);
    assert_eq!(updated_at(&env, "popups", 2), LATER_UTC);
    assert_eq!(updated_at(&env, "resources", 1), LATER_UTC);
    let popup = env.json(&["popup", "show", "2"]);
    assert_eq!(popup["tags"], serde_json::json!(["sna"]));
    let resource = env.json(&["resources", "show", "1"]);
    assert_eq!(resource["tags"], serde_json::json!(["sna"]), "one link, not two");
}

#[test]
fn merge_bad_input_changes_nothing() {
    let env = Env::new();
    let err = env.fails(3, &["tags", "merge", "a", "--into", "b", "--yes"]);
    assert!(err.contains("--into: no tag or alias \"b\""), "{err}");
    assert!(!env.db().exists());
    community(&env);
    env.ok(&["tags", "alias", "network", "sna"]);
    let before = env.snapshot();
    let err = env.fails(2, &["tags", "merge", "social-network-analysis", "--into", "sna"]);
    assert!(err.contains("merge tag social-network-analysis (2 uses) into sna"), "{err}");
    assert!(err.contains("refusing without --yes"), "{err}");
    let err = env.fails(2, &["tags", "merge", "network", "--into", "sna", "--yes"]);
    assert!(err.contains("FROM: \"network\" is the tag merged into (--into sna)"), "{err}");
    let err = env.fails(2, &["tags", "merge", "SNA", "--into", "sna", "--yes"]);
    assert!(err.contains("cannot be merged into itself"), "{err}");
    let err = env.fails(3, &["tags", "merge", "mapping", "nope", "--into", "sna", "--yes"]);
    assert!(err.contains("FROM: no tag or alias \"nope\""), "{err}");
    let err = env.fails(3, &["tags", "merge", "mapping", "--into", "nope", "--yes"]);
    assert!(err.contains("--into: no tag or alias \"nope\""), "{err}");
    let err = env.fails(2, &["tags", "merge", "a;b", "--into", "sna", "--yes"]);
    assert!(err.contains("FROM: tag \"a;b\" must not contain"), "{err}");
    env.fails(2, &["tags", "merge", "--into", "sna", "--yes"]);
    env.fails(2, &["tags", "merge", "mapping", "--yes"]);
    assert_eq!(env.snapshot(), before);
}

#[test]
fn merge_prints_the_remaining_tag() {
    let env = Env::new();
    community(&env);
    let out = env.ok(&[
        "tags",
        "merge",
        "social-network-analysis",
        "social-network-analysis",
        "--into",
        "sna",
        "-y",
    ]);
    assert_eq!(ids(&out), [tag(&env, "sna")["id"].as_i64().unwrap()]);
    let json = env.json(&["tags", "merge", "mapping", "--into", "sna", "-y"]);
    assert_eq!(json["name"], "sna");
    assert_eq!(json["aliases"], serde_json::json!(["mapping", "social-network-analysis"]));
}

#[test]
fn alias_lands_typed_tags_and_filters_on_the_tag() {
    let env = Env::new();
    let (ana, bo) = community(&env);
    let out = env.ok(&["tags", "alias", "Network Mapping", "mapping"]);
    assert_eq!(ids(&out), [tag(&env, "mapping")["id"].as_i64().unwrap()]);
    env.ok(&["tags", "alias", "sn", "sna"]);
    env.ok(&["tags", "alias", "sna-expert", "social-network-analysis"]);
    // Filters.
    assert_eq!(ids(&env.ok(&["members", "list", "--interest", "network mapping", "-q"])), [ana]);
    assert_eq!(ids(&env.ok(&["members", "list", "--need", "sn", "-q"])), [ana]);
    assert_eq!(ids(&env.ok(&["members", "list", "--expertise", "sna-expert", "-q"])), [bo]);
    assert_eq!(ids(&env.ok(&["popup", "list", "--tag", "SN", "-q"])), [1]);
    assert_eq!(ids(&env.ok(&["resources", "list", "--tag", "network-mapping", "-q"])), [1]);
    // Typing an alias where tags are given lands on the tag.
    let cy = env.member("Cy", &["--need", "sn"]);
    env.ok(&["popup", "propose", "Maps", "--tag", "network-mapping", "--by", "Cy"]);
    assert_eq!(env.json(&["members", "show", "Cy"])["needs"], serde_json::json!(["sna"]));
    assert_eq!(env.json(&["popup", "show", "2"])["tags"], serde_json::json!(["mapping"]));
    let needs = env.json(&["report", "needs"]);
    let sna = needs.as_array().unwrap().iter().find(|r| r["need"] == "sna").expect("sna row");
    assert_eq!(sna["needed_by"].as_array().unwrap().len(), 2, "{sna}");
    assert!(needs.as_array().unwrap().iter().all(|r| r["need"] != "sn"));
    // Removing by an alias removes the tag.
    env.ok(&["members", "edit", "Cy", "--remove-need", "sn"]);
    assert_eq!(env.json(&["members", "show", "Cy"])["needs"], serde_json::json!([]));
    env.ok(&["popup", "edit", "2", "--remove-tag", "network-mapping"]);
    assert_eq!(env.json(&["popup", "show", "2"])["tags"], serde_json::json!([]));
    let _ = cy;
}

#[test]
fn alias_of_an_alias_points_at_the_tag_and_can_be_removed() {
    let env = Env::new();
    community(&env);
    env.ok(&["tags", "alias", "sn", "sna"]);
    env.ok(&["tags", "alias", "networks", "sn"]);
    assert_eq!(tag(&env, "sna")["aliases"], serde_json::json!(["networks", "sn"]));
    let json = env.json(&["tags", "alias", "--remove", "SN"]);
    assert_eq!(json["name"], "sna");
    assert_eq!(json["aliases"], serde_json::json!(["networks"]));
    assert!(env.ok(&["members", "list", "--need", "sn", "-q"]).trim().is_empty());
}

#[test]
fn alias_bad_input_changes_nothing() {
    let env = Env::new();
    let err = env.fails(3, &["tags", "alias", "sn", "sna"]);
    assert!(err.contains("TAG: no tag or alias \"sna\""), "{err}");
    let err = env.fails(3, &["tags", "alias", "--remove", "sn"]);
    assert!(err.contains("--remove: no alias \"sn\""), "{err}");
    assert!(!env.db().exists());
    community(&env);
    env.ok(&["tags", "alias", "sn", "sna"]);
    let before = env.snapshot();
    let err = env.fails(4, &["tags", "alias", "mapping", "sna"]);
    assert!(err.contains("ALIAS: \"mapping\" is already a tag"), "{err}");
    assert!(err.contains("hint: to fold it into \"sna\", run `cop tags merge mapping --into sna`"), "{err}");
    let err = env.fails(4, &["tags", "alias", "sna", "sn"]);
    assert!(err.contains("ALIAS: \"sna\" is the tag's own name"), "{err}");
    let err = env.fails(4, &["tags", "alias", "SN", "mapping"]);
    assert!(err.contains("ALIAS: \"sn\" is already an alias of tag \"sna\""), "{err}");
    assert!(err.contains("cop tags alias --remove sn"), "{err}");
    let err = env.fails(4, &["tags", "alias", "sn", "sna"]);
    assert!(err.contains("already an alias of tag \"sna\""), "{err}");
    let err = env.fails(3, &["tags", "alias", "x", "nope"]);
    assert!(err.contains("TAG: no tag or alias \"nope\""), "{err}");
    let err = env.fails(2, &["tags", "alias", "  ", "sna"]);
    assert!(err.contains("ALIAS: tag must not be empty"), "{err}");
    let err = env.fails(3, &["tags", "alias", "--remove", "nope"]);
    assert!(err.contains("--remove: no alias \"nope\""), "{err}");
    let err = env.fails(3, &["tags", "alias", "--remove", "mapping"]);
    assert!(err.contains("\"mapping\" is a tag, not an alias"), "{err}");
    env.fails(2, &["tags", "alias", "sn"]);
    env.fails(2, &["tags", "alias"]);
    env.fails(2, &["tags", "alias", "x", "sna", "--remove", "sn"]);
    assert_eq!(env.snapshot(), before);
}
