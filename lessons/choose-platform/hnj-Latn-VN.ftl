# Lesson: choose-platform (H'Mông, hnj-Latn-VN, RPA)
# DRAFT: translated from vi.ftl without a native speaker; to be reviewed.
# Facts from shared/domain/BRIEF.md, section 7 (training practice from the field).
# The people named in questions are made up for teaching.

title = Xaiv lub sàn muag khoom
summary = Sàn yog kiab khw hauv internet. Xaiv ib lub los pib.

## Step 1: what a "sàn" is (first time in the course: explain the word)

what-is-san =
    Nyob zoo { $learner }! Zaj no hais txog sàn muag khoom.
    Sàn muag khoom zoo li ib hnub kiab khw, tab sis nyob hauv internet.
    Cov neeg yuav mus rau hauv sàn saib khoom thiab yuav khoom.
    Hauv sàn, koj qhib ib lub khw.
    Lub khw no yog koj qhov chaw muag khoom hauv sàn.

## Step 2: check the word

san-means = Sàn muag khoom yog dab tsi?
san-means-floor = Lub tshav hauv tsev rau ziab khoom
san-means-market = Ib lub kiab khw hauv internet, cov neeg yuav tuaj saib thiab yuav
san-means-town = Ib lub khw hauv nroog
san-means-floor-no = Ntawm no "sàn" tsis yog lub tshav hauv tsev. Nws yog kiab khw hauv internet.
san-means-market-yes = Sàn zoo li hnub kiab khw. Tsuas yog lub kiab khw nyob hauv internet.
san-means-town-no = Lub khw hauv nroog, cov neeg yuav yuav tsum mus txog qhov ntawd. Sàn nyob hauv internet.
san-means-hint-1 = Xav txog hnub kiab khw. Sàn yog kiab khw nyob qhov twg?

## Step 3: four platforms

# Source: sggpnews.org.vn …99821 [M]: 5.2 million households had Voso/Postmart accounts by Feb 2022.
four-platforms =
    Muaj ntau lub sàn. Zaj kawm no hais txog plaub lub.
    TikTok Shop: cov neeg yuav saib video luv luv, ces yuav tam sim ntawd.
    Shopee thiab Lazada: cov neeg yuav ntaus nrhiav khoom, ces xaj yuav.
    Voso thiab Postmart: sàn muag qoob loo.
    Txog lub 2 hli xyoo 2022, muaj 5,2 lab tsev neeg muaj tài khoản Voso los yog Postmart.

## Step 4: the Sìn Hồ example

# Source: kenh14.vn 2025-10-29; dantri.com.vn 2025-12-05 [H]: more than 300 t of khoai sâm sold
# on TikTok Shop in Sep-Oct 2025; most LIVE sellers ethnic-minority women; farm-gate price
# 2,000-6,000 đ/kg, on TikTok Shop 20,000-35,000 đ/kg. Livestreams held with Viettel Post [H].
sin-ho-story =
    Nyob Sìn Hồ, Lai Châu, neeg muag khoai sâm hauv TikTok Shop.
    Lub 9 hli thiab lub 10 hli xyoo 2025, lawv muag tau ntau tshaj 300 tấn.
    Ntau tus neeg muag yog poj niam Hmoob, Dao, Thái.
    Yav tas los, muag khoai ntawm teb tsuas tau { MONEY($farm_low) } txog { MONEY($farm_high) } ib kg.
    Hauv TikTok Shop, tus nqi yog { MONEY($tiktok_low) } txog { MONEY($tiktok_high) } ib kg.

## Step 5: how much more per kilo

# Source: as above (kenh14.vn; dantri.com.vn, 2025) [H].
sin-ho-gain =
    Ntawm teb, tus nqi siab tshaj yog { MONEY($farm_high) } ib kg.
    Hauv TikTok Shop, tus nqi siab tshaj yog { MONEY($tiktok_high) } ib kg.
    Muag hauv sàn, ib kg tau ntau dua pes tsawg đồng?
