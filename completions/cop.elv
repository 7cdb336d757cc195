
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
            cand --format 'How to print data'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the database (any write also creates it)'
            cand members 'People in the community: their interests, needs, expertise and availability'
            cand doctor 'Check the database: integrity, links, schema version, file mode, where it lives'
            cand backup 'Copy the database to PATH while others may be writing (SQLite online backup)'
            cand demo 'Fill a throwaway database with a small sample community to explore'
            cand completions 'Print shell completions'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;init'= {
            cand --name 'The community''s name'
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;members'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
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
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cop;members;add'= {
            cand --email 'email'
            cand --role 'member, core, trainer or guest'
            cand --interest 'Something they care about (repeat, or comma-separated)'
            cand --need 'Something they want to learn'
            cand --expertise 'Something they could teach'
            cand --region 'region'
            cand --timezone 'IANA time zone of their availability, like America/Chicago'
            cand --available 'A weekly window they are free, like "fri 12:00-13:00" (repeat)'
            cand --joined 'When they joined [default: today]'
            cand --note 'note'
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data'
            cand --facilitator 'Volunteers to facilitate sessions'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;members;list'= {
            cand --interest 'Only members with this interest (repeat: all of them)'
            cand --need 'Only members who need this'
            cand --expertise 'Only members with this expertise'
            cand --role 'role'
            cand --region 'region'
            cand --status 'status'
            cand --sort 'sort'
            cand --limit 'At most N members'
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data'
            cand --facilitator 'Only volunteer facilitators'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;members;show'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;members;edit'= {
            cand --name 'name'
            cand --email 'New email ("" removes it)'
            cand --role 'role'
            cand --region 'New region ("" removes it)'
            cand --timezone 'New time zone ("" removes it)'
            cand --joined 'joined'
            cand --note 'New note ("" removes it)'
            cand --add-interest 'add-interest'
            cand --remove-interest 'remove-interest'
            cand --add-need 'add-need'
            cand --remove-need 'remove-need'
            cand --add-expertise 'add-expertise'
            cand --remove-expertise 'remove-expertise'
            cand --add-available 'add-available'
            cand --remove-available 'remove-available'
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data'
            cand --facilitator 'Mark as a volunteer facilitator'
            cand --no-facilitator 'No longer a volunteer facilitator'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;members;archive'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;members;restore'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;members;forget'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;members;import'= {
            cand --map 'Read a column under another header, like "Email Address=email" (repeat)'
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data'
            cand --dry-run 'Check every row and report what would change, without writing'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;members;export'= {
            cand --out 'Write to FILE instead of stdout'
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
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
        &'cop;members;help;help'= {
        }
        &'cop;doctor'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;backup'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data'
            cand --force 'Replace PATH if it exists'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;demo'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data'
            cand --here 'Fill the default database (or --db / COP_DB) instead of a throwaway one; refused when it already has members'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;completions'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;man'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/cop/cop.db]'
            cand --format 'How to print data'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only ids (and errors)'
            cand --quiet 'Print only ids (and errors)'
            cand --no-input 'Never prompt, even on a terminal: a missing value is an error'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cop;help'= {
            cand init 'Create the database (any write also creates it)'
            cand members 'People in the community: their interests, needs, expertise and availability'
            cand doctor 'Check the database: integrity, links, schema version, file mode, where it lives'
            cand backup 'Copy the database to PATH while others may be writing (SQLite online backup)'
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
        &'cop;help;doctor'= {
        }
        &'cop;help;backup'= {
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
