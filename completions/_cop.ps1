
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database (any write also creates it)')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'People in the community: their interests, needs, expertise and availability')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the database: integrity, links, schema version, file mode, where it lives')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database to PATH while others may be writing (SQLite online backup)')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Fill a throwaway database with a small sample community to explore')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;init' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The community''s name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;members' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
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
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cop;members;add' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'member, core, trainer or guest')
            [CompletionResult]::new('--interest', '--interest', [CompletionResultType]::ParameterName, 'Something they care about (repeat, or comma-separated)')
            [CompletionResult]::new('--need', '--need', [CompletionResultType]::ParameterName, 'Something they want to learn')
            [CompletionResult]::new('--expertise', '--expertise', [CompletionResultType]::ParameterName, 'Something they could teach')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'region')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'IANA time zone of their availability, like America/Chicago')
            [CompletionResult]::new('--available', '--available', [CompletionResultType]::ParameterName, 'A weekly window they are free, like "fri 12:00-13:00" (repeat)')
            [CompletionResult]::new('--joined', '--joined', [CompletionResultType]::ParameterName, 'When they joined [default: today]')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'note')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--facilitator', '--facilitator', [CompletionResultType]::ParameterName, 'Volunteers to facilitate sessions')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;members;list' {
            [CompletionResult]::new('--interest', '--interest', [CompletionResultType]::ParameterName, 'Only members with this interest (repeat: all of them)')
            [CompletionResult]::new('--need', '--need', [CompletionResultType]::ParameterName, 'Only members who need this')
            [CompletionResult]::new('--expertise', '--expertise', [CompletionResultType]::ParameterName, 'Only members with this expertise')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'role')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'region')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'status')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'sort')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N members')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--facilitator', '--facilitator', [CompletionResultType]::ParameterName, 'Only volunteer facilitators')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;members;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;members;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'New email ("" removes it)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'role')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'New region ("" removes it)')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'New time zone ("" removes it)')
            [CompletionResult]::new('--joined', '--joined', [CompletionResultType]::ParameterName, 'joined')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'New note ("" removes it)')
            [CompletionResult]::new('--add-interest', '--add-interest', [CompletionResultType]::ParameterName, 'add-interest')
            [CompletionResult]::new('--remove-interest', '--remove-interest', [CompletionResultType]::ParameterName, 'remove-interest')
            [CompletionResult]::new('--add-need', '--add-need', [CompletionResultType]::ParameterName, 'add-need')
            [CompletionResult]::new('--remove-need', '--remove-need', [CompletionResultType]::ParameterName, 'remove-need')
            [CompletionResult]::new('--add-expertise', '--add-expertise', [CompletionResultType]::ParameterName, 'add-expertise')
            [CompletionResult]::new('--remove-expertise', '--remove-expertise', [CompletionResultType]::ParameterName, 'remove-expertise')
            [CompletionResult]::new('--add-available', '--add-available', [CompletionResultType]::ParameterName, 'add-available')
            [CompletionResult]::new('--remove-available', '--remove-available', [CompletionResultType]::ParameterName, 'remove-available')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--facilitator', '--facilitator', [CompletionResultType]::ParameterName, 'Mark as a volunteer facilitator')
            [CompletionResult]::new('--no-facilitator', '--no-facilitator', [CompletionResultType]::ParameterName, 'No longer a volunteer facilitator')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;members;archive' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;members;restore' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;members;forget' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;members;import' {
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Read a column under another header, like "Email Address=email" (repeat)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row and report what would change, without writing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;members;export' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
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
        'cop;members;help;help' {
            break
        }
        'cop;doctor' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace PATH if it exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;demo' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--here', '--here', [CompletionResultType]::ParameterName, 'Fill the default database (or --db / COP_DB) instead of a throwaway one; refused when it already has members')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;man' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: $XDG_DATA_HOME/cop/cop.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (and errors)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal: a missing value is an error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cop;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database (any write also creates it)')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'People in the community: their interests, needs, expertise and availability')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the database: integrity, links, schema version, file mode, where it lives')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database to PATH while others may be writing (SQLite online backup)')
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
        'cop;help;doctor' {
            break
        }
        'cop;help;backup' {
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
