# Lesson: live-honest-selling (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, sections 1.3 (prohibited claims), 3 (field practice),
# 4.3 (crossed-out prices). Tips for a live stream are everyday practice, not platform rules.

title = Bán hàng trực tiếp một cách thật thà
summary = Cho xem hàng thật, nói lời thật, và giữ lời hứa với người mua.

## Step 1: show, do not only tell

honest-show =
    Khi phát trực tiếp, hãy cho người xem thấy hàng thật.
    Đặt hàng lên cân, để người xem thấy số.
    Bổ đôi một quả na, cho thấy ruột.
    Mở túi chè, đưa lại gần máy.
    Có điều chưa đẹp, ví dụ vỏ quýt có vết, hãy nói thật.

## Step 2: an honest demonstration

demo-na = Bạn bán na trong buổi phát trực tiếp. Cách cho xem nào thật thà nhất?
demo-na-best = Chỉ quay quả to đẹp nhất
demo-na-cut = Lấy một quả bất kỳ trong sọt, bổ đôi cho xem
demo-na-other = Chiếu ảnh na của vườn khác
demo-na-best-no = Người mua sẽ nhận quả khác quả trên hình. Họ thấy bị lừa.
demo-na-cut-yes = Một quả bất kỳ cho thấy hàng thật mà người mua sẽ nhận.
demo-na-other-no = Na vườn khác không phải na của bạn. Đó là nói dối.
demo-na-hint-1 = Chọn cách cho thấy đúng hàng người mua sẽ nhận.

## Step 3: true words and true prices

# source: Decree 15/2018/NĐ-CP; vnfinance.vn (fines for food ads like medicine) [H];
# thucblog.com (no superlatives) [L], as of 2022; ecommercewithram.blogspot.com (crossed-out price) [M], as of 2022
true-words =
    Lời nói trong buổi phát cũng phải thật.
    Không bao giờ nói "chữa bệnh".
    Nhiều người bán khuyên tránh chữ "nhất", như "ngon nhất".
    Đừng ghi giá gạch ngang cao hơn nhiều so với giá bán thật.
    TikTok Shop coi đó là vi phạm (theo tài liệu năm 2022, hãy xem lại).

## Step 4: which words can you say

live-words = Câu nào được nói trong buổi phát? Chọn tất cả ý đúng.
live-words-origin = "Chè shan tuyết hái tay ở bản em."
live-words-best = "Chè ngon nhất thế giới."
live-words-weight = "Túi này 200 gam, em cân cho mọi người xem."
live-words-cure = "Uống chè này khỏi đau dạ dày."
live-words-fewer = "Chỉ còn 3 túi!" khi trong nhà còn 50 túi
live-words-origin-why = Nơi làm và cách hái là chuyện thật. Nên nói.
# source: thucblog.com (TikTok Shop word rules, no superlatives) [L], as of 2022
live-words-best-why = Không ai kiểm tra được chữ "nhất". Nhiều người bán khuyên tránh.
live-words-weight-why = Con số thật, lại cân trước máy. Người xem tin.
live-words-cure-why = Chè là thực phẩm. Không được hứa chữa bệnh.
live-words-fewer-why = Nói sai số hàng để giục người mua là nói dối.
live-words-hint-1 = Có hai câu được nói.
live-words-hint-2 = Chọn câu thật, kiểm tra được.

## Step 5: from viewer to buyer

viewers-to-buyers =
    Người xem chỉ thành người mua khi họ tin bạn.
    Chào người mới vào, gọi tên họ.
    Trả lời từng câu hỏi, kể cả câu khó.
    Thỉnh thoảng nhắc lại: hàng gì, nặng bao nhiêu, giá bao nhiêu.
    Nói rõ cách đặt hàng trên sàn.
    Đơn mới sẽ hiện trong trang quản lý của người bán.
    Ai đặt hàng, hãy cảm ơn họ.

## Step 6: a hard question

