# Lesson: photo-light (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, section 2 (product photos).

title = Ánh sáng và nền cho ảnh sản phẩm
summary = Chụp ảnh sáng, rõ, trên nền trơn.

## Step 1: why light matters

# Source: platform photo guides (Lazada guideline, fetpo.org) [M]: diffused natural light.
why-light =
    Chào { $learner }! Người mua chỉ thấy sản phẩm qua ảnh.
    Ảnh sáng và rõ giúp người mua tin bạn.
    Hãy nhìn hai ảnh hũ mật ong.
    Ảnh tối làm mật ong trông xỉn màu.
    Ảnh sáng cho thấy màu vàng đẹp của mật.
why-light-picture =
    Hai ảnh một hũ mật ong. Bên trái: ảnh tối, màu nâu xám, hũ mờ.
    Bên phải: ảnh sáng, nền sáng màu, hũ mật màu vàng rõ.

## Step 2: where to take the photo

best-place = Bạn chụp hũ mật ong ở đâu là tốt nhất?
best-place-window = Gần cửa sổ, ban ngày
best-place-bulb = Dưới bóng đèn, buổi tối
best-place-fire = Cạnh bếp lửa trong nhà
best-place-window-yes =
    Ánh sáng ban ngày từ cửa sổ dịu và đều.
    Màu sản phẩm trông thật.
best-place-bulb-no =
    Đèn buổi tối thường tối và vàng.
    Màu mật ong sẽ trông khác màu thật.
best-place-fire-no =
    Trong nhà gần bếp thường tối và có khói.
    Ảnh sẽ mờ và xỉn.
best-place-hint-1 = Ánh sáng tốt nhất là ánh sáng tự nhiên.
best-place-hint-2 = Hãy chọn chỗ có ánh sáng ban ngày.

## Step 3: a plain background

# Source: Lazada guideline via scribd, fetpo.org [M]; TikTok SEA recommends white (tkfff, 2023) [M].
plain-background =
    Nền là chỗ bạn đặt sản phẩm.
    Nền nên trơn và sáng màu.
    Một tấm vải trắng hay tờ giấy trắng là đủ.
    Dọn hết đồ khác ra chỗ khác.
    Lau sạch bụi và vết tay trên hũ.

## Step 4: type the background colour

background-color = Màu nền nào được khuyên dùng nhất? Gõ tên màu.
# Accepted answers, one per line. Matching ignores case and diacritics.
background-color-accept =
    trắng
    màu trắng
    nền trắng
    trắng tinh
    màu trắng tinh
background-color-right = Nền trắng làm sản phẩm nổi rõ.
background-color-hint-1 = Đó là màu của tờ giấy sạch.
background-color-hint-2 = Đó cũng là màu của muối và của bông.

## Step 5: a good main photo

main-photo = Ảnh chính tốt cần những gì? Chọn tất cả ý đúng.
main-photo-plain = Nền trơn, sáng màu
main-photo-big = Sản phẩm to, chiếm gần hết ảnh
main-photo-phone = Viết số điện thoại lên ảnh
main-photo-clutter = Nhiều đồ vật xung quanh sản phẩm
main-photo-plain-why = Nền trơn, sáng màu giúp người mua nhìn rõ sản phẩm.
# Source: TikTok Shop, product at least 60% of the image (tkfff, 2023) [M].
main-photo-big-why = Sản phẩm phải to và rõ. Không để sản phẩm nhỏ xíu giữa ảnh.
# Source: TikTok VN bans phone numbers and other contact details in listings (seller-vn.tiktok.com) [H];
# no text or watermark on photos (Lazada guideline, fetpo.org) [M].
main-photo-phone-why =
    Không được viết số điện thoại lên ảnh.
    TikTok Shop cấm ghi số điện thoại trong tin bán hàng.
main-photo-clutter-why = Đồ vật xung quanh làm người mua khó nhìn sản phẩm.
main-photo-hint-1 = Có hai ý đúng.
main-photo-hint-2 = Người mua cần nhìn rõ sản phẩm, không gì khác.

## Step 6: more photos after the main one

# Source: TikTok Shop, up to 9 images, main image = front view (tkfff; tt123) [M].
# Scale reference: item in a hand (Etsy advice) [L].
more-photos =
    Ảnh chính chụp mặt trước sản phẩm.
    Sau đó thêm ảnh mặt bên và mặt sau.
    Thêm một ảnh chụp gần, thấy rõ chi tiết.
    Thêm một ảnh sản phẩm trong tay bạn.
    Người mua sẽ biết sản phẩm to hay nhỏ.
    TikTok Shop cho đăng tối đa 9 ảnh.

## Step 7: brocade bag, which photo first

brocade-first = Bạn bán túi thổ cẩm. Ảnh chính nên là ảnh nào?
brocade-front = Cả mặt trước túi, trên vải trắng
brocade-stitches = Chụp thật gần vài đường thêu
brocade-pile = Túi treo lẫn với nhiều túi khác
brocade-front-yes = Ảnh chính cho thấy cả sản phẩm, từ mặt trước.
brocade-stitches-no = Ảnh chụp gần rất tốt, nhưng để sau. Ảnh chính cần cả cái túi.
brocade-pile-no = Người mua không biết túi nào là túi bạn bán.
brocade-first-hint-1 = Ảnh chính cho thấy cả sản phẩm, nhìn từ phía trước.

## Step 8: put the steps in order

photo-steps = Xếp các bước chụp ảnh theo đúng thứ tự.
photo-steps-clean = Lau sạch sản phẩm
photo-steps-place = Đặt lên vải trắng
photo-steps-shoot = Chụp ảnh mặt trước
photo-steps-check = Xem lại ảnh có rõ không
photo-steps-wrong = Chưa đúng thứ tự. Hãy nghĩ: việc nào làm trước khi chụp?
photo-steps-right = Bạn đã sẵn sàng chụp ảnh sản phẩm.
photo-steps-hint-1 = Bước đầu tiên là làm sạch sản phẩm.
photo-steps-hint-2 = Bước cuối cùng là xem lại ảnh vừa chụp.
