# Lesson: returns-brocade-photo (Vietnamese, base language)
# Role-play. Facts from shared/domain/BRIEF.md, sections 2.1 (photo practice),
# 5 (return causes: not as described; evidence: a copy of the listing; good practice).
# The buyer, the order and the story are made up for teaching.

title = Nhập vai: túi thổ cẩm "không giống ảnh"
summary = Người mua nói túi khác ảnh. Bạn xem lại ảnh, nhận phần lỗi, và sửa trang bán hàng.

## Step 1: why goods look different

# source: tiktokpartner.vn (return reason: not as described) [L]; Lazada photo guideline via fetpo.org [M]
why-different =
    Có người mua kêu: "Hàng không giống ảnh."
    Vì sao lại thế?
    Ảnh chụp dưới nắng gắt hay đèn làm màu sáng hơn thật.
    Đồ dệt tay thì mỗi chiếc khác nhau một chút.
    Cách tốt nhất: chụp ban ngày, gần cửa sổ, màu thật.
    Và viết rõ trong trang bán hàng điều người mua cần biết.

## Step 2: say that each piece differs

handmade-note = Bạn có 10 túi thổ cẩm. Hoa văn mỗi túi hơi khác nhau. Bạn viết gì?
handmade-note-same = "Túi giống hệt ảnh"
handmade-note-differ = "Mỗi túi dệt tay, hoa văn có thể khác ảnh một chút"
handmade-note-none = Không viết gì
handmade-note-same-no = Câu này không thật. Người mua sẽ thấy túi khác và thất vọng.
handmade-note-differ-yes = Câu này thật. Người mua biết trước, nên ít bất ngờ.
handmade-note-none-no = Người mua không biết, rồi sẽ nghĩ bạn gửi nhầm.
handmade-note-hint-1 = Chọn câu nói thật về đồ làm bằng tay.

## Step 3: the role-play

bag-scene =
    Chị Hoa ở Đà Nẵng mua một túi thổ cẩm của bạn trên Lazada.
    Túi do bạn dệt, màu đỏ và đen.
    Hôm nay chị nhận túi và nhắn tin cho bạn.
bag-hint-1 = Xin ảnh chụp ban ngày, rồi so với ảnh trên trang bán hàng của bạn.
bag-hint-2 = Nếu ảnh của bạn làm màu khác thật, hãy nhận lỗi và sửa ảnh.

bag-open-say = Chị Hoa: "Túi không giống ảnh! Màu tối hơn, hoa văn cũng khác."
bag-open-wrong = "Ảnh là ảnh thật mà chị. Chị nhìn nhầm rồi."
bag-open-rude = "Thổ cẩm thì phải thế. Chị không biết à?"
bag-open-photo = "Em xin lỗi chị. Chị chụp túi gần cửa sổ, ban ngày, gửi em xem nhé?"
bag-open-wrong-why = Bạn nói người mua sai khi chưa xem gì. Chị Hoa bực.
bag-open-rude-why = Lời chê bai làm người mua xấu hổ và giận. Không ai muốn mua lại.
bag-open-photo-why = Ảnh ban ngày cho thấy màu thật. Bạn so được với ảnh của mình.

bag-argue-say = Chị Hoa: "Tôi không nhầm. Tôi sẽ khiếu nại lên sàn."
bag-argue-sorry = "Em xin lỗi chị. Chị gửi ảnh để em xem giúp chị nhé."
bag-argue-dare = "Chị cứ khiếu nại, em không sợ."
bag-argue-sorry-why = Bạn hạ giọng kịp thời. Chị Hoa đồng ý gửi ảnh.
bag-argue-dare-why = Thách người mua thì họ sẽ khiếu nại thật. Bạn mất thời gian và tiếng tốt.

bag-photo-say =
    Chị Hoa gửi ảnh chụp ban ngày.
    Túi đúng mẫu, nhưng màu đỏ sẫm hơn ảnh trên trang bán.
    Bạn mở trang bán ra xem: ảnh chụp dưới nắng gắt.
bag-photo-own = "Em xem rồi. Ảnh em chụp dưới nắng, màu sáng hơn thật. Lỗi của em."
bag-photo-refuse = "Túi đúng mẫu rồi. Em không đổi trả."
bag-photo-own-why = Bạn nói thật. Chị Hoa thấy bạn công bằng.
bag-photo-refuse-why =
    Ảnh của bạn làm màu khác thật. Từ chối là không công bằng.
    Chị Hoa khiếu nại, kèm ảnh so sánh.

bag-offer-say = Chị Hoa: "Vậy giờ bạn tính sao?"
bag-offer-transfer = "Chị chuyển khoản trước cho em tiền gửi trả túi nhé."
bag-offer-choice = "Chị trả túi qua sàn, em hoàn tiền. Hoặc chị giữ túi, em hoàn một phần tiền. Chị chọn nhé."
bag-offer-transfer-why = Đòi chuyển khoản ngoài sàn làm người mua nghi ngờ. Không còn bằng chứng.
bag-offer-choice-why = Bạn đưa hai cách, đều qua sàn. Chị Hoa được chọn.

