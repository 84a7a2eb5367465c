# Lesson: ship-weight-video (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, sections 1.1 (description), 1.2 (Law 19/2023),
# 3 (field practice) and 5 (returns and evidence).
# The weights in this lesson are a made-up teaching example.

title = Cân nặng, kích thước và video đóng gói
summary = Cân cả kiện hàng, đo hộp, và quay video khi gói.

unit-gram = gam

## Step 1: why weigh

# source: Law 19/2023/QH15 Art. 37 (vi.wikisource.org) [H], in force 1 Jul 2024;
# TikTok Shop description guide (ecommercewithram 2022; tt123) [M]
weigh-why =
    Người mua cần biết hàng nặng bao nhiêu.
    Luật Bảo vệ người tiêu dùng, có hiệu lực từ 1/7/2024, yêu cầu ghi rõ.
    Bạn phải ghi khối lượng, kích thước và tiền gửi hàng.
    TikTok Shop cũng khuyên ghi cân nặng và kích thước kiện hàng.
    Vậy hãy cân cả kiện sau khi gói xong.

## Step 2: weigh the whole parcel

total-weight =
    Một kiện hàng có:
    mật ong { $honey_g } gam,
    hũ thủy tinh { $jar_g } gam,
    xốp hơi và hộp { $box_g } gam.
    Cả kiện nặng bao nhiêu gam?
total-weight-low = Còn thiếu. Bạn đã cộng cả hũ và hộp chưa?
total-weight-high = Nhiều quá. Chỉ cộng ba số này thôi.
total-weight-right = Cả kiện nặng 1250 gam. Hũ và hộp nặng gần bằng mật.
total-weight-hint-1 = Cộng cả ba khoản: mật, hũ, hộp.
total-weight-hint-2 = Ví dụ: 100 gam cộng 200 gam cộng 50 gam là 350 gam.

## Step 3: what to put on the scale

weigh-what = Bạn cân cái gì để ghi cân nặng kiện hàng?
weigh-what-honey = Chỉ cân mật ong
weigh-what-hand = Cầm lên tay và đoán
weigh-what-parcel = Cân cả kiện đã gói xong
weigh-what-honey-no = Hũ, xốp và hộp cũng có cân nặng. Phải tính cả vào.
weigh-what-hand-no = Tay đoán dễ sai. Hãy dùng cân.
weigh-what-parcel-yes = Kiện đã gói xong là thứ người giao hàng chở đi.
weigh-what-hint-1 = Nghĩ xem người giao hàng mang đi cái gì.

## Step 4: measure the box

# The brief could not verify how couriers price by box size: no formula is taught.
measure-box =
    Đo hộp bằng thước: dài, rộng, cao.
    Ghi số đo theo xăng-ti-mét.
    Hộp gọn thì dễ xếp, ít bị đè.
    Hãng gửi hàng có thể tính tiền theo cân nặng và cỡ hộp.
    Cách tính mỗi nơi khác nhau. Hãy hỏi bưu cục gần nhà.

## Step 5: a packing video

# source: vietnamnews.vn/society/1766505 [H], as of 2 Mar 2026;
# Shopee help article 79233 (buyer evidence includes unboxing video) [H]
video-why =
    Hãy quay video khi bạn gói hàng.
    Có những người bán người Mông còn phát trực tiếp lúc đóng gói.
    Người mua có thể gửi video mở hộp lên sàn.
    Bạn cũng cần video của mình.
    Nếu người mua nói hàng vỡ hay thiếu, video giúp bạn chứng minh.

## Step 6: what the video shows

