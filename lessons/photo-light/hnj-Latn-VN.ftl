# Lesson: photo-light (H'Mông, hnj-Latn-VN, RPA)
# DRAFT: translated from vi.ftl without a native speaker; to be reviewed.
# Facts from shared/domain/BRIEF.md, section 2.1 (product photos).
# Pictures: drawn by tools/make-example-pictures.py (good photo left, faulty photo right).

title = Teeb pom kev thiab keeb duab rau duab khoom
summary = Thaij duab kom kaj, rau saum keeb duab dawb huv, khoom huv si.

## Step 1: why light matters
# Source: platform photo guides (Lazada guideline via scribd; fetpo.org) [M]: diffused natural
# light. Trainers start with "how to photograph products" (vietnamnews.vn 1766810) [H].

why-light =
    Nyob zoo { $learner }! Cov neeg yuav pom koj cov khoom hauv duab xwb.
    Duab kaj thiab meej pab kom cov neeg yuav ntseeg koj.
    Saib ob daim duab hwj zib mu.
    Duab tsaus ua rau zib mu zoo li xim tsis zoo.
why-light-picture =
    Ob daim duab ntawm ib lub hwj zib mu.
    Sab laug: duab kaj, keeb duab dawb, zib mu daj meej.
    Sab xis: duab tsaus, xim av txho, saib tsis meej.

## Step 2: where to take the photo

best-place = Koj thaij duab hwj zib mu qhov twg thiaj zoo tshaj?
best-place-window = Ze qhov rais, thaum nruab hnub
best-place-bulb = Hauv qab lub teeb fais fab, thaum tsaus ntuj
best-place-fire = Ntawm qhov cub hauv tsev
best-place-window-yes =
    Hnub ci los ntawm qhov rais muag muag thiab sib npaug.
    Xim ntawm cov khoom zoo li tiag.
best-place-bulb-no =
    Tsaus ntuj, lub teeb fais fab ci tsis tshua kaj thiab daj.
    Xim zib mu yuav txawv ntawm nws xim tiag.
best-place-fire-no =
    Ze qhov cub feem ntau tsis kaj thiab muaj pa taws.
    Daim duab yuav plooj thiab xim tsis zoo.
best-place-hint-1 = Teeb pom kev zoo tshaj yog hnub ci.
best-place-hint-2 = Xaiv qhov chaw uas muaj hnub ci thaum nruab hnub.

## Step 3: a plain background
# Source: Lazada guideline via scribd; fetpo.org [M]; TikTok SEA recommends white (tkfff, 2023) [M].

plain-background =
    Keeb duab yog qhov chaw koj muab cov khoom tso los thaij.
    Keeb duab yuav tsum du thiab xim kaj.
    Ib daim ntaub dawb los yog ib daim ntawv dawb txaus lawm.
    Muab lwm yam khoom tshem mus rau lwm qhov.
plain-background-picture =
    Ob daim duab ntawm ib lub hwj zib mu.
    Sab laug: lub hwj zib mu saum keeb duab dawb du.
    Sab xis: lub hwj zib mu nyob nruab nrab lauj kaub, fwj, hnab thiab nplooj, saum daim lev muaj paj ntau.

## Step 4: type the background colour

background-color = Keeb duab xim twg yog xim uas luag qhia kom siv tshaj? Ntaus lub npe xim.
# Accepted answers, one per line. Matching ignores case and diacritics.
# The Vietnamese words are accepted too.
background-color-accept =
    dawb
    xim dawb
    dawb huv
    dawb paug
    keeb duab dawb
    trắng
    màu trắng
    nền trắng
background-color-right = Keeb duab dawb ua rau cov khoom pom meej.
background-color-hint-1 = Nws yog xim ntawm daim ntawv huv.
background-color-hint-2 = Nws kuj yog xim ntawm ntsev thiab ntawm paj rwb.

## Step 5: a clean product
# Source: Lazada guideline via scribd; fetpo.org [M]: product clean (no dust or fingerprints),
# no reflections.

