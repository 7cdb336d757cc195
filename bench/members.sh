#!/usr/bin/env bash
# Benchmark: `cop members list` on 100,000 members against sqlite3 reading the same rows.
# Usage: bench/members.sh [N]   (needs hyperfine and sqlite3: apt-get install hyperfine sqlite3)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"
cargo build --release --quiet
COP="$PWD/target/release/cop"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export COP_DB="$WORK/cop.db"

python3 - "$N" > "$WORK/members.csv" <<'PY'
import sys, random
random.seed(7)
tags = ["network-mapping", "facilitation", "social-media", "storytelling", "evaluation", "fundraising", "data", "coaching"]
n = int(sys.argv[1])
print("name,email,role,region,interests,needs,expertise,availability")
for i in range(n):
    pick = lambda k: ";".join(random.sample(tags, k))
    print(f"Member {i},m{i}@example.org,member,region-{i % 12},{pick(2)},{pick(1)},{pick(1)},fri 12:00-13:00")
PY

echo "import of $N members (one transaction):"
hyperfine --runs 1 --prepare "rm -f $COP_DB $COP_DB-wal $COP_DB-shm" "$COP members import $WORK/members.csv -q"

# The query `cop members list` runs (src/store/members.rs), so both read the same rows; Debian's
# sqlite3 3.40 lacks `group_concat(... ORDER BY ...)`, so its lists are left in index order.
SQL="SELECT m.id, m.uuid, m.name, m.email, m.role, m.status, m.region, m.timezone, m.facilitator, m.joined_on,
  m.note, m.created_at, m.updated_at,
  (SELECT group_concat(t.name, ',') FROM member_tags mt JOIN tags t ON t.id = mt.tag_id WHERE mt.member_id = m.id AND mt.kind = 'interest'),
  (SELECT group_concat(t.name, ',') FROM member_tags mt JOIN tags t ON t.id = mt.tag_id WHERE mt.member_id = m.id AND mt.kind = 'need'),
  (SELECT group_concat(t.name, ',') FROM member_tags mt JOIN tags t ON t.id = mt.tag_id WHERE mt.member_id = m.id AND mt.kind = 'expertise'),
  (SELECT group_concat(a.weekday || ' ' || a.start_minute || ' ' || a.end_minute, ',')
     FROM availability a WHERE a.member_id = m.id)
  FROM members m WHERE m.status = 'active' ORDER BY m.name COLLATE NOCASE, m.id"

hyperfine --warmup 2 --runs 10 \
  -n "sqlite3 -csv (same rows, same joins)" "sqlite3 -csv $COP_DB \"$SQL\" > /dev/null" \
  -n "cop members list --format csv" "$COP members list --format csv > /dev/null" \
  -n "cop members list --format jsonl" "$COP members list --format jsonl > /dev/null" \
  -n "cop members list (table)" "$COP members list > /dev/null" \
  -n "cop members list | head -1" "$COP members list --format csv | head -1 > /dev/null" \
  -n "cop members show m5000@example.org" "$COP members show m5000@example.org > /dev/null"
