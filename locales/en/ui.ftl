# Interface text of Chợ Phiên, English. Message ids are shared by every language.

## Command line

cli-about = Chợ Phiên: learn to open and run an online shop, step by step, offline.
cli-data-dir = Folder for learners' progress (default: the system's data folder; also CHOPHIEN_DATA)
cli-pack = Run a lesson pack folder instead of the built-in course
cli-lang = Language of the interface and lessons (a tag such as vi or en)
cli-ascii = Draw the interface with plain ASCII characters (for terminals without Unicode fonts; also CHOPHIEN_ASCII=1)
cli-check-about = Check a lesson pack (or the built-in course) and list every problem with file:line:col
cli-check-path = The pack folder (the folder holding course.toml); without it, the built-in course
cli-format = Output format: text or json (default: text)
cli-lessons-about = List the modules and lessons with the share of text translated per language
cli-unknown-format = Unknown format "{ $found }": use text or json.
cli-error = Error: { $detail }

# Help (--help) and command-line errors. Command and flag names (--lang, check) stay as they are.
# $usage is where the program puts the usage; keep { $usage } as it is.
cli-usage-line = Usage: { $usage }
cli-commands-heading = Commands
cli-arguments-heading = Arguments
cli-options-heading = Options
cli-help = Print this help
cli-version = Print the version
cli-value-options = OPTIONS
cli-value-command = COMMAND
cli-value-lang = LANGUAGE
cli-value-folder = FOLDER
cli-value-format = FORMAT
cli-value-file = FILE
cli-value-platform = PLATFORM
cli-err-unknown-argument = unexpected argument "{ $arg }".
cli-err-unknown-command = there is no command "{ $arg }".
cli-err-invalid-value = "{ $value }" is not a value { $arg } takes.
cli-err-missing-value = { $arg } needs a value.
cli-err-used-twice = { $arg } can be given only once.
cli-err-conflict = { $arg } cannot be used with { $other }.
cli-err-other = the command line is not right ({ $arg }).
cli-err-other-plain = the command line is not right.
cli-err-valid-values = Possible values: { $values }
cli-err-suggest = Did you mean "{ $suggestion }"?
cli-err-more = For help, run: { $command }
cli-lang-unknown = Warning: there is no language "{ $requested }" (asked for by { $source }). Languages available: { $available }. Using { $used }.

## check

check-summary = { $errors ->
    [0] No errors
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [0] no warnings
    [one] 1 warning
   *[other] { $warnings } warnings
} in { $path }.
check-severity-error = error
check-severity-warning = warning
check-help = help

## lessons

lessons-header = Lessons in { $path }
lessons-module = Module: { $title } ({ $id })
lessons-steps = { $count ->
    [one] 1 step
   *[other] { $count } steps
}
lessons-unavailable = unavailable: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, run "chophien check"

## Diagnostics: diag-<code> is the problem, diag-<code>-help says what to do.

