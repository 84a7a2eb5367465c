# Lesson: live-prepare-field (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, sections 3 (field practice) and 7 (Sìn Hồ Vươn Mình;
# learners' questions). The checklist is everyday practice, not a platform rule.

title = Chuẩn bị phát trực tiếp từ ruộng nương
summary = Sạc pin, thử sóng, đăng sản phẩm trước, rồi cho người xem thấy việc thật.

## Step 1: what a live stream is

live-what =
    { $learner } ơi, bài này nói về phát trực tiếp (livestream).
    Phát trực tiếp là quay bằng điện thoại, người xem thấy ngay lúc đó.
    Người xem nhắn câu hỏi, bạn trả lời ngay.
    TikTok Shop và Shopee đều có phát trực tiếp để bán hàng.
    Người xem có thể đặt hàng trong lúc bạn phát.

## Step 2: the Sìn Hồ story

# source: kenh14.vn 2025-10-29; dantri.com.vn 2025-12-05 [H], as of Oct-Dec 2025
sin-ho =
    Ở xã Sìn Hồ, Lai Châu, có chương trình "Sìn Hồ Vươn Mình".
    Tháng 9 và 10 năm 2025, bà con bán hơn 300 tấn khoai sâm.
    Họ bán qua phát trực tiếp trên TikTok Shop, cùng Viettel Post.
    Phần lớn người phát là phụ nữ Mông, Dao, Thái.
    Trước đây, khoai sâm bán tại ruộng chỉ { MONEY($farm_low) } đến { MONEY($farm_high) } một cân.
    Trên TikTok Shop, giá là { MONEY($online_low) } đến { MONEY($online_high) } một cân.

## Step 3: the price gap

# source: kenh14.vn 2025-10-29; dantri.com.vn 2025-12-05 [H], as of Oct-Dec 2025
price-gap =
    Giá cao nhất tại ruộng trước đây: { MONEY($farm_high) } một cân.
    Giá thấp nhất trên TikTok Shop năm 2025: { MONEY($online_low) } một cân.
    Mỗi cân chênh nhau bao nhiêu đồng?
price-gap-low = Ít quá. Lấy giá trên sàn trừ giá tại ruộng.
price-gap-high = Nhiều quá. Đây là phép trừ, không phải phép cộng.
price-gap-right =
    Mỗi cân chênh ít nhất { MONEY($gap) }.
    Nhưng nhớ: sàn lấy phí trên mỗi đơn, và còn tiền gửi hàng.
price-gap-hint-1 = Lấy giá thấp nhất trên sàn trừ đi giá cao nhất tại ruộng.
price-gap-hint-2 = Ví dụ: 10.000 trừ 3.000 là 7.000.

## Step 4: what to prepare

# Everyday practice for going live; not a platform rule.
checklist = Trước khi phát từ ruộng, bạn chuẩn bị gì? Chọn tất cả ý đúng.
checklist-battery = Sạc đầy pin điện thoại
checklist-signal = Thử sóng mạng ngay chỗ sẽ phát
checklist-listed = Đăng sản phẩm và giá lên sàn từ trước
checklist-phone = Viết số điện thoại lên tấm bảng cho người xem gọi
checklist-cure = Chuẩn bị câu "ăn vào khỏi bệnh" cho dễ bán
checklist-battery-why = Ngoài ruộng không có ổ điện. Hết pin là mất buổi phát.
checklist-signal-why = Trên nương, sóng có thể yếu. Thử trước thì không bị đứt giữa chừng.
checklist-listed-why = Người xem cần có sản phẩm trên sàn để bấm đặt ngay.
# source: seller-vn.tiktok.com knowledge_id=1210192617211665 [H]; help.shopee.vn article 138173 [H]
checklist-phone-why = TikTok Shop và Shopee cấm đưa số điện thoại để kéo người mua ra ngoài.
checklist-cure-why = Khoai sâm là thực phẩm. Không được hứa chữa bệnh.
checklist-hint-1 = Có ba ý đúng.
checklist-hint-2 = Bỏ ý kéo người mua ra ngoài sàn, và ý hứa chữa bệnh.

