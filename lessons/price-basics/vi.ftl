# Lesson: price-basics (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, section 4 (pricing).
# Fees change often: re-check every fee against Seller Centre before release.
# The honey costs (90.000 + 12.000 + 5.000 + 10.000 đ) are a made-up teaching
# example (BRIEF 4.3), not market prices.

title = Giá bán gồm những gì
summary = Cộng chi phí và phí sàn để đặt giá có lãi.

## Step 1: a price must cover everything

# Source: BRIEF 4.3 formula (costs + own labour + fees + margin).
price-covers =
    Giá bán phải trả đủ mọi chi phí.
    Sau đó còn lại tiền lãi cho bạn.
    Chi phí là tiền bạn bỏ ra cho một sản phẩm.
    Công sức của bạn cũng là chi phí.
    Ví dụ ở đây là một hũ mật ong, chưa tính công.

## Step 2: which costs go into one jar

which-costs = Chi phí của một hũ mật ong gồm những gì? Chọn tất cả ý đúng.
cost-honey = Mật ong trong hũ
cost-jar = Hũ và nhãn dán
cost-shipping = Tiền gửi hàng bạn trả
cost-tv = Tiền mua ti vi cho nhà
cost-honey-why = Mật ong là chi phí chính. Hãy tính vào.
cost-jar-why = Hũ và nhãn tốn tiền cho mỗi hũ. Hãy tính vào.
cost-shipping-why = Nếu bạn trả tiền gửi hàng, đó là chi phí. Hãy tính vào.
cost-tv-why = Ti vi là đồ trong nhà. Không phải chi phí của hũ mật.
which-costs-hint-1 = Chỉ tính những gì tốn tiền cho mỗi hũ bán ra.
which-costs-hint-2 = Có ba ý đúng.

## Step 3: add up the cost of one jar

total-cost =
    Chi phí cho một hũ mật ong:
    mật ong { MONEY($honey) },
    hũ và nhãn { MONEY($jar) },
    hộp { MONEY($box) },
    tiền gửi hàng bạn trả { MONEY($shipping) }.
    Tổng chi phí một hũ là bao nhiêu đồng?
total-cost-low = Còn thiếu. Bạn đã cộng đủ bốn khoản chưa?
total-cost-high = Nhiều quá. Hãy cộng lại từng khoản một.
total-cost-right = Một hũ tốn { MONEY($cost) }.
total-cost-hint-1 = Cộng cả bốn khoản: mật, hũ và nhãn, hộp, tiền gửi hàng.
total-cost-hint-2 = Cộng từng bước: mật với hũ, rồi thêm hộp, rồi thêm tiền gửi hàng.

## Step 4: a fee for each order

# Source: danviet (thegioitiepthi.danviet.vn), TikTok Shop fixed fee per delivered order from 27 Oct 2025, not refunded on return [M]
fee-per-order =
    Sàn bán hàng lấy phí trên mỗi đơn.
    Có phí cố định cho mỗi đơn hàng.
    Ví dụ: TikTok Shop lấy { MONEY($order_fee) } mỗi đơn giao thành công.
    Phí này áp dụng từ ngày 27/10/2025.
    Nếu người mua trả hàng, phí này không được hoàn lại.
    Phí thay đổi thường xuyên. Hãy xem lại trên Seller Center.

## Step 5: is the fee refunded on a return?

# Source: danviet, TikTok Shop fixed fee per order from 27 Oct 2025, not refunded on return [M]
fee-on-return =
    Từ 27/10/2025, TikTok Shop lấy { MONEY($order_fee) } mỗi đơn giao thành công.
    Sau đó người mua trả hàng. Phí này có được hoàn lại không?
refund-none = Không, phí không được hoàn lại
refund-full = Có, được hoàn lại đủ
refund-half = Chỉ được hoàn lại một nửa
# Source: danviet, fee from 27 Oct 2025, not refunded on return [M]
refund-none-yes =
    Từ 27/10/2025, phí này không được hoàn khi đơn bị trả.
    Vì vậy, đơn bị trả làm bạn mất tiền.
# Source: danviet, fee from 27 Oct 2025, not refunded on return [M]
refund-full-no = Từ 27/10/2025, phí mỗi đơn không được hoàn lại.
# Source: danviet, fee from 27 Oct 2025, not refunded on return [M]
refund-half-no = Từ 27/10/2025, phí này không được hoàn, kể cả một phần.
fee-on-return-hint-1 = Nhớ lại phần vừa đọc: phí có được hoàn khi trả hàng không?

## Step 6: add the fee per order

# Source: danviet, TikTok Shop fixed fee per order from 27 Oct 2025 [M]
cost-plus-fee =
    Một hũ mật ong tốn { MONEY($cost) }.
    Từ 27/10/2025, TikTok Shop lấy { MONEY($order_fee) } mỗi đơn.
    Chi phí cộng phí đơn là bao nhiêu đồng?
cost-plus-fee-low = Còn thiếu. Bạn đã cộng phí đơn chưa?
cost-plus-fee-high = Nhiều quá. Chỉ cộng hai số này thôi.
cost-plus-fee-right = Bạn cần ít nhất { MONEY($cost_with_fee) } cho mỗi đơn.
# Source: danviet, TikTok Shop fixed fee per order from 27 Oct 2025 [M]
cost-plus-fee-hint-1 = Lấy { MONEY($cost) } cộng phí đơn { MONEY($order_fee) } (từ 27/10/2025).

## Step 7: fees as a percent of the price

# Source: danviet; techvui, TikTok Shop total take rate 15–17% of revenue in 2025, before promotions, ads and shipping [M]
fee-percent =
    Sàn còn lấy một phần trăm của giá bán.
    Giá càng cao, phần sàn lấy càng nhiều.
    Năm 2025, TikTok Shop lấy tổng cộng khoảng 15–17% doanh thu.
    Con số này chưa tính quảng cáo, khuyến mãi và tiền gửi hàng.
    Phần trăm thay đổi thường xuyên. Hãy xem lại trên Seller Center.

## Step 8: choose a price

pick-price =
    Chi phí và phí đơn của một hũ là { MONEY($cost_with_fee) }.
    Sàn còn lấy phần trăm của giá bán.
    Bạn muốn có lãi. Giá nào hợp lý?
pick-price-low = { MONEY($price_low) }
pick-price-even = { MONEY($price_even) }
pick-price-good = { MONEY($price_good) }
pick-price-low-no = Giá này thấp hơn chi phí. Bạn lỗ mỗi hũ.
pick-price-even-no = Giá này chỉ bằng chi phí. Sàn lấy phần trăm xong, bạn bị lỗ.
pick-price-good-yes =
    Sau phần trăm của sàn, bạn vẫn còn lãi.
    Hãy nhớ tính lại khi phí thay đổi.
pick-price-hint-1 = Giá phải cao hơn { MONEY($cost_with_fee) }.
pick-price-hint-2 = Sàn lấy phần trăm từ giá. Cần để dư ra một khoản.
