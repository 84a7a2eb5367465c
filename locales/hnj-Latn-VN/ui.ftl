# Chợ Phiên interface text, H'Mông (hnj-Latn-VN), written in RPA.
# DRAFT: translated from Vietnamese (English as a cross-check) without a native speaker.
# Every line must be reviewed by a fluent H'Mông reader before this draft is trusted.
# Vocabulary follows the most widely printed RPA forms; a reviewer should say whether the
# learners' own dialect (for example Green Hmong "dl-" words) reads better.
# The diag-* messages (for trainers who write lessons) are now included too, as the same
# kind of draft; lesson keys, TOML fields and file names in them stay in English.

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

## Progress store

store-waiting = Muaj lwm lub Chợ Phiên tab tom siv tej uas koj kawm tau. Tos nws ua tiav…
store-busy = Muaj lwm lub Chợ Phiên tseem tab tom siv tej uas koj kawm tau. Kaw nws, ces qhib dua.
store-disk-full = Lub disk puv lawm. Tej uas koj kawm tau tseem nyob zoo, tiamsis Chợ Phiên qhib tsis tau. Rho tawm qee cov ntaub ntawv uas koj tsis siv, ces qhib dua. (Folder: { $path })
store-no-access = Chợ Phiên tsis muaj cai qhib tej uas koj kawm tau. Tsis muaj dab tsi hloov. Thov tus xib fwb kuaj cov cai ntawm { $path }.
store-folder = Siv tsis tau lub folder khaws tej uas kawm tau { $path }. Tsis muaj dab tsi hloov. ({ $detail })
store-cannot-move-aside = Cov ntaub ntawv khaws tej uas koj kawm tau puas lawm thiab muab cais tsis tau: { $path }. Tsis muaj dab tsi raug rho tawm. Thov qhia tus xib fwb. ({ $detail })
store-failed = Qhib tsis tau tej uas koj kawm tau. Tsis muaj dab tsi hloov. Thov qhia tus xib fwb. ({ $detail })

## Claims in a learner's answer

claim-cure = Koj sau "{ $words }": tsis txhob hais tias yam khoom no kho tau mob. Nws yog khoom noj, tsis yog tshuaj.
claim-superlative = Koj sau "{ $words }": tsis txhob qhuas tias "zoo tshaj plaws" los yog "tus ib". Hais tej uas tus neeg yuav kuaj tau.
claim-phone = Koj sau tus xov tooj "{ $words }": sàn tsis pub sau tus xov tooj. Tus neeg yuav sau lus rau koj hauv sàn.
claim-link = Koj sau tus link "{ $words }": tsis txhob sau link mus rau sab nraum sàn.
claim-email = Koj sau tus email "{ $words }": tsis txhob sau kev sib txuas lus sab nraum sàn.
claim-off-platform-contact = Koj sau "{ $words }": tsis txhob hu tus neeg yuav mus rau Zalo los yog Facebook. Sib tham hauv sàn.

## Photo check results

photo-status-too-small = Daim duab me dhau: sab luv muaj { $measured } pixel, yuav tsum muaj tsawg kawg { $limit }.
photo-status-not-square = Daim duab tseem tsis yog plaub fab. Daim duab plaub fab haum txhua lub sàn.
photo-status-file-too-big = Cov ntaub ntawv hnyav dhau: { $measured } KB, ntau tshaj { $limit } KB.
photo-status-too-dark = Yam khoom tsaus dhau. Thaij duab ze qhov rais, thaum nruab hnub.
photo-status-too-bright = Daim duab ci dhau, yam khoom pom xim dawb dawb. Tsis txhob thaij hauv hnub ci ncaj.
photo-status-blown-highlights = Ib feem ntawm yam khoom ci dawb dhau. Tig yam khoom los yog ua kom qhov kaj mos dua.
photo-status-low-contrast = Daim duab pom tsaus tsaus thiab tsis meej. Cia qhov kaj ci los ntawm ib sab.
photo-status-blurry = Daim duab plooj. Tuav lub xov tooj kom ruaj, los yog muab nws rau saum ib yam dab tsi, thiab kov yam khoom saum lub screen kom pom meej.
photo-status-plain-not-white = Qhov tom qab tiaj tiaj tiamsis tseem tsis dawb. Siv qhov tom qab dawb zoo dua.
photo-status-busy-background = Qhov tom qab muaj ntau yam dhau. Muab yam khoom tso rau saum daim ntaub los yog daim ntawv dawb tiaj tiaj.
photo-status-product-too-small = Yam khoom me dhau hauv daim duab: nws puv { $measured } %, yuav tsum puv tsawg kawg { $limit } %. Thaij ze dua.

## Product story and listing

story-title = { $name } { $place } { $quantity }
story-heading-product = Yam khoom
story-heading-place-people = Qhov chaw ua thiab cov neeg ua
story-heading-process = Ua li cas
story-heading-difference = Txawv li cas
story-heading-use-store = Siv thiab khaws li cas
story-heading-legal = Ntaub ntawv txog yam khoom
story-heading-certificates = Daim ntawv pov thawj
story-ocop = Yam khoom OCOP { $stars } lub hnub qub, daim ntawv pov thawj hnub tim { $day }/{ $month }/{ $year }.
listing-price = Nqi: { MONEY($price) }
listing-photos = Duab:
listing-photo-ready = - { $file }
listing-photo-not-ready = - { $file } (tseem tsis tau: rov kuaj daim duab no dua)

