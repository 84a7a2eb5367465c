# Lesson: safe-on-platform (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, sections 1.1 (contact details in listings)
# and 5 (evidence in disputes). The buyers and messages are made up for teaching.

title = Giữ tin nhắn và tiền trên sàn
summary = Đơn hàng, tin nhắn, tiền và hoàn tiền: tất cả làm trên sàn.

## Step 1: why stay on the platform

# source: seller-vn.tiktok.com knowledge_id=101756645132049 (copies of the listing and order are evidence) [H]
why-on =
    Chào { $learner }! Sàn là chợ trên mạng.
    Ví dụ: TikTok Shop, Shopee, Lazada, Voso/Postmart.
    Trên sàn, mọi đơn hàng và tin nhắn đều được lưu lại.
    Khi có khiếu nại, sàn xem đơn hàng và trang bán hàng của bạn.
    Khiếu nại là khi người mua báo với sàn là có vấn đề.
    Ngoài sàn thì không còn gì để xem.

## Step 2: what the platforms ban

# source: seller-vn.tiktok.com knowledge_id=1210192617211665 [H]; help.shopee.vn article 138173 [H]; as of the brief, early 2026
rules =
    TikTok Shop cấm ghi cách đặt hàng khác trong trang bán hàng.
    Nghĩa là không ghi số điện thoại, tên mạng xã hội, mã QR.
    Trong video bán hàng, Shopee cấm đưa số điện thoại.
    Shopee cũng cấm kéo người mua ra ngoài sàn.
    Luật tính đến đầu năm 2026. Hãy xem lại trong trang quản lý của người bán.

## Step 3: what can go on your product page

# source: seller-vn.tiktok.com knowledge_id=1210192617211665 [H], as of the brief, early 2026
page-ok = Điều gì được ghi trong trang bán hàng? Chọn tất cả ý đúng.
page-ok-phone = Số điện thoại của bạn
page-ok-village = Tên bản, xã nơi làm ra sản phẩm
page-ok-qr = Mã QR để chuyển khoản
page-ok-weight = Cân nặng và kích thước
page-ok-social = Tên trang mạng xã hội của bạn
# source: seller-vn.tiktok.com knowledge_id=1210192617211665 [H]
page-ok-phone-why = TikTok Shop cấm ghi số điện thoại trong trang bán hàng.
page-ok-village-why = Nơi làm ra là chuyện thật, người mua muốn biết.
# source: seller-vn.tiktok.com knowledge_id=1210192617211665 [H]
page-ok-qr-why = Mã QR là cách đặt hàng khác. TikTok Shop cấm.
page-ok-weight-why = Cân nặng và kích thước giúp người mua biết rõ hàng.
# source: seller-vn.tiktok.com knowledge_id=1210192617211665 [H]
page-ok-social-why = Tên mạng xã hội cũng là cách kéo người mua ra ngoài. TikTok Shop cấm.
page-ok-hint-1 = Có hai ý đúng.
page-ok-hint-2 = Chọn những gì nói về sản phẩm, không phải cách liên lạc riêng.

## Step 4: a regular buyer

regular-buyer = Chị Mai mua chè của bạn nhiều lần. Chị nhắn: "Lần này chuyển khoản riêng cho rẻ nhé." Bạn trả lời sao?
regular-buyer-yes = "Dạ được, em gửi số tài khoản."
regular-buyer-platform = "Dạ, chị đặt trên sàn giúp em nhé. Có chuyện gì, cả hai đều có bằng chứng."
regular-buyer-angry = "Chị muốn em bị phạt à?"
regular-buyer-yes-no = Ngoài sàn không có bằng chứng. Nếu hàng hỏng hay thất lạc, sàn khó giúp.
regular-buyer-platform-yes = Bạn lịch sự, giữ người mua quen, và giữ đơn trên sàn.
regular-buyer-angry-no = Chị Mai chỉ hỏi thôi. Nói gắt thì mất người mua quen.
regular-buyer-hint-1 = Chọn câu vừa lịch sự, vừa giữ đơn trên sàn.