clean-product =
    Ua ntej thaij, so cov khoom kom huv.
    Tsis txhob muaj hmoov av, cim ntiv tes ntawm lub hwj.
    Tsis txhob cia hnub ci ncaj qha rau lub hwj kom ci ntsa iab.
    Qhov ci ntsa iab npog xim zib mu.

## Step 6

before-shoot = Ua ntej thaij, yuav tsum ua dab tsi? Xaiv txhua lo uas yog.
before-shoot-wipe = So hmoov av thiab cim ntiv tes kom huv
before-shoot-bulb = Tos tsaus ntuj, qhib teeb ces thaij
before-shoot-cloth = Pua ntaub dawb ua keeb duab
before-shoot-pots = Muab lauj kaub tais diav tso ncig cov khoom kom zoo saib
before-shoot-wipe-why = Cov khoom huv zoo saib thiab ntseeg tau.
before-shoot-bulb-why = Hnub ci thaum nruab hnub zoo dua lub teeb thaum tsaus ntuj.
before-shoot-cloth-why = Ntaub dawb yog keeb duab du, yooj yim nrhiav.
before-shoot-pots-why = Tej yam nyob ib ncig ua rau cov neeg yuav saib tsis meej cov khoom.
before-shoot-hint-1 = Muaj ob lo uas yog.
before-shoot-hint-2 = Nco ntsoov: hnub ci, keeb duab du, khoom huv.

## Step 7: put the steps in order

photo-steps = Teev cov kauj ruam thaij duab kom raug.
photo-steps-clean = So cov khoom kom huv
photo-steps-place = Muab tso saum ntaub dawb, ze qhov rais
photo-steps-shoot = Thaij duab sab ntej
photo-steps-check = Saib dua daim duab puas meej
photo-steps-wrong = Xav seb: yam twg yuav tsum ua ua ntej thaij?
photo-steps-right = Koj npaj txhij thaij duab khoom lawm.
photo-steps-hint-1 = Kauj ruam thawj yog so cov khoom kom huv.
photo-steps-hint-2 = Kauj ruam kawg yog saib dua daim duab uas nyuam qhuav thaij.

## Practice round

practice-intro =
    Tam sim no cia peb xyaum me ntsis.
    Saib ob daim duab hnab paj ntaub.
practice-intro-picture =
    Ob daim duab ntawm ib lub hnab paj ntaub.
    Sab laug: lub hnab xim liab, daj, ntsuab meej saum keeb duab dawb.
    Sab xis: tib lub hnab ntawd, duab tsaus, xim tsis zoo.

practice-bag = Daim duab sab xis muaj qhov yuam kev dab tsi?
practice-bag-clutter = Muaj ntau yam khoom nyob ib ncig
practice-bag-dark = Daim duab tsaus dhau
practice-bag-cut = Lub hnab raug txiav ib feem
practice-bag-clutter-no = Keeb duab tseem du, tsis muaj lwm yam khoom.
practice-bag-dark-yes = Daim duab tsis kaj ua rau xim paj ntaub tsis zoo.
practice-bag-cut-no = Lub hnab tseem muaj tag nrho thiab txoj hlua. Saib xim ntawm daim duab.
practice-bag-hint-1 = Muab xim ob daim duab piv: daim twg kaj dua?

practice-cloth = Koj tseem tsis muaj keeb duab los thaij. Siv dab tsi kom sai?
practice-cloth-blanket = Daim pam muaj paj
practice-cloth-ground = Hauv av sab nraum tshav
practice-cloth-white = Daim ntawv dawb los yog daim ntaub dawb
practice-cloth-blanket-no = Paj ntawm daim pam ua rau ntxhov qhov muag, sib xyaw nrog cov khoom.
practice-cloth-ground-no = Hauv av muaj av xuab zeb, nplooj ntoo. Keeb duab tsis du.
practice-cloth-white-yes = Ntawv dawb los yog ntaub dawb yog keeb duab du, xim kaj.
practice-cloth-hint-1 = Keeb duab zoo yog du thiab xim kaj.
