# Lesson: listing-law (Tày, tyz-Latn-VN)
# DRAFT: translated from vi.ftl without a native speaker; to be reviewed.
# Facts from shared/domain/BRIEF.md, sections 1.2 and 5 (Law 19/2023/QH15).
# Law 19/2023/QH15, passed 20 Jun 2023, in force 1 Jul 2024 (vision-associates.com) [H].
# Art. 37 (vi.wikisource.org) [H]; Art. 39 (lawnet.vn) [H]: applies to anyone selling through
# a digital platform. See vi.ftl for the full list.

title = Tin bán hàng phải tẻm lăng
summary = Luật bắt tin bán hàng tẻm rõ thâng pỉ noọng, thâng hàng, thâng fiệc dự khai.

## Step 1

law-intro =
    Mì luật đeo bảo vệ cần dự hàng.
    Tỉ lẻ Luật Bảo vệ quyền lợi người tiêu dùng pi 2023.
    Luật bắt đầu dùng tẳm vằn 1/7/2024.
    Khai nưa sàn tố phải đuổi luật nẩy.
    Điều 37 cúa luật phuối tin bán hàng phải tẻm lăng.

## Step 2

law-about-you =
    Phần đeo: thâng pỉ noọng, cần khai.
    Tên, địa chỉ, số điện thoại cúa pỉ noọng.
    Mã số thuế cá nhân cúa pỉ noọng.
    Sàn lai dờ mì ô riêng hẩư mọi thứ nẩy.

## Step 3

law-about-product =
    Phần slong: thâng hàng.
    Nặng kỉ lai, mì kỉ lai ăn.
    Chất lượng pền rừ, dùng sle hết lăng.
    Giá khai.
    Hết oóc dú hâư. Điều nẩy roọng lẻ xuất xứ.
    Dùng đảy thâng vằn hâư. Điều nẩy roọng lẻ hạn sử dụng.

## Step 4

law-about-sale =
    Phần slam: thâng fiệc dự khai.
    Chèn gửi hàng lẻ kỉ lai.
    Cần dự trả chèn pền rừ.
    Đổi hàng, trả hàng pền rừ, dờ hâư.
    Mọi khoản phí vạ thuế.

## Step 5

law-which = Tin khai mật ong phải tẻm lăng? Lưởc láo lúng câu đúng.
law-which-weight = Hũ mật nặng kỉ lai
law-which-house = Ảnh rườn cúa pỉ noọng
law-which-origin = Mật au dú hâư
law-which-shelf = Hạn sử dụng
law-which-return = Đổi trả hàng pền rừ
law-which-weight-why = Luật bắt tẻm nặng kỉ lai.
law-which-house-why = Luật bấu bắt tẻm điều nẩy.
law-which-origin-why = Tỉ hết oóc lẻ xuất xứ. Luật bắt tẻm.
law-which-shelf-why = Hạn sử dụng phải tẻm rõ.
law-which-return-why = Đổi trả hàng pền rừ phải tẻm rõ.
law-which-hint-1 = Mì slí câu đúng.
law-which-hint-2 = Bỏ câu bấu phuối thâng hàng lụ fiệc dự khai.

## Step 6

shelf-life = Cần dự thăm: mật dùng đảy thâng dờ hâư? Tin bán hàng cần tẻm lăng?
shelf-life-colour = Màu cúa hũ
shelf-life-date = Hạn sử dụng
shelf-life-old-price = Giá pi cón
shelf-life-colour-no = Màu hũ bấu bảo mật dùng đảy thâng dờ hâư.
shelf-life-date-yes = Hạn sử dụng bảo dùng đảy thâng vằn hâư.
shelf-life-old-price-no = Giá cũ bấu phuối lăng thâng vằn dùng.
shelf-life-hint-1 = Nưa hộp sữa, gói mì tố mì tẻm điều nẩy.

## Step 7

origin-word = Tỉ hết oóc hàng roọng lẻ lăng? Gõ slong chữ.
# Accepted answers, one per line. Matching ignores case and diacritics.
origin-word-accept =
    xuất xứ
    nguồn gốc
    nguồn gốc xuất xứ
    nơi sản xuất
origin-word-right = Xuất xứ lẻ tỉ hết oóc hàng, pện Sìn Hồ, Lai Châu.
origin-word-hint-1 = Chữ cón lẻ "xuất".
origin-word-hint-2 = Nưa nhãn hàng lai dờ tẻm: "Xuất ...: Việt Nam".

## Practice round

practice-intro =
    Ca nẩy luyện tập đi nọi.
    Mì slong câu thăm tển.

practice-missing =
    Nẩy lẻ tin khai chè cúa chị Lan:
    "Chè shan tuyết Mường Khương, túi 200 gam, giá { MONEY($tea_price) }."
    Tin nẩy nhằng thiếu lăng? Lưởc láo lúng câu đúng.
practice-missing-weight = Nặng kỉ lai
practice-missing-shelf = Hạn sử dụng
practice-missing-delivery = Chèn gửi hàng
practice-missing-return = Đổi trả hàng pền rừ
practice-missing-weight-why = Tin dá tẻm "túi 200 gam" dá.
practice-missing-shelf-why = Tin xằng tẻm hạn sử dụng.
practice-missing-delivery-why = Tin xằng tẻm chèn gửi hàng.
practice-missing-return-why = Tin xằng tẻm đổi trả hàng pền rừ.
practice-missing-hint-1 = Mì slam câu đúng.
practice-missing-hint-2 = Tin dá tẻm cân nặng. Mọi điều ún lẻ xằng.

practice-platform-only = Pỉ noọng chỉ khai nưa sàn, bấu mì cửa hàng. Pỉ noọng phải đuổi luật nẩy bấu?
practice-platform-only-yes = Phải
practice-platform-only-no = Bấu
practice-platform-only-yes-why = Luật phuối rõ: khai nưa sàn tố phải đuổi.
practice-platform-only-no-why = Luật nẩy dùng tằng hẩư cần khai nưa sàn.
practice-platform-only-hint-1 = Chứ tẻo phần cón cúa bài: khai nưa sàn lẻ pền rừ?
