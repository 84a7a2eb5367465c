# Lesson: photo-frame (H'Mông, hnj-Latn-VN, RPA)
# DRAFT: translated from vi.ftl without a native speaker; to be reviewed.
# Facts from shared/domain/BRIEF.md, sections 1.1 and 2.1 (images).
# Pictures: drawn by tools/make-example-pictures.py.

title = Khoom loj, tag nrho, ntau sab
summary = Duab tseem ceeb: khoom loj, tsis raug txiav, duab plaub fab. Ntxiv duab lwm sab.

unit-percent = feem pua

## Step 1: "ảnh chính" (first time in the course: explain it)

main-photo-what =
    Txhua daim tin bán hàng muaj ntau daim duab.
    Daim duab thawj hu ua duab tseem ceeb (ảnh chính).
    Cov neeg yuav pom daim duab tseem ceeb ua ntej, thaum lawv nrhiav khoom.
    Daim duab tseem ceeb yuav tsum qhia cov khoom kom meej heev.

## Step 2: fill the frame
# Source: TikTok Shop SEA rule, product at least 60% of the image, not cropped (tkfff.com, 2023) [M].
# Lazada: product at least 80% of the longest side (Lazada MY guideline 2017) [M, old, other country].

fill-frame =
    Cov khoom yuav tsum loj, puv ntau tshaj ib nrab daim duab.
    TikTok Shop (lus qhia xyoo 2023): cov khoom puv tsawg kawg 60% ntawm daim duab.
    Lazada cov lus qhia qub hais kom txog 80%.
fill-frame-picture =
    Ob daim duab ntawm ib hnab tshuaj yej ntsuab.
    Sab laug: hnab tshuaj yej loj, yuav luag puv tag daim duab.
    Sab xis: hnab tshuaj yej me me nyob nruab nrab ib qho chaw dawb loj.

## Step 3

fill-small = Hnab tshuaj yej me me nyob nruab nrab daim duab, ib ncig puav leej dawb. Koj ua li cas?
fill-small-fine = Cia li ntawd, keeb duab dawb txaus lawm
fill-small-closer = Coj lub xov tooj mus ze, thaij dua kom hnab tshuaj yej loj tuaj
fill-small-text = Sau lo lus "TSHUAJ YEJ" loj rau saum daim duab
fill-small-fine-no = Keeb duab dawb zoo, tab sis cov khoom me dhau. Cov neeg yuav saib tsis meej.
fill-small-closer-yes = Mus ze dua, cov khoom loj, meej, yuav luag puv tag daim duab.
fill-small-text-no = Tsis txhob sau ntawv rau saum daim duab. Thaij cov khoom kom loj dua.
fill-small-hint-1 = Cov khoom yuav tsum puv ntau tshaj ib nrab daim duab.

## Step 4: square photos
# Source: TikTok square recommended (tkfff, 2023) [M]; Lazada 1:1 recommended (scribd MY) [M];
# Shopee 1:1 only in a code constant [L]. So: "square is safest", not "required".

square =
    Thaij duab plaub fab: dav npaum li siab.
    TikTok Shop thiab Lazada puav leej qhia kom siv duab plaub fab.
    Duab plaub fab siv tau rau txhua lub sàn.
    Ntau lub xov tooj muaj hom thaij plaub fab, sau tias 1:1.

## Step 5: the whole product

whole-product =
    Daim duab tseem ceeb yuav tsum muaj tag nrho cov khoom.
    Tsis txhob cia ploj txoj hlua hnab los yog lub hau hwj.
    Cov khoom raug txiav ib feem yog daim duab yuam kev.
whole-product-picture =
    Ob daim duab ntawm ib lub hnab paj ntaub.
    Sab laug: pom tag nrho lub hnab, tag nrho txoj hlua, nyob nruab nrab daim duab.
    Sab xis: lub hnab poob mus rau ib ces kaum, ploj ib feem txoj hlua thiab hauv qab hnab.

## Step 6: angles and scale
# Source: main image = front view, up to 9 images, no duplicates (tkfff; tt123) [M];
# side, back, detail, packaging shots after it (Lazada MY guideline; fetpo.org) [M];
# scale: the item in a hand (Etsy advice) [L], given as advice.

angles =
    Daim duab tseem ceeb thaij sab ntej ntawm cov khoom.
    Tom qab ntawd ntxiv duab sab ceg, sab nraub qaum, duab thaij ze.
    Yuav tsum muaj ib daim duab cov khoom nyob hauv tes.
    Saib txhais tes, cov neeg yuav paub tias lub hwj loj los me.
    TikTok Shop pub muab tau txog 9 daim duab.