## Certificate

cert-title = Daim ntawv pov thawj kawm tiav
cert-intro = Daim ntawv no qhia tias
cert-completed = tau kawm tiav cov pawg kawm no ntawm Chợ Phiên txog kev muag khoom hauv internet:
cert-no-modules = Tseem tsis tau kawm tiav ib pawg kawm li.
cert-lessons = Cov zaj kawm tiav lawm: { $done } ntawm { $total }.
cert-date = hnub tim { $day } lub hli { $month } xyoo { $year }
cert-given = Muab rau ntawm { $centre }, { $date }.
cert-given-no-centre = Muab rau { $date }.
cert-signature = Tus xib fwb

## Trainer PIN

pin-current = Tus PIN ntawm tus xib fwb tam sim no:
pin-new = Tus PIN tshiab ntawm tus xib fwb (4 txog 8 tus lej):
pin-again = Ntaus tus PIN tshiab dua ib zaug:
pin-invalid = Ib tus PIN muaj 4 txog 8 tus lej. Tsis muaj dab tsi hloov.
pin-mismatch = Ob tus PIN tsis zoo ib yam. Tsis muaj dab tsi hloov.
pin-set = Teem tus PIN ntawm tus xib fwb lawm.
pin-wrong = Tus PIN tsis yog. Tseem sim tau { $left } zaug.
pin-locked = Sim tsis yog ntau zaus dhau lawm. Tos { $seconds } vib nas this, ces sim dua.
pin-reset = Tus PIN ntawm tus xib fwb raug rho tawm lawm. Teem ib tus tshiab nrog "chophien class set-pin".
pin-none = Lub tshuab no tseem tsis tau muaj tus PIN ntawm tus xib fwb.

## Trainer and class screen

help-sort = Teev
trainer-title = Tus xib fwb
trainer-pin-enter = Ntaus tus PIN ntawm tus xib fwb, ces nias Enter.
trainer-pin-choose = Tseem tsis tau muaj tus PIN ntawm tus xib fwb. Xaiv ib tus: 4 txog 8 tus lej.
trainer-pin-hint = Yog tsis nco tus PIN, rho tau nws nrog "chophien class reset-pin".
class-title = Chav kawm: { $learners } tus neeg kawm, { $help } tus yuav tsum tau kev pab
class-sorted = Teev raws { $order }. Nias S los hloov.
class-sort-help = tus yuav tsum tau kev pab
class-sort-name = npe
class-sort-lesson = zaj kawm
class-sort-score = qhab nia
class-no-lesson = tseem tsis tau kawm ib zaj li
class-help-mark = ! yuav tsum tau kev pab: ua tsis yog tib kauj ruam 3 zaug, los yog tso ib zaj kawm tsis tiav 2 hnub lawm.

## Workshop

