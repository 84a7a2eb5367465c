# Lesson: safe-fake-orders (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, sections 5 (TikTok COD rule) and 7 (fears of scams).
# Advice on passwords, codes and screenshots is general safety practice, not from a sourced
# platform rule; the people and messages are made up for teaching.

title = Cẩn thận lừa đảo và đơn giả
summary = Không đưa mật khẩu hay mã cho ai. Chỉ gửi hàng cho đơn có trên sàn.

unit-order = đơn

## Step 1: a real fear

# source: vietnamnews.vn/society/1766810 (GREAT: fears of scams and e-payments) [H]
fear =
    Chào { $learner }! Nhiều người mới bán hàng trên mạng sợ bị lừa.
    Ở Sơn La và Lào Cai, bà con cũng nói vậy.
    Sợ là đúng, vì kẻ lừa đảo có thật.
    Bài này chỉ cho bạn ba mẹo lừa hay gặp.
    Và cách tự bảo vệ mình.

## Step 2: never share passwords or codes

# General safety practice; not taken from a platform rule in the brief.
never-share =
    Mẹo thứ nhất: giả làm người của sàn.
    Sàn là chợ trên mạng, như TikTok Shop, Shopee, Lazada.
    Kẻ lừa nhắn: "Tôi là nhân viên sàn, đọc mã cho tôi."
    Mã gửi qua tin nhắn điện thoại là chìa khóa cửa hàng của bạn.
    Không bao giờ đưa mật khẩu hay mã cho bất kỳ ai.

## Step 3: a fake staff member

fake-staff = Có người nhắn: "Tôi là nhân viên Shopee. Cửa hàng bị khóa, đọc mã để mở." Bạn làm gì?
fake-staff-read = Đọc mã cho họ để mở cửa hàng nhanh
fake-staff-check = Không đọc mã, tự mở ứng dụng sàn để xem
fake-staff-half = Đọc một nửa mã cho chắc
fake-staff-read-no = Có mã, kẻ lừa vào được cửa hàng và tiền của bạn.
fake-staff-check-yes = Bạn tự xem trong ứng dụng sàn. Kẻ lừa không lấy được gì.
fake-staff-half-no = Một nửa mã cũng không được đưa. Đừng đọc chữ số nào.
fake-staff-hint-1 = Mã là chìa khóa. Không đưa chìa khóa cho người lạ.

## Step 4: only real orders

# General safety practice; not taken from a platform rule in the brief.
real-orders =
    Mẹo thứ hai: ảnh chụp chuyển khoản giả.
    Kẻ lừa gửi ảnh: "Tôi chuyển tiền rồi, gửi hàng ngay đi."
    Ảnh chụp có thể làm giả rất dễ.
    Chỉ gửi hàng cho đơn hiện trong trang quản lý của người bán.
    Đó là trang trên sàn, nơi bạn xem đơn hàng.
    Không có đơn trên sàn thì không gửi.

## Step 5: a screenshot of a transfer

screenshot = Người lạ gửi ảnh chuyển khoản, nhắn: "Gửi ngay 10 hũ mật cho tôi." Không có đơn trên sàn. Bạn làm gì?
screenshot-send = Gửi hàng ngay, vì đã có ảnh chuyển tiền
screenshot-platform = Nhắn lịch sự: "Anh đặt trên sàn giúp em, em gửi ngay."
screenshot-half = Gửi 5 hũ trước cho chắc
screenshot-send-no = Ảnh có thể là giả. Bạn có thể mất cả 10 hũ mật.
screenshot-platform-yes = Có đơn trên sàn thì bạn mới chắc được trả tiền.
screenshot-half-no = Gửi một nửa vẫn có thể mất một nửa.
screenshot-hint-1 = Chỉ tin đơn hàng hiện trên sàn.

## Step 6: orders refused on delivery