sin-ho-gain-low = Tus lej no tseem me. Muab tus nqi loj rho tus nqi me.
sin-ho-gain-high = Tus lej no loj dhau. Muab tus nqi loj rho tus nqi me, ib zaug xwb.
sin-ho-gain-right = Ib kg tau ntau dua { MONEY($gain) }. Muag hauv sàn yuav tau nqi siab dua.
sin-ho-gain-hint-1 = Muab { MONEY($tiktok_high) } rho { MONEY($farm_high) }.
sin-ho-gain-hint-2 = Lwm piv txwv: { MONEY($ex_big) } rho { MONEY($ex_small) } yog { MONEY($ex_diff) }. Ua li ntawd.

## Step 6: how to choose (teaching advice, not a platform rule)

how-to-choose =
    Yuav xaiv lub sàn twg? Nug koj tus kheej peb lo lus.
    Ib: kuv cov neeg yuav siv lub sàn twg?
    Ob: hauv kuv lub xã, puas muaj chav kawm los yog tsev xa ntawv pab lub sàn twg?
    Peb: lub sàn ntawd txiav nqi pes tsawg?
    Nqi sàn yog cov nyiaj uas sàn txiav thaum koj muag tau khoom.
    Pawg kawm 4 yuav hais ntxiv txog nqi sàn.

## Step 7: which questions help

choose-questions = Thaum xaiv sàn, yuav tsum nug cov lus twg? Xaiv txhua lo uas yog.
choose-buyers = Kuv cov neeg yuav siv lub sàn twg?
choose-logo = Lub sàn twg muaj daim duab cim zoo nkauj tshaj?
choose-help = Hauv kuv lub xã, leej twg pab tau muag hauv lub sàn twg?
choose-fees = Lub sàn ntawd txiav nqi pes tsawg?
choose-buyers-why = Muag rau qhov chaw uas muaj koj cov neeg yuav.
choose-logo-why = Daim duab cim zoo nkauj tsis pab koj muag tau khoom.
choose-help-why = Muaj neeg pab nyob ze, koj kawm tau sai dua.
choose-fees-why = Nqi sàn txiav ib feem ntawm cov nyiaj muag khoom.
choose-questions-hint-1 = Muaj peb lo uas yog.
choose-questions-hint-2 = Tso tseg lo hais txog daim duab zoo nkauj.

## Practice round

practice-intro =
    Tam sim no cia peb xyaum me ntsis.
    Muaj peb lo lus nug luv luv.

practice-video = Niam Lan nyiam kaw video nws daim teb tshuaj yej. Lub sàn twg haum rau video tshaj?
practice-video-lazada = Lazada
practice-video-tiktok = TikTok Shop
practice-video-none = Tsis muaj lub sàn twg muaj video
practice-video-lazada-no = Hauv Lazada, cov neeg yuav feem ntau ntaus nrhiav khoom. Video tsis yog qhov tseem ceeb.
practice-video-tiktok-yes = Hauv TikTok Shop, cov neeg yuav saib video ces yuav tam sim ntawd.
practice-video-none-no = Muaj sàn siv video ntau heev. Rov nyeem ntu hais txog plaub lub sàn.
practice-video-hint-1 = Lub sàn twg cov neeg yuav saib video luv luv ces yuav?

practice-shop-word = Koj lub khw hauv sàn hu ua li cas? Ntaus ob lo lus.
# Accepted answers, one per line. Matching ignores case and diacritics.
# The Vietnamese words are accepted too: learners meet them on the platforms.
practice-shop-word-accept =
    lub khw
    khw
    gian hàng
    gian hang
    cửa hàng
practice-shop-word-right = Lub khw yog koj qhov chaw muag khoom hauv sàn. Hauv lus Nyab Laj hu ua "gian hàng".
practice-shop-word-hint-1 = Lo lus thib ob yog "khw".
practice-shop-word-hint-2 = Hauv hnub kiab khw, txhua tus neeg muag muaj ib qho chaw. Hauv sàn kuj li ntawd.

practice-start = Koj nyuam qhuav pib. Txoj kev twg yooj yim dua?
practice-start-all = Qhib tag nrho plaub lub sàn hauv ib hnub
practice-start-one = Qhib ib lub sàn ua ntej, kawm kom txawj
practice-start-all-no = Plaub lub sàn ib zaug yog haujlwm ntau heev. Yooj yim ntxhov siab thiab tso tseg.
practice-start-one-yes = Txawj ib lub sàn lawm, koj qhib tau lwm lub ntxiv.
practice-start-hint-1 = Kawm ib yam zuj zus yooj yim dua.
