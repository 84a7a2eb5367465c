# Lesson: listing-law (H'Mông, hnj-Latn-VN, RPA)
# DRAFT: translated from vi.ftl without a native speaker; to be reviewed.
# Facts from shared/domain/BRIEF.md, sections 1.2 and 5 (Law 19/2023/QH15).
# Law 19/2023/QH15, passed 20 Jun 2023, in force 1 Jul 2024 (vision-associates.com) [H].
# Art. 37 (vi.wikisource.org) [H]; Art. 39 (lawnet.vn) [H]: applies to anyone selling through
# a digital platform. See vi.ftl for the full list.

title = Tin bán hàng yuav tsum sau dab tsi
summary = Txoj cai hais tias tin bán hàng yuav tsum sau meej txog koj, txog khoom, txog kev yuav muag.

## Step 1

law-intro =
    Muaj ib txoj cai tiv thaiv cov neeg yuav khoom.
    Nws yog Txoj Cai Tiv Thaiv Cov Cai ntawm Cov Neeg Siv Khoom xyoo 2023.
    Txoj cai pib siv txij hnub 1/7/2024.
    Muag hauv sàn kuj yuav tsum ua raws li txoj cai no.
    Nqe 37 ntawm txoj cai hais tias tin bán hàng yuav tsum sau dab tsi.

## Step 2

law-about-you =
    Ntu ib: txog koj, tus neeg muag.
    Koj lub npe, qhov chaw nyob, tus lej xov tooj.
    Koj tus mã số thuế cá nhân.
    Sàn feem ntau muaj lub npov rau cov no.

## Step 3

law-about-product =
    Ntu ob: txog cov khoom.
    Hnyav npaum li cas, muaj pes tsawg lub.
    Zoo li cas, siv ua dab tsi.
    Tus nqi muag.
    Ua nyob qhov twg. Qhov no hu ua xuất xứ (qhov chaw ua).
    Siv tau txog hnub twg. Qhov no hu ua hạn sử dụng (hnub kawg siv tau).

## Step 4

law-about-sale =
    Ntu peb: txog kev yuav muag.
    Nqi xa khoom yog pes tsawg.
    Tus neeg yuav them nyiaj li cas.
    Pauv khoom, xa khoom rov qab li cas, thaum twg.
    Cov nqi thiab se.

## Step 5

law-which = Tin muag zib mu yuav tsum sau dab tsi? Xaiv txhua lo uas yog.
law-which-weight = Lub hwj zib mu hnyav npaum li cas
law-which-house = Duab koj lub tsev
law-which-origin = Zib mu los qhov twg
law-which-shelf = Hnub kawg siv tau
law-which-return = Pauv thiab xa khoom rov qab li cas
law-which-weight-why = Txoj cai hais kom sau hnyav npaum li cas.
law-which-house-why = Txoj cai tsis hais kom sau qhov no.
law-which-origin-why = Qhov chaw ua yog xuất xứ. Txoj cai hais kom sau.
law-which-shelf-why = Hnub kawg siv tau yuav tsum sau kom meej.
law-which-return-why = Pauv thiab xa khoom rov qab li cas yuav tsum sau kom meej.
law-which-hint-1 = Muaj plaub lo uas yog.
law-which-hint-2 = Tso tseg lo tsis hais txog khoom los yog kev yuav muag.

## Step 6

shelf-life = Tus neeg yuav nug: zib mu siv tau txog thaum twg? Tin bán hàng yuav tsum sau dab tsi?
shelf-life-colour = Xim ntawm lub hwj
shelf-life-date = Hnub kawg siv tau
shelf-life-old-price = Tus nqi xyoo tas los
shelf-life-colour-no = Xim ntawm lub hwj tsis qhia tias zib mu siv tau txog thaum twg.
shelf-life-date-yes = Hnub kawg siv tau qhia tias siv tau txog hnub twg.
shelf-life-old-price-no = Tus nqi qub tsis hais dab tsi txog hnub siv.
shelf-life-hint-1 = Ntawm lub thawv mis nyuj, lub hnab mì tôm kuj sau qhov no.

## Step 7

origin-word = Qhov chaw ua cov khoom hu ua li cas? Ntaus ob lo lus.
# Accepted answers, one per line. Matching ignores case and diacritics.
# The Vietnamese words are accepted: they are the words printed on labels.
origin-word-accept =
    xuất xứ
    nguồn gốc
    nguồn gốc xuất xứ
    nơi sản xuất
    qhov chaw ua
origin-word-right = Xuất xứ yog qhov chaw ua cov khoom, xws li Sìn Hồ, Lai Châu.
origin-word-hint-1 = Lo lus thawj yog "xuất".
origin-word-hint-2 = Ntawm daim ntawv lo khoom feem ntau sau: "Xuất ...: Việt Nam".

## Practice round

practice-intro =
    Tam sim no cia peb xyaum me ntsis.
    Muaj ob lo lus nug luv luv.

practice-missing =
    Nov yog niam Lan daim tin muag tshuaj yej:
    "Tshuaj yej shan tuyết Mường Khương, hnab 200 gam, nqi { MONEY($tea_price) }."
    Daim tin no tseem tsis muaj dab tsi? Xaiv txhua lo uas yog.
practice-missing-weight = Hnyav npaum li cas
practice-missing-shelf = Hnub kawg siv tau
practice-missing-delivery = Nqi xa khoom
practice-missing-return = Pauv thiab xa khoom rov qab li cas
practice-missing-weight-why = Daim tin twb sau "hnab 200 gam" lawm.
practice-missing-shelf-why = Daim tin tseem tsis tau sau hnub kawg siv tau.
practice-missing-delivery-why = Daim tin tseem tsis tau sau nqi xa khoom.
practice-missing-return-why = Daim tin tseem tsis tau sau pauv thiab xa khoom rov qab li cas.
practice-missing-hint-1 = Muaj peb lo uas yog.
practice-missing-hint-2 = Daim tin twb sau qhov hnyav lawm. Lwm yam tseem tsis tau.

practice-platform-only = Koj muag hauv sàn xwb, tsis muaj khw. Koj puas yuav tsum ua raws li txoj cai no?
practice-platform-only-yes = Yuav tsum
practice-platform-only-no = Tsis tas
practice-platform-only-yes-why = Txoj cai hais meej: muag hauv sàn kuj yuav tsum ua raws.
practice-platform-only-no-why = Txoj cai no siv rau cov neeg muag hauv sàn thiab.
practice-platform-only-hint-1 = Nco txog thaum pib zaj kawm: muag hauv sàn yuav ua li cas?
