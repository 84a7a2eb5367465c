# Lesson: choose-platform (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, section 7 (training practice from the field).
# The people named in questions are made up for teaching.

title = Chọn sàn bán hàng
summary = Sàn là chợ trên mạng. Chọn một sàn để bắt đầu.

## Step 1: what a "sàn" is (first time in the course: explain the word)

what-is-san =
    Chào { $learner }! Bài này nói về sàn bán hàng.
    Sàn bán hàng giống một phiên chợ, nhưng ở trên mạng.
    Người mua vào sàn để xem hàng và mua hàng.
    Trên sàn, bạn mở một gian hàng.
    Gian hàng là cửa hàng của bạn trên sàn.

## Step 2: check the word

san-means = Sàn bán hàng là gì?
san-means-floor = Cái sàn nhà để phơi hàng
san-means-market = Một chợ trên mạng, người mua vào xem và mua hàng
san-means-town = Một cửa hàng ở thị trấn
san-means-floor-no = Ở đây "sàn" không phải sàn nhà. Đó là một chợ trên mạng.
san-means-market-yes = Sàn giống phiên chợ. Chỉ khác là chợ ở trên mạng.
san-means-town-no = Cửa hàng ở thị trấn thì người mua phải tới tận nơi. Sàn ở trên mạng.
san-means-hint-1 = Nghĩ tới phiên chợ. Sàn là phiên chợ ở đâu?

## Step 3: four platforms

# Source: sggpnews.org.vn …99821 [M]: 5.2 million households had Voso/Postmart accounts by Feb 2022.
four-platforms =
    Có nhiều sàn. Bài học này nói về bốn sàn.
    TikTok Shop: người mua xem video ngắn, rồi mua ngay.
    Shopee và Lazada: người mua gõ tìm hàng, rồi đặt mua.
    Voso và Postmart: sàn bán nông sản.
    Đến tháng 2/2022, đã có 5,2 triệu hộ có tài khoản Voso hoặc Postmart.

## Step 4: the Sìn Hồ example

# Source: kenh14.vn 2025-10-29; dantri.com.vn 2025-12-05 [H]: more than 300 t of khoai sâm sold
# on TikTok Shop in Sep-Oct 2025; most LIVE sellers ethnic-minority women; farm-gate price
# 2,000-6,000 đ/kg, on TikTok Shop 20,000-35,000 đ/kg. Livestreams held with Viettel Post [H].
sin-ho-story =
    Ở Sìn Hồ, Lai Châu, bà con bán khoai sâm trên TikTok Shop.
    Tháng 9 và tháng 10 năm 2025, bà con bán được hơn 300 tấn.
    Nhiều người bán là phụ nữ Mông, Dao, Thái.
    Trước đây, khoai bán tại ruộng chỉ { MONEY($farm_low) } đến { MONEY($farm_high) } một cân.
    Trên TikTok Shop, giá là { MONEY($tiktok_low) } đến { MONEY($tiktok_high) } một cân.

## Step 5: how much more per kilo

# Source: as above (kenh14.vn; dantri.com.vn, 2025) [H].
sin-ho-gain =
    Giá tại ruộng cao nhất là { MONEY($farm_high) } một cân.
    Trên TikTok Shop, giá cao nhất là { MONEY($tiktok_high) } một cân.
    Mỗi cân bán trên sàn được hơn bao nhiêu đồng?
sin-ho-gain-low = Số này còn nhỏ. Hãy lấy giá lớn trừ giá nhỏ.
sin-ho-gain-high = Số này lớn quá. Hãy lấy giá lớn trừ giá nhỏ, chỉ một lần.
sin-ho-gain-right = Mỗi cân hơn { MONEY($gain) }. Bán trên sàn có thể được giá hơn.
sin-ho-gain-hint-1 = Lấy { MONEY($tiktok_high) } trừ đi { MONEY($farm_high) }.
sin-ho-gain-hint-2 = Ví dụ khác: { MONEY($ex_big) } trừ { MONEY($ex_small) } là { MONEY($ex_diff) }. Làm giống vậy.

## Step 6: how to choose (teaching advice, not a platform rule)

how-to-choose =
    Nên chọn sàn nào? Hãy tự hỏi ba câu.
    Một: người mua của mình hay dùng sàn nào?
    Hai: ở xã mình, có lớp học hay bưu điện giúp sàn nào?
    Ba: sàn đó lấy bao nhiêu tiền phí?
    Phí sàn là tiền sàn lấy khi bạn bán được hàng.
    Học phần 4 sẽ nói kỹ về phí sàn.

## Step 7: which questions help

choose-questions = Khi chọn sàn, nên hỏi những câu nào? Chọn tất cả ý đúng.
choose-buyers = Người mua của mình hay dùng sàn nào?
choose-logo = Sàn nào có hình biểu tượng đẹp nhất?
choose-help = Ở xã mình có ai giúp bán trên sàn nào?
choose-fees = Sàn đó lấy phí bao nhiêu?
choose-buyers-why = Hãy bán ở nơi có người mua của bạn.
choose-logo-why = Hình biểu tượng đẹp không giúp bạn bán được hàng.
choose-help-why = Có người giúp ở gần thì học nhanh hơn.
choose-fees-why = Phí sàn lấy đi một phần tiền bán hàng.
choose-questions-hint-1 = Có ba ý đúng.
choose-questions-hint-2 = Bỏ ý nói về hình đẹp.

## Practice round

practice-intro =
    Bây giờ luyện tập một chút.
    Có ba câu hỏi ngắn.

practice-video = Chị Lan thích quay video nương chè. Sàn nào hợp với video nhất?
practice-video-lazada = Lazada
practice-video-tiktok = TikTok Shop
practice-video-none = Không sàn nào có video
practice-video-lazada-no = Trên Lazada, người mua thường gõ tìm hàng. Video không phải là chính.
practice-video-tiktok-yes = Trên TikTok Shop, người mua xem video rồi mua ngay.
practice-video-none-no = Có sàn dùng video rất nhiều. Hãy đọc lại phần bốn sàn.
practice-video-hint-1 = Sàn nào người mua xem video ngắn rồi mua?

practice-shop-word = Cửa hàng của bạn trên sàn gọi là gì? Gõ hai chữ.
# Accepted answers, one per line. Matching ignores case and diacritics.
practice-shop-word-accept =
    gian hàng
    gian hang
    cửa hàng
practice-shop-word-right = Gian hàng là cửa hàng của bạn trên sàn.
practice-shop-word-hint-1 = Chữ đầu là "gian".
practice-shop-word-hint-2 = Ở chợ phiên, mỗi người có một gian. Trên sàn cũng vậy.

practice-start = Bạn mới bắt đầu. Cách nào dễ hơn?
practice-start-all = Mở cả bốn sàn trong một ngày
practice-start-one = Mở một sàn trước, học cho quen
practice-start-all-no = Bốn sàn một lúc thì rất nhiều việc. Dễ rối và dễ bỏ cuộc.
practice-start-one-yes = Quen một sàn rồi, bạn có thể mở thêm sàn khác.
practice-start-hint-1 = Học từng việc một thì dễ hơn.
