# Lesson: legal-and-ocop (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, sections 1.2 (Law 19/2023 Art. 37), 1.4 (OCOP) and 3.
# The example description and the people in it are made up for teaching.

title = Thông tin bắt buộc và sao OCOP
summary = Cuối lời giới thiệu: điều luật bắt ghi, và sao OCOP nếu có giấy còn hạn.

unit-month = tháng

## Step 1
# Source: Law 19/2023/QH15 Art. 37 [H]; BRIEF 3 structure, parts 5-6 (author's synthesis).

legal-in-story =
    Cuối lời giới thiệu, hãy ghi những điều luật bắt ghi.
    Xuất xứ: làm ở đâu.
    Thành phần: làm từ những gì.
    Hạn sử dụng, và cách đổi trả hàng.
    Nên ghi thêm cách dùng, cách cất giữ.

## Step 2: OCOP (first time in the course: explain it)
# Source: Decision 148/QĐ-TTg (24 Feb 2023); the product story is 10 of 100 points
# (baohoabinh.com.vn; tapchinongthonmoi.vn) [H]. Bands 3-5 stars (proatc.vn) [M];
# rated by district (3★), province (4★), central government (5★) (thestar.com.my 2023) [M].

ocop-what =
    OCOP là chương trình "Mỗi xã một sản phẩm" của Nhà nước.
    Sản phẩm được chấm điểm, rồi xếp từ 3 đến 5 sao.
    Câu chuyện sản phẩm chiếm 10 trên 100 điểm.
    Câu chuyện đó cũng phải là chuyện thật.

## Step 3: only stars from a valid certificate
# Source: a certificate lasts 36 months; to keep the logo with stars the product must be
# re-rated (baodienbienphu.com.vn; vietnam.vn) [H]. Lesson rule (BRIEF 1.4): only claim the
# stars printed on a valid certificate, with its date; never for a product that was not rated.

ocop-rules =
    Chỉ ghi số sao có trên giấy chứng nhận còn hạn.
    Ghi cả ngày cấp giấy.
    Giấy chứng nhận có hạn 36 tháng.
    Hết hạn, sản phẩm phải được chấm lại mới được ghi sao.
    Sản phẩm chưa được chấm thì không ghi sao.

## Step 4

ocop-new-jar =
    Mật ong của bạn được 3 sao OCOP.
    Nay bạn bán mật trong một loại hũ mới, chưa được chấm.
    Bạn ghi thế nào cho hũ mới?
ocop-new-jar-same = Ghi 3 sao, vì mật vẫn thế
ocop-new-jar-more = Ghi 4 sao cho đẹp
ocop-new-jar-none = Không ghi sao, hỏi cán bộ OCOP trước
ocop-new-jar-same-no = Hũ mới là sản phẩm chưa được chấm. Không ghi sao được.
ocop-new-jar-more-no = Không bao giờ ghi số sao mình không có.
ocop-new-jar-none-yes = Chỉ ghi sao khi sản phẩm đó có giấy chứng nhận còn hạn.
ocop-new-jar-hint-1 = Sản phẩm chưa được chấm thì sao?
ocop-new-jar-hint-2 = Sao chỉ có trên giấy chứng nhận của đúng sản phẩm đó.

## Step 5
# Source: baodienbienphu.com.vn; vietnam.vn [H]: certificate valid 36 months.

ocop-months = Giấy chứng nhận OCOP có hạn bao nhiêu tháng?
ocop-months-low = Số này nhỏ quá. Giấy có hạn ba năm.
ocop-months-high = Số này lớn quá. Giấy có hạn ba năm.
ocop-months-right = 36 tháng, tức là ba năm. Hãy xem ngày cấp trên giấy.
ocop-months-hint-1 = Giấy có hạn ba năm.
ocop-months-hint-2 = Một năm có 12 tháng. Ba năm là bao nhiêu tháng?

## Step 6: a whole example (made up)

story-example =
    Đây là một lời giới thiệu mẫu, tự đặt ra để học:
    Mật ong hoa rừng, hũ 500 ml.
    Ong nuôi ở bìa rừng, gần bản của chị Mai, Sìn Hồ.
    Lấy mật vào tháng 4, mỗi năm một lần.
    Vị ngọt thanh, màu vàng sáng.
    Đậy kín nắp, để nơi khô, mát.
    Xuất xứ: Sìn Hồ, Lai Châu. Hạn sử dụng ghi trên nắp hũ.