diag-unreadable = could not read this file or folder { $detail }
diag-unreadable-help = Check that the file exists and that you may read it.
diag-not-utf8 = this file is not UTF-8 text
diag-not-utf8-help = Save the file as UTF-8 in your editor.
diag-file-too-large = this file is larger than { $limit } bytes and was not read
diag-file-too-large-help = Split the text into smaller lessons, or make the picture smaller.
diag-pack-too-large = the pack is larger than { $limit } bytes; the rest was not read
diag-pack-too-large-help = Remove large files you do not need, or split the pack.
diag-too-many-files = the pack has more than { $limit } files; the rest were not read
diag-too-many-files-help = Remove files the course does not use.
diag-too-deep = folders are nested too deeply here; this folder was not read
diag-too-deep-help = Keep lessons one folder deep, media at most a few folders below.
diag-missing-file = this file is missing
diag-missing-file-help = Create it; every folder needs text in the course's base language.
diag-toml-syntax = { $kind ->
    [duplicate] this name is used twice in the same block
    [quote] this text has no straight quotes around it
    [unclosed] a quote or bracket opened here is never closed
    [line-end] something is left over on this line after the value
    [equals] this line has no "=" between the name and the value
   *[other] this is not valid TOML: { $detail }
}
diag-toml-syntax-help = Look for a missing quote, bracket or "=" on this line or the one before.
diag-unknown-field = unknown field "{ $field }" in { $context }
diag-unknown-field-help = Check the spelling. Fields allowed here: { $expected }.
diag-missing-field = the required field "{ $field }" is missing
diag-missing-field-help = Add { $field } = ... here.
diag-wrong-type = { $kind ->
    [number-or-text] a value in [vars] is a whole number, like 7000, or text in straight quotes, like "mật ong"
    [number] this field takes a whole number, digits only, like 7000
    [text] this field takes text in straight quotes, like "photo-light"
    [list] this field takes a list in square brackets, like ["a", "b"]
    [bool] this field takes true or false
    [table] this field takes a block of fields, like {"{"} text = "..." {"}"}
    [other] wrong value: { $detail }
   *[example] wrong value; write it like this: { $detail }
}
diag-wrong-type-help = See lessons/README.md for the kind of value this field takes.
diag-format-too-new = format_version { $found } is newer than this program understands ({ $supported })
diag-format-too-new-help = Update Chợ Phiên, or ask the pack's author for a version-{ $supported } pack.
diag-unknown-step-type = unknown step type "{ $found }"
diag-unknown-step-type-help = Use one of: { $expected }.
diag-bad-id = "{ $id }" is not a valid id
diag-bad-id-help = Ids use small letters a-z, digits and single dashes, such as photo-light or hint-2.
diag-duplicate-id = the id "{ $id }" is used twice
diag-duplicate-id-help = Give each one a different id.
diag-missing-lesson = lesson "{ $id }" is listed but { $file } does not exist
diag-missing-lesson-help = Create the lesson folder with a lesson.toml, or remove the lesson from this list.
diag-unlisted-lesson = lesson folder "{ $id }" is not listed in any module of course.toml
diag-unlisted-lesson-help = Add "{ $id }" to a module's lessons, or remove the folder.
diag-empty-module = module "{ $id }" has no lessons
diag-empty-module-help = List at least one lesson in lessons = [...].
diag-ftl-syntax = this is not valid Fluent: { $detail }
diag-ftl-syntax-help = Each message is "id = text"; continued lines start with spaces; braces must pair.
diag-ftl-too-deep = braces are nested more than { $limit } deep; the file was not read
diag-ftl-too-deep-help = Messages need only a few levels of braces. Remove the extra ones.
diag-duplicate-message = message "{ $id }" is defined twice in this file
diag-duplicate-message-help = Remove or rename one of them; only the first is used.
diag-missing-message = message "{ $id }" is not in { $file }
diag-missing-message-help = Add "{ $id } = ..." to that file, or correct the id here.
diag-unused-message = message "{ $id }" is not in the base language ({ $base })
diag-unused-message-help = It may be an old or misspelled id: compare with the { $base } file.
diag-undeclared-variable = message "{ $id }" uses the variable ${ $name }, which is not declared
diag-undeclared-variable-help = Declare it under [vars] in lesson.toml, or use $learner.
diag-unknown-function = unknown function { $name }()
diag-unknown-function-help = Functions you can use: { $expected }.
diag-unknown-language = unknown language "{ $tag }"
diag-unknown-language-help = Use a tag listed in locales/languages.toml, or add the language there.
diag-bad-language-tag = "{ $tag }" is not a valid language tag
diag-bad-language-tag-help = Use a BCP 47 tag such as vi, en or hnj-Latn-VN.
diag-choice-correct-count = a choice step needs exactly one correct option; this one has { $count }
diag-choice-correct-count-help = Mark one option with correct = true. For several right answers use type = "multi".
diag-no-correct-option = no option is marked correct
diag-no-correct-option-help = Mark at least one option with correct = true.
diag-too-few-options = a question needs at least 2 options; this one has { $count }
diag-too-few-options-help = Add options = [ {"{"} text = "..." {"}"}, ... ].
diag-too-few-items = an order step needs at least 2 items; this one has { $count }
diag-too-few-items-help = List the items in the right order: items = ["first", "second", ...].
diag-no-hints = step "{ $id }" has no hints
diag-no-hints-help = Add hints = ["..."]: a learner who is stuck needs a next step.
diag-bad-tolerance = tolerance cannot be negative
diag-bad-tolerance-help = Use 0 for an exact answer, or how far off an answer may be.
diag-text-no-check = a text step needs accepted answers or ideas to check
diag-text-no-check-help = Add accept = ["message-id"] or ideas = [ {"{"} label = "...", words = "..." {"}"} ].
diag-text-both-checks = a text step has both accept and ideas
diag-text-both-checks-help = Keep one: accept for short exact answers, ideas for longer writing.
diag-bad-length-limits = length limits must be whole numbers, and the minimum no larger than the maximum
diag-bad-length-limits-help = For example min_words = 10 and max_words = 80.
diag-missing-media = the picture { $path } does not exist
diag-missing-media-help = Put the file there, or correct the path (it is relative to the lesson folder).
diag-bad-media-path = the path "{ $path }" is not allowed
diag-bad-media-path-help = Use a path inside the lesson folder, such as media/honey.png, without "..".
diag-missing-picture-alt = this picture has no picture_alt
diag-missing-picture-alt-help = Add picture_alt = "message-id" describing what the picture shows.
diag-empty-answer-list = the list is empty
diag-empty-answer-list-help = Add at least one entry.
diag-unknown-step = there is no step called "{ $id }" in this lesson
diag-unknown-step-help = next = "..." must be the id of a step in the same lesson. Check the spelling.
diag-step-loop = the steps go round in a circle back to step "{ $id }" and the lesson never ends
diag-step-loop-help = Change next = "..." so that the lesson's way through has an end.
diag-unknown-node = there is no node called "{ $id }" in this scenario
diag-unknown-node-help = next = "..." and start = "..." must be the id of a node in nodes. Check the spelling.
diag-unreachable-node = no reply leads to node "{ $id }"
diag-unreachable-node-help = Add a reply with next = "{ $id }", or remove the node.
diag-node-never-ends = from node "{ $id }" the learner goes round for ever and never reaches an ending
diag-node-never-ends-help = Let at least one reply lead to a node with ending = "good" or ending = "poor".
diag-no-good-ending = the scenario has no way to a good ending
diag-no-good-ending-help = Add a node with ending = "good" and replies that lead to it.
diag-node-choices-or-ending = node "{ $id }" needs either choices (the replies) or an ending, not both
diag-node-choices-or-ending-help = A node on the way has choices = [...]. An ending node has ending = "good" or ending = "poor".
diag-too-many-problems = { $count } more problems in this file are not listed
diag-too-many-problems-help = Fix the problems listed above and run the check again; often one mistake causes many.

## The tutor

app-name = Chợ Phiên
too-small = The window is too small. Please make it larger (at least { $width } × { $height }).
run-needs-terminal = Chợ Phiên needs a terminal window. Start it from a terminal.
run-no-data-dir = No folder for progress was found. Use --data-dir FOLDER or set CHOPHIEN_DATA.