help-workshop = Kuv lub khw
help-open-tool = Qhib
help-next-field = Lub npov tom ntej
help-fields = Txav
help-check-photo = Kuaj duab
help-scroll = Txav saib
step-workshop-open-price-sheet = Nias Enter los qhib koj daim ntawv nqi.
step-workshop-open-story = Nias Enter los sau zaj dab neeg ntawm koj yam khoom.
step-workshop-open-photo = Nias Enter los kuaj koj cov duab.
step-workshop-open-listing = Nias Enter los saib koj daim ntawv muag khoom.
step-workshop-done = Tej koj ua twb khaws cia lawm.
ws-menu-title = Kuv lub khw
ws-menu-hint = Tej uas koj ua ntawm no yuav khaws cia rau koj. Koj hloov tau thaum twg los tau.
ws-made = ua lawm
ws-tool-price-sheet = Daim ntawv nqi
ws-tool-story = Zaj dab neeg ntawm yam khoom
ws-tool-photo = Kuaj duab
ws-tool-listing = Daim ntawv muag khoom
ws-error-empty = Thov sau ib tus lej rau ntawm no.
ws-error-not-a-number = Qhov no tsis yog tus lej. Siv tus lej xwb, piv txwv 50000.
ws-error-negative = Tus lej no yuav tsum tsis tsawg dua 0.
ws-error-absurd = Tus lej no loj dhau. Ntau tshaj { $max }.
ws-error-no-room = Cov nqi sàn thiab nyiaj tau los siv { $percent } % ntawm tus nqi muag. Tsis muaj tus nqi twg txaus. Thov nyiaj tau los tsawg dua.
ws-price-title = Daim ntawv nqi
ws-price-intro = Sau tias ib yam khoom siv nyiaj npaum li cas. Nyiaj yog đồng.
ws-price-produce-cost = Nqi khoom
ws-price-own-hours = Koj ua pes tsawg teev
ws-price-hourly-value = Ib teev ua haujlwm muaj nqi
ws-price-packaging = Ntim khoom
ws-price-shipping = Nqi xa khoom koj them
ws-price-return-rate = Khoom raug xa rov qab (%)
ws-price-platform = Koj muag qhov twg
ws-price-margin = Nyiaj tau los koj xav tau (%)
ws-price-discount = Voucher (đồng los yog %)
ws-price-waiting = Sau rau hauv cov npov. Koj tus nqi muag yuav tshwm ntawm no.
ws-price-result = Tus nqi muag:
ws-price-break-even = Tus nqi qis tshaj uas tsis poob nyiaj:
ws-price-shares = Hauv ib zaug muag:
ws-share-produce = nqi khoom
ws-share-labour = koj zog ua
ws-share-packaging = ntim khoom
ws-share-shipping = nqi xa khoom
ws-share-returns = khoom xa rov qab
ws-share-fee = nqi { $fee }
ws-share-profit = nyiaj tau los
ws-price-voucher = Muaj voucher, tus neeg yuav them { $pays }. Koj tau nyiaj { $profit }.
ws-price-voucher-loss = Muaj voucher, tus neeg yuav them { $pays }. Koj tau nyiaj { $profit }. Koj poob nyiaj.
ws-story-title = Zaj dab neeg ntawm yam khoom
ws-story-intro = Teb txhua lo lus nug nrog ob peb lo lus. Sau tej yam muaj tseeb xwb.
ws-story-name = Lub npe yam khoom
ws-story-place = Lub zos los yog cheeb tsam
ws-story-quantity = Qhov hnyav
ws-story-product = Nov yog dab tsi?
ws-story-place-people = Leej twg ua, ua qhov twg?
ws-story-process = Ua li cas?
ws-story-difference = Muaj dab tsi txawv?
ws-story-use-store = Siv thiab khaws li cas?
ws-story-legal = Qhov chaw los, siv tau ntev npaum li cas, xa rov qab
ws-story-certificates = Daim ntawv pov thawj (yog muaj)
ws-story-result = Koj lub npe thiab cov lus piav qhia:
ws-story-good = Zoo. Tsis muaj dab tsi yuav kho.
ws-issue-title-short = Lub npe luv dhau: { $chars } tus tsiaj ntawv. Yuav tsum muaj tsawg kawg { $min }.
ws-issue-title-long = Lub npe ntev dhau: { $chars } tus tsiaj ntawv. Ntau tshaj { $max }.
ws-issue-few-words = Cov lus piav qhia muaj { $words } lo lus. Sau tsawg kawg { $min } lo lus.
ws-issue-description-short = Cov lus piav qhia luv dhau: { $chars } tus tsiaj ntawv. Yuav tsum muaj tsawg kawg { $min }.
ws-issue-description-long = Cov lus piav qhia ntev dhau: { $chars } tus tsiaj ntawv. Ntau tshaj { $max }.
ws-issue-unanswered = Thov teb: { $question }
ws-issue-ocop = Rov saib tus naj npawb hnub qub OCOP thiab hnub tim ntawm daim ntawv pov thawj.
ws-in-title = hauv lub npe
ws-in-description = hauv cov lus piav qhia
ws-claim-cure = "{ $text }" { $where }: khoom noj kho tsis tau mob. Hais txog saj thiab qhov chaw ua.
ws-claim-superlative = "{ $text }" { $where }: tsis txhob hais tias "zoo tshaj plaws" los yog "tus ib".
ws-claim-phone = "{ $text }" { $where }: tsis txhob sau tus xov tooj. Tus neeg yuav xaj khoom hauv sàn.
ws-claim-link = "{ $text }" { $where }: tsis txhob sau link.
ws-claim-email = "{ $text }" { $where }: tsis txhob sau email.
ws-claim-marketplace = "{ $text }" { $where }: tsis txhob hais lub npe ntawm lwm qhov chaw muag.
ws-claim-off-platform-contact = "{ $text }" { $where }: tsis txhob sau Zalo, Facebook los yog lwm txoj kev sib txuas lus.
ws-claim-ocop-without-date = "{ $text }" { $where }: sau hnub tim ntawm daim ntawv pov thawj OCOP.
ws-photo-title = Kuaj duab
ws-photo-intro = Sau los yog muab tso qhov chaw uas koj daim duab nyob. Los yog xaiv ib daim hauv daim ntawv teev.
ws-photo-path = Cov ntaub ntawv duab
ws-photo-found = Cov duab hauv lub tshuab no:
ws-photo-none-found = Nrhiav tsis tau ib daim duab hauv koj cov folder.
ws-kit-title = Daim ntawv muag khoom
ws-kit-no-story = Tseem tsis tau muaj zaj dab neeg ntawm yam khoom. Ua nws ua ntej.
ws-kit-no-price = Tseem tsis tau muaj tus nqi. Ua koj daim ntawv nqi ua ntej.
ws-kit-story-issues = Koj zaj dab neeg tseem muaj tej yam yuav kho.
ws-kit-photos = Duab:
ws-kit-no-photos = Tseem tsis tau kuaj ib daim duab li.
ws-kit-legal = Txoj cai kom txhua daim ntawv muag khoom sau:
ws-legal-seller = koj lub npe, chaw nyob thiab tus xov tooj
ws-legal-tax-code = koj tus lej se
ws-legal-quantity = qhov hnyav, muaj pes tsawg thiab zoo li cas
ws-legal-origin = qhov chaw los
ws-legal-shelf-life = siv tau ntev npaum li cas
ws-legal-price = tus nqi muag
ws-legal-delivery = nqi xa khoom
ws-legal-payment = them nyiaj li cas
ws-legal-returns = xa rov qab los yog pauv li cas
ws-kit-description = Cov lus piav qhia:
ws-kit-export = Tus xib fwb muab tau daim ntawv no khaws rau ib cov ntaub ntawv nrog: chophien export listing
ws-results-below = Tom qab lub npov kawg, nias ↓ los saib tag nrho.
ws-fee-payment = them nyiaj
ws-fee-commission = hoa hồng
ws-fee-handling = ib daim xaj
ws-fee-category-fixed = raws hom khoom
ws-fee-infrastructure = hạ tầng ib daim xaj
ws-fee-piship = PiShip
ws-fee-content-xtra = Content Xtra
ws-fee-voucher-xtra = Voucher Xtra
ws-fee-tax-withheld = se uas sàn khaws cia
ws-fee-affiliate = rau tus neeg muag pab

