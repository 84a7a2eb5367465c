# Lesson: platform-fees (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, section 4.1 (platform fees, dated; all change often).
# Fees must be re-checked in each platform's seller pages before release.
# The honey price (200,000 đ) is a made-up example.

title = Phí sàn: phí mỗi đơn và phí phần trăm
summary = Sàn lấy tiền theo hai cách. Phí thay đổi luôn, hãy xem lại ngày.

## Step 1: "phí sàn", "doanh thu" (explained here for learners who start at module 4)

fees-what =
    Khi bạn bán được hàng, sàn lấy một phần tiền.
    Phần tiền đó gọi là phí sàn.
    Có hai loại phí.
    Một: phí mỗi đơn, đơn nào cũng như nhau.
    Hai: phí phần trăm, tính theo giá bán.

## Step 2: the fixed fee per order
# Source: thegioitiepthi.danviet.vn [M]: TikTok Shop fixed handling fee of 3,000 đ per
# delivered order from 27 Oct 2025, not refunded if the order is later returned.

fee-per-order =
    Phí mỗi đơn còn gọi là phí cố định.
    Hàng rẻ hay hàng đắt, phí này vẫn như nhau.
    TikTok Shop, từ ngày 27/10/2025: { MONEY($tiktok_fee) } mỗi đơn giao thành công.
    Đơn giao thành công là đơn đã đến tay người mua.
    Số liệu tính đến tháng 10/2025. Hãy xem lại trong trang quản lý của người bán.

## Step 3: is the fee refunded on a return?
# Source: danviet, fee from 27 Oct 2025, not refunded on return [M].

fee-on-return =
    TikTok Shop lấy { MONEY($tiktok_fee) } mỗi đơn giao thành công (từ 27/10/2025).
    Sau đó người mua trả hàng. Phí này có được trả lại cho bạn không?
refund-none = Không, phí không được trả lại
refund-full = Có, được trả lại đủ
refund-half = Chỉ được trả lại một nửa
refund-none-yes =
    Từ 27/10/2025, phí này không được trả lại khi đơn bị trả.
    Vì vậy, mỗi đơn bị trả làm bạn mất thêm tiền.
refund-full-no = Theo số liệu từ 27/10/2025, phí mỗi đơn không được trả lại.
refund-half-no = Theo số liệu từ 27/10/2025, phí này không được trả lại, kể cả một phần.
fee-on-return-hint-1 = Nhớ lại phần vừa đọc: đơn bị trả thì phí mỗi đơn ra sao?

## Step 4: Shopee fixed fees
# Source: shopeeanalytics.com/vn/seller/expected-price, data of 12 Jun 2025 [M]:
# infrastructure fee 3,000 đ/order (from 1 Jul 2025, globaltv.vn), PiShip 1,650 đ/order.

shopee-fixed =
    Shopee, theo số liệu tháng 6/2025:
    phí hạ tầng { MONEY($shopee_infra) } mỗi đơn, từ ngày 1/7/2025;
    phí chương trình gửi hàng PiShip { MONEY($piship) } mỗi đơn.
    Hãy xem lại trong trang quản lý của người bán.

## Step 5
# Source: as above, shopeeanalytics.com, data of 12 Jun 2025 [M].

shopee-fixed-sum =
    Shopee (số liệu tháng 6/2025): phí hạ tầng { MONEY($shopee_infra) }, phí PiShip { MONEY($piship) }.
    Mỗi đơn, hai phí này cộng lại là bao nhiêu?
shopee-fixed-sum-low = Còn thiếu. Hãy cộng cả hai phí.
shopee-fixed-sum-high = Nhiều quá. Chỉ cộng hai phí này.
shopee-fixed-sum-right = Mỗi đơn trên Shopee mất { MONEY($shopee_fixed) } phí cố định.
shopee-fixed-sum-hint-1 = Lấy { MONEY($shopee_infra) } cộng { MONEY($piship) }.
shopee-fixed-sum-hint-2 = Cộng phần nghìn trước: { MONEY($shopee_infra) } với { MONEY($ex_thousand) }, rồi thêm { MONEY($ex_rest) }.

