# Lesson: photo-light (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, section 2.1 (product photos).
# Pictures: drawn by tools/make-example-pictures.py (good photo left, faulty photo right).

title = Ánh sáng và nền cho ảnh sản phẩm
summary = Chụp ảnh sáng, trên nền trơn, sản phẩm sạch sẽ.

## Step 1: why light matters
# Source: platform photo guides (Lazada guideline via scribd; fetpo.org) [M]: diffused natural
# light. Trainers start with "how to photograph products" (vietnamnews.vn 1766810) [H].

why-light =
    Chào { $learner }! Người mua chỉ thấy sản phẩm qua ảnh.
    Ảnh sáng và rõ giúp người mua tin bạn.
    Hãy nhìn hai ảnh hũ mật ong.
    Ảnh tối làm mật ong trông xỉn màu.
why-light-picture =
    Hai ảnh một hũ mật ong.
    Bên trái: ảnh sáng, nền trắng, mật màu vàng rõ.
    Bên phải: ảnh tối, màu nâu xám, khó nhìn.

## Step 2: where to take the photo

best-place = Bạn chụp hũ mật ong ở đâu là tốt nhất?
best-place-window = Gần cửa sổ, ban ngày
best-place-bulb = Dưới bóng đèn, buổi tối
best-place-fire = Cạnh bếp lửa trong nhà
best-place-window-yes =
    Ánh sáng ban ngày từ cửa sổ dịu và đều.
    Màu sản phẩm trông thật.
best-place-bulb-no =
    Buổi tối, bóng đèn cho ánh sáng yếu và vàng.
    Màu mật ong sẽ trông khác màu thật.
best-place-fire-no =
    Gần bếp lửa thường thiếu sáng và có khói.
    Ảnh sẽ mờ và xỉn.
best-place-hint-1 = Ánh sáng tốt nhất là ánh sáng tự nhiên.
best-place-hint-2 = Hãy chọn chỗ có ánh sáng ban ngày.

## Step 3: a plain background
# Source: Lazada guideline via scribd; fetpo.org [M]; TikTok SEA recommends white (tkfff, 2023) [M].

plain-background =
    Nền là chỗ bạn đặt sản phẩm để chụp.
    Nền nên trơn và sáng màu.
    Một tấm vải trắng hay tờ giấy trắng là đủ.
    Dọn hết đồ khác ra chỗ khác.
plain-background-picture =
    Hai ảnh một hũ mật ong.
    Bên trái: hũ mật trên nền trắng trơn.
    Bên phải: hũ mật giữa nồi, chai, túi và lá, trên tấm chiếu nhiều hoa văn.

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

## Step 5: a clean product
# Source: Lazada guideline via scribd; fetpo.org [M]: product clean (no dust or fingerprints),
# no reflections.

clean-product =
    Trước khi chụp, hãy lau sạch sản phẩm.
    Không để bụi, vết tay trên hũ.
    Đừng để ánh nắng chiếu thẳng làm hũ bóng loáng.
    Vết bóng che mất màu mật.

## Step 6

before-shoot = Trước khi chụp, nên làm gì? Chọn tất cả ý đúng.
before-shoot-wipe = Lau sạch bụi và vết tay
before-shoot-bulb = Chờ tối, bật đèn lên rồi chụp
before-shoot-cloth = Trải vải trắng làm nền
before-shoot-pots = Xếp nồi niêu quanh sản phẩm cho vui mắt
before-shoot-wipe-why = Sản phẩm sạch trông đẹp và đáng tin.
before-shoot-bulb-why = Ánh sáng ban ngày tốt hơn bóng đèn buổi tối.
before-shoot-cloth-why = Vải trắng là nền trơn, dễ kiếm.
before-shoot-pots-why = Đồ vật xung quanh làm người mua khó nhìn sản phẩm.
before-shoot-hint-1 = Có hai ý đúng.
before-shoot-hint-2 = Nhớ lại: ánh sáng ban ngày, nền trơn, sản phẩm sạch.

## Step 7: put the steps in order

photo-steps = Xếp các bước chụp ảnh theo đúng thứ tự.
photo-steps-clean = Lau sạch sản phẩm
photo-steps-place = Đặt lên vải trắng, gần cửa sổ
photo-steps-shoot = Chụp ảnh mặt trước
photo-steps-check = Xem lại ảnh có rõ không
photo-steps-wrong = Hãy nghĩ: việc nào phải làm trước khi chụp?
photo-steps-right = Bạn đã sẵn sàng chụp ảnh sản phẩm.
photo-steps-hint-1 = Bước đầu tiên là làm sạch sản phẩm.
photo-steps-hint-2 = Bước cuối cùng là xem lại ảnh vừa chụp.

## Practice round

practice-intro =
    Bây giờ luyện tập một chút.
    Hãy nhìn hai ảnh túi thổ cẩm.
practice-intro-picture =
    Hai ảnh một túi thổ cẩm.
    Bên trái: túi rõ màu đỏ, vàng, xanh trên nền trắng.
    Bên phải: cùng túi đó, ảnh tối, màu xỉn.

practice-bag = Ảnh bên phải có lỗi gì?
practice-bag-clutter = Nhiều đồ vật xung quanh
practice-bag-dark = Ảnh tối quá
practice-bag-cut = Túi bị cắt mất một phần
practice-bag-clutter-no = Nền vẫn trơn, không có đồ vật khác.
practice-bag-dark-yes = Ảnh thiếu sáng làm màu thổ cẩm xỉn đi.
practice-bag-cut-no = Túi vẫn đủ cả quai. Hãy nhìn màu của ảnh.
practice-bag-hint-1 = So màu hai ảnh: ảnh nào sáng hơn?

practice-cloth = Bạn chưa có nền để chụp. Dùng gì cho nhanh?
practice-cloth-blanket = Cái chăn có hoa văn
practice-cloth-ground = Mặt đất ngoài sân
practice-cloth-white = Tờ giấy trắng hay tấm vải trắng
practice-cloth-blanket-no = Hoa văn trên chăn làm rối mắt, lẫn với sản phẩm.
practice-cloth-ground-no = Mặt đất có đất cát, lá cây. Nền không trơn.
practice-cloth-white-yes = Giấy trắng hay vải trắng là nền trơn, sáng màu.
practice-cloth-hint-1 = Nền tốt thì trơn và sáng màu.