## Step 5: show the real work

# source: vietnamnews.vn/society/1766505 [H], as of 2 Mar 2026
field-show =
    Người mua thích thấy việc thật.
    Người bán người Mông quay lợn thả đồi, thịt treo gác bếp.
    Họ quay cảnh hái rau trong sương, và phát trực tiếp lúc đóng gói.
    Bạn cũng vậy: cho người xem thấy ruộng, thấy tay bạn đào khoai.
    Rồi cân khoai trước máy, và gói hàng trước máy.

## Step 6: a plan for the stream

live-plan = Xếp các phần của buổi phát trực tiếp theo thứ tự hợp lý.
live-plan-hello = Chào người xem, giới thiệu bản mình
live-plan-field = Cho xem ruộng và cách đào khoai
live-plan-weigh = Cân khoai trước máy, nói giá trên sàn
live-plan-questions = Trả lời câu hỏi của người xem
live-plan-pack = Gói đơn hàng trước máy
live-plan-wrong = Đi từ lời chào, đến ruộng, đến giá. Rồi trả lời câu hỏi, cuối cùng gói hàng.
live-plan-right = Người xem đi cùng bạn từ ruộng đến hộp hàng.
live-plan-hint-1 = Bắt đầu bằng lời chào.
live-plan-hint-2 = Gói hàng là việc làm sau khi đã có đơn.

## Step 7: orders do not come at once

# source: vnreview.vn thread 59186 [L]: reasons given are content, algorithm, product and conversion
not-instant =
    Có người kể họ phát nhiều tháng mà chưa có đơn.
    Vì sao? Người ta nói đến nội dung, sản phẩm, và cách mời mua.
    Đừng nản. Xem lại mỗi buổi phát.
    Người xem hỏi gì? Lúc nào họ bỏ đi?
    Lần sau, sửa một điều.

## Practice round

practice =
    Bây giờ luyện tập một chút.
    Có ba câu hỏi ngắn.

practice-test = Khi nào bạn thử sóng mạng ở ruộng?
practice-test-before = Một hôm trước, đúng chỗ sẽ phát
practice-test-during = Trong lúc đang phát
practice-test-never = Không cần thử
practice-test-before-yes = Nếu sóng yếu, bạn còn thời gian tìm chỗ khác.
practice-test-during-no = Lúc đó mà mất sóng thì người xem bỏ đi hết.
practice-test-never-no = Trên nương, sóng có thể yếu. Thử trước cho chắc.
practice-test-hint-1 = Thử trước thì còn kịp sửa.

practice-show = Bạn bán khoai sâm. Cảnh nào người xem tin nhất?
practice-show-stock = Ảnh khoai lấy trên mạng
practice-show-dig = Bạn đào khoai ngay trên nương, rồi cân trước máy
practice-show-dark = Phát trong nhà tối, chỉ nghe tiếng
practice-show-stock-no = Ảnh trên mạng không phải khoai của bạn. Người xem sẽ nghi.
practice-show-dig-yes = Người xem thấy khoai thật, nương thật, cân thật.
practice-show-dark-no = Người xem không thấy gì thì không tin.
practice-show-hint-1 = Chọn cảnh cho thấy việc thật, hàng thật.

practice-no-orders = Ba buổi phát đầu chưa có đơn nào. Bạn làm gì?
practice-no-orders-quit = Bỏ hẳn, phát trực tiếp không dành cho mình
practice-no-orders-learn = Xem lại buổi phát, sửa một điều cho lần sau
practice-no-orders-cure = Nói khoai chữa bệnh cho đông người mua
practice-no-orders-quit-no = Có người lúc đầu cũng chưa có đơn. Cần thời gian.
practice-no-orders-learn-yes = Mỗi lần sửa một điều, buổi phát sẽ tốt dần lên.
practice-no-orders-cure-no = Hứa chữa bệnh là sai và có thể bị phạt.
practice-no-orders-hint-1 = Chọn cách học từ lần trước.
