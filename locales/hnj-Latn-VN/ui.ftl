# Chợ Phiên interface text, H'Mông (hnj-Latn-VN), written in RPA.
# DRAFT: translated from Vietnamese (English as a cross-check) without a native speaker.
# Every line must be reviewed by a fluent H'Mông reader before this draft is trusted.
# Vocabulary follows the most widely printed RPA forms; a reviewer should say whether the
# learners' own dialect (for example Green Hmong "dl-" words) reads better.
# The diag-* messages (for trainers who write lessons) are left out on purpose:
# they fall back to Vietnamese.

## Command line

cli-about = Chợ Phiên: kawm qhib khw thiab muag khoom hauv internet, ib kauj ruam zuj zus, tsis tas muaj internet.
cli-data-dir = Lub folder khaws tej uas cov neeg kawm kawm tau lawm (ib txwm: lub folder ntaub ntawv ntawm lub tshuab; los yog CHOPHIEN_DATA)
cli-pack = Siv ib pob zaj kawm hloov cov zaj kawm uas twb muaj lawm
cli-lang = Hom lus ntawm qhov screen thiab cov zaj kawm (tus lej lus zoo li vi los yog en)
cli-ascii = Kos qhov screen nrog cov tsiaj ntawv ASCII yooj yim (rau lub terminal tsis muaj Unicode; los yog CHOPHIEN_ASCII=1)
cli-check-about = Kuaj ib pob zaj kawm (los yog cov zaj kawm uas twb muaj) thiab teev txhua qhov yuam kev nrog ntaub ntawv:kab:kem
cli-check-path = Lub folder ntawm pob zaj kawm (lub folder uas muaj course.toml); tsis sau ces kuaj cov zaj kawm uas twb muaj
cli-format = Hom ntawv tawm: text los yog json
cli-lessons-about = Teev cov pawg kawm thiab cov zaj kawm, thiab muaj pes tsawg txhais ua txhua hom lus
cli-unknown-format = Tsis paub hom "{ $found }": siv text los yog json.
cli-error = Yuam kev: { $detail }

## check

check-summary = { $errors ->
    [0] Tsis muaj yuam kev
   *[other] { $errors } qhov yuam kev
}, { $warnings ->
    [0] tsis muaj lus ceeb toom
   *[other] { $warnings } lus ceeb toom
} hauv { $path }.
check-severity-error = yuam kev
check-severity-warning = ceeb toom
check-help = kho li cas

## lessons

lessons-header = Cov zaj kawm hauv { $path }
lessons-module = Pawg kawm: { $title } ({ $id })
lessons-steps = { $count } kauj ruam
lessons-unavailable = qhib tsis tau: { $errors } qhov yuam kev, khiav "chophien check"

## The tutor

app-name = Chợ Phiên
too-small = Lub qhov rais me dhau lawm. Ua kom nws loj dua (tsawg kawg { $width } × { $height }).
run-needs-terminal = Chợ Phiên yuav tsum qhib hauv lub terminal. Thov qhib nws hauv terminal.
run-no-data-dir = Nrhiav tsis tau lub folder khaws tej uas kawm tau. Siv --data-dir FOLDER los yog teem CHOPHIEN_DATA.

languages-title = Xaiv koj hom lus
language-draft = (txhais tseem tsis tau kuaj)
name-title = Koj npe hu li cas?
rename-title = Hloov npe
name-hint = Ntaus koj lub npe, ces nias Enter.
profiles-title = Leej twg kawm?
profiles-new = Tus neeg kawm tshiab

home-greeting = Nyob zoo { $name }! Xaiv ib zaj kawm.
home-empty = Qhib tsis tau ib zaj kawm li. Nug tus xib fwb.
lesson-new = tshiab
lesson-started = { $done } ntawm { $total } kauj ruam
lesson-finished = tiav lawm
lesson-unavailable = tseem qhib tsis tau