## Command line: usage and errors

cli-usage-line = Siv li no: { $usage }
cli-commands-heading = Cov lus txib
cli-arguments-heading = Cov lus ntxiv
cli-options-heading = Cov kev xaiv
cli-help = Qhia cov lus pab no
cli-version = Qhia tus lej version
cli-value-options = KEV-XAIV
cli-value-command = LUS-TXIB
cli-value-lang = HOM-LUS
cli-value-folder = FOLDER
cli-value-format = HOM
cli-value-file = NTAUB-NTAWV
cli-value-platform = SÀN
cli-value-name = NPE
cli-err-unknown-argument = tsis paub lo lus "{ $arg }".
cli-err-unknown-command = tsis muaj lus txib "{ $arg }".
cli-err-invalid-value = "{ $value }" siv tsis tau rau { $arg }.
cli-err-missing-value = { $arg } yuav tsum muaj ib tus nqi.
cli-err-used-twice = { $arg } siv tau ib zaug xwb.
cli-err-conflict = { $arg } siv tsis tau nrog { $other }.
cli-err-other = kab lus txib tsis yog ({ $arg }).
cli-err-other-plain = kab lus txib tsis yog.
cli-err-valid-values = Cov nqi siv tau: { $values }
cli-err-suggest = Koj puas xav ntaus "{ $suggestion }"?
cli-err-more = Saib cov lus pab: { $command }
cli-lang-unknown = Ceeb toom: tsis muaj hom lus "{ $requested }" (teem los ntawm { $source }). Cov hom lus uas muaj: { $available }. Siv { $used }.

## Command line: photo check

cli-photo-check-about = Kuaj cov duab khoom ua ntej muab tso rau sàn: loj npaum li cas, plaub fab, qhov kaj, meej, qhov tom qab
cli-photo-check-files = Cov duab yuav kuaj (JPG los yog PNG)
cli-photo-check-platform = Raws txoj cai ntawm lub sàn twg: tiktok-shop (ib txwm), shopee los yog lazada
photo-check-passed = { $file }: daim duab zoo, muab tso tau.
photo-check-advice = { $file }: siv tau, tiamsis tseem ua tau kom zoo dua:
photo-check-failed = { $file }: tseem muab tso tsis tau:
photo-check-summary = { $passed } ntawm { $total } daim duab muab tso tau.
photo-error-not-found = { $file }: tsis muaj cov ntaub ntawv no.
photo-error-unreadable = { $file }: qhib tsis tau cov ntaub ntawv no.
photo-error-not-an-image = { $file }: cov ntaub ntawv no tsis yog duab.
photo-error-wrong-format = { $file }: qhov no yog duab { $format }. Khaws dua ua JPG los yog PNG.
photo-error-truncated = { $file }: cov ntaub ntawv tsis tiav; theej dua ntawm lub xov tooj los.
photo-error-file-too-large = { $file }: cov ntaub ntawv loj dhau, tsis yog ib daim duab.
photo-error-too-many-pixels = { $file }: daim duab loj dhau ({ $width } × { $height } pixel).
photo-error-damaged = { $file }: daim duab puas lawm, nyeem tsis tau.

## Command line: class