store-waiting = Another Chợ Phiên is using your progress. Waiting for it to finish…
store-busy = Another Chợ Phiên is still using your progress. Close it, then start again.
store-disk-full = The disk is full. Your progress is safe, but Chợ Phiên cannot start. Delete some files you do not need, then start again. (Folder: { $path })
store-no-access = Chợ Phiên is not allowed to open your progress. Nothing was changed. Ask your trainer to check the rights of { $path }.
store-folder = The progress folder { $path } cannot be used. Nothing was changed. ({ $detail })
store-cannot-move-aside = Your progress file is damaged and could not be put aside: { $path }. Nothing was deleted. Please tell your trainer. ({ $detail })
store-failed = Your progress could not be opened. Nothing was changed. Please tell your trainer. ({ $detail })

languages-title = Choose your language
language-draft = (draft translation)
name-title = What is your name?
rename-title = Change the name
name-hint = Type your name, then press Enter.
profiles-title = Who is learning?
profiles-new = New learner

home-greeting = Hello, { $name }! Choose a lesson.
home-empty = No lesson can be opened. Ask your trainer.
lesson-new = new
lesson-started = { $done } of { $total } steps
lesson-finished = done
lesson-unavailable = cannot open

step-counter = Step { $current } of { $total }
multi-instruction = Choose every right answer, then press Enter.
number-instruction = Type the number, then press Enter.
number-invalid = Please type the number in digits, for example { $example }.
number-too-low = This number is too low.
number-too-high = This number is too high.
text-counts = { $words ->
    [one] 1 word
   *[other] { $words } words
}
text-min-words = at least { $count }
text-max-words = at most { $count }
text-no-match = This is not the answer we were looking for.
text-missing-ideas = Your answer does not say yet:
text-too-short = Write a little more: at least { $count } words.
text-too-long = This is too long: at most { $count } words.
text-too-short-chars = Write a little more: at least { $count } letters.
text-too-long-chars = This is too long: at most { $count } letters.
text-chars = { $chars } letters
text-ideas-expected = A good answer says:
text-ideas-forbidden = Do not write:
claim-cure = You wrote "{ $words }": never say the product cures or treats an illness. It is food, not medicine.
claim-superlative = You wrote "{ $words }": do not praise it as "the best" or "number one". Say what a buyer can check.
claim-phone = You wrote the phone number "{ $words }": platforms do not allow phone numbers. Buyers message you on the platform.
claim-link = You wrote the link "{ $words }": do not send buyers off the platform.
claim-email = You wrote the e-mail address "{ $words }": do not give contact details off the platform.
claim-off-platform-contact = You wrote "{ $words }": do not invite buyers to Zalo or Facebook. Talk on the platform.
order-yours = Your order:
order-empty = (nothing yet: press the number of the first one)
order-left = Still to place:
order-ready = All placed. Press Enter to check.
order-wrong = The steps marked with a cross are in the wrong place. Press Backspace to take steps back.
scenario-buyer = Buyer:
scenario-you = You:
scenario-your-reply = How do you reply? Choose one, then press Enter.
scenario-debrief = Looking back at each of your replies:
scenario-poor-ending = The talk did not end well. Press Backspace to take back your last reply, then choose another.
prompt-choose-reply = Choose a reply, then press Enter.
prompt-tick-something = Choose at least one answer: press its number. Then press Enter.
prompt-place-every = Place every item, then press Enter to check.
prompt-type-something = Type your answer in the box, then press Enter.
multi-missed = { $count ->
    [one] One right answer is not chosen yet.
   *[other] { $count } right answers are not chosen yet.
}
multi-wrongly-picked = { $count ->
    [one] One answer you chose is not right.
   *[other] { $count } answers you chose are not right.
}

feedback-right = Right!
feedback-wrong = Not quite.
feedback-try-again = Try again.
feedback-revealed = Here is the answer:
feedback-go-on = Press Enter to go on.
hint-label = Hint { $number }:

finished-title = Well done, { $name }! You finished "{ $title }".
finished-body = Your progress is saved. Press Enter for the next lesson.
finished-body-last = This was the last lesson. Your progress is saved. Press Enter to go back to the list of lessons.

notice-database-moved = Your old progress file was damaged. It was kept safe at { $path }, and a new one was started. Please tell your trainer.
notice-save-failed = Your last step could not be saved ({ $detail }). Please tell your trainer.
notice-lessons-unavailable = { $count ->
    [one] 1 lesson has mistakes and cannot be opened.
   *[other] { $count } lessons have mistakes and cannot be opened.
} Your trainer can find them with "chophien check".
notice-continue = Press Enter to continue.

## Help bar

key-enter = Enter
key-esc = Esc
key-space = Space
key-backspace = Backspace
key-delete = Delete
help-choose = Choose
help-ok = OK
help-open = Open
help-next = Next
help-check = Check
help-continue = Continue
help-move = Move
help-digits-pick = Pick
help-digits-tick = Tick
help-digits-place = Place
help-place = Place
help-undo = Take back
help-undo-reply = Choose again
help-reply = Reply
help-previous = Back a step
help-back = Back
help-cancel = Cancel
help-home = Lessons
help-language = Language
help-learners = Learners
help-new = New learner
help-rename = Rename
help-quit = Quit
help-new-line = New line
help-input-method = Telex/VNI/Off
help-tone-style = hoà/hòa
typing-telex = Telex
typing-vni = VNI
typing-off = Plain typing
typing-tone-new = hoà
typing-tone-old = hòa

## photo-check: one verdict per photo, in plain words.