angles-picture =
    Peb daim duab ntawm ib lub hwj zib mu.
    Ib: sab ntej. Ob: sab ceg, lub hwj nqaim zuj zus.
    Peb: lub hwj zib mu nyob hauv txhais tes.

## Step 7: brocade bag, which photo first

brocade-first = Koj muag hnab paj ntaub. Daim duab tseem ceeb yuav tsum yog daim twg?
brocade-stitches = Thaij ze ze ob peb txoj paj xaws
brocade-front = Tag nrho sab ntej ntawm lub hnab, saum daim ntaub dawb
brocade-pile = Lub hnab dai sib xyaw nrog ntau lub hnab
brocade-stitches-no = Duab thaij ze zoo heev, tab sis cia rau tom qab. Daim duab tseem ceeb yuav tsum muaj tag nrho lub hnab.
brocade-front-yes = Daim duab tseem ceeb qhia tag nrho cov khoom, saib ntawm sab ntej.
brocade-pile-no = Cov neeg yuav tsis paub tias lub hnab twg yog lub koj muag.
brocade-first-hint-1 = Daim duab tseem ceeb qhia tag nrho cov khoom, saib ntawm sab ntej.

## Step 8: a good main photo

main-photo = Daim duab tseem ceeb zoo yuav tsum muaj dab tsi? Xaiv txhua lo uas yog.
main-photo-plain = Keeb duab du, xim kaj
main-photo-big = Cov khoom loj, yuav luag puv tag daim duab
main-photo-phone = Tus lej xov tooj sau rau saum daim duab
main-photo-cut = Cov khoom raug txiav ib ces kaum
main-photo-plain-why = Keeb duab du, xim kaj pab cov neeg yuav pom cov khoom meej.
# Source: TikTok Shop, product at least 60% of the image (tkfff, 2023) [M].
main-photo-big-why = Cov khoom yuav tsum loj thiab meej, tsis me me nyob nruab nrab daim duab.
# Source: TikTok VN bans phone numbers in listings (seller-vn.tiktok.com) [H];
# no text or watermark on photos (Lazada guideline; fetpo.org) [M].
main-photo-phone-why = TikTok Shop txwv tsis pub sau tus lej xov tooj rau hauv tin bán hàng. Daim duab kuj tsis txhob muaj ntawv.
main-photo-cut-why = Daim duab tseem ceeb yuav tsum muaj tag nrho cov khoom.
main-photo-hint-1 = Muaj ob lo uas yog.
main-photo-hint-2 = Cov neeg yuav yuav tsum pom tag nrho cov khoom meej, tsis muaj lwm yam.

## Practice round

practice-intro =
    Tam sim no cia peb xyaum me ntsis.
    Muaj ob lo lus nug luv luv.

practice-hand = Vim li cas yuav tsum muaj ib daim duab cov khoom nyob hauv tes?
practice-hand-pretty = Kom khav txhais tes zoo nkauj
practice-hand-size = Kom cov neeg yuav paub tias cov khoom loj los me
practice-hand-rule = Vim sàn yuam kom muaj
practice-hand-pretty-no = Txhais tes tsuas yog los piv xwb. Cov neeg yuav xav paub cov khoom loj npaum li cas.
practice-hand-size-yes = Leej twg los paub tias txhais tes loj npaum li cas. Saib ces paub tias cov khoom loj los me.
practice-hand-rule-no = Qhov no yog lus qhia xwb, tsis yog sàn txoj cai.
practice-hand-hint-1 = Xav txog tus neeg yuav nyob deb, tsis tau tuav cov khoom li.

# Source: tkfff.com, TikTok Shop SEA, 2023 [M].
practice-fill = Raws li TikTok Shop (xyoo 2023), cov khoom yuav tsum puv tsawg kawg pes tsawg feem pua ntawm daim duab?
practice-fill-low = Tus lej no me dhau. Cov khoom yuav tsum puv ntau tshaj ib nrab daim duab.
practice-fill-high = Tus lej no loj dhau. TikTok Shop hais kom tsawg dua ntawd, tsuas ntau tshaj ib nrab me ntsis.
practice-fill-right = Tsawg kawg 60%: ntau tshaj ib nrab daim duab yog cov khoom.
practice-fill-hint-1 = Ntau tshaj ib nrab, txhais tias ntau tshaj 50%.
practice-fill-hint-2 = Lazada hais kom 80%. TikTok Shop hais kom tsawg dua 80%, ntau dua 50%.