cli-class-about = Chav kawm: sau tej uas kawm tau los ntawm ntau lub tshuab, qhia tej uas kawm tau, daim ntawv pov thawj
cli-class-export-about = Sau cov neeg kawm ntawm lub tshuab no thiab tej uas lawv kawm tau rau ib cov ntaub ntawv (los theej rau USB)
cli-class-out = Cov ntaub ntawv yuav sau
cli-class-import-about = Muab cov ntaub ntawv kawm tau los ntawm lwm lub tshuab ntxiv rau lub tshuab no
cli-class-files = Cov ntaub ntawv kawm tau yuav muab ntxiv
cli-class-pack = Pob zaj kawm uas chav kawm siv (ib txwm: cov zaj kawm uas twb muaj)
class-write-failed = Sau tsis tau { $path } ({ $detail }).
class-exported = Sau { $learners } tus neeg kawm thiab { $answers } lo lus teb rau { $path } lawm.
class-import-file = { $file }: neeg kawm tshiab { $new }, hloov kom tshiab { $updated }. Tshiab: lo lus teb { $answers }, kauj ruam tiav { $steps }, zaj kawm tiav { $lessons }.
class-import-kept = { $count } tus neeg kawm los ntawm ib cov ntaub ntawv qub dua. Qhov chaw uas lawv tab tom kawm tseem nyob li qub.
class-import-already = { $file }: cov ntaub ntawv no twb muab ntxiv lawm. Tsis muaj dab tsi hloov.
class-import-own = { $file }: cov ntaub ntawv no yog ntawm lub tshuab no. Tsis muaj dab tsi yuav muab ntxiv.
class-import-truncated = { $file } tsis tiav: nws raug txiav thaum theej. Theej dua ntawm nws lub tshuab. Tseem tsis tau muab dab tsi ntxiv ntawm cov ntaub ntawv no.
class-import-damaged = { $file } puas lawm. Tseem tsis tau muab dab tsi ntxiv ntawm cov ntaub ntawv no. ({ $detail })
class-import-not-export = { $file } tsis yog cov ntaub ntawv kawm tau ntawm Chợ Phiên. Tseem tsis tau muab dab tsi ntxiv ntawm cov ntaub ntawv no.
class-import-newer = { $file } yog ib lub Chợ Phiên tshiab dua ua (cov ntaub ntawv version { $version }). Hloov qhov program no kom tshiab ua ntej. Tseem tsis tau muab dab tsi ntxiv ntawm cov ntaub ntawv no.
class-import-checksum = { $file } raug hloov los yog puas tom qab sau lawm: tus lej kuaj tsis sib xws. Tseem tsis tau muab dab tsi ntxiv ntawm cov ntaub ntawv no.
class-import-too-large = { $file } loj dhau, tsis yog cov ntaub ntawv kawm tau. Tseem tsis tau muab dab tsi ntxiv ntawm cov ntaub ntawv no.
class-import-unreadable = Nyeem tsis tau { $file } ({ $detail }).
class-import-total = Muab ntxiv { $files } ntawm { $total } cov ntaub ntawv lawm. Tam sim no lub tshuab no muaj { $learners } tus neeg kawm thiab { $answers } lo lus teb.
cli-class-export-format = Sau dab tsi: class (cov ntaub ntawv kawm tau rau "class import") los yog xapi (cov statement xAPI)
cli-class-report-about = Saib tej uas txhua tus neeg kawm kawm tau hauv txhua zaj: kawm tiav npaum li cas, qhab nia, sij hawm kawm
cli-class-report-format = Hom ntawv tawm: table (rooj), csv (rau LibreOffice thiab Excel) los yog json
cli-class-report-out = Sau daim ntawv qhia rau cov ntaub ntawv no es tsis qhia rau ntawm qhov screen
class-exported-xapi = Sau { $count } statement xAPI txog { $learners } tus neeg kawm rau { $path } lawm.
class-report-written = Sau daim ntawv qhia ({ $rows } kab) rau { $path } lawm.
report-no-learners = Tseem tsis tau muaj neeg kawm. Muab cov ntaub ntawv kawm tau ntxiv nrog "chophien class import".
report-col-laptop = Lub tshuab
report-col-learner-id = Tus lej neeg kawm
report-col-learner = Neeg kawm
report-col-module = Pawg kawm
report-col-lesson = Zaj kawm
report-col-lesson-title = Lub npe zaj kawm
report-col-status = Xwm txheej
report-col-steps-done = Kauj ruam tiav
report-col-steps-total = Kauj ruam ntawm zaj kawm
report-col-right = Teb yog
report-col-answers = Lo lus teb
report-col-score = Qhab nia %
report-col-minutes = Feeb
report-col-last = Zaum kawg kawm (UTC)
report-status-not-started = tseem tsis tau pib
report-status-started = tab tom kawm
report-status-done = tiav lawm
cli-class-send-about = Xa tej uas chav kawm kawm tau ua statement xAPI mus rau lub chaw khaws ntaub ntawv kawm (LRS) ntawm lub koom haum (yuav tsum muaj internet)
cli-class-send-lrs = Qhov chaw nyob ntawm LRS, piv txwv https://lrs.example.org/xAPI/
cli-class-send-user = Lub npe nkag LRS
cli-class-send-password-file = Cov ntaub ntawv uas kab thawj yog lo lus zais LRS
cli-class-send-timeout = Tos LRS teb pes tsawg vib nas this
class-password-unreadable = Nyeem tsis tau cov ntaub ntawv lo lus zais { $file } ({ $detail }).
class-send-progress = Xa { $sent } ntawm { $total } statement lawm.
class-send-nothing = Tsis muaj dab tsi tshiab yuav xa: LRS twb muaj tag nrho { $total } statement lawm.
class-send-done = Tiav lawm: zaum no xa { $sent } statement. LRS muaj tag nrho { $total } lawm.
class-send-already = { $count } statement twb muaj hauv LRS nrog tib tus lej (409). LRS khaws thawj daim.
class-send-resume = LRS muaj { $sent } ntawm { $total } statement. Tom qab khiav tib lo lus txib no dua los xa cov seem.
lrs-bad-url = "{ $url }" tsis yog qhov chaw nyob web. Nws yuav tsum pib nrog http:// los yog https://.
lrs-unauthorized = LRS tsis txais lub npe nkag los yog lo lus zais (401). Kuaj --user thiab cov ntaub ntawv lo lus zais.
lrs-forbidden = Tus account LRS no tsis muaj cai khaws statement (403). Nug tus saib xyuas LRS.
lrs-conflict = LRS twb muaj lwm statement nrog tib tus lej (409).
lrs-server = LRS muaj nws tus kheej qhov yuam kev (yuam kev { $status }). Tom qab sim dua.
lrs-rejected = LRS tsis txais cov statement (yuam kev { $status }): { $detail }
lrs-timeout = LRS teb tsis raws sij hawm. Kuaj qhov kev sib txuas, ces sim dua.
lrs-unreachable = Txuas tsis tau rau LRS ntawm { $url }. Kuaj internet thiab qhov chaw nyob. ({ $detail })
cli-class-certificate-about = Sau daim ntawv pov thawj rau ib tus neeg kawm: ib nplooj HTML los luam rau daim ntawv A4
cli-class-certificate-profile = Tus neeg kawm: lub npe, los yog TSHUAB:LEJ thaum muaj ob tug npe zoo ib yam
cli-class-certificate-out = Cov ntaub ntawv HTML yuav sau (ib txwm: certificate-TSHUAB-LEJ.html)
cli-class-certificate-date = Hnub tim sau rau ntawm daim ntawv, zoo li XXXX-HH-HN (xyoo-hli-hnub; ib txwm: hnub no)
cli-class-set-centre-about = Teem lub npe ntawm lub chaw cob qhia, luam rau ntawm daim ntawv pov thawj
cli-class-set-centre-name = Lub npe ntawm lub chaw cob qhia
class-centre-set = Tam sim no lub npe ntawm lub chaw cob qhia yog "{ $name }".
class-no-centre = Lub chaw cob qhia tseem tsis tau muaj npe. Teem nws lub npe nrog: chophien class set-centre "NPE"
class-no-such-learner = Tsis muaj tus neeg kawm npe "{ $name }". Saib cov npe nrog "chophien class report".
class-several-learners = Muaj ntau tus neeg kawm npe "{ $name }". Xaiv ib tug nrog --profile thiab ib tus lej no: { $keys }
class-bad-date = "{ $date }" tsis yog hnub tim. Sau zoo li XXXX-HH-HN (xyoo-hli-hnub), piv txwv 2026-11-05.
class-certificate-written = Sau daim ntawv pov thawj ntawm { $name } rau { $path } lawm.
cli-class-set-pin-about = Teem tus PIN ntawm tus xib fwb los qhib qhov screen chav kawm (yog xav hloov yuav tsum ntaus tus PIN qub)
cli-class-reset-pin-about = Rho tus PIN ntawm tus xib fwb uas tsis nco lawm (leej twg siv tau tus account ntawm lub tshuab no kuj ua tau)

