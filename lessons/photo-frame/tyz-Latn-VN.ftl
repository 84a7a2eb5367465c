# Lesson: photo-frame (Tày, tyz-Latn-VN)
# DRAFT: translated from vi.ftl without a native speaker; to be reviewed.
# Facts from shared/domain/BRIEF.md, sections 1.1 and 2.1 (images).
# Pictures: drawn by tools/make-example-pictures.py.

title = Hàng cải, đủ, lai góc
summary = Ảnh chính: hàng cải, bấu mất phần hâư, ảnh vuông. Them ảnh mọi mặt.

unit-percent = phần trăm

## Step 1: "ảnh chính" (first time in the course: explain it)

main-photo-what =
    Mọi tin bán hàng mì lai ảnh.
    Ảnh cón nhất roọng lẻ ảnh chính.
    Cần dự hăn ảnh chính cón, dờ lướt tìm hàng.
    Ảnh chính phải hẩư hăn hàng rõ lai.

## Step 2: fill the frame
# Source: TikTok Shop SEA rule, product at least 60% of the image, not cropped (tkfff.com, 2023) [M].
# Lazada: product at least 80% of the longest side (Lazada MY guideline 2017) [M, old, other country].

fill-frame =
    Hàng phải cải, chiếm lai quá nửa ảnh.
    TikTok Shop (hướng dẫn pi 2023): hàng chiếm ít nhất 60% ảnh.
    Hướng dẫn cũ cúa Lazada nhằng bắt thâng 80%.
fill-frame-picture =
    Slong ảnh gói chè khiếu đeo.
    Pạng sại: gói chè cải, chiếm gần lẹo ảnh.
    Pạng khoa: gói chè nọi lai chang khoảng khao cải.

## Step 3

fill-small = Gói chè nọi lai chang ảnh, rọp pạng lẻ nền khao. Pỉ noọng hết pền rừ?
fill-small-fine = Pện tỉ, nền khao lẻ đảy
fill-small-closer = Au máy mà gần, chụp tẻo hẩư gói chè cải them
fill-small-text = Tẻm chữ "CHÈ" cải nưa ảnh
fill-small-fine-no = Nền khao lẻ đây, tọ hàng nọi lai. Cần dự khó ngòi.
fill-small-closer-yes = Mà gần quá lẻ hàng cải, rõ, chiếm gần lẹo ảnh.
fill-small-text-no = Nắm tẻm chữ nưa ảnh. Chụp hàng cải quá.
fill-small-hint-1 = Hàng phải chiếm lai quá nửa ảnh.

## Step 4: square photos
# Source: TikTok square recommended (tkfff, 2023) [M]; Lazada 1:1 recommended (scribd MY) [M];
# Shopee 1:1 only in a code constant [L]. So: "square is safest", not "required".

square =
    Chụp ảnh vuông: ngang bằng dọc.
    TikTok Shop vạ Lazada tố khuyên dùng ảnh vuông.
    Ảnh vuông dùng đảy nưa mọi sàn.
    Lai điện thoại mì chế độ chụp vuông, tẻm lẻ 1:1.

## Step 5: the whole product

whole-product =
    Ảnh chính phải mì tằng hàng.
    Nắm hẩư mất quai túi lụ nắp hũ.
    Hàng mất phần đeo lẻ ảnh lỗi.
whole-product-picture =
    Slong ảnh túi thổ cẩm đeo.
    Pạng sại: hăn tằng túi, tằng quai, dú chang ảnh.
    Pạng khoa: túi lệch lồng góc, mất phần đeo quai vạ đáy túi.

## Step 6: angles and scale
# Source: main image = front view, up to 9 images, no duplicates (tkfff; tt123) [M];
# side, back, detail, packaging shots after it (Lazada MY guideline; fetpo.org) [M];
# scale: the item in a hand (Etsy advice) [L], given as advice.

angles =
    Ảnh chính chụp mặt nả cúa hàng.
    Lăng tỉ them ảnh mặt pạng, mặt lăng, ảnh chụp gần.
    Nên mì ảnh đeo hàng dú nưa mừ.
    Ngòi mừ, cần dự chắc hũ cải lụ nọi.
    TikTok Shop hẩư đăng lai nhất 9 ảnh.