## Step 5: refunds go through the platform too

refund-on =
    Tiền cũng đi qua sàn.
    Người mua trả tiền qua sàn. Sàn trả tiền cho bạn.
    Hoàn tiền là trả lại tiền cho người mua.
    Hoàn tiền cũng làm qua sàn, kể cả hoàn một phần.
    Đừng chuyển khoản riêng để hoàn tiền.
    Sàn không thấy khoản đó, và bạn không có bằng chứng.

## Step 6: how to refund

refund-how = Bạn đồng ý hoàn lại một phần tiền cho người mua. Làm thế nào?
refund-how-transfer = Chuyển khoản riêng từ tài khoản của bạn
refund-how-cash = Gửi tiền mặt trong gói hàng sau
refund-how-platform = Làm trên sàn, trong đơn hàng đó
refund-how-transfer-no = Sàn không thấy khoản chuyển riêng. Người mua vẫn có thể khiếu nại.
refund-how-cash-no = Tiền mặt có thể mất trên đường, và không có bằng chứng.
refund-how-platform-yes = Khoản hoàn được ghi trong đơn. Cả hai đều có bằng chứng.
refund-how-hint-1 = Chọn cách để lại bằng chứng trên sàn.

## Step 7: saying no politely

polite-no = Người mua muốn mua ngoài sàn. Xếp các phần câu trả lời theo thứ tự.
polite-no-thanks = Cảm ơn người mua đã quan tâm
polite-no-only = Nói rõ bạn chỉ bán qua sàn
polite-no-find = Chỉ cách tìm sản phẩm trên sàn
polite-no-care = Hứa gói hàng cẩn thận
polite-no-wrong = Bắt đầu bằng lời cảm ơn, kết thúc bằng một lời hứa tốt.
polite-no-right = Người mua không thấy bị từ chối. Họ biết cách đặt hàng.
polite-no-hint-1 = Phần đầu tiên là lời cảm ơn.
polite-no-hint-2 = Phần cuối cùng là lời hứa về việc gói hàng.

## Practice round

practice =
    Bây giờ luyện tập một chút.
    Có hai câu hỏi.

# source: seller-vn.tiktok.com knowledge_id=1210192617211665 [H], as of the brief, early 2026
practice-qr = Bạn có nên in mã QR chuyển khoản lên ảnh sản phẩm trên TikTok Shop không?
practice-qr-put = Có, người mua trả tiền nhanh hơn
practice-qr-none = Không, người mua đặt và trả tiền qua sàn
# source: seller-vn.tiktok.com knowledge_id=1210192617211665 [H], as of the brief, early 2026
practice-qr-put-no = TikTok Shop cấm mã QR trong trang bán hàng (tính đến đầu năm 2026).
practice-qr-none-yes = Mọi khoản trả tiền đi qua sàn. Cả hai đều có bằng chứng.
practice-qr-hint-1 = Nhớ lại: TikTok Shop cấm những cách đặt hàng nào?

practice-why = Vì sao nên giữ đơn hàng và tiền trên sàn? Chọn tất cả ý đúng.
practice-why-record = Có bằng chứng khi có khiếu nại
practice-why-price = Bán ngoài sàn chắc chắn được giá cao hơn
practice-why-rules = Không vi phạm luật của sàn
practice-why-help = Sàn xem được đơn hàng để giải quyết
practice-why-record-why = Đơn hàng và tin nhắn trên sàn là bằng chứng của bạn.
practice-why-price-why = Không có gì chắc chắn ngoài sàn. Bạn có thể mất cả hàng lẫn tiền.
practice-why-rules-why = Làm đúng luật sàn thì cửa hàng của bạn được yên ổn.
practice-why-help-why = Sàn chỉ giúp được những gì nó thấy.
practice-why-hint-1 = Có ba ý đúng.
practice-why-hint-2 = Bỏ ý hứa hẹn "chắc chắn" về giá.
