# Lesson: price-formula (Vietnamese, base language)
# Formula from shared/domain/BRIEF.md, section 4.3: P = (C + F) / (1 - r - m).
# Example inputs: C = 137,000 đ (made-up cost from price-basics); F = 3,000 đ (TikTok Shop
# fixed fee per delivered order from 27 Oct 2025, danviet [M]); r = 5% payment fee (2025,
# eltondata; danviet [M]) + 8.5% commission (lowest food rate from 18 Jul 2025, techvui [M])
# + 1.5% tax withheld (Decree 117/2025, from 1 Jul 2025 [H]) = 15%; m = 15% (the seller's
# choice). P = 140,000 / 0.70 = 200,000 đ exactly.
# The formula is an estimate: platforms charge on different bases (BRIEF 4.3 caveat).

title = Công thức tính giá bán
summary = Giá = (chi phí + phí mỗi đơn) chia cho (100% trừ phần trăm phí, thuế và lãi).

unit-percent = phần trăm

## Step 1

formula-parts =
    Bây giờ ghép tất cả lại. Ta cần bốn con số.
    C là chi phí một sản phẩm.
    F là phí mỗi đơn.
    r là tổng phần trăm sàn và thuế lấy đi.
    m là phần trăm lãi bạn muốn giữ lại.

## Step 2

formula =
    Công thức tính giá bán:
    Giá = (C + F) chia cho (100% − r − m).
    Nói cách khác: cộng chi phí với phí mỗi đơn.
    Lấy 100% trừ phần trăm phí, thuế và lãi.
    Rồi lấy số thứ nhất chia cho số thứ hai.
    Ta làm lần lượt với hũ mật ong.

## Step 3
# Source: F = 3,000 đ, TikTok Shop from 27 Oct 2025 (danviet) [M]; C made up.

step-cf =
    Trước hết: Chi phí một hũ mật: C = { MONEY($cost) }.
    Phí mỗi đơn trên TikTok Shop (từ 27/10/2025): F = { MONEY($order_fee) }.
    C + F là bao nhiêu?
step-cf-low = Còn thiếu. Hãy cộng cả phí mỗi đơn.
step-cf-high = Nhiều quá. Chỉ cộng hai số này.
step-cf-right = C + F = { MONEY($cost_fee) }.
step-cf-hint-1 = Lấy { MONEY($cost) } cộng { MONEY($order_fee) }.

## Step 4
# Source: see the header: 5% (2025) [M], 8.5% (from 18 Jul 2025) [M], 1.5% (from 1 Jul 2025) [H].

step-r =
    Tiếp theo: Cộng các phần trăm sàn và thuế lấy đi:
    phí thanh toán 5% (năm 2025),
    phí hoa hồng hàng thực phẩm 8,5% (từ 18/7/2025),
    thuế sàn giữ 1,5% (từ 1/7/2025).
    r là bao nhiêu phần trăm?
step-r-low = Còn thiếu. Hãy cộng cả ba phần trăm.
step-r-high = Nhiều quá. Chỉ cộng ba số này.
step-r-right = r = 15%. Hãy xem lại các phí này trong trang quản lý của người bán.
step-r-hint-1 = Cộng 5 với 8,5 trước, rồi thêm 1,5.
step-r-hint-2 = 8,5 cộng 1,5 là một số tròn. Rồi thêm 5.

## Step 5

step-left =
    Sau đó: Bạn muốn lãi m = 15% giá bán.
    Lấy 100% trừ r = 15%, rồi trừ m = 15%.
    Còn lại bao nhiêu phần trăm?
step-left-low = Số này nhỏ quá. Chỉ trừ hai lần 15%.
step-left-high = Số này lớn quá. Hãy trừ cả r và m.
step-left-right = Còn 70%. Đó là phần giá bán trả cho chi phí và phí mỗi đơn.
step-left-hint-1 = 100 trừ 15 là 85. Rồi trừ tiếp 15.
step-left-hint-2 = Hai lần 15 là 30. Lấy 100 trừ 30.

