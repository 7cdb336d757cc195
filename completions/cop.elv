
use builtin;
use str;

set edit:completion:arg-completer[cop] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'cop'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'cop'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the database (any write also creates it)'
            cand members 'People in the community: their interests, needs, expertise and availability'
            cand popup 'Learning popups: propose, match members, set an agenda, schedule sessions'
            cand assist 'Peer assists: log one, run one live, list, show, edit, and follow up next steps'
            cand sessions 'Meetings: trainings, coaching, meetups; RSVPs, attendance, calendar export'
            cand outbox 'Mail cop wrote (invitations, reminders): what was sent, what is pending, retry'
            cand meetup 'The recurring meetup: plan dates and rotate volunteer facilitators'
            cand pairs 'Pair members (or make groups) for peer support, avoiding earlier partners'
            cand resources 'Links, books and articles suggested in assists or gathered by the community'
            cand stories 'Value-creation stories: what members took from an assist, a popup or a session'
            cand tags 'The shared vocabulary: list tags with their uses, rename, merge, alias'
            cand report 'Reports: engagement levels, growth and movement month by month, learning needs, activity, and one HTML page to share'
            cand export 'Print the whole community as one JSON document (every record, links by UUID)'
            cand import 'Merge a document from `cop export` by UUID: newer records win; all or nothing'
            cand sync 'Share the community with other organizers'' copies through a synced folder (Syncthing, git)'
            cand backup 'Copy the database to PATH while others may be writing (SQLite online backup)'
            cand doctor 'Check the database: integrity, links, schema version, file mode, where it lives'
            cand log 'The operation log: every change, newest first; `log show OP` details one'
            cand undo 'Take back an operation (the latest by default); an undo is itself an operation'
            cand demo 'Fill a throwaway database with a small sample community to explore'
            cand completions 'Print shell completions'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;init'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --name 'The community''s name'
            cand --timezone 'The community''s time zone, an IANA name (any case): times are typed and shown in it unless --tz or COP_TZ names another'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;members'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a member and print their id'
            cand list 'List members, filtered and sorted'
            cand show 'Show one member in full'
            cand edit 'Change a member''s fields; add and remove tags and availability windows'
            cand archive 'Archive members: they keep their history but are offered for nothing'
            cand restore 'Bring archived members back'
            cand forget 'Delete a member and every link to them, for privacy (asks first; --yes off a terminal)'
            cand import 'Add or update members from a CSV (or JSON) file; all or nothing'
            cand export 'Print every member (archived too) as CSV (default) or JSON (--format json), in the form `import` reads back'
            cand pause 'Leave a member out of pairing, popup match and assist match until a day'
            cand resume 'Bring a paused member (or a ghost of pairing) back at once'
            cand merge 'Join two records of one person: DROP''s links, tags and history move to KEEP, and DROP''s UUID becomes KEEP''s alias (asks first; --yes off a terminal)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;members;add'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --email 'Email address, where invitations and reminders go'
            cand --role 'member, core, trainer or guest'
            cand --interest 'Something they care about (repeat, or comma-separated)'
            cand --need 'Something they want to learn'
            cand --expertise 'Something they could teach'
            cand --region 'Where they are, in words'
            cand --timezone 'IANA time zone of their availability, like America/Chicago'
            cand --available 'A weekly window they are free, like "fri 12:00-13:00" (repeat)'
            cand --joined 'When they joined [default: today]'
            cand --note 'Anything else worth knowing'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --facilitator 'Volunteers to facilitate sessions'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;members;list'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --interest 'Only members with this interest (repeat: all of them)'
            cand --need 'Only members who need this'
            cand --expertise 'Only members with this expertise'
            cand --role 'Only members with this role'
            cand --region 'Only members in this region'
            cand --status 'Which members, by status'
            cand --sort 'Order of the list'
            cand --limit 'At most N members'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --facilitator 'Only volunteer facilitators'
            cand --paused 'Only members left out today: paused, or ghosts of pairing (with why)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;members;show'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;members;edit'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --name 'New full name'
            cand --email 'New email ("" removes it)'
            cand --role 'New role'
            cand --region 'New region ("" removes it)'
            cand --timezone 'New time zone ("" removes it)'
            cand --joined 'When they joined'
            cand --note 'New note ("" removes it)'
            cand --add-interest 'Add an interest (repeat, or comma-separated)'
            cand --remove-interest 'Remove an interest'
            cand --add-need 'Add a learning need (repeat, or comma-separated)'
            cand --remove-need 'Remove a learning need'
            cand --add-expertise 'Add an expertise (repeat, or comma-separated)'
            cand --remove-expertise 'Remove an expertise'
            cand --add-available 'Add a weekly window, like "tue 12:00-14:00"'
            cand --remove-available 'Remove a weekly window'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --facilitator 'Mark as a volunteer facilitator'
            cand --no-facilitator 'No longer a volunteer facilitator'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;members;archive'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;members;restore'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;members;forget'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;members;import'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --map 'Read a column under another header, like "Timestamp=joined" (repeat); form questions map by the synonyms the README lists'
            cand --delimiter 'The CSV delimiter: , ; or tab (\t); by default the one the header line uses'
            cand --date-format 'How to read dates like 11/2/26: mdy (2 November) or dmy (11 February); by default the order the column shows, and a date it leaves open is refused'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --dry-run 'Check every row and report what would change, without writing'
            cand --strict 'Refuse a sheet in which an email is on two rows, instead of reading the newest'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;members;export'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --out 'Write to FILE (mode 0600, never the database) instead of stdout'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --force 'Replace FILE if it exists (a symbolic link there is replaced, not followed)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;members;pause'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --until 'The first day they are back (after today): a date, a weekday or +2w; pausing a paused member changes the day'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;members;resume'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;members;merge'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;members;help'= {
            cand add 'Add a member and print their id'
            cand list 'List members, filtered and sorted'
            cand show 'Show one member in full'
            cand edit 'Change a member''s fields; add and remove tags and availability windows'
            cand archive 'Archive members: they keep their history but are offered for nothing'
            cand restore 'Bring archived members back'
            cand forget 'Delete a member and every link to them, for privacy (asks first; --yes off a terminal)'
            cand import 'Add or update members from a CSV (or JSON) file; all or nothing'
            cand export 'Print every member (archived too) as CSV (default) or JSON (--format json), in the form `import` reads back'
            cand pause 'Leave a member out of pairing, popup match and assist match until a day'
            cand resume 'Bring a paused member (or a ghost of pairing) back at once'
            cand merge 'Join two records of one person: DROP''s links, tags and history move to KEEP, and DROP''s UUID becomes KEEP''s alias (asks first; --yes off a terminal)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;members;help;add'= {
        }
        &'cop;members;help;list'= {
        }
        &'cop;members;help;show'= {
        }
        &'cop;members;help;edit'= {
        }
        &'cop;members;help;archive'= {
        }
        &'cop;members;help;restore'= {
        }
        &'cop;members;help;forget'= {
        }
        &'cop;members;help;import'= {
        }
        &'cop;members;help;export'= {
        }
        &'cop;members;help;pause'= {
        }
        &'cop;members;help;resume'= {
        }
        &'cop;members;help;merge'= {
        }
        &'cop;members;help;help'= {
        }
        &'cop;popup'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand propose 'Propose a learning popup and print its id; the proposer joins it'
            cand list 'List popups (open ones by default)'
            cand show 'Show a popup: tags, proposer, expert, members by status, agenda, sessions'
            cand edit 'Change a popup''s title, description, tags, expert or size'
            cand match 'Rank active members who would want to learn this, and possible experts, with why'
            cand invite 'Invite members to a popup'
            cand join 'Join a member to a popup (past --max they wait in line)'
            cand leave 'Take a member out of a popup; the first in line gets the place'
            cand decline 'Record that a member declined a popup; they are not offered it again'
            cand agenda 'The popup''s learning agenda: ordered items'
            cand schedule 'Create the popup''s sessions (--at), or suggest times when most can come (--suggest)'
            cand suggest 'Learning needs many members share that no open popup covers'
            cand close 'Mark a popup done'
            cand cancel 'Cancel a popup and its sessions still to come'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;popup;propose'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --by 'Who proposes it (asked for on a terminal when missing)'
            cand --tag 'A topic (repeat, or comma-separated) [default: known tags found in the title]'
            cand --description 'What the popup is about, in a few sentences'
            cand --expert 'A member who will lead it as the expert'
            cand --external-expert 'An outsider who will lead it as the expert'
            cand --max 'At most N members; later joins wait in line'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --needs-expert 'The popup needs someone with advanced knowledge to lead it'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;popup;list'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --status 'Which popups, by status'
            cand --tag 'Only popups with this tag'
            cand --member 'Only popups this member proposed, leads, joined, waits for or was invited to'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cop;popup;show'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;popup;edit'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --title 'New title'
            cand --description 'New description ("" removes it)'
            cand --proposer 'Who proposed it'
            cand --add-tag 'Add a topic (repeat, or comma-separated)'
            cand --remove-tag 'Remove a topic'
            cand --expert 'A member who will lead it as the expert'
            cand --external-expert 'An outsider who will lead it as the expert'
            cand --max 'At most N members (raising it lets those waiting in)'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --needs-expert 'It needs someone with advanced knowledge to lead it'
            cand --no-needs-expert 'It does not need an expert'
            cand --no-expert 'Nobody leads it as the expert any more'
            cand --no-max 'No limit on members'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;popup;match'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --limit 'At most N learners and N experts'
            cand --invite 'Invite the top N learners'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;popup;invite'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --matched 'Invite the N best-matched learners, as `popup match` ranks them'
            cand --from 'The organizer, "Name <addr>": kept for the community, so later runs may leave it out'
            cand --out 'Write one .eml file per message into DIR (Maildir-style names, mode 0600)'
            cand --mbox 'Write the messages into one mbox FILE (mode 0600, never the database)'
            cand --sendmail 'Pipe each message to a sendmail-compatible command run by sh, such as "msmtp -t" or "sendmail -t"; your mail set-up keeps the credentials'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --mail 'Also mail each one the invitation, its sessions as a calendar request'
            cand --dry-run 'Record nothing, send nothing: print the first message and the recipients'
            cand --force 'Replace an existing --mbox FILE'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;popup;join'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;popup;leave'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;popup;decline'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;popup;agenda'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add an item at the end of the agenda and print its id'
            cand list 'The agenda in order'
            cand move 'Move an item to another position (1 is first)'
            cand edit 'Change an item''s text or time box, or assign it to one of the popup''s sessions'
            cand done 'Mark an item done'
            cand remove 'Remove an item'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;popup;agenda;add'= {
            cand --minutes 'A time box for the item'
            cand --session 'The popup session where it is covered'
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;popup;agenda;list'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;popup;agenda;move'= {
            cand --to 'Its new position (1 is first)'
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;popup;agenda;edit'= {
            cand --text 'What to learn or do'
            cand --minutes 'A time box for the item'
            cand --session 'The popup session where it is covered'
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --no-minutes 'Take the time box off'
            cand --no-session 'Assign it to no session'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;popup;agenda;done'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;popup;agenda;remove'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;popup;agenda;help'= {
            cand add 'Add an item at the end of the agenda and print its id'
            cand list 'The agenda in order'
            cand move 'Move an item to another position (1 is first)'
            cand edit 'Change an item''s text or time box, or assign it to one of the popup''s sessions'
            cand done 'Mark an item done'
            cand remove 'Remove an item'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;popup;agenda;help;add'= {
        }
        &'cop;popup;agenda;help;list'= {
        }
        &'cop;popup;agenda;help;move'= {
        }
        &'cop;popup;agenda;help;edit'= {
        }
        &'cop;popup;agenda;help;done'= {
        }
        &'cop;popup;agenda;help;remove'= {
        }
        &'cop;popup;agenda;help;help'= {
        }
        &'cop;popup;schedule'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --at 'When the (first) session starts'
            cand --minutes 'Length of each session'
            cand --link 'Video link or place'
            cand --count 'How many sessions to create'
            cand --every 'Time between sessions, like 1w or 3d'
            cand --from 'First day to search [default: now]'
            cand --to 'Last day to search [default: two weeks after --from]'
            cand --limit 'At most N suggestions'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --suggest 'Suggest start times at which most joined and interested members are free'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;popup;suggest'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --min 'Only needs shared by at least N active members'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;popup;close'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --outcome 'What the group learned or produced'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --keep-sessions 'Keep its sessions still to come [default: they are cancelled]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;popup;cancel'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --reason 'Why; also given on its cancelled sessions'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --keep-sessions 'Keep its sessions still to come [default: they are cancelled]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;popup;help'= {
            cand propose 'Propose a learning popup and print its id; the proposer joins it'
            cand list 'List popups (open ones by default)'
            cand show 'Show a popup: tags, proposer, expert, members by status, agenda, sessions'
            cand edit 'Change a popup''s title, description, tags, expert or size'
            cand match 'Rank active members who would want to learn this, and possible experts, with why'
            cand invite 'Invite members to a popup'
            cand join 'Join a member to a popup (past --max they wait in line)'
            cand leave 'Take a member out of a popup; the first in line gets the place'
            cand decline 'Record that a member declined a popup; they are not offered it again'
            cand agenda 'The popup''s learning agenda: ordered items'
            cand schedule 'Create the popup''s sessions (--at), or suggest times when most can come (--suggest)'
            cand suggest 'Learning needs many members share that no open popup covers'
            cand close 'Mark a popup done'
            cand cancel 'Cancel a popup and its sessions still to come'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;popup;help;propose'= {
        }
        &'cop;popup;help;list'= {
        }
        &'cop;popup;help;show'= {
        }
        &'cop;popup;help;edit'= {
        }
        &'cop;popup;help;match'= {
        }
        &'cop;popup;help;invite'= {
        }
        &'cop;popup;help;join'= {
        }
        &'cop;popup;help;leave'= {
        }
        &'cop;popup;help;decline'= {
        }
        &'cop;popup;help;agenda'= {
        }
        &'cop;popup;help;schedule'= {
        }
        &'cop;popup;help;suggest'= {
        }
        &'cop;popup;help;close'= {
        }
        &'cop;popup;help;cancel'= {
        }
        &'cop;popup;help;help'= {
        }
        &'cop;assist'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand request 'Ask for a peer assist: a member (or their group) brings a challenge and seeks listeners with relevant experience; prints the request''s id'
            cand match 'Rank possible listeners for a request, with reasons: expertise in its tags first, then past assists on them, then interests; the busy and those who heard the presenter lately rank lower. --invite N invites the best N'
            cand join 'A member joins a request as a listener'
            cand decline 'A member declines a request (a listener who joined leaves it)'
            cand schedule 'Times when a request''s people are free (--suggest), or its session (--at)'
            cand log 'Record an assist that happened: every step as flags, or --from FILE; on a terminal with steps missing, walks you through them, saving each as it is answered'
            cand run 'The live guide for the facilitator: each step with its time box and the time left, notes saved as a draft as you type them (resume with --resume N); `run N` starts from request N with its people filled in'
            cand list 'List assists, newest first'
            cand show 'Show one assist in full (--format markdown gives notes to share with the group)'
            cand edit 'Change an assist: set fields, add notes and people, or replace it all with --from FILE'
            cand followups 'Open next steps, oldest due first'
            cand done 'Mark a next step done'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;assist;request'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --by 'Who asks for the assist and presents the challenge'
            cand --challenge 'The challenge to bring to the group'
            cand --tag 'What the challenge is about, to find listeners by (repeat, or a list "a, b")'
            cand --group 'The challenge group, when it is a project group or a whole network'
            cand --size 'How many listeners to seek, 1 to 12'
            cand --minutes 'How long the assist should last, 5 to 240'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;assist;match'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --limit 'Show at most N listeners'
            cand --invite 'Invite the best N (not yet asked) to listen'
            cand --from 'The organizer, "Name <addr>": kept for the community, so later runs may leave it out'
            cand --out 'Write one .eml file per message into DIR (Maildir-style names, mode 0600)'
            cand --mbox 'Write the messages into one mbox FILE (mode 0600, never the database)'
            cand --sendmail 'Pipe each message to a sendmail-compatible command run by sh, such as "msmtp -t" or "sendmail -t"; your mail set-up keeps the credentials'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --all 'Show every possible listener'
            cand --mail 'Also mail each one the invitation (why they fit, the challenge, the session as a calendar request once one is set)'
            cand --dry-run 'Record nothing, send nothing: print the first message and the recipients'
            cand --force 'Replace an existing --mbox FILE'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;assist;join'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;assist;decline'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;assist;schedule'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --at 'Create the assist''s session at this time; its people are invited'
            cand --minutes 'Length in minutes [default: the request''s]'
            cand --link 'The video link of the session'
            cand --from 'Search from this day [default: now]'
            cand --to 'Search to this day [default: two weeks after --from]'
            cand --limit 'How many suggestions'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --suggest 'Suggest times when most of its presenters and listeners are free'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;assist;log'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --challenge 'The challenge brought to the group (asked for on a terminal)'
            cand --tag 'What the challenge was about (repeat)'
            cand --presenter 'A member of the challenge group (repeat)'
            cand --listener 'A listener, who helps with the challenge (repeat)'
            cand --facilitator 'Who facilitated (repeat)'
            cand --group 'The challenge group, when it is a project group or a whole network'
            cand --session 'The session it was held in (links to it; creates none)'
            cand --date 'When it was held [default: now]'
            cand --minutes 'How long it lasted, 5 to 240'
            cand --situation 'Step 1: the situation and challenge, as presented'
            cand --clarify 'Step 2: a clarifying question and its answer (repeat)'
            cand --idea 'Step 3: an idea, question, suggestion or other case (repeat)'
            cand --resource 'Step 3: a source suggested, "TITLE [URL]" (repeat); it lands in `cop resources`'
            cand --response 'Step 4: the challenge group''s response'
            cand --takeaway 'Step 5: what a listener takes home, "MEMBER: TEXT" (repeat)'
            cand --reflection 'Step 6: the group''s reflection on the session'
            cand --next-step 'Step 7: a next step, "TEXT [@MEMBER] [due:DATE]" (repeat)'
            cand --from 'Read the whole assist as JSON (the form `assist show --format json` prints); - reads stdin'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --continue 'Step 7: the group wishes to continue the discussion'
            cand --story 'Step 5: keep each takeaway also as its member''s value story from this assist (`cop stories`); the guided walk asks instead'
            cand --new 'With --from: log the file as a new assist with a new UUID, even when this copy already holds the assist it came from (which it otherwise updates)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;assist;run'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --minutes 'The length of the assist, shared among the steps (7 to 240) [default: 45, or the request''s]'
            cand --challenge 'The challenge (asked for when missing)'
            cand --presenter 'A member of the challenge group (repeat)'
            cand --listener 'A listener, who helps with the challenge (repeat)'
            cand --facilitator 'Who facilitated (repeat)'
            cand --group 'The challenge group, when it is a project group or a whole network'
            cand --session 'The session it was held in (links to it; creates none)'
            cand --resume 'Continue the draft assist N where it stopped'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;assist;list'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --member 'Only assists this member took part in (any role, a takeaway or a next step)'
            cand --since 'Only assists held on or after this day'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --open 'Only assists with next steps not yet done'
            cand --drafts 'Only drafts (runs not finished; continue with `assist run --resume N`)'
            cand --requested 'Only requests not held yet (see `assist request`)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;assist;show'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;assist;edit'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --challenge 'A new challenge'
            cand --tag 'Add a tag (repeat)'
            cand --remove-tag 'Remove a tag (repeat)'
            cand --size 'A request: how many listeners it seeks, 1 to 12'
            cand --presenter 'A member of the challenge group (repeat)'
            cand --listener 'A listener, who helps with the challenge (repeat)'
            cand --facilitator 'Who facilitated (repeat)'
            cand --group 'The challenge group, when it is a project group or a whole network'
            cand --session 'The session it was held in (links to it; creates none)'
            cand --remove-member 'Take a member out of the assist, from every role'
            cand --date 'When it was held'
            cand --minutes 'How long it lasted'
            cand --situation 'Step 1: the situation and challenge, as presented'
            cand --clarify 'Step 2: a clarifying question and its answer (repeat)'
            cand --idea 'Step 3: an idea, question, suggestion or other case (repeat)'
            cand --resource 'Step 3: a source suggested, "TITLE [URL]" (repeat); it lands in `cop resources`'
            cand --response 'Step 4: the challenge group''s response'
            cand --takeaway 'Step 5: what a listener takes home, "MEMBER: TEXT" (repeat)'
            cand --reflection 'Step 6: the group''s reflection on the session'
            cand --next-step 'Step 7: a next step, "TEXT [@MEMBER] [due:DATE]" (repeat)'
            cand --from 'Replace the whole assist with this JSON (next steps and resources keep their ids); - reads stdin. Without any flag on a terminal, the assist opens in your editor'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --continue 'The group wishes to continue the discussion'
            cand --no-continue 'The group does not wish to continue the discussion'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;assist;followups'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --owner 'Only next steps this member owns'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --overdue 'Only next steps past their due day'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;assist;done'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;assist;help'= {
            cand request 'Ask for a peer assist: a member (or their group) brings a challenge and seeks listeners with relevant experience; prints the request''s id'
            cand match 'Rank possible listeners for a request, with reasons: expertise in its tags first, then past assists on them, then interests; the busy and those who heard the presenter lately rank lower. --invite N invites the best N'
            cand join 'A member joins a request as a listener'
            cand decline 'A member declines a request (a listener who joined leaves it)'
            cand schedule 'Times when a request''s people are free (--suggest), or its session (--at)'
            cand log 'Record an assist that happened: every step as flags, or --from FILE; on a terminal with steps missing, walks you through them, saving each as it is answered'
            cand run 'The live guide for the facilitator: each step with its time box and the time left, notes saved as a draft as you type them (resume with --resume N); `run N` starts from request N with its people filled in'
            cand list 'List assists, newest first'
            cand show 'Show one assist in full (--format markdown gives notes to share with the group)'
            cand edit 'Change an assist: set fields, add notes and people, or replace it all with --from FILE'
            cand followups 'Open next steps, oldest due first'
            cand done 'Mark a next step done'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;assist;help;request'= {
        }
        &'cop;assist;help;match'= {
        }
        &'cop;assist;help;join'= {
        }
        &'cop;assist;help;decline'= {
        }
        &'cop;assist;help;schedule'= {
        }
        &'cop;assist;help;log'= {
        }
        &'cop;assist;help;run'= {
        }
        &'cop;assist;help;list'= {
        }
        &'cop;assist;help;show'= {
        }
        &'cop;assist;help;edit'= {
        }
        &'cop;assist;help;followups'= {
        }
        &'cop;assist;help;done'= {
        }
        &'cop;assist;help;help'= {
        }
        &'cop;sessions'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Schedule a session and print its id'
            cand list 'List sessions in time order'
            cand show 'Show one session: RSVPs, attendance, facilitators, linked popup or assist'
            cand edit 'Change a session (calendars pick up the change on the next export)'
            cand cancel 'Cancel a session; it stays listed, and calendars show it as cancelled'
            cand rsvp 'Record members'' answers; past capacity a yes goes on the waitlist'
            cand attend 'Record who actually came (or --remove)'
            cand export 'Write sessions as an iCalendar file (RFC 5545) that calendar apps import'
            cand invite 'Mail members the session (announcement or --reminder) with a calendar request'
            cand replies 'Record the RSVPs in calendar replies (iTIP REPLY in .ics, .eml or mbox files)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;sessions;add'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --title 'What the session is called (asked for on a terminal when missing)'
            cand --at 'When it starts: "2026-12-04 12:00", "fri 12:00", RFC 3339 (asked for on a terminal)'
            cand --kind 'meetup, training, coaching, reading, popup, assist or other'
            cand --minutes 'How long it lasts'
            cand --link 'Video link'
            cand --location 'Where it happens'
            cand --facilitator 'A member who facilitates it (repeat)'
            cand --trainer 'The (external) trainer''s name'
            cand --capacity 'How many yes answers fit; later ones wait'
            cand --note 'Anything else worth knowing'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;sessions;list'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --kind 'Only this kind'
            cand --member 'Only sessions this member facilitates, answered or attended'
            cand --from 'Only sessions on or after this day'
            cand --to 'Only sessions on or before this day'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --upcoming 'Only sessions that have not started yet'
            cand --past 'Only sessions that have started, newest first'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;sessions;show'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;sessions;edit'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --title 'New title'
            cand --at 'New start time'
            cand --kind 'New kind: meetup, training, coaching, reading, popup, assist or other'
            cand --minutes 'New length'
            cand --link 'New video link ("" removes it)'
            cand --location 'New place ("" removes it)'
            cand --trainer 'New trainer ("" removes it)'
            cand --capacity 'New capacity ("" removes the limit); a higher one lets the waitlist in'
            cand --note 'New note ("" removes it)'
            cand --add-facilitator 'Add a facilitator'
            cand --remove-facilitator 'Remove a facilitator'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;sessions;cancel'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --reason 'Why, for the members and their calendars'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;sessions;rsvp'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --yes 'They come (or wait for a place when the session is full)'
            cand --no 'They do not come; their place goes to the waitlist'
            cand --maybe 'They may come'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;sessions;attend'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --remove 'Remove their attendance instead'
            cand --force 'Record attendance of a session that has not started yet (refused otherwise, exit 4)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;sessions;export'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --member 'Only sessions this member facilitates, answered or attended'
            cand --out 'Write to FILE (mode 0600, never the database) instead of stdout'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --ics 'iCalendar, the only export format (the default)'
            cand --upcoming 'Only sessions that have not started yet'
            cand --force 'Replace FILE if it exists (a symbolic link there is replaced, not followed)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;sessions;invite'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --rsvp 'Those whose answer is this (yes, maybe, invited, waitlist, no): for reminders'
            cand --from 'The organizer, "Name <addr>": kept for the community, so later runs may leave it out'
            cand --out 'Write one .eml file per message into DIR (Maildir-style names, mode 0600)'
            cand --mbox 'Write the messages into one mbox FILE (mode 0600, never the database)'
            cand --sendmail 'Pipe each message to a sendmail-compatible command run by sh, such as "msmtp -t" or "sendmail -t"; your mail set-up keeps the credentials'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --all 'Every active member'
            cand --reminder 'A reminder: a new message even to those the announcement reached (one a day)'
            cand --dry-run 'Record nothing, send nothing: print the first message and the recipients'
            cand --force 'Replace an existing --mbox FILE'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;sessions;replies'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;sessions;help'= {
            cand add 'Schedule a session and print its id'
            cand list 'List sessions in time order'
            cand show 'Show one session: RSVPs, attendance, facilitators, linked popup or assist'
            cand edit 'Change a session (calendars pick up the change on the next export)'
            cand cancel 'Cancel a session; it stays listed, and calendars show it as cancelled'
            cand rsvp 'Record members'' answers; past capacity a yes goes on the waitlist'
            cand attend 'Record who actually came (or --remove)'
            cand export 'Write sessions as an iCalendar file (RFC 5545) that calendar apps import'
            cand invite 'Mail members the session (announcement or --reminder) with a calendar request'
            cand replies 'Record the RSVPs in calendar replies (iTIP REPLY in .ics, .eml or mbox files)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;sessions;help;add'= {
        }
        &'cop;sessions;help;list'= {
        }
        &'cop;sessions;help;show'= {
        }
        &'cop;sessions;help;edit'= {
        }
        &'cop;sessions;help;cancel'= {
        }
        &'cop;sessions;help;rsvp'= {
        }
        &'cop;sessions;help;attend'= {
        }
        &'cop;sessions;help;export'= {
        }
        &'cop;sessions;help;invite'= {
        }
        &'cop;sessions;help;replies'= {
        }
        &'cop;sessions;help;help'= {
        }
        &'cop;outbox'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'Every message cop wrote: for what, to whom, when sent, the last error'
            cand retry 'Deliver the messages not sent yet (each one once, in order; stops at a failure)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;outbox;list'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --pending 'Only the messages not sent yet'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;outbox;retry'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --out 'Write one .eml file per message into DIR (Maildir-style names, mode 0600)'
            cand --mbox 'Write the messages into one mbox FILE (mode 0600, never the database)'
            cand --sendmail 'Pipe each message to a sendmail-compatible command run by sh, such as "msmtp -t" or "sendmail -t"; your mail set-up keeps the credentials'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --dry-run 'Record nothing, send nothing: print the first message and the recipients'
            cand --force 'Replace an existing --mbox FILE'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;outbox;help'= {
            cand list 'Every message cop wrote: for what, to whom, when sent, the last error'
            cand retry 'Deliver the messages not sent yet (each one once, in order; stops at a failure)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;outbox;help;list'= {
        }
        &'cop;outbox;help;retry'= {
        }
        &'cop;outbox;help;help'= {
        }
        &'cop;meetup'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand plan 'Create the recurring meetup''s sessions, rotating volunteer facilitators fairly'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;meetup;plan'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --title 'What each session is called'
            cand --weekday 'The day of the week it meets: mon, tue, ..., sun'
            cand --time 'When it starts, HH:MM in the community time zone (see --tz)'
            cand --count 'How many sessions to create'
            cand --start 'The first possible day [default: today, or next week when today''s time has passed]'
            cand --minutes 'How long each session lasts'
            cand --link 'Video link'
            cand --location 'Where it happens'
            cand --every 'How often: 1w (weekly) or 2w (every other week)'
            cand --skip 'Days not to meet, e.g. holidays (YYYY-MM-DD or any date; repeat, or several after one --skip); the plan leaves them out'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --replace 'Replan the days that already have a meetup of this title: they take the plan''s time, length, place and facilitator, and keep their id and RSVPs [default: leave them]'
            cand --dry-run 'Show the plan without creating anything'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;meetup;help'= {
            cand plan 'Create the recurring meetup''s sessions, rotating volunteer facilitators fairly'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;meetup;help;plan'= {
        }
        &'cop;meetup;help;help'= {
        }
        &'cop;pairs'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --interest 'Only members with this interest (repeat: all of them)'
            cand --region 'Only members of this region'
            cand --session 'Pair the attendees of this session (its yes RSVPs when nobody is recorded yet)'
            cand --size 'Groups of this many (2 to 8): as many of K as the numbers allow, the others one larger or smaller, never a group of one'
            cand --seed 'Make the round reproducible: the same seed and history give the same pairs'
            cand --note 'A note kept with a recorded round'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --record 'Save the round, so later rounds avoid these pairs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand history 'List the recorded rounds, newest first, with how many groups met'
            cand met 'Record that members of a round met their group'
            cand missed 'Record that members of a round did not take part (three in a row make a ghost)'
            cand exclude 'Keep two members out of each other''s groups, confidentially (or --remove it)'
            cand exclusions 'List the exclusions: the only command that prints them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;pairs;history'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;pairs;met'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;pairs;missed'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;pairs;exclude'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --remove 'Lift the exclusion instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;pairs;exclusions'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;pairs;help'= {
            cand history 'List the recorded rounds, newest first, with how many groups met'
            cand met 'Record that members of a round met their group'
            cand missed 'Record that members of a round did not take part (three in a row make a ghost)'
            cand exclude 'Keep two members out of each other''s groups, confidentially (or --remove it)'
            cand exclusions 'List the exclusions: the only command that prints them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;pairs;help;history'= {
        }
        &'cop;pairs;help;met'= {
        }
        &'cop;pairs;help;missed'= {
        }
        &'cop;pairs;help;exclude'= {
        }
        &'cop;pairs;help;exclusions'= {
        }
        &'cop;pairs;help;help'= {
        }
        &'cop;resources'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a resource and print its id'
            cand list 'List resources, with a tag or from an assist'
            cand show 'Show one resource in full'
            cand edit 'Change a resource''s title, link, note, tags or assist'
            cand remove 'Delete a resource (asks first; --yes in scripts)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;resources;add'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --url 'Where to find it'
            cand --tag 'A topic (repeat, or comma-separated)'
            cand --note 'Why it is worth reading, or anything else'
            cand --assist 'The assist it was suggested in'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;resources;list'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --tag 'Only resources with this topic'
            cand --assist 'Only resources suggested in this assist'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;resources;show'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;resources;edit'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --title 'A new title'
            cand --url 'A new link ("" removes it)'
            cand --note 'A new note ("" removes it)'
            cand --tag 'Add a topic (repeat, or comma-separated)'
            cand --remove-tag 'Take a topic off (repeat, or comma-separated)'
            cand --assist 'The assist it was suggested in ("" for none)'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;resources;remove'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;resources;help'= {
            cand add 'Add a resource and print its id'
            cand list 'List resources, with a tag or from an assist'
            cand show 'Show one resource in full'
            cand edit 'Change a resource''s title, link, note, tags or assist'
            cand remove 'Delete a resource (asks first; --yes in scripts)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;resources;help;add'= {
        }
        &'cop;resources;help;list'= {
        }
        &'cop;resources;help;show'= {
        }
        &'cop;resources;help;edit'= {
        }
        &'cop;resources;help;remove'= {
        }
        &'cop;resources;help;help'= {
        }
        &'cop;stories'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a value-creation story and print its id'
            cand list 'List stories, newest first'
            cand show 'Show one story in full'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;stories;add'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --member 'Whose story it is (id, email, or name)'
            cand --from-assist 'It came from this peer assist'
            cand --from-popup 'It came from this learning popup'
            cand --from-session 'It came from this session'
            cand --value 'The value it shows (Wenger-Trayner''s cycles): immediate, potential, applied, realized or reframing'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;stories;list'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --value 'Only stories showing this value'
            cand --member 'Only this member''s stories'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;stories;show'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;stories;help'= {
            cand add 'Add a value-creation story and print its id'
            cand list 'List stories, newest first'
            cand show 'Show one story in full'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;stories;help;add'= {
        }
        &'cop;stories;help;list'= {
        }
        &'cop;stories;help;show'= {
        }
        &'cop;stories;help;help'= {
        }
        &'cop;tags'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List tags with how many members, popups and resources use each, and their aliases'
            cand rename 'Rename a tag; the old name stays as an alias, so it still finds the tag'
            cand merge 'Fold tags into one: move their links, delete them, keep their names as aliases (asks first; --yes off a terminal)'
            cand alias 'Make another spelling stand for a tag, or remove one with --remove'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;tags;list'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --sort 'Order of the rows'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --unused 'Only tags that no member, popup or resource uses'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cop;tags;rename'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;tags;merge'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --into 'The tag that remains'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;tags;alias'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --remove 'Remove this alias instead; the tag stays'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;tags;help'= {
            cand list 'List tags with how many members, popups and resources use each, and their aliases'
            cand rename 'Rename a tag; the old name stays as an alias, so it still finds the tag'
            cand merge 'Fold tags into one: move their links, delete them, keep their names as aliases (asks first; --yes off a terminal)'
            cand alias 'Make another spelling stand for a tag, or remove one with --remove'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;tags;help;list'= {
        }
        &'cop;tags;help;rename'= {
        }
        &'cop;tags;help;merge'= {
        }
        &'cop;tags;help;alias'= {
        }
        &'cop;tags;help;help'= {
        }
        &'cop;report'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand engagement 'Each active member''s level (Wenger-Trayner''s core, active, occasional, peripheral, transactional) from their participations in the window: sessions attended and facilitated, assists presented, listened to or facilitated (not drafts), popups joined; the role is shown beside the level, which it no longer decides (trainers and guests stay transactional). The table ends with each level''s share beside the typical one'
            cand growth 'For each month: members at each level at the month''s end, and how many moved up or down since the month before. A member counts from the month they joined'
            cand movement 'For each month: how many moved between each pair of levels (a transition matrix and a flow chart), and what those who moved up had taken part in during the two months before (popups joined, assists, sessions)'
            cand html 'One self-contained HTML page for the core group and sponsors: levels over time, movement, learning needs against popups, popups and assists per month, follow-ups, the facilitator rotation and value stories; inline CSS and SVG, no script, every chart with its numbers in a table'
            cand needs 'Each learning need: who needs it, who has the expertise, which popups cover it'
            cand activity 'Per month: sessions by kind, assists, popups proposed and done, distinct participants'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;report;engagement'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --as-of 'The day the report looks back from [default: today]'
            cand --window 'How far back participations count: days (90d) or weeks (13w)'
            cand --core 'Participations in the window that make a member core'
            cand --active 'Participations in the window that make a member active'
            cand --occasional 'Participations in the window that make a member occasional (fewer: peripheral)'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;report;growth'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --as-of 'The day the report looks back from [default: today]'
            cand --window 'How far back participations count: days (90d) or weeks (13w)'
            cand --core 'Participations in the window that make a member core'
            cand --active 'Participations in the window that make a member active'
            cand --occasional 'Participations in the window that make a member occasional (fewer: peripheral)'
            cand --months 'How many months, ending with the month of --as-of'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;report;movement'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --as-of 'The day the report looks back from [default: today]'
            cand --window 'How far back participations count: days (90d) or weeks (13w)'
            cand --core 'Participations in the window that make a member core'
            cand --active 'Participations in the window that make a member active'
            cand --occasional 'Participations in the window that make a member occasional (fewer: peripheral)'
            cand --months 'How many months, ending with the month of --as-of'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;report;html'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --as-of 'The day the report looks back from [default: today]'
            cand --window 'How far back participations count: days (90d) or weeks (13w)'
            cand --core 'Participations in the window that make a member core'
            cand --active 'Participations in the window that make a member active'
            cand --occasional 'Participations in the window that make a member occasional (fewer: peripheral)'
            cand --months 'How many months, ending with the month of --as-of'
            cand --out 'Write the page to FILE (mode 0600, never the database) instead of stdout'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --force 'Replace FILE if it exists'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;report;needs'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --as-of 'The day the report looks back from [default: today]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;report;activity'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --as-of 'The day the report looks back from [default: today]'
            cand --months 'How many months, ending with the month of --as-of'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;report;help'= {
            cand engagement 'Each active member''s level (Wenger-Trayner''s core, active, occasional, peripheral, transactional) from their participations in the window: sessions attended and facilitated, assists presented, listened to or facilitated (not drafts), popups joined; the role is shown beside the level, which it no longer decides (trainers and guests stay transactional). The table ends with each level''s share beside the typical one'
            cand growth 'For each month: members at each level at the month''s end, and how many moved up or down since the month before. A member counts from the month they joined'
            cand movement 'For each month: how many moved between each pair of levels (a transition matrix and a flow chart), and what those who moved up had taken part in during the two months before (popups joined, assists, sessions)'
            cand html 'One self-contained HTML page for the core group and sponsors: levels over time, movement, learning needs against popups, popups and assists per month, follow-ups, the facilitator rotation and value stories; inline CSS and SVG, no script, every chart with its numbers in a table'
            cand needs 'Each learning need: who needs it, who has the expertise, which popups cover it'
            cand activity 'Per month: sessions by kind, assists, popups proposed and done, distinct participants'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;report;help;engagement'= {
        }
        &'cop;report;help;growth'= {
        }
        &'cop;report;help;movement'= {
        }
        &'cop;report;help;html'= {
        }
        &'cop;report;help;needs'= {
        }
        &'cop;report;help;activity'= {
        }
        &'cop;report;help;help'= {
        }
        &'cop;export'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --out 'Write to FILE (mode 0600, never the database) instead of stdout'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --force 'Replace FILE if it exists (a symbolic link there is replaced, not followed)'
            cand --with-exclusions 'Include the confidential pairing exclusions (`cop pairs exclude`), left out otherwise'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;import'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --dry-run 'Check the document and report what would be added, updated and skipped, without writing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;sync'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --git 'Also `git pull --rebase` before and `git add/commit/push` after (the folder is a git work tree)'
            cand --compact 'Replace this replica''s segments by one snapshot (done by itself after a deletion)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand init 'Make this database a replica syncing through DIR (never put the database itself there)'
            cand status 'Each replica in the folder, its last segment, and how far behind this one is'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;sync;init'= {
            cand --as 'The name this replica goes by, as others see it ("Ana''s laptop")'
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --git 'Run git around every sync by default'
            cand --encrypt 'Encrypt every segment with the folder''s passphrase ($COP_SYNC_PASSPHRASE, else asked)'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;sync;status'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;sync;help'= {
            cand init 'Make this database a replica syncing through DIR (never put the database itself there)'
            cand status 'Each replica in the folder, its last segment, and how far behind this one is'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;sync;help;init'= {
        }
        &'cop;sync;help;status'= {
        }
        &'cop;sync;help;help'= {
        }
        &'cop;backup'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --force 'Replace PATH if it exists (a symbolic link there is replaced, not followed)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;doctor'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;log'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --limit 'Show at most N operations, newest first'
            cand --since 'Show only operations from DATE on'
            cand --keep 'Keep operations for DAYS from now on (default 180; the newest 1,000 are always kept), and prune older ones now'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand show 'The records an operation added, changed (field by field, before and after) and removed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;log;show'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;log;help'= {
            cand show 'The records an operation added, changed (field by field, before and after) and removed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;log;help;show'= {
        }
        &'cop;log;help;help'= {
        }
        &'cop;undo'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --dry-run 'Show what the undo would change, and change nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;demo'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --members 'Generate N members with 3 to 8 tags and weekly availability (1 to 1,000,000; default 1,000 when only other sizes are given)'
            cand --sessions 'Sessions over the last three years, 2% upcoming, ~50 attending each (default: members / 5)'
            cand --assists 'Peer assists with their people and next steps, some open or overdue (default: members / 10)'
            cand --popups 'Learning popups with tags and members (default: members / 50)'
            cand --tags 'Draw every member''s tags from the first N words of the vocabulary (6 to 60): three interests, two needs and one expertise each, so most members share most tags (the hardest case for `popup match` and `assist match`)'
            cand --seed 'Make the generated community reproducible: the same seed and COP_NOW give the same data (default: a fresh seed, printed)'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand --here 'Fill the default database (or --db / COP_DB) instead of a throwaway one; refused when it already has members'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cop;completions'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;man'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)'
            cand --tz 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand --raw 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;help'= {
            cand init 'Create the database (any write also creates it)'
            cand members 'People in the community: their interests, needs, expertise and availability'
            cand popup 'Learning popups: propose, match members, set an agenda, schedule sessions'
            cand assist 'Peer assists: log one, run one live, list, show, edit, and follow up next steps'
            cand sessions 'Meetings: trainings, coaching, meetups; RSVPs, attendance, calendar export'
            cand outbox 'Mail cop wrote (invitations, reminders): what was sent, what is pending, retry'
            cand meetup 'The recurring meetup: plan dates and rotate volunteer facilitators'
            cand pairs 'Pair members, or make groups of up to 8, for peer support, avoiding earlier partners'
            cand resources 'Links, books and articles suggested in assists or gathered by the community'
            cand stories 'Value-creation stories: what members took from an assist, a popup or a session'
            cand tags 'The shared vocabulary: list tags with their uses, rename, merge, alias'
            cand report 'Reports: engagement levels, growth and movement month by month, learning needs, activity, and one HTML page to share'
            cand export 'Print the whole community as one JSON document (every record, links by UUID)'
            cand import 'Merge a document from `cop export` by UUID: newer records win; all or nothing'
            cand sync 'Share the community with other organizers'' copies through a synced folder (Syncthing, git)'
            cand backup 'Copy the database to PATH while others may be writing (SQLite online backup)'
            cand doctor 'Check the database: integrity, links, schema version, file mode, where it lives'
            cand log 'The operation log: every change, newest first; `log show OP` details one'
            cand undo 'Take back an operation (the latest by default); an undo is itself an operation'
            cand demo 'Fill a throwaway database with a small sample community to explore'
            cand completions 'Print shell completions'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;help;init'= {
        }
        &'cop;help;members'= {
            cand add 'Add a member and print their id'
            cand list 'List members, filtered and sorted'
            cand show 'Show one member in full'
            cand edit 'Change a member''s fields; add and remove tags and availability windows'
            cand archive 'Archive members: they keep their history but are offered for nothing'
            cand restore 'Bring archived members back'
            cand forget 'Delete a member and every link to them, for privacy (asks first; --yes off a terminal)'
            cand import 'Add or update members from a CSV (or JSON) file; all or nothing'
            cand export 'Print every member (archived too) as CSV (default) or JSON (--format json), in the form `import` reads back'
            cand pause 'Leave a member out of pairing, popup match and assist match until a day'
            cand resume 'Bring a paused member (or a ghost of pairing) back at once'
            cand merge 'Join two records of one person: DROP''s links, tags and history move to KEEP, and DROP''s UUID becomes KEEP''s alias (asks first; --yes off a terminal)'
        }
        &'cop;help;members;add'= {
        }
        &'cop;help;members;list'= {
        }
        &'cop;help;members;show'= {
        }
        &'cop;help;members;edit'= {
        }
        &'cop;help;members;archive'= {
        }
        &'cop;help;members;restore'= {
        }
        &'cop;help;members;forget'= {
        }
        &'cop;help;members;import'= {
        }
        &'cop;help;members;export'= {
        }
        &'cop;help;members;pause'= {
        }
        &'cop;help;members;resume'= {
        }
        &'cop;help;members;merge'= {
        }
        &'cop;help;popup'= {
            cand propose 'Propose a learning popup and print its id; the proposer joins it'
            cand list 'List popups (open ones by default)'
            cand show 'Show a popup: tags, proposer, expert, members by status, agenda, sessions'
            cand edit 'Change a popup''s title, description, tags, expert or size'
            cand match 'Rank active members who would want to learn this, and possible experts, with why'
            cand invite 'Invite members to a popup'
            cand join 'Join a member to a popup (past --max they wait in line)'
            cand leave 'Take a member out of a popup; the first in line gets the place'
            cand decline 'Record that a member declined a popup; they are not offered it again'
            cand agenda 'The popup''s learning agenda: ordered items'
            cand schedule 'Create the popup''s sessions (--at), or suggest times when most can come (--suggest)'
            cand suggest 'Learning needs many members share that no open popup covers'
            cand close 'Mark a popup done'
            cand cancel 'Cancel a popup and its sessions still to come'
        }
        &'cop;help;popup;propose'= {
        }
        &'cop;help;popup;list'= {
        }
        &'cop;help;popup;show'= {
        }
        &'cop;help;popup;edit'= {
        }
        &'cop;help;popup;match'= {
        }
        &'cop;help;popup;invite'= {
        }
        &'cop;help;popup;join'= {
        }
        &'cop;help;popup;leave'= {
        }
        &'cop;help;popup;decline'= {
        }
        &'cop;help;popup;agenda'= {
        }
        &'cop;help;popup;schedule'= {
        }
        &'cop;help;popup;suggest'= {
        }
        &'cop;help;popup;close'= {
        }
        &'cop;help;popup;cancel'= {
        }
        &'cop;help;assist'= {
            cand request 'Ask for a peer assist: a member (or their group) brings a challenge and seeks listeners with relevant experience; prints the request''s id'
            cand match 'Rank possible listeners for a request, with reasons: expertise in its tags first, then past assists on them, then interests; the busy and those who heard the presenter lately rank lower. --invite N invites the best N'
            cand join 'A member joins a request as a listener'
            cand decline 'A member declines a request (a listener who joined leaves it)'
            cand schedule 'Times when a request''s people are free (--suggest), or its session (--at)'
            cand log 'Record an assist that happened: every step as flags, or --from FILE; on a terminal with steps missing, walks you through them, saving each as it is answered'
            cand run 'The live guide for the facilitator: each step with its time box and the time left, notes saved as a draft as you type them (resume with --resume N); `run N` starts from request N with its people filled in'
            cand list 'List assists, newest first'
            cand show 'Show one assist in full (--format markdown gives notes to share with the group)'
            cand edit 'Change an assist: set fields, add notes and people, or replace it all with --from FILE'
            cand followups 'Open next steps, oldest due first'
            cand done 'Mark a next step done'
        }
        &'cop;help;assist;request'= {
        }
        &'cop;help;assist;match'= {
        }
        &'cop;help;assist;join'= {
        }
        &'cop;help;assist;decline'= {
        }
        &'cop;help;assist;schedule'= {
        }
        &'cop;help;assist;log'= {
        }
        &'cop;help;assist;run'= {
        }
        &'cop;help;assist;list'= {
        }
        &'cop;help;assist;show'= {
        }
        &'cop;help;assist;edit'= {
        }
        &'cop;help;assist;followups'= {
        }
        &'cop;help;assist;done'= {
        }
        &'cop;help;sessions'= {
            cand add 'Schedule a session and print its id'
            cand list 'List sessions in time order'
            cand show 'Show one session: RSVPs, attendance, facilitators, linked popup or assist'
            cand edit 'Change a session (calendars pick up the change on the next export)'
            cand cancel 'Cancel a session; it stays listed, and calendars show it as cancelled'
            cand rsvp 'Record members'' answers; past capacity a yes goes on the waitlist'
            cand attend 'Record who actually came (or --remove)'
            cand export 'Write sessions as an iCalendar file (RFC 5545) that calendar apps import'
            cand invite 'Mail members the session (announcement or --reminder) with a calendar request'
            cand replies 'Record the RSVPs in calendar replies (iTIP REPLY in .ics, .eml or mbox files)'
        }
        &'cop;help;sessions;add'= {
        }
        &'cop;help;sessions;list'= {
        }
        &'cop;help;sessions;show'= {
        }
        &'cop;help;sessions;edit'= {
        }
        &'cop;help;sessions;cancel'= {
        }
        &'cop;help;sessions;rsvp'= {
        }
        &'cop;help;sessions;attend'= {
        }
        &'cop;help;sessions;export'= {
        }
        &'cop;help;sessions;invite'= {
        }
        &'cop;help;sessions;replies'= {
        }
        &'cop;help;outbox'= {
            cand list 'Every message cop wrote: for what, to whom, when sent, the last error'
            cand retry 'Deliver the messages not sent yet (each one once, in order; stops at a failure)'
        }
        &'cop;help;outbox;list'= {
        }
        &'cop;help;outbox;retry'= {
        }
        &'cop;help;meetup'= {
            cand plan 'Create the recurring meetup''s sessions, rotating volunteer facilitators fairly'
        }
        &'cop;help;meetup;plan'= {
        }
        &'cop;help;pairs'= {
        }
        &'cop;help;resources'= {
            cand add 'Add a resource and print its id'
            cand list 'List resources, with a tag or from an assist'
            cand show 'Show one resource in full'
            cand edit 'Change a resource''s title, link, note, tags or assist'
            cand remove 'Delete a resource (asks first; --yes in scripts)'
        }
        &'cop;help;resources;add'= {
        }
        &'cop;help;resources;list'= {
        }
        &'cop;help;resources;show'= {
        }
        &'cop;help;resources;edit'= {
        }
        &'cop;help;resources;remove'= {
        }
        &'cop;help;stories'= {
            cand add 'Add a value-creation story and print its id'
            cand list 'List stories, newest first'
            cand show 'Show one story in full'
        }
        &'cop;help;stories;add'= {
        }
        &'cop;help;stories;list'= {
        }
        &'cop;help;stories;show'= {
        }
        &'cop;help;tags'= {
            cand list 'List tags with how many members, popups and resources use each, and their aliases'
            cand rename 'Rename a tag; the old name stays as an alias, so it still finds the tag'
            cand merge 'Fold tags into one: move their links, delete them, keep their names as aliases (asks first; --yes off a terminal)'
            cand alias 'Make another spelling stand for a tag, or remove one with --remove'
        }
        &'cop;help;tags;list'= {
        }
        &'cop;help;tags;rename'= {
        }
        &'cop;help;tags;merge'= {
        }
        &'cop;help;tags;alias'= {
        }
        &'cop;help;report'= {
            cand engagement 'Each active member''s level (Wenger-Trayner''s core, active, occasional, peripheral, transactional) from their participations in the window: sessions attended and facilitated, assists presented, listened to or facilitated (not drafts), popups joined; the role is shown beside the level, which it no longer decides (trainers and guests stay transactional). The table ends with each level''s share beside the typical one'
            cand growth 'For each month: members at each level at the month''s end, and how many moved up or down since the month before. A member counts from the month they joined'
            cand movement 'For each month: how many moved between each pair of levels (a transition matrix and a flow chart), and what those who moved up had taken part in during the two months before (popups joined, assists, sessions)'
            cand html 'One self-contained HTML page for the core group and sponsors: levels over time, movement, learning needs against popups, popups and assists per month, follow-ups, the facilitator rotation and value stories; inline CSS and SVG, no script, every chart with its numbers in a table'
            cand needs 'Each learning need: who needs it, who has the expertise, which popups cover it'
            cand activity 'Per month: sessions by kind, assists, popups proposed and done, distinct participants'
        }
        &'cop;help;report;engagement'= {
        }
        &'cop;help;report;growth'= {
        }
        &'cop;help;report;movement'= {
        }
        &'cop;help;report;html'= {
        }
        &'cop;help;report;needs'= {
        }
        &'cop;help;report;activity'= {
        }
        &'cop;help;export'= {
        }
        &'cop;help;import'= {
        }
        &'cop;help;sync'= {
        }
        &'cop;help;backup'= {
        }
        &'cop;help;doctor'= {
        }
        &'cop;help;log'= {
        }
        &'cop;help;undo'= {
        }
        &'cop;help;demo'= {
        }
        &'cop;help;completions'= {
        }
        &'cop;help;man'= {
        }
        &'cop;help;help'= {
        }
    ]
    $completions[$command]
}
