# Lesson: photo-check (Vietnamese, base language)
# Review of module 2 with one picture per question.
# Facts from shared/domain/BRIEF.md, sections 2.1-2.2 (common rejection reasons: under the
# minimum size, blur, black-and-white, watermark, product too small in frame; tkfff; emberfeed [M]).
# Pictures: drawn by tools/make-example-pictures.py.

title = Xem lại ảnh trước khi đăng
summary = Nhìn từng ảnh, tìm lỗi, sửa trước khi đăng.

## Step 1

check-intro =
    Trước khi đăng, hãy xem lại từng ảnh.
    Tự hỏi năm câu:
    Ảnh có sáng không?
    Nền có trơn không?
    Sản phẩm có to, có đủ, không bị cắt không?
    Ảnh có rõ nét không?
    Ảnh có vuông và đủ lớn không?

## The four answers used by every question below

fault-dark = Ảnh tối quá
fault-blur = Ảnh mờ, nhòe
fault-small = Sản phẩm nhỏ quá trong ảnh
fault-none = Ảnh tốt, không có lỗi

## Photo 1: dark brocade bag

check-1 = Ảnh 1: túi thổ cẩm. Hãy nhìn kỹ.
check-1-picture = Một túi thổ cẩm trên nền xám tối. Màu đỏ, vàng của túi bị xỉn.
check-1-fault = Ảnh 1 có lỗi gì?
check-1-dark-yes = Ảnh thiếu sáng. Hãy chụp lại cạnh cửa sổ, ban ngày.
check-1-blur-no = Đường nét của túi vẫn rõ. Hãy nhìn độ sáng.
check-1-small-no = Túi vẫn to trong ảnh. Hãy nhìn độ sáng.
check-1-none-no = Màu túi bị xỉn. Người mua không thấy màu thật.
check-1-hint-1 = So với nền trắng ở các ảnh trước, nền ảnh này màu gì?

## Photo 2: blurred tea packet

check-2 = Ảnh 2: gói chè. Hãy nhìn kỹ.
check-2-picture = Một gói chè xanh trên nền trắng. Mép gói và nhãn nhòe hết.
check-2-fault = Ảnh 2 có lỗi gì?
check-2-dark-no = Nền vẫn trắng, ảnh vẫn sáng. Hãy nhìn mép gói chè.
check-2-blur-yes = Ảnh nhòe. Hãy lau ống kính, cầm chắc máy, chụp lại.
check-2-small-no = Gói chè vẫn to. Hãy nhìn mép gói chè.
check-2-none-no = Mép gói và nhãn bị nhòe. Ảnh chưa rõ nét.
check-2-hint-1 = Nhìn mép gói chè: sắc hay nhòe?

## Photo 3: tiny honey jar

check-3 = Ảnh 3: hũ mật ong. Hãy nhìn kỹ.
check-3-picture = Một hũ mật ong rất nhỏ ở giữa. Xung quanh là một khoảng trắng lớn.
check-3-fault = Ảnh 3 có lỗi gì?
check-3-dark-no = Ảnh vẫn sáng. Hãy nhìn xem hũ mật to hay nhỏ.
check-3-blur-no = Hũ nhỏ nhưng không nhòe. Hãy nhìn xem hũ to hay nhỏ.
check-3-small-yes = Hũ quá nhỏ. Hãy đưa máy lại gần, cho hũ chiếm hơn nửa ảnh.
check-3-none-no = Hũ mật chiếm rất ít chỗ trong ảnh. Người mua khó nhìn.
check-3-hint-1 = Sản phẩm có chiếm hơn nửa ảnh không?

## Photo 4: good honey jar

check-4 = Ảnh 4: hũ mật ong. Hãy nhìn kỹ.
check-4-picture = Một hũ mật ong to, rõ, màu vàng, trên nền trắng trơn. Thấy cả nắp và nhãn.
check-4-fault = Ảnh 4 thế nào?
check-4-dark-no = Ảnh sáng, nền trắng. Không tối.
check-4-blur-no = Mép hũ và nhãn đều rõ. Không mờ.
check-4-small-no = Hũ chiếm gần hết ảnh. Không nhỏ.
check-4-none-yes = Ảnh sáng, nền trơn, hũ to và rõ. Dùng làm ảnh chính được.
check-4-hint-1 = Không phải ảnh nào cũng có lỗi.

## Practice round

practice-intro =
    Bây giờ luyện tập một chút.
    Có hai câu hỏi ngắn.

practice-checklist = Xếp năm câu hỏi xem lại ảnh theo thứ tự trong bài.
checklist-light = Ảnh có sáng không?
checklist-background = Nền có trơn không?
checklist-whole = Sản phẩm có to, có đủ không?
checklist-sharp = Ảnh có rõ nét không?
checklist-size = Ảnh có vuông, đủ lớn không?
practice-checklist-wrong = Hãy theo thứ tự ở đầu bài: ánh sáng, nền, sản phẩm, độ nét, cỡ ảnh.
practice-checklist-right = Xem lại theo thứ tự này, bạn sẽ không bỏ sót lỗi nào.
practice-checklist-hint-1 = Câu đầu tiên hỏi về ánh sáng.
practice-checklist-hint-2 = Câu cuối cùng hỏi về cỡ ảnh.

practice-fix-dark = Ảnh chè của bạn bị tối. Sửa thế nào?
practice-fix-dark-window = Chụp lại cạnh cửa sổ, ban ngày
practice-fix-dark-fire = Chụp lại cạnh bếp lửa
practice-fix-dark-post = Cứ đăng, sàn tự làm sáng
practice-fix-dark-window-yes = Ánh sáng ban ngày làm màu chè thật và rõ.
practice-fix-dark-fire-no = Cạnh bếp lửa thiếu sáng, lại có khói.
practice-fix-dark-post-no = Sàn không sửa ảnh cho bạn. Hãy chụp lại.
practice-fix-dark-hint-1 = Ánh sáng tốt nhất đến từ đâu?
