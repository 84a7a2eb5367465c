# Lesson: get-ready (H'Mông, hnj-Latn-VN, RPA)
# DRAFT: translated from vi.ftl without a native speaker; to be reviewed.
# See vi.ftl for sources: only the phone number and personal tax code are backed by
# Law 19/2023/QH15 Art. 37 and 39 [H]; the rest is advice. Scam advice is general safety advice.

title = Npaj cov ntaub ntawv
summary = Tej yam yuav tsum muaj ua ntej qhib khw.

## Step 1

ready-intro =
    Thaum qhib khw, lub app ntawm sàn yuav nug txog koj.
    Npaj koj cov ntaub ntawv cia ua ntej pib.
    Txhua lub sàn nug txawv me ntsis.
    Ua raws li txhua kauj ruam hauv lub app.

## Step 2

ready-list =
    Npaj plaub yam no cia:
    Ib: koj daim thẻ căn cước.
    Ob: koj tus lej xov tooj.
    Peb: ib tug tài khoản ngân hàng (tsev txhab nyiaj) uas yog koj lub npe.
    Plaub: tus mã số thuế cá nhân (koj tus lej se).

## Step 3

ready-which = Yuav tsum npaj dab tsi? Xaiv txhua lo uas yog.
ready-id = Daim thẻ căn cước
ready-land = Daim ntawv sổ đỏ ntawm teb
ready-phone = Koj tus kheej tus lej xov tooj
ready-bank = Tài khoản ngân hàng uas yog koj lub npe
ready-tax = Mã số thuế cá nhân
ready-id-why = Daim thẻ căn cước qhia tias koj yog leej twg.
ready-land-why = Sổ đỏ yog daim ntawv av. Qhib khw tsis tas siv daim ntawv no.
ready-phone-why = Tus lej xov tooj rau sàn thiab cov neeg yuav hu tau koj.
ready-bank-why = Tài khoản ngân hàng rau txais nyiaj muag khoom.
ready-tax-why = Mã số thuế cá nhân yuav tsum sau thaum muag khoom hauv internet.
ready-which-hint-1 = Muaj plaub lo uas yog.
ready-which-hint-2 = Tso tseg daim ntawv av.

## Step 4

# Source: Law 19/2023/QH15 Art. 37 (seller's name, address, phone) and Art. 39 (applies to
# selling through a platform) [H].
own-name =
    Siv koj tus kheej tus lej xov tooj thiab tài khoản.
    Txoj cai hais tias tus neeg muag yuav tsum sau nws lub npe, qhov chaw nyob, tus lej xov tooj.
    Txoj cai no siv rau cov neeg muag hauv sàn thiab.
    Nyiaj muag khoom yuav tsum los rau tài khoản uas yog koj lub npe.

## Step 5

# Source: Law 19/2023/QH15 Art. 37 [H]: an individual seller gives a personal tax code.
tax-code =
    Mã số thuế cá nhân yog koj tus kheej tus lej ntawm chaw ua haujlwm se.
    Ib tus neeg muag yuav tsum sau tus lej no thaum muag hauv internet.
    Yog tseem tsis tau muaj, nug tus nom tswv se hauv xã los yog huyện.

## Step 6

tax-code-missing = Koj tseem tsis tau muaj mã số thuế cá nhân. Koj yuav ua li cas?
tax-code-borrow = Qiv tus lej ntawm neeg zej zog
tax-code-skip = Tsis txhob ua, tsis tas muaj tus lej
tax-code-ask = Nug tus nom tswv se yuav ua li cas
tax-code-borrow-no = Tus lej se yog txhua tus neeg li. Tsis txhob siv lwm tus tus lej.
tax-code-skip-no = Ib tus neeg muag yuav tsum sau tus lej se. Hla tsis tau.
tax-code-ask-yes = Tus nom tswv se yuav qhia koj yuav ua tus lej se li cas.
tax-code-missing-hint-1 = Leej twg paub txog se zoo tshaj hauv koj lub xã?

## Step 7

keep-safe =
    Zov koj tus tài khoản kom nyab xeeb.
    Tsis txhob muab koj tus lej zais rau leej twg.
    Sàn yuav xa ib tus lej lees paub los ntawm xov tooj.
    Tsis txhob nyeem tus lej ntawd rau lwm tus.
    Leej twg thov koj tus lej zais los yog tus lej lees paub, tej zaum nws yog tus neeg dag.

## Step 8

scam-call =
    Muaj ib tug neeg hu xov tooj, hais tias nws ua haujlwm rau sàn.
    Nws thov tus lej lees paub uas nyuam qhuav xa tuaj rau koj lub xov tooj.
    Koj ua li cas?
scam-call-read = Nyeem tus lej rau nws
scam-call-hang-up = Tsis nyeem tus lej, kaw xov tooj
scam-call-read-no = Muaj tus lej ntawd, tus neeg txawv yuav nkag tau rau hauv koj tus tài khoản.
scam-call-hang-up-yes = Tus lej lees paub yog rau koj xwb. Tsis txhob muab rau leej twg.
scam-call-hint-1 = Tus lej lees paub zoo li tus yuam sij ntawm koj lub tsev.

## Practice round

practice-intro =
    Tam sim no cia peb xyaum me ntsis.
    Muaj ob lo lus nug luv luv.

practice-tax = Ib tus neeg muag yuav tsum sau tus lej dab tsi? Ntaus lo lus teb.
# Accepted answers, one per line. Matching ignores case and diacritics.
# The Vietnamese name is accepted too: it is the name on the papers.
practice-tax-accept =
    tus lej se
    lej se
    tus lej se ntawm kuv
    mã số thuế cá nhân
    mã số thuế
    mã thuế
practice-tax-right = Mã số thuế cá nhân (tus lej se) yuav tsum sau thaum muag hauv internet.
practice-tax-hint-1 = Chaw ua haujlwm se muab tus lej no rau koj.
practice-tax-hint-2 = Nws lub npe muaj lo lus "se" (thuế).

practice-account = Nyiaj muag khoom yuav tsum los rau leej twg tus tài khoản?
practice-account-stranger = Ib tus neeg txawv uas cog lus tias yuav pab muag
practice-account-own = Koj tus kheej
practice-account-stranger-no = Nyiaj los rau lwm tus tus tài khoản, koj yuav poob nyiaj.
practice-account-own-yes = Tài khoản yog koj lub npe, nyiaj muag khoom yog koj li.
practice-account-hint-1 = Leej twg ua tau cov khoom, tus ntawd txais nyiaj.
