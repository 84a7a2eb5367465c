# Lesson: live-chat-replies (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, sections 1.1 (contact details), 1.3 (prohibited claims),
# 7 (field practice: start with photos, posts and replying to customers).

title = Trả lời tin nhắn của người mua
summary = Chào, trả lời đúng câu hỏi, nói thật, rồi mời đặt hàng trên sàn.

## Step 1: why chat matters

# source: vietnamnews.vn/society/1766810 (GREAT programme, Sơn La and Lào Cai) [H]
chat-why =
    Chào { $learner }! Sàn là chợ trên mạng, như TikTok Shop, Shopee.
    Trên sàn, người mua nhắn tin hỏi trước khi mua.
    Họ hỏi cân nặng, hỏi giá, hỏi cách gửi.
    Ở Sơn La và Lào Cai, lớp học bán hàng bắt đầu từ việc này.
    Chụp ảnh, đăng bài, và trả lời người mua.

## Step 2: a good reply

good-reply =
    Một câu trả lời tốt có bốn phần.
    Một: chào người mua.
    Hai: trả lời đúng điều họ hỏi.
    Ba: nói thêm một điều thật, ví dụ cân nặng hay nơi làm.
    Bốn: mời họ đặt hàng trên sàn.

## Step 3: the parts in order

reply-order = Xếp các phần của câu trả lời theo đúng thứ tự.
reply-order-greet = Chào người mua
reply-order-answer = Trả lời đúng câu hỏi
reply-order-fact = Nói thêm một điều thật
reply-order-invite = Mời đặt hàng trên sàn
reply-order-wrong = Hãy theo thứ tự vừa đọc: chào trước, mời đặt hàng sau cùng.
reply-order-right = Câu trả lời của bạn lịch sự, rõ ràng, và dẫn đến đơn hàng.
reply-order-hint-1 = Phần đầu tiên là lời chào.
reply-order-hint-2 = Phần cuối cùng là lời mời đặt hàng.

## Step 4: a question about weight

reply-weight = Người mua hỏi: "Hũ mật này bao nhiêu gam?" Câu nào tốt nhất?
reply-weight-vague = "Hũ to lắm chị ạ."
reply-weight-clear = "Dạ chào chị. Hũ có 500 gam mật, lấy ở Sìn Hồ. Chị đặt trên sàn giúp em nhé."
reply-weight-call = "Chị gọi em nói cho rõ."
reply-weight-vague-no = "To lắm" không phải con số. Người mua vẫn chưa biết.
reply-weight-clear-yes = Câu này có lời chào, con số thật, nơi làm, và lời mời đặt hàng.
reply-weight-call-no = Trả lời ngay trong tin nhắn là đủ. Gọi riêng thì không có bằng chứng.
reply-weight-hint-1 = Chọn câu có con số rõ ràng.

## Step 5: food, not medicine

# source: Decree 15/2018/NĐ-CP Art. 27(3) (vanluat.vn) [H]; fines for food ads that look like medicine (vnfinance.vn) [H]
food-not-medicine =
    Người mua có thể hỏi: "Cái này chữa bệnh được không?"
    Mật ong, chè, thảo quả là thực phẩm, không phải thuốc.
    Đừng bao giờ nói "chữa bệnh" hay "trị bệnh".
    Quảng cáo thực phẩm như thuốc chữa bệnh có thể bị phạt.
    Hãy nói về vị, nơi làm, mùa thu hái.

## Step 6: a question about a cure

reply-cure = Người mua hỏi: "Mật ong này chữa ho được không?" Câu nào đúng?
reply-cure-yes = "Dạ được, uống là khỏi ngay chị ạ."
reply-cure-food = "Dạ, mật ong là thực phẩm, không phải thuốc. Mật vị ngọt thanh, lấy từ rừng Sìn Hồ."
reply-cure-maybe = "Nhiều người uống thấy khỏi đấy chị."
reply-cure-yes-no = Đây là lời hứa chữa bệnh. Không được nói, dù người mua hỏi.
reply-cure-food-yes = Bạn nói thật, không hứa chữa bệnh, và vẫn giới thiệu được mật ngon.
reply-cure-maybe-no = Nói khéo vẫn là hứa chữa bệnh. Đừng nói.
reply-cure-hint-1 = Chọn câu nói mật ong là thực phẩm.

