# Lesson: returns-spoiled-fruit (Vietnamese, base language)
# Role-play. Facts from shared/domain/BRIEF.md, section 5 (Shopee fresh food 24 h;
# good practice: ask for photos, partial refund or replacement where fair).
# The buyer, the order and the price are made up for teaching.

title = Nhập vai: quýt hỏng trên đường
summary = Một phần thùng quýt bị hỏng. Bạn hoàn tiền thế nào cho công bằng?

## Step 1: the rule for fresh food

# source: ghn.vn blog on Shopee return policy [M], as of 19 Jun 2025
fresh-rule =
    Nhớ lại: trên Shopee, từ 19/6/2025, thực phẩm tươi có 24 giờ.
    Người mua quýt nhận hàng xong sẽ mở ra xem ngay.
    Nếu quả hỏng, họ nhắn bạn hoặc yêu cầu trả hàng.
    Luật có thể đổi. Hãy xem trong trang quản lý của người bán.

## Step 2: a fair fix

fair-fix =
    Không phải lúc nào cũng cần trả cả thùng.
    Nếu chỉ vài quả hỏng, bạn có thể hoàn một phần tiền.
    Hoàn một phần tiền là trả lại tiền cho phần hàng hỏng.
    Hãy làm việc này qua sàn, để có bằng chứng.
    Gửi trả quả hỏng đi xa chỉ thêm hỏng, thêm tốn tiền.

## Step 3: the role-play

fruit-scene =
    Anh Minh ở Thành phố Hồ Chí Minh mua 5 cân quýt của bạn trên Shopee.
    Anh nhận hàng sáng nay.
    Vài giờ sau, anh nhắn tin cho bạn.
fruit-hint-1 = Xin lỗi, xin ảnh, rồi đề nghị hoàn tiền phần quả hỏng.
fruit-hint-2 = Đừng trách người mua, đừng nói sai luật, đừng kéo ra ngoài sàn.

fruit-open-say = Anh Minh: "Quýt đến nơi, nhiều quả thối, mốc. Tôi muốn trả hết."
fruit-open-blame = "Quýt em hái tươi mà. Chắc anh để lâu rồi."
fruit-open-sorry = "Em xin lỗi anh. Anh chụp giúp em cả thùng và các quả hỏng nhé?"
fruit-open-phone = "Anh gọi số riêng của em, mình nói chuyện ngoài sàn cho nhanh."
fruit-open-blame-why = Bạn trách người mua khi chưa xem ảnh. Anh Minh thấy bị xúc phạm.
fruit-open-sorry-why = Bạn xin lỗi và xin ảnh. Ảnh cho biết hỏng bao nhiêu.
# source: seller-vn.tiktok.com knowledge_id=1210192617211665 (no contact details in listings) [H];
# help.shopee.vn article 138173 (Shopee Video: no steering buyers off-platform) [H]; as of the brief, early 2026
fruit-open-phone-why =
    TikTok Shop và Shopee cấm dùng số điện thoại để kéo người mua ra ngoài.
    Ngoài sàn, cả hai không còn bằng chứng.

fruit-blame-say = Anh Minh: "Tôi nhận sáng nay, mở ra là thấy ngay!"
fruit-blame-sorry = "Em xin lỗi anh. Anh gửi em ảnh các quả hỏng nhé?"
fruit-blame-refuse = "Không phải lỗi của em đâu anh."
fruit-blame-sorry-why = Bạn sửa sai kịp. Anh Minh bớt giận.
fruit-blame-refuse-why = Anh Minh mất lòng tin. Anh sẽ đánh giá xấu.

fruit-photos-say =
    Anh Minh gửi ảnh: khoảng 2 cân quýt bị dập, bị mốc.
    Số quýt còn lại vẫn tươi, vẫn ngon.
fruit-photos-partial = "Em hoàn lại tiền 2 cân hỏng qua sàn. Anh giữ số quýt tươi. Anh thấy được không?"
fruit-photos-sendback = "Anh gửi trả cả thùng về cho em nhé."
# source: ghn.vn blog on Shopee return policy (fresh food 24 h) [M], as of 19 Jun 2025
fruit-photos-late = "Quá 24 giờ rồi, em không nhận trả hàng."
fruit-photos-partial-why =
    Bạn chỉ hoàn tiền phần hỏng. Anh Minh vẫn có quýt tươi để ăn.
    Cách này công bằng cho cả hai.
fruit-photos-sendback-why = Gửi cả thùng đi xa, quýt tươi cũng sẽ hỏng nốt.
# source: ghn.vn blog on Shopee return policy (fresh food 24 h) [M], as of 19 Jun 2025
fruit-photos-late-why =
    Anh Minh nhận hàng sáng nay, chưa đến 24 giờ.
    Bạn nói sai luật, và anh sẽ khiếu nại.