angles-picture =
    Slam ảnh hũ mật ong đeo.
    Đeo: mặt nả. Slong: mặt pạng, hũ hẹp lồng.
    Slam: hũ mật dú nưa mừ.

## Step 7: brocade bag, which photo first

brocade-first = Pỉ noọng khai túi thổ cẩm. Ảnh chính nên lẻ ảnh hâư?
brocade-stitches = Chụp gần lai kỉ đường thêu
brocade-front = Tằng mặt nả túi, nưa phải khao
brocade-pile = Túi khoen lẫn đuổi lai túi ún
brocade-stitches-no = Ảnh chụp gần đây lai, tọ hẩư lăng. Ảnh chính cần tằng túi.
brocade-front-yes = Ảnh chính hẩư hăn tằng hàng, tẳm mặt nả.
brocade-pile-no = Cần dự bấu chắc túi hâư lẻ túi pỉ noọng khai.
brocade-first-hint-1 = Ảnh chính hẩư hăn tằng hàng, ngòi tẳm mặt nả.

## Step 8: a good main photo

main-photo = Ảnh chính đây cần mì lăng? Lưởc láo lúng câu đúng.
main-photo-plain = Nền trơn, sáng màu
main-photo-big = Hàng cải, chiếm gần lẹo ảnh
main-photo-phone = Số điện thoại tẻm nưa ảnh
main-photo-cut = Hàng mất góc đeo
main-photo-plain-why = Nền trơn, sáng màu pang cần dự ngòi rõ hàng.
# Source: TikTok Shop, product at least 60% of the image (tkfff, 2023) [M].
main-photo-big-why = Hàng phải cải vạ rõ, bấu nọi lai chang ảnh.
# Source: TikTok VN bans phone numbers in listings (seller-vn.tiktok.com) [H];
# no text or watermark on photos (Lazada guideline; fetpo.org) [M].
main-photo-phone-why = TikTok Shop cấm tẻm số điện thoại dầu tin bán hàng. Ảnh tố bấu nên mì chữ.
main-photo-cut-why = Ảnh chính phải mì tằng hàng.
main-photo-hint-1 = Mì slong câu đúng.
main-photo-hint-2 = Cần dự cần ngòi rõ tằng hàng, bấu mì lăng ún.

## Practice round

practice-intro =
    Ca nẩy luyện tập đi nọi.
    Mì slong câu thăm tển.

practice-hand = Pền lăng nên mì ảnh đeo hàng dú nưa mừ?
practice-hand-pretty = Sle khoe mừ đây
practice-hand-size = Sle cần dự chắc hàng cải lụ nọi
practice-hand-rule = Vì sàn bắt phải mì
practice-hand-pretty-no = Mừ chỉ sle so. Cần dự cần chắc hàng cải kỉ lai.
practice-hand-size-yes = Cần hâư tố chắc mừ cải kỉ lai. Ngòi lẻ chắc hàng cải lụ nọi.
practice-hand-rule-no = Nẩy lẻ lời khuyên, bấu lẻ quy định cúa sàn.
practice-hand-hint-1 = Ngẫm thâng cần dự dú quây, xằng cầm hàng.

# Source: tkfff.com, TikTok Shop SEA, 2023 [M].
practice-fill = Đuổi TikTok Shop (pi 2023), hàng phải chiếm ít nhất kỉ lai phần trăm ảnh?
practice-fill-low = Số nẩy nọi lai. Hàng phải chiếm lai quá nửa ảnh.
practice-fill-high = Số nẩy cải lai. TikTok Shop bắt nọi quá, chỉ lai quá nửa ảnh đi nọi.
practice-fill-right = Ít nhất 60%: lai quá nửa ảnh lẻ hàng.
practice-fill-hint-1 = Lai quá nửa, tức lẻ lai quá 50%.
practice-fill-hint-2 = Lazada bắt 80%. TikTok Shop bắt nọi quá 80%, lai quá 50%.
