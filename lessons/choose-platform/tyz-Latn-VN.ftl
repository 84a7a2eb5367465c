# Lesson: choose-platform (Tày, tyz-Latn-VN)
# DRAFT: translated from vi.ftl without a native speaker; to be reviewed.
# Facts from shared/domain/BRIEF.md, section 7 (training practice from the field).
# The people named in questions are made up for teaching.

title = Lưởc sàn khai hàng
summary = Sàn lẻ háng nưa mạng. Lưởc sàn đeo sle hết cón.

## Step 1: what a "sàn" is (first time in the course: explain the word)

what-is-san =
    Chào { $learner }! Bài nẩy phuối thâng sàn khai hàng.
    Sàn khai hàng pện pan háng, tọ dú nưa mạng.
    Cần dự mà sàn sle ngòi hàng vạ dự hàng.
    Nưa sàn, pỉ noọng mở gian hàng đeo.
    Gian hàng lẻ cửa hàng cúa pỉ noọng nưa sàn.

## Step 2: check the word

san-means = Sàn khai hàng lẻ lăng?
san-means-floor = Sàn rườn sle phơi hàng
san-means-market = Háng nưa mạng, cần dự mà ngòi vạ dự hàng
san-means-town = Cửa hàng dú thị trấn
san-means-floor-no = Tỉ nẩy "sàn" bấu lẻ sàn rườn. Nẩy lẻ háng nưa mạng.
san-means-market-yes = Sàn pện pan háng. Chỉ ún lẻ háng dú nưa mạng.
san-means-town-no = Cửa hàng dú thị trấn, cần dự phải pây thâng tỉ. Sàn dú nưa mạng.
san-means-hint-1 = Ngẫm thâng pan háng. Sàn lẻ pan háng dú hâư?

## Step 3: four platforms

# Source: sggpnews.org.vn …99821 [M]: 5.2 million households had Voso/Postmart accounts by Feb 2022.
four-platforms =
    Mì lai sàn. Bài slon nẩy phuối thâng slí sàn.
    TikTok Shop: cần dự ngòi video tển, dá dự ngay.
    Shopee vạ Lazada: cần dự gõ tìm hàng, dá đặt dự.
    Voso vạ Postmart: sàn khai nông sản.
    Thâng bươn 2/2022, mì 5,2 triệu hộ mì tài khoản Voso lụ Postmart.

## Step 4: the Sìn Hồ example

# Source: kenh14.vn 2025-10-29; dantri.com.vn 2025-12-05 [H]: more than 300 t of khoai sâm sold
# on TikTok Shop in Sep-Oct 2025; most LIVE sellers ethnic-minority women; farm-gate price
# 2,000-6,000 đ/kg, on TikTok Shop 20,000-35,000 đ/kg. Livestreams held with Viettel Post [H].
sin-ho-story =
    Dú Sìn Hồ, Lai Châu, pỉ noọng khai khoai sâm nưa TikTok Shop.
    Bươn 9 vạ bươn 10 pi 2025, pỉ noọng khai đảy lai quá 300 tấn.
    Lai cần khai lẻ mẻ nhình Mông, Dao, Thái.
    Cón nẩy, khoai khai dú nà chỉ { MONEY($farm_low) } thâng { MONEY($farm_high) } cân đeo.
    Nưa TikTok Shop, giá lẻ { MONEY($tiktok_low) } thâng { MONEY($tiktok_high) } cân đeo.

## Step 5: how much more per kilo

# Source: as above (kenh14.vn; dantri.com.vn, 2025) [H].
sin-ho-gain =
    Giá dú nà slung nhất lẻ { MONEY($farm_high) } cân đeo.
    Nưa TikTok Shop, giá slung nhất lẻ { MONEY($tiktok_high) } cân đeo.
    Mọi cân khai nưa sàn đảy lai quá kỉ lai đồng?