fruit-sendback-say = Anh Minh: "Gửi cả thùng đi xa thì quýt hỏng hết mất. Phí lắm."
fruit-sendback-partial = "Anh nói đúng. Em hoàn tiền phần quả hỏng qua sàn, anh giữ phần tươi nhé."
fruit-sendback-insist = "Không, anh cứ gửi trả cả thùng."
fruit-sendback-partial-why = Bạn lắng nghe và đổi cách. Quýt tươi không bị bỏ phí.
fruit-sendback-insist-why = Cả thùng quýt hỏng trên đường về. Bạn mất cả quýt lẫn tiền gửi.

fruit-partial-say = Anh Minh: "Được. Nhưng lần sau quýt có hỏng nữa không?"
fruit-partial-shrug = "Quýt đi xa thì phải hỏng thôi anh."
fruit-partial-improve = "Lần sau em chọn quả kỹ hơn, gói từng quả, dùng hộp thoáng khí."
fruit-partial-shrug-why = Anh Minh thấy bạn không muốn sửa. Anh sẽ mua nơi khác.
fruit-partial-improve-why = Bạn hứa một việc cụ thể. Anh Minh tin bạn hơn.

fruit-good-say =
    Anh Minh nhận tiền hoàn cho phần quýt hỏng.
    Anh nhắn: "Cảm ơn bạn. Mùa sau tôi lại mua."
fruit-outside-say =
    Anh Minh không gọi. Anh gửi yêu cầu trả hàng lên sàn.
    Anh viết thêm: "Người bán muốn nói chuyện ngoài sàn."
fruit-review-say =
    Anh Minh gửi khiếu nại lên sàn.
    Anh đánh giá một sao: "Quýt thối, người bán đổ lỗi cho khách."
fruit-refused-say =
    Anh Minh gửi khiếu nại lên sàn, kèm giờ nhận hàng.
    Bạn mất thời gian, và có thể vẫn phải hoàn tiền.
fruit-waste-say =
    Thùng quýt về đến nơi thì hỏng hết.
    Bạn hoàn đủ tiền, mất cả quýt và tiền gửi.
fruit-lost-say =
    Anh Minh nhận tiền hoàn, rồi thôi không nhắn nữa.
    Mùa sau, anh mua quýt ở cửa hàng khác.

## Step 4: after the role-play

after =
    Với hàng tươi, hãy giải quyết nhanh.
    Xem ảnh để biết hỏng bao nhiêu.
    Hoàn tiền phần hỏng qua sàn thường công bằng cho cả hai.
    Và hãy nói bạn sẽ gói khác đi thế nào.

## Practice round

practice =
    Bây giờ luyện tập một chút.
    Có ba câu hỏi ngắn.

practice-partial =
    Quýt giá { MONEY($kg_price) } một cân.
    Người mua nhận { $bad_kg } cân quýt hỏng.
    Bạn hoàn lại bao nhiêu tiền cho phần hỏng?
practice-partial-low = Còn thiếu. Hãy tính đủ số cân bị hỏng.
practice-partial-high = Nhiều quá. Chỉ hoàn cho phần bị hỏng thôi.
practice-partial-right = Bạn hoàn { MONEY($refund) } qua sàn. Người mua giữ số quýt tươi.
practice-partial-hint-1 = Lấy giá một cân nhân với số cân bị hỏng.
practice-partial-hint-2 = Ví dụ: 3 cân, mỗi cân 10.000 đồng, là 30.000 đồng.

practice-phone = Người mua nói: "Cho tôi số điện thoại, mình nói chuyện riêng." Bạn trả lời sao?
practice-phone-give = Gửi số điện thoại cho nhanh
practice-phone-platform = "Mình nhắn ở đây anh nhé, để có bằng chứng cho cả hai."
practice-phone-ignore = Không trả lời
practice-phone-give-no = Nói chuyện ngoài sàn thì không còn bằng chứng. Nếu có chuyện, sàn khó giúp bạn.
practice-phone-platform-yes = Bạn vẫn lịch sự, và mọi lời hứa đều được ghi lại trên sàn.
practice-phone-ignore-no = Im lặng làm người mua bực. Hãy trả lời lịch sự.
practice-phone-hint-1 = Chọn câu vẫn lịch sự mà giữ mọi việc trên sàn.

practice-next = Lần sau, làm gì để quýt ít hỏng hơn? Chọn tất cả ý đúng.
practice-next-pick = Chỉ chọn quả lành, không dập
practice-next-seal = Buộc kín quýt trong túi ni lông
practice-next-air = Gói từng quả, dùng hộp thoáng khí
practice-next-note = Nhắn người mua mở hàng ngay khi nhận
practice-next-pick-why = Một quả dập làm hỏng những quả bên cạnh.
practice-next-seal-why = Túi kín làm quả đọng hơi nước, nhanh thối hơn.
practice-next-air-why = Giấy đỡ va chạm, lỗ thoáng giúp quả không hấp hơi.
practice-next-note-why = Người mua xem sớm thì bạn biết sớm, sửa sớm.
practice-next-hint-1 = Có ba ý đúng.
practice-next-hint-2 = Nhớ bài gửi quýt: quả cần khô và thoáng.