## Step 6: percentage fees
# Source: TikTok Shop payment fee 5% in 2025 (blog.eltondata.com/post/36;
# thegioitiepthi.danviet.vn) [M]; from 18 Jul 2025 commissions 8.5-12% in grocery/health/home
# (techvui.com) [M]; total take rate 15-17% of revenue before promotions, ads and shipping
# (danviet; techvui) [M]. Shopee payment fee 5% (shopeeanalytics, data of 12 Jun 2025) [M].

fee-percent =
    Phí phần trăm: sàn lấy một phần của giá bán.
    Giá càng cao, số tiền sàn lấy càng nhiều.
    TikTok Shop năm 2025: phí thanh toán 5%.
    Từ 18/7/2025, hàng thực phẩm còn mất phí hoa hồng cho sàn, từ 8,5% đến 12%.
    Shopee (số liệu tháng 6/2025): phí thanh toán cũng là 5%.

## Step 7
# Source: 5% payment fee, TikTok Shop and Shopee, 2025 [M]. The price is made up.

percent-amount =
    Hũ mật ong giá { MONEY($price) }.
    Phí thanh toán là 5% (số liệu năm 2025).
    Phí này là bao nhiêu đồng?
percent-amount-low = Số này nhỏ quá. 5% là 5 đồng trong mỗi 100 đồng.
percent-amount-high = Số này lớn quá. 5% là một phần nhỏ, chỉ 5 đồng trong 100 đồng.
percent-amount-right = Sàn lấy { MONEY($pay_fee) } tiền phí thanh toán.
percent-amount-hint-1 = Tìm 1% trước: chia giá cho 100. Rồi nhân 5.
percent-amount-hint-2 = Ví dụ khác: 5% của { MONEY($ex_hundred) } là { MONEY($ex_five) }.

## Step 8: the other platforms
# Source: Lazada VN new category-based fixed fees for non-LazMall sellers from 16 Apr 2025;
# sellers active <90 days get 30 days without the fixed fee (nuu.edu.vn) [M]. Lazada
# percentages not verified. No Voso/Postmart fee in the brief.
# TikTok total take rate 15-17% (danviet; techvui, 2025) [M]. "doanh thu" explained here.

other-platforms =
    Cộng hết các phí, TikTok Shop lấy khoảng 15% đến 17% doanh thu (năm 2025).
    Doanh thu là tổng số tiền bán hàng thu về.
    Lazada: từ 16/4/2025, có phí cố định mới theo loại hàng.
    Người bán mới dưới 90 ngày được 30 ngày không mất phí này.
    Phí của Voso, Postmart: bài này chưa có số liệu chắc chắn.
    Mọi phí đều thay đổi. Hãy xem trong trang quản lý của người bán.

## Practice round

practice-intro =
    Bây giờ luyện tập một chút.
    Có hai câu hỏi ngắn.

practice-which-fee = Bạn tăng giá hũ mật từ { MONEY($price_low) } lên { MONEY($price) }. Phí nào tăng theo?
practice-which-fee-order = Phí mỗi đơn
practice-which-fee-percent = Phí phần trăm
practice-which-fee-order-no = Phí mỗi đơn giữ nguyên, hàng rẻ hay đắt cũng vậy.
practice-which-fee-percent-yes = Phí phần trăm tính theo giá. Giá tăng thì phí tăng.
practice-which-fee-hint-1 = Phí nào tính theo giá bán?

# Source: TikTok Shop 3,000 đ per delivered order from 27 Oct 2025 (danviet) [M];
# payment fee 5% in 2025 (eltondata; danviet) [M].
practice-tiktok-fees =
    Hũ mật giá { MONEY($price) }, bán trên TikTok Shop.
    Phí mỗi đơn { MONEY($tiktok_fee) } (từ 27/10/2025).
    Phí thanh toán 5% (năm 2025).
    Hai phí này cộng lại là bao nhiêu?
practice-tiktok-fees-low = Còn thiếu. Bạn đã cộng cả phí mỗi đơn chưa?
practice-tiktok-fees-high = Nhiều quá. 5% của giá chỉ là 5 đồng trong 100 đồng.
practice-tiktok-fees-right = Hai phí là { MONEY($tiktok_two) }. Đó là chưa tính hoa hồng và thuế.
practice-tiktok-fees-hint-1 = Tính 5% của giá trước, rồi cộng phí mỗi đơn.
practice-tiktok-fees-hint-2 = 5% của { MONEY($price) } bạn đã tính ở câu trước.
