# Lesson: photo-sharp (Tày, tyz-Latn-VN)
# DRAFT: translated from vi.ftl without a native speaker; to be reviewed.
# Facts from shared/domain/BRIEF.md, sections 1.1 and 2.1-2.2 (images).
# Pictures: drawn by tools/make-example-pictures.py.

title = Ảnh rõ nét vạ đủ cải
summary = Ảnh bấu mờ, đủ cải, bấu mì chữ tẻm đè nưa.

unit-pixel = điểm ảnh

## Step 1: sharp photos
# Source: blur is a common rejection reason (tkfff; emberfeed) [M]. The tips (hold still,
# tap the product, clean the lens) are ordinary photo practice, given as advice.

sharp =
    Ảnh mờ hết hẩư cần dự bấu tin.
    Cầm máy hẩư chắc, bằng slong mừ.
    Chạm hàng nưa màn hình sle máy chụp rõ chỗ tỉ.
    Lau ống kính điện thoại cón dờ chụp.
sharp-picture =
    Slong ảnh hũ mật ong đeo.
    Pạng sại: rõ nét, hăn rõ nắp vạ nhãn.
    Pạng khoa: nhòe, mép hũ vạ nhãn mờ pây.

## Step 2

blur-fix = Ảnh hũ mật cúa pỉ noọng mờ. Pỉ noọng hết pền rừ?
blur-fix-post = Đăng pây, cần dự bấu để ý
blur-fix-darker = Hết ảnh tối pây sle bấu hăn mờ
blur-fix-again = Lau ống kính, cầm chắc máy, chụp tẻo
blur-fix-post-no = Cần dự để ý ngay. Ảnh mờ nhằng lao tố bị sàn từ chối.
blur-fix-darker-no = Ảnh tối vạ mờ lẻ tệ quá. Chụp tẻo.
blur-fix-again-yes = Chụp tẻo lẻ cách nhanh nhất sle mì ảnh rõ.
blur-fix-hint-1 = Ảnh hỏng lẻ hết lăng đuổi ảnh tỉ?

## Step 3: big enough
# Source: TikTok Shop minimum 600x600 px for SEA incl. Vietnam from 25 Aug 2023
# (tkfff.com/108850.html; knowledgebase.skuiq.com) [M]. Lazada 500x500 minimum
# (Lazada MY guideline 2017) [M, old, other country]. Shopee VN minimum not found.

size =
    Ảnh lẻ lai lai chấm nọi. Mọi chấm roọng lẻ điểm ảnh đeo.
    Ảnh nọi điểm ảnh, phóng cải lẻ vỡ pền ô vuông.
    TikTok Shop, tẳm bươn 8/2023: ảnh ít nhất 600 x 600 điểm ảnh.
    Hướng dẫn cũ cúa Lazada: ít nhất 500 x 500.
    Ảnh gửi pây tin nhắn lao tố bị thu nọi. Dùng ảnh gốc dầu máy.
size-picture =
    Slong ảnh gói chè đeo.
    Pạng sại: ảnh rõ, đủ cải.
    Pạng khoa: ảnh nọi lai bị phóng cải, vỡ pền ô vuông cải.

## Step 4
# Source: as above, TikTok Shop from 25 Aug 2023 [M].

min-size = TikTok Shop (tẳm bươn 8/2023): mọi cạnh ảnh ít nhất kỉ lai điểm ảnh?
min-size-low = Số nẩy nọi lai. Số 500 lẻ cúa hướng dẫn cũ cúa Lazada.
min-size-high = Số nẩy cải lai. TikTok Shop bắt nọi quá.
min-size-right = Ít nhất 600 x 600 điểm ảnh. Ảnh chụp bằng điện thoại lai dờ cải quá lai.
min-size-hint-1 = Số nẩy mì slam chữ số, tận cùng lẻ 00.
min-size-hint-2 = Cải quá 500 cúa Lazada pác đeo.

## Step 5: no writing on photos
# Source: no text or watermark (Lazada MY guideline; fetpo.org) [M]; black-and-white and
# watermarks are rejection reasons (tkfff; emberfeed) [M]; TikTok VN bans phone numbers and
# QR codes in listings (seller-vn.tiktok.com) [H].

no-writing =
    Nắm tẻm chữ lụ số điện thoại nưa ảnh.
    Nắm đóng dấu tên gian hàng đè nưa ảnh.
    Nắm dùng ảnh đăm khao.
    Ảnh phải mì màu chăn cúa hàng.

## Step 6

reject-reasons = Ảnh hâư ngải bị sàn từ chối? Lưởc láo lúng câu đúng.
reject-small = Ảnh nọi quá 600 x 600 điểm ảnh
reject-blur = Ảnh mờ, nhòe
reject-good = Ảnh vuông, sáng, rõ, nền khao
reject-grey = Ảnh đăm khao
reject-stamp = Ảnh mì dấu tên gian hàng đè nưa
reject-small-why = Nọi quá 600 x 600 lẻ TikTok Shop bấu nhận.
reject-blur-why = Ảnh mờ lẻ lý do đeo lai dờ bị từ chối.
reject-good-why = Nẩy lẻ ảnh đây. Sàn bấu từ chối ảnh nẩy.
reject-grey-why = Ảnh đăm khao bấu hẩư hăn màu chăn.
reject-stamp-why = Chữ, dấu đè nưa ảnh lẻ lý do đeo bị từ chối.
reject-reasons-hint-1 = Mì slí câu đúng.
reject-reasons-hint-2 = Chỉ bỏ ảnh vuông, sáng, rõ.

## Practice round

practice-intro =
    Ca nẩy luyện tập đi nọi.
    Mì slong câu thăm tển.

# Source: TikTok Shop 600x600 minimum from 25 Aug 2023 (tkfff.com) [M].
practice-size = Ảnh cúa pỉ noọng chỉ mì 400 x 400 điểm ảnh. Đăng nưa TikTok Shop đảy bấu?
practice-size-ok = Đảy, ảnh nhằng ngòi hăn
practice-size-too-small = Bấu đảy, ảnh nọi quá 600 x 600
practice-size-ok-no = 400 nọi quá 600. Sàn bấu nhận ảnh nẩy.
practice-size-too-small-yes = Chụp tẻo bằng điện thoại, dùng ảnh gốc.
practice-size-hint-1 = So 400 đuổi số nọi nhất TikTok Shop bắt.

practice-stamp = Pỉ noọng ái tẻm tên gian hàng cải chang ảnh. Nên bấu?
practice-stamp-yes = Nên, sle cần ún bấu au ảnh
practice-stamp-no = Bấu nên
practice-stamp-yes-no = Chữ đè nưa ảnh che hàng vạ lao tố hết hẩư ảnh bị từ chối.
practice-stamp-no-yes = Tên gian hàng dá mì nưa trang. Ảnh chỉ cần hàng.
practice-stamp-hint-1 = Chứ tẻo mọi lý do ảnh bị từ chối.