bag-keep-say = Chị Hoa: "Tôi giữ túi, hoa văn vẫn đẹp. Hoàn một phần cho tôi nhé."
bag-keep-fix = "Dạ, em làm ngay trên sàn. Em cũng chụp lại ảnh cho đúng màu."
bag-keep-same = "Dạ, em hoàn. Ảnh trên trang thì em để nguyên cho đẹp."
bag-keep-fix-why = Bạn sửa cả gốc của vấn đề. Người mua sau sẽ không bất ngờ nữa.
bag-keep-same-why = Ảnh sai màu vẫn còn. Người mua sau sẽ lại kêu như chị Hoa.

bag-good-say =
    Chị Hoa nhận tiền hoàn một phần và giữ túi.
    Bạn chụp lại ảnh gần cửa sổ, màu đúng như thật.
    Chị Hoa nhắn: "Bạn thật thà. Tôi sẽ giới thiệu cho bạn bè."
bag-rude-say =
    Chị Hoa đánh giá một sao: "Người bán nói năng khó nghe."
    Chị yêu cầu trả hàng qua sàn.
bag-complaint-say =
    Chị Hoa gửi khiếu nại lên sàn, kèm ảnh túi và ảnh trang bán.
    Bạn mất thời gian, và có thể vẫn phải hoàn tiền.
bag-outside-say =
    Chị Hoa: "Sao lại chuyển khoản riêng? Tôi báo sàn đây."
    Chị gửi khiếu nại lên sàn.
bag-again-say =
    Chị Hoa hài lòng.
    Nhưng tháng sau, hai người mua khác cũng kêu: "Không giống ảnh."

## Step 4: after the role-play

after =
    "Không giống ảnh" đôi khi là lỗi của ảnh.
    Xin ảnh ban ngày, so với trang bán hàng của bạn.
    Nếu ảnh của bạn sai, hãy nhận lỗi.
    Cho người mua chọn: trả hàng, hoặc giữ hàng và nhận lại một phần tiền.
    Rồi chụp lại ảnh, để người mua sau không bất ngờ.

## Practice round

practice =
    Bây giờ luyện tập một chút.
    Có ba câu hỏi ngắn.

# source: seller-vn.tiktok.com knowledge_id=101756645132049 (a copy of the listing is useful evidence) [H]
practice-first-look = Người mua nói: "Không giống ảnh." Bạn xem lại gì trước tiên?
practice-first-look-listing = Trang bán hàng và ảnh của mình
practice-first-look-buyer = Trang cá nhân của người mua
practice-first-look-other = Cửa hàng của người khác
practice-first-look-listing-yes = Trang bán hàng là thứ người mua đã xem trước khi mua.
practice-first-look-buyer-no = Trang của người mua không cho biết túi có giống ảnh không.
practice-first-look-other-no = Người mua không mua ở cửa hàng khác. Hãy xem trang của bạn.
practice-first-look-hint-1 = Người mua so túi với cái gì?

practice-lines = Viết gì trong trang bán túi thổ cẩm dệt tay? Chọn tất cả ý đúng.
practice-lines-handmade = Mỗi túi dệt tay, hoa văn có thể hơi khác
practice-lines-perfect = Túi hoàn hảo, không chê vào đâu được
practice-lines-size = Kích thước túi: dài, rộng, cao
practice-lines-light = Ảnh chụp ban ngày, màu gần với thật
practice-lines-handmade-why = Người mua biết trước đồ dệt tay không chiếc nào giống hệt.
practice-lines-perfect-why = Lời khen rỗng, không kiểm tra được. Người mua dễ thất vọng.
practice-lines-size-why = Người mua biết túi to hay nhỏ, ít bất ngờ.
practice-lines-light-why = Người mua tin màu trên ảnh hơn.
practice-lines-hint-1 = Có ba ý đúng.
practice-lines-hint-2 = Chọn câu thật, giúp người mua biết trước.

practice-change = Sau chuyện này, bạn sửa ảnh túi thế nào?
practice-change-filter = Chỉnh ảnh cho màu rực hơn
practice-change-nothing = Để nguyên ảnh cũ
practice-change-daylight = Chụp lại ban ngày, gần cửa sổ
practice-change-filter-no = Màu rực hơn thật thì người mua lại thất vọng.
practice-change-nothing-no = Ảnh sai màu còn đó, người mua sau sẽ lại kêu.
practice-change-daylight-yes = Ánh sáng ban ngày cho màu gần với thật nhất.
practice-change-hint-1 = Nhớ bài chụp ảnh: ánh sáng nào cho màu thật?