# source: seller-vn.tiktok.com/university/essay?knowledge_id=6837776050308866 [H], page undated, as of the brief, early 2026
cod-refuse =
    Mẹo thứ ba: đặt hàng rồi không nhận.
    Có người chọn trả tiền khi nhận hàng, rồi từ chối nhận.
    Bạn mất thời gian, và hàng tươi có thể hỏng trên đường về.
    TikTok Shop có luật cho việc này (tính đến đầu năm 2026).
    Người mua từ chối 3 đơn trong 60 ngày.
    Khi đó, trong 60 ngày, họ không được chọn trả tiền khi nhận hàng nữa.

## Step 7: signs of a trick

fake-signs = Dấu hiệu nào cho thấy có thể là lừa? Chọn tất cả ý đúng.
fake-signs-outside = Đòi trả tiền hay nói chuyện ngoài sàn
fake-signs-hurry = Giục "gửi ngay, gửi ngay"
fake-signs-weight = Hỏi túi chè nặng bao nhiêu
fake-signs-code = Xin mật khẩu hay mã gửi qua tin nhắn
fake-signs-listed = Đơn hiện rõ trong trang quản lý của người bán
fake-signs-outside-why = Ra ngoài sàn thì không có bằng chứng. Kẻ lừa thích thế.
fake-signs-hurry-why = Kẻ lừa giục để bạn không kịp nghĩ.
fake-signs-weight-why = Đây là câu hỏi bình thường của người mua thật.
fake-signs-code-why = Không ai cần mã của bạn. Người xin mã là kẻ lừa.
fake-signs-listed-why = Đơn trên sàn là đơn thật. Đó là dấu hiệu tốt.
fake-signs-hint-1 = Có ba ý đúng.
fake-signs-hint-2 = Người mua thật hỏi về hàng. Kẻ lừa hỏi về tiền và mã.

## Practice round

practice =
    Bây giờ luyện tập một chút.
    Có ba câu hỏi ngắn.

# source: seller-vn.tiktok.com knowledge_id=6837776050308866 [H], page undated, as of the brief, early 2026
practice-cod =
    TikTok Shop, tính đến đầu năm 2026.
    Một người mua hay từ chối nhận hàng.
    Trong 60 ngày, từ chối mấy đơn thì họ mất cách trả tiền khi nhận hàng?
practice-cod-low = Ít quá. Luật cho người mua vài lần lỡ.
practice-cod-high = Nhiều quá. Hãy đọc lại mẹo thứ ba.
# source: seller-vn.tiktok.com knowledge_id=6837776050308866 [H], as of the brief, early 2026
practice-cod-right =
    Từ chối 3 đơn trong 60 ngày thì bị khóa 60 ngày.
    Luật tính đến đầu năm 2026. Hãy xem lại trong trang quản lý của người bán.
practice-cod-hint-1 = Số này nhỏ hơn năm.
practice-cod-hint-2 = Số này lớn hơn hai.

practice-code = Ai được biết mã gửi qua tin nhắn điện thoại của bạn?
practice-code-nobody = Không ai cả, chỉ mình bạn
practice-code-staff = Nhân viên sàn, nếu họ hỏi
practice-code-shipper = Người giao hàng, nếu họ hỏi
practice-code-nobody-yes = Mã là chìa khóa cửa hàng. Chỉ bạn giữ.
practice-code-staff-no = Người tự xưng là nhân viên sàn có thể là kẻ lừa. Đừng đưa mã.
practice-code-shipper-no = Người giao hàng không cần mã của bạn. Đừng đưa.
practice-code-hint-1 = Mã là chìa khóa. Chìa khóa nhà bạn đưa cho ai?

practice-ship = Khi nào bạn gửi hàng đi?
practice-ship-message = Khi có người nhắn tin hứa trả tiền
practice-ship-call = Khi có người gọi điện đặt hàng
practice-ship-listed = Khi đơn hiện trong trang quản lý của người bán
practice-ship-message-no = Lời hứa trong tin nhắn chưa phải là đơn hàng.
practice-ship-call-no = Cuộc gọi không để lại bằng chứng trên sàn.
practice-ship-listed-yes = Đơn trên sàn là đơn thật, có bằng chứng.
practice-ship-hint-1 = Chỉ tin những gì hiện trên sàn.
