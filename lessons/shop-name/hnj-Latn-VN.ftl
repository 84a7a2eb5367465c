# Lesson: shop-name (H'Mông, hnj-Latn-VN, RPA)
# DRAFT: translated from vi.ftl without a native speaker; to be reviewed.
# Facts from shared/domain/BRIEF.md, section 1.1 (titles, shop name, contact details).
# Shop names and people in examples are made up for teaching. Shop names stay in Vietnamese,
# as they would on the platform; product names are translated so the point is understood.

title = Tis npe rau lub khw thiab cov khoom
summary = Lub npe luv, hais meej muag dab tsi. Tsis txhob sau tus lej xov tooj.

## Step 1

name-why =
    Lub npe khw yog thawj yam uas cov neeg yuav pom.
    Lub npe zoo qhia tias koj muag dab tsi, nyob qhov twg.
    Piv txwv: Mật Ong Sìn Hồ Nhà Mai (Zib mu Sìn Hồ tsev Mai).
    Cov neeg yuav nyeem ces nkag siab tam sim ntawd.

## Step 2: shop-name rules, softened: the only source is a 2022 copy of a TikTok rule
# (seotime.edu.vn) [L]. Contact details: TikTok VN bans phone numbers, social handles and QR
# codes in listings (seller-vn.tiktok.com, knowledge_id=1210192617211665) [H].

name-rules =
    Ntau tus neeg muag qhia: lub npe luv, yooj yim nyeem, yooj yim nco.
    Lub npe tsis pub ntev tshaj 40 tus tsiaj ntawv, suav tag cov chaw khoob.
    Tsis txhob muab lub npe sàn, xws li "TikTok" los yog "Shopee", tso rau hauv.
    Tsis txhob sau tus lej xov tooj rau hauv lub npe.

## Step 3

name-best = Lub npe khw twg zoo tshaj?
name-best-platform = TikTok Chè Ngon 0987 654 321
name-best-good = Chè Shan Tuyết Nhà A Páo
name-best-cheap = Hàng Rẻ Nhất Chợ!!! (Khoom pheej yig tshaj hauv kiab khw!!!)
name-best-platform-no = Lub npe no muaj npe sàn thiab tus lej xov tooj. Tsis txhob siv.
name-best-good-yes = Lub npe luv, hais meej muag tshuaj yej dab tsi, ntawm tsev neeg twg.
name-best-cheap-no = Lub npe no tsis hais tias muag dab tsi. Tsis txhob siv "!!!" thiab lo lus "tshaj" thiab.
name-best-hint-1 = Xaiv lub npe hais meej tias muag dab tsi.
name-best-hint-2 = Tso tseg lub npe muaj tus lej xov tooj los yog cov cim "!".

## Step 4: write your own shop name

my-shop-name =
    Ntaus ib lub npe khw rau koj.
    Lub npe yuav tsum hais tias koj muag dab tsi.
    Tsis pub ntev tshaj 40 tus tsiaj ntawv.
idea-product = Lub npe hais tias koj muag dab tsi (zib mu, tshuaj yej, paj ntaub...)
# Keywords, one per line; any one counts. Matching ignores case and diacritics.
# H'Mông words first, then the Vietnamese ones: a shop name is often written in Vietnamese.
idea-product-words =
    zib mu
    zib ntab
    zib
    tshuaj yej
    yej
    qhiav
    nqaij
    nqaij twm
    nqaij ncu
    txiv kab ntxwv
    qos
    mov
    txhuv
    pob kws
    ntsuag
    nceb
    zaub
    paj ntaub
    hnab
    phuam
    tiab
    ntaub
    qoob loo
    mật ong
    mật
    chè
    trà
    shan tuyết
    thảo quả
    quế
    gừng
    thịt
    thịt trâu
    gác bếp
    lạp xưởng
    quýt
    cam
    na
    mận
    táo mèo
    khoai
    khoai sâm
    gạo
    nếp
    ngô
    măng
    nấm
    rau
    thổ cẩm
    túi
    khăn
    váy
    vải
    nông sản
    đặc sản
my-shop-name-right = Lub npe no hais meej tias koj muag dab tsi. Sau cia siv thaum qhib khw.
my-shop-name-hint-1 = Pib nrog lub npe khoom, piv txwv: Thảo Quả.
my-shop-name-hint-2 = Ntxiv lub npe zos, xã los yog koj tsev neeg, piv txwv: Khoai Sâm Nhà Lý.

