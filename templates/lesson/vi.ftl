# Bài mới, tạo bằng `chophien new lesson`. Thay chữ sau mỗi dấu "=". Đừng đổi mã bên trái.
# Ví dụ tự đặt ra, không phải giá thật.
title = Bài học mới
summary = Một câu nói bài này dạy gì.

intro =
    Chào { $learner }! Đây là bước đọc.
    Mỗi dòng thụt vào 4 dấu cách là một dòng trên màn hình.

best-place = Chụp hũ mật ong ở đâu thì đẹp nhất?
best-place-window = Cạnh cửa sổ, ban ngày
best-place-bulb = Dưới bóng đèn, buổi tối
best-place-window-yes = Ánh sáng ban ngày mềm và đều.
best-place-bulb-no = Đèn buổi tối thường tối và vàng.
best-place-hint = Ánh sáng đẹp nhất là ánh sáng tự nhiên.

good-photo = Ảnh chính tốt cần gì? Chọn tất cả ý đúng.
good-photo-plain = Nền trơn, sáng màu
good-photo-big = Sản phẩm to, chiếm gần hết ảnh
good-photo-clutter = Nhiều đồ vật khác xung quanh
good-photo-clutter-why = Đồ vật xung quanh làm khó nhìn sản phẩm.
good-photo-hint = Có hai ý đúng.

pack-order = Xếp các bước gói hàng theo đúng thứ tự.
pack-order-cool = Để chè nguội hẳn
pack-order-bag = Cho chè vào túi kín
pack-order-box = Đặt túi vào hộp cứng
pack-order-wrong = Chưa đúng thứ tự. Việc gì phải làm trước tiên?
pack-order-right = Chè sẽ đến tay người mua vẫn khô và thơm.
pack-order-hint = Bước đầu tiên là chờ chè nguội.

cost-plus-fee =
    Một hũ mật ong giá { MONEY($cost) }.
    Mỗi đơn hàng mất thêm { MONEY($order_fee) } phí.
    Tổng cộng bao nhiêu đồng?
cost-plus-fee-low = Ít quá. Bạn đã cộng phí chưa?
cost-plus-fee-high = Nhiều quá. Chỉ cộng hai số này.
cost-plus-fee-right = Đúng. Mỗi đơn cần ít nhất { MONEY($cost_with_fee) }.
cost-plus-fee-hint = Lấy { MONEY($cost) } cộng { MONEY($order_fee) }.

background = Nền ảnh nên có màu gì? Gõ tên màu.
# Mỗi dòng là một câu trả lời được chấp nhận.
background-accept =
    trắng
    màu trắng
background-right = Nền trắng làm sản phẩm nổi bật.
background-hint = Đó là màu của giấy sạch.

late-scene = Một người mua nhắn tin: hàng đến muộn.
late-open-say = Sao hàng của tôi đến muộn thế?
late-open-sorry = Xin lỗi anh, em sẽ kiểm tra ngay.
late-open-sorry-why = Xin lỗi trước làm người mua bớt giận.
late-open-blame = Do bên giao hàng, không phải em.
late-open-blame-why = Đổ lỗi làm người mua giận hơn.
late-good-say = Cảm ơn em, tôi sẽ chờ thêm.
late-poor-say = Tôi sẽ không mua ở đây nữa.
late-hint = Hãy bắt đầu bằng một lời xin lỗi.
