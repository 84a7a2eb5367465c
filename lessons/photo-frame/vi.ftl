# Lesson: photo-frame (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, sections 1.1 and 2.1 (images).
# Pictures: drawn by tools/make-example-pictures.py.

title = Sản phẩm to, đủ, nhiều góc
summary = Ảnh chính: sản phẩm to, không bị cắt, ảnh vuông. Thêm ảnh các mặt.

unit-percent = phần trăm

## Step 1: "ảnh chính" (first time in the course: explain it)

main-photo-what =
    Mỗi tin bán hàng có nhiều ảnh.
    Ảnh đầu tiên gọi là ảnh chính.
    Người mua thấy ảnh chính trước, khi lướt tìm hàng.
    Ảnh chính phải cho thấy sản phẩm thật rõ.

## Step 2: fill the frame
# Source: TikTok Shop SEA rule, product at least 60% of the image, not cropped (tkfff.com, 2023) [M].
# Lazada: product at least 80% of the longest side (Lazada MY guideline 2017) [M, old, other country].

fill-frame =
    Sản phẩm phải to, chiếm hơn nửa ảnh.
    TikTok Shop (hướng dẫn năm 2023): sản phẩm chiếm ít nhất 60% ảnh.
    Hướng dẫn cũ của Lazada còn đòi tới 80%.
fill-frame-picture =
    Hai ảnh một gói chè xanh.
    Bên trái: gói chè to, chiếm gần hết ảnh.
    Bên phải: gói chè nhỏ xíu giữa một khoảng trắng lớn.

## Step 3

fill-small = Gói chè nhỏ xíu giữa ảnh, xung quanh toàn nền trắng. Bạn làm gì?
fill-small-fine = Để vậy, nền trắng là được
fill-small-closer = Đưa máy lại gần, chụp lại cho gói chè to ra
fill-small-text = Viết chữ "CHÈ" to lên ảnh
fill-small-fine-no = Nền trắng thì tốt, nhưng sản phẩm quá nhỏ. Người mua khó nhìn.
fill-small-closer-yes = Lại gần hơn thì sản phẩm to, rõ, chiếm gần hết ảnh.
fill-small-text-no = Không viết chữ lên ảnh. Hãy chụp sản phẩm to hơn.
fill-small-hint-1 = Sản phẩm phải chiếm hơn nửa ảnh.

## Step 4: square photos
# Source: TikTok square recommended (tkfff, 2023) [M]; Lazada 1:1 recommended (scribd MY) [M];
# Shopee 1:1 only in a code constant [L]. So: "square is safest", not "required".

square =
    Hãy chụp ảnh vuông: ngang bằng dọc.
    TikTok Shop và Lazada đều khuyên dùng ảnh vuông.
    Ảnh vuông dùng được trên mọi sàn.
    Nhiều điện thoại có chế độ chụp vuông, ghi là 1:1.

## Step 5: the whole product

whole-product =
    Ảnh chính phải có cả sản phẩm.
    Không để mất quai túi hay nắp hũ.
    Sản phẩm bị cắt mất một phần là ảnh lỗi.
whole-product-picture =
    Hai ảnh một túi thổ cẩm.
    Bên trái: thấy cả túi, cả quai, ở giữa ảnh.
    Bên phải: túi lệch xuống góc, mất một phần quai và đáy túi.

## Step 6: angles and scale
# Source: main image = front view, up to 9 images, no duplicates (tkfff; tt123) [M];
# side, back, detail, packaging shots after it (Lazada MY guideline; fetpo.org) [M];
# scale: the item in a hand (Etsy advice) [L], given as advice.

angles =
    Ảnh chính chụp mặt trước sản phẩm.
    Sau đó thêm ảnh mặt bên, mặt sau, ảnh chụp gần.
    Nên có một ảnh sản phẩm cầm trên tay.
    Nhìn bàn tay, người mua biết hũ to hay nhỏ.
    TikTok Shop cho đăng tối đa 9 ảnh.