step-counter = Kauj ruam { $current } / { $total }
multi-instruction = Xaiv txhua lo lus teb uas yog, ces nias Enter.
number-instruction = Ntaus tus lej, ces nias Enter.
number-invalid = Thov ntaus tus lej, piv txwv { $example }.
number-too-low = Tus lej no tsawg dhau.
number-too-high = Tus lej no ntau dhau.
text-counts = { $words } lo lus
text-min-words = tsawg kawg { $count }
text-max-words = ntau tshaj { $count }
text-no-match = Qhov no tseem tsis yog lo lus teb uas peb nrhiav.
text-missing-ideas = Koj lo lus teb tseem tsis tau hais:
text-too-short = Sau ntxiv me ntsis: tsawg kawg { $count } lo lus.
text-too-long = Ntev dhau: ntau tshaj { $count } lo lus.
text-too-short-chars = Sau ntxiv me ntsis: tsawg kawg { $count } tus tsiaj ntawv.
text-too-long-chars = Ntev dhau: ntau tshaj { $count } tus tsiaj ntawv.
text-chars = { $chars } tus tsiaj ntawv
text-ideas-expected = Lo lus teb zoo hais txog:
text-ideas-forbidden = Tsis txhob sau:
order-yours = Koj txoj kev teev:
order-empty = (tseem tsis muaj dab tsi: nias tus lej ntawm yam ua ua ntej)
order-left = Tseem tshuav teev:
order-ready = Teev tag lawm. Nias Enter los kuaj.
order-wrong = Cov kauj ruam uas muaj tus cim kos tsis yog nyob tsis raug chaw. Nias Backspace los rho tawm.
scenario-buyer = Tus neeg yuav:
scenario-you = Koj:
scenario-your-reply = Koj teb li cas? Xaiv ib lo, ces nias Enter.
scenario-debrief = Rov saib koj tej lus teb ib lo zuj zus:
scenario-poor-ending = Kev sib tham xaus tsis zoo. Nias Backspace los rho koj lo lus teb kawg, ces xaiv lwm lo.
prompt-choose-reply = Xaiv ib lo lus teb, ces nias Enter.
prompt-tick-something = Xaiv tsawg kawg ib lo: nias nws tus lej. Ces nias Enter.
prompt-place-every = Teev txhua yam, ces nias Enter los kuaj.
prompt-type-something = Ntaus koj lo lus teb rau hauv lub npov, ces nias Enter.
multi-missed = Tseem muaj { $count } lo lus teb uas yog koj tsis tau xaiv.
multi-wrongly-picked = Muaj { $count } lo uas koj xaiv tsis yog.

feedback-right = Yog lawm!
feedback-wrong = Tseem tsis yog.
feedback-try-again = Sim dua.
feedback-revealed = Lo lus teb yog:
feedback-go-on = Nias Enter mus ntxiv.
hint-label = Lus qhia { $number }:

finished-title = Koj ua tau zoo heev, { $name }! Koj kawm tiav zaj "{ $title }" lawm.
finished-body = Tej uas koj kawm tau twb khaws cia lawm. Nias Enter mus rau zaj tom ntej.
finished-body-last = Qhov no yog zaj kawg. Tej uas koj kawm tau twb khaws cia lawm. Nias Enter rov qab mus rau cov zaj kawm.

notice-database-moved = Cov ntaub ntawv qub uas khaws tej koj kawm tau puas lawm. Nws tau muab khaws cia zoo ntawm { $path }, thiab muaj ib qho tshiab lawm. Thov qhia tus xib fwb.
notice-save-failed = Kauj ruam tas los no khaws tsis tau ({ $detail }). Thov qhia tus xib fwb.
notice-lessons-unavailable = Muaj { $count } zaj kawm muaj yuam kev, tseem qhib tsis tau. Tus xib fwb nrhiav tau cov yuam kev nrog "chophien check".
notice-continue = Nias Enter mus ntxiv.

## Help bar

key-enter = Enter
key-esc = Esc
key-space = Space
key-backspace = Backspace
key-delete = Delete
help-choose = Xaiv
help-ok = Tau lawm
help-open = Qhib
help-next = Tom ntej
help-check = Kuaj
help-continue = Mus ntxiv
help-move = Txav
help-digits-pick = Xaiv
help-digits-tick = Cim
help-digits-place = Teev
help-place = Muab tso
help-undo = Rho rov qab
help-undo-reply = Xaiv dua
help-reply = Teb
help-previous = Kauj ruam dhau los
help-back = Rov qab
help-cancel = Tso tseg
help-home = Cov zaj kawm
help-language = Hom lus
help-learners = Cov neeg kawm
help-new = Neeg kawm tshiab
help-rename = Hloov npe
help-quit = Tawm
help-new-line = Kab tshiab
help-input-method = Telex/VNI/Kaw
help-tone-style = hoà/hòa
typing-telex = Telex
typing-vni = VNI
typing-off = Ntaus ib txwm
typing-tone-new = hoà
typing-tone-old = hòa
