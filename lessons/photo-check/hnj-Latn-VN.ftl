# Lesson: photo-check (H'Mông, hnj-Latn-VN, RPA)
# DRAFT: translated from vi.ftl without a native speaker; to be reviewed.
# Review of module 2 with one picture per question.
# Facts from shared/domain/BRIEF.md, sections 2.1-2.2 (common rejection reasons: under the
# minimum size, blur, black-and-white, watermark, product too small in frame; tkfff; emberfeed [M]).
# Pictures: drawn by tools/make-example-pictures.py.

title = Saib dua cov duab ua ntej muab tso
summary = Saib txhua daim duab, nrhiav qhov yuam kev, kho ua ntej muab tso.

## Step 1

check-intro =
    Ua ntej muab tso, saib dua txhua daim duab.
    Nug koj tus kheej tsib lo lus:
    Daim duab puas kaj?
    Keeb duab puas du?
    Cov khoom puas loj, puas tag nrho, tsis raug txiav?
    Daim duab puas meej?
    Daim duab puas plaub fab thiab loj txaus?

## The four answers used by every question below

fault-dark = Daim duab tsaus dhau
fault-blur = Daim duab plooj
fault-small = Cov khoom me dhau hauv daim duab
fault-none = Daim duab zoo, tsis muaj qhov yuam kev

## Photo 1: dark brocade bag

check-1 = Duab 1: hnab paj ntaub. Saib zoo zoo.
check-1-picture = Ib lub hnab paj ntaub saum keeb duab txho tsaus. Xim liab, daj ntawm lub hnab tsis zoo.
check-1-fault = Duab 1 muaj qhov yuam kev dab tsi?
check-1-dark-yes = Daim duab tsis kaj. Thaij dua ze qhov rais, thaum nruab hnub.
check-1-blur-no = Cov kab ntawm lub hnab tseem meej. Saib seb kaj npaum li cas.
check-1-small-no = Lub hnab tseem loj hauv daim duab. Saib seb kaj npaum li cas.
check-1-none-no = Xim lub hnab tsis zoo. Cov neeg yuav tsis pom xim tiag.
check-1-hint-1 = Piv rau keeb duab dawb hauv cov duab dhau los, keeb duab no xim dab tsi?

## Photo 2: blurred tea packet

check-2 = Duab 2: hnab tshuaj yej. Saib zoo zoo.
check-2-picture = Ib hnab tshuaj yej ntsuab saum keeb duab dawb. Ntug hnab thiab daim ntawv lo plooj tag.
check-2-fault = Duab 2 muaj qhov yuam kev dab tsi?
check-2-dark-no = Keeb duab tseem dawb, daim duab tseem kaj. Saib ntug hnab tshuaj yej.
check-2-blur-yes = Daim duab plooj. So lub koob yees duab, tuav kom ruaj, thaij dua.
check-2-small-no = Hnab tshuaj yej tseem loj. Saib ntug hnab tshuaj yej.
check-2-none-no = Ntug hnab thiab daim ntawv lo plooj. Daim duab tseem tsis meej.
check-2-hint-1 = Saib ntug hnab tshuaj yej: meej los plooj?

## Photo 3: tiny honey jar

check-3 = Duab 3: hwj zib mu. Saib zoo zoo.
check-3-picture = Ib lub hwj zib mu me me nyob nruab nrab. Ib ncig yog ib qho chaw dawb loj.
check-3-fault = Duab 3 muaj qhov yuam kev dab tsi?
check-3-dark-no = Daim duab tseem kaj. Saib seb lub hwj zib mu loj los me.
check-3-blur-no = Lub hwj me tab sis tsis plooj. Saib seb lub hwj loj los me.
check-3-small-yes = Lub hwj me dhau. Coj lub xov tooj mus ze, kom lub hwj puv ntau tshaj ib nrab daim duab.
check-3-none-no = Lub hwj zib mu puv me ntsis xwb hauv daim duab. Cov neeg yuav saib tsis meej.
check-3-hint-1 = Cov khoom puas puv ntau tshaj ib nrab daim duab?

## Photo 4: good honey jar

check-4 = Duab 4: hwj zib mu. Saib zoo zoo.
check-4-picture = Ib lub hwj zib mu loj, meej, xim daj, saum keeb duab dawb du. Pom lub hau thiab daim ntawv lo.
check-4-fault = Duab 4 zoo li cas?
check-4-dark-no = Daim duab kaj, keeb duab dawb. Tsis tsaus.
check-4-blur-no = Ntug hwj thiab daim ntawv lo meej. Tsis plooj.
check-4-small-no = Lub hwj yuav luag puv tag daim duab. Tsis me.
check-4-none-yes = Daim duab kaj, keeb duab du, lub hwj loj thiab meej. Siv ua duab tseem ceeb tau.
check-4-hint-1 = Tsis yog txhua daim duab muaj qhov yuam kev.

## Practice round

practice-intro =
    Tam sim no cia peb xyaum me ntsis.
    Muaj ob lo lus nug luv luv.

practice-checklist = Teev tsib lo lus nug saib dua duab raws li kab ke hauv zaj kawm.
checklist-light = Daim duab puas kaj?
checklist-background = Keeb duab puas du?
checklist-whole = Cov khoom puas loj, puas tag nrho?
checklist-sharp = Daim duab puas meej?
checklist-size = Daim duab puas plaub fab, loj txaus?
practice-checklist-wrong = Ua raws li kab ke thaum pib zaj kawm: teeb pom kev, keeb duab, cov khoom, kev meej, qhov loj ntawm daim duab.
practice-checklist-right = Saib dua raws li kab ke no, koj yuav tsis plam ib qho yuam kev li.
practice-checklist-hint-1 = Lo lus nug thawj nug txog teeb pom kev.
practice-checklist-hint-2 = Lo lus nug kawg nug txog qhov loj ntawm daim duab.

practice-fix-dark = Koj daim duab tshuaj yej tsaus. Kho li cas?
practice-fix-dark-window = Thaij dua ze qhov rais, thaum nruab hnub
practice-fix-dark-fire = Thaij dua ze qhov cub
practice-fix-dark-post = Muab tso xwb, sàn yuav ua kom kaj
practice-fix-dark-window-yes = Hnub ci thaum nruab hnub ua rau xim tshuaj yej tiag thiab meej.
practice-fix-dark-fire-no = Ze qhov cub tsis kaj, thiab muaj pa taws.
practice-fix-dark-post-no = Sàn tsis kho duab rau koj. Thaij dua.
practice-fix-dark-hint-1 = Teeb pom kev zoo tshaj los qhov twg?
