# Lesson: checkable-facts (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, sections 1.3 and 3.
# Example products, dates and weights in this lesson are made up for teaching.

title = Điểm khác: nói bằng sự thật
summary = Không khen suông. Nói điều người mua kiểm tra được.

## Step 1
# Source: BRIEF 3: "what makes it different, as checkable facts"; avoid empty words such as
# "unique" (lunarbluedesigns.blogspot.com) [L], given as advice.

facts-not-praise =
    Đừng khen suông. Hãy nói điều người mua kiểm tra được.
    Khen suông là: "ngon tuyệt", "độc nhất", "hảo hạng".
    Sự thật là: "hái bằng tay", "sấy trên bếp củi 7 ngày".
    Sự thật giúp người mua tin và chọn hàng của bạn.

## Step 2: superlatives
# Source: TikTok Shop word rules, no superlatives ("tốt nhất", "số một", "đầu tiên")
# (thucblog.com 2022) [L]: softened to "nhiều người bán cho biết".

no-superlatives =
    Không viết "tốt nhất", "số một", "đầu tiên".
    Người mua không kiểm tra được những từ này.
    Nhiều người bán cho biết TikTok Shop không cho dùng các từ ấy.

## Step 3

fact-lines = Câu nào là sự thật, kiểm tra được? Chọn tất cả ý đúng.
fact-line-date = Quýt hái ngày 10/12, gửi đi ngay hôm sau
fact-line-best = Quýt ngọt nhất Việt Nam
fact-line-fire = Thảo quả sấy trên bếp củi 7 ngày
fact-line-unique = Hàng độc, không đâu có
fact-line-date-why = Ngày hái, ngày gửi là sự thật. Người mua kiểm tra được.
fact-line-best-why = "Ngọt nhất" là lời khen suông. Không ai kiểm tra được.
fact-line-fire-why = Cách sấy và số ngày là sự thật về cách làm.
fact-line-unique-why = "Hàng độc" là lời khen suông. Hãy nói điều khác cụ thể.
fact-lines-hint-1 = Có hai ý đúng.
fact-lines-hint-2 = Chọn câu có ngày tháng, số ngày, cách làm.

## Step 4

numbers-help =
    Con số giúp người mua tin.
    Nặng bao nhiêu gam. Hái tháng mấy. Phơi mấy ngày.
    Nhưng chỉ viết con số đúng.
    Con số sai làm mất lòng tin.

## Step 5

rewrite-na = Câu "Na ngon tuyệt vời" nên viết lại thế nào?
rewrite-na-number-one = Na ngon số một miền Bắc
rewrite-na-facts = Na hái ở vườn nhà, khi quả vừa chín, quả khoảng 3 lạng
rewrite-na-sleep = Na ăn vào ngủ ngon, hết mệt
rewrite-na-number-one-no = "Số một" là lời khen không kiểm tra được.
rewrite-na-facts-yes = Nơi hái, lúc hái, cân nặng đều là sự thật.
rewrite-na-sleep-no = Đây là lời hứa về sức khỏe. Không được viết.
rewrite-na-hint-1 = Chọn câu có nơi hái và cân nặng.

## Step 6: write one checkable sentence

write-different =
    Viết một câu nói điểm khác của sản phẩm bạn.
    Dùng sự thật: cách làm, ngày tháng, cân nặng.
idea-checkable = Có một sự thật kiểm tra được (ngày, tháng, số gam, cách làm...)
# Keywords, one per line; any one counts. Matching ignores case and diacritics.
idea-checkable-words =
    ngày
    tháng
    năm
    mùa
    giờ
    gam
    lạng
    cân
    ký
    kg
    lít
    ml
    tuổi
    bằng tay
    hái tay
    phơi
    sấy
    hun
    gác bếp
    bếp củi
    dệt
    thêu
    nhuộm
    chàm
    lanh
    ủ
    vò
    trồng
    nuôi
    hái
    bản
    xã
    nương
    vườn
write-different-right = Câu này có sự thật mà người mua kiểm tra được.
write-different-hint-1 = Nói cách làm: hái bằng tay, phơi nắng, sấy bếp củi...
write-different-hint-2 = Ví dụ về vải: Vải lanh nhuộm chàm, dệt tay trong 2 tháng.

## Practice round

practice-intro =
    Bây giờ luyện tập một chút.
    Có hai câu hỏi ngắn.

practice-word = Từ nào không nên viết trong lời giới thiệu?
practice-word-hand = hái bằng tay
practice-word-gram = 500 gam
practice-word-best = tốt nhất
practice-word-hand-no = "Hái bằng tay" là sự thật về cách làm. Viết được.
practice-word-gram-no = Cân nặng là sự thật. Nên viết.
practice-word-best-yes = "Tốt nhất" không kiểm tra được. Nhiều người bán nói sàn không cho dùng.
practice-word-hint-1 = Từ nào là lời khen, không phải sự thật?

practice-tangerine = Bạn bán quýt. Câu nào nên viết?
practice-tangerine-picked = Quýt hái khi chín trên cây, gửi đi trong 2 ngày
practice-tangerine-sweetest = Quýt ngọt nhất vùng
practice-tangerine-wonderful = Quýt tuyệt hảo, ai ăn cũng mê
practice-tangerine-picked-yes = Câu này nói cách hái và thời gian gửi. Đều là sự thật.
practice-tangerine-sweetest-no = "Ngọt nhất" là khen suông, lại có chữ "nhất".
practice-tangerine-wonderful-no = "Tuyệt hảo" là lời khen suông. Người mua không kiểm tra được.
practice-tangerine-hint-1 = Chọn câu có cách làm và con số.
