# Lesson: listing-law (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, sections 1.2 and 5 (Law 19/2023/QH15).
# Law 19/2023/QH15, passed 20 Jun 2023, in force 1 Jul 2024 (vision-associates.com) [H].
# Art. 37 (vi.wikisource.org) [H]: in distance sales the seller gives name, address, phone;
# business registration number or, for an individual, personal tax code; measurement,
# quantity, weight, quality, use, price, origin, shelf life; delivery cost; payment method;
# conditions and method of exchange/return; fees and VAT. Art. 39 (lawnet.vn) [H]: applies to
# anyone selling through a digital platform.

title = Tin bán hàng phải ghi gì
summary = Luật bắt tin bán hàng ghi rõ về bạn, về hàng, về việc mua bán.

## Step 1

law-intro =
    Có một luật bảo vệ người mua hàng.
    Đó là Luật Bảo vệ quyền lợi người tiêu dùng năm 2023.
    Luật bắt đầu dùng từ ngày 1/7/2024.
    Bán qua sàn cũng phải theo luật này.
    Điều 37 của luật nói tin bán hàng phải ghi những gì.

## Step 2

law-about-you =
    Phần một: về bạn, người bán.
    Tên, địa chỉ, số điện thoại của bạn.
    Mã số thuế cá nhân của bạn.
    Sàn thường có ô riêng cho những điều này.

## Step 3

law-about-product =
    Phần hai: về sản phẩm.
    Nặng bao nhiêu, có bao nhiêu cái.
    Chất lượng thế nào, dùng để làm gì.
    Giá bán.
    Làm ra ở đâu. Điều này gọi là xuất xứ.
    Dùng được đến ngày nào. Điều này gọi là hạn sử dụng.

## Step 4

law-about-sale =
    Phần ba: về việc mua bán.
    Tiền gửi hàng là bao nhiêu.
    Người mua trả tiền bằng cách nào.
    Đổi hàng, trả hàng thế nào, khi nào.
    Các khoản phí và thuế.

## Step 5

law-which = Tin bán mật ong phải ghi những gì? Chọn tất cả ý đúng.
law-which-weight = Hũ mật nặng bao nhiêu
law-which-house = Ảnh ngôi nhà của bạn
law-which-origin = Mật lấy ở đâu
law-which-shelf = Hạn sử dụng
law-which-return = Cách đổi trả hàng
law-which-weight-why = Luật bắt ghi nặng bao nhiêu.
law-which-house-why = Luật không bắt ghi điều này.
law-which-origin-why = Nơi làm ra là xuất xứ. Luật bắt ghi.
law-which-shelf-why = Hạn sử dụng phải ghi rõ.
law-which-return-why = Cách đổi trả hàng phải ghi rõ.
law-which-hint-1 = Có bốn ý đúng.
law-which-hint-2 = Bỏ ý không nói về sản phẩm hay việc mua bán.

## Step 6

shelf-life = Người mua hỏi: mật dùng được đến bao giờ? Tin bán hàng cần ghi gì?
shelf-life-colour = Màu của hũ
shelf-life-date = Hạn sử dụng
shelf-life-old-price = Giá năm ngoái
shelf-life-colour-no = Màu hũ không cho biết mật dùng được đến bao giờ.
shelf-life-date-yes = Hạn sử dụng cho biết dùng được đến ngày nào.
shelf-life-old-price-no = Giá cũ không nói gì về ngày dùng.
shelf-life-hint-1 = Trên hộp sữa, gói mì cũng có ghi điều này.

## Step 7

origin-word = Nơi làm ra sản phẩm còn gọi là gì? Gõ hai chữ.
# Accepted answers, one per line. Matching ignores case and diacritics.
origin-word-accept =
    xuất xứ
    nguồn gốc
    nguồn gốc xuất xứ
    nơi sản xuất
origin-word-right = Xuất xứ là nơi làm ra sản phẩm, như Sìn Hồ, Lai Châu.
origin-word-hint-1 = Chữ đầu là "xuất".
origin-word-hint-2 = Trên nhãn hàng thường ghi: "Xuất ...: Việt Nam".

## Practice round

practice-intro =
    Bây giờ luyện tập một chút.
    Có hai câu hỏi ngắn.

practice-missing =
    Đây là tin bán chè của chị Lan:
    "Chè shan tuyết Mường Khương, túi 200 gam, giá { MONEY($tea_price) }."
    Tin này còn thiếu gì? Chọn tất cả ý đúng.
practice-missing-weight = Nặng bao nhiêu
practice-missing-shelf = Hạn sử dụng
practice-missing-delivery = Tiền gửi hàng
practice-missing-return = Cách đổi trả hàng
practice-missing-weight-why = Tin đã ghi "túi 200 gam" rồi.
practice-missing-shelf-why = Tin chưa ghi hạn sử dụng.
practice-missing-delivery-why = Tin chưa ghi tiền gửi hàng.
practice-missing-return-why = Tin chưa ghi cách đổi trả hàng.
practice-missing-hint-1 = Có ba ý đúng.
practice-missing-hint-2 = Tin đã ghi cân nặng. Những điều khác thì chưa.

practice-platform-only = Bạn chỉ bán qua sàn, không có cửa hàng. Bạn có phải theo luật này không?
practice-platform-only-yes = Có
practice-platform-only-no = Không
practice-platform-only-yes-why = Luật nói rõ: bán qua sàn cũng phải theo.
practice-platform-only-no-why = Luật này dùng cho cả người bán qua sàn.
practice-platform-only-hint-1 = Nhớ lại phần đầu bài: bán qua sàn thì sao?
