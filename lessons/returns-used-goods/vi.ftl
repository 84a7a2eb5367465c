# Lesson: returns-used-goods (Vietnamese, base language)
# Role-play. Facts from shared/domain/BRIEF.md, section 5 (abuse and change of mind;
# Shopee "intact but no longer needed" rule; evidence deadlines; packing video).
# The buyer, the order and the story are made up for teaching.

title = Nhập vai: dùng rồi mới đòi hoàn tiền
summary = Người mua đã dùng hàng mà vẫn đòi hoàn đủ tiền. Bạn giữ bình tĩnh và dùng bằng chứng.

## Step 1: some buyers try to cheat

# source: thanhnien; nghean24h (abuse and change of mind) [M]
abuse =
    Phần lớn người mua là người tử tế.
    Nhưng có người dùng hàng rồi mới đòi hoàn tiền.
    Có người nói sai sự thật để lấy lại tiền.
    Khi gặp chuyện này, đừng cãi nhau.
    Hãy lịch sự, và để bằng chứng nói thay bạn.

## Step 2: a Shopee rule

# source: nld.com.vn article 196251118200238959 [M], as of 24 Nov 2025
shopee-intact =
    Shopee, từ ngày 24/11/2025:
    lý do "hàng còn nguyên nhưng không cần nữa" chỉ dành cho một số người mua.
    Đó là người mua hạng Kim Cương, Vàng, hoặc Shopee VIP.
    Người bán có thể từ chối, nếu có video làm bằng chứng.
    Luật có thể đổi. Hãy xem trong trang quản lý của người bán.

## Step 3: calm words

calm-words = Người mua nhắn: "Hàng tệ quá, hoàn tiền ngay!" Câu nào bình tĩnh nhất?
calm-words-liar = "Chị nói dối. Hàng em tốt mà."
calm-words-calm = "Em chào chị. Chị cho em biết hàng bị sao, gửi em ảnh nhé?"
calm-words-block = Chặn người mua, không trả lời
calm-words-liar-no = Gọi người mua là nói dối làm chuyện to thêm. Bạn chưa biết chuyện gì.
calm-words-calm-yes = Bạn hỏi rõ chuyện gì, và xin ảnh. Không ai bị xúc phạm.
calm-words-block-no = Im lặng không làm chuyện biến mất. Người mua sẽ khiếu nại lên sàn.
calm-words-hint-1 = Câu tốt hỏi chuyện gì đã xảy ra, không buộc tội ai.

## Step 4: the role-play

tea-scene =
    Chị Thu ở Hải Phòng mua 500 gam chè shan tuyết của bạn trên Shopee.
    Lúc gói, bạn đặt túi chè lên cân và quay video.
    Video thấy rõ: mã đơn, cân hiện 500 gam, túi dán kín.
    Mười ngày sau, chị Thu nhắn tin cho bạn.
tea-hint-1 = Lịch sự, hỏi rõ chuyện, rồi gửi bằng chứng lên sàn đúng hạn.
tea-hint-2 = Đừng cãi, đừng chịu thua ngay, đừng đòi giải quyết ngoài sàn.

tea-open-say = Chị Thu: "Chè thiếu cân, chỉ có nửa túi! Hoàn đủ tiền cho tôi."
tea-open-photo = "Em chào chị. Chị chụp giúp em túi chè và nhãn đơn nhé?"
tea-open-liar = "Chị nói dối! Em cân đủ mà."
tea-open-giveup = "Thôi, em hoàn đủ tiền cho xong chuyện."
tea-open-photo-why = Bạn bình tĩnh và xin xem hàng. Bạn chưa buộc tội ai.
tea-open-liar-why = Buộc tội người mua làm chị Thu giận. Chuyện thành cãi nhau.
tea-open-giveup-why =
    Bạn mất cả chè lẫn tiền.
    Người cố tình lợi dụng sẽ làm vậy lần nữa.

tea-photo-say =
    Chị Thu gửi ảnh: túi đã mở, kẹp lại bằng kẹp phơi.
    Chè còn khoảng một nửa.
tea-photo-taunt = "Em có video đây. Chị hết chối nhé."
tea-photo-ask = "Túi đã mở rồi ạ. Chị đã pha thử chè chưa chị?"
tea-photo-taunt-why = Bằng chứng tốt, nhưng lời lẽ thách thức. Chị Thu tức và làm to chuyện.
tea-photo-ask-why = Bạn hỏi nhẹ nhàng. Chị Thu dễ nói thật hơn.

tea-admit-say = Chị Thu: "Có, tôi uống rồi. Nhưng không hợp vị, tôi muốn hoàn đủ tiền."
tea-admit-explain = "Em tiếc là chè không hợp vị chị. Chè đã dùng thì em không hoàn đủ được. Em có video cân đủ 500 gam."
tea-admit-cash = "Chị gửi lại chỗ chè còn lại, em trả chị tiền mặt riêng."
tea-admit-explain-why = Bạn nói rõ, lịch sự, có lý do và có bằng chứng.
tea-admit-cash-why = Tiền trả riêng ngoài sàn thì không có bằng chứng. Cả hai đều có thể bị lừa.

