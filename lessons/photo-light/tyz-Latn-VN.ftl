# Lesson: photo-light (Tày, tyz-Latn-VN)
# DRAFT: translated from vi.ftl without a native speaker; to be reviewed.
# Facts from shared/domain/BRIEF.md, section 2.1 (product photos).
# Pictures: drawn by tools/make-example-pictures.py (good photo left, faulty photo right).

title = Ánh sáng vạ nền hẩư ảnh hàng
summary = Chụp ảnh sáng, nưa nền trơn, hàng sạch.

## Step 1: why light matters
# Source: platform photo guides (Lazada guideline via scribd; fetpo.org) [M]: diffused natural
# light. Trainers start with "how to photograph products" (vietnamnews.vn 1766810) [H].

why-light =
    Chào { $learner }! Cần dự chỉ hăn hàng dầu ảnh.
    Ảnh sáng vạ rõ pang cần dự tin pỉ noọng.
    Ngòi slong ảnh hũ mật ong.
    Ảnh tối hết hẩư mật ong màu xỉn.
why-light-picture =
    Slong ảnh hũ mật ong đeo.
    Pạng sại: ảnh sáng, nền khao, mật màu lương rõ.
    Pạng khoa: ảnh tối, màu nâu xám, khó ngòi.

## Step 2: where to take the photo

best-place = Pỉ noọng chụp hũ mật ong dú hâư đây nhất?
best-place-window = Pạng tảng, chang vằn
best-place-bulb = Tẩư bóng đèn, chang cừn
best-place-fire = Pạng phầy dầu rườn
best-place-window-yes =
    Ánh sáng chang vằn tẳm tảng mà dịu vạ đều.
    Màu hàng ngòi pện màu chăn.
best-place-bulb-no =
    Chang cừn, bóng đèn hẩư ánh sáng yếu vạ lương.
    Màu mật ong lẻ ngòi ún màu chăn.
best-place-fire-no =
    Pạng phầy lai dờ thiếu sáng vạ mì khói.
    Ảnh lẻ mờ vạ xỉn.
best-place-hint-1 = Ánh sáng đây nhất lẻ ánh sáng tự nhiên.
best-place-hint-2 = Lưởc tỉ mì ánh sáng chang vằn.

## Step 3: a plain background
# Source: Lazada guideline via scribd; fetpo.org [M]; TikTok SEA recommends white (tkfff, 2023) [M].

plain-background =
    Nền lẻ tỉ pỉ noọng đặt hàng sle chụp.
    Nền nên trơn vạ sáng màu.
    Phải khao đeo lụ chỉa khao đeo lẻ đủ.
    Au mọi thứ ún pây tỉ ún.
plain-background-picture =
    Slong ảnh hũ mật ong đeo.
    Pạng sại: hũ mật nưa nền khao trơn.
    Pạng khoa: hũ mật chang mỏ, chai, túi vạ bâư mạy, nưa chiếu lai hoa văn.

## Step 4: type the background colour

background-color = Màu nền hâư đảy khuyên dùng nhất? Gõ tên màu.
# Accepted answers, one per line. Matching ignores case and diacritics.
# Tày "khao" and the Vietnamese words are accepted.
background-color-accept =
    khao
    màu khao
    nền khao
    trắng
    màu trắng
    nền trắng
    trắng tinh
    màu trắng tinh
background-color-right = Nền khao hết hẩư hàng nổi rõ.
background-color-hint-1 = Tỉ lẻ màu cúa chỉa sạch.
background-color-hint-2 = Tỉ tố lẻ màu cúa cưa vạ cúa phai.

## Step 5: a clean product
# Source: Lazada guideline via scribd; fetpo.org [M]: product clean (no dust or fingerprints),
# no reflections.

clean-product =
    Cón dờ chụp, lau sạch hàng.
    Nắm hẩư mì bụi, vết mừ nưa hũ.
    Nắm hẩư đét chiếu thẳng hết hũ bóng loáng.
    Vết bóng che màu mật.

## Step 6

before-shoot = Cón dờ chụp, nên hết lăng? Lưởc láo lúng câu đúng.
before-shoot-wipe = Lau sạch bụi vạ vết mừ
before-shoot-bulb = Chờ cừn, bật đèn dá chụp
before-shoot-cloth = Trải phải khao hết nền
before-shoot-pots = Xếp mỏ chảo rọp hàng sle ngòi vui mắt
before-shoot-wipe-why = Hàng sạch ngòi đây vạ đáng tin.
before-shoot-bulb-why = Ánh sáng chang vằn đây quá bóng đèn chang cừn.
before-shoot-cloth-why = Phải khao lẻ nền trơn, ngải tìm.
before-shoot-pots-why = Mọi thứ rọp hàng hết hẩư cần dự khó ngòi hàng.
before-shoot-hint-1 = Mì slong câu đúng.
before-shoot-hint-2 = Chứ tẻo: ánh sáng chang vằn, nền trơn, hàng sạch.

## Step 7: put the steps in order

photo-steps = Xếp mọi bước chụp ảnh đuổi thứ tự đúng.
photo-steps-clean = Lau sạch hàng
photo-steps-place = Đặt nưa phải khao, pạng tảng
photo-steps-shoot = Chụp ảnh mặt nả
photo-steps-check = Ngòi tẻo ảnh rõ bấu
photo-steps-wrong = Ngẫm đi: fiệc hâư phải hết cón dờ chụp?
photo-steps-right = Pỉ noọng dá sẵn sàng chụp ảnh hàng.
photo-steps-hint-1 = Bước cón nhất lẻ lau sạch hàng.
photo-steps-hint-2 = Bước cuối lẻ ngòi tẻo ảnh vừa chụp.

## Practice round

practice-intro =
    Ca nẩy luyện tập đi nọi.
    Ngòi slong ảnh túi thổ cẩm.
practice-intro-picture =
    Slong ảnh túi thổ cẩm đeo.
    Pạng sại: túi rõ màu đeng, lương, khiếu nưa nền khao.
    Pạng khoa: tằng túi tỉ, ảnh tối, màu xỉn.

practice-bag = Ảnh pạng khoa mì lỗi lăng?
practice-bag-clutter = Lai thứ rọp hàng
practice-bag-dark = Ảnh tối lai
practice-bag-cut = Túi mất phần đeo
practice-bag-clutter-no = Nền nhằng trơn, bấu mì thứ ún.
practice-bag-dark-yes = Ảnh thiếu sáng hết hẩư màu thổ cẩm xỉn.
practice-bag-cut-no = Túi nhằng đủ tằng quai. Ngòi màu cúa ảnh.
practice-bag-hint-1 = So màu slong ảnh: ảnh hâư sáng quá?

practice-cloth = Pỉ noọng xằng mì nền sle chụp. Dùng lăng cho nhanh?
practice-cloth-blanket = Phạ mì hoa văn
practice-cloth-ground = Nả đin nọk lang
practice-cloth-white = Chỉa khao lụ phải khao
practice-cloth-blanket-no = Hoa văn nưa phạ hết rối tha, lẫn đuổi hàng.
practice-cloth-ground-no = Nả đin mì đin slai, bâư mạy. Nền bấu trơn.
practice-cloth-white-yes = Chỉa khao lụ phải khao lẻ nền trơn, sáng màu.
practice-cloth-hint-1 = Nền đây lẻ trơn vạ sáng màu.
