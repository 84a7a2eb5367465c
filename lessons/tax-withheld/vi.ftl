# Lesson: tax-withheld (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, section 4.2 (tax on household and individual sellers).
# Only facts marked [H] are stated as rules; COD [M] is stated with care.
# Left out on purpose (the brief marks them unverified or disputed): whether platforms
# still withhold from sellers under 500 million in 2026; tax above 500 million; the date
# of the old 200 million threshold. For these the lesson says "hỏi cán bộ thuế".

title = Thuế sàn giữ lại
summary = Sàn giữ thuế trên mỗi đơn. Năm 2026 có thay đổi, hãy hỏi cán bộ thuế.

## Step 1
# Source: Decree 117/2025/NĐ-CP, issued 9 Jun 2025, in force 1 Jul 2025: platforms with a
# payment function withhold tax on every order (apolatlegal.com; ey.com June 2025) [H].

tax-what =
    Từ ngày 1/7/2025, có quy định mới về thuế bán hàng trên mạng.
    Đó là Nghị định 117 năm 2025.
    Sàn nào nhận tiền thay bạn thì giữ lại thuế trên mỗi đơn.
    Sàn nộp số thuế đó cho Nhà nước, thay bạn.

## Step 2
# Source: Decree 117/2025: goods, VAT 1% + PIT 0.5% for residents (apolatlegal; ey.com) [H].

tax-rate =
    Với hàng hóa, sàn giữ 1,5% tiền mỗi đơn.
    Trong đó, 1% là thuế giá trị gia tăng.
    Còn 0,5% là thuế thu nhập cá nhân.
    Tính đến tháng 12/2025. Hãy hỏi cán bộ thuế nếu có thay đổi.

## Step 3
# Source: as above, 1.5% on goods from 1 Jul 2025 [H]. The price is made up.

tax-amount =
    Hũ mật ong giá { MONEY($price) }.
    Sàn giữ 1,5% thuế (từ 1/7/2025).
    Số thuế sàn giữ là bao nhiêu đồng?
tax-amount-low = Số này nhỏ quá. 1,5% là 1 đồng rưỡi trong mỗi 100 đồng.
tax-amount-high = Số này lớn quá. 1,5% chỉ là một phần rất nhỏ của giá.
tax-amount-right = Sàn giữ { MONEY($tax) } tiền thuế cho hũ mật này.
tax-amount-hint-1 = Tìm 1% trước: chia giá cho 100. Rồi thêm một nửa số đó.
tax-amount-hint-2 = Ví dụ khác: 1,5% của { MONEY($ex_price) } là { MONEY($ex_tax) }.

## Step 4
# Source: sellers whose tax is withheld do not declare it again; sellers on platforms
# without payment declare themselves (apolatlegal; ey.com) [H].

tax-no-double =
    Thuế sàn đã giữ, bạn không phải khai lại.
    Có sàn không nhận tiền thay bạn.
    Bán trên sàn đó, bạn phải tự khai thuế.
    Không rõ thì hỏi cán bộ thuế ở xã hoặc huyện.

## Step 5

tax-who-pays = Tháng 8/2025, bạn bán hũ mật trên TikTok Shop. Ai nộp khoản thuế 1,5%?
tax-who-pays-you = Bạn tự mang tiền đi nộp
tax-who-pays-platform = Sàn giữ lại và nộp thay bạn
tax-who-pays-buyer = Người mua nộp riêng
tax-who-pays-you-no = Sàn đã giữ thuế rồi. Bạn không phải khai lại.
tax-who-pays-platform-yes = Từ 1/7/2025, sàn nhận tiền thay bạn thì giữ và nộp thuế.
tax-who-pays-buyer-no = Người mua chỉ trả tiền hàng. Thuế do sàn giữ lại từ tiền của bạn.
tax-who-pays-hint-1 = Sàn nhận tiền thay bạn. Vậy ai giữ thuế?

## Step 6: 2026
# Source: amended PIT Law passed 10 Dec 2025: from 1 Jan 2026 revenue up to 500 million
# VND/year is exempt from PIT and VAT (english.thesaigontimes.vn; news.laodong.vn) [H].
# If revenue turns out non-taxable, the seller must apply for a refund (apolatlegal) [H].
# Unverified: whether platforms still withhold in 2026 -> "hỏi cán bộ thuế".

tax-2026 =
    Luật mới thông qua ngày 10/12/2025 có thay đổi lớn.
    Từ ngày 1/1/2026, ai bán dưới { MONEY($threshold) } một năm thì không phải nộp thuế.
    Nếu sàn đã giữ thuế mà bạn không phải nộp, bạn phải làm đơn xin lại.
    Sàn còn giữ thuế nữa không? Xin lại thế nào? Hãy hỏi cán bộ thuế.

## Step 7

tax-ask =
    Năm 2026, bạn bán ít, dưới { MONEY($threshold) } một năm.
    Bạn thấy sàn vẫn giữ thuế. Bạn làm gì?
tax-ask-nothing = Không làm gì, coi như mất
tax-ask-officer = Hỏi cán bộ thuế cách xin lại
tax-ask-outside = Bán ngoài sàn để khỏi bị giữ thuế
tax-ask-nothing-no = Tiền thuế giữ sai có thể xin lại được. Đừng bỏ qua.
tax-ask-officer-yes = Cán bộ thuế sẽ chỉ bạn cách làm đơn xin lại.
tax-ask-outside-no = Bán ngoài sàn không phải là cách. Hãy hỏi cán bộ thuế.
tax-ask-hint-1 = Ai biết rõ nhất về thuế ở xã bạn?

## Practice round

practice-intro =
    Bây giờ luyện tập một chút.
    Có hai câu hỏi ngắn.

# Source: Decree 117/2025, 1.5% on goods from 1 Jul 2025 [H]. The price is made up.
practice-tax =
    Túi chè giá { MONEY($practice_price) }.
    Sàn giữ 1,5% thuế (từ 1/7/2025).
    Số thuế là bao nhiêu đồng?
practice-tax-low = Số này nhỏ quá. Hãy tìm 1% trước, rồi thêm một nửa.
practice-tax-high = Số này lớn quá. 1,5% chỉ là một phần rất nhỏ.
practice-tax-right = Sàn giữ { MONEY($practice_tax) } tiền thuế cho túi chè này.
practice-tax-hint-1 = 1% của { MONEY($practice_price) } là giá chia cho 100.
practice-tax-hint-2 = Lấy 1% đó, cộng thêm một nửa của nó.

# Source: COD orders are also taxed (lawzana.com) [M].
practice-cod = Người mua trả tiền mặt khi nhận hàng. Sàn có giữ thuế không?
practice-cod-no = Không, vì người mua trả tiền mặt
practice-cod-yes = Có, đơn trả tiền khi nhận hàng cũng bị giữ
practice-cod-no-no = Theo các bài hướng dẫn Nghị định 117, đơn trả tiền khi nhận cũng bị giữ thuế.
practice-cod-yes-yes = Đơn này vẫn đặt qua sàn. Sàn giữ thuế như các đơn khác.
practice-cod-hint-1 = Người mua đặt đơn này ở đâu?