tea-complaint-say = Chị Thu gửi khiếu nại lên Shopee: "Hàng thiếu cân." Sàn xin thêm bằng chứng.
tea-complaint-later = Để vài hôm nữa rảnh rồi gửi bằng chứng
# source: magiamgiashopee.com citing help.shopee.vn (extra evidence within 24 h) [M], as of the brief, early 2026
tea-complaint-send = Trong 24 giờ, gửi lên sàn video đóng gói, ảnh cân và ảnh trang bán hàng
tea-complaint-review = Vào trả lời đánh giá của chị Thu, chê chị là người xấu
# source: magiamgiashopee.com citing help.shopee.vn (extra evidence within 24 h) [M], as of the brief, early 2026
tea-complaint-later-why = Shopee cần bằng chứng thêm trong 24 giờ (tính đến đầu năm 2026). Gửi muộn là mất cơ hội.
tea-complaint-send-why = Bằng chứng rõ, gửi đúng hạn, là cơ hội tốt nhất của bạn.
tea-complaint-review-why = Ai đọc đánh giá cũng thấy bạn nóng nảy. Người mua mới sẽ ngại.

tea-good-say =
    Sàn xem video và ảnh cân của bạn.
    Lần này, sàn không cho hoàn đủ tiền.
    Bạn vẫn lịch sự từ đầu đến cuối. Người đọc tin nhắn đều thấy vậy.
tea-fight-say =
    Hai bên cãi nhau trong tin nhắn.
    Chị Thu đánh giá một sao và kể khắp nơi.
tea-giveup-say =
    Chị Thu nhận đủ tiền và giữ cả chỗ chè còn lại.
    Tháng sau, chị lại đặt hàng, rồi lại đòi hoàn tiền.
tea-outside-say =
    Chị Thu không gửi chè lại. Chị vẫn gửi khiếu nại lên sàn.
    Giờ bạn không có bằng chứng về lời hứa ngoài sàn.
tea-late-say =
    Bạn gửi bằng chứng quá muộn.
    Sàn quyết định khi không có video của bạn. Chị Thu được hoàn tiền.

## Step 5: after the role-play

after =
    Gặp người mua lợi dụng, hãy giữ bình tĩnh.
    Hỏi nhẹ nhàng để biết chuyện thật.
    Nói rõ điều bạn làm được và không làm được.
    Gửi bằng chứng lên sàn, thật nhanh.
    Video đóng gói chính là người làm chứng của bạn.

## Practice round

practice =
    Bây giờ luyện tập một chút.
    Có ba câu hỏi ngắn.

practice-video = Video đóng gói chè cần thấy gì để chứng minh đủ cân? Chọn tất cả ý đúng.
practice-video-scale = Túi chè trên cân, thấy rõ số
practice-video-code = Mã đơn trên nhãn
practice-video-music = Nhạc hay cho vui
practice-video-sealed = Túi được dán kín trước khi cho vào hộp
practice-video-scale-why = Số trên cân cho thấy chè đủ cân lúc rời tay bạn.
practice-video-code-why = Mã đơn cho biết video này của đơn nào.
practice-video-music-why = Nhạc không chứng minh được gì.
practice-video-sealed-why = Túi kín cho thấy không ai lấy bớt chè trên đường.
practice-video-hint-1 = Có ba ý đúng.
practice-video-hint-2 = Chọn những gì người xem thấy bằng mắt.

# source: magiamgiashopee.com citing help.shopee.vn (extra evidence within 24 h) [M], as of the brief, early 2026
practice-time = Shopee xin thêm bằng chứng (luật tính đến đầu năm 2026). Bạn gửi trong bao lâu?
practice-time-week = Trong một tuần
# source: magiamgiashopee.com citing help.shopee.vn (extra evidence within 24 h) [M], as of the brief, early 2026
practice-time-24h = Trong 24 giờ
practice-time-never = Không cần gửi, sàn tự biết
practice-time-week-no = Lâu quá. Thời hạn ngắn hơn nhiều.
practice-time-24h-yes = Thời hạn rất ngắn. Hãy giữ sẵn video và ảnh cho mỗi đơn.
practice-time-never-no = Sàn không tự biết. Sàn chỉ xem những gì bạn gửi.
practice-time-hint-1 = Thời hạn tính bằng giờ.

practice-insult = Người mua chửi bạn trong tin nhắn. Bạn làm gì?
practice-insult-back = Chửi lại cho bõ tức
practice-insult-calm = Trả lời lịch sự, giữ tin nhắn làm bằng chứng
practice-insult-delete = Xóa hết tin nhắn cho đỡ buồn
practice-insult-back-no = Tin nhắn của bạn cũng là bằng chứng. Chửi lại chỉ hại bạn.
practice-insult-calm-yes = Bạn giữ được tiếng tốt. Nếu cần, tin nhắn lịch sự của bạn là bằng chứng tốt.
practice-insult-delete-no = Xóa tin nhắn là mất bằng chứng.
practice-insult-hint-1 = Nhớ rằng tin nhắn của bạn có thể thành bằng chứng.