## Step 5: "tin bán hàng" (first time in the course: explain it)

listing-what =
    Txhua yam khoom muaj nws ib nplooj ntawv hauv sàn.
    Nplooj ntawv ntawd muaj duab, npe khoom, nqi thiab lus qhia txog khoom.
    Nplooj ntawv ntawd hu ua tin bán hàng (ntawv tshaj tawm muag khoom).

## Step 6: product titles
# Source: nguyenanhtung.vn; ecommercewithram.blogspot.com 2022 [M]: a TikTok Shop title states
# product type, material, key feature, quantity; no promotions, URL, seller name, platform names
# or symbols.

title-what =
    Lub npe khoom hais peb yam.
    Khoom yog dab tsi, ua los ntawm dab tsi, muaj pes tsawg.
    Piv txwv: Thảo quả qhuav Sìn Hồ, hnab 500 gam.

## Step 7

title-not =
    Raws li TikTok Shop cov lus qhia (xyoo 2022), lub npe khoom tsis pub muaj:
    lus txo nqi, xws li "txo 50%";
    kev txuas mus rau lub vev xaib, lub npe tus neeg muag;
    lub npe TikTok los yog lwm lub sàn;
    cov cim, xws li ★ los yog !!!

## Step 8

title-ok = Lub npe khoom twg sau tau? Xaiv txhua lo uas yog.
title-ok-honey = Zib mu paj hav zoov Sìn Hồ, hwj 500 ml
title-ok-sale = Hnub no txo 50%, tshuaj yej qab
title-ok-bag = Hnab paj ntaub xaws tes, ntaub maj, 30 x 25 cm
title-ok-phone = Khoai sâm ★★★ hu 0987 654 321
title-ok-honey-why = Lub npe hais meej: zib mu dab tsi, nyob qhov twg, muaj pes tsawg.
title-ok-sale-why = Tsis txhob sau lus txo nqi rau hauv lub npe khoom.
title-ok-bag-why = Lub npe hais meej: hnab dab tsi, ua los ntawm dab tsi, loj npaum li cas.
title-ok-phone-why = Tsis txhob sau cov cim thiab tus lej xov tooj rau hauv lub npe khoom.
title-ok-hint-1 = Muaj ob lo uas yog.
title-ok-hint-2 = Lub npe zoo hais: khoom dab tsi, ua los ntawm dab tsi, muaj pes tsawg.

## Practice round

practice-intro =
    Tam sim no cia peb xyaum me ntsis.
    Muaj ob lo lus nug luv luv.

practice-title = Niam Sùng muag nqaij twm ncu. Lub npe khoom twg sau tau?
practice-title-best = Nqaij twm qab tshaj plaws, txo 30%
practice-title-other = Nqaij twm, hauv Shopee pheej yig dua
practice-title-good = Nqaij twm ncu Điện Biên, hnab 500 gam
practice-title-best-no = Lub npe no muaj lus txo nqi thiab lo lus "tshaj plaws". Tsis txhob sau.
practice-title-other-no = Tsis txhob sau lwm lub sàn lub npe rau hauv lub npe khoom.
practice-title-good-yes = Lub npe hais meej: nqaij dab tsi, nyob qhov twg, muaj pes tsawg.
practice-title-hint-1 = Xaiv lub npe hais meej tias khoom yog dab tsi thiab muaj pes tsawg.

# Source: TikTok VN bans phone numbers in listings (seller-vn.tiktok.com) [H];
# Shopee Video bans sharing phone numbers (help.shopee.vn article 138173) [H].
practice-phone = Puas pub sau tus lej xov tooj rau hauv tin bán hàng hauv TikTok Shop?
practice-phone-yes = Pub, kom cov neeg yuav hu tau
practice-phone-no = Tsis pub sau
practice-phone-yes-no = TikTok Shop txwv tsis pub sau tus lej xov tooj rau hauv tin bán hàng. Cov neeg yuav sau lus rau koj hauv sàn.
practice-phone-no-yes = TikTok Shop txwv tsis pub sau tus lej xov tooj. Shopee kuj txwv tsis pub sau rau hauv video muag khoom.
practice-phone-hint-1 = Nco txog lub npe khw uas muaj tus lej xov tooj hauv lo lus nug dhau los.
