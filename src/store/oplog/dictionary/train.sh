#!/usr/bin/env bash
# Trains the zstd dictionary that small changesets are compressed with (v1.dict).
#
# A changeset of one small command (a member added, an RSVP, an edit) is a few hundred
# bytes, too little for zstd to find repeats in; the dictionary holds what they share
# (table headers, column layouts, timestamps, kinds). The dictionary is part of the
# stored format: never change v1.dict, train a v2 and give it a new tag in codec.rs.
#
# Usage: src/store/oplog/dictionary/train.sh target/release/cop  (needs zstd, sqlite3, xxd)
# It writes v1.dict: to train a v2, change `out` below first.
set -euo pipefail
cop="$(realpath "$1")"
out="$(dirname "$(realpath "$0")")/v1.dict"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export COP_DB="$work/cop.db" COP_NOW=2026-11-24T10:00:00-06:00 TZ=America/Chicago
"$cop" demo --here --members 400 --seed 7 >/dev/null
for i in $(seq 1 120); do
  m=$((i % 400 + 1)); s=$((i % 60 + 1)); p=$((i % 8 + 1))
  "$cop" members add "Person$i Family$((i * 7))" --email "p$i.$((i * 13))@mail$((i % 5)).org" \
    --need "topic-$((i % 9))" --interest "area-$((i % 4))" --region "Region $((i % 6))" -q || true
  "$cop" members edit "$m" --region "Zone $i" --add-expertise "skill-$((i % 7))" -q || true
  "$cop" sessions rsvp "$s" "$m" --yes -q || true
  "$cop" sessions attend "$s" "$m" -q || true
  "$cop" popup join "$p" "$m" -q || true
  "$cop" popup agenda "$p" add "Step $i of the agenda" --minutes 15 -q || true
  "$cop" sessions add --title "Session $i" --at "2026-12-0$((i % 9 + 1)) 12:00" --facilitator "$m" -q || true
  "$cop" resources add "Resource $i" --url "https://example.org/r$i" --tag "area-$((i % 4))" -q || true
  "$cop" assist log --challenge "Challenge $i" --presenter "$m" --idea "Idea $i" \
    --next-step "Follow up $i @$m due:2026-12-15" -q || true
  "$cop" members archive "$m" -q || true
  "$cop" members restore "$m" -q || true
  "$cop" tags alias "alias-$i" "area-$((i % 4))" -q || true
done 2>/dev/null >/dev/null
mkdir "$work/samples"
# Stored changes under 64 KiB, as they were recorded: raw (R), or packed with v1 (D).
sqlite3 "$COP_DB" "SELECT id, hex(substr(changeset, 1, 1)) FROM operations
                   WHERE changeset IS NOT NULL AND length(changeset) < 65536" | while IFS='|' read -r id tag; do
  sqlite3 "$COP_DB" "SELECT hex(substr(changeset, 2)) FROM operations WHERE id = $id" | xxd -r -p >"$work/$id"
  case "$tag" in
    52) mv "$work/$id" "$work/samples/$id" ;;
    44) zstd -q -d -D "$(dirname "$out")/v1.dict" "$work/$id" -o "$work/samples/$id" && rm "$work/$id" ;;
  esac
done
zstd -q -f --train "$work"/samples/* --maxdict=4096 -o "$out"
echo "trained $out on $(ls "$work/samples" | wc -l) changesets"