video-shows = Video đóng gói cần cho thấy những gì? Chọn tất cả ý đúng.
video-shows-code = Mã đơn hàng trên nhãn, đọc được rõ
video-shows-whole = Sản phẩm còn lành trước khi gói
video-shows-closed = Chỉ quay hộp đã dán xong
video-shows-layers = Từng lớp gói, đến lúc dán kín hộp
video-shows-cut = Cắt bớt đoạn giữa cho ngắn
video-shows-code-why = Mã đơn cho biết video này là của đơn nào.
video-shows-whole-why = Người xem thấy hàng lành lúc rời tay bạn.
video-shows-closed-why = Hộp đã dán thì không ai biết bên trong có gì.
video-shows-layers-why = Người xem thấy bạn gói kỹ, không bỏ sót gì.
video-shows-cut-why = Video bị cắt thì người xem không tin hết.
video-shows-hint-1 = Có ba ý đúng.
video-shows-hint-2 = Video tốt quay liền một mạch, từ đầu đến cuối.

## Step 7: video in order

video-order = Xếp các cảnh quay theo đúng thứ tự.
video-order-code = Quay mã đơn trên nhãn
video-order-whole = Quay sản phẩm còn lành
video-order-wrap = Quay lúc bọc từng lớp
video-order-seal = Quay lúc dán kín và dán nhãn lên hộp
video-order-wrong = Video đi theo việc bạn làm: xem mã, xem hàng, gói, rồi dán.
video-order-right = Video của bạn kể lại việc gói hàng từ đầu đến cuối.
video-order-hint-1 = Cảnh đầu tiên cho biết đây là đơn nào.

## Step 8: keep the video

# source: ghn.vn blog on Shopee return policy (15 days after receipt) [M], as of 19 Jun 2025
video-keep =
    Đặt tên video theo mã đơn hàng.
    Giữ video ít nhất đến khi hết hạn trả hàng.
    Ví dụ Shopee, từ 19/6/2025: 15 ngày sau khi người mua nhận hàng.
    Giữ lâu hơn một chút thì càng yên tâm.
    Thời hạn có thể đổi. Hãy xem trong trang quản lý của người bán.

## Practice round

practice =
    Bây giờ luyện tập một chút.
    Có ba câu hỏi ngắn.

practice-code = Trong video đóng gói, bạn quay rõ mã gì trên nhãn? Gõ câu trả lời.
# Accepted answers, one per line. Matching ignores case and diacritics.
practice-code-accept =
    mã đơn
    mã đơn hàng
    mã vận đơn
    mã đơn hàng trên nhãn
    mã vận chuyển
practice-code-right = Mã đơn gắn video với đúng đơn hàng.
practice-code-wrong = Hãy nhớ cảnh đầu tiên của video.
practice-code-hint-1 = Mỗi đơn hàng có một mã riêng.
practice-code-hint-2 = Đó là mã của đơn, in trên nhãn dán hộp.

practice-cut = Video đóng gói của bạn bị cắt mất một đoạn giữa. Video đó có tốt không?
practice-cut-fine = Vẫn tốt, miễn có cảnh đầu và cảnh cuối
practice-cut-weak = Kém tin cậy, vì không thấy hết việc gói
practice-cut-fine-no = Người xem sẽ hỏi: đoạn bị cắt có gì?
practice-cut-weak-yes = Video liền một mạch mới làm người xem tin.
practice-cut-hint-1 = Nghĩ xem người xem có tin đoạn không thấy được không.

# source: ghn.vn blog on Shopee return policy (15 days after receipt) [M], as of 19 Jun 2025
practice-keep = Giữ video đóng gói đến khi nào?
practice-keep-delete = Xóa ngay khi gửi hàng đi
practice-keep-window = Ít nhất đến khi hết hạn trả hàng
practice-keep-none = Không cần quay video
practice-keep-delete-no = Vài ngày sau, người mua có thể báo hàng hỏng. Khi đó bạn không còn gì để chứng minh.
practice-keep-window-yes = Trong thời hạn trả hàng, bạn có thể cần video bất cứ lúc nào.
practice-keep-none-no = Không có video, bạn khó chứng minh mình gói đủ và lành.
practice-keep-hint-1 = Người mua có thể đòi trả hàng trong một thời hạn sau khi nhận.