cli-photo-check-about = Check product photos before you upload them: size, shape, light, sharpness, background
cli-photo-check-files = The photos to check (JPG or PNG)
cli-photo-check-platform = The platform whose rules to use: tiktok-shop (the default), shopee or lazada
photo-check-passed = { $file }: good, ready to upload.
photo-check-advice = { $file }: can be used; it could be better:
photo-check-failed = { $file }: not ready yet:
photo-check-summary = { $passed } of { $total } photos ready.
photo-status-too-small = The photo is too small: its shorter side is { $measured } pixels, it needs at least { $limit }.
photo-status-not-square = The photo is not square. Square photos suit every platform.
photo-status-file-too-big = The file is too big: { $measured } KB, at most { $limit } KB.
photo-status-too-dark = The product is too dark. Take the photo by a window in daylight.
photo-status-too-bright = The photo is too bright: the product looks washed out. Move out of direct sun.
photo-status-blown-highlights = Part of the product is burnt white by a reflection. Turn the product or soften the light.
photo-status-low-contrast = The photo looks grey and flat. Use more light from one side.
photo-status-blurry = The photo is blurry. Hold the phone still, or rest it on something, and tap the product to focus.
photo-status-plain-not-white = The background is plain but not white. A white background is recommended.
photo-status-busy-background = The background is busy. Put the product on a plain white cloth or paper.
photo-status-product-too-small = The product is small in the photo: it fills { $measured } %, it should fill at least { $limit } %. Move closer.
photo-error-not-found = { $file }: there is no such file.
photo-error-unreadable = { $file }: this file cannot be opened.
photo-error-not-an-image = { $file }: this is not a photo.
photo-error-wrong-format = { $file }: this is a { $format } picture. Save it as JPG or PNG.
photo-error-truncated = { $file }: the file is cut off; copy it again from the phone.
photo-error-file-too-large = { $file }: the file is far too big to be a photo.
photo-error-too-many-pixels = { $file }: the picture is far too big ({ $width } × { $height } pixels).
photo-error-damaged = { $file }: the photo is damaged and cannot be read.

## Workshop phrases that the story builder and the listing kit add to the learner's words.

story-title = { $name } { $place } { $quantity }
story-heading-product = The product
story-heading-place-people = Where it comes from
story-heading-process = How it is made
story-heading-difference = What makes it different
story-heading-use-store = How to use and store it
story-heading-legal = Product information
story-heading-certificates = Certificates
story-ocop = OCOP { $stars }-star product, certificate dated { $day }/{ $month }/{ $year }.
listing-price = Price: { MONEY($price) }
listing-photos = Photos:
listing-photo-ready = - { $file }
listing-photo-not-ready = - { $file } (not ready yet: check this photo again)

## Class mode (chophien class …)