viewer-question = Người xem hỏi: "Thảo quả này có bị mốc không?" Bạn làm gì?
viewer-question-skip = Lờ câu hỏi, nói sang chuyện khác
viewer-question-promise = Nói "không bao giờ mốc" mà không cho xem
viewer-question-show = Mở túi, đưa thảo quả lại gần máy cho xem
viewer-question-skip-no = Lờ câu hỏi làm người xem nghi. Họ sẽ rời đi.
viewer-question-promise-no = Lời hứa không có bằng chứng. Người xem muốn tự thấy.
viewer-question-show-yes = Người xem tự thấy bằng mắt. Không lời nào tốt bằng.
viewer-question-hint-1 = Cho xem tốt hơn nói.

## Step 7: after the stream

after-live = Xếp các việc sau buổi phát trực tiếp theo đúng thứ tự.
after-live-orders = Xem các đơn mới trong trang quản lý của người bán
after-live-pack = Gói từng đơn, quay video đóng gói
after-live-send = Gửi hàng đi
after-live-thanks = Nhắn cảm ơn người mua qua tin nhắn trên sàn
after-live-wrong = Hãy xem đơn trước, rồi gói, rồi gửi, cuối cùng nhắn cảm ơn.
after-live-right = Người mua nhận đúng hàng, đúng lời hứa trong buổi phát.
after-live-hint-1 = Việc đầu tiên là biết có những đơn nào.

## Practice round

practice =
    Bây giờ luyện tập một chút.
    Có ba câu hỏi ngắn.

# source: ecommercewithram.blogspot.com (TikTok Shop: crossed-out price far above recent prices is a violation) [M], as of 2022
practice-price = Hũ mật bạn vẫn bán giá thật. Giá gạch ngang nên ghi thế nào?
practice-price-real = Giá thật bạn đã bán gần đây, hoặc không ghi
practice-price-fake = Một giá rất cao để người mua tưởng được giảm nhiều
practice-price-real-yes = Người mua thấy giá thật. Không ai bị lừa.
# source: ecommercewithram.blogspot.com (TikTok Shop rule) [M], as of 2022
practice-price-fake-no = Giá gạch ngang giả là lừa người mua. TikTok Shop coi đó là vi phạm (tài liệu năm 2022).
practice-price-hint-1 = Chọn cách không lừa người mua.

practice-turn = Điều gì giúp người xem thành người mua? Chọn tất cả ý đúng.
practice-turn-name = Gọi tên người xem khi trả lời
practice-turn-repeat = Nhắc lại hàng, cân nặng, giá, cách đặt
practice-turn-lie = Nói "sắp hết hàng" khi còn rất nhiều
practice-turn-promise = Gửi hàng đúng như lời đã nói
practice-turn-name-why = Người xem thấy bạn để ý đến họ.
practice-turn-repeat-why = Người mới vào cũng biết ngay bạn bán gì, giá bao nhiêu.
practice-turn-lie-why = Người mua sẽ biết. Họ không tin bạn nữa.
practice-turn-promise-why = Giữ lời hứa thì người mua quay lại lần sau.
practice-turn-hint-1 = Có ba ý đúng.
practice-turn-hint-2 = Bỏ ý nói sai sự thật.

practice-scale = Người xem hỏi: "Túi này nặng bao nhiêu?" Bạn đặt túi lên cái gì trước máy? Gõ một từ.
# Accepted answers, one per line. Matching ignores case and diacritics.
practice-scale-accept =
    cân
    cái cân
    bàn cân
    cân điện tử
    lên cân
practice-scale-right = Người xem thấy số trên cân. Họ tin ngay.
practice-scale-wrong = Hãy nghĩ: dùng gì để biết một túi nặng bao nhiêu?
practice-scale-hint-1 = Ở chợ phiên, người bán dùng nó để bán theo cân.
practice-scale-hint-2 = Nó có mặt số hoặc màn hình hiện số gam.
