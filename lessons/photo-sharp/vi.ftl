# Lesson: photo-sharp (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, sections 1.1 and 2.1-2.2 (images).
# Pictures: drawn by tools/make-example-pictures.py.

title = Ảnh rõ nét và đủ lớn
summary = Ảnh không mờ, đủ lớn, không có chữ viết đè lên.

unit-pixel = điểm ảnh

## Step 1: sharp photos
# Source: blur is a common rejection reason (tkfff; emberfeed) [M]. The tips (hold still,
# tap the product, clean the lens) are ordinary photo practice, given as advice.

sharp =
    Ảnh mờ làm người mua không tin.
    Hãy cầm máy thật chắc, bằng hai tay.
    Chạm vào sản phẩm trên màn hình để máy chụp rõ chỗ đó.
    Lau ống kính điện thoại trước khi chụp.
sharp-picture =
    Hai ảnh một hũ mật ong.
    Bên trái: rõ nét, thấy rõ nắp và nhãn.
    Bên phải: nhòe, mép hũ và nhãn mờ đi.

## Step 2

blur-fix = Ảnh hũ mật của bạn bị mờ. Bạn làm gì?
blur-fix-post = Cứ đăng, người mua không để ý
blur-fix-darker = Làm ảnh tối đi cho đỡ thấy mờ
blur-fix-again = Lau ống kính, cầm chắc máy, chụp lại
blur-fix-post-no = Người mua để ý ngay. Ảnh mờ còn có thể bị sàn từ chối.
blur-fix-darker-no = Ảnh tối và mờ còn tệ hơn. Hãy chụp lại.
blur-fix-again-yes = Chụp lại là cách nhanh nhất để có ảnh rõ.
blur-fix-hint-1 = Ảnh hỏng thì làm gì với ảnh đó?

## Step 3: big enough
# Source: TikTok Shop minimum 600x600 px for SEA incl. Vietnam from 25 Aug 2023
# (tkfff.com/108850.html; knowledgebase.skuiq.com) [M]. Lazada 500x500 minimum
# (Lazada MY guideline 2017) [M, old, other country]. Shopee VN minimum not found.

size =
    Ảnh là rất nhiều chấm nhỏ. Mỗi chấm gọi là một điểm ảnh.
    Ảnh ít điểm ảnh, phóng to lên sẽ vỡ thành ô vuông.
    TikTok Shop, từ tháng 8/2023: ảnh ít nhất 600 x 600 điểm ảnh.
    Hướng dẫn cũ của Lazada: ít nhất 500 x 500.
    Ảnh gửi qua tin nhắn có thể bị thu nhỏ. Hãy dùng ảnh gốc trong máy.
size-picture =
    Hai ảnh một gói chè.
    Bên trái: ảnh rõ, đủ lớn.
    Bên phải: ảnh quá nhỏ bị phóng to, vỡ thành ô vuông lớn.

## Step 4
# Source: as above, TikTok Shop from 25 Aug 2023 [M].

min-size = TikTok Shop (từ tháng 8/2023): mỗi cạnh ảnh ít nhất bao nhiêu điểm ảnh?
min-size-low = Số này nhỏ quá. Số 500 là của hướng dẫn cũ của Lazada.
min-size-high = Số này lớn quá. TikTok Shop đòi ít hơn thế.
min-size-right = Ít nhất 600 x 600 điểm ảnh. Ảnh chụp bằng điện thoại thường lớn hơn nhiều.
min-size-hint-1 = Số này có ba chữ số, tận cùng là 00.
min-size-hint-2 = Lớn hơn 500 của Lazada một trăm.

## Step 5: no writing on photos
# Source: no text or watermark (Lazada MY guideline; fetpo.org) [M]; black-and-white and
# watermarks are rejection reasons (tkfff; emberfeed) [M]; TikTok VN bans phone numbers and
# QR codes in listings (seller-vn.tiktok.com) [H].

no-writing =
    Không viết chữ hay số điện thoại lên ảnh.
    Không đóng dấu tên gian hàng đè lên ảnh.
    Không dùng ảnh đen trắng.
    Ảnh phải có màu thật của sản phẩm.

## Step 6

reject-reasons = Ảnh nào dễ bị sàn từ chối? Chọn tất cả ý đúng.
reject-small = Ảnh nhỏ hơn 600 x 600 điểm ảnh
reject-blur = Ảnh mờ, nhòe
reject-good = Ảnh vuông, sáng, rõ, nền trắng
reject-grey = Ảnh đen trắng
reject-stamp = Ảnh có dấu tên gian hàng đè lên
reject-small-why = Nhỏ hơn 600 x 600 thì TikTok Shop không nhận.
reject-blur-why = Ảnh mờ là một lý do hay bị từ chối.
reject-good-why = Đây là ảnh tốt. Sàn không từ chối ảnh này.
reject-grey-why = Ảnh đen trắng không cho thấy màu thật.
reject-stamp-why = Chữ, dấu đè lên ảnh là một lý do bị từ chối.
reject-reasons-hint-1 = Có bốn ý đúng.
reject-reasons-hint-2 = Chỉ bỏ ảnh vuông, sáng, rõ.

## Practice round

practice-intro =
    Bây giờ luyện tập một chút.
    Có hai câu hỏi ngắn.

# Source: TikTok Shop 600x600 minimum from 25 Aug 2023 (tkfff.com) [M].
practice-size = Ảnh của bạn chỉ có 400 x 400 điểm ảnh. Đăng lên TikTok Shop được không?
practice-size-ok = Được, ảnh vẫn nhìn thấy
practice-size-too-small = Không, ảnh nhỏ hơn 600 x 600
practice-size-ok-no = 400 nhỏ hơn 600. Sàn sẽ không nhận ảnh này.
practice-size-too-small-yes = Hãy chụp lại bằng điện thoại, dùng ảnh gốc.
practice-size-hint-1 = So 400 với số nhỏ nhất TikTok Shop đòi.

practice-stamp = Bạn muốn viết tên gian hàng to giữa ảnh. Có nên không?
practice-stamp-yes = Có, để người khác không lấy ảnh
practice-stamp-no = Không nên
practice-stamp-yes-no = Chữ đè lên ảnh che sản phẩm và có thể làm ảnh bị từ chối.
practice-stamp-no-yes = Tên gian hàng đã có trên trang. Ảnh chỉ cần sản phẩm.
practice-stamp-hint-1 = Nhớ lại các lý do ảnh bị từ chối.
