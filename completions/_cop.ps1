
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'cop' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'cop'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'cop' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database (any write also creates it)')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'People in the community: their interests, needs, expertise and availability')
            [CompletionResult]::new('popup', 'popup', [CompletionResultType]::ParameterValue, 'Learning popups: propose, match members, set an agenda, schedule sessions')
            [CompletionResult]::new('assist', 'assist', [CompletionResultType]::ParameterValue, 'Peer assists: log one, run one live, list, show, edit, and follow up next steps')
            [CompletionResult]::new('sessions', 'sessions', [CompletionResultType]::ParameterValue, 'Meetings: trainings, coaching, meetups; RSVPs, attendance, calendar export')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'Mail cop wrote (invitations, reminders): what was sent, what is pending, retry')
            [CompletionResult]::new('meetup', 'meetup', [CompletionResultType]::ParameterValue, 'The recurring meetup: plan dates and rotate volunteer facilitators')
            [CompletionResult]::new('pairs', 'pairs', [CompletionResultType]::ParameterValue, 'Pair members (or make groups) for peer support, avoiding earlier partners')
            [CompletionResult]::new('resources', 'resources', [CompletionResultType]::ParameterValue, 'Links, books and articles suggested in assists or gathered by the community')
            [CompletionResult]::new('stories', 'stories', [CompletionResultType]::ParameterValue, 'Value-creation stories: what members took from an assist, a popup or a session')
            [CompletionResult]::new('tags', 'tags', [CompletionResultType]::ParameterValue, 'The shared vocabulary: list tags with their uses, rename, merge, alias')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports: engagement levels, growth and movement month by month, learning needs, activity, and one HTML page to share')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the whole community as one JSON document (every record, links by UUID)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Merge a document from `cop export` by UUID: newer records win; all or nothing')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Share the community with other organizers'' copies through a synced folder (Syncthing, git)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database to PATH while others may be writing (SQLite online backup)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the database: integrity, links, schema version, file mode, where it lives')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The operation log: every change, newest first; `log show OP` details one')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Take back an operation (the latest by default); an undo is itself an operation')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Fill a throwaway database with a small sample community to explore')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The community''s name')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'The community''s time zone, an IANA name (any case): times are typed and shown in it unless --tz or COP_TZ names another')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;members' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member and print their id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List members, filtered and sorted')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one member in full')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a member''s fields; add and remove tags and availability windows')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive members: they keep their history but are offered for nothing')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Bring archived members back')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Delete a member and every link to them, for privacy (asks first; --yes off a terminal)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add or update members from a CSV (or JSON) file; all or nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print every member (archived too) as CSV (default) or JSON (--format json), in the form `import` reads back')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Leave a member out of pairing, popup match and assist match until a day')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Bring a paused member (or a ghost of pairing) back at once')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Join two records of one person: DROP''s links, tags and history move to KEEP, and DROP''s UUID becomes KEEP''s alias (asks first; --yes off a terminal)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;members;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address, where invitations and reminders go')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'member, core, trainer or guest')
            [CompletionResult]::new('--interest', '--interest', [CompletionResultType]::ParameterName, 'Something they care about (repeat, or comma-separated)')
            [CompletionResult]::new('--need', '--need', [CompletionResultType]::ParameterName, 'Something they want to learn')
            [CompletionResult]::new('--expertise', '--expertise', [CompletionResultType]::ParameterName, 'Something they could teach')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Where they are, in words')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'IANA time zone of their availability, like America/Chicago')
            [CompletionResult]::new('--available', '--available', [CompletionResultType]::ParameterName, 'A weekly window they are free, like "fri 12:00-13:00" (repeat)')
            [CompletionResult]::new('--joined', '--joined', [CompletionResultType]::ParameterName, 'When they joined [default: today]')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Anything else worth knowing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--facilitator', '--facilitator', [CompletionResultType]::ParameterName, 'Volunteers to facilitate sessions')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;members;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--interest', '--interest', [CompletionResultType]::ParameterName, 'Only members with this interest (repeat: all of them)')
            [CompletionResult]::new('--need', '--need', [CompletionResultType]::ParameterName, 'Only members who need this')
            [CompletionResult]::new('--expertise', '--expertise', [CompletionResultType]::ParameterName, 'Only members with this expertise')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only members with this role')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Only members in this region')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which members, by status')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order of the list')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N members')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--facilitator', '--facilitator', [CompletionResultType]::ParameterName, 'Only volunteer facilitators')
            [CompletionResult]::new('--paused', '--paused', [CompletionResultType]::ParameterName, 'Only members left out today: paused, or ghosts of pairing (with why)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;members;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;members;edit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New full name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'New email ("" removes it)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'New role')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'New region ("" removes it)')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'New time zone ("" removes it)')
            [CompletionResult]::new('--joined', '--joined', [CompletionResultType]::ParameterName, 'When they joined')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'New note ("" removes it)')
            [CompletionResult]::new('--add-interest', '--add-interest', [CompletionResultType]::ParameterName, 'Add an interest (repeat, or comma-separated)')
            [CompletionResult]::new('--remove-interest', '--remove-interest', [CompletionResultType]::ParameterName, 'Remove an interest')
            [CompletionResult]::new('--add-need', '--add-need', [CompletionResultType]::ParameterName, 'Add a learning need (repeat, or comma-separated)')
            [CompletionResult]::new('--remove-need', '--remove-need', [CompletionResultType]::ParameterName, 'Remove a learning need')
            [CompletionResult]::new('--add-expertise', '--add-expertise', [CompletionResultType]::ParameterName, 'Add an expertise (repeat, or comma-separated)')
            [CompletionResult]::new('--remove-expertise', '--remove-expertise', [CompletionResultType]::ParameterName, 'Remove an expertise')
            [CompletionResult]::new('--add-available', '--add-available', [CompletionResultType]::ParameterName, 'Add a weekly window, like "tue 12:00-14:00"')
            [CompletionResult]::new('--remove-available', '--remove-available', [CompletionResultType]::ParameterName, 'Remove a weekly window')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--facilitator', '--facilitator', [CompletionResultType]::ParameterName, 'Mark as a volunteer facilitator')
            [CompletionResult]::new('--no-facilitator', '--no-facilitator', [CompletionResultType]::ParameterName, 'No longer a volunteer facilitator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;members;archive' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;members;restore' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;members;forget' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;members;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Read a column under another header, like "Timestamp=joined" (repeat); form questions map by the synonyms the README lists')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The CSV delimiter: , ; or tab (\t); by default the one the header line uses')
            [CompletionResult]::new('--date-format', '--date-format', [CompletionResultType]::ParameterName, 'How to read dates like 11/2/26: mdy (2 November) or dmy (11 February); by default the order the column shows, and a date it leaves open is refused')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row and report what would change, without writing')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Refuse a sheet in which an email is on two rows, instead of reading the newest')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;members;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to FILE (mode 0600, never the database) instead of stdout')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists (a symbolic link there is replaced, not followed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;members;pause' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'The first day they are back (after today): a date, a weekday or +2w; pausing a paused member changes the day')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;members;resume' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;members;merge' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;members;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member and print their id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List members, filtered and sorted')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one member in full')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a member''s fields; add and remove tags and availability windows')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive members: they keep their history but are offered for nothing')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Bring archived members back')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Delete a member and every link to them, for privacy (asks first; --yes off a terminal)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add or update members from a CSV (or JSON) file; all or nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print every member (archived too) as CSV (default) or JSON (--format json), in the form `import` reads back')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Leave a member out of pairing, popup match and assist match until a day')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Bring a paused member (or a ghost of pairing) back at once')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Join two records of one person: DROP''s links, tags and history move to KEEP, and DROP''s UUID becomes KEEP''s alias (asks first; --yes off a terminal)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;members;help;add' {
            break
        }
        'cop;members;help;list' {
            break
        }
        'cop;members;help;show' {
            break
        }
        'cop;members;help;edit' {
            break
        }
        'cop;members;help;archive' {
            break
        }
        'cop;members;help;restore' {
            break
        }
        'cop;members;help;forget' {
            break
        }
        'cop;members;help;import' {
            break
        }
        'cop;members;help;export' {
            break
        }
        'cop;members;help;pause' {
            break
        }
        'cop;members;help;resume' {
            break
        }
        'cop;members;help;merge' {
            break
        }
        'cop;members;help;help' {
            break
        }
        'cop;popup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('propose', 'propose', [CompletionResultType]::ParameterValue, 'Propose a learning popup and print its id; the proposer joins it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List popups (open ones by default)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a popup: tags, proposer, expert, members by status, agenda, sessions')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a popup''s title, description, tags, expert or size')
            [CompletionResult]::new('match', 'match', [CompletionResultType]::ParameterValue, 'Rank active members who would want to learn this, and possible experts, with why')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite members to a popup')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Join a member to a popup (past --max they wait in line)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Take a member out of a popup; the first in line gets the place')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Record that a member declined a popup; they are not offered it again')
            [CompletionResult]::new('agenda', 'agenda', [CompletionResultType]::ParameterValue, 'The popup''s learning agenda: ordered items')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Create the popup''s sessions (--at), or suggest times when most can come (--suggest)')
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Learning needs many members share that no open popup covers')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Mark a popup done')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a popup and its sessions still to come')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;popup;propose' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who proposes it (asked for on a terminal when missing)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A topic (repeat, or comma-separated) [default: known tags found in the title]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the popup is about, in a few sentences')
            [CompletionResult]::new('--expert', '--expert', [CompletionResultType]::ParameterName, 'A member who will lead it as the expert')
            [CompletionResult]::new('--external-expert', '--external-expert', [CompletionResultType]::ParameterName, 'An outsider who will lead it as the expert')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'At most N members; later joins wait in line')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--needs-expert', '--needs-expert', [CompletionResultType]::ParameterName, 'The popup needs someone with advanced knowledge to lead it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;popup;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which popups, by status')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only popups with this tag')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only popups this member proposed, leads, joined, waits for or was invited to')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cop;popup;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;popup;edit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'New title')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description ("" removes it)')
            [CompletionResult]::new('--proposer', '--proposer', [CompletionResultType]::ParameterName, 'Who proposed it')
            [CompletionResult]::new('--add-tag', '--add-tag', [CompletionResultType]::ParameterName, 'Add a topic (repeat, or comma-separated)')
            [CompletionResult]::new('--remove-tag', '--remove-tag', [CompletionResultType]::ParameterName, 'Remove a topic')
            [CompletionResult]::new('--expert', '--expert', [CompletionResultType]::ParameterName, 'A member who will lead it as the expert')
            [CompletionResult]::new('--external-expert', '--external-expert', [CompletionResultType]::ParameterName, 'An outsider who will lead it as the expert')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'At most N members (raising it lets those waiting in)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--needs-expert', '--needs-expert', [CompletionResultType]::ParameterName, 'It needs someone with advanced knowledge to lead it')
            [CompletionResult]::new('--no-needs-expert', '--no-needs-expert', [CompletionResultType]::ParameterName, 'It does not need an expert')
            [CompletionResult]::new('--no-expert', '--no-expert', [CompletionResultType]::ParameterName, 'Nobody leads it as the expert any more')
            [CompletionResult]::new('--no-max', '--no-max', [CompletionResultType]::ParameterName, 'No limit on members')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;popup;match' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N learners and N experts')
            [CompletionResult]::new('--invite', '--invite', [CompletionResultType]::ParameterName, 'Invite the top N learners')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;popup;invite' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--matched', '--matched', [CompletionResultType]::ParameterName, 'Invite the N best-matched learners, as `popup match` ranks them')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The organizer, "Name <addr>": kept for the community, so later runs may leave it out')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write one .eml file per message into DIR (Maildir-style names, mode 0600)')
            [CompletionResult]::new('--mbox', '--mbox', [CompletionResultType]::ParameterName, 'Write the messages into one mbox FILE (mode 0600, never the database)')
            [CompletionResult]::new('--sendmail', '--sendmail', [CompletionResultType]::ParameterName, 'Pipe each message to a sendmail-compatible command run by sh, such as "msmtp -t" or "sendmail -t"; your mail set-up keeps the credentials')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--mail', '--mail', [CompletionResultType]::ParameterName, 'Also mail each one the invitation, its sessions as a calendar request')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Record nothing, send nothing: print the first message and the recipients')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing --mbox FILE')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;popup;join' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;popup;leave' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;popup;decline' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;popup;agenda' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an item at the end of the agenda and print its id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The agenda in order')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move an item to another position (1 is first)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an item''s text or time box, or assign it to one of the popup''s sessions')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark an item done')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an item')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;popup;agenda;add' {
            [CompletionResult]::new('--minutes', '--minutes', [CompletionResultType]::ParameterName, 'A time box for the item')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'The popup session where it is covered')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;popup;agenda;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;popup;agenda;move' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Its new position (1 is first)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;popup;agenda;edit' {
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'What to learn or do')
            [CompletionResult]::new('--minutes', '--minutes', [CompletionResultType]::ParameterName, 'A time box for the item')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'The popup session where it is covered')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--no-minutes', '--no-minutes', [CompletionResultType]::ParameterName, 'Take the time box off')
            [CompletionResult]::new('--no-session', '--no-session', [CompletionResultType]::ParameterName, 'Assign it to no session')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;popup;agenda;done' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;popup;agenda;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;popup;agenda;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an item at the end of the agenda and print its id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The agenda in order')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move an item to another position (1 is first)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an item''s text or time box, or assign it to one of the popup''s sessions')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark an item done')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an item')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;popup;agenda;help;add' {
            break
        }
        'cop;popup;agenda;help;list' {
            break
        }
        'cop;popup;agenda;help;move' {
            break
        }
        'cop;popup;agenda;help;edit' {
            break
        }
        'cop;popup;agenda;help;done' {
            break
        }
        'cop;popup;agenda;help;remove' {
            break
        }
        'cop;popup;agenda;help;help' {
            break
        }
        'cop;popup;schedule' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When the (first) session starts')
            [CompletionResult]::new('--minutes', '--minutes', [CompletionResultType]::ParameterName, 'Length of each session')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'Video link or place')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many sessions to create')
            [CompletionResult]::new('--every', '--every', [CompletionResultType]::ParameterName, 'Time between sessions, like 1w or 3d')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day to search [default: now]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day to search [default: two weeks after --from]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N suggestions')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--suggest', '--suggest', [CompletionResultType]::ParameterName, 'Suggest start times at which most joined and interested members are free')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;popup;suggest' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--min', '--min', [CompletionResultType]::ParameterName, 'Only needs shared by at least N active members')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;popup;close' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--outcome', '--outcome', [CompletionResultType]::ParameterName, 'What the group learned or produced')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--keep-sessions', '--keep-sessions', [CompletionResultType]::ParameterName, 'Keep its sessions still to come [default: they are cancelled]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;popup;cancel' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why; also given on its cancelled sessions')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--keep-sessions', '--keep-sessions', [CompletionResultType]::ParameterName, 'Keep its sessions still to come [default: they are cancelled]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;popup;help' {
            [CompletionResult]::new('propose', 'propose', [CompletionResultType]::ParameterValue, 'Propose a learning popup and print its id; the proposer joins it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List popups (open ones by default)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a popup: tags, proposer, expert, members by status, agenda, sessions')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a popup''s title, description, tags, expert or size')
            [CompletionResult]::new('match', 'match', [CompletionResultType]::ParameterValue, 'Rank active members who would want to learn this, and possible experts, with why')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite members to a popup')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Join a member to a popup (past --max they wait in line)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Take a member out of a popup; the first in line gets the place')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Record that a member declined a popup; they are not offered it again')
            [CompletionResult]::new('agenda', 'agenda', [CompletionResultType]::ParameterValue, 'The popup''s learning agenda: ordered items')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Create the popup''s sessions (--at), or suggest times when most can come (--suggest)')
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Learning needs many members share that no open popup covers')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Mark a popup done')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a popup and its sessions still to come')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;popup;help;propose' {
            break
        }
        'cop;popup;help;list' {
            break
        }
        'cop;popup;help;show' {
            break
        }
        'cop;popup;help;edit' {
            break
        }
        'cop;popup;help;match' {
            break
        }
        'cop;popup;help;invite' {
            break
        }
        'cop;popup;help;join' {
            break
        }
        'cop;popup;help;leave' {
            break
        }
        'cop;popup;help;decline' {
            break
        }
        'cop;popup;help;agenda' {
            break
        }
        'cop;popup;help;schedule' {
            break
        }
        'cop;popup;help;suggest' {
            break
        }
        'cop;popup;help;close' {
            break
        }
        'cop;popup;help;cancel' {
            break
        }
        'cop;popup;help;help' {
            break
        }
        'cop;assist' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask for a peer assist: a member (or their group) brings a challenge and seeks listeners with relevant experience; prints the request''s id')
            [CompletionResult]::new('match', 'match', [CompletionResultType]::ParameterValue, 'Rank possible listeners for a request, with reasons: expertise in its tags first, then past assists on them, then interests; the busy and those who heard the presenter lately rank lower. --invite N invites the best N')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'A member joins a request as a listener')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'A member declines a request (a listener who joined leaves it)')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Times when a request''s people are free (--suggest), or its session (--at)')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Record an assist that happened: every step as flags, or --from FILE; on a terminal with steps missing, walks you through them, saving each as it is answered')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'The live guide for the facilitator: each step with its time box and the time left, notes saved as a draft as you type them (resume with --resume N); `run N` starts from request N with its people filled in')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List assists, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one assist in full (--format markdown gives notes to share with the group)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an assist: set fields, add notes and people, or replace it all with --from FILE')
            [CompletionResult]::new('followups', 'followups', [CompletionResultType]::ParameterValue, 'Open next steps, oldest due first')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark a next step done')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;assist;request' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who asks for the assist and presents the challenge')
            [CompletionResult]::new('--challenge', '--challenge', [CompletionResultType]::ParameterName, 'The challenge to bring to the group')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'What the challenge is about, to find listeners by (repeat, or a list "a, b")')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The challenge group, when it is a project group or a whole network')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'How many listeners to seek, 1 to 12')
            [CompletionResult]::new('--minutes', '--minutes', [CompletionResultType]::ParameterName, 'How long the assist should last, 5 to 240')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;assist;match' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N listeners')
            [CompletionResult]::new('--invite', '--invite', [CompletionResultType]::ParameterName, 'Invite the best N (not yet asked) to listen')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The organizer, "Name <addr>": kept for the community, so later runs may leave it out')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write one .eml file per message into DIR (Maildir-style names, mode 0600)')
            [CompletionResult]::new('--mbox', '--mbox', [CompletionResultType]::ParameterName, 'Write the messages into one mbox FILE (mode 0600, never the database)')
            [CompletionResult]::new('--sendmail', '--sendmail', [CompletionResultType]::ParameterName, 'Pipe each message to a sendmail-compatible command run by sh, such as "msmtp -t" or "sendmail -t"; your mail set-up keeps the credentials')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show every possible listener')
            [CompletionResult]::new('--mail', '--mail', [CompletionResultType]::ParameterName, 'Also mail each one the invitation (why they fit, the challenge, the session as a calendar request once one is set)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Record nothing, send nothing: print the first message and the recipients')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing --mbox FILE')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;assist;join' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;assist;decline' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;assist;schedule' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Create the assist''s session at this time; its people are invited')
            [CompletionResult]::new('--minutes', '--minutes', [CompletionResultType]::ParameterName, 'Length in minutes [default: the request''s]')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'The video link of the session')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Search from this day [default: now]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Search to this day [default: two weeks after --from]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many suggestions')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--suggest', '--suggest', [CompletionResultType]::ParameterName, 'Suggest times when most of its presenters and listeners are free')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;assist;log' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--challenge', '--challenge', [CompletionResultType]::ParameterName, 'The challenge brought to the group (asked for on a terminal)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'What the challenge was about (repeat)')
            [CompletionResult]::new('--presenter', '--presenter', [CompletionResultType]::ParameterName, 'A member of the challenge group (repeat)')
            [CompletionResult]::new('--listener', '--listener', [CompletionResultType]::ParameterName, 'A listener, who helps with the challenge (repeat)')
            [CompletionResult]::new('--facilitator', '--facilitator', [CompletionResultType]::ParameterName, 'Who facilitated (repeat)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The challenge group, when it is a project group or a whole network')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'The session it was held in (links to it; creates none)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it was held [default: now]')
            [CompletionResult]::new('--minutes', '--minutes', [CompletionResultType]::ParameterName, 'How long it lasted, 5 to 240')
            [CompletionResult]::new('--situation', '--situation', [CompletionResultType]::ParameterName, 'Step 1: the situation and challenge, as presented')
            [CompletionResult]::new('--clarify', '--clarify', [CompletionResultType]::ParameterName, 'Step 2: a clarifying question and its answer (repeat)')
            [CompletionResult]::new('--idea', '--idea', [CompletionResultType]::ParameterName, 'Step 3: an idea, question, suggestion or other case (repeat)')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Step 3: a source suggested, "TITLE [URL]" (repeat); it lands in `cop resources`')
            [CompletionResult]::new('--response', '--response', [CompletionResultType]::ParameterName, 'Step 4: the challenge group''s response')
            [CompletionResult]::new('--takeaway', '--takeaway', [CompletionResultType]::ParameterName, 'Step 5: what a listener takes home, "MEMBER: TEXT" (repeat)')
            [CompletionResult]::new('--reflection', '--reflection', [CompletionResultType]::ParameterName, 'Step 6: the group''s reflection on the session')
            [CompletionResult]::new('--next-step', '--next-step', [CompletionResultType]::ParameterName, 'Step 7: a next step, "TEXT [@MEMBER] [due:DATE]" (repeat)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read the whole assist as JSON (the form `assist show --format json` prints); - reads stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--continue', '--continue', [CompletionResultType]::ParameterName, 'Step 7: the group wishes to continue the discussion')
            [CompletionResult]::new('--story', '--story', [CompletionResultType]::ParameterName, 'Step 5: keep each takeaway also as its member''s value story from this assist (`cop stories`); the guided walk asks instead')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'With --from: log the file as a new assist with a new UUID, even when this copy already holds the assist it came from (which it otherwise updates)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;assist;run' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--minutes', '--minutes', [CompletionResultType]::ParameterName, 'The length of the assist, shared among the steps (7 to 240) [default: 45, or the request''s]')
            [CompletionResult]::new('--challenge', '--challenge', [CompletionResultType]::ParameterName, 'The challenge (asked for when missing)')
            [CompletionResult]::new('--presenter', '--presenter', [CompletionResultType]::ParameterName, 'A member of the challenge group (repeat)')
            [CompletionResult]::new('--listener', '--listener', [CompletionResultType]::ParameterName, 'A listener, who helps with the challenge (repeat)')
            [CompletionResult]::new('--facilitator', '--facilitator', [CompletionResultType]::ParameterName, 'Who facilitated (repeat)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The challenge group, when it is a project group or a whole network')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'The session it was held in (links to it; creates none)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue the draft assist N where it stopped')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;assist;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only assists this member took part in (any role, a takeaway or a next step)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only assists held on or after this day')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Only assists with next steps not yet done')
            [CompletionResult]::new('--drafts', '--drafts', [CompletionResultType]::ParameterName, 'Only drafts (runs not finished; continue with `assist run --resume N`)')
            [CompletionResult]::new('--requested', '--requested', [CompletionResultType]::ParameterName, 'Only requests not held yet (see `assist request`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;assist;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;assist;edit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--challenge', '--challenge', [CompletionResultType]::ParameterName, 'A new challenge')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Add a tag (repeat)')
            [CompletionResult]::new('--remove-tag', '--remove-tag', [CompletionResultType]::ParameterName, 'Remove a tag (repeat)')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'A request: how many listeners it seeks, 1 to 12')
            [CompletionResult]::new('--presenter', '--presenter', [CompletionResultType]::ParameterName, 'A member of the challenge group (repeat)')
            [CompletionResult]::new('--listener', '--listener', [CompletionResultType]::ParameterName, 'A listener, who helps with the challenge (repeat)')
            [CompletionResult]::new('--facilitator', '--facilitator', [CompletionResultType]::ParameterName, 'Who facilitated (repeat)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The challenge group, when it is a project group or a whole network')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'The session it was held in (links to it; creates none)')
            [CompletionResult]::new('--remove-member', '--remove-member', [CompletionResultType]::ParameterName, 'Take a member out of the assist, from every role')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it was held')
            [CompletionResult]::new('--minutes', '--minutes', [CompletionResultType]::ParameterName, 'How long it lasted')
            [CompletionResult]::new('--situation', '--situation', [CompletionResultType]::ParameterName, 'Step 1: the situation and challenge, as presented')
            [CompletionResult]::new('--clarify', '--clarify', [CompletionResultType]::ParameterName, 'Step 2: a clarifying question and its answer (repeat)')
            [CompletionResult]::new('--idea', '--idea', [CompletionResultType]::ParameterName, 'Step 3: an idea, question, suggestion or other case (repeat)')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Step 3: a source suggested, "TITLE [URL]" (repeat); it lands in `cop resources`')
            [CompletionResult]::new('--response', '--response', [CompletionResultType]::ParameterName, 'Step 4: the challenge group''s response')
            [CompletionResult]::new('--takeaway', '--takeaway', [CompletionResultType]::ParameterName, 'Step 5: what a listener takes home, "MEMBER: TEXT" (repeat)')
            [CompletionResult]::new('--reflection', '--reflection', [CompletionResultType]::ParameterName, 'Step 6: the group''s reflection on the session')
            [CompletionResult]::new('--next-step', '--next-step', [CompletionResultType]::ParameterName, 'Step 7: a next step, "TEXT [@MEMBER] [due:DATE]" (repeat)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Replace the whole assist with this JSON (next steps and resources keep their ids); - reads stdin. Without any flag on a terminal, the assist opens in your editor')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--continue', '--continue', [CompletionResultType]::ParameterName, 'The group wishes to continue the discussion')
            [CompletionResult]::new('--no-continue', '--no-continue', [CompletionResultType]::ParameterName, 'The group does not wish to continue the discussion')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;assist;followups' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only next steps this member owns')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only next steps past their due day')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;assist;done' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;assist;help' {
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask for a peer assist: a member (or their group) brings a challenge and seeks listeners with relevant experience; prints the request''s id')
            [CompletionResult]::new('match', 'match', [CompletionResultType]::ParameterValue, 'Rank possible listeners for a request, with reasons: expertise in its tags first, then past assists on them, then interests; the busy and those who heard the presenter lately rank lower. --invite N invites the best N')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'A member joins a request as a listener')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'A member declines a request (a listener who joined leaves it)')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Times when a request''s people are free (--suggest), or its session (--at)')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Record an assist that happened: every step as flags, or --from FILE; on a terminal with steps missing, walks you through them, saving each as it is answered')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'The live guide for the facilitator: each step with its time box and the time left, notes saved as a draft as you type them (resume with --resume N); `run N` starts from request N with its people filled in')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List assists, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one assist in full (--format markdown gives notes to share with the group)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an assist: set fields, add notes and people, or replace it all with --from FILE')
            [CompletionResult]::new('followups', 'followups', [CompletionResultType]::ParameterValue, 'Open next steps, oldest due first')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark a next step done')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;assist;help;request' {
            break
        }
        'cop;assist;help;match' {
            break
        }
        'cop;assist;help;join' {
            break
        }
        'cop;assist;help;decline' {
            break
        }
        'cop;assist;help;schedule' {
            break
        }
        'cop;assist;help;log' {
            break
        }
        'cop;assist;help;run' {
            break
        }
        'cop;assist;help;list' {
            break
        }
        'cop;assist;help;show' {
            break
        }
        'cop;assist;help;edit' {
            break
        }
        'cop;assist;help;followups' {
            break
        }
        'cop;assist;help;done' {
            break
        }
        'cop;assist;help;help' {
            break
        }
        'cop;sessions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Schedule a session and print its id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sessions in time order')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one session: RSVPs, attendance, facilitators, linked popup or assist')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a session (calendars pick up the change on the next export)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a session; it stays listed, and calendars show it as cancelled')
            [CompletionResult]::new('rsvp', 'rsvp', [CompletionResultType]::ParameterValue, 'Record members'' answers; past capacity a yes goes on the waitlist')
            [CompletionResult]::new('attend', 'attend', [CompletionResultType]::ParameterValue, 'Record who actually came (or --remove)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write sessions as an iCalendar file (RFC 5545) that calendar apps import')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Mail members the session (announcement or --reminder) with a calendar request')
            [CompletionResult]::new('replies', 'replies', [CompletionResultType]::ParameterValue, 'Record the RSVPs in calendar replies (iTIP REPLY in .ics, .eml or mbox files)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;sessions;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'What the session is called (asked for on a terminal when missing)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it starts: "2026-12-04 12:00", "fri 12:00", RFC 3339 (asked for on a terminal)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'meetup, training, coaching, reading, popup, assist or other')
            [CompletionResult]::new('--minutes', '--minutes', [CompletionResultType]::ParameterName, 'How long it lasts')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'Video link')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Where it happens')
            [CompletionResult]::new('--facilitator', '--facilitator', [CompletionResultType]::ParameterName, 'A member who facilitates it (repeat)')
            [CompletionResult]::new('--trainer', '--trainer', [CompletionResultType]::ParameterName, 'The (external) trainer''s name')
            [CompletionResult]::new('--capacity', '--capacity', [CompletionResultType]::ParameterName, 'How many yes answers fit; later ones wait')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Anything else worth knowing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;sessions;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only sessions this member facilitates, answered or attended')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only sessions on or after this day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only sessions on or before this day')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--upcoming', '--upcoming', [CompletionResultType]::ParameterName, 'Only sessions that have not started yet')
            [CompletionResult]::new('--past', '--past', [CompletionResultType]::ParameterName, 'Only sessions that have started, newest first')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;sessions;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;sessions;edit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'New title')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'New start time')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'New kind: meetup, training, coaching, reading, popup, assist or other')
            [CompletionResult]::new('--minutes', '--minutes', [CompletionResultType]::ParameterName, 'New length')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'New video link ("" removes it)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'New place ("" removes it)')
            [CompletionResult]::new('--trainer', '--trainer', [CompletionResultType]::ParameterName, 'New trainer ("" removes it)')
            [CompletionResult]::new('--capacity', '--capacity', [CompletionResultType]::ParameterName, 'New capacity ("" removes the limit); a higher one lets the waitlist in')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'New note ("" removes it)')
            [CompletionResult]::new('--add-facilitator', '--add-facilitator', [CompletionResultType]::ParameterName, 'Add a facilitator')
            [CompletionResult]::new('--remove-facilitator', '--remove-facilitator', [CompletionResultType]::ParameterName, 'Remove a facilitator')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;sessions;cancel' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, for the members and their calendars')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;sessions;rsvp' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'They come (or wait for a place when the session is full)')
            [CompletionResult]::new('--no', '--no', [CompletionResultType]::ParameterName, 'They do not come; their place goes to the waitlist')
            [CompletionResult]::new('--maybe', '--maybe', [CompletionResultType]::ParameterName, 'They may come')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;sessions;attend' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--remove', '--remove', [CompletionResultType]::ParameterName, 'Remove their attendance instead')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Record attendance of a session that has not started yet (refused otherwise, exit 4)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;sessions;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only sessions this member facilitates, answered or attended')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to FILE (mode 0600, never the database) instead of stdout')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--ics', '--ics', [CompletionResultType]::ParameterName, 'iCalendar, the only export format (the default)')
            [CompletionResult]::new('--upcoming', '--upcoming', [CompletionResultType]::ParameterName, 'Only sessions that have not started yet')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists (a symbolic link there is replaced, not followed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;sessions;invite' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--rsvp', '--rsvp', [CompletionResultType]::ParameterName, 'Those whose answer is this (yes, maybe, invited, waitlist, no): for reminders')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The organizer, "Name <addr>": kept for the community, so later runs may leave it out')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write one .eml file per message into DIR (Maildir-style names, mode 0600)')
            [CompletionResult]::new('--mbox', '--mbox', [CompletionResultType]::ParameterName, 'Write the messages into one mbox FILE (mode 0600, never the database)')
            [CompletionResult]::new('--sendmail', '--sendmail', [CompletionResultType]::ParameterName, 'Pipe each message to a sendmail-compatible command run by sh, such as "msmtp -t" or "sendmail -t"; your mail set-up keeps the credentials')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every active member')
            [CompletionResult]::new('--reminder', '--reminder', [CompletionResultType]::ParameterName, 'A reminder: a new message even to those the announcement reached (one a day)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Record nothing, send nothing: print the first message and the recipients')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing --mbox FILE')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;sessions;replies' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;sessions;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Schedule a session and print its id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sessions in time order')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one session: RSVPs, attendance, facilitators, linked popup or assist')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a session (calendars pick up the change on the next export)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a session; it stays listed, and calendars show it as cancelled')
            [CompletionResult]::new('rsvp', 'rsvp', [CompletionResultType]::ParameterValue, 'Record members'' answers; past capacity a yes goes on the waitlist')
            [CompletionResult]::new('attend', 'attend', [CompletionResultType]::ParameterValue, 'Record who actually came (or --remove)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write sessions as an iCalendar file (RFC 5545) that calendar apps import')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Mail members the session (announcement or --reminder) with a calendar request')
            [CompletionResult]::new('replies', 'replies', [CompletionResultType]::ParameterValue, 'Record the RSVPs in calendar replies (iTIP REPLY in .ics, .eml or mbox files)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;sessions;help;add' {
            break
        }
        'cop;sessions;help;list' {
            break
        }
        'cop;sessions;help;show' {
            break
        }
        'cop;sessions;help;edit' {
            break
        }
        'cop;sessions;help;cancel' {
            break
        }
        'cop;sessions;help;rsvp' {
            break
        }
        'cop;sessions;help;attend' {
            break
        }
        'cop;sessions;help;export' {
            break
        }
        'cop;sessions;help;invite' {
            break
        }
        'cop;sessions;help;replies' {
            break
        }
        'cop;sessions;help;help' {
            break
        }
        'cop;outbox' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every message cop wrote: for what, to whom, when sent, the last error')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Deliver the messages not sent yet (each one once, in order; stops at a failure)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;outbox;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--pending', '--pending', [CompletionResultType]::ParameterName, 'Only the messages not sent yet')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;outbox;retry' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write one .eml file per message into DIR (Maildir-style names, mode 0600)')
            [CompletionResult]::new('--mbox', '--mbox', [CompletionResultType]::ParameterName, 'Write the messages into one mbox FILE (mode 0600, never the database)')
            [CompletionResult]::new('--sendmail', '--sendmail', [CompletionResultType]::ParameterName, 'Pipe each message to a sendmail-compatible command run by sh, such as "msmtp -t" or "sendmail -t"; your mail set-up keeps the credentials')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Record nothing, send nothing: print the first message and the recipients')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing --mbox FILE')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;outbox;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every message cop wrote: for what, to whom, when sent, the last error')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Deliver the messages not sent yet (each one once, in order; stops at a failure)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;outbox;help;list' {
            break
        }
        'cop;outbox;help;retry' {
            break
        }
        'cop;outbox;help;help' {
            break
        }
        'cop;meetup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Create the recurring meetup''s sessions, rotating volunteer facilitators fairly')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;meetup;plan' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'What each session is called')
            [CompletionResult]::new('--weekday', '--weekday', [CompletionResultType]::ParameterName, 'The day of the week it meets: mon, tue, ..., sun')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'When it starts, HH:MM in the community time zone (see --tz)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many sessions to create')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'The first possible day [default: today, or next week when today''s time has passed]')
            [CompletionResult]::new('--minutes', '--minutes', [CompletionResultType]::ParameterName, 'How long each session lasts')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'Video link')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Where it happens')
            [CompletionResult]::new('--every', '--every', [CompletionResultType]::ParameterName, 'How often: 1w (weekly) or 2w (every other week)')
            [CompletionResult]::new('--skip', '--skip', [CompletionResultType]::ParameterName, 'Days not to meet, e.g. holidays (YYYY-MM-DD or any date; repeat, or several after one --skip); the plan leaves them out')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Replan the days that already have a meetup of this title: they take the plan''s time, length, place and facilitator, and keep their id and RSVPs [default: leave them]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the plan without creating anything')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;meetup;help' {
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Create the recurring meetup''s sessions, rotating volunteer facilitators fairly')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;meetup;help;plan' {
            break
        }
        'cop;meetup;help;help' {
            break
        }
        'cop;pairs' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--interest', '--interest', [CompletionResultType]::ParameterName, 'Only members with this interest (repeat: all of them)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Only members of this region')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'Pair the attendees of this session (its yes RSVPs when nobody is recorded yet)')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Groups of this many (2 to 8): as many of K as the numbers allow, the others one larger or smaller, never a group of one')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Make the round reproducible: the same seed and history give the same pairs')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note kept with a recorded round')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--record', '--record', [CompletionResultType]::ParameterName, 'Save the round, so later rounds avoid these pairs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List the recorded rounds, newest first, with how many groups met')
            [CompletionResult]::new('met', 'met', [CompletionResultType]::ParameterValue, 'Record that members of a round met their group')
            [CompletionResult]::new('missed', 'missed', [CompletionResultType]::ParameterValue, 'Record that members of a round did not take part (three in a row make a ghost)')
            [CompletionResult]::new('exclude', 'exclude', [CompletionResultType]::ParameterValue, 'Keep two members out of each other''s groups, confidentially (or --remove it)')
            [CompletionResult]::new('exclusions', 'exclusions', [CompletionResultType]::ParameterValue, 'List the exclusions: the only command that prints them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;pairs;history' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;pairs;met' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;pairs;missed' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;pairs;exclude' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--remove', '--remove', [CompletionResultType]::ParameterName, 'Lift the exclusion instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;pairs;exclusions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;pairs;help' {
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List the recorded rounds, newest first, with how many groups met')
            [CompletionResult]::new('met', 'met', [CompletionResultType]::ParameterValue, 'Record that members of a round met their group')
            [CompletionResult]::new('missed', 'missed', [CompletionResultType]::ParameterValue, 'Record that members of a round did not take part (three in a row make a ghost)')
            [CompletionResult]::new('exclude', 'exclude', [CompletionResultType]::ParameterValue, 'Keep two members out of each other''s groups, confidentially (or --remove it)')
            [CompletionResult]::new('exclusions', 'exclusions', [CompletionResultType]::ParameterValue, 'List the exclusions: the only command that prints them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;pairs;help;history' {
            break
        }
        'cop;pairs;help;met' {
            break
        }
        'cop;pairs;help;missed' {
            break
        }
        'cop;pairs;help;exclude' {
            break
        }
        'cop;pairs;help;exclusions' {
            break
        }
        'cop;pairs;help;help' {
            break
        }
        'cop;resources' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a resource and print its id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List resources, with a tag or from an assist')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one resource in full')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a resource''s title, link, note, tags or assist')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a resource (asks first; --yes in scripts)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;resources;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Where to find it')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A topic (repeat, or comma-separated)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Why it is worth reading, or anything else')
            [CompletionResult]::new('--assist', '--assist', [CompletionResultType]::ParameterName, 'The assist it was suggested in')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;resources;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only resources with this topic')
            [CompletionResult]::new('--assist', '--assist', [CompletionResultType]::ParameterName, 'Only resources suggested in this assist')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;resources;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;resources;edit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'A new title')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'A new link ("" removes it)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A new note ("" removes it)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Add a topic (repeat, or comma-separated)')
            [CompletionResult]::new('--remove-tag', '--remove-tag', [CompletionResultType]::ParameterName, 'Take a topic off (repeat, or comma-separated)')
            [CompletionResult]::new('--assist', '--assist', [CompletionResultType]::ParameterName, 'The assist it was suggested in ("" for none)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;resources;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;resources;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a resource and print its id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List resources, with a tag or from an assist')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one resource in full')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a resource''s title, link, note, tags or assist')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a resource (asks first; --yes in scripts)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;resources;help;add' {
            break
        }
        'cop;resources;help;list' {
            break
        }
        'cop;resources;help;show' {
            break
        }
        'cop;resources;help;edit' {
            break
        }
        'cop;resources;help;remove' {
            break
        }
        'cop;resources;help;help' {
            break
        }
        'cop;stories' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a value-creation story and print its id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List stories, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one story in full')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;stories;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Whose story it is (id, email, or name)')
            [CompletionResult]::new('--from-assist', '--from-assist', [CompletionResultType]::ParameterName, 'It came from this peer assist')
            [CompletionResult]::new('--from-popup', '--from-popup', [CompletionResultType]::ParameterName, 'It came from this learning popup')
            [CompletionResult]::new('--from-session', '--from-session', [CompletionResultType]::ParameterName, 'It came from this session')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'The value it shows (Wenger-Trayner''s cycles): immediate, potential, applied, realized or reframing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;stories;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'Only stories showing this value')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only this member''s stories')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;stories;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;stories;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a value-creation story and print its id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List stories, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one story in full')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;stories;help;add' {
            break
        }
        'cop;stories;help;list' {
            break
        }
        'cop;stories;help;show' {
            break
        }
        'cop;stories;help;help' {
            break
        }
        'cop;tags' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tags with how many members, popups and resources use each, and their aliases')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a tag; the old name stays as an alias, so it still finds the tag')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Fold tags into one: move their links, delete them, keep their names as aliases (asks first; --yes off a terminal)')
            [CompletionResult]::new('alias', 'alias', [CompletionResultType]::ParameterValue, 'Make another spelling stand for a tag, or remove one with --remove')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;tags;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order of the rows')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--unused', '--unused', [CompletionResultType]::ParameterName, 'Only tags that no member, popup or resource uses')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cop;tags;rename' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;tags;merge' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--into', '--into', [CompletionResultType]::ParameterName, 'The tag that remains')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;tags;alias' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--remove', '--remove', [CompletionResultType]::ParameterName, 'Remove this alias instead; the tag stays')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;tags;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tags with how many members, popups and resources use each, and their aliases')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a tag; the old name stays as an alias, so it still finds the tag')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Fold tags into one: move their links, delete them, keep their names as aliases (asks first; --yes off a terminal)')
            [CompletionResult]::new('alias', 'alias', [CompletionResultType]::ParameterValue, 'Make another spelling stand for a tag, or remove one with --remove')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;tags;help;list' {
            break
        }
        'cop;tags;help;rename' {
            break
        }
        'cop;tags;help;merge' {
            break
        }
        'cop;tags;help;alias' {
            break
        }
        'cop;tags;help;help' {
            break
        }
        'cop;report' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('engagement', 'engagement', [CompletionResultType]::ParameterValue, 'Each active member''s level (Wenger-Trayner''s core, active, occasional, peripheral, transactional) from their participations in the window: sessions attended and facilitated, assists presented, listened to or facilitated (not drafts), popups joined; the role is shown beside the level, which it no longer decides (trainers and guests stay transactional). The table ends with each level''s share beside the typical one')
            [CompletionResult]::new('growth', 'growth', [CompletionResultType]::ParameterValue, 'For each month: members at each level at the month''s end, and how many moved up or down since the month before. A member counts from the month they joined')
            [CompletionResult]::new('movement', 'movement', [CompletionResultType]::ParameterValue, 'For each month: how many moved between each pair of levels (a transition matrix and a flow chart), and what those who moved up had taken part in during the two months before (popups joined, assists, sessions)')
            [CompletionResult]::new('html', 'html', [CompletionResultType]::ParameterValue, 'One self-contained HTML page for the core group and sponsors: levels over time, movement, learning needs against popups, popups and assists per month, follow-ups, the facilitator rotation and value stories; inline CSS and SVG, no script, every chart with its numbers in a table')
            [CompletionResult]::new('needs', 'needs', [CompletionResultType]::ParameterValue, 'Each learning need: who needs it, who has the expertise, which popups cover it')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Per month: sessions by kind, assists, popups proposed and done, distinct participants')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;report;engagement' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The day the report looks back from [default: today]')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'How far back participations count: days (90d) or weeks (13w)')
            [CompletionResult]::new('--core', '--core', [CompletionResultType]::ParameterName, 'Participations in the window that make a member core')
            [CompletionResult]::new('--active', '--active', [CompletionResultType]::ParameterName, 'Participations in the window that make a member active')
            [CompletionResult]::new('--occasional', '--occasional', [CompletionResultType]::ParameterName, 'Participations in the window that make a member occasional (fewer: peripheral)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;report;growth' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The day the report looks back from [default: today]')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'How far back participations count: days (90d) or weeks (13w)')
            [CompletionResult]::new('--core', '--core', [CompletionResultType]::ParameterName, 'Participations in the window that make a member core')
            [CompletionResult]::new('--active', '--active', [CompletionResultType]::ParameterName, 'Participations in the window that make a member active')
            [CompletionResult]::new('--occasional', '--occasional', [CompletionResultType]::ParameterName, 'Participations in the window that make a member occasional (fewer: peripheral)')
            [CompletionResult]::new('--months', '--months', [CompletionResultType]::ParameterName, 'How many months, ending with the month of --as-of')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;report;movement' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The day the report looks back from [default: today]')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'How far back participations count: days (90d) or weeks (13w)')
            [CompletionResult]::new('--core', '--core', [CompletionResultType]::ParameterName, 'Participations in the window that make a member core')
            [CompletionResult]::new('--active', '--active', [CompletionResultType]::ParameterName, 'Participations in the window that make a member active')
            [CompletionResult]::new('--occasional', '--occasional', [CompletionResultType]::ParameterName, 'Participations in the window that make a member occasional (fewer: peripheral)')
            [CompletionResult]::new('--months', '--months', [CompletionResultType]::ParameterName, 'How many months, ending with the month of --as-of')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;report;html' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The day the report looks back from [default: today]')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'How far back participations count: days (90d) or weeks (13w)')
            [CompletionResult]::new('--core', '--core', [CompletionResultType]::ParameterName, 'Participations in the window that make a member core')
            [CompletionResult]::new('--active', '--active', [CompletionResultType]::ParameterName, 'Participations in the window that make a member active')
            [CompletionResult]::new('--occasional', '--occasional', [CompletionResultType]::ParameterName, 'Participations in the window that make a member occasional (fewer: peripheral)')
            [CompletionResult]::new('--months', '--months', [CompletionResultType]::ParameterName, 'How many months, ending with the month of --as-of')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the page to FILE (mode 0600, never the database) instead of stdout')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;report;needs' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The day the report looks back from [default: today]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;report;activity' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The day the report looks back from [default: today]')
            [CompletionResult]::new('--months', '--months', [CompletionResultType]::ParameterName, 'How many months, ending with the month of --as-of')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;report;help' {
            [CompletionResult]::new('engagement', 'engagement', [CompletionResultType]::ParameterValue, 'Each active member''s level (Wenger-Trayner''s core, active, occasional, peripheral, transactional) from their participations in the window: sessions attended and facilitated, assists presented, listened to or facilitated (not drafts), popups joined; the role is shown beside the level, which it no longer decides (trainers and guests stay transactional). The table ends with each level''s share beside the typical one')
            [CompletionResult]::new('growth', 'growth', [CompletionResultType]::ParameterValue, 'For each month: members at each level at the month''s end, and how many moved up or down since the month before. A member counts from the month they joined')
            [CompletionResult]::new('movement', 'movement', [CompletionResultType]::ParameterValue, 'For each month: how many moved between each pair of levels (a transition matrix and a flow chart), and what those who moved up had taken part in during the two months before (popups joined, assists, sessions)')
            [CompletionResult]::new('html', 'html', [CompletionResultType]::ParameterValue, 'One self-contained HTML page for the core group and sponsors: levels over time, movement, learning needs against popups, popups and assists per month, follow-ups, the facilitator rotation and value stories; inline CSS and SVG, no script, every chart with its numbers in a table')
            [CompletionResult]::new('needs', 'needs', [CompletionResultType]::ParameterValue, 'Each learning need: who needs it, who has the expertise, which popups cover it')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Per month: sessions by kind, assists, popups proposed and done, distinct participants')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;report;help;engagement' {
            break
        }
        'cop;report;help;growth' {
            break
        }
        'cop;report;help;movement' {
            break
        }
        'cop;report;help;html' {
            break
        }
        'cop;report;help;needs' {
            break
        }
        'cop;report;help;activity' {
            break
        }
        'cop;report;help;help' {
            break
        }
        'cop;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to FILE (mode 0600, never the database) instead of stdout')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists (a symbolic link there is replaced, not followed)')
            [CompletionResult]::new('--with-exclusions', '--with-exclusions', [CompletionResultType]::ParameterName, 'Include the confidential pairing exclusions (`cop pairs exclude`), left out otherwise')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the document and report what would be added, updated and skipped, without writing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;sync' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--git', '--git', [CompletionResultType]::ParameterName, 'Also `git pull --rebase` before and `git add/commit/push` after (the folder is a git work tree)')
            [CompletionResult]::new('--compact', '--compact', [CompletionResultType]::ParameterName, 'Replace this replica''s segments by one snapshot (done by itself after a deletion)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Make this database a replica syncing through DIR (never put the database itself there)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Each replica in the folder, its last segment, and how far behind this one is')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;sync;init' {
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The name this replica goes by, as others see it ("Ana''s laptop")')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--git', '--git', [CompletionResultType]::ParameterName, 'Run git around every sync by default')
            [CompletionResult]::new('--encrypt', '--encrypt', [CompletionResultType]::ParameterName, 'Encrypt every segment with the folder''s passphrase ($COP_SYNC_PASSPHRASE, else asked)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;sync;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;sync;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Make this database a replica syncing through DIR (never put the database itself there)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Each replica in the folder, its last segment, and how far behind this one is')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;sync;help;init' {
            break
        }
        'cop;sync;help;status' {
            break
        }
        'cop;sync;help;help' {
            break
        }
        'cop;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace PATH if it exists (a symbolic link there is replaced, not followed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;doctor' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;log' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N operations, newest first')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Show only operations from DATE on')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Keep operations for DAYS from now on (default 180; the newest 1,000 are always kept), and prune older ones now')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The records an operation added, changed (field by field, before and after) and removed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;log;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;log;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The records an operation added, changed (field by field, before and after) and removed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;log;help;show' {
            break
        }
        'cop;log;help;help' {
            break
        }
        'cop;undo' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what the undo would change, and change nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;demo' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--members', '--members', [CompletionResultType]::ParameterName, 'Generate N members with 3 to 8 tags and weekly availability (1 to 1,000,000; default 1,000 when only other sizes are given)')
            [CompletionResult]::new('--sessions', '--sessions', [CompletionResultType]::ParameterName, 'Sessions over the last three years, 2% upcoming, ~50 attending each (default: members / 5)')
            [CompletionResult]::new('--assists', '--assists', [CompletionResultType]::ParameterName, 'Peer assists with their people and next steps, some open or overdue (default: members / 10)')
            [CompletionResult]::new('--popups', '--popups', [CompletionResultType]::ParameterName, 'Learning popups with tags and members (default: members / 50)')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, 'Draw every member''s tags from the first N words of the vocabulary (6 to 60): three interests, two needs and one expertise each, so most members share most tags (the hardest case for `popup match` and `assist match`)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Make the generated community reproducible: the same seed and COP_NOW give the same data (default: a fresh seed, printed)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('--here', '--here', [CompletionResultType]::ParameterName, 'Fill the default database (or --db / COP_DB) instead of a throwaway one; refused when it already has members')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cop;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;man' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only; `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`, `man`, `completions`, `init` and `demo` take no format)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The time zone to type and show times in, an IANA name (any case) [default: $COP_TZ, else the community''s `init --timezone`, else $TZ, else the system''s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV and TSV cells exactly as stored: no '' before text a spreadsheet would read as a formula (=, +, -, @, tab, CR), and none taken off by `members import`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database (any write also creates it)')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'People in the community: their interests, needs, expertise and availability')
            [CompletionResult]::new('popup', 'popup', [CompletionResultType]::ParameterValue, 'Learning popups: propose, match members, set an agenda, schedule sessions')
            [CompletionResult]::new('assist', 'assist', [CompletionResultType]::ParameterValue, 'Peer assists: log one, run one live, list, show, edit, and follow up next steps')
            [CompletionResult]::new('sessions', 'sessions', [CompletionResultType]::ParameterValue, 'Meetings: trainings, coaching, meetups; RSVPs, attendance, calendar export')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'Mail cop wrote (invitations, reminders): what was sent, what is pending, retry')
            [CompletionResult]::new('meetup', 'meetup', [CompletionResultType]::ParameterValue, 'The recurring meetup: plan dates and rotate volunteer facilitators')
            [CompletionResult]::new('pairs', 'pairs', [CompletionResultType]::ParameterValue, 'Pair members, or make groups of up to 8, for peer support, avoiding earlier partners')
            [CompletionResult]::new('resources', 'resources', [CompletionResultType]::ParameterValue, 'Links, books and articles suggested in assists or gathered by the community')
            [CompletionResult]::new('stories', 'stories', [CompletionResultType]::ParameterValue, 'Value-creation stories: what members took from an assist, a popup or a session')
            [CompletionResult]::new('tags', 'tags', [CompletionResultType]::ParameterValue, 'The shared vocabulary: list tags with their uses, rename, merge, alias')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports: engagement levels, growth and movement month by month, learning needs, activity, and one HTML page to share')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the whole community as one JSON document (every record, links by UUID)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Merge a document from `cop export` by UUID: newer records win; all or nothing')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Share the community with other organizers'' copies through a synced folder (Syncthing, git)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database to PATH while others may be writing (SQLite online backup)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the database: integrity, links, schema version, file mode, where it lives')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The operation log: every change, newest first; `log show OP` details one')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Take back an operation (the latest by default); an undo is itself an operation')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Fill a throwaway database with a small sample community to explore')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;help;init' {
            break
        }
        'cop;help;members' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member and print their id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List members, filtered and sorted')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one member in full')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a member''s fields; add and remove tags and availability windows')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive members: they keep their history but are offered for nothing')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Bring archived members back')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Delete a member and every link to them, for privacy (asks first; --yes off a terminal)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add or update members from a CSV (or JSON) file; all or nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print every member (archived too) as CSV (default) or JSON (--format json), in the form `import` reads back')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Leave a member out of pairing, popup match and assist match until a day')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Bring a paused member (or a ghost of pairing) back at once')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Join two records of one person: DROP''s links, tags and history move to KEEP, and DROP''s UUID becomes KEEP''s alias (asks first; --yes off a terminal)')
            break
        }
        'cop;help;members;add' {
            break
        }
        'cop;help;members;list' {
            break
        }
        'cop;help;members;show' {
            break
        }
        'cop;help;members;edit' {
            break
        }
        'cop;help;members;archive' {
            break
        }
        'cop;help;members;restore' {
            break
        }
        'cop;help;members;forget' {
            break
        }
        'cop;help;members;import' {
            break
        }
        'cop;help;members;export' {
            break
        }
        'cop;help;members;pause' {
            break
        }
        'cop;help;members;resume' {
            break
        }
        'cop;help;members;merge' {
            break
        }
        'cop;help;popup' {
            [CompletionResult]::new('propose', 'propose', [CompletionResultType]::ParameterValue, 'Propose a learning popup and print its id; the proposer joins it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List popups (open ones by default)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a popup: tags, proposer, expert, members by status, agenda, sessions')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a popup''s title, description, tags, expert or size')
            [CompletionResult]::new('match', 'match', [CompletionResultType]::ParameterValue, 'Rank active members who would want to learn this, and possible experts, with why')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite members to a popup')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Join a member to a popup (past --max they wait in line)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Take a member out of a popup; the first in line gets the place')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Record that a member declined a popup; they are not offered it again')
            [CompletionResult]::new('agenda', 'agenda', [CompletionResultType]::ParameterValue, 'The popup''s learning agenda: ordered items')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Create the popup''s sessions (--at), or suggest times when most can come (--suggest)')
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Learning needs many members share that no open popup covers')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Mark a popup done')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a popup and its sessions still to come')
            break
        }
        'cop;help;popup;propose' {
            break
        }
        'cop;help;popup;list' {
            break
        }
        'cop;help;popup;show' {
            break
        }
        'cop;help;popup;edit' {
            break
        }
        'cop;help;popup;match' {
            break
        }
        'cop;help;popup;invite' {
            break
        }
        'cop;help;popup;join' {
            break
        }
        'cop;help;popup;leave' {
            break
        }
        'cop;help;popup;decline' {
            break
        }
        'cop;help;popup;agenda' {
            break
        }
        'cop;help;popup;schedule' {
            break
        }
        'cop;help;popup;suggest' {
            break
        }
        'cop;help;popup;close' {
            break
        }
        'cop;help;popup;cancel' {
            break
        }
        'cop;help;assist' {
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask for a peer assist: a member (or their group) brings a challenge and seeks listeners with relevant experience; prints the request''s id')
            [CompletionResult]::new('match', 'match', [CompletionResultType]::ParameterValue, 'Rank possible listeners for a request, with reasons: expertise in its tags first, then past assists on them, then interests; the busy and those who heard the presenter lately rank lower. --invite N invites the best N')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'A member joins a request as a listener')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'A member declines a request (a listener who joined leaves it)')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Times when a request''s people are free (--suggest), or its session (--at)')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Record an assist that happened: every step as flags, or --from FILE; on a terminal with steps missing, walks you through them, saving each as it is answered')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'The live guide for the facilitator: each step with its time box and the time left, notes saved as a draft as you type them (resume with --resume N); `run N` starts from request N with its people filled in')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List assists, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one assist in full (--format markdown gives notes to share with the group)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an assist: set fields, add notes and people, or replace it all with --from FILE')
            [CompletionResult]::new('followups', 'followups', [CompletionResultType]::ParameterValue, 'Open next steps, oldest due first')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark a next step done')
            break
        }
        'cop;help;assist;request' {
            break
        }
        'cop;help;assist;match' {
            break
        }
        'cop;help;assist;join' {
            break
        }
        'cop;help;assist;decline' {
            break
        }
        'cop;help;assist;schedule' {
            break
        }
        'cop;help;assist;log' {
            break
        }
        'cop;help;assist;run' {
            break
        }
        'cop;help;assist;list' {
            break
        }
        'cop;help;assist;show' {
            break
        }
        'cop;help;assist;edit' {
            break
        }
        'cop;help;assist;followups' {
            break
        }
        'cop;help;assist;done' {
            break
        }
        'cop;help;sessions' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Schedule a session and print its id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sessions in time order')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one session: RSVPs, attendance, facilitators, linked popup or assist')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a session (calendars pick up the change on the next export)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a session; it stays listed, and calendars show it as cancelled')
            [CompletionResult]::new('rsvp', 'rsvp', [CompletionResultType]::ParameterValue, 'Record members'' answers; past capacity a yes goes on the waitlist')
            [CompletionResult]::new('attend', 'attend', [CompletionResultType]::ParameterValue, 'Record who actually came (or --remove)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write sessions as an iCalendar file (RFC 5545) that calendar apps import')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Mail members the session (announcement or --reminder) with a calendar request')
            [CompletionResult]::new('replies', 'replies', [CompletionResultType]::ParameterValue, 'Record the RSVPs in calendar replies (iTIP REPLY in .ics, .eml or mbox files)')
            break
        }
        'cop;help;sessions;add' {
            break
        }
        'cop;help;sessions;list' {
            break
        }
        'cop;help;sessions;show' {
            break
        }
        'cop;help;sessions;edit' {
            break
        }
        'cop;help;sessions;cancel' {
            break
        }
        'cop;help;sessions;rsvp' {
            break
        }
        'cop;help;sessions;attend' {
            break
        }
        'cop;help;sessions;export' {
            break
        }
        'cop;help;sessions;invite' {
            break
        }
        'cop;help;sessions;replies' {
            break
        }
        'cop;help;outbox' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every message cop wrote: for what, to whom, when sent, the last error')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Deliver the messages not sent yet (each one once, in order; stops at a failure)')
            break
        }
        'cop;help;outbox;list' {
            break
        }
        'cop;help;outbox;retry' {
            break
        }
        'cop;help;meetup' {
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Create the recurring meetup''s sessions, rotating volunteer facilitators fairly')
            break
        }
        'cop;help;meetup;plan' {
            break
        }
        'cop;help;pairs' {
            break
        }
        'cop;help;resources' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a resource and print its id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List resources, with a tag or from an assist')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one resource in full')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a resource''s title, link, note, tags or assist')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a resource (asks first; --yes in scripts)')
            break
        }
        'cop;help;resources;add' {
            break
        }
        'cop;help;resources;list' {
            break
        }
        'cop;help;resources;show' {
            break
        }
        'cop;help;resources;edit' {
            break
        }
        'cop;help;resources;remove' {
            break
        }
        'cop;help;stories' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a value-creation story and print its id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List stories, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one story in full')
            break
        }
        'cop;help;stories;add' {
            break
        }
        'cop;help;stories;list' {
            break
        }
        'cop;help;stories;show' {
            break
        }
        'cop;help;tags' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tags with how many members, popups and resources use each, and their aliases')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a tag; the old name stays as an alias, so it still finds the tag')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Fold tags into one: move their links, delete them, keep their names as aliases (asks first; --yes off a terminal)')
            [CompletionResult]::new('alias', 'alias', [CompletionResultType]::ParameterValue, 'Make another spelling stand for a tag, or remove one with --remove')
            break
        }
        'cop;help;tags;list' {
            break
        }
        'cop;help;tags;rename' {
            break
        }
        'cop;help;tags;merge' {
            break
        }
        'cop;help;tags;alias' {
            break
        }
        'cop;help;report' {
            [CompletionResult]::new('engagement', 'engagement', [CompletionResultType]::ParameterValue, 'Each active member''s level (Wenger-Trayner''s core, active, occasional, peripheral, transactional) from their participations in the window: sessions attended and facilitated, assists presented, listened to or facilitated (not drafts), popups joined; the role is shown beside the level, which it no longer decides (trainers and guests stay transactional). The table ends with each level''s share beside the typical one')
            [CompletionResult]::new('growth', 'growth', [CompletionResultType]::ParameterValue, 'For each month: members at each level at the month''s end, and how many moved up or down since the month before. A member counts from the month they joined')
            [CompletionResult]::new('movement', 'movement', [CompletionResultType]::ParameterValue, 'For each month: how many moved between each pair of levels (a transition matrix and a flow chart), and what those who moved up had taken part in during the two months before (popups joined, assists, sessions)')
            [CompletionResult]::new('html', 'html', [CompletionResultType]::ParameterValue, 'One self-contained HTML page for the core group and sponsors: levels over time, movement, learning needs against popups, popups and assists per month, follow-ups, the facilitator rotation and value stories; inline CSS and SVG, no script, every chart with its numbers in a table')
            [CompletionResult]::new('needs', 'needs', [CompletionResultType]::ParameterValue, 'Each learning need: who needs it, who has the expertise, which popups cover it')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Per month: sessions by kind, assists, popups proposed and done, distinct participants')
            break
        }
        'cop;help;report;engagement' {
            break
        }
        'cop;help;report;growth' {
            break
        }
        'cop;help;report;movement' {
            break
        }
        'cop;help;report;html' {
            break
        }
        'cop;help;report;needs' {
            break
        }
        'cop;help;report;activity' {
            break
        }
        'cop;help;export' {
            break
        }
        'cop;help;import' {
            break
        }
        'cop;help;sync' {
            break
        }
        'cop;help;backup' {
            break
        }
        'cop;help;doctor' {
            break
        }
        'cop;help;log' {
            break
        }
        'cop;help;undo' {
            break
        }
        'cop;help;demo' {
            break
        }
        'cop;help;completions' {
            break
        }
        'cop;help;man' {
            break
        }
        'cop;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
