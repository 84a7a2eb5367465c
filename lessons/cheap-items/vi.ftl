# Lesson: cheap-items (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, section 4.1 and 4.3.
# Fixed per-order fees eat low-price items (<100-150k đ) (danviet) [M].
# Fixed fee 3,000 đ per delivered order, TikTok Shop from 27 Oct 2025 (danviet) [M].
# All prices are made-up examples. Bundling is teaching advice that follows from the fee,
# not a sourced rule.

title = Hàng rẻ và mã giảm giá
summary = Vì sao hàng rẻ dễ lỗ. Mã giảm giá ai trả. Không ghi giá cũ giả.

unit-percent = phần trăm

## Step 1

cheap-lose =
    Phí mỗi đơn như nhau, hàng rẻ hay hàng đắt.
    Với hàng rẻ, phí này chiếm một phần lớn của giá.
    Các bài báo về bán hàng trên mạng cũng nói vậy.
    Hàng giá dưới { MONEY($cheap_low) } đến { MONEY($cheap_high) } dễ bị phí ăn hết lãi.

## Step 2
# Source: 3,000 đ per order, TikTok Shop from 27 Oct 2025 (danviet) [M]. Price made up.

fee-share-cheap =
    Túi khoai sâm 1 cân giá { MONEY($khoai_bag) }.
    Phí mỗi đơn là { MONEY($fee) } (TikTok Shop, từ 27/10/2025).
    Phí này bằng bao nhiêu phần trăm giá bán?
fee-share-cheap-low = Số này nhỏ quá. Hãy chia phí cho giá, rồi nhân 100.
fee-share-cheap-high = Số này lớn quá. Hãy chia phí cho giá, rồi nhân 100.
fee-share-cheap-right = 10% giá bán mất vào phí mỗi đơn. Đó là nhiều.
fee-share-cheap-hint-1 = Lấy { MONEY($fee) } chia { MONEY($khoai_bag) }, rồi nhân 100.
fee-share-cheap-hint-2 = Giá gấp mấy lần phí? Gấp 10 lần thì phí là một phần mười.

## Step 3

fee-share-dear =
    Túi thổ cẩm giá { MONEY($brocade_bag) }.
    Phí mỗi đơn vẫn là { MONEY($fee) }.
    Phí này bằng bao nhiêu phần trăm giá bán?
fee-share-dear-low = Số này nhỏ quá. Hãy chia phí cho giá, rồi nhân 100.
fee-share-dear-high = Số này lớn quá. Giá cao gấp 100 lần phí.
fee-share-dear-right = Chỉ 1%. Cùng một phí, hàng đắt mất ít hơn nhiều.
fee-share-dear-hint-1 = Giá gấp 100 lần phí. Vậy phí là bao nhiêu phần trăm?

## Step 4

bundle =
    Cách giảm thiệt cho hàng rẻ: bán theo gói lớn hơn.
    Ví dụ: thùng khoai sâm 5 cân thay cho túi 1 cân.
    Một đơn chỉ mất một lần phí, mà bán được nhiều hàng hơn.
    Cũng có thể gộp nhiều món vào một gói, như chè với mật ong.

## Step 5

bundle-fee =
    Thùng khoai sâm 5 cân giá { MONEY($khoai_box) }.
    Phí mỗi đơn là { MONEY($fee) }.
    Phí này bằng bao nhiêu phần trăm giá bán?
bundle-fee-low = Số này nhỏ quá. Hãy chia phí cho giá, rồi nhân 100.
bundle-fee-high = Số này lớn quá. Giá gấp 50 lần phí.
bundle-fee-right = Chỉ 2%, thay cho 10% của túi 1 cân.
bundle-fee-hint-1 = Lấy { MONEY($fee) } chia { MONEY($khoai_box) }, rồi nhân 100.

