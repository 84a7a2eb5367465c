# Lesson: shop-name (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, section 1.1 (titles, shop name, contact details).
# Shop names and people in examples are made up for teaching.

title = Đặt tên gian hàng và tên sản phẩm
summary = Tên ngắn, nói rõ bán gì. Không ghi số điện thoại.

## Step 1

name-why =
    Tên gian hàng là điều người mua thấy đầu tiên.
    Tên tốt cho biết bạn bán gì, ở đâu.
    Ví dụ: Mật Ong Sìn Hồ Nhà Mai.
    Người mua đọc là hiểu ngay.

## Step 2: shop-name rules, softened: the only source is a 2022 copy of a TikTok rule
# (seotime.edu.vn) [L]. Contact details: TikTok VN bans phone numbers, social handles and QR
# codes in listings (seller-vn.tiktok.com, knowledge_id=1210192617211665) [H].

name-rules =
    Nhiều người bán khuyên: tên ngắn, dễ đọc, dễ nhớ.
    Tên không quá 40 chữ cái, tính cả dấu cách.
    Không đặt tên sàn, như "TikTok" hay "Shopee", vào tên.
    Không ghi số điện thoại vào tên.

## Step 3

name-best = Tên gian hàng nào tốt nhất?
name-best-platform = TikTok Chè Ngon 0987 654 321
name-best-good = Chè Shan Tuyết Nhà A Páo
name-best-cheap = Hàng Rẻ Nhất Chợ!!!
name-best-platform-no = Tên này có tên sàn và số điện thoại. Không nên dùng.
name-best-good-yes = Tên ngắn, nói rõ bán chè gì, của nhà ai.
name-best-cheap-no = Tên này không nói bán gì. Dấu "!!!" và chữ "nhất" cũng không nên dùng.
name-best-hint-1 = Chọn tên nói rõ bán gì.
name-best-hint-2 = Bỏ tên có số điện thoại hay dấu chấm than.

## Step 4: write your own shop name

my-shop-name =
    Gõ một tên gian hàng cho bạn.
    Tên phải nói bạn bán gì.
    Không quá 40 chữ cái.
idea-product = Tên có nói bạn bán gì (mật ong, chè, thổ cẩm...)
# Keywords, one per line; any one counts. Matching ignores case and diacritics.
idea-product-words =
    mật ong
    mật
    chè
    trà
    shan tuyết
    thảo quả
    quế
    gừng
    thịt
    thịt trâu
    gác bếp
    lạp xưởng
    quýt
    cam
    na
    mận
    táo mèo
    khoai
    khoai sâm
    gạo
    nếp
    ngô
    măng
    nấm
    rau
    thổ cẩm
    túi
    khăn
    váy
    vải
    nông sản
    đặc sản
my-shop-name-right = Tên này nói rõ bạn bán gì. Hãy ghi lại để dùng khi mở gian hàng.
my-shop-name-hint-1 = Bắt đầu bằng tên sản phẩm, ví dụ: Thảo Quả.
my-shop-name-hint-2 = Thêm tên bản, xã hay tên nhà bạn, ví dụ: Khoai Sâm Nhà Lý.

## Step 5: "tin bán hàng" (first time in the course: explain it)

listing-what =
    Mỗi sản phẩm có một trang riêng trên sàn.
    Trang đó có ảnh, tên sản phẩm, giá và lời giới thiệu.
    Trang đó gọi là tin bán hàng.

## Step 6: product titles
# Source: nguyenanhtung.vn; ecommercewithram.blogspot.com 2022 [M]: a TikTok Shop title states
# product type, material, key feature, quantity; no promotions, URL, seller name, platform names
# or symbols.

title-what =
    Tên sản phẩm nói ba điều.
    Sản phẩm là gì, làm bằng gì, bao nhiêu.
    Ví dụ: Thảo quả khô Sìn Hồ, túi 500 gam.

## Step 7

title-not =
    Theo hướng dẫn của TikTok Shop (năm 2022), tên sản phẩm không được có:
    lời khuyến mãi, như "giảm 50%";
    đường dẫn trang mạng, tên người bán;
    tên TikTok hay tên sàn khác;
    các ký hiệu, như ★ hay !!!

## Step 8

title-ok = Tên sản phẩm nào viết được? Chọn tất cả ý đúng.
title-ok-honey = Mật ong hoa rừng Sìn Hồ, hũ 500 ml
title-ok-sale = Giảm 50% hôm nay, chè ngon
title-ok-bag = Túi thổ cẩm dệt tay, vải lanh, 30 x 25 cm
title-ok-phone = Khoai sâm ★★★ gọi 0987 654 321
title-ok-honey-why = Tên nói rõ: mật gì, ở đâu, bao nhiêu.
title-ok-sale-why = Không ghi khuyến mãi trong tên sản phẩm.
title-ok-bag-why = Tên nói rõ: túi gì, làm bằng gì, to bao nhiêu.
title-ok-phone-why = Không ghi ký hiệu và số điện thoại trong tên sản phẩm.
title-ok-hint-1 = Có hai ý đúng.
title-ok-hint-2 = Tên tốt nói: sản phẩm gì, làm bằng gì, bao nhiêu.

## Practice round

practice-intro =
    Bây giờ luyện tập một chút.
    Có hai câu hỏi ngắn.

practice-title = Chị Sùng bán thịt trâu gác bếp. Tên sản phẩm nào viết được?
practice-title-best = Thịt trâu ngon nhất, giảm 30%
practice-title-other = Thịt trâu, trên Shopee rẻ hơn
practice-title-good = Thịt trâu gác bếp Điện Biên, túi 500 gam
practice-title-best-no = Tên này có khuyến mãi và chữ "nhất". Không nên viết.
practice-title-other-no = Không ghi tên sàn khác trong tên sản phẩm.
practice-title-good-yes = Tên nói rõ: thịt gì, ở đâu, bao nhiêu.
practice-title-hint-1 = Chọn tên nói rõ sản phẩm là gì và bao nhiêu.

# Source: TikTok VN bans phone numbers in listings (seller-vn.tiktok.com) [H];
# Shopee Video bans sharing phone numbers (help.shopee.vn article 138173) [H].
practice-phone = Có được ghi số điện thoại trong tin bán hàng trên TikTok Shop không?
practice-phone-yes = Có, để người mua gọi
practice-phone-no = Không được ghi
practice-phone-yes-no = TikTok Shop cấm ghi số điện thoại trong tin bán hàng. Người mua nhắn tin cho bạn trên sàn.
practice-phone-no-yes = TikTok Shop cấm ghi số điện thoại. Shopee cũng cấm ghi trong video bán hàng.
practice-phone-hint-1 = Nhớ lại tên gian hàng có số điện thoại ở câu trước.