## Step 6

step-price =
    Cuối cùng: Lấy { MONEY($cost_fee) } chia cho 70%.
    Chia cho 70% nghĩa là chia 7 rồi nhân 10.
    Giá bán là bao nhiêu?
step-price-low = Số này nhỏ quá. Chia cho 70% thì kết quả lớn hơn số ban đầu.
step-price-high = Số này lớn quá. Hãy chia 7 trước, rồi nhân 10.
step-price-right = Giá bán là { MONEY($price) }.
step-price-hint-1 = { MONEY($cost_fee) } chia 7 ra một số tròn chục nghìn.
step-price-hint-2 = Ví dụ khác: { MONEY($ex_in) } chia 70% là { MONEY($ex_out) }.

## Step 7: check the price

check-price =
    Thử lại với giá { MONEY($price) }:
    Sàn và thuế lấy 15%, tức là { MONEY($take) }.
    Phí mỗi đơn { MONEY($order_fee) }. Chi phí { MONEY($cost) }.
    Còn lại { MONEY($profit) }: đúng 15% giá bán.
    Đây là số ước tính. Mỗi sàn tính phí hơi khác nhau.

## Step 8

why-price-base = Vì sao không chỉ cộng thêm 30% vào chi phí?
why-price-base-cost = Vì cộng 30% thì giá quá cao
why-price-base-price = Vì sàn lấy phần trăm của giá bán, không phải của chi phí
why-price-base-luck = Vì công thức đem lại may mắn
why-price-base-cost-no = Ngược lại: cộng 30% vào chi phí thì giá còn thấp quá. Bạn lãi ít hơn.
why-price-base-price-yes = Sàn tính phần trăm trên giá bán. Nên ta chia, không chỉ cộng.
why-price-base-luck-no = Công thức là phép tính, không phải may rủi.
why-price-base-hint-1 = Sàn lấy 5% của cái gì: của giá bán hay của chi phí?

## Practice round

practice-intro =
    Bây giờ luyện tập một chút.
    Có hai câu hỏi ngắn.

# Made-up example: r = 17% and m = 15% give 68%; 85,000 / 0.68 = 125,000 exactly.
practice-tea-price =
    Túi chè shan tuyết: C = { MONEY($tea_cost) }, F = { MONEY($tea_fee) }.
    Ví dụ: sàn và thuế lấy r = 17%. Bạn muốn lãi m = 15%.
    Giá bán là bao nhiêu?
practice-tea-price-low = Số này nhỏ quá. Hãy chia cho phần trăm còn lại, đừng nhân.
practice-tea-price-high = Số này lớn quá. Kiểm tra lại: 100% trừ 17% trừ 15%.
practice-tea-price-right = Giá bán là { MONEY($tea_price) }.
practice-tea-price-hint-1 = Trước hết: C + F = { MONEY($tea_cost_fee) }.
practice-tea-price-hint-2 = Tiếp theo: 100% − 17% − 15% = 68%.
practice-tea-price-hint-3 = Cuối cùng: lấy { MONEY($tea_cost_fee) } chia cho 0,68.

practice-fee-up = Sàn tăng phí phần trăm. Muốn giữ lãi như cũ, giá bán phải thế nào?
practice-fee-up-same = Giữ nguyên
practice-fee-up-lower = Giảm xuống
practice-fee-up-higher = Tăng lên
practice-fee-up-same-no = Phí tăng mà giá giữ nguyên thì lãi của bạn giảm.
practice-fee-up-lower-no = Phí tăng mà giá giảm thì bạn có thể bị lỗ.
practice-fee-up-higher-yes = r lớn hơn thì phần còn lại nhỏ hơn. Chia cho số nhỏ hơn, giá cao hơn.
practice-fee-up-hint-1 = Phí lấy nhiều hơn. Tiền bù vào từ đâu?