angles-picture =
    Ba ảnh một hũ mật ong.
    Một: mặt trước. Hai: mặt bên, hũ hẹp lại.
    Ba: hũ mật cầm trên bàn tay.

## Step 7: brocade bag, which photo first

brocade-first = Bạn bán túi thổ cẩm. Ảnh chính nên là ảnh nào?
brocade-stitches = Chụp thật gần vài đường thêu
brocade-front = Cả mặt trước túi, trên vải trắng
brocade-pile = Túi treo lẫn với nhiều túi khác
brocade-stitches-no = Ảnh chụp gần rất tốt, nhưng để sau. Ảnh chính cần cả cái túi.
brocade-front-yes = Ảnh chính cho thấy cả sản phẩm, từ mặt trước.
brocade-pile-no = Người mua không biết túi nào là túi bạn bán.
brocade-first-hint-1 = Ảnh chính cho thấy cả sản phẩm, nhìn từ phía trước.

## Step 8: a good main photo

main-photo = Ảnh chính tốt cần những gì? Chọn tất cả ý đúng.
main-photo-plain = Nền trơn, sáng màu
main-photo-big = Sản phẩm to, chiếm gần hết ảnh
main-photo-phone = Số điện thoại viết trên ảnh
main-photo-cut = Sản phẩm bị cắt mất một góc
main-photo-plain-why = Nền trơn, sáng màu giúp người mua nhìn rõ sản phẩm.
# Source: TikTok Shop, product at least 60% of the image (tkfff, 2023) [M].
main-photo-big-why = Sản phẩm phải to và rõ, không nhỏ xíu giữa ảnh.
# Source: TikTok VN bans phone numbers in listings (seller-vn.tiktok.com) [H];
# no text or watermark on photos (Lazada guideline; fetpo.org) [M].
main-photo-phone-why = TikTok Shop cấm ghi số điện thoại trong tin bán hàng. Ảnh cũng không nên có chữ.
main-photo-cut-why = Ảnh chính phải có cả sản phẩm.
main-photo-hint-1 = Có hai ý đúng.
main-photo-hint-2 = Người mua cần nhìn rõ cả sản phẩm, không gì khác.

## Practice round

practice-intro =
    Bây giờ luyện tập một chút.
    Có hai câu hỏi ngắn.

practice-hand = Vì sao nên có một ảnh sản phẩm cầm trên tay?
practice-hand-pretty = Để khoe bàn tay đẹp
practice-hand-size = Để người mua biết sản phẩm to hay nhỏ
practice-hand-rule = Vì sàn bắt buộc phải có
practice-hand-pretty-no = Bàn tay chỉ để so. Người mua cần biết sản phẩm to bao nhiêu.
practice-hand-size-yes = Ai cũng biết bàn tay to chừng nào. Nhìn là biết sản phẩm to hay nhỏ.
practice-hand-rule-no = Đây là lời khuyên, không phải quy định của sàn.
practice-hand-hint-1 = Nghĩ tới người mua ở xa, chưa cầm sản phẩm bao giờ.

# Source: tkfff.com, TikTok Shop SEA, 2023 [M].
practice-fill = Theo TikTok Shop (năm 2023), sản phẩm phải chiếm ít nhất bao nhiêu phần trăm ảnh?
practice-fill-low = Số này nhỏ quá. Sản phẩm phải chiếm hơn nửa ảnh.
practice-fill-high = Số này lớn quá. TikTok Shop đòi ít hơn thế, chỉ hơn nửa ảnh một chút.
practice-fill-right = Ít nhất 60%: hơn nửa ảnh là sản phẩm.
practice-fill-hint-1 = Hơn một nửa, tức là hơn 50%.
practice-fill-hint-2 = Lazada đòi 80%. TikTok Shop đòi ít hơn 80%, nhiều hơn 50%.
