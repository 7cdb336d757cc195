#!/bin/sh
# End-to-end check of `cop sync` through real Syncthing: two Syncthing instances on the
# loopback address only (no discovery, no relays), two homes, one shared folder, each
# home with its own cop replica. Each organizer adds a member and syncs; Syncthing
# carries the segments; both then hold the same community. Not part of CI (.ci/run
# does not need it): run it by hand, `sh bench/syncthing.sh [path/to/cop]`.
set -eu
COP=${1:-target/release/cop}
COP=$(cd "$(dirname "$COP")" && pwd)/$(basename "$COP")
ROOT=$(mktemp -d)
trap 'kill $PA $PB 2>/dev/null || true; rm -rf "$ROOT"' EXIT
export COP_NOW=2026-11-24T10:00:00Z

for h in a b; do
    mkdir -p "$ROOT/$h/share/.stfolder"
    syncthing generate --home "$ROOT/$h/st" >/dev/null 2>&1
done
id() { syncthing --home "$ROOT/$1/st" --device-id 2>/dev/null || syncthing serve --home "$ROOT/$1/st" --device-id; }
IDA=$(id a); IDB=$(id b)

# One config per home: listen on 127.0.0.1 only, know the other device, share one folder.
config() { # home port my-id other-id other-port
    cat > "$ROOT/$1/st/config.xml" <<XML
<configuration version="36">
    <folder id="cop" label="cop" path="$ROOT/$1/share" type="sendreceive" rescanIntervalS="1" fsWatcherEnabled="true" fsWatcherDelayS="1">
        <device id="$3"></device>
        <device id="$4"></device>
    </folder>
    <device id="$3" name="$1"><address>dynamic</address></device>
    <device id="$4" name="other"><address>tcp://127.0.0.1:$5</address></device>
    <gui enabled="false"></gui>
    <options>
        <listenAddress>tcp://127.0.0.1:$2</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <startBrowser>false</startBrowser>
        <crashReportingEnabled>false</crashReportingEnabled>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    </options>
</configuration>
XML
}
config a 22001 "$IDA" "$IDB" 22002
config b 22002 "$IDB" "$IDA" 22001
STNOUPGRADE=1 syncthing serve --home "$ROOT/a/st" --no-browser --no-restart >"$ROOT/a.log" 2>&1 & PA=$!
STNOUPGRADE=1 syncthing serve --home "$ROOT/b/st" --no-browser --no-restart >"$ROOT/b.log" 2>&1 & PB=$!

"$COP" --db "$ROOT/a/cop.db" sync init "$ROOT/a/share" --as "Ana's laptop" -q >/dev/null
"$COP" --db "$ROOT/b/cop.db" sync init "$ROOT/b/share" --as "Bo's laptop" -q >/dev/null
"$COP" --db "$ROOT/a/cop.db" members add Ana --email ana@example.org -q >/dev/null
"$COP" --db "$ROOT/b/cop.db" members add Bo --email bo@example.org -q >/dev/null

start=$(date +%s)
while :; do
    "$COP" --db "$ROOT/a/cop.db" sync -q >/dev/null
    "$COP" --db "$ROOT/b/cop.db" sync -q >/dev/null
    a=$("$COP" --db "$ROOT/a/cop.db" export | grep -v exported_at)
    b=$("$COP" --db "$ROOT/b/cop.db" export | grep -v exported_at)
    n=$("$COP" --db "$ROOT/a/cop.db" members list -q | wc -l)
    if [ "$a" = "$b" ] && [ "$n" -eq 2 ]; then
        echo "converged after $(( $(date +%s) - start )) s: both homes hold the same community of $n members"
        exit 0
    fi
    if [ $(( $(date +%s) - start )) -gt 120 ]; then
        echo "not converged after 120 s" >&2
        tail -n 5 "$ROOT/a.log" "$ROOT/b.log" >&2
        exit 1
    fi
    sleep 2
done
