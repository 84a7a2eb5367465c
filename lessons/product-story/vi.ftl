# Lesson: product-story (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, section 3 (storytelling descriptions).
# Example products and people in this lesson are made up for teaching.

title = Kể chuyện thật về sản phẩm
summary = Lời giới thiệu thật: sản phẩm là gì, từ đâu, làm thế nào.

## Step 1: why a story

story-why =
    { $learner } ơi, người mua muốn biết sản phẩm từ đâu đến.
    Ai làm ra nó? Làm như thế nào?
    Trên sàn, phần chữ dưới ảnh gọi là lời giới thiệu sản phẩm.
    Ở đó, bạn kể câu chuyện của sản phẩm.

## Step 2: the story must be true
# Source: the OCOP product story must be true and is checked by the authorities
# (baohoabinh.com.vn) [H]. Items that do not match the description are a return reason
# (tiktokpartner.vn) [L], so that part is said softly ("có thể").

story-true =
    Câu chuyện phải là chuyện thật.
    Người mua tin bạn vì bạn nói thật.
    Hàng không giống lời kể, người mua có thể trả hàng.
    Họ cũng không quay lại mua nữa.

## Step 3: show the real work
# Source: vietnamnews.vn/society/1766505, 2 Mar 2026 [H]: Mông sellers film the real process
# (pigs on the hill, meat smoking over the kitchen fire, greens picked in the mist) and
# livestream the packing.

story-film =
    Nhiều người bán người Mông quay video việc làm thật.
    Lợn thả trên đồi. Thịt treo trên gác bếp.
    Hái rau trong sương sớm. Gói hàng ngay trước máy quay.
    Người mua thấy tận mắt, nên tin.

## Step 4: the parts of a story
# Source: BRIEF section 3, suggested structure (author's synthesis, not a platform rule).

story-parts =
    Một lời giới thiệu tốt có bảy phần.
    Một: sản phẩm là gì, nặng bao nhiêu.
    Hai: làm ở đâu, ai làm.
    Ba: làm thế nào, mất bao lâu, mùa nào.
    Bốn: điểm khác với hàng khác, nói bằng sự thật.

## Step 5

story-parts-more =
    Năm: cách dùng và cách cất giữ.
    Sáu: những điều luật bắt ghi, như xuất xứ, hạn sử dụng.
    Bảy: giấy chứng nhận, nếu bạn có.
    Các bài sau sẽ nói kỹ từng phần.

## Step 6: put the parts in order

story-order = Xếp năm phần đầu của lời giới thiệu theo đúng thứ tự.
story-order-what = Sản phẩm gì, nặng bao nhiêu
story-order-place = Nơi làm và người làm
story-order-how = Cách làm và mùa thu hái
story-order-different = Điểm khác, nói bằng sự thật
story-order-use = Cách dùng và cách cất giữ
story-order-wrong = Hãy theo thứ tự trong phần vừa đọc.
story-order-right = Lời giới thiệu của bạn sẽ rõ ràng, dễ đọc.
story-order-hint-1 = Đầu tiên, nói sản phẩm là gì.
story-order-hint-2 = Cuối cùng, nói cách dùng và cách cất giữ.

## Step 7: a fact you can check

true-fact = Chị Mai bán thịt trâu gác bếp. Câu nào là sự thật, kiểm tra được?
true-fact-empty = Món ngon độc nhất vô nhị
true-fact-smoke = Treo trên bếp củi một tháng
true-fact-health = Ăn vào khỏe mạnh, sống lâu
true-fact-empty-no = Đây là lời khen suông. Người mua không kiểm tra được.
true-fact-smoke-yes = Đây là cách làm thật. Người mua có thể hỏi và xem video.
true-fact-health-no = Đây là lời hứa về sức khỏe. Không được viết.
true-fact-hint-1 = Chọn câu nói về cách làm ra sản phẩm.

## Practice round

practice-intro =
    Bây giờ luyện tập một chút.
    Có hai câu hỏi ngắn.

practice-first = Câu đầu tiên của lời giới thiệu nên nói gì?
practice-first-use = Cách cất giữ
practice-first-what = Sản phẩm là gì, nặng bao nhiêu
practice-first-ocop = Giấy chứng nhận
practice-first-use-no = Cách cất giữ để gần cuối.
practice-first-what-yes = Người mua cần biết ngay đây là gì, nhiều hay ít.
practice-first-ocop-no = Giấy chứng nhận để cuối cùng.
practice-first-hint-1 = Phần một trong bảy phần là gì?

practice-true = Chè nhà bạn hái ở nương cạnh bản. Bạn có nên viết "chè hái trên đỉnh núi nổi tiếng" không?
practice-true-famous = Có, nghe hay hơn
practice-true-real = Không, phải viết đúng nơi hái
practice-true-famous-no = Nghe hay nhưng không thật. Người mua biết được sẽ mất lòng tin.
practice-true-real-yes = Nương cạnh bản là chuyện thật. Chuyện thật mới giữ được người mua.
practice-true-hint-1 = Câu chuyện phải là chuyện gì?
