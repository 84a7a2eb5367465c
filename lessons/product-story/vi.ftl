# Lesson: product-story (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, sections 1.3 (prohibited claims), 1.4 (OCOP) and 3 (storytelling).
# Example products and people in this lesson are made up for teaching.

title = Kể chuyện thật về sản phẩm
summary = Viết câu chuyện thật: sản phẩm là gì, từ đâu, làm thế nào.

## Step 1: why a story

# Source: baohoabinh.com.vn [H]: in OCOP (criteria of Decision 148/QĐ-TTg, 24 Feb 2023)
# the product story is worth 10 of 100 points and must be true.
story-why =
    { $learner } ơi, người mua muốn biết sản phẩm từ đâu đến.
    Ai làm ra nó? Làm như thế nào?
    Một câu chuyện thật giúp người mua tin bạn.
    Khi chấm sao OCOP, câu chuyện chiếm 10 trên 100 điểm.
    Câu chuyện phải là chuyện thật.

## Step 2: the parts of a story

# Source: BRIEF section 3, suggested structure (author's synthesis, not a platform rule).
story-parts =
    Một câu chuyện tốt nói bốn điều, theo thứ tự này.
    Một: sản phẩm là gì, nặng bao nhiêu.
    Hai: làm ở đâu, ai làm.
    Ba: làm thế nào, vào mùa nào.
    Bốn: cách dùng và cách cất giữ.

## Step 3: put the parts in order

story-order = Xếp các phần của câu chuyện theo đúng thứ tự.
story-order-what = Sản phẩm gì, nặng bao nhiêu
story-order-place = Nơi làm và người làm
story-order-how = Cách làm và mùa thu hái
story-order-use = Cách dùng và cách cất giữ
story-order-wrong = Hãy theo thứ tự trong phần vừa đọc.
story-order-right = Câu chuyện của bạn sẽ rõ ràng, dễ đọc.
story-order-hint-1 = Đầu tiên, nói sản phẩm là gì.
story-order-hint-2 = Cuối cùng, nói cách dùng và cách cất giữ.

## Step 4: food, not medicine

# Source: Decree 15/2018/NĐ-CP; food ads that look like medicine are fined (vnfinance.vn) [H];
# TikTok Shop bans superlatives and cure claims (thucblog.com, 2022) [L].
food-not-medicine =
    Mật ong, chè, thảo quả là thực phẩm.
    Chúng không phải là thuốc.
    Hãy viết về vị, nơi trồng, mùa thu hái.
    Không bao giờ viết "chữa bệnh" hay "trị bệnh".
    Quảng cáo thực phẩm như thuốc chữa bệnh sẽ bị phạt.
    Cũng không viết "tốt nhất" hay "số một".

## Step 5: which lines can you write

honey-lines = Khi bán mật ong, câu nào được viết? Chọn tất cả câu đúng.
honey-line-origin = Mật ong hoa rừng, lấy ở Sìn Hồ
honey-line-cure = Mật ong chữa khỏi đau dạ dày
honey-line-taste = Vị ngọt thanh, màu vàng sáng
honey-line-best = Mật ong tốt nhất Việt Nam
honey-line-origin-why = Nơi lấy mật là chuyện thật. Câu này nên viết.
honey-line-cure-why = Không được viết. Mật ong là thực phẩm, không phải thuốc.
honey-line-taste-why = Vị và màu là điều người mua muốn biết. Câu này nên viết.
# Source: TikTok Shop word rules, no superlatives (thucblog.com, 2022) [L].
honey-line-best-why = Không viết "tốt nhất". Người mua không kiểm tra được, và sàn cấm từ này.
honey-lines-hint-1 = Có hai câu đúng.
honey-lines-hint-2 = Bỏ câu nói về bệnh. Bỏ câu khoe "nhất".

## Step 6: a fact you can check

true-fact = Chị Mai bán thịt gác bếp. Câu nào là sự thật, kiểm tra được?
true-fact-empty = Món ngon độc nhất vô nhị
true-fact-smoke = Treo trên bếp củi một tháng
true-fact-health = Ăn vào khỏe mạnh, sống lâu
true-fact-empty-no = Đây là lời khen rỗng. Người mua không kiểm tra được.
true-fact-smoke-yes = Đây là cách làm thật. Người mua có thể hỏi và xem video.
true-fact-health-no = Không được viết. Đây là lời hứa về sức khỏe.
true-fact-hint-1 = Chọn câu nói về cách làm ra sản phẩm.

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
    thịt gác bếp
    lạp xưởng
    lợn
    cam
    quýt
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
write-story-hint-1 = Câu đầu: sản phẩm là gì, nặng bao nhiêu.
write-story-hint-2 = Câu sau: làm ở bản, xã hay núi nào.
write-story-hint-3 =
    Ví dụ: Thảo quả khô, túi 500 gam.
    Hái dưới tán rừng gần bản tôi.
    Sấy khô trên bếp củi.
