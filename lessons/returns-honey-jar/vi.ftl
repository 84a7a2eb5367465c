# Lesson: returns-honey-jar (Vietnamese, base language)
# Role-play. Facts from shared/domain/BRIEF.md, section 5 (good practice: reply in time,
# ask for photos or video, offer a replacement or refund where fair, keep the packing video).
# The buyer, the order and the story are made up for teaching.

title = Nhập vai: hũ mật ong bị vỡ
summary = Người mua nhận hũ mật vỡ. Bạn trả lời thế nào cho êm?

## Step 1: how a role-play works

roleplay-how =
    { $learner } ơi, bài này là một trò nhập vai.
    Bạn là người bán. Người mua sẽ nhắn tin cho bạn.
    Mỗi lần, bạn chọn một câu trả lời.
    Người mua sẽ đáp lại theo câu bạn chọn.
    Cuối cùng, bạn xem lại từng lựa chọn của mình.

## Step 2: three things to do

calm-steps =
    Khi người mua kêu hàng vỡ, hãy nhớ ba việc.
    Một: bình tĩnh và xin lỗi trước.
    Hai: xin người mua gửi ảnh hoặc video.
    Ba: giải quyết qua sàn, không ra ngoài sàn.
    Sàn là chợ trên mạng, như TikTok Shop, Shopee.

## Step 3: the role-play

jar-scene =
    Chị Lan ở Hà Nội mua một hũ mật ong của bạn trên TikTok Shop.
    Hôm nay chị nhận hàng.
    Chị mở hộp và nhắn tin cho bạn ngay.
jar-hint-1 = Bắt đầu bằng lời xin lỗi, rồi xin ảnh.
jar-hint-2 = Đừng đổ lỗi, đừng cãi, và không bao giờ đòi chuyển tiền ngoài sàn.

jar-open-say = Chị Lan: "Hũ mật vỡ rồi! Mật chảy hết ra hộp. Tôi rất bực."
jar-open-sorry = "Em xin lỗi chị. Chị chụp giúp em ảnh hũ vỡ và nhãn đơn nhé?"
jar-open-shipper = "Chắc người giao hàng làm vỡ. Chị hỏi họ đi."
jar-open-argue = "Em gói kỹ lắm. Không thể vỡ được đâu."
jar-open-sorry-why = Lời xin lỗi làm chị Lan dịu lại. Ảnh giúp bạn biết chuyện gì xảy ra.
jar-open-shipper-why = Chị Lan mua hàng của bạn. Đổ lỗi cho người khác làm chị bực thêm.
jar-open-argue-why = Cãi lại làm chị Lan giận. Bạn chưa xem ảnh mà đã nói chị sai.

jar-shipper-say = Chị Lan: "Tôi mua của bạn, không phải của người giao hàng!"
jar-shipper-sorry = "Chị nói đúng. Em xin lỗi. Chị gửi em ảnh hũ vỡ nhé?"
jar-shipper-refuse = "Hàng rời tay em là em hết trách nhiệm."
jar-shipper-sorry-why = Bạn sửa sai kịp thời. Chị Lan thấy bạn biết lắng nghe.
jar-shipper-refuse-why = Chị Lan thấy bạn bỏ mặc chị. Chị sẽ không mua lại.

jar-photos-say =
    Chị Lan gửi ảnh: hũ nứt, mật dính đầy hộp.
    Nhãn đơn hàng vẫn còn rõ.
    Chị hỏi: "Giờ bạn tính sao?"
jar-photos-video = "Cảm ơn chị. Em xem lại video đóng gói, trả lời chị trong hôm nay."
jar-photos-outside = "Chị chuyển khoản riêng tiền gửi hàng, em gửi hũ khác."
jar-photos-refuse = "Vỡ là do đường xóc. Em không hoàn tiền đâu."
jar-photos-video-why = Bạn hẹn một thời gian rõ ràng. Bạn cũng tìm hiểu vì sao hũ vỡ.
jar-photos-outside-why =
    Đòi chuyển tiền ngoài sàn làm người mua nghi ngờ.
    Không có bằng chứng trên sàn, sau này ai cũng khó giúp bạn.
jar-photos-refuse-why =
    Từ chối hẳn thì chị Lan sẽ khiếu nại lên sàn.
    Bạn có thể vẫn phải hoàn tiền, và mất thêm một người mua.

jar-video-say =
    Bạn xem video đóng gói.
    Hũ lành, bọc hai lớp. Nhưng hộp còn hở, hũ bị xô.
    Chị Lan nhắn: "Sao rồi bạn?"
jar-video-own = "Em xem rồi, hộp chèn chưa chặt. Lỗi của em. Chị chọn nhé: hũ mới hay hoàn tiền qua sàn?"
jar-video-deny = "Video cho thấy em gói đúng. Chị tự chịu nhé."
jar-video-own-why =
    Bạn nhận lỗi thật, và cho chị Lan chọn.
    Người mua dễ thông cảm hơn với người bán thật thà.
