# Lesson: shop-name (Tày, tyz-Latn-VN)
# DRAFT: translated from vi.ftl without a native speaker; to be reviewed.
# Facts from shared/domain/BRIEF.md, section 1.1 (titles, shop name, contact details).
# Shop names and people in examples are made up for teaching. Shop and product names stay in
# Vietnamese, as they would be written on the platform.

title = Đặt tên gian hàng vạ tên hàng
summary = Tên tển, bảo rõ khai lăng. Nắm tẻm số điện thoại.

## Step 1

name-why =
    Tên gian hàng lẻ thứ cần dự hăn cón nhất.
    Tên đây bảo pỉ noọng khai lăng, dú hâư.
    Ví dụ: Mật Ong Sìn Hồ Nhà Mai.
    Cần dự đọc lẻ chắc ngay.

## Step 2: shop-name rules, softened: the only source is a 2022 copy of a TikTok rule
# (seotime.edu.vn) [L]. Contact details: TikTok VN bans phone numbers, social handles and QR
# codes in listings (seller-vn.tiktok.com, knowledge_id=1210192617211665) [H].

name-rules =
    Lai cần khai khuyên: tên tển, ngải đọc, ngải chứ.
    Tên bấu quá 40 chữ cái, tính tằng dấu cách.
    Nắm đặt tên sàn, pện "TikTok" lụ "Shopee", dầu tên.
    Nắm tẻm số điện thoại dầu tên.

## Step 3

name-best = Tên gian hàng hâư đây nhất?
name-best-platform = TikTok Chè Ngon 0987 654 321
name-best-good = Chè Shan Tuyết Nhà A Páo
name-best-cheap = Hàng Rẻ Nhất Chợ!!!
name-best-platform-no = Tên nẩy mì tên sàn vạ số điện thoại. Bấu nên dùng.
name-best-good-yes = Tên tển, bảo rõ khai chè lăng, cúa rườn hâư.
name-best-cheap-no = Tên nẩy bấu bảo khai lăng. Dấu "!!!" vạ chữ "nhất" tố bấu nên dùng.
name-best-hint-1 = Lưởc tên bảo rõ khai lăng.
name-best-hint-2 = Bỏ tên mì số điện thoại lụ dấu chấm than.

## Step 4: write your own shop name

my-shop-name =
    Gõ tên gian hàng đeo hẩư pỉ noọng.
    Tên phải bảo pỉ noọng khai lăng.
    Bấu quá 40 chữ cái.
idea-product = Tên mì bảo pỉ noọng khai lăng (mật ong, chè, thổ cẩm...)
# Keywords, one per line; any one counts. Matching ignores case and diacritics.
# The Vietnamese product words, as shop names are written on the platform.
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
my-shop-name-right = Tên nẩy bảo rõ pỉ noọng khai lăng. Tẻm lồng sle dùng dờ mở gian hàng.
my-shop-name-hint-1 = Hết cón bằng tên hàng, ví dụ: Thảo Quả.
my-shop-name-hint-2 = Them tên bản, xạ lụ tên rườn pỉ noọng, ví dụ: Khoai Sâm Nhà Lý.

## Step 5: "tin bán hàng" (first time in the course: explain it)

listing-what =
    Mọi thứ hàng mì trang riêng nưa sàn.
    Trang tỉ mì ảnh, tên hàng, giá vạ lời giới thiệu.
    Trang tỉ roọng lẻ tin bán hàng.

## Step 6: product titles
# Source: nguyenanhtung.vn; ecommercewithram.blogspot.com 2022 [M]: a TikTok Shop title states
# product type, material, key feature, quantity; no promotions, URL, seller name, platform names
# or symbols.

title-what =
    Tên hàng phuối slam điều.
    Hàng lẻ lăng, hết bằng lăng, kỉ lai.
    Ví dụ: Thảo quả khô Sìn Hồ, túi 500 gam.

## Step 7

title-not =
    Đuổi hướng dẫn cúa TikTok Shop (pi 2022), tên hàng bấu đảy mì:
    lời khuyến mãi, pện "giảm 50%";
    đường dẫn trang mạng, tên cần khai;
    tên TikTok lụ tên sàn ún;
    ký hiệu, pện ★ lụ !!!

## Step 8

title-ok = Tên hàng hâư tẻm đảy? Lưởc láo lúng câu đúng.
title-ok-honey = Mật ong hoa rừng Sìn Hồ, hũ 500 ml
title-ok-sale = Giảm 50% hôm nay, chè ngon
title-ok-bag = Túi thổ cẩm dệt tay, vải lanh, 30 x 25 cm
title-ok-phone = Khoai sâm ★★★ gọi 0987 654 321
title-ok-honey-why = Tên bảo rõ: mật lăng, dú hâư, kỉ lai.
title-ok-sale-why = Nắm tẻm khuyến mãi dầu tên hàng.
title-ok-bag-why = Tên bảo rõ: túi lăng, hết bằng lăng, cải kỉ lai.
title-ok-phone-why = Nắm tẻm ký hiệu vạ số điện thoại dầu tên hàng.
title-ok-hint-1 = Mì slong câu đúng.
title-ok-hint-2 = Tên đây phuối: hàng lăng, hết bằng lăng, kỉ lai.

## Practice round

practice-intro =
    Ca nẩy luyện tập đi nọi.
    Mì slong câu thăm tển.

practice-title = Chị Sùng khai nựa vài gác bếp. Tên hàng hâư tẻm đảy?
practice-title-best = Thịt trâu ngon nhất, giảm 30%
practice-title-other = Thịt trâu, trên Shopee rẻ hơn
practice-title-good = Thịt trâu gác bếp Điện Biên, túi 500 gam
practice-title-best-no = Tên nẩy mì khuyến mãi vạ chữ "nhất". Bấu nên tẻm.
practice-title-other-no = Nắm tẻm tên sàn ún dầu tên hàng.
practice-title-good-yes = Tên bảo rõ: nựa lăng, dú hâư, kỉ lai.
practice-title-hint-1 = Lưởc tên bảo rõ hàng lẻ lăng vạ kỉ lai.

# Source: TikTok VN bans phone numbers in listings (seller-vn.tiktok.com) [H];
# Shopee Video bans sharing phone numbers (help.shopee.vn article 138173) [H].
practice-phone = Tẻm số điện thoại dầu tin bán hàng nưa TikTok Shop đảy bấu?
practice-phone-yes = Đảy, sle cần dự gọi
practice-phone-no = Bấu đảy tẻm
practice-phone-yes-no = TikTok Shop cấm tẻm số điện thoại dầu tin bán hàng. Cần dự nhắn tin hẩư pỉ noọng nưa sàn.
practice-phone-no-yes = TikTok Shop cấm tẻm số điện thoại. Shopee tố cấm tẻm dầu video khai hàng.
practice-phone-hint-1 = Chứ tẻo tên gian hàng mì số điện thoại dú câu cón.
