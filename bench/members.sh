#!/usr/bin/env bash
# Benchmark: `cop members` against sqlite3 doing the same work on the same file.
# Usage: bench/members.sh [N]   (default 100000; needs hyperfine, sqlite3 and GNU time:
#   apt-get install hyperfine sqlite3 time)
# Targets (issue 8): list on an empty or absent database <= 2x `sqlite3 DB 'select 1'`;
# `list --format json` <= 1.5x `sqlite3 -json` on the same joined query, at 10,000 and N
# members, peak RSS < 32 MiB; import of N rows <= 3x `sqlite3 .import` of the same CSV.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"
cargo build --release --quiet
COP="$PWD/target/release/cop"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export COP_DB="$WORK/cop.db"
SMALL_DB="$WORK/small.db"
EMPTY_DB="$WORK/empty.db"

sheet() {
  python3 - "$1" <<'PY'
import sys, random
random.seed(7)
tags = ["network-mapping", "facilitation", "social-media", "storytelling", "evaluation", "fundraising", "data", "coaching"]
n = int(sys.argv[1])
print("name,email,role,region,interests,needs,expertise,availability")
for i in range(n):
    pick = lambda k: ";".join(random.sample(tags, k))
    print(f"Member {i},m{i}@example.org,member,region-{i % 12},{pick(2)},{pick(1)},{pick(1)},fri 12:00-13:00")
PY
}
sheet "$N" > "$WORK/members.csv"
sheet 10000 > "$WORK/small.csv"

echo "== import of $N members (one transaction) against sqlite3 .import into a plain table"
hyperfine --warmup 1 --runs 5 \
  --prepare "rm -f $COP_DB $COP_DB-wal $COP_DB-shm $WORK/plain.db" \
  -n "sqlite3 .import --csv" "sqlite3 $WORK/plain.db '.import --csv $WORK/members.csv t'" \
  -n "cop members import" "$COP members import $WORK/members.csv -q"
rm -f "$COP_DB" "$COP_DB-wal" "$COP_DB-shm"
"$COP" members import "$WORK/members.csv" -q
"$COP" --db "$SMALL_DB" members import "$WORK/small.csv" -q
"$COP" --db "$EMPTY_DB" init -q > /dev/null
echo "re-import of the same $N rows (every row unchanged):"
hyperfine --runs 3 "$COP members import $WORK/members.csv -q"

echo "== start-up: list on an empty and an absent database against sqlite3 doing nothing"
hyperfine -N --warmup 20 --runs 300 \
  -n "sqlite3 DB 'select 1'" "sqlite3 $EMPTY_DB 'select 1'" \
  -n "cop members list (empty database)" "$COP --db $EMPTY_DB members list" \
  -n "cop members list (absent database)" "$COP --db $WORK/absent.db members list"

# The query `cop members list` runs (src/store/members.rs), so both read the same rows; Debian's
# sqlite3 3.40 lacks `group_concat(... ORDER BY ...)`, so its lists are left in index order.
SQL="SELECT m.id, m.uuid, m.name, m.email, m.role, m.status, m.region, m.timezone, m.facilitator, m.joined_on,
  m.note, m.created_at, m.updated_at,
  (SELECT group_concat(t.name, ',') FROM member_tags mt JOIN tags t ON t.id = mt.tag_id WHERE mt.member_id = m.id AND mt.kind = 'interest') AS interests,
  (SELECT group_concat(t.name, ',') FROM member_tags mt JOIN tags t ON t.id = mt.tag_id WHERE mt.member_id = m.id AND mt.kind = 'need') AS needs,
  (SELECT group_concat(t.name, ',') FROM member_tags mt JOIN tags t ON t.id = mt.tag_id WHERE mt.member_id = m.id AND mt.kind = 'expertise') AS expertise,
  (SELECT group_concat(a.weekday || ' ' || a.start_minute || ' ' || a.end_minute, ',')
     FROM availability a WHERE a.member_id = m.id) AS availability
  FROM members m WHERE m.status = 'active' ORDER BY m.name COLLATE NOCASE, m.id"

echo "== JSON at 10,000 members"
hyperfine --warmup 2 --runs 20 \
  -n "sqlite3 -json (same rows, same joins)" "sqlite3 -json $SMALL_DB \"$SQL\" > /dev/null" \
  -n "cop members list --format json" "$COP --db $SMALL_DB members list --format json > /dev/null"

echo "== $N members"
hyperfine --warmup 2 --runs 10 \
  -n "sqlite3 -json (same rows, same joins)" "sqlite3 -json $COP_DB \"$SQL\" > /dev/null" \
  -n "cop members list --format json" "$COP members list --format json > /dev/null" \
  -n "sqlite3 -csv (same rows, same joins)" "sqlite3 -csv $COP_DB \"$SQL\" > /dev/null" \
  -n "cop members list --format csv" "$COP members list --format csv > /dev/null" \
  -n "cop members list --format jsonl" "$COP members list --format jsonl > /dev/null" \
  -n "cop members list (table)" "$COP members list > /dev/null" \
  -n "cop members list | head -1" "$COP members list --format csv | head -1 > /dev/null" \
  -n "cop members show m5000@example.org" "$COP members show m5000@example.org > /dev/null"

echo "== peak RSS"
for f in json jsonl csv table; do
  /usr/bin/time -f "cop members list --format $f: %M KiB" "$COP" members list --format "$f" > /dev/null
done
/usr/bin/time -f "sqlite3 -json: %M KiB" sqlite3 -json "$COP_DB" "$SQL" > /dev/null
rm -f "$COP_DB" "$COP_DB-wal" "$COP_DB-shm"
/usr/bin/time -f "cop members import ($N rows): %M KiB" "$COP" members import "$WORK/members.csv" -q