## Step 7: stay on the platform

# source: seller-vn.tiktok.com knowledge_id=1210192617211665 [H]; help.shopee.vn article 138173 [H]; as of the brief, early 2026
stay-on =
    Có người mua xin số điện thoại hay số tài khoản.
    Họ muốn mua ngoài sàn cho rẻ.
    TikTok Shop cấm ghi số điện thoại, mã QR trong trang bán hàng.
    Shopee cấm kéo người mua ra ngoài trong video bán hàng.
    Luật tính đến đầu năm 2026. Hãy giữ đơn hàng trên sàn.

## Step 8: a buyer asks for your bank account

reply-bank = Người mua nhắn: "Cho chị số tài khoản, chị chuyển khoản cho nhanh." Bạn trả lời sao?
reply-bank-give = Gửi số tài khoản ngay
reply-bank-platform = "Dạ, chị đặt trên sàn giúp em nhé. Cả hai đều có bằng chứng đơn hàng."
reply-bank-cheaper = "Dạ, chuyển khoản riêng em bớt cho chị."
reply-bank-give-no = Mua bán ngoài sàn thì không có bằng chứng. Nếu có chuyện, sàn khó giúp bạn.
reply-bank-platform-yes = Bạn vẫn lịch sự, và đơn hàng có bằng chứng trên sàn.
reply-bank-cheaper-no = Bớt giá để kéo người mua ra ngoài sàn thì cả hai mất bằng chứng. Sàn cũng không muốn việc này.
reply-bank-hint-1 = Chọn câu giữ đơn hàng trên sàn.

## Practice round

practice =
    Bây giờ luyện tập một chút.
    Có hai câu hỏi.

practice-write =
    Người mua hỏi: "Thảo quả này khô chưa? Một túi bao nhiêu gam?"
    Viết câu trả lời của bạn: chào, nói điều thật, mời đặt hàng.
idea-greet = Lời chào (dạ, chào, cảm ơn...)
idea-fact = Một điều thật (khô, sấy, gam, cân...)
idea-order = Mời đặt hàng (đặt, đơn, trên sàn...)
# Keywords, one per line; any one counts. Matching ignores case and diacritics.
idea-greet-words =
    chào
    dạ
    cảm ơn
    cám ơn
    xin chào
    vâng
idea-fact-words =
    khô
    sấy
    phơi
    gam
    gram
    cân
    lạng
    ki-lô
    kg
    rừng
    hái
    bếp
idea-order-words =
    đặt
    đặt hàng
    đơn
    sàn
    bấm mua
    mua ngay
    giỏ
practice-write-hint-1 = Câu đầu: chào người mua, ví dụ "Dạ chào anh".
practice-write-hint-2 = Câu sau: nói thảo quả đã khô chưa, và túi nặng bao nhiêu.
practice-write-hint-3 = Câu cuối: mời người mua đặt hàng trên sàn.

practice-never = Câu nào không nên viết trong tin nhắn? Chọn tất cả ý đúng.
practice-never-phone = "Anh gọi số này, em bán rẻ hơn ngoài sàn."
practice-never-weight = "Dạ, túi chè nặng 200 gam ạ."
practice-never-cure = "Chè này uống vào khỏi bệnh."
practice-never-best = "Chè ngon nhất Việt Nam."
# source: seller-vn.tiktok.com knowledge_id=1210192617211665 [H]; help.shopee.vn article 138173 [H]
practice-never-phone-why = Sàn cấm ghi số điện thoại để kéo người mua ra ngoài. Ngoài sàn, bạn mất bằng chứng.
practice-never-weight-why = Câu này tốt: có con số thật. Bạn nên viết.
practice-never-cure-why = Chè là thực phẩm. Không được hứa chữa bệnh.
# source: thucblog.com (TikTok Shop word rules, no superlatives) [L], as of 2022
practice-never-best-why = Nhiều người bán khuyên tránh chữ "nhất": người mua không kiểm tra được.
practice-never-hint-1 = Có ba câu không nên viết.
practice-never-hint-2 = Chỉ có một câu nói điều thật, kiểm tra được.