## Step 6: vouchers
# Source: Shopee Voucher Xtra 2% capped at 50,000 đ per item, data of 12 Jun 2025
# (shopeeanalytics) [M]; 3-4% by category from 29 Dec 2025 (vtcnews.vn …ar993195) [M].
# The two sources disagree on the earlier rate, so the lesson gives only the newest, with date.
# Fees charged after seller discounts (BRIEF 4.3 caveat).

vouchers =
    Mã giảm giá giúp người mua trả ít hơn.
    Nếu bạn tặng mã, phần tiền giảm là bạn chịu.
    Shopee có chương trình mã giảm giá riêng, mất thêm phí.
    Từ 29/12/2025, phí này là 3% đến 4% tùy loại hàng (báo VTC).
    Hãy xem lại trong trang quản lý của người bán.

## Step 7: profit after a voucher (made-up, continues the honey example)

voucher-profit =
    Hũ mật giá { MONEY($price) }. Bạn tặng mã giảm { MONEY($voucher) }.
    Người mua trả { MONEY($paid) }. Sàn và thuế lấy 15% số đó: { MONEY($take_after) }.
    Phí mỗi đơn { MONEY($fee) }. Chi phí { MONEY($cost) }.
    Bạn còn lãi bao nhiêu?
voucher-profit-low = Số này nhỏ quá. Chỉ trừ ba khoản: phần sàn lấy, phí mỗi đơn, chi phí.
voucher-profit-high = Số này lớn quá. Hãy bắt đầu từ số người mua trả, không phải giá cũ.
voucher-profit-right = Lãi chỉ còn { MONEY($profit_after) }, thay cho { MONEY($profit_before) }. Mã giảm giá ăn vào lãi.
voucher-profit-hint-1 = Lấy { MONEY($paid) } trừ { MONEY($take_after) }, rồi trừ tiếp.
voucher-profit-hint-2 = Trừ lần lượt: phần sàn lấy, rồi phí mỗi đơn, rồi chi phí.

## Step 8: crossed-out prices
# Source: setting a "crossed-out" price far above recent prices is a TikTok violation
# (ecommercewithram) [M].

crossed-price =
    Có sàn cho ghi giá cũ gạch ngang bên cạnh giá bán.
    Đừng ghi giá cũ cao vống để trông như giảm nhiều.
    Ví dụ: ghi giá cũ { MONEY($fake_old) } khi bạn vẫn bán { MONEY($price) }.
    TikTok Shop coi việc này là vi phạm.

## Practice round

practice-intro =
    Bây giờ luyện tập một chút.
    Có hai câu hỏi ngắn.

practice-cheap = Bạn bán túi quýt { MONEY($tangerine_bag) } một đơn. Cách nào giúp có lãi hơn?
practice-cheap-lower = Hạ giá xuống cho đông người mua
practice-cheap-bigger = Bán thùng to hơn, nhiều quả hơn mỗi đơn
practice-cheap-voucher = Tặng thêm mã giảm giá
practice-cheap-lower-no = Giá thấp hơn thì phí mỗi đơn càng chiếm nhiều. Bạn lỗ nhiều hơn.
practice-cheap-bigger-yes = Một đơn một lần phí. Đơn to thì phí chỉ là phần nhỏ.
practice-cheap-voucher-no = Mã giảm giá làm bạn thu ít tiền hơn. Lãi càng mỏng.
practice-cheap-hint-1 = Làm sao để một lần phí mỗi đơn chia cho nhiều hàng hơn?

practice-voucher = Bạn tự tặng mã giảm { MONEY($voucher) } cho hũ mật. Ai chịu phần tiền giảm đó?
practice-voucher-platform = Sàn chịu
practice-voucher-you = Bạn chịu
practice-voucher-nobody = Không ai mất gì
practice-voucher-platform-no = Mã do bạn tặng thì sàn không trả thay.
practice-voucher-you-yes = Mã bạn tặng lấy từ tiền của bạn. Hãy tính nó trước khi tặng.
practice-voucher-nobody-no = Người mua trả ít hơn, nên bạn nhận ít hơn.
practice-voucher-hint-1 = Nhớ lại: tiền lãi hũ mật đổi thế nào khi có mã giảm?
