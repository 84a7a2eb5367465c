# Lesson: photo-sharp (H'Mông, hnj-Latn-VN, RPA)
# DRAFT: translated from vi.ftl without a native speaker; to be reviewed.
# Facts from shared/domain/BRIEF.md, sections 1.1 and 2.1-2.2 (images).
# Pictures: drawn by tools/make-example-pictures.py.

title = Duab meej thiab loj txaus
summary = Duab tsis plooj, loj txaus, tsis muaj ntawv sau rau saum.

unit-pixel = pixel

## Step 1: sharp photos
# Source: blur is a common rejection reason (tkfff; emberfeed) [M]. The tips (hold still,
# tap the product, clean the lens) are ordinary photo practice, given as advice.

sharp =
    Duab plooj ua rau cov neeg yuav tsis ntseeg.
    Tuav lub xov tooj kom ruaj, siv ob txhais tes.
    Kov cov khoom saum lub screen kom lub xov tooj thaij qhov ntawd kom meej.
    So lub qhov muag koob yees duab ntawm lub xov tooj ua ntej thaij.
sharp-picture =
    Ob daim duab ntawm ib lub hwj zib mu.
    Sab laug: meej, pom lub hau thiab daim ntawv lo meej.
    Sab xis: plooj, ntug hwj thiab daim ntawv lo tsis meej.

## Step 2

blur-fix = Koj daim duab hwj zib mu plooj. Koj ua li cas?
blur-fix-post = Muab tso xwb, cov neeg yuav tsis pom
blur-fix-darker = Ua kom daim duab tsaus zog kom tsis pom plooj
blur-fix-again = So lub koob yees duab, tuav kom ruaj, thaij dua
blur-fix-post-no = Cov neeg yuav pom tam sim ntawd. Duab plooj kuj yuav raug sàn tsis txais.
blur-fix-darker-no = Duab tsaus thiab plooj phem dua. Thaij dua.
blur-fix-again-yes = Thaij dua yog txoj kev sai tshaj kom tau duab meej.
blur-fix-hint-1 = Duab puas lawm, koj ua li cas rau daim duab ntawd?

## Step 3: big enough
# Source: TikTok Shop minimum 600x600 px for SEA incl. Vietnam from 25 Aug 2023
# (tkfff.com/108850.html; knowledgebase.skuiq.com) [M]. Lazada 500x500 minimum
# (Lazada MY guideline 2017) [M, old, other country]. Shopee VN minimum not found.

size =
    Daim duab yog ntau lub teev me me. Txhua lub teev hu ua pixel (điểm ảnh).
    Duab muaj pixel tsawg, ua kom loj ces tawg ua plaub fab.
    TikTok Shop, txij lub 8 hli xyoo 2023: daim duab tsawg kawg 600 x 600 pixel.
    Lazada cov lus qhia qub: tsawg kawg 500 x 500.
    Duab xa los ntawm xov tooj sau lus yuav raug ua me zog. Siv daim duab qub hauv koj lub xov tooj.
size-picture =
    Ob daim duab ntawm ib hnab tshuaj yej.
    Sab laug: duab meej, loj txaus.
    Sab xis: duab me dhau raug ua kom loj, tawg ua plaub fab loj.

## Step 4
# Source: as above, TikTok Shop from 25 Aug 2023 [M].

min-size = TikTok Shop (txij lub 8 hli xyoo 2023): txhua sab ntawm daim duab tsawg kawg pes tsawg pixel?
min-size-low = Tus lej no me dhau. Tus lej 500 yog Lazada cov lus qhia qub.
min-size-high = Tus lej no loj dhau. TikTok Shop hais kom tsawg dua ntawd.
min-size-right = Tsawg kawg 600 x 600 pixel. Duab thaij nrog xov tooj feem ntau loj dua ntau.
min-size-hint-1 = Tus lej no muaj peb tus lej, xaus nrog 00.
min-size-hint-2 = Nws loj dua Lazada tus 500 ib puas.

## Step 5: no writing on photos
# Source: no text or watermark (Lazada MY guideline; fetpo.org) [M]; black-and-white and
# watermarks are rejection reasons (tkfff; emberfeed) [M]; TikTok VN bans phone numbers and
# QR codes in listings (seller-vn.tiktok.com) [H].

no-writing =
    Tsis txhob sau ntawv los yog tus lej xov tooj rau saum daim duab.
    Tsis txhob ntaus lub npe khw rau saum daim duab.
    Tsis txhob siv duab dub dawb.
    Daim duab yuav tsum muaj xim tiag ntawm cov khoom.

## Step 6

reject-reasons = Daim duab twg yooj yim raug sàn tsis txais? Xaiv txhua lo uas yog.
reject-small = Duab me dua 600 x 600 pixel
reject-blur = Duab plooj
reject-good = Duab plaub fab, kaj, meej, keeb duab dawb
reject-grey = Duab dub dawb
reject-stamp = Duab muaj lub npe khw ntaus rau saum
reject-small-why = Me dua 600 x 600 ces TikTok Shop tsis txais.
reject-blur-why = Duab plooj yog ib qho laj thawj uas feem ntau raug tsis txais.
reject-good-why = Qhov no yog duab zoo. Sàn txais daim duab no.
reject-grey-why = Duab dub dawb tsis qhia xim tiag.
reject-stamp-why = Ntawv, cim ntaus rau saum daim duab yog ib qho laj thawj raug tsis txais.
reject-reasons-hint-1 = Muaj plaub lo uas yog.
reject-reasons-hint-2 = Tso tseg tsuas yog daim duab plaub fab, kaj, meej.

## Practice round

practice-intro =
    Tam sim no cia peb xyaum me ntsis.
    Muaj ob lo lus nug luv luv.

# Source: TikTok Shop 600x600 minimum from 25 Aug 2023 (tkfff.com) [M].
practice-size = Koj daim duab tsuas muaj 400 x 400 pixel. Puas muab tso rau TikTok Shop tau?
practice-size-ok = Tau, daim duab tseem pom
practice-size-too-small = Tsis tau, daim duab me dua 600 x 600
practice-size-ok-no = 400 me dua 600. Sàn yuav tsis txais daim duab no.
practice-size-too-small-yes = Thaij dua nrog lub xov tooj, siv daim duab qub.
practice-size-hint-1 = Muab 400 piv rau tus lej me tshaj uas TikTok Shop hais.

practice-stamp = Koj xav sau lub npe khw loj loj nruab nrab daim duab. Puas zoo?
practice-stamp-yes = Zoo, kom lwm tus tsis nqa daim duab
practice-stamp-no = Tsis zoo
practice-stamp-yes-no = Ntawv sau rau saum daim duab npog cov khoom thiab yuav ua rau daim duab raug tsis txais.
practice-stamp-no-yes = Lub npe khw twb muaj nyob hauv nplooj ntawv lawm. Daim duab tsuas yuav tsum muaj cov khoom.
practice-stamp-hint-1 = Nco txog cov laj thawj uas duab raug tsis txais.