## Command line: export

cli-export-about = Khaws tej uas tus neeg kawm ua rau ib cov ntaub ntawv
cli-export-listing-about = Khaws daim ntawv muag khoom ntawm tus neeg kawm ua ntawv thiab ib kab CSV
cli-export-profile = Lub npe ntawm tus neeg kawm
cli-export-out = Cov ntaub ntawv yuav sau (cov ntaub ntawv CSV nyob ib sab)
export-no-profile = Tsis muaj tus neeg kawm npe { $name }.
export-not-ready = { $name } tseem tsis tau muaj zaj dab neeg ntawm yam khoom los yog daim ntawv nqi.
export-written = Sau daim ntawv muag khoom lawm: { $text } thiab { $csv }

## Lesson checks (diag-*), for trainers who write lessons

diag-unreadable = nyeem tsis tau cov ntaub ntawv los yog lub folder no { $detail }
diag-unreadable-help = Saib seb cov ntaub ntawv puas muaj thiab koj puas muaj cai nyeem.
diag-not-utf8 = cov ntaub ntawv no tsis yog ntawv UTF-8
diag-not-utf8-help = Hauv koj lub program sau ntawv, khaws cov ntaub ntawv ua UTF-8.
diag-file-too-large = cov ntaub ntawv no loj tshaj { $limit } byte, yog li tsis nyeem
diag-file-too-large-help = Faib cov ntawv ua cov zaj kawm me dua, los yog ua daim duab kom me dua.
diag-pack-too-large = pob zaj kawm loj tshaj { $limit } byte; qhov seem tsis nyeem
diag-pack-too-large-help = Rho cov ntaub ntawv loj uas tsis siv tawm, los yog faib pob zaj kawm.
diag-too-many-files = pob zaj kawm muaj ntau tshaj { $limit } cov ntaub ntawv; cov seem tsis nyeem
diag-too-many-files-help = Rho cov ntaub ntawv uas cov zaj kawm tsis siv tawm.
diag-too-deep = cov folder nyob hauv ib leeg tob dhau; lub folder no tsis nyeem
diag-too-deep-help = Txhua zaj kawm tsuas yog ib lub folder; cov duab tsuas nyob tob ob peb lub folder ntxiv xwb.
diag-missing-file = tsis muaj cov ntaub ntawv no
diag-missing-file-help = Tsim nws; txhua lub folder yuav tsum muaj ntawv ua hom lus hauv paus ntawm cov zaj kawm.
diag-toml-syntax = qhov no tsis yog TOML raug: { $detail }
diag-toml-syntax-help = Nrhiav lub cim hais lus, lub cim kaw los yog "=" uas ploj ntawm kab no los yog kab saum toj.
diag-unknown-field = tsis paub lub npov "{ $field }" hauv { $context }
diag-unknown-field-help = Rov saib tej tsiaj ntawv. Cov npov siv tau ntawm no: { $expected }.
diag-missing-field = tsis muaj lub npov "{ $field }" uas yuav tsum muaj
diag-missing-field-help = Ntxiv { $field } = ... rau ntawm no.
diag-wrong-type = tus nqi tsis yog: { $detail }
diag-wrong-type-help = Saib lessons/README.md kom paub tias lub npov no siv tus nqi hom twg.
diag-format-too-new = format_version { $found } tshiab dua qhov program no to taub ({ $supported })
diag-format-too-new-help = Hloov Chợ Phiên kom tshiab, los yog nug tus sau pob zaj kawm kom muab ib pob version { $supported }.
diag-unknown-step-type = tsis paub hom kauj ruam "{ $found }"
diag-unknown-step-type-help = Siv ib hom no: { $expected }.
diag-bad-id = "{ $id }" tsis yog ib tus id raug
diag-bad-id-help = Id siv cov tsiaj ntawv me a-z, tus lej thiab ib lub cim kab nruab nrab, zoo li photo-light los yog hint-2.
diag-duplicate-id = tus id "{ $id }" siv ob zaug
diag-duplicate-id-help = Muab ib tus id txawv rau txhua yam.
diag-missing-lesson = zaj kawm "{ $id }" muaj nyob hauv daim ntawv teev tiamsis tsis muaj { $file }
diag-missing-lesson-help = Tsim lub folder zaj kawm uas muaj lesson.toml, los yog rho zaj kawm no tawm ntawm daim ntawv teev.
diag-unlisted-lesson = lub folder zaj kawm "{ $id }" tsis muaj nyob hauv ib pawg kawm twg ntawm course.toml
diag-unlisted-lesson-help = Ntxiv "{ $id }" rau lessons ntawm ib pawg kawm, los yog rho lub folder tawm.
diag-empty-module = pawg kawm "{ $id }" tseem tsis muaj zaj kawm
diag-empty-module-help = Sau tsawg kawg ib zaj kawm hauv lessons = [...].
diag-ftl-syntax = qhov no tsis yog Fluent raug: { $detail }
diag-ftl-syntax-help = Txhua cov lus yog "id = ntawv"; kab txuas ntxiv pib nrog qhov chaw khoob; cov cim { "{" } { "}" } yuav tsum muaj ua khub.
diag-ftl-too-deep = cov cim { "{" } { "}" } nyob hauv ib leeg tob tshaj { $limit } txheej; tsis nyeem cov ntaub ntawv
diag-ftl-too-deep-help = Cov lus tsuas yuav tsum muaj ob peb txheej cim xwb. Rho cov ntxiv tawm.
diag-duplicate-message = cov lus "{ $id }" sau ob zaug hauv cov ntaub ntawv no
diag-duplicate-message-help = Rho los yog hloov lub npe ntawm ib qho; tsuas siv qhov ua ntej xwb.
diag-missing-message = tsis muaj cov lus "{ $id }" hauv { $file }
diag-missing-message-help = Ntxiv "{ $id } = ..." rau cov ntaub ntawv ntawd, los yog kho tus id ntawm no.
diag-unused-message = cov lus "{ $id }" tsis muaj nyob hauv hom lus hauv paus ({ $base })
diag-unused-message-help = Tej zaum nws yog ib tus id qub los yog sau tsis yog: muab piv rau cov ntaub ntawv { $base }.
diag-undeclared-variable = cov lus "{ $id }" siv tus variable ${ $name } uas tsis tau teev
diag-undeclared-variable-help = Teev nws hauv [vars] ntawm lesson.toml, los yog siv $learner.
diag-unknown-function = tsis paub function { $name }()
diag-unknown-function-help = Cov function siv tau: { $expected }.
diag-unknown-language = tsis paub hom lus "{ $tag }"
diag-unknown-language-help = Siv ib tus lej lus uas muaj nyob hauv locales/languages.toml, los yog ntxiv hom lus rau ntawd.
diag-bad-language-tag = "{ $tag }" tsis yog ib tus lej lus raug
diag-bad-language-tag-help = Siv ib tus lej BCP 47 zoo li vi, en los yog hnj-Latn-VN.
diag-choice-correct-count = kauj ruam xaiv ib lo yuav tsum muaj ib lo lus teb yog xwb; kauj ruam no muaj { $count }
diag-choice-correct-count-help = Cim ib lo nrog correct = true. Yog muaj ntau lo lus teb yog, siv type = "multi".
diag-no-correct-option = tseem tsis tau cim ib lo twg tias yog
diag-no-correct-option-help = Cim tsawg kawg ib lo nrog correct = true.
diag-too-few-options = ib lo lus nug yuav tsum muaj tsawg kawg 2 lo xaiv; lo no muaj { $count }
diag-too-few-options-help = Ntxiv options = [ { "{" } text = "..." { "}" }, ... ].
diag-too-few-items = kauj ruam teev yuav tsum muaj tsawg kawg 2 yam; kauj ruam no muaj { $count }
diag-too-few-items-help = Teev cov yam raws kab raug: items = ["thib ib", "thib ob", ...].
diag-no-hints = kauj ruam "{ $id }" tseem tsis muaj lus qhia
diag-no-hints-help = Ntxiv hints = ["..."]: tus neeg kawm uas daig yuav tsum paub ua dab tsi ntxiv.
diag-bad-tolerance = tolerance yuav tsum tsis yog tus lej tsawg dua 0
diag-bad-tolerance-help = Siv 0 yog lo lus teb yuav tsum raug nkaus, los yog sau seb lo lus teb txawv tau npaum li cas.
diag-text-no-check = kauj ruam sau ntawv yuav tsum muaj cov lus teb txais tau los yog cov tswv yim yuav kuaj
diag-text-no-check-help = Ntxiv accept = ["id-ntawm-cov-lus"] los yog ideas = [ { "{" } label = "...", words = "..." { "}" } ].
diag-text-both-checks = kauj ruam sau ntawv muaj ob qho accept thiab ideas
diag-text-both-checks-help = Khaws ib qho xwb: accept rau lo lus teb luv, ideas rau kev sau ntev dua.
diag-bad-length-limits = qhov ntev tsawg kawg thiab ntau tshaj yuav tsum yog tus lej tag nrho, thiab qhov tsawg kawg tsis loj dua qhov ntau tshaj
diag-bad-length-limits-help = Piv txwv min_words = 10 thiab max_words = 80.
diag-missing-media = tsis muaj daim duab { $path }
diag-missing-media-help = Muab cov ntaub ntawv tso rau ntawd, los yog kho txoj kev (suav los ntawm lub folder zaj kawm).
diag-bad-media-path = txoj kev "{ $path }" tsis pub siv
diag-bad-media-path-help = Siv ib txoj kev hauv lub folder zaj kawm, zoo li media/honey.png, tsis muaj "..".
diag-missing-picture-alt = daim duab no tseem tsis muaj picture_alt
diag-missing-picture-alt-help = Ntxiv picture_alt = "id-ntawm-cov-lus" piav tias daim duab muaj dab tsi.
diag-empty-answer-list = daim ntawv teev tseem khoob
diag-empty-answer-list-help = Ntxiv tsawg kawg ib yam.
diag-unknown-step = tsis muaj kauj ruam npe "{ $id }" hauv zaj kawm no
diag-unknown-step-help = next = "..." yuav tsum yog id ntawm ib kauj ruam hauv tib zaj kawm. Rov saib tej tsiaj ntawv.
diag-step-loop = cov kauj ruam mus ncig ib lub voj rov qab rau kauj ruam "{ $id }" thiab zaj kawm yeej tsis xaus
diag-step-loop-help = Hloov next = "..." kom txoj kev hauv zaj kawm muaj qhov xaus.
diag-unknown-node = tsis muaj node npe "{ $id }" hauv zaj sib tham no
diag-unknown-node-help = next = "..." thiab start = "..." yuav tsum yog id ntawm ib lub node hauv nodes. Rov saib tej tsiaj ntawv.
diag-unreachable-node = tsis muaj lo lus teb twg mus txog node "{ $id }"
diag-unreachable-node-help = Ntxiv ib lo lus teb uas muaj next = "{ $id }", los yog rho lub node no tawm.
diag-node-never-ends = pib ntawm node "{ $id }" tus neeg kawm mus ncig mus li, yeej tsis txog ib qho xaus
diag-node-never-ends-help = Cia tsawg kawg ib lo lus teb mus txog ib lub node uas muaj ending = "good" los yog ending = "poor".
diag-no-good-ending = zaj sib tham tsis muaj txoj kev twg mus txog ib qho xaus zoo
diag-no-good-ending-help = Ntxiv ib lub node uas muaj ending = "good" thiab cov lus teb uas mus txog nws.
diag-node-choices-or-ending = node "{ $id }" yuav tsum muaj choices (cov lus teb) los yog ending, tsis yog ob qho
diag-node-choices-or-ending-help = Lub node nruab nrab muaj choices = [...]. Lub node xaus muaj ending = "good" los yog ending = "poor".
diag-unknown-tool = tsis paub cuab yeej "{ $found }"
diag-unknown-tool-help = Siv ib qho no: { $expected }.
