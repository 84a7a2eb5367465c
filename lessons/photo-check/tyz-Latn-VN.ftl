# Lesson: photo-check (Tày, tyz-Latn-VN)
# DRAFT: translated from vi.ftl without a native speaker; to be reviewed.
# Review of module 2 with one picture per question.
# Facts from shared/domain/BRIEF.md, sections 2.1-2.2 (common rejection reasons: under the
# minimum size, blur, black-and-white, watermark, product too small in frame; tkfff; emberfeed [M]).
# Pictures: drawn by tools/make-example-pictures.py.

title = Ngòi tẻo ảnh cón dờ đăng
summary = Ngòi mọi ảnh, tìm lỗi, sửa cón dờ đăng.

## Step 1

check-intro =
    Cón dờ đăng, ngòi tẻo mọi ảnh.
    Thăm đang cáu hả câu:
    Ảnh sáng bấu?
    Nền trơn bấu?
    Hàng cải, đủ, bấu mất phần hâư bấu?
    Ảnh rõ nét bấu?
    Ảnh vuông vạ đủ cải bấu?

## The four answers used by every question below

fault-dark = Ảnh tối lai
fault-blur = Ảnh mờ, nhòe
fault-small = Hàng nọi lai dầu ảnh
fault-none = Ảnh đây, bấu mì lỗi

## Photo 1: dark brocade bag

check-1 = Ảnh 1: túi thổ cẩm. Ngòi kỹ.
check-1-picture = Túi thổ cẩm đeo nưa nền xám tối. Màu đeng, lương cúa túi xỉn.
check-1-fault = Ảnh 1 mì lỗi lăng?
check-1-dark-yes = Ảnh thiếu sáng. Chụp tẻo pạng tảng, chang vằn.
check-1-blur-no = Đường nét cúa túi nhằng rõ. Ngòi độ sáng.
check-1-small-no = Túi nhằng cải dầu ảnh. Ngòi độ sáng.
check-1-none-no = Màu túi xỉn. Cần dự bấu hăn màu chăn.
check-1-hint-1 = So đuổi nền khao dú mọi ảnh cón, nền ảnh nẩy màu lăng?

## Photo 2: blurred tea packet

check-2 = Ảnh 2: gói chè. Ngòi kỹ.
check-2-picture = Gói chè khiếu đeo nưa nền khao. Mép gói vạ nhãn nhòe lẹo.
check-2-fault = Ảnh 2 mì lỗi lăng?
check-2-dark-no = Nền nhằng khao, ảnh nhằng sáng. Ngòi mép gói chè.
check-2-blur-yes = Ảnh nhòe. Lau ống kính, cầm chắc máy, chụp tẻo.
check-2-small-no = Gói chè nhằng cải. Ngòi mép gói chè.
check-2-none-no = Mép gói vạ nhãn nhòe. Ảnh xằng rõ nét.
check-2-hint-1 = Ngòi mép gói chè: sắc lụ nhòe?

## Photo 3: tiny honey jar

check-3 = Ảnh 3: hũ mật ong. Ngòi kỹ.
check-3-picture = Hũ mật ong đeo nọi lai dú chang. Rọp pạng lẻ khoảng khao cải.
check-3-fault = Ảnh 3 mì lỗi lăng?
check-3-dark-no = Ảnh nhằng sáng. Ngòi hũ mật cải lụ nọi.
check-3-blur-no = Hũ nọi tọ bấu nhòe. Ngòi hũ cải lụ nọi.
check-3-small-yes = Hũ nọi lai. Au máy mà gần, hẩư hũ chiếm lai quá nửa ảnh.
check-3-none-no = Hũ mật chiếm nọi lai tỉ dầu ảnh. Cần dự khó ngòi.
check-3-hint-1 = Hàng chiếm lai quá nửa ảnh bấu?

## Photo 4: good honey jar

check-4 = Ảnh 4: hũ mật ong. Ngòi kỹ.
check-4-picture = Hũ mật ong đeo cải, rõ, màu lương, nưa nền khao trơn. Hăn tằng nắp vạ nhãn.
check-4-fault = Ảnh 4 pền rừ?
check-4-dark-no = Ảnh sáng, nền khao. Bấu tối.
check-4-blur-no = Mép hũ vạ nhãn tố rõ. Bấu mờ.
check-4-small-no = Hũ chiếm gần lẹo ảnh. Bấu nọi.
check-4-none-yes = Ảnh sáng, nền trơn, hũ cải vạ rõ. Dùng hết ảnh chính đảy.
check-4-hint-1 = Bấu phải ảnh hâư tố mì lỗi.

## Practice round

practice-intro =
    Ca nẩy luyện tập đi nọi.
    Mì slong câu thăm tển.

practice-checklist = Xếp hả câu thăm ngòi tẻo ảnh đuổi thứ tự dầu bài.
checklist-light = Ảnh sáng bấu?
checklist-background = Nền trơn bấu?
checklist-whole = Hàng cải, đủ bấu?
checklist-sharp = Ảnh rõ nét bấu?
checklist-size = Ảnh vuông, đủ cải bấu?
practice-checklist-wrong = Đuổi thứ tự dú cón bài: ánh sáng, nền, hàng, độ nét, cỡ ảnh.
practice-checklist-right = Ngòi tẻo đuổi thứ tự nẩy, pỉ noọng bấu bỏ sót lỗi hâư.
practice-checklist-hint-1 = Câu cón nhất thăm thâng ánh sáng.
practice-checklist-hint-2 = Câu cuối thăm thâng cỡ ảnh.

practice-fix-dark = Ảnh chè cúa pỉ noọng tối. Sửa pền rừ?
practice-fix-dark-window = Chụp tẻo pạng tảng, chang vằn
practice-fix-dark-fire = Chụp tẻo pạng phầy
practice-fix-dark-post = Đăng pây, sàn hết sáng hẩư
practice-fix-dark-window-yes = Ánh sáng chang vằn hết hẩư màu chè chăn vạ rõ.
practice-fix-dark-fire-no = Pạng phầy thiếu sáng, nhằng mì khói.
practice-fix-dark-post-no = Sàn bấu sửa ảnh hẩư pỉ noọng. Chụp tẻo.
practice-fix-dark-hint-1 = Ánh sáng đây nhất tẳm hâư mà?
