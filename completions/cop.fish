# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_cop_global_optspecs
    string join \n db= format= json q/quiet no-input raw tz= h/help V/version
end

function __fish_cop_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_cop_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_cop_using_subcommand
    set -l cmd (__fish_cop_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c cop -n "__fish_cop_needs_command" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_needs_command" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_needs_command" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_needs_command" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_needs_command" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_needs_command" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_needs_command" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cop -n "__fish_cop_needs_command" -s V -l version -d 'Print version'
complete -c cop -n "__fish_cop_needs_command" -f -a "init" -d 'Create the database (any write also creates it)'
complete -c cop -n "__fish_cop_needs_command" -f -a "members" -d 'People in the community: their interests, needs, expertise and availability'
complete -c cop -n "__fish_cop_needs_command" -f -a "popup" -d 'Learning popups: propose, match members, set an agenda, schedule sessions'
complete -c cop -n "__fish_cop_needs_command" -f -a "assist" -d 'Peer assists: log one, run one live, list, show, edit, and follow up next steps'
complete -c cop -n "__fish_cop_needs_command" -f -a "sessions" -d 'Meetings: trainings, coaching, meetups; RSVPs, attendance, calendar export'
complete -c cop -n "__fish_cop_needs_command" -f -a "outbox" -d 'Mail cop wrote (invitations, reminders): what was sent, what is pending, retry'
complete -c cop -n "__fish_cop_needs_command" -f -a "meetup" -d 'The recurring meetup: plan dates and rotate volunteer facilitators'
complete -c cop -n "__fish_cop_needs_command" -f -a "pairs" -d 'Pair members (or make groups) for peer support, avoiding earlier partners'
complete -c cop -n "__fish_cop_needs_command" -f -a "resources" -d 'Links, books and articles suggested in assists or gathered by the community'
complete -c cop -n "__fish_cop_needs_command" -f -a "stories" -d 'Value-creation stories: what members took from an assist, a popup or a session'
complete -c cop -n "__fish_cop_needs_command" -f -a "tags" -d 'The shared vocabulary: list tags with their uses, rename, merge, alias'
complete -c cop -n "__fish_cop_needs_command" -f -a "report" -d 'Reports: engagement levels, growth and movement month by month, learning needs, activity, and one HTML page to share'
complete -c cop -n "__fish_cop_needs_command" -f -a "export" -d 'Print the whole community as one JSON document (every record, links by UUID)'
complete -c cop -n "__fish_cop_needs_command" -f -a "import" -d 'Merge a document from `cop export` by UUID: newer records win; all or nothing'
complete -c cop -n "__fish_cop_needs_command" -f -a "sync" -d 'Share the community with other organizers\' copies through a synced folder (Syncthing, git)'
complete -c cop -n "__fish_cop_needs_command" -f -a "backup" -d 'Copy the database to PATH while others may be writing (SQLite online backup)'
complete -c cop -n "__fish_cop_needs_command" -f -a "doctor" -d 'Check the database: integrity, links, schema version, file mode, where it lives'
complete -c cop -n "__fish_cop_needs_command" -f -a "log" -d 'The operation log: every change, newest first; `log show OP` details one'
complete -c cop -n "__fish_cop_needs_command" -f -a "undo" -d 'Take back an operation (the latest by default); an undo is itself an operation'
complete -c cop -n "__fish_cop_needs_command" -f -a "demo" -d 'Fill a throwaway database with a small sample community to explore'
complete -c cop -n "__fish_cop_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c cop -n "__fish_cop_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c cop -n "__fish_cop_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand init" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand init" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand init" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand init" -l name -d 'The community\'s name' -r
complete -c cop -n "__fish_cop_using_subcommand init" -l timezone -d 'The community\'s time zone, an IANA name (any case): times are typed and shown in it unless --tz or COP_TZ names another' -r
complete -c cop -n "__fish_cop_using_subcommand init" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand init" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand init" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand init" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand init" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand members; and not __fish_seen_subcommand_from add list show edit archive restore forget import export pause resume merge help" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand members; and not __fish_seen_subcommand_from add list show edit archive restore forget import export pause resume merge help" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand members; and not __fish_seen_subcommand_from add list show edit archive restore forget import export pause resume merge help" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand members; and not __fish_seen_subcommand_from add list show edit archive restore forget import export pause resume merge help" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand members; and not __fish_seen_subcommand_from add list show edit archive restore forget import export pause resume merge help" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand members; and not __fish_seen_subcommand_from add list show edit archive restore forget import export pause resume merge help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand members; and not __fish_seen_subcommand_from add list show edit archive restore forget import export pause resume merge help" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand members; and not __fish_seen_subcommand_from add list show edit archive restore forget import export pause resume merge help" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand members; and not __fish_seen_subcommand_from add list show edit archive restore forget import export pause resume merge help" -f -a "add" -d 'Add a member and print their id'
complete -c cop -n "__fish_cop_using_subcommand members; and not __fish_seen_subcommand_from add list show edit archive restore forget import export pause resume merge help" -f -a "list" -d 'List members, filtered and sorted'
complete -c cop -n "__fish_cop_using_subcommand members; and not __fish_seen_subcommand_from add list show edit archive restore forget import export pause resume merge help" -f -a "show" -d 'Show one member in full'
complete -c cop -n "__fish_cop_using_subcommand members; and not __fish_seen_subcommand_from add list show edit archive restore forget import export pause resume merge help" -f -a "edit" -d 'Change a member\'s fields; add and remove tags and availability windows'
complete -c cop -n "__fish_cop_using_subcommand members; and not __fish_seen_subcommand_from add list show edit archive restore forget import export pause resume merge help" -f -a "archive" -d 'Archive members: they keep their history but are offered for nothing'
complete -c cop -n "__fish_cop_using_subcommand members; and not __fish_seen_subcommand_from add list show edit archive restore forget import export pause resume merge help" -f -a "restore" -d 'Bring archived members back'
complete -c cop -n "__fish_cop_using_subcommand members; and not __fish_seen_subcommand_from add list show edit archive restore forget import export pause resume merge help" -f -a "forget" -d 'Delete a member and every link to them, for privacy (asks first; --yes off a terminal)'
complete -c cop -n "__fish_cop_using_subcommand members; and not __fish_seen_subcommand_from add list show edit archive restore forget import export pause resume merge help" -f -a "import" -d 'Add or update members from a CSV (or JSON) file; all or nothing'
complete -c cop -n "__fish_cop_using_subcommand members; and not __fish_seen_subcommand_from add list show edit archive restore forget import export pause resume merge help" -f -a "export" -d 'Print every member (archived too) as CSV (default) or JSON (--format json), in the form `import` reads back'
complete -c cop -n "__fish_cop_using_subcommand members; and not __fish_seen_subcommand_from add list show edit archive restore forget import export pause resume merge help" -f -a "pause" -d 'Leave a member out of pairing, popup match and assist match until a day'
complete -c cop -n "__fish_cop_using_subcommand members; and not __fish_seen_subcommand_from add list show edit archive restore forget import export pause resume merge help" -f -a "resume" -d 'Bring a paused member (or a ghost of pairing) back at once'
complete -c cop -n "__fish_cop_using_subcommand members; and not __fish_seen_subcommand_from add list show edit archive restore forget import export pause resume merge help" -f -a "merge" -d 'Join two records of one person: DROP\'s links, tags and history move to KEEP, and DROP\'s UUID becomes KEEP\'s alias (asks first; --yes off a terminal)'
complete -c cop -n "__fish_cop_using_subcommand members; and not __fish_seen_subcommand_from add list show edit archive restore forget import export pause resume merge help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from add" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from add" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from add" -l email -d 'Email address, where invitations and reminders go' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from add" -l role -d 'member, core, trainer or guest' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from add" -l interest -d 'Something they care about (repeat, or comma-separated)' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from add" -l need -d 'Something they want to learn' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from add" -l expertise -d 'Something they could teach' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from add" -l region -d 'Where they are, in words' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from add" -l timezone -d 'IANA time zone of their availability, like America/Chicago' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from add" -l available -d 'A weekly window they are free, like "fri 12:00-13:00" (repeat)' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from add" -l joined -d 'When they joined [default: today]' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from add" -l note -d 'Anything else worth knowing' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from add" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from add" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from add" -l facilitator -d 'Volunteers to facilitate sessions'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from list" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from list" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from list" -l interest -d 'Only members with this interest (repeat: all of them)' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from list" -l need -d 'Only members who need this' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from list" -l expertise -d 'Only members with this expertise' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from list" -l role -d 'Only members with this role' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from list" -l region -d 'Only members in this region' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from list" -l status -d 'Which members, by status' -r -f -a "active\t''
archived\t''
all\t''"
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from list" -l sort -d 'Order of the list' -r -f -a "name\t''
id\t''
joined\t''
created\t''
updated\t''"
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from list" -l limit -d 'At most N members' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from list" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from list" -l facilitator -d 'Only volunteer facilitators'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from list" -l paused -d 'Only members left out today: paused, or ghosts of pairing (with why)'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from show" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from show" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from show" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -l name -d 'New full name' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -l email -d 'New email ("" removes it)' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -l role -d 'New role' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -l region -d 'New region ("" removes it)' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -l timezone -d 'New time zone ("" removes it)' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -l joined -d 'When they joined' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -l note -d 'New note ("" removes it)' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -l add-interest -d 'Add an interest (repeat, or comma-separated)' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -l remove-interest -d 'Remove an interest' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -l add-need -d 'Add a learning need (repeat, or comma-separated)' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -l remove-need -d 'Remove a learning need' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -l add-expertise -d 'Add an expertise (repeat, or comma-separated)' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -l remove-expertise -d 'Remove an expertise' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -l add-available -d 'Add a weekly window, like "tue 12:00-14:00"' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -l remove-available -d 'Remove a weekly window' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -l facilitator -d 'Mark as a volunteer facilitator'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -l no-facilitator -d 'No longer a volunteer facilitator'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from archive" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from archive" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from archive" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from archive" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from archive" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from archive" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from restore" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from restore" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from restore" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from restore" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from restore" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from restore" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from forget" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from forget" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from forget" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from forget" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from forget" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from forget" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from forget" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from forget" -s y -l yes -d 'Do not ask for confirmation'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from forget" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from import" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from import" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from import" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from import" -l map -d 'Read a column under another header, like "Timestamp=joined" (repeat); form questions map by the synonyms the README lists' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from import" -l delimiter -d 'The CSV delimiter: , ; or tab (\\t); by default the one the header line uses' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from import" -l date-format -d 'How to read dates like 11/2/26: mdy (2 November) or dmy (11 February); by default the order the column shows, and a date it leaves open is refused' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from import" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from import" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row and report what would change, without writing'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from import" -l strict -d 'Refuse a sheet in which an email is on two rows, instead of reading the newest'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from export" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from export" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from export" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from export" -l out -d 'Write to FILE (mode 0600, never the database) instead of stdout' -r -F
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from export" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from export" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from export" -l force -d 'Replace FILE if it exists (a symbolic link there is replaced, not followed)'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from pause" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from pause" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from pause" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from pause" -l until -d 'The first day they are back (after today): a date, a weekday or +2w; pausing a paused member changes the day' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from pause" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from pause" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from pause" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from pause" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from resume" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from resume" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from resume" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from resume" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from resume" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from resume" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from resume" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from resume" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from merge" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from merge" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from merge" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from merge" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from merge" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from merge" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from merge" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from merge" -s y -l yes -d 'Do not ask for confirmation'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from merge" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a member and print their id'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from help" -f -a "list" -d 'List members, filtered and sorted'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one member in full'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a member\'s fields; add and remove tags and availability windows'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive members: they keep their history but are offered for nothing'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Bring archived members back'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from help" -f -a "forget" -d 'Delete a member and every link to them, for privacy (asks first; --yes off a terminal)'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from help" -f -a "import" -d 'Add or update members from a CSV (or JSON) file; all or nothing'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from help" -f -a "export" -d 'Print every member (archived too) as CSV (default) or JSON (--format json), in the form `import` reads back'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Leave a member out of pairing, popup match and assist match until a day'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from help" -f -a "resume" -d 'Bring a paused member (or a ghost of pairing) back at once'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from help" -f -a "merge" -d 'Join two records of one person: DROP\'s links, tags and history move to KEEP, and DROP\'s UUID becomes KEEP\'s alias (asks first; --yes off a terminal)'
complete -c cop -n "__fish_cop_using_subcommand members; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand popup; and not __fish_seen_subcommand_from propose list show edit match invite join leave decline agenda schedule suggest close cancel help" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand popup; and not __fish_seen_subcommand_from propose list show edit match invite join leave decline agenda schedule suggest close cancel help" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand popup; and not __fish_seen_subcommand_from propose list show edit match invite join leave decline agenda schedule suggest close cancel help" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and not __fish_seen_subcommand_from propose list show edit match invite join leave decline agenda schedule suggest close cancel help" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand popup; and not __fish_seen_subcommand_from propose list show edit match invite join leave decline agenda schedule suggest close cancel help" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand popup; and not __fish_seen_subcommand_from propose list show edit match invite join leave decline agenda schedule suggest close cancel help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand popup; and not __fish_seen_subcommand_from propose list show edit match invite join leave decline agenda schedule suggest close cancel help" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand popup; and not __fish_seen_subcommand_from propose list show edit match invite join leave decline agenda schedule suggest close cancel help" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand popup; and not __fish_seen_subcommand_from propose list show edit match invite join leave decline agenda schedule suggest close cancel help" -f -a "propose" -d 'Propose a learning popup and print its id; the proposer joins it'
complete -c cop -n "__fish_cop_using_subcommand popup; and not __fish_seen_subcommand_from propose list show edit match invite join leave decline agenda schedule suggest close cancel help" -f -a "list" -d 'List popups (open ones by default)'
complete -c cop -n "__fish_cop_using_subcommand popup; and not __fish_seen_subcommand_from propose list show edit match invite join leave decline agenda schedule suggest close cancel help" -f -a "show" -d 'Show a popup: tags, proposer, expert, members by status, agenda, sessions'
complete -c cop -n "__fish_cop_using_subcommand popup; and not __fish_seen_subcommand_from propose list show edit match invite join leave decline agenda schedule suggest close cancel help" -f -a "edit" -d 'Change a popup\'s title, description, tags, expert or size'
complete -c cop -n "__fish_cop_using_subcommand popup; and not __fish_seen_subcommand_from propose list show edit match invite join leave decline agenda schedule suggest close cancel help" -f -a "match" -d 'Rank active members who would want to learn this, and possible experts, with why'
complete -c cop -n "__fish_cop_using_subcommand popup; and not __fish_seen_subcommand_from propose list show edit match invite join leave decline agenda schedule suggest close cancel help" -f -a "invite" -d 'Invite members to a popup'
complete -c cop -n "__fish_cop_using_subcommand popup; and not __fish_seen_subcommand_from propose list show edit match invite join leave decline agenda schedule suggest close cancel help" -f -a "join" -d 'Join a member to a popup (past --max they wait in line)'
complete -c cop -n "__fish_cop_using_subcommand popup; and not __fish_seen_subcommand_from propose list show edit match invite join leave decline agenda schedule suggest close cancel help" -f -a "leave" -d 'Take a member out of a popup; the first in line gets the place'
complete -c cop -n "__fish_cop_using_subcommand popup; and not __fish_seen_subcommand_from propose list show edit match invite join leave decline agenda schedule suggest close cancel help" -f -a "decline" -d 'Record that a member declined a popup; they are not offered it again'
complete -c cop -n "__fish_cop_using_subcommand popup; and not __fish_seen_subcommand_from propose list show edit match invite join leave decline agenda schedule suggest close cancel help" -f -a "agenda" -d 'The popup\'s learning agenda: ordered items'
complete -c cop -n "__fish_cop_using_subcommand popup; and not __fish_seen_subcommand_from propose list show edit match invite join leave decline agenda schedule suggest close cancel help" -f -a "schedule" -d 'Create the popup\'s sessions (--at), or suggest times when most can come (--suggest)'
complete -c cop -n "__fish_cop_using_subcommand popup; and not __fish_seen_subcommand_from propose list show edit match invite join leave decline agenda schedule suggest close cancel help" -f -a "suggest" -d 'Learning needs many members share that no open popup covers'
complete -c cop -n "__fish_cop_using_subcommand popup; and not __fish_seen_subcommand_from propose list show edit match invite join leave decline agenda schedule suggest close cancel help" -f -a "close" -d 'Mark a popup done'
complete -c cop -n "__fish_cop_using_subcommand popup; and not __fish_seen_subcommand_from propose list show edit match invite join leave decline agenda schedule suggest close cancel help" -f -a "cancel" -d 'Cancel a popup and its sessions still to come'
complete -c cop -n "__fish_cop_using_subcommand popup; and not __fish_seen_subcommand_from propose list show edit match invite join leave decline agenda schedule suggest close cancel help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from propose" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from propose" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from propose" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from propose" -l by -d 'Who proposes it (asked for on a terminal when missing)' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from propose" -l tag -d 'A topic (repeat, or comma-separated) [default: known tags found in the title]' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from propose" -l description -d 'What the popup is about, in a few sentences' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from propose" -l expert -d 'A member who will lead it as the expert' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from propose" -l external-expert -d 'An outsider who will lead it as the expert' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from propose" -l max -d 'At most N members; later joins wait in line' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from propose" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from propose" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from propose" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from propose" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from propose" -l needs-expert -d 'The popup needs someone with advanced knowledge to lead it'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from propose" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from list" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from list" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from list" -l status -d 'Which popups, by status' -r -f -a "open\t'Proposed or scheduled'
proposed\t''
scheduled\t''
done\t''
cancelled\t''
all\t''"
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from list" -l tag -d 'Only popups with this tag' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from list" -l member -d 'Only popups this member proposed, leads, joined, waits for or was invited to' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from list" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from show" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from show" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from show" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from edit" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from edit" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from edit" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from edit" -l title -d 'New title' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from edit" -l description -d 'New description ("" removes it)' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from edit" -l proposer -d 'Who proposed it' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from edit" -l add-tag -d 'Add a topic (repeat, or comma-separated)' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from edit" -l remove-tag -d 'Remove a topic' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from edit" -l expert -d 'A member who will lead it as the expert' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from edit" -l external-expert -d 'An outsider who will lead it as the expert' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from edit" -l max -d 'At most N members (raising it lets those waiting in)' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from edit" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from edit" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from edit" -l needs-expert -d 'It needs someone with advanced knowledge to lead it'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from edit" -l no-needs-expert -d 'It does not need an expert'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from edit" -l no-expert -d 'Nobody leads it as the expert any more'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from edit" -l no-max -d 'No limit on members'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from match" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from match" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from match" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from match" -l limit -d 'At most N learners and N experts' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from match" -l invite -d 'Invite the top N learners' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from match" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from match" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from match" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from match" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from match" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from invite" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from invite" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from invite" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from invite" -l matched -d 'Invite the N best-matched learners, as `popup match` ranks them' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from invite" -l from -d 'The organizer, "Name <addr>": kept for the community, so later runs may leave it out' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from invite" -l out -d 'Write one .eml file per message into DIR (Maildir-style names, mode 0600)' -r -F
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from invite" -l mbox -d 'Write the messages into one mbox FILE (mode 0600, never the database)' -r -F
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from invite" -l sendmail -d 'Pipe each message to a sendmail-compatible command run by sh, such as "msmtp -t" or "sendmail -t"; your mail set-up keeps the credentials' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from invite" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from invite" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from invite" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from invite" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from invite" -l mail -d 'Also mail each one the invitation, its sessions as a calendar request'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from invite" -l dry-run -d 'Record nothing, send nothing: print the first message and the recipients'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from invite" -l force -d 'Replace an existing --mbox FILE'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from invite" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from join" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from join" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from join" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from join" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from join" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from join" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from join" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from join" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from leave" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from leave" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from leave" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from leave" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from leave" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from leave" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from leave" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from leave" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from decline" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from decline" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from decline" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from decline" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from decline" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from decline" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from decline" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from decline" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from agenda" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from agenda" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from agenda" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from agenda" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from agenda" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from agenda" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from agenda" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from agenda" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from agenda" -a "add" -d 'Add an item at the end of the agenda and print its id'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from agenda" -a "list" -d 'The agenda in order'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from agenda" -a "move" -d 'Move an item to another position (1 is first)'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from agenda" -a "edit" -d 'Change an item\'s text or time box, or assign it to one of the popup\'s sessions'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from agenda" -a "done" -d 'Mark an item done'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from agenda" -a "remove" -d 'Remove an item'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from agenda" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from schedule" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from schedule" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from schedule" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from schedule" -l at -d 'When the (first) session starts' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from schedule" -l minutes -d 'Length of each session' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from schedule" -l link -d 'Video link or place' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from schedule" -l count -d 'How many sessions to create' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from schedule" -l every -d 'Time between sessions, like 1w or 3d' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from schedule" -l from -d 'First day to search [default: now]' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from schedule" -l to -d 'Last day to search [default: two weeks after --from]' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from schedule" -l limit -d 'At most N suggestions' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from schedule" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from schedule" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from schedule" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from schedule" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from schedule" -l suggest -d 'Suggest start times at which most joined and interested members are free'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from schedule" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from suggest" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from suggest" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from suggest" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from suggest" -l min -d 'Only needs shared by at least N active members' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from suggest" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from suggest" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from suggest" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from suggest" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from suggest" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from close" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from close" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from close" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from close" -l outcome -d 'What the group learned or produced' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from close" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from close" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from close" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from close" -l keep-sessions -d 'Keep its sessions still to come [default: they are cancelled]'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from cancel" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from cancel" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from cancel" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from cancel" -l reason -d 'Why; also given on its cancelled sessions' -r
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from cancel" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from cancel" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from cancel" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from cancel" -l keep-sessions -d 'Keep its sessions still to come [default: they are cancelled]'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from help" -f -a "propose" -d 'Propose a learning popup and print its id; the proposer joins it'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from help" -f -a "list" -d 'List popups (open ones by default)'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a popup: tags, proposer, expert, members by status, agenda, sessions'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a popup\'s title, description, tags, expert or size'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from help" -f -a "match" -d 'Rank active members who would want to learn this, and possible experts, with why'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from help" -f -a "invite" -d 'Invite members to a popup'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from help" -f -a "join" -d 'Join a member to a popup (past --max they wait in line)'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from help" -f -a "leave" -d 'Take a member out of a popup; the first in line gets the place'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from help" -f -a "decline" -d 'Record that a member declined a popup; they are not offered it again'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from help" -f -a "agenda" -d 'The popup\'s learning agenda: ordered items'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from help" -f -a "schedule" -d 'Create the popup\'s sessions (--at), or suggest times when most can come (--suggest)'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from help" -f -a "suggest" -d 'Learning needs many members share that no open popup covers'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from help" -f -a "close" -d 'Mark a popup done'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a popup and its sessions still to come'
complete -c cop -n "__fish_cop_using_subcommand popup; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand assist; and not __fish_seen_subcommand_from request match join decline schedule log run list show edit followups done help" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand assist; and not __fish_seen_subcommand_from request match join decline schedule log run list show edit followups done help" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand assist; and not __fish_seen_subcommand_from request match join decline schedule log run list show edit followups done help" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and not __fish_seen_subcommand_from request match join decline schedule log run list show edit followups done help" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand assist; and not __fish_seen_subcommand_from request match join decline schedule log run list show edit followups done help" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand assist; and not __fish_seen_subcommand_from request match join decline schedule log run list show edit followups done help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand assist; and not __fish_seen_subcommand_from request match join decline schedule log run list show edit followups done help" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand assist; and not __fish_seen_subcommand_from request match join decline schedule log run list show edit followups done help" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand assist; and not __fish_seen_subcommand_from request match join decline schedule log run list show edit followups done help" -f -a "request" -d 'Ask for a peer assist: a member (or their group) brings a challenge and seeks listeners with relevant experience; prints the request\'s id'
complete -c cop -n "__fish_cop_using_subcommand assist; and not __fish_seen_subcommand_from request match join decline schedule log run list show edit followups done help" -f -a "match" -d 'Rank possible listeners for a request, with reasons: expertise in its tags first, then past assists on them, then interests; the busy and those who heard the presenter lately rank lower. --invite N invites the best N'
complete -c cop -n "__fish_cop_using_subcommand assist; and not __fish_seen_subcommand_from request match join decline schedule log run list show edit followups done help" -f -a "join" -d 'A member joins a request as a listener'
complete -c cop -n "__fish_cop_using_subcommand assist; and not __fish_seen_subcommand_from request match join decline schedule log run list show edit followups done help" -f -a "decline" -d 'A member declines a request (a listener who joined leaves it)'
complete -c cop -n "__fish_cop_using_subcommand assist; and not __fish_seen_subcommand_from request match join decline schedule log run list show edit followups done help" -f -a "schedule" -d 'Times when a request\'s people are free (--suggest), or its session (--at)'
complete -c cop -n "__fish_cop_using_subcommand assist; and not __fish_seen_subcommand_from request match join decline schedule log run list show edit followups done help" -f -a "log" -d 'Record an assist that happened: every step as flags, or --from FILE; on a terminal with steps missing, walks you through them, saving each as it is answered'
complete -c cop -n "__fish_cop_using_subcommand assist; and not __fish_seen_subcommand_from request match join decline schedule log run list show edit followups done help" -f -a "run" -d 'The live guide for the facilitator: each step with its time box and the time left, notes saved as a draft as you type them (resume with --resume N); `run N` starts from request N with its people filled in'
complete -c cop -n "__fish_cop_using_subcommand assist; and not __fish_seen_subcommand_from request match join decline schedule log run list show edit followups done help" -f -a "list" -d 'List assists, newest first'
complete -c cop -n "__fish_cop_using_subcommand assist; and not __fish_seen_subcommand_from request match join decline schedule log run list show edit followups done help" -f -a "show" -d 'Show one assist in full (--format markdown gives notes to share with the group)'
complete -c cop -n "__fish_cop_using_subcommand assist; and not __fish_seen_subcommand_from request match join decline schedule log run list show edit followups done help" -f -a "edit" -d 'Change an assist: set fields, add notes and people, or replace it all with --from FILE'
complete -c cop -n "__fish_cop_using_subcommand assist; and not __fish_seen_subcommand_from request match join decline schedule log run list show edit followups done help" -f -a "followups" -d 'Open next steps, oldest due first'
complete -c cop -n "__fish_cop_using_subcommand assist; and not __fish_seen_subcommand_from request match join decline schedule log run list show edit followups done help" -f -a "done" -d 'Mark a next step done'
complete -c cop -n "__fish_cop_using_subcommand assist; and not __fish_seen_subcommand_from request match join decline schedule log run list show edit followups done help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from request" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from request" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from request" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from request" -l by -d 'Who asks for the assist and presents the challenge' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from request" -l challenge -d 'The challenge to bring to the group' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from request" -l tag -d 'What the challenge is about, to find listeners by (repeat, or a list "a, b")' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from request" -l group -d 'The challenge group, when it is a project group or a whole network' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from request" -l size -d 'How many listeners to seek, 1 to 12' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from request" -l minutes -d 'How long the assist should last, 5 to 240' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from request" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from request" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from request" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from request" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from request" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from match" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from match" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from match" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from match" -l limit -d 'Show at most N listeners' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from match" -l invite -d 'Invite the best N (not yet asked) to listen' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from match" -l from -d 'The organizer, "Name <addr>": kept for the community, so later runs may leave it out' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from match" -l out -d 'Write one .eml file per message into DIR (Maildir-style names, mode 0600)' -r -F
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from match" -l mbox -d 'Write the messages into one mbox FILE (mode 0600, never the database)' -r -F
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from match" -l sendmail -d 'Pipe each message to a sendmail-compatible command run by sh, such as "msmtp -t" or "sendmail -t"; your mail set-up keeps the credentials' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from match" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from match" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from match" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from match" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from match" -l all -d 'Show every possible listener'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from match" -l mail -d 'Also mail each one the invitation (why they fit, the challenge, the session as a calendar request once one is set)'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from match" -l dry-run -d 'Record nothing, send nothing: print the first message and the recipients'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from match" -l force -d 'Replace an existing --mbox FILE'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from match" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from join" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from join" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from join" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from join" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from join" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from join" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from join" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from join" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from decline" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from decline" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from decline" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from decline" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from decline" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from decline" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from decline" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from decline" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from schedule" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from schedule" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from schedule" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from schedule" -l at -d 'Create the assist\'s session at this time; its people are invited' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from schedule" -l minutes -d 'Length in minutes [default: the request\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from schedule" -l link -d 'The video link of the session' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from schedule" -l from -d 'Search from this day [default: now]' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from schedule" -l to -d 'Search to this day [default: two weeks after --from]' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from schedule" -l limit -d 'How many suggestions' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from schedule" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from schedule" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from schedule" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from schedule" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from schedule" -l suggest -d 'Suggest times when most of its presenters and listeners are free'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from schedule" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l challenge -d 'The challenge brought to the group (asked for on a terminal)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l tag -d 'What the challenge was about (repeat)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l presenter -d 'A member of the challenge group (repeat)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l listener -d 'A listener, who helps with the challenge (repeat)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l facilitator -d 'Who facilitated (repeat)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l group -d 'The challenge group, when it is a project group or a whole network' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l session -d 'The session it was held in (links to it; creates none)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l date -d 'When it was held [default: now]' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l minutes -d 'How long it lasted, 5 to 240' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l situation -d 'Step 1: the situation and challenge, as presented' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l clarify -d 'Step 2: a clarifying question and its answer (repeat)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l idea -d 'Step 3: an idea, question, suggestion or other case (repeat)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l resource -d 'Step 3: a source suggested, "TITLE [URL]" (repeat); it lands in `cop resources`' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l response -d 'Step 4: the challenge group\'s response' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l takeaway -d 'Step 5: what a listener takes home, "MEMBER: TEXT" (repeat)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l reflection -d 'Step 6: the group\'s reflection on the session' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l next-step -d 'Step 7: a next step, "TEXT [@MEMBER] [due:DATE]" (repeat)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l from -d 'Read the whole assist as JSON (the form `assist show --format json` prints); - reads stdin' -r -F
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l continue -d 'Step 7: the group wishes to continue the discussion'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l story -d 'Step 5: keep each takeaway also as its member\'s value story from this assist (`cop stories`); the guided walk asks instead'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -l new -d 'With --from: log the file as a new assist with a new UUID, even when this copy already holds the assist it came from (which it otherwise updates)'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from run" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from run" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from run" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from run" -l minutes -d 'The length of the assist, shared among the steps (7 to 240) [default: 45, or the request\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from run" -l challenge -d 'The challenge (asked for when missing)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from run" -l presenter -d 'A member of the challenge group (repeat)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from run" -l listener -d 'A listener, who helps with the challenge (repeat)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from run" -l facilitator -d 'Who facilitated (repeat)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from run" -l group -d 'The challenge group, when it is a project group or a whole network' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from run" -l session -d 'The session it was held in (links to it; creates none)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from run" -l resume -d 'Continue the draft assist N where it stopped' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from run" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from run" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from run" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from list" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from list" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from list" -l member -d 'Only assists this member took part in (any role, a takeaway or a next step)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from list" -l since -d 'Only assists held on or after this day' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from list" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from list" -l open -d 'Only assists with next steps not yet done'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from list" -l drafts -d 'Only drafts (runs not finished; continue with `assist run --resume N`)'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from list" -l requested -d 'Only requests not held yet (see `assist request`)'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from show" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from show" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from show" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l challenge -d 'A new challenge' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l tag -d 'Add a tag (repeat)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l remove-tag -d 'Remove a tag (repeat)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l size -d 'A request: how many listeners it seeks, 1 to 12' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l presenter -d 'A member of the challenge group (repeat)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l listener -d 'A listener, who helps with the challenge (repeat)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l facilitator -d 'Who facilitated (repeat)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l group -d 'The challenge group, when it is a project group or a whole network' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l session -d 'The session it was held in (links to it; creates none)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l remove-member -d 'Take a member out of the assist, from every role' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l date -d 'When it was held' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l minutes -d 'How long it lasted' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l situation -d 'Step 1: the situation and challenge, as presented' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l clarify -d 'Step 2: a clarifying question and its answer (repeat)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l idea -d 'Step 3: an idea, question, suggestion or other case (repeat)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l resource -d 'Step 3: a source suggested, "TITLE [URL]" (repeat); it lands in `cop resources`' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l response -d 'Step 4: the challenge group\'s response' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l takeaway -d 'Step 5: what a listener takes home, "MEMBER: TEXT" (repeat)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l reflection -d 'Step 6: the group\'s reflection on the session' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l next-step -d 'Step 7: a next step, "TEXT [@MEMBER] [due:DATE]" (repeat)' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l from -d 'Replace the whole assist with this JSON (next steps and resources keep their ids); - reads stdin. Without any flag on a terminal, the assist opens in your editor' -r -F
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l continue -d 'The group wishes to continue the discussion'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -l no-continue -d 'The group does not wish to continue the discussion'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from followups" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from followups" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from followups" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from followups" -l owner -d 'Only next steps this member owns' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from followups" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from followups" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from followups" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from followups" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from followups" -l overdue -d 'Only next steps past their due day'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from followups" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from done" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from done" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from done" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from done" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from done" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from done" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from done" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from help" -f -a "request" -d 'Ask for a peer assist: a member (or their group) brings a challenge and seeks listeners with relevant experience; prints the request\'s id'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from help" -f -a "match" -d 'Rank possible listeners for a request, with reasons: expertise in its tags first, then past assists on them, then interests; the busy and those who heard the presenter lately rank lower. --invite N invites the best N'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from help" -f -a "join" -d 'A member joins a request as a listener'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from help" -f -a "decline" -d 'A member declines a request (a listener who joined leaves it)'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from help" -f -a "schedule" -d 'Times when a request\'s people are free (--suggest), or its session (--at)'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from help" -f -a "log" -d 'Record an assist that happened: every step as flags, or --from FILE; on a terminal with steps missing, walks you through them, saving each as it is answered'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from help" -f -a "run" -d 'The live guide for the facilitator: each step with its time box and the time left, notes saved as a draft as you type them (resume with --resume N); `run N` starts from request N with its people filled in'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from help" -f -a "list" -d 'List assists, newest first'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one assist in full (--format markdown gives notes to share with the group)'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change an assist: set fields, add notes and people, or replace it all with --from FILE'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from help" -f -a "followups" -d 'Open next steps, oldest due first'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from help" -f -a "done" -d 'Mark a next step done'
complete -c cop -n "__fish_cop_using_subcommand assist; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and not __fish_seen_subcommand_from add list show edit cancel rsvp attend export invite replies help" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand sessions; and not __fish_seen_subcommand_from add list show edit cancel rsvp attend export invite replies help" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand sessions; and not __fish_seen_subcommand_from add list show edit cancel rsvp attend export invite replies help" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and not __fish_seen_subcommand_from add list show edit cancel rsvp attend export invite replies help" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand sessions; and not __fish_seen_subcommand_from add list show edit cancel rsvp attend export invite replies help" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and not __fish_seen_subcommand_from add list show edit cancel rsvp attend export invite replies help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand sessions; and not __fish_seen_subcommand_from add list show edit cancel rsvp attend export invite replies help" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand sessions; and not __fish_seen_subcommand_from add list show edit cancel rsvp attend export invite replies help" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand sessions; and not __fish_seen_subcommand_from add list show edit cancel rsvp attend export invite replies help" -f -a "add" -d 'Schedule a session and print its id'
complete -c cop -n "__fish_cop_using_subcommand sessions; and not __fish_seen_subcommand_from add list show edit cancel rsvp attend export invite replies help" -f -a "list" -d 'List sessions in time order'
complete -c cop -n "__fish_cop_using_subcommand sessions; and not __fish_seen_subcommand_from add list show edit cancel rsvp attend export invite replies help" -f -a "show" -d 'Show one session: RSVPs, attendance, facilitators, linked popup or assist'
complete -c cop -n "__fish_cop_using_subcommand sessions; and not __fish_seen_subcommand_from add list show edit cancel rsvp attend export invite replies help" -f -a "edit" -d 'Change a session (calendars pick up the change on the next export)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and not __fish_seen_subcommand_from add list show edit cancel rsvp attend export invite replies help" -f -a "cancel" -d 'Cancel a session; it stays listed, and calendars show it as cancelled'
complete -c cop -n "__fish_cop_using_subcommand sessions; and not __fish_seen_subcommand_from add list show edit cancel rsvp attend export invite replies help" -f -a "rsvp" -d 'Record members\' answers; past capacity a yes goes on the waitlist'
complete -c cop -n "__fish_cop_using_subcommand sessions; and not __fish_seen_subcommand_from add list show edit cancel rsvp attend export invite replies help" -f -a "attend" -d 'Record who actually came (or --remove)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and not __fish_seen_subcommand_from add list show edit cancel rsvp attend export invite replies help" -f -a "export" -d 'Write sessions as an iCalendar file (RFC 5545) that calendar apps import'
complete -c cop -n "__fish_cop_using_subcommand sessions; and not __fish_seen_subcommand_from add list show edit cancel rsvp attend export invite replies help" -f -a "invite" -d 'Mail members the session (announcement or --reminder) with a calendar request'
complete -c cop -n "__fish_cop_using_subcommand sessions; and not __fish_seen_subcommand_from add list show edit cancel rsvp attend export invite replies help" -f -a "replies" -d 'Record the RSVPs in calendar replies (iTIP REPLY in .ics, .eml or mbox files)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and not __fish_seen_subcommand_from add list show edit cancel rsvp attend export invite replies help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from add" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from add" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from add" -l title -d 'What the session is called (asked for on a terminal when missing)' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from add" -l at -d 'When it starts: "2026-12-04 12:00", "fri 12:00", RFC 3339 (asked for on a terminal)' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from add" -l kind -d 'meetup, training, coaching, reading, popup, assist or other' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from add" -l minutes -d 'How long it lasts' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from add" -l link -d 'Video link' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from add" -l location -d 'Where it happens' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from add" -l facilitator -d 'A member who facilitates it (repeat)' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from add" -l trainer -d 'The (external) trainer\'s name' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from add" -l capacity -d 'How many yes answers fit; later ones wait' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from add" -l note -d 'Anything else worth knowing' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from add" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from add" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from list" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from list" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from list" -l kind -d 'Only this kind' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from list" -l member -d 'Only sessions this member facilitates, answered or attended' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from list" -l from -d 'Only sessions on or after this day' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from list" -l to -d 'Only sessions on or before this day' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from list" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from list" -l upcoming -d 'Only sessions that have not started yet'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from list" -l past -d 'Only sessions that have started, newest first'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from show" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from show" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from show" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from edit" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from edit" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from edit" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from edit" -l title -d 'New title' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from edit" -l at -d 'New start time' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from edit" -l kind -d 'New kind: meetup, training, coaching, reading, popup, assist or other' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from edit" -l minutes -d 'New length' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from edit" -l link -d 'New video link ("" removes it)' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from edit" -l location -d 'New place ("" removes it)' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from edit" -l trainer -d 'New trainer ("" removes it)' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from edit" -l capacity -d 'New capacity ("" removes the limit); a higher one lets the waitlist in' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from edit" -l note -d 'New note ("" removes it)' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from edit" -l add-facilitator -d 'Add a facilitator' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from edit" -l remove-facilitator -d 'Remove a facilitator' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from edit" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from edit" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from cancel" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from cancel" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from cancel" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from cancel" -l reason -d 'Why, for the members and their calendars' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from cancel" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from cancel" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from cancel" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from rsvp" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from rsvp" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from rsvp" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from rsvp" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from rsvp" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from rsvp" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from rsvp" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from rsvp" -l yes -d 'They come (or wait for a place when the session is full)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from rsvp" -l no -d 'They do not come; their place goes to the waitlist'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from rsvp" -l maybe -d 'They may come'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from rsvp" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from attend" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from attend" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from attend" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from attend" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from attend" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from attend" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from attend" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from attend" -l remove -d 'Remove their attendance instead'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from attend" -l force -d 'Record attendance of a session that has not started yet (refused otherwise, exit 4)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from attend" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from export" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from export" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from export" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from export" -l member -d 'Only sessions this member facilitates, answered or attended' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from export" -l out -d 'Write to FILE (mode 0600, never the database) instead of stdout' -r -F
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from export" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from export" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from export" -l ics -d 'iCalendar, the only export format (the default)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from export" -l upcoming -d 'Only sessions that have not started yet'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from export" -l force -d 'Replace FILE if it exists (a symbolic link there is replaced, not followed)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from invite" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from invite" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from invite" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from invite" -l rsvp -d 'Those whose answer is this (yes, maybe, invited, waitlist, no): for reminders' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from invite" -l from -d 'The organizer, "Name <addr>": kept for the community, so later runs may leave it out' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from invite" -l out -d 'Write one .eml file per message into DIR (Maildir-style names, mode 0600)' -r -F
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from invite" -l mbox -d 'Write the messages into one mbox FILE (mode 0600, never the database)' -r -F
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from invite" -l sendmail -d 'Pipe each message to a sendmail-compatible command run by sh, such as "msmtp -t" or "sendmail -t"; your mail set-up keeps the credentials' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from invite" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from invite" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from invite" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from invite" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from invite" -l all -d 'Every active member'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from invite" -l reminder -d 'A reminder: a new message even to those the announcement reached (one a day)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from invite" -l dry-run -d 'Record nothing, send nothing: print the first message and the recipients'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from invite" -l force -d 'Replace an existing --mbox FILE'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from invite" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from replies" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from replies" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from replies" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from replies" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from replies" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from replies" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from replies" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from replies" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "add" -d 'Schedule a session and print its id'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "list" -d 'List sessions in time order'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one session: RSVPs, attendance, facilitators, linked popup or assist'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a session (calendars pick up the change on the next export)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a session; it stays listed, and calendars show it as cancelled'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "rsvp" -d 'Record members\' answers; past capacity a yes goes on the waitlist'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "attend" -d 'Record who actually came (or --remove)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write sessions as an iCalendar file (RFC 5545) that calendar apps import'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "invite" -d 'Mail members the session (announcement or --reminder) with a calendar request'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "replies" -d 'Record the RSVPs in calendar replies (iTIP REPLY in .ics, .eml or mbox files)'
complete -c cop -n "__fish_cop_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand outbox; and not __fish_seen_subcommand_from list retry help" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand outbox; and not __fish_seen_subcommand_from list retry help" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand outbox; and not __fish_seen_subcommand_from list retry help" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand outbox; and not __fish_seen_subcommand_from list retry help" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand outbox; and not __fish_seen_subcommand_from list retry help" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand outbox; and not __fish_seen_subcommand_from list retry help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand outbox; and not __fish_seen_subcommand_from list retry help" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand outbox; and not __fish_seen_subcommand_from list retry help" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand outbox; and not __fish_seen_subcommand_from list retry help" -f -a "list" -d 'Every message cop wrote: for what, to whom, when sent, the last error'
complete -c cop -n "__fish_cop_using_subcommand outbox; and not __fish_seen_subcommand_from list retry help" -f -a "retry" -d 'Deliver the messages not sent yet (each one once, in order; stops at a failure)'
complete -c cop -n "__fish_cop_using_subcommand outbox; and not __fish_seen_subcommand_from list retry help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from list" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from list" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from list" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from list" -l pending -d 'Only the messages not sent yet'
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l out -d 'Write one .eml file per message into DIR (Maildir-style names, mode 0600)' -r -F
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l mbox -d 'Write the messages into one mbox FILE (mode 0600, never the database)' -r -F
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l sendmail -d 'Pipe each message to a sendmail-compatible command run by sh, such as "msmtp -t" or "sendmail -t"; your mail set-up keeps the credentials' -r
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from retry" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l dry-run -d 'Record nothing, send nothing: print the first message and the recipients'
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l force -d 'Replace an existing --mbox FILE'
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from retry" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every message cop wrote: for what, to whom, when sent, the last error'
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "retry" -d 'Deliver the messages not sent yet (each one once, in order; stops at a failure)'
complete -c cop -n "__fish_cop_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand meetup; and not __fish_seen_subcommand_from plan help" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand meetup; and not __fish_seen_subcommand_from plan help" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand meetup; and not __fish_seen_subcommand_from plan help" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand meetup; and not __fish_seen_subcommand_from plan help" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand meetup; and not __fish_seen_subcommand_from plan help" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand meetup; and not __fish_seen_subcommand_from plan help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand meetup; and not __fish_seen_subcommand_from plan help" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand meetup; and not __fish_seen_subcommand_from plan help" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand meetup; and not __fish_seen_subcommand_from plan help" -f -a "plan" -d 'Create the recurring meetup\'s sessions, rotating volunteer facilitators fairly'
complete -c cop -n "__fish_cop_using_subcommand meetup; and not __fish_seen_subcommand_from plan help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand meetup; and __fish_seen_subcommand_from plan" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand meetup; and __fish_seen_subcommand_from plan" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand meetup; and __fish_seen_subcommand_from plan" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand meetup; and __fish_seen_subcommand_from plan" -l title -d 'What each session is called' -r
complete -c cop -n "__fish_cop_using_subcommand meetup; and __fish_seen_subcommand_from plan" -l weekday -d 'The day of the week it meets: mon, tue, ..., sun' -r
complete -c cop -n "__fish_cop_using_subcommand meetup; and __fish_seen_subcommand_from plan" -l time -d 'When it starts, HH:MM in the community time zone (see --tz)' -r
complete -c cop -n "__fish_cop_using_subcommand meetup; and __fish_seen_subcommand_from plan" -l count -d 'How many sessions to create' -r
complete -c cop -n "__fish_cop_using_subcommand meetup; and __fish_seen_subcommand_from plan" -l start -d 'The first possible day [default: today, or next week when today\'s time has passed]' -r
complete -c cop -n "__fish_cop_using_subcommand meetup; and __fish_seen_subcommand_from plan" -l minutes -d 'How long each session lasts' -r
complete -c cop -n "__fish_cop_using_subcommand meetup; and __fish_seen_subcommand_from plan" -l link -d 'Video link' -r
complete -c cop -n "__fish_cop_using_subcommand meetup; and __fish_seen_subcommand_from plan" -l location -d 'Where it happens' -r
complete -c cop -n "__fish_cop_using_subcommand meetup; and __fish_seen_subcommand_from plan" -l every -d 'How often: 1w (weekly) or 2w (every other week)' -r
complete -c cop -n "__fish_cop_using_subcommand meetup; and __fish_seen_subcommand_from plan" -l skip -d 'Days not to meet, e.g. holidays (YYYY-MM-DD or any date; repeat, or several after one --skip); the plan leaves them out' -r
complete -c cop -n "__fish_cop_using_subcommand meetup; and __fish_seen_subcommand_from plan" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand meetup; and __fish_seen_subcommand_from plan" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand meetup; and __fish_seen_subcommand_from plan" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand meetup; and __fish_seen_subcommand_from plan" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand meetup; and __fish_seen_subcommand_from plan" -l replace -d 'Replan the days that already have a meetup of this title: they take the plan\'s time, length, place and facilitator, and keep their id and RSVPs [default: leave them]'
complete -c cop -n "__fish_cop_using_subcommand meetup; and __fish_seen_subcommand_from plan" -l dry-run -d 'Show the plan without creating anything'
complete -c cop -n "__fish_cop_using_subcommand meetup; and __fish_seen_subcommand_from plan" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand meetup; and __fish_seen_subcommand_from help" -f -a "plan" -d 'Create the recurring meetup\'s sessions, rotating volunteer facilitators fairly'
complete -c cop -n "__fish_cop_using_subcommand meetup; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand pairs; and not __fish_seen_subcommand_from history met missed exclude exclusions help" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand pairs; and not __fish_seen_subcommand_from history met missed exclude exclusions help" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand pairs; and not __fish_seen_subcommand_from history met missed exclude exclusions help" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand pairs; and not __fish_seen_subcommand_from history met missed exclude exclusions help" -l interest -d 'Only members with this interest (repeat: all of them)' -r
complete -c cop -n "__fish_cop_using_subcommand pairs; and not __fish_seen_subcommand_from history met missed exclude exclusions help" -l region -d 'Only members of this region' -r
complete -c cop -n "__fish_cop_using_subcommand pairs; and not __fish_seen_subcommand_from history met missed exclude exclusions help" -l session -d 'Pair the attendees of this session (its yes RSVPs when nobody is recorded yet)' -r
complete -c cop -n "__fish_cop_using_subcommand pairs; and not __fish_seen_subcommand_from history met missed exclude exclusions help" -l size -d 'Groups of this many (2 to 8): as many of K as the numbers allow, the others one larger or smaller, never a group of one' -r
complete -c cop -n "__fish_cop_using_subcommand pairs; and not __fish_seen_subcommand_from history met missed exclude exclusions help" -l seed -d 'Make the round reproducible: the same seed and history give the same pairs' -r
complete -c cop -n "__fish_cop_using_subcommand pairs; and not __fish_seen_subcommand_from history met missed exclude exclusions help" -l note -d 'A note kept with a recorded round' -r
complete -c cop -n "__fish_cop_using_subcommand pairs; and not __fish_seen_subcommand_from history met missed exclude exclusions help" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand pairs; and not __fish_seen_subcommand_from history met missed exclude exclusions help" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand pairs; and not __fish_seen_subcommand_from history met missed exclude exclusions help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand pairs; and not __fish_seen_subcommand_from history met missed exclude exclusions help" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand pairs; and not __fish_seen_subcommand_from history met missed exclude exclusions help" -l record -d 'Save the round, so later rounds avoid these pairs'
complete -c cop -n "__fish_cop_using_subcommand pairs; and not __fish_seen_subcommand_from history met missed exclude exclusions help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cop -n "__fish_cop_using_subcommand pairs; and not __fish_seen_subcommand_from history met missed exclude exclusions help" -f -a "history" -d 'List the recorded rounds, newest first, with how many groups met'
complete -c cop -n "__fish_cop_using_subcommand pairs; and not __fish_seen_subcommand_from history met missed exclude exclusions help" -f -a "met" -d 'Record that members of a round met their group'
complete -c cop -n "__fish_cop_using_subcommand pairs; and not __fish_seen_subcommand_from history met missed exclude exclusions help" -f -a "missed" -d 'Record that members of a round did not take part (three in a row make a ghost)'
complete -c cop -n "__fish_cop_using_subcommand pairs; and not __fish_seen_subcommand_from history met missed exclude exclusions help" -f -a "exclude" -d 'Keep two members out of each other\'s groups, confidentially (or --remove it)'
complete -c cop -n "__fish_cop_using_subcommand pairs; and not __fish_seen_subcommand_from history met missed exclude exclusions help" -f -a "exclusions" -d 'List the exclusions: the only command that prints them'
complete -c cop -n "__fish_cop_using_subcommand pairs; and not __fish_seen_subcommand_from history met missed exclude exclusions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from history" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from history" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from history" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from history" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from history" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from history" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from met" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from met" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from met" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from met" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from met" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from met" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from met" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from met" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from missed" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from missed" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from missed" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from missed" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from missed" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from missed" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from missed" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from missed" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from exclude" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from exclude" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from exclude" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from exclude" -l remove -d 'Lift the exclusion instead'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from exclude" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from exclude" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from exclude" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from exclude" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from exclude" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from exclusions" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from exclusions" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from exclusions" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from exclusions" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from exclusions" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from exclusions" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from exclusions" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from exclusions" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from help" -f -a "history" -d 'List the recorded rounds, newest first, with how many groups met'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from help" -f -a "met" -d 'Record that members of a round met their group'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from help" -f -a "missed" -d 'Record that members of a round did not take part (three in a row make a ghost)'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from help" -f -a "exclude" -d 'Keep two members out of each other\'s groups, confidentially (or --remove it)'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from help" -f -a "exclusions" -d 'List the exclusions: the only command that prints them'
complete -c cop -n "__fish_cop_using_subcommand pairs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand resources; and not __fish_seen_subcommand_from add list show edit remove help" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand resources; and not __fish_seen_subcommand_from add list show edit remove help" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand resources; and not __fish_seen_subcommand_from add list show edit remove help" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand resources; and not __fish_seen_subcommand_from add list show edit remove help" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand resources; and not __fish_seen_subcommand_from add list show edit remove help" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand resources; and not __fish_seen_subcommand_from add list show edit remove help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand resources; and not __fish_seen_subcommand_from add list show edit remove help" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand resources; and not __fish_seen_subcommand_from add list show edit remove help" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand resources; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "add" -d 'Add a resource and print its id'
complete -c cop -n "__fish_cop_using_subcommand resources; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "list" -d 'List resources, with a tag or from an assist'
complete -c cop -n "__fish_cop_using_subcommand resources; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "show" -d 'Show one resource in full'
complete -c cop -n "__fish_cop_using_subcommand resources; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "edit" -d 'Change a resource\'s title, link, note, tags or assist'
complete -c cop -n "__fish_cop_using_subcommand resources; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "remove" -d 'Delete a resource (asks first; --yes in scripts)'
complete -c cop -n "__fish_cop_using_subcommand resources; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from add" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from add" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from add" -l url -d 'Where to find it' -r
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from add" -l tag -d 'A topic (repeat, or comma-separated)' -r
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from add" -l note -d 'Why it is worth reading, or anything else' -r
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from add" -l assist -d 'The assist it was suggested in' -r
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from add" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from add" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from list" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from list" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from list" -l tag -d 'Only resources with this topic' -r
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from list" -l assist -d 'Only resources suggested in this assist' -r
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from list" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from show" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from show" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from show" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from edit" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from edit" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from edit" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from edit" -l title -d 'A new title' -r
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from edit" -l url -d 'A new link ("" removes it)' -r
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from edit" -l note -d 'A new note ("" removes it)' -r
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from edit" -l tag -d 'Add a topic (repeat, or comma-separated)' -r
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from edit" -l remove-tag -d 'Take a topic off (repeat, or comma-separated)' -r
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from edit" -l assist -d 'The assist it was suggested in ("" for none)' -r
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from edit" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from edit" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from remove" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from remove" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from remove" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from remove" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from remove" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a resource and print its id'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from help" -f -a "list" -d 'List resources, with a tag or from an assist'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one resource in full'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a resource\'s title, link, note, tags or assist'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Delete a resource (asks first; --yes in scripts)'
complete -c cop -n "__fish_cop_using_subcommand resources; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand stories; and not __fish_seen_subcommand_from add list show help" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand stories; and not __fish_seen_subcommand_from add list show help" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand stories; and not __fish_seen_subcommand_from add list show help" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand stories; and not __fish_seen_subcommand_from add list show help" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand stories; and not __fish_seen_subcommand_from add list show help" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand stories; and not __fish_seen_subcommand_from add list show help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand stories; and not __fish_seen_subcommand_from add list show help" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand stories; and not __fish_seen_subcommand_from add list show help" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand stories; and not __fish_seen_subcommand_from add list show help" -f -a "add" -d 'Add a value-creation story and print its id'
complete -c cop -n "__fish_cop_using_subcommand stories; and not __fish_seen_subcommand_from add list show help" -f -a "list" -d 'List stories, newest first'
complete -c cop -n "__fish_cop_using_subcommand stories; and not __fish_seen_subcommand_from add list show help" -f -a "show" -d 'Show one story in full'
complete -c cop -n "__fish_cop_using_subcommand stories; and not __fish_seen_subcommand_from add list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from add" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from add" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from add" -l member -d 'Whose story it is (id, email, or name)' -r
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from add" -l from-assist -d 'It came from this peer assist' -r
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from add" -l from-popup -d 'It came from this learning popup' -r
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from add" -l from-session -d 'It came from this session' -r
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from add" -l value -d 'The value it shows (Wenger-Trayner\'s cycles): immediate, potential, applied, realized or reframing' -r
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from add" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from add" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from list" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from list" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from list" -l value -d 'Only stories showing this value' -r
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from list" -l member -d 'Only this member\'s stories' -r
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from list" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from show" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from show" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from show" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a value-creation story and print its id'
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from help" -f -a "list" -d 'List stories, newest first'
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one story in full'
complete -c cop -n "__fish_cop_using_subcommand stories; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand tags; and not __fish_seen_subcommand_from list rename merge alias help" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand tags; and not __fish_seen_subcommand_from list rename merge alias help" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand tags; and not __fish_seen_subcommand_from list rename merge alias help" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand tags; and not __fish_seen_subcommand_from list rename merge alias help" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand tags; and not __fish_seen_subcommand_from list rename merge alias help" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand tags; and not __fish_seen_subcommand_from list rename merge alias help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand tags; and not __fish_seen_subcommand_from list rename merge alias help" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand tags; and not __fish_seen_subcommand_from list rename merge alias help" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand tags; and not __fish_seen_subcommand_from list rename merge alias help" -f -a "list" -d 'List tags with how many members, popups and resources use each, and their aliases'
complete -c cop -n "__fish_cop_using_subcommand tags; and not __fish_seen_subcommand_from list rename merge alias help" -f -a "rename" -d 'Rename a tag; the old name stays as an alias, so it still finds the tag'
complete -c cop -n "__fish_cop_using_subcommand tags; and not __fish_seen_subcommand_from list rename merge alias help" -f -a "merge" -d 'Fold tags into one: move their links, delete them, keep their names as aliases (asks first; --yes off a terminal)'
complete -c cop -n "__fish_cop_using_subcommand tags; and not __fish_seen_subcommand_from list rename merge alias help" -f -a "alias" -d 'Make another spelling stand for a tag, or remove one with --remove'
complete -c cop -n "__fish_cop_using_subcommand tags; and not __fish_seen_subcommand_from list rename merge alias help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from list" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from list" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from list" -l sort -d 'Order of the rows' -r -f -a "name\t'Alphabetical'
uses\t'Most used first (members, popups and resources together)'"
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from list" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from list" -l unused -d 'Only tags that no member, popup or resource uses'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from rename" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from rename" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from rename" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from rename" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from rename" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from rename" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from merge" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from merge" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from merge" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from merge" -l into -d 'The tag that remains' -r
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from merge" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from merge" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from merge" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from merge" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from merge" -s y -l yes -d 'Do not ask for confirmation'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from merge" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from alias" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from alias" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from alias" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from alias" -l remove -d 'Remove this alias instead; the tag stays' -r
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from alias" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from alias" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from alias" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from alias" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from alias" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from help" -f -a "list" -d 'List tags with how many members, popups and resources use each, and their aliases'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a tag; the old name stays as an alias, so it still finds the tag'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from help" -f -a "merge" -d 'Fold tags into one: move their links, delete them, keep their names as aliases (asks first; --yes off a terminal)'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from help" -f -a "alias" -d 'Make another spelling stand for a tag, or remove one with --remove'
complete -c cop -n "__fish_cop_using_subcommand tags; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand report; and not __fish_seen_subcommand_from engagement growth movement html needs activity help" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand report; and not __fish_seen_subcommand_from engagement growth movement html needs activity help" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand report; and not __fish_seen_subcommand_from engagement growth movement html needs activity help" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand report; and not __fish_seen_subcommand_from engagement growth movement html needs activity help" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand report; and not __fish_seen_subcommand_from engagement growth movement html needs activity help" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand report; and not __fish_seen_subcommand_from engagement growth movement html needs activity help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand report; and not __fish_seen_subcommand_from engagement growth movement html needs activity help" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand report; and not __fish_seen_subcommand_from engagement growth movement html needs activity help" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand report; and not __fish_seen_subcommand_from engagement growth movement html needs activity help" -f -a "engagement" -d 'Each active member\'s level (Wenger-Trayner\'s core, active, occasional, peripheral, transactional) from their participations in the window: sessions attended and facilitated, assists presented, listened to or facilitated (not drafts), popups joined; the role is shown beside the level, which it no longer decides (trainers and guests stay transactional). The table ends with each level\'s share beside the typical one'
complete -c cop -n "__fish_cop_using_subcommand report; and not __fish_seen_subcommand_from engagement growth movement html needs activity help" -f -a "growth" -d 'For each month: members at each level at the month\'s end, and how many moved up or down since the month before. A member counts from the month they joined'
complete -c cop -n "__fish_cop_using_subcommand report; and not __fish_seen_subcommand_from engagement growth movement html needs activity help" -f -a "movement" -d 'For each month: how many moved between each pair of levels (a transition matrix and a flow chart), and what those who moved up had taken part in during the two months before (popups joined, assists, sessions)'
complete -c cop -n "__fish_cop_using_subcommand report; and not __fish_seen_subcommand_from engagement growth movement html needs activity help" -f -a "html" -d 'One self-contained HTML page for the core group and sponsors: levels over time, movement, learning needs against popups, popups and assists per month, follow-ups, the facilitator rotation and value stories; inline CSS and SVG, no script, every chart with its numbers in a table'
complete -c cop -n "__fish_cop_using_subcommand report; and not __fish_seen_subcommand_from engagement growth movement html needs activity help" -f -a "needs" -d 'Each learning need: who needs it, who has the expertise, which popups cover it'
complete -c cop -n "__fish_cop_using_subcommand report; and not __fish_seen_subcommand_from engagement growth movement html needs activity help" -f -a "activity" -d 'Per month: sessions by kind, assists, popups proposed and done, distinct participants'
complete -c cop -n "__fish_cop_using_subcommand report; and not __fish_seen_subcommand_from engagement growth movement html needs activity help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from engagement" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from engagement" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from engagement" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from engagement" -l as-of -d 'The day the report looks back from [default: today]' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from engagement" -l window -d 'How far back participations count: days (90d) or weeks (13w)' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from engagement" -l core -d 'Participations in the window that make a member core' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from engagement" -l active -d 'Participations in the window that make a member active' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from engagement" -l occasional -d 'Participations in the window that make a member occasional (fewer: peripheral)' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from engagement" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from engagement" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from engagement" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from engagement" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from engagement" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from growth" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from growth" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from growth" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from growth" -l as-of -d 'The day the report looks back from [default: today]' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from growth" -l window -d 'How far back participations count: days (90d) or weeks (13w)' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from growth" -l core -d 'Participations in the window that make a member core' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from growth" -l active -d 'Participations in the window that make a member active' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from growth" -l occasional -d 'Participations in the window that make a member occasional (fewer: peripheral)' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from growth" -l months -d 'How many months, ending with the month of --as-of' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from growth" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from growth" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from growth" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from growth" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from growth" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from movement" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from movement" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from movement" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from movement" -l as-of -d 'The day the report looks back from [default: today]' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from movement" -l window -d 'How far back participations count: days (90d) or weeks (13w)' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from movement" -l core -d 'Participations in the window that make a member core' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from movement" -l active -d 'Participations in the window that make a member active' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from movement" -l occasional -d 'Participations in the window that make a member occasional (fewer: peripheral)' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from movement" -l months -d 'How many months, ending with the month of --as-of' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from movement" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from movement" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from movement" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from movement" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from movement" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from html" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from html" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from html" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from html" -l as-of -d 'The day the report looks back from [default: today]' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from html" -l window -d 'How far back participations count: days (90d) or weeks (13w)' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from html" -l core -d 'Participations in the window that make a member core' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from html" -l active -d 'Participations in the window that make a member active' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from html" -l occasional -d 'Participations in the window that make a member occasional (fewer: peripheral)' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from html" -l months -d 'How many months, ending with the month of --as-of' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from html" -l out -d 'Write the page to FILE (mode 0600, never the database) instead of stdout' -r -F
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from html" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from html" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from html" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from html" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from html" -l force -d 'Replace FILE if it exists'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from html" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from needs" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from needs" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from needs" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from needs" -l as-of -d 'The day the report looks back from [default: today]' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from needs" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from needs" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from needs" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from needs" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from needs" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from activity" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from activity" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from activity" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from activity" -l as-of -d 'The day the report looks back from [default: today]' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from activity" -l months -d 'How many months, ending with the month of --as-of' -r
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from activity" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from activity" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from activity" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from activity" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from activity" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "engagement" -d 'Each active member\'s level (Wenger-Trayner\'s core, active, occasional, peripheral, transactional) from their participations in the window: sessions attended and facilitated, assists presented, listened to or facilitated (not drafts), popups joined; the role is shown beside the level, which it no longer decides (trainers and guests stay transactional). The table ends with each level\'s share beside the typical one'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "growth" -d 'For each month: members at each level at the month\'s end, and how many moved up or down since the month before. A member counts from the month they joined'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "movement" -d 'For each month: how many moved between each pair of levels (a transition matrix and a flow chart), and what those who moved up had taken part in during the two months before (popups joined, assists, sessions)'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "html" -d 'One self-contained HTML page for the core group and sponsors: levels over time, movement, learning needs against popups, popups and assists per month, follow-ups, the facilitator rotation and value stories; inline CSS and SVG, no script, every chart with its numbers in a table'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "needs" -d 'Each learning need: who needs it, who has the expertise, which popups cover it'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "activity" -d 'Per month: sessions by kind, assists, popups proposed and done, distinct participants'
complete -c cop -n "__fish_cop_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand export" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand export" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand export" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand export" -l out -d 'Write to FILE (mode 0600, never the database) instead of stdout' -r -F
complete -c cop -n "__fish_cop_using_subcommand export" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand export" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand export" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand export" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand export" -l force -d 'Replace FILE if it exists (a symbolic link there is replaced, not followed)'
complete -c cop -n "__fish_cop_using_subcommand export" -l with-exclusions -d 'Include the confidential pairing exclusions (`cop pairs exclude`), left out otherwise'
complete -c cop -n "__fish_cop_using_subcommand export" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand import" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand import" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand import" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand import" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand import" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand import" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand import" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand import" -l dry-run -d 'Check the document and report what would be added, updated and skipped, without writing'
complete -c cop -n "__fish_cop_using_subcommand import" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand sync; and not __fish_seen_subcommand_from init status help" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand sync; and not __fish_seen_subcommand_from init status help" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand sync; and not __fish_seen_subcommand_from init status help" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand sync; and not __fish_seen_subcommand_from init status help" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand sync; and not __fish_seen_subcommand_from init status help" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand sync; and not __fish_seen_subcommand_from init status help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand sync; and not __fish_seen_subcommand_from init status help" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand sync; and not __fish_seen_subcommand_from init status help" -l git -d 'Also `git pull --rebase` before and `git add/commit/push` after (the folder is a git work tree)'
complete -c cop -n "__fish_cop_using_subcommand sync; and not __fish_seen_subcommand_from init status help" -l compact -d 'Replace this replica\'s segments by one snapshot (done by itself after a deletion)'
complete -c cop -n "__fish_cop_using_subcommand sync; and not __fish_seen_subcommand_from init status help" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand sync; and not __fish_seen_subcommand_from init status help" -f -a "init" -d 'Make this database a replica syncing through DIR (never put the database itself there)'
complete -c cop -n "__fish_cop_using_subcommand sync; and not __fish_seen_subcommand_from init status help" -f -a "status" -d 'Each replica in the folder, its last segment, and how far behind this one is'
complete -c cop -n "__fish_cop_using_subcommand sync; and not __fish_seen_subcommand_from init status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand sync; and __fish_seen_subcommand_from init" -l as -d 'The name this replica goes by, as others see it ("Ana\'s laptop")' -r
complete -c cop -n "__fish_cop_using_subcommand sync; and __fish_seen_subcommand_from init" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand sync; and __fish_seen_subcommand_from init" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand sync; and __fish_seen_subcommand_from init" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand sync; and __fish_seen_subcommand_from init" -l git -d 'Run git around every sync by default'
complete -c cop -n "__fish_cop_using_subcommand sync; and __fish_seen_subcommand_from init" -l encrypt -d 'Encrypt every segment with the folder\'s passphrase ($COP_SYNC_PASSPHRASE, else asked)'
complete -c cop -n "__fish_cop_using_subcommand sync; and __fish_seen_subcommand_from init" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand sync; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand sync; and __fish_seen_subcommand_from init" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand sync; and __fish_seen_subcommand_from init" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand sync; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand sync; and __fish_seen_subcommand_from status" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand sync; and __fish_seen_subcommand_from status" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand sync; and __fish_seen_subcommand_from status" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand sync; and __fish_seen_subcommand_from status" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand sync; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand sync; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand sync; and __fish_seen_subcommand_from status" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand sync; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand sync; and __fish_seen_subcommand_from help" -f -a "init" -d 'Make this database a replica syncing through DIR (never put the database itself there)'
complete -c cop -n "__fish_cop_using_subcommand sync; and __fish_seen_subcommand_from help" -f -a "status" -d 'Each replica in the folder, its last segment, and how far behind this one is'
complete -c cop -n "__fish_cop_using_subcommand sync; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand backup" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand backup" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand backup" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand backup" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand backup" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand backup" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand backup" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand backup" -l force -d 'Replace PATH if it exists (a symbolic link there is replaced, not followed)'
complete -c cop -n "__fish_cop_using_subcommand backup" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand doctor" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand doctor" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand doctor" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand doctor" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand doctor" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand doctor" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand doctor" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand log; and not __fish_seen_subcommand_from show help" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand log; and not __fish_seen_subcommand_from show help" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand log; and not __fish_seen_subcommand_from show help" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand log; and not __fish_seen_subcommand_from show help" -l limit -d 'Show at most N operations, newest first' -r
complete -c cop -n "__fish_cop_using_subcommand log; and not __fish_seen_subcommand_from show help" -l since -d 'Show only operations from DATE on' -r
complete -c cop -n "__fish_cop_using_subcommand log; and not __fish_seen_subcommand_from show help" -l keep -d 'Keep operations for DAYS from now on (default 180; the newest 1,000 are always kept), and prune older ones now' -r
complete -c cop -n "__fish_cop_using_subcommand log; and not __fish_seen_subcommand_from show help" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand log; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand log; and not __fish_seen_subcommand_from show help" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand log; and not __fish_seen_subcommand_from show help" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand log; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand log; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'The records an operation added, changed (field by field, before and after) and removed'
complete -c cop -n "__fish_cop_using_subcommand log; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand log; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand log; and __fish_seen_subcommand_from show" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand log; and __fish_seen_subcommand_from show" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand log; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand log; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand log; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand log; and __fish_seen_subcommand_from show" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand log; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand log; and __fish_seen_subcommand_from help" -f -a "show" -d 'The records an operation added, changed (field by field, before and after) and removed'
complete -c cop -n "__fish_cop_using_subcommand log; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand undo" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand undo" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand undo" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand undo" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand undo" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand undo" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand undo" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand undo" -l dry-run -d 'Show what the undo would change, and change nothing'
complete -c cop -n "__fish_cop_using_subcommand undo" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand demo" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand demo" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand demo" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand demo" -l members -d 'Generate N members with 3 to 8 tags and weekly availability (1 to 1,000,000; default 1,000 when only other sizes are given)' -r
complete -c cop -n "__fish_cop_using_subcommand demo" -l sessions -d 'Sessions over the last three years, 2% upcoming, ~50 attending each (default: members / 5)' -r
complete -c cop -n "__fish_cop_using_subcommand demo" -l assists -d 'Peer assists with their people and next steps, some open or overdue (default: members / 10)' -r
complete -c cop -n "__fish_cop_using_subcommand demo" -l popups -d 'Learning popups with tags and members (default: members / 50)' -r
complete -c cop -n "__fish_cop_using_subcommand demo" -l tags -d 'Draw every member\'s tags from the first N words of the vocabulary (6 to 60): three interests, two needs and one expertise each, so most members share most tags (the hardest case for `popup match` and `assist match`)' -r
complete -c cop -n "__fish_cop_using_subcommand demo" -l seed -d 'Make the generated community reproducible: the same seed and COP_NOW give the same data (default: a fresh seed, printed)' -r
complete -c cop -n "__fish_cop_using_subcommand demo" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand demo" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand demo" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand demo" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand demo" -l here -d 'Fill the default database (or --db / COP_DB) instead of a throwaway one; refused when it already has members'
complete -c cop -n "__fish_cop_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cop -n "__fish_cop_using_subcommand completions" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand completions" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand completions" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand completions" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand completions" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand completions" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand completions" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand completions" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand man" -l db -d 'The database file [default: $XDG_DATA_HOME/cop/cop.db]' -r -F
complete -c cop -n "__fish_cop_using_subcommand man" -l format -d 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
markdown\t''"
complete -c cop -n "__fish_cop_using_subcommand man" -l tz -d 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community\'s `init --timezone`, else $TZ, else the system\'s]' -r
complete -c cop -n "__fish_cop_using_subcommand man" -l json -d 'Shorthand for --format json'
complete -c cop -n "__fish_cop_using_subcommand man" -s q -l quiet -d 'Print only ids (and errors)'
complete -c cop -n "__fish_cop_using_subcommand man" -l no-input -d 'Never prompt, even on a terminal: a missing value is an error'
complete -c cop -n "__fish_cop_using_subcommand man" -l raw -d 'CSV and TSV cells exactly as stored: no \' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
complete -c cop -n "__fish_cop_using_subcommand man" -s h -l help -d 'Print help'
complete -c cop -n "__fish_cop_using_subcommand help; and not __fish_seen_subcommand_from init members popup assist sessions outbox meetup pairs resources stories tags report export import sync backup doctor log undo demo completions man help" -f -a "init" -d 'Create the database (any write also creates it)'
complete -c cop -n "__fish_cop_using_subcommand help; and not __fish_seen_subcommand_from init members popup assist sessions outbox meetup pairs resources stories tags report export import sync backup doctor log undo demo completions man help" -f -a "members" -d 'People in the community: their interests, needs, expertise and availability'
complete -c cop -n "__fish_cop_using_subcommand help; and not __fish_seen_subcommand_from init members popup assist sessions outbox meetup pairs resources stories tags report export import sync backup doctor log undo demo completions man help" -f -a "popup" -d 'Learning popups: propose, match members, set an agenda, schedule sessions'
complete -c cop -n "__fish_cop_using_subcommand help; and not __fish_seen_subcommand_from init members popup assist sessions outbox meetup pairs resources stories tags report export import sync backup doctor log undo demo completions man help" -f -a "assist" -d 'Peer assists: log one, run one live, list, show, edit, and follow up next steps'
complete -c cop -n "__fish_cop_using_subcommand help; and not __fish_seen_subcommand_from init members popup assist sessions outbox meetup pairs resources stories tags report export import sync backup doctor log undo demo completions man help" -f -a "sessions" -d 'Meetings: trainings, coaching, meetups; RSVPs, attendance, calendar export'
complete -c cop -n "__fish_cop_using_subcommand help; and not __fish_seen_subcommand_from init members popup assist sessions outbox meetup pairs resources stories tags report export import sync backup doctor log undo demo completions man help" -f -a "outbox" -d 'Mail cop wrote (invitations, reminders): what was sent, what is pending, retry'
complete -c cop -n "__fish_cop_using_subcommand help; and not __fish_seen_subcommand_from init members popup assist sessions outbox meetup pairs resources stories tags report export import sync backup doctor log undo demo completions man help" -f -a "meetup" -d 'The recurring meetup: plan dates and rotate volunteer facilitators'
complete -c cop -n "__fish_cop_using_subcommand help; and not __fish_seen_subcommand_from init members popup assist sessions outbox meetup pairs resources stories tags report export import sync backup doctor log undo demo completions man help" -f -a "pairs" -d 'Pair members, or make groups of up to 8, for peer support, avoiding earlier partners'
complete -c cop -n "__fish_cop_using_subcommand help; and not __fish_seen_subcommand_from init members popup assist sessions outbox meetup pairs resources stories tags report export import sync backup doctor log undo demo completions man help" -f -a "resources" -d 'Links, books and articles suggested in assists or gathered by the community'
complete -c cop -n "__fish_cop_using_subcommand help; and not __fish_seen_subcommand_from init members popup assist sessions outbox meetup pairs resources stories tags report export import sync backup doctor log undo demo completions man help" -f -a "stories" -d 'Value-creation stories: what members took from an assist, a popup or a session'
complete -c cop -n "__fish_cop_using_subcommand help; and not __fish_seen_subcommand_from init members popup assist sessions outbox meetup pairs resources stories tags report export import sync backup doctor log undo demo completions man help" -f -a "tags" -d 'The shared vocabulary: list tags with their uses, rename, merge, alias'
complete -c cop -n "__fish_cop_using_subcommand help; and not __fish_seen_subcommand_from init members popup assist sessions outbox meetup pairs resources stories tags report export import sync backup doctor log undo demo completions man help" -f -a "report" -d 'Reports: engagement levels, growth and movement month by month, learning needs, activity, and one HTML page to share'
complete -c cop -n "__fish_cop_using_subcommand help; and not __fish_seen_subcommand_from init members popup assist sessions outbox meetup pairs resources stories tags report export import sync backup doctor log undo demo completions man help" -f -a "export" -d 'Print the whole community as one JSON document (every record, links by UUID)'
complete -c cop -n "__fish_cop_using_subcommand help; and not __fish_seen_subcommand_from init members popup assist sessions outbox meetup pairs resources stories tags report export import sync backup doctor log undo demo completions man help" -f -a "import" -d 'Merge a document from `cop export` by UUID: newer records win; all or nothing'
complete -c cop -n "__fish_cop_using_subcommand help; and not __fish_seen_subcommand_from init members popup assist sessions outbox meetup pairs resources stories tags report export import sync backup doctor log undo demo completions man help" -f -a "sync" -d 'Share the community with other organizers\' copies through a synced folder (Syncthing, git)'
complete -c cop -n "__fish_cop_using_subcommand help; and not __fish_seen_subcommand_from init members popup assist sessions outbox meetup pairs resources stories tags report export import sync backup doctor log undo demo completions man help" -f -a "backup" -d 'Copy the database to PATH while others may be writing (SQLite online backup)'
complete -c cop -n "__fish_cop_using_subcommand help; and not __fish_seen_subcommand_from init members popup assist sessions outbox meetup pairs resources stories tags report export import sync backup doctor log undo demo completions man help" -f -a "doctor" -d 'Check the database: integrity, links, schema version, file mode, where it lives'
complete -c cop -n "__fish_cop_using_subcommand help; and not __fish_seen_subcommand_from init members popup assist sessions outbox meetup pairs resources stories tags report export import sync backup doctor log undo demo completions man help" -f -a "log" -d 'The operation log: every change, newest first; `log show OP` details one'
complete -c cop -n "__fish_cop_using_subcommand help; and not __fish_seen_subcommand_from init members popup assist sessions outbox meetup pairs resources stories tags report export import sync backup doctor log undo demo completions man help" -f -a "undo" -d 'Take back an operation (the latest by default); an undo is itself an operation'
complete -c cop -n "__fish_cop_using_subcommand help; and not __fish_seen_subcommand_from init members popup assist sessions outbox meetup pairs resources stories tags report export import sync backup doctor log undo demo completions man help" -f -a "demo" -d 'Fill a throwaway database with a small sample community to explore'
complete -c cop -n "__fish_cop_using_subcommand help; and not __fish_seen_subcommand_from init members popup assist sessions outbox meetup pairs resources stories tags report export import sync backup doctor log undo demo completions man help" -f -a "completions" -d 'Print shell completions'
complete -c cop -n "__fish_cop_using_subcommand help; and not __fish_seen_subcommand_from init members popup assist sessions outbox meetup pairs resources stories tags report export import sync backup doctor log undo demo completions man help" -f -a "man" -d 'Print the man page (roff)'
complete -c cop -n "__fish_cop_using_subcommand help; and not __fish_seen_subcommand_from init members popup assist sessions outbox meetup pairs resources stories tags report export import sync backup doctor log undo demo completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from members" -f -a "add" -d 'Add a member and print their id'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from members" -f -a "list" -d 'List members, filtered and sorted'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from members" -f -a "show" -d 'Show one member in full'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from members" -f -a "edit" -d 'Change a member\'s fields; add and remove tags and availability windows'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from members" -f -a "archive" -d 'Archive members: they keep their history but are offered for nothing'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from members" -f -a "restore" -d 'Bring archived members back'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from members" -f -a "forget" -d 'Delete a member and every link to them, for privacy (asks first; --yes off a terminal)'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from members" -f -a "import" -d 'Add or update members from a CSV (or JSON) file; all or nothing'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from members" -f -a "export" -d 'Print every member (archived too) as CSV (default) or JSON (--format json), in the form `import` reads back'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from members" -f -a "pause" -d 'Leave a member out of pairing, popup match and assist match until a day'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from members" -f -a "resume" -d 'Bring a paused member (or a ghost of pairing) back at once'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from members" -f -a "merge" -d 'Join two records of one person: DROP\'s links, tags and history move to KEEP, and DROP\'s UUID becomes KEEP\'s alias (asks first; --yes off a terminal)'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from popup" -f -a "propose" -d 'Propose a learning popup and print its id; the proposer joins it'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from popup" -f -a "list" -d 'List popups (open ones by default)'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from popup" -f -a "show" -d 'Show a popup: tags, proposer, expert, members by status, agenda, sessions'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from popup" -f -a "edit" -d 'Change a popup\'s title, description, tags, expert or size'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from popup" -f -a "match" -d 'Rank active members who would want to learn this, and possible experts, with why'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from popup" -f -a "invite" -d 'Invite members to a popup'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from popup" -f -a "join" -d 'Join a member to a popup (past --max they wait in line)'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from popup" -f -a "leave" -d 'Take a member out of a popup; the first in line gets the place'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from popup" -f -a "decline" -d 'Record that a member declined a popup; they are not offered it again'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from popup" -f -a "agenda" -d 'The popup\'s learning agenda: ordered items'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from popup" -f -a "schedule" -d 'Create the popup\'s sessions (--at), or suggest times when most can come (--suggest)'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from popup" -f -a "suggest" -d 'Learning needs many members share that no open popup covers'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from popup" -f -a "close" -d 'Mark a popup done'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from popup" -f -a "cancel" -d 'Cancel a popup and its sessions still to come'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from assist" -f -a "request" -d 'Ask for a peer assist: a member (or their group) brings a challenge and seeks listeners with relevant experience; prints the request\'s id'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from assist" -f -a "match" -d 'Rank possible listeners for a request, with reasons: expertise in its tags first, then past assists on them, then interests; the busy and those who heard the presenter lately rank lower. --invite N invites the best N'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from assist" -f -a "join" -d 'A member joins a request as a listener'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from assist" -f -a "decline" -d 'A member declines a request (a listener who joined leaves it)'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from assist" -f -a "schedule" -d 'Times when a request\'s people are free (--suggest), or its session (--at)'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from assist" -f -a "log" -d 'Record an assist that happened: every step as flags, or --from FILE; on a terminal with steps missing, walks you through them, saving each as it is answered'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from assist" -f -a "run" -d 'The live guide for the facilitator: each step with its time box and the time left, notes saved as a draft as you type them (resume with --resume N); `run N` starts from request N with its people filled in'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from assist" -f -a "list" -d 'List assists, newest first'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from assist" -f -a "show" -d 'Show one assist in full (--format markdown gives notes to share with the group)'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from assist" -f -a "edit" -d 'Change an assist: set fields, add notes and people, or replace it all with --from FILE'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from assist" -f -a "followups" -d 'Open next steps, oldest due first'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from assist" -f -a "done" -d 'Mark a next step done'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "add" -d 'Schedule a session and print its id'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "list" -d 'List sessions in time order'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "show" -d 'Show one session: RSVPs, attendance, facilitators, linked popup or assist'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "edit" -d 'Change a session (calendars pick up the change on the next export)'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "cancel" -d 'Cancel a session; it stays listed, and calendars show it as cancelled'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "rsvp" -d 'Record members\' answers; past capacity a yes goes on the waitlist'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "attend" -d 'Record who actually came (or --remove)'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "export" -d 'Write sessions as an iCalendar file (RFC 5545) that calendar apps import'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "invite" -d 'Mail members the session (announcement or --reminder) with a calendar request'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "replies" -d 'Record the RSVPs in calendar replies (iTIP REPLY in .ics, .eml or mbox files)'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "list" -d 'Every message cop wrote: for what, to whom, when sent, the last error'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "retry" -d 'Deliver the messages not sent yet (each one once, in order; stops at a failure)'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from meetup" -f -a "plan" -d 'Create the recurring meetup\'s sessions, rotating volunteer facilitators fairly'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from resources" -f -a "add" -d 'Add a resource and print its id'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from resources" -f -a "list" -d 'List resources, with a tag or from an assist'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from resources" -f -a "show" -d 'Show one resource in full'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from resources" -f -a "edit" -d 'Change a resource\'s title, link, note, tags or assist'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from resources" -f -a "remove" -d 'Delete a resource (asks first; --yes in scripts)'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from stories" -f -a "add" -d 'Add a value-creation story and print its id'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from stories" -f -a "list" -d 'List stories, newest first'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from stories" -f -a "show" -d 'Show one story in full'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from tags" -f -a "list" -d 'List tags with how many members, popups and resources use each, and their aliases'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from tags" -f -a "rename" -d 'Rename a tag; the old name stays as an alias, so it still finds the tag'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from tags" -f -a "merge" -d 'Fold tags into one: move their links, delete them, keep their names as aliases (asks first; --yes off a terminal)'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from tags" -f -a "alias" -d 'Make another spelling stand for a tag, or remove one with --remove'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "engagement" -d 'Each active member\'s level (Wenger-Trayner\'s core, active, occasional, peripheral, transactional) from their participations in the window: sessions attended and facilitated, assists presented, listened to or facilitated (not drafts), popups joined; the role is shown beside the level, which it no longer decides (trainers and guests stay transactional). The table ends with each level\'s share beside the typical one'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "growth" -d 'For each month: members at each level at the month\'s end, and how many moved up or down since the month before. A member counts from the month they joined'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "movement" -d 'For each month: how many moved between each pair of levels (a transition matrix and a flow chart), and what those who moved up had taken part in during the two months before (popups joined, assists, sessions)'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "html" -d 'One self-contained HTML page for the core group and sponsors: levels over time, movement, learning needs against popups, popups and assists per month, follow-ups, the facilitator rotation and value stories; inline CSS and SVG, no script, every chart with its numbers in a table'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "needs" -d 'Each learning need: who needs it, who has the expertise, which popups cover it'
complete -c cop -n "__fish_cop_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "activity" -d 'Per month: sessions by kind, assists, popups proposed and done, distinct participants'