jar-video-deny-why =
    Video cho thấy hộp còn hở. Bằng chứng này không giúp bạn.
    Chị Lan khiếu nại, và bạn mất thời gian lẫn tiền.

jar-choose-say = Chị Lan: "Tôi vẫn thích mật của bạn. Gửi hũ mới cho tôi nhé."
jar-choose-better = "Dạ. Lần này em chèn chặt hộp, quay video gói hàng cho chị xem."
jar-choose-pay = "Dạ, nhưng chị trả thêm tiền gửi hàng nhé."
jar-choose-better-why = Bạn mất một hũ mật, nhưng giữ được người mua và tiếng tốt.
jar-choose-pay-why = Lỗi của bạn mà người mua phải trả tiền. Chị Lan thấy không công bằng.

jar-solved-say =
    Hũ mới đến tay chị Lan, lành lặn.
    Chị nhắn: "Bạn giải quyết nhanh lắm. Tôi sẽ mua tiếp."
jar-angry-say =
    Chị Lan giận và không nhắn nữa.
    Chị gửi khiếu nại lên sàn và đánh giá một sao.
jar-outside-say =
    Chị Lan: "Sao phải chuyển khoản riêng? Tôi không tin."
    Chị gửi khiếu nại lên sàn.
jar-complaint-say =
    Chị Lan gửi khiếu nại lên sàn, kèm ảnh hũ vỡ.
    Chị đánh giá một sao và dặn bạn bè đừng mua.
jar-lost-say =
    Chị Lan: "Lỗi của bạn mà tôi phải trả à? Thôi, hoàn tiền cho tôi."
    Chị không mua của bạn nữa.

## Step 4: after the role-play

after =
    Một hũ vỡ làm bạn mất tiền.
    Nhưng trả lời kém còn làm bạn mất nhiều hơn.
    Bạn có thể mất người mua, và bị đánh giá một sao.
    Xin lỗi, xem bằng chứng, cho người mua chọn.
    Rồi sửa cách gói để lần sau không vỡ nữa.

## Practice round

practice =
    Bây giờ luyện tập một chút.
    Có ba câu hỏi ngắn.

practice-first = Người mua nhắn: "Hũ mật vỡ rồi!" Câu đầu tiên bạn nên nói là gì?
practice-first-why = "Sao chị không mở hộp cẩn thận?"
practice-first-sorry = "Em xin lỗi chị. Chị gửi em ảnh nhé?"
practice-first-shipper = "Lỗi của người giao hàng, không phải em."
practice-first-why-no = Câu này trách người mua. Họ sẽ giận thêm.
practice-first-sorry-yes = Xin lỗi trước, rồi xin ảnh. Người mua thấy bạn quan tâm.
practice-first-shipper-no = Đổ lỗi cho người khác không giúp người mua. Họ mua hàng của bạn.
practice-first-hint-1 = Câu tốt bắt đầu bằng lời xin lỗi.

practice-ask = Bạn xin người mua gửi những gì? Chọn tất cả ý đúng.
practice-ask-jar = Ảnh hũ bị vỡ
practice-ask-label = Ảnh nhãn đơn trên hộp
practice-ask-bank = Số tài khoản ngân hàng của họ
practice-ask-id = Ảnh căn cước của họ
practice-ask-jar-why = Ảnh hũ vỡ cho thấy hàng hỏng thế nào.
practice-ask-label-why = Nhãn đơn cho biết đúng là đơn của bạn.
practice-ask-bank-why = Hoàn tiền làm qua sàn. Không cần số tài khoản riêng.
practice-ask-id-why = Giấy tờ riêng không liên quan. Đừng xin.
practice-ask-hint-1 = Có hai ý đúng.
practice-ask-hint-2 = Chỉ xin những gì cho thấy hàng và đơn hàng.

practice-fix = Hũ vỡ vì bạn chèn hộp chưa chặt. Cách giải quyết nào công bằng?
practice-fix-nothing = Không làm gì, vì người mua đã nhận hàng
practice-fix-transfer = Chuyển khoản riêng cho người mua
practice-fix-choice = Gửi hũ mới, hoặc hoàn tiền qua sàn
practice-fix-nothing-no = Hàng vỡ vì bạn gói chưa kỹ. Người mua sẽ khiếu nại.
practice-fix-transfer-no = Tiền chuyển ngoài sàn thì sàn không biết. Bạn không có bằng chứng.
practice-fix-choice-yes = Người mua được chọn, và mọi việc có bằng chứng trên sàn.
practice-fix-hint-1 = Chọn cách làm qua sàn, và cho người mua chọn.