sin-ho-gain-low = Số nẩy nhằng nọi. Au giá cải trừ giá nọi.
sin-ho-gain-high = Số nẩy cải lai. Au giá cải trừ giá nọi, chỉ pày đeo.
sin-ho-gain-right = Mọi cân lai quá { MONEY($gain) }. Khai nưa sàn đảy giá slung quá.
sin-ho-gain-hint-1 = Au { MONEY($tiktok_high) } trừ { MONEY($farm_high) }.
sin-ho-gain-hint-2 = Ví dụ ún: { MONEY($ex_big) } trừ { MONEY($ex_small) } lẻ { MONEY($ex_diff) }. Hết pện tỉ.

## Step 6: how to choose (teaching advice, not a platform rule)

how-to-choose =
    Lưởc sàn hâư? Thăm đang cáu slam câu.
    Đeo: cần dự cúa khỏi dùng sàn hâư lai?
    Slong: dú xạ khỏi, mì lớp slon lụ bưu điện pang sàn hâư?
    Slam: sàn tỉ au kỉ lai chèn phí?
    Phí sàn lẻ chèn sàn au dờ pỉ noọng khai đảy hàng.
    Học phần 4 phuối kỹ thâng phí sàn.

## Step 7: which questions help

choose-questions = Dờ lưởc sàn, nên thăm câu hâư? Lưởc láo lúng câu đúng.
choose-buyers = Cần dự cúa khỏi dùng sàn hâư lai?
choose-logo = Sàn hâư mì hình biểu tượng đây ngòi nhất?
choose-help = Dú xạ khỏi mì cần hâư pang khai nưa sàn hâư?
choose-fees = Sàn tỉ au phí kỉ lai?
choose-buyers-why = Khai dú tỉ mì cần dự cúa pỉ noọng.
choose-logo-why = Hình biểu tượng đây ngòi bấu pang pỉ noọng khai đảy hàng.
choose-help-why = Mì cần pang dú gần, slon nhanh quá.
choose-fees-why = Phí sàn au phần đeo chèn khai hàng.
choose-questions-hint-1 = Mì slam câu đúng.
choose-questions-hint-2 = Bỏ câu phuối thâng hình đây ngòi.

## Practice round

practice-intro =
    Ca nẩy luyện tập đi nọi.
    Mì slam câu thăm tển.

practice-video = Chị Lan thích quay video rẩy chè. Sàn hâư hợp vạ video nhất?
practice-video-lazada = Lazada
practice-video-tiktok = TikTok Shop
practice-video-none = Bấu mì sàn hâư mì video
practice-video-lazada-no = Nưa Lazada, cần dự lai cần gõ tìm hàng. Video bấu lẻ chính.
practice-video-tiktok-yes = Nưa TikTok Shop, cần dự ngòi video dá dự ngay.
practice-video-none-no = Mì sàn dùng video lai lai. Đọc tẻo phần slí sàn.
practice-video-hint-1 = Sàn hâư cần dự ngòi video tển dá dự?

practice-shop-word = Cửa hàng cúa pỉ noọng nưa sàn roọng lẻ lăng? Gõ slong chữ.
# Accepted answers, one per line. Matching ignores case and diacritics.
practice-shop-word-accept =
    gian hàng
    gian hang
    cửa hàng
practice-shop-word-right = Gian hàng lẻ cửa hàng cúa pỉ noọng nưa sàn.
practice-shop-word-hint-1 = Chữ cón lẻ "gian".
practice-shop-word-hint-2 = Dú pan háng, mọi cần mì gian đeo. Nưa sàn tố pện.

practice-start = Pỉ noọng náo bắt đầu. Hết pền rừ ngải quá?
practice-start-all = Mở tằng slí sàn dầu vằn đeo
practice-start-one = Mở sàn đeo cón, slon hẩư quen
practice-start-all-no = Mở slí sàn pày đeo lẻ fiệc lai lai. Ngải rối vạ ngải bỏ.
practice-start-one-yes = Quen sàn đeo dá, pỉ noọng mở them sàn ún đảy.
practice-start-hint-1 = Slon mọi fiệc đeo lẻ ngải quá.