## Step 7: write your own story

write-story =
    Viết 2 đến 4 câu về một sản phẩm của bạn.
    Nói sản phẩm là gì, làm ở đâu, làm thế nào.
    Chỉ viết chuyện thật. Không viết về bệnh.
idea-what = Sản phẩm là gì (mật ong, chè, thảo quả...)
idea-place = Làm ở đâu, ai làm (bản, xã, núi, nương...)
idea-how = Làm thế nào, mùa nào (hái, phơi, sấy, hun khói...)
# Keywords, one per line; any one counts. Matching ignores case and diacritics.
idea-what-words =
    mật ong
    mật
    chè
    trà
    thảo quả
    quế
    gừng
    thịt
    thịt trâu
    thịt gác bếp
    lạp xưởng
    lợn
    cam
    quýt
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
idea-place-words =
    ở bản
    bản tôi
    bản em
    bản mình
    trong bản
    bản
    xã
    thôn
    làng
    huyện
    núi
    rừng
    nương
    ruộng
    vườn
    suối
    Sìn Hồ
    Mường Khương
    Điện Biên
    Lai Châu
    Lào Cai
    Hà Giang
    Sơn La
    Yên Bái
    Cao Bằng
    Tây Bắc
    Mông
    Hmông
    H'Mông
    Dao
    Thái
    Tày
    Nùng
    Giáy
idea-how-words =
    hái
    thu hái
    trồng
    nuôi
    phơi
    sấy
    hun
    khói
    gác bếp
    treo
    bếp
    củi
    dệt
    thêu
    nấu
    ướp
    lấy
    bằng tay
    mùa
    tháng
write-story-right = Câu chuyện của bạn có đủ: sản phẩm, nơi làm, cách làm. Hãy giữ lại để đăng.
write-story-hint-1 = Câu đầu: sản phẩm là gì, nặng bao nhiêu.
write-story-hint-2 = Câu sau: làm ở bản, xã hay núi nào.
write-story-hint-3 =
    Ví dụ về thịt: Thịt trâu gác bếp, túi 500 gam.
    Làm ở bản tôi, Điện Biên.
    Treo trên bếp củi một tháng.

## Practice round

practice-intro =
    Bây giờ luyện tập một chút.
    Có hai câu hỏi ngắn.

# Source: certificate valid 36 months (baodienbienphu.com.vn; vietnam.vn) [H].
# The example date is made up: March 2021 + 36 months = March 2024, before this course (2025-26).
practice-ocop-old =
    Chè của bạn được 4 sao OCOP.
    Giấy chứng nhận cấp tháng 3/2021, chưa chấm lại.
    Bây giờ có ghi 4 sao được không?
practice-ocop-old-yes = Được, vì đã được 4 sao
practice-ocop-old-no = Không, giấy đã quá 36 tháng
practice-ocop-old-yes-no = Giấy chỉ có hạn 36 tháng. Từ tháng 3/2021, giấy đã hết hạn từ tháng 3/2024.
practice-ocop-old-no-yes = Giấy đã hết hạn. Hãy xin chấm lại, rồi mới ghi sao.
practice-ocop-old-hint-1 = Giấy OCOP có hạn bao nhiêu tháng?
practice-ocop-old-hint-2 = Tháng 3/2021 cộng ba năm là tháng 3/2024.

practice-end = Cuối lời giới thiệu mật ong nên có gì? Chọn tất cả ý đúng.
practice-end-shelf = Hạn sử dụng
practice-end-origin = Xuất xứ
practice-end-cough = Mật chữa ho
practice-end-return = Cách đổi trả hàng
practice-end-shelf-why = Luật bắt ghi hạn sử dụng.
practice-end-origin-why = Luật bắt ghi xuất xứ.
practice-end-cough-why = Không bao giờ viết mật ong chữa bệnh.
practice-end-return-why = Luật bắt ghi cách đổi trả hàng.
practice-end-hint-1 = Có ba ý đúng.
practice-end-hint-2 = Bỏ câu nói về bệnh.