cli-class-about = Class mode: gather progress from many laptops, reports, certificates
cli-class-export-about = Write this laptop's learners and their progress to one file (for a USB stick)
cli-class-out = The file to write
cli-class-import-about = Add progress files from other laptops to this laptop
cli-class-files = The progress files to add
class-write-failed = Could not write { $path } ({ $detail }).
class-exported = { $learners ->
    [one] Wrote 1 learner
   *[other] Wrote { $learners } learners
} and { $answers ->
    [one] 1 answer
   *[other] { $answers } answers
} to { $path }.
class-import-file = { $file }: new learners { $new }, brought up to date { $updated }. New: answers { $answers }, steps done { $steps }, lessons done { $lessons }.
class-import-kept = { $count ->
    [one] 1 learner came from an older file. Their place in the lessons was kept.
   *[other] { $count } learners came from an older file. Their place in the lessons was kept.
}
class-import-already = { $file }: this file was added before. Nothing changed.
class-import-own = { $file }: this file comes from this laptop. Nothing to add.
class-import-truncated = { $file } is incomplete: it was cut off while copying. Copy it again from its laptop. Nothing from it was added.
class-import-damaged = { $file } is damaged. Nothing from it was added. ({ $detail })
class-import-not-export = { $file } is not a Chợ Phiên progress file. Nothing from it was added.
class-import-newer = { $file } comes from a newer Chợ Phiên (file version { $version }). Update this program first. Nothing from it was added.
class-import-checksum = { $file } was changed or damaged after it was written: its checksum does not match. Nothing from it was added.
class-import-too-large = { $file } is too large to be a progress file. Nothing from it was added.
class-import-unreadable = { $file } cannot be read ({ $detail }).
class-import-total = Added { $files } of { $total } files. This laptop now knows { $learners } learners and { $answers } answers.
cli-class-export-format = What to write: class (a progress file for "class import") or xapi (xAPI statements)
cli-class-report-about = Show every learner's progress in every lesson: completion, score, time spent
cli-class-report-format = Output format: table, csv (for LibreOffice and Excel) or json
cli-class-report-out = Write the report to this file instead of the screen
cli-class-pack = The lesson pack the class uses (default: the built-in course)
class-exported-xapi = Wrote { $count } xAPI statements about { $learners } learners to { $path }.
class-report-written = Wrote the report ({ $rows } rows) to { $path }.
report-no-learners = No learners yet. Add progress files with "chophien class import".
report-col-laptop = Laptop
report-col-learner-id = Learner number
report-col-learner = Learner
report-col-module = Module
report-col-lesson = Lesson
report-col-lesson-title = Lesson title
report-col-status = Status
report-col-steps-done = Steps done
report-col-steps-total = Steps in lesson
report-col-right = Right answers
report-col-answers = Answers
report-col-score = Score %
report-col-minutes = Minutes
report-col-last = Last activity (UTC)
report-status-not-started = not started
report-status-started = started
report-status-done = done
cli-class-send-about = Send the class's progress as xAPI statements to the NGO's learning record store (uses the network)
cli-class-send-lrs = The LRS endpoint, for example https://lrs.example.org/xAPI/
cli-class-send-user = The LRS user name
cli-class-send-password-file = A file whose first line is the LRS password
cli-class-send-timeout = Seconds to wait for the LRS before giving up
class-password-unreadable = Cannot read the password file { $file } ({ $detail }).
class-send-progress = Sent { $sent } of { $total } statements.
class-send-nothing = Nothing new to send: the LRS already has all { $total } statements.
class-send-done = Done: { $sent } statements sent now. The LRS has all { $total }.
class-send-already = { $count ->
    [one] 1 statement was already in the LRS with the same id (409). The LRS keeps the first copy.
   *[other] { $count } statements were already in the LRS with the same id (409). The LRS keeps the first copies.
}
class-send-resume = The LRS has { $sent } of { $total } statements. Run the same command again later to send the rest.
lrs-bad-url = "{ $url }" is not a web address. It must start with http:// or https://.
lrs-unauthorized = The LRS did not accept the user name or password (401). Check --user and the password file.
lrs-forbidden = This LRS account may not store statements (403). Ask the LRS administrator.
lrs-conflict = The LRS already has a different statement with the same id (409).
lrs-server = The LRS has a problem of its own (error { $status }). Try again later.
lrs-rejected = The LRS refused the statements (error { $status }): { $detail }
lrs-timeout = The LRS did not answer in time. Check the connection and try again.
lrs-unreachable = Cannot reach the LRS at { $url }. Check the network and the address. ({ $detail })
cli-class-certificate-about = Write a learner's certificate: one HTML page to print on A4
cli-class-certificate-profile = The learner: a name, or LAPTOP:NUMBER when two learners have the same name
cli-class-certificate-out = The HTML file to write (default: certificate-LAPTOP-NUMBER.html)
cli-class-certificate-date = The date on the certificate, as YYYY-MM-DD (default: today)
cli-class-set-centre-about = Set the name of the training centre, shown on certificates
cli-class-set-centre-name = The centre's name
class-centre-set = The centre's name is now "{ $name }".
class-no-centre = The centre has no name yet. Set it with: chophien class set-centre "NAME"
class-no-such-learner = No learner is called "{ $name }". See the names with "chophien class report".
class-several-learners = Several learners are called "{ $name }". Choose one with --profile and one of: { $keys }
class-bad-date = "{ $date }" is not a date. Write it as YYYY-MM-DD, for example 2026-11-05.
class-certificate-written = Wrote the certificate of { $name } to { $path }.
cert-title = Certificate of completion
cert-intro = This certifies that
cert-completed = has completed these modules of the Chợ Phiên course on selling online:
cert-no-modules = No module is complete yet.
cert-lessons = Lessons finished: { $done } of { $total }.
cert-date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
cert-given = Given at { $centre } on { $date }.
cert-given-no-centre = Given on { $date }.
cert-signature = Trainer
cli-class-set-pin-about = Set the trainer PIN that opens the class screen (changing it asks for the current one)
cli-class-reset-pin-about = Remove a forgotten trainer PIN (anyone who can use this laptop's account can do this)
pin-current = Current trainer PIN:
pin-new = New trainer PIN (4 to 8 digits):
pin-again = The new PIN again:
pin-invalid = A PIN is 4 to 8 digits. Nothing changed.
pin-mismatch = The two PINs are not the same. Nothing changed.
pin-set = The trainer PIN is set.
pin-wrong = Wrong PIN. { $left ->
    [one] 1 try left.
   *[other] { $left } tries left.
}
pin-locked = Too many wrong tries. Wait { $seconds } seconds and try again.
pin-reset = The trainer PIN was removed. Set a new one with "chophien class set-pin".
pin-none = No trainer PIN is set on this laptop.
help-sort = Sort
trainer-title = Trainer
trainer-pin-enter = Type the trainer PIN and press Enter.
trainer-pin-choose = No trainer PIN yet. Choose one: 4 to 8 digits.
trainer-pin-hint = A forgotten PIN can be removed with "chophien class reset-pin".
class-title = Class: { $learners ->
    [one] 1 learner
   *[other] { $learners } learners
}, { $help ->
    [one] 1 needs help
   *[other] { $help } need help
}
class-sorted = Sorted by { $order }. Press S to change.
class-sort-help = who needs help
class-sort-name = name
class-sort-lesson = lesson
class-sort-score = score
class-no-lesson = no lesson yet
class-help-mark = ! needs help: the same step failed 3 times, or a lesson left unfinished for 2 days.
## Workshops: the learner makes their own shop.

help-workshop = My shop
help-open-tool = Open
help-next-field = Next box
help-fields = Move
help-check-photo = Check photo
help-scroll = Scroll
diag-unknown-tool = unknown workshop "{ $found }"
diag-unknown-tool-help = Use one of: { $expected }.
step-workshop-open-price-sheet = Press Enter to open your price sheet.
step-workshop-open-story = Press Enter to write your product story.
step-workshop-open-photo = Press Enter to check your photos.
step-workshop-open-listing = Press Enter to see your listing.
step-workshop-done = Your work is saved.
ws-menu-title = My shop
ws-menu-hint = What you make here is saved for you. You can change it any time.
ws-made = made
ws-tool-price-sheet = Price sheet
ws-tool-story = Product story
ws-tool-photo = Photo check
ws-tool-listing = Listing kit
ws-error-empty = Please write a number here.
ws-error-not-a-number = This is not a number. Use digits only, like 50000.
ws-error-negative = This cannot be below zero.
ws-error-absurd = This is too big. At most { $max }.
ws-error-no-room = Fees and profit take { $percent } % of the price. No price can be enough. Ask for less profit.
ws-price-title = Price sheet
ws-price-intro = Write what one product costs you. Money is in đồng.
ws-price-produce-cost = Produce cost
ws-price-own-hours = Your hours
ws-price-hourly-value = One hour is worth
ws-price-packaging = Packaging
ws-price-shipping = Shipping you pay
ws-price-return-rate = Returns (%)
ws-price-platform = Where you sell
ws-price-margin = Profit you want (%)
ws-price-discount = Voucher (đồng or %)
ws-price-waiting = Fill in the boxes. Your price shows here.
ws-price-result = Your price:
ws-price-break-even = Lowest price without a loss:
ws-price-shares = From one sale:
ws-share-produce = produce
ws-share-labour = your work
ws-share-packaging = packaging
ws-share-shipping = shipping
ws-share-returns = returns
ws-share-fee = fee { $fee }
ws-share-profit = your profit
ws-price-voucher = With the voucher the buyer pays { $pays }. Your profit is { $profit }.
ws-price-voucher-loss = With the voucher the buyer pays { $pays }. Your profit is { $profit }. You lose money.
ws-story-title = Product story
ws-story-intro = Answer each question in a few words. Only write what is true.
ws-story-name = Product name
ws-story-place = Village or area
ws-story-quantity = Weight or size
ws-story-product = What is it?
ws-story-place-people = Who makes it, where?
ws-story-process = How is it made?
ws-story-difference = What is special?
ws-story-use-store = How to use and keep it?
ws-story-legal = Origin, shelf life, returns
ws-story-certificates = Certificates (if any)
ws-story-result = Your title and description:
ws-story-good = Good. Nothing to fix.
ws-issue-title-short = The title is short: { $chars } letters. Use at least { $min }.
ws-issue-title-long = The title is long: { $chars } letters. Use at most { $max }.
ws-issue-few-words = The description has { $words } words. Write at least { $min }.
ws-issue-description-short = The description is short: { $chars } letters. Use at least { $min }.
ws-issue-description-long = The description is long: { $chars } letters. Use at most { $max }.
ws-issue-unanswered = Please answer: { $question }
ws-issue-ocop = Check the OCOP stars and the date on your certificate.
ws-in-title = in the title
ws-in-description = in the description
ws-claim-cure = "{ $text }" { $where }: food cannot cure or treat illness. Say the taste and where it comes from.
ws-claim-superlative = "{ $text }" { $where }: do not say "the best" or "number one".
ws-claim-phone = "{ $text }" { $where }: no phone numbers. Buyers order on the platform.
ws-claim-link = "{ $text }" { $where }: no web links.
ws-claim-email = "{ $text }" { $where }: no e-mail addresses.
ws-claim-marketplace = "{ $text }" { $where }: do not name other places to buy.
ws-claim-off-platform-contact = "{ $text }" { $where }: no Zalo, Facebook or other contacts.
ws-claim-ocop-without-date = "{ $text }" { $where }: give the date of your OCOP certificate.
ws-photo-title = Photo check
ws-photo-intro = Write or paste where your photo is. Or choose one from the list.
ws-photo-path = Photo file
ws-photo-found = Photos on this computer:
ws-photo-none-found = No photos found in your folders.
ws-kit-title = Listing kit
ws-kit-no-story = No product story yet. Make it first.
ws-kit-no-price = No price yet. Make your price sheet first.
ws-kit-story-issues = Your story still has things to fix.
ws-kit-photos = Photos:
ws-kit-no-photos = No photos checked yet.
ws-kit-legal = The law asks every listing to say:
ws-legal-seller = your name, address and phone
ws-legal-tax-code = your personal tax code
ws-legal-quantity = weight, amount and quality
ws-legal-origin = where it comes from
ws-legal-shelf-life = how long it keeps
ws-legal-price = the price
ws-legal-delivery = the cost of delivery
ws-legal-payment = how to pay
ws-legal-returns = how to return or exchange
ws-kit-description = Description:
ws-kit-export = A trainer can save this listing to a file with: chophien export listing
cli-export-about = Save a learner's work to files
cli-export-listing-about = Save a learner's listing as text and as a CSV row
cli-export-profile = The learner's name
cli-export-out = The text file to write (the CSV goes beside it)
cli-value-name = NAME
export-no-profile = There is no learner called { $name }.
export-not-ready = { $name } has no story or no price sheet yet.
export-written = Listing written: { $text } and { $csv }
ws-results-below = After the last box, press ↓ to see all of the result.
ws-fee-payment = for payment
ws-fee-commission = commission
ws-fee-handling = per order
ws-fee-category-fixed = for the category
ws-fee-infrastructure = per order
ws-fee-piship = PiShip
ws-fee-content-xtra = Content Xtra
ws-fee-voucher-xtra = Voucher Xtra
ws-fee-tax-withheld = tax taken by the platform
ws-fee-affiliate = for creators
## Diagnostics for the mistakes trainers make most (see src/course/mistakes.rs).

diag-number-format = { $kind ->
    [currency] the number { $found } has a money sign after it
   *[separator] the number { $found } has dots or commas between its digits
}
diag-number-format-help = Write digits only: { $fixed }. The tutor adds the dots and ₫ itself when it shows money.
diag-curly-quotes = curly quote { $found } here; lesson files need straight quotes "
diag-curly-quotes-help = Type the quotes again as straight quotes, "like this". Phones and word processors curl them: write lesson files in a plain text editor.
diag-single-bracket = [{ $name }] has single brackets; each { $name } block needs double brackets
diag-single-bracket-help = Write [[{ $name }]] here, and at every other { $name } block.
diag-ftl-tab = this line is indented with a tab
diag-ftl-tab-help = Indent continued lines with spaces (4 is usual), never with tabs. The message that starts on line { $first-line } cannot be read until then.
diag-variable-without-dollar = message "{ $id }" writes {"{"} { $name } {"}"} without $, which names another message, not the variable
diag-variable-without-dollar-help = Write {"{"} ${ $name } {"}"}.
diag-variable-without-braces = message "{ $id }" has ${ $name } without braces: the learner sees "${ $name }" as typed
diag-variable-without-braces-help = Write {"{"} ${ $name } {"}"} so that the tutor puts the value in.
diag-money-without-format = message "{ $id }" prints ${ $name } as a bare number, like 2000
diag-money-without-format-help = For money write {"{"} MONEY(${ $name }) {"}"}: it shows 2.000 ₫ in Vietnamese and 2,000 ₫ in English.
diag-bad-formula = { $kind ->
    [grouped-number] a number in this formula has a dot or comma between the thousands: { $detail }
    [unknown-name] "{ $detail }" is not a name in [vars]
    [text-variable] "{ $detail }" holds words, not a number, so it cannot be counted
    [divide-by-zero] this formula divides by 0
    [too-big] the result of this formula is too large
    [cycle] these values are worked out from each other in a circle: { $detail }
    [syntax-end] this formula stops before it is finished
   *[syntax] this formula cannot be read at "{ $detail }"
}
diag-bad-formula-help = { $kind ->
    [grouped-number] Write numbers without dots or commas: 7000, not 7.000.
    [unknown-name] Use a name written in [vars] of this lesson. Put spaces around a minus sign: price - cost.
    [text-variable] Use a value that is a whole number.
    [divide-by-zero] Check what you divide by: it must not be 0.
    [too-big] Check the numbers: the result is more than a whole number can hold.
    [cycle] One of these values must be a plain number, or be worked out from other values.
   *[other] A formula starts with = and uses whole numbers, names from [vars], + - * / and brackets, for example "= price - cost".
}
diag-answer-not-from-vars = the answer { $answer } is none of the numbers from [vars] that "{ $id }" shows: { $vars }
diag-answer-not-from-vars-help = If the answer is worked out from [vars], write it as a formula so it always matches them, for example answer = "= { $name }".
diag-missing-translation = { $count } of { $total } messages are not translated in this file ({ $percent }% done): { $ids }
diag-missing-translation-help = Learners see these in another language, marked like ({ $base }). Copy them from { $base }.ftl and translate them.
diag-lesson-folder = this is a lesson folder, not a pack: there is no course.toml here
diag-lesson-folder-help = Run check on the folder that holds course.toml: chophien check { $parent }
diag-builtin-languages = the pack's languages.toml has errors, so the built-in list of languages is used
diag-builtin-languages-help = Fix the errors in it. Until then, languages the pack adds are not offered.
diag-translation-variables = the translation of "{ $id }" does not print the same variables as the { $base } text: { $kind ->
    [missing] it leaves out { $missing }
    [extra] it adds { $extra }
   *[both] it leaves out { $missing } and adds { $extra }
}
diag-translation-variables-help = Write the translation with the same variables in braces as the original, so learners see the right price and name.
diag-message-cycle = messages refer to each other in a circle: { $circle }
diag-message-cycle-help = A message must not call itself, not even through another one. Write the words into one message.
diag-expansion-too-long = message "{ $id }" fills in { $count } placeables, more than { $limit }: learners would see the text cut short
diag-expansion-too-long-help = Refer to fewer other messages, or write the words in directly.
diag-option-without-feedback = the wrong option "{ $option }" has no feedback
diag-option-without-feedback-help = Add feedback = "..." to this option: say why it is not right.
diag-bad-picture = this picture cannot be drawn: not a PNG or JPEG, damaged, or more than { $limit } pixels on a side
diag-bad-picture-help = Save the picture again as JPG or PNG; about 1000 pixels on the longest side is plenty.
diag-stale-translation = { $count } translated messages whose { $base } text changed after they were translated: { $ids }
diag-stale-translation-help = Translate them again from the new text, then run chophien coverage --mark-current.
diag-audio-unknown-message = the recording "{ $name }" is not named after a message of this lesson
diag-audio-unknown-message-help = { $kind ->
    [typo] Did you mean { $example }.ogg? Name each recording exactly as the id of the message it speaks, as written in { $base }.ftl.
   *[other] Name each recording exactly as the id of the message it speaks, as written in { $base }.ftl, such as { $example }.ogg. If the message was renamed or removed, rename or remove its recording too.
}
diag-audio-unknown-language = the folder "{ $folder }" is not a language of this course, so the recordings in it are not used
diag-audio-unknown-language-help = Put each recording in the folder of its language, named with the language's tag, such as media/audio/{ $base }/. The course's languages: { $expected }.
diag-bad-audio = this recording cannot be played: { $problem ->
    [extension] it is not an .ogg file
    [not-ogg] it is named .ogg, but it is not an Ogg file inside
    [codec] it is an Ogg file, but its sound is not Opus or Vorbis
   *[damaged] the file is damaged or cut short
}
diag-bad-audio-help = Export it from Audacity as Ogg (Opus or Vorbis), or convert it with a free tool such as ffmpeg, and name it { $id }.ogg. Changing only the name does not convert a file.
diag-audio-too-large = { $what ->
    [length] this recording lasts { $seconds } seconds; a recording may last at most { $limit } seconds
   *[size] this recording is { $size } KB; a recording may be at most { $limit } KB
}
diag-audio-too-large-help = { $what ->
    [length] Record one message in each file, and cut off the silence at the start and the end.
   *[size] Export it as Opus (about 32 kb/s is plenty for speech) or as Vorbis at low quality, in mono, one message in each file.
}
diag-missing-audio = { $count } of { $total } messages of this lesson have no recording in { $lang }: { $ids }
diag-missing-audio-help = Record them too, each file named after its message, such as { $first }.ogg: a learner who listens should hear the whole lesson.

## chophien new

cli-new-about = Start a new lesson or a new translation in a lesson pack
cli-new-lesson-about = Write a new lesson with one step of each type and add it to the last module
cli-new-language-about = Add a language to the pack, with empty translation files ready to fill
cli-new-lesson-id = The lesson's id, also its folder name: small letters, digits and dashes, such as pack-tea
cli-new-language-tag = The language tag (BCP 47), such as hnj-Latn-VN
cli-new-pack = The pack folder (the folder holding course.toml); without it, the current folder
cli-value-id = ID
new-unreadable = could not read { $path }
new-cannot-write = could not write { $path }
new-no-course = there is no course.toml in { $path }. Give the pack folder with --pack.
new-course-broken = course.toml in { $path } has errors. Run chophien check { $path } and fix them first.
new-bad-id = "{ $id }" cannot be a lesson id. Use small letters a-z, digits and single dashes, such as pack-tea.
new-no-module = course.toml in { $path } has no module to add the lesson to. Add a [[modules]] block first.
new-exists = { $path } already exists. Choose another id.
new-bad-tag = "{ $tag }" is not a language tag. Use a BCP 47 tag such as hnj-Latn-VN.
new-language-exists = the pack already has the language { $tag }.
new-lesson-done =
    Made the lesson { $id } in { $path } and added it to the module { $module }.
    Next: write its text, then run chophien check { $pack }
new-language-done =
    Added { $tag } to { $file } as a draft falling back to { $fallback }, and made { $count } empty { $tag }.ftl files.
    Next: write the language's own name in name = "...", translate the files, then run chophien check { $pack }
new-language-name-comment = Added by chophien new language: write the language's name in itself in name = "...".
new-language-file-header =
    Translation into { $tag }. Each message is commented out under its { $base } text.
    To translate one, remove the "# " before its id and write the text after "=".

## chophien coverage

cli-coverage-about = Show, per lesson and language, how much is translated, what is missing and what changed since it was translated
cli-coverage-mark-current = Record that every translation present matches the base-language text as it is now
coverage-header = Translations in { $path } (base language { $base })
coverage-course-texts = (module titles)
coverage-stale-count = { $count } changed
coverage-missing = { $lesson } { $lang }: missing { $ids }
coverage-stale = { $lesson } { $lang }: the base text changed since translated: { $ids }
coverage-marked = Marked current: { $count } translation records written.
coverage-mark-needs-path = --mark-current needs the pack folder: chophien coverage FOLDER --mark-current
coverage-side-file-comment =
    Written by chophien coverage --mark-current: for each language, a hash of the base-language
    text each translated message was made from. Do not edit; run the command again instead.

## chophien pack

cli-pack-about = Install lesson packs on this laptop, list them, remove them
cli-pack-add-about = Check a pack (a folder or a .zip) and install it; its modules come after the built-in ones
cli-pack-add-path = The pack: a folder holding course.toml, or a .zip of one
cli-pack-list-about = List the installed packs
cli-pack-remove-about = Remove an installed pack (learners' progress is kept)
cli-pack-remove-id = The pack's id, as pack list shows it
pack-list-empty = No lesson packs are installed.
pack-list-line = { $id }: { $modules } modules, { $lessons } lessons
pack-removed = Removed the pack { $id }.
pack-added = Installed the pack { $id } in { $path }. Its modules come after the built-in ones.
pack-err-unreadable = cannot read the pack { $path } as a folder or a .zip file { $detail }
pack-err-unsafe-entry = the pack { $path } was not installed: its entry "{ $name }" is not safe ({ $reason ->
    [absolute] a path from the top of the disk
    [drive] a path on a drive
    [link] a link
    [device] a device file
    [too-large] too large
    [ratio] it expands suspiciously much
   *[parent] a path going out of the pack
})
pack-err-too-many = the pack { $path } has more than { $limit } files; it was not installed
pack-err-too-large = the pack { $path } is larger than { $limit } bytes; it was not installed
pack-err-no-course = the pack { $path } has no course.toml at its top; it was not installed
pack-err-bad-id = the name of { $id } cannot be a pack id: rename it with small letters a-z, digits and dashes
pack-err-check = the pack { $path } has { $errors } errors (above); it was not installed
pack-err-write = could not install the pack: { $detail }
pack-err-not-installed = there is no installed pack called { $id }; see chophien pack list
pack-err-ids-taken = the pack { $path } uses { $count } module or lesson ids the course already has (above): learners would not see them. It was not installed; change those ids.

## chophien preview: trying a lesson while writing it
cli-preview-about = Play one lesson or a whole pack as a learner sees it, updated as soon as a file is saved; no progress is kept
cli-preview-path = The pack folder (holding course.toml) or one lesson's folder inside a pack
preview-no-folder = There is no folder { $path }.
preview-learner = Preview
preview-panel-title = Preview of { $path }: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
preview-no-problems = No problems. Save a file and the lesson here changes at once.
preview-watch-failed = Cannot watch the folder ({ $detail }): saved files will not show here. Start the preview again.
help-problems = Problems
home-replaced-course = The built-in course is replaced by the pack “{ $pack }”.
