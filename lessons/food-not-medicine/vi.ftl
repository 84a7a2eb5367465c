# Lesson: food-not-medicine (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, section 1.3 (prohibited claims).
# Lesson rule (BRIEF 1.3): honey, herbs and similar products are sold as food; never say
# they "cure" or "treat" anything. Health claims appear here ONLY as examples of what not
# to write, and every such step says so.

title = Thực phẩm, không phải thuốc
summary = Không bao giờ viết "chữa bệnh" hay "trị bệnh" về mật ong, chè, khoai sâm.

## Step 1

food-not-medicine =
    Mật ong, chè, thảo quả, khoai sâm là thực phẩm.
    Chúng không phải là thuốc.
    Hãy viết về vị, nơi trồng, mùa thu hái.
    Không bao giờ viết "chữa bệnh" hay "trị bệnh".

## Step 2
# Source: advertising food "gây hiểu nhầm có tác dụng như thuốc chữa bệnh" is fined; the Food
# Safety Department fines companies for exactly this (vnfinance.vn …30554) [H]. The amount of
# the fine is not given: the old figure (Decree 158/2013) is probably superseded [M].

fines =
    Quảng cáo thực phẩm như thuốc chữa bệnh là sai luật.
    Cơ quan an toàn thực phẩm đã phạt nhiều công ty vì việc này.
    Người mua tin nhầm, có thể bỏ thuốc, rất nguy hiểm.

## Step 3: a wrong example, clearly marked

bad-example =
    Đây là một câu SAI. Đừng bao giờ viết như vậy:
    "Khoai sâm chữa tiểu đường, trị mất ngủ."
    Câu này hứa chữa bệnh. Khoai sâm là thực phẩm.
    Viết đúng: "Khoai sâm đất Sìn Hồ, luộc hay hấp đều được."

## Step 4: which lines can you write

honey-lines = Khi bán mật ong, câu nào được viết? Chọn tất cả câu đúng.
honey-line-origin = Mật ong hoa rừng, lấy ở Sìn Hồ
honey-line-cure = Mật ong chữa khỏi đau dạ dày
honey-line-taste = Vị ngọt thanh, màu vàng sáng
honey-line-best = Mật ong tốt nhất Việt Nam
honey-line-origin-why = Nơi lấy mật là chuyện thật. Câu này nên viết.
honey-line-cure-why = Không được viết. Mật ong là thực phẩm, không phải thuốc.
honey-line-taste-why = Vị và màu là điều người mua muốn biết. Câu này nên viết.
# Source: TikTok Shop word rules, no superlatives (thucblog.com, 2022) [L]: softened.
honey-line-best-why = Không viết "tốt nhất". Người mua không kiểm tra được.
honey-lines-hint-1 = Có hai câu đúng.
honey-lines-hint-2 = Bỏ câu nói về bệnh. Bỏ câu khoe "nhất".

## Step 5: fix a wrong line

fix-line = Câu "Mật ong trị ho" là câu sai. Sửa lại thế nào?
fix-line-faster = Mật ong giúp khỏi ho nhanh
fix-line-facts = Mật ong hoa rừng, vị ngọt thanh, lấy vào tháng 4
fix-line-best = Mật ong chữa ho tốt nhất
fix-line-faster-no = "Khỏi ho" vẫn là hứa chữa bệnh. Không được viết.
fix-line-facts-yes = Câu này nói về loại mật, vị và mùa lấy. Đều là sự thật.
fix-line-best-no = Câu này vẫn nói chữa bệnh, lại thêm chữ "nhất".
fix-line-hint-1 = Chọn câu không nói gì về bệnh.

## Step 6: health supplements
# Source: Decree 15/2018/NĐ-CP Art. 27(3), quoted at vanluat.vn [H].

supplement-warning =
    Thực phẩm bảo vệ sức khỏe là một loại hàng riêng.
    Loại hàng này phải ghi câu sau:
    "Thực phẩm này không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh."
    Không biết hàng mình thuộc loại nào? Hãy hỏi cán bộ ở huyện.

## Step 7: type a forbidden word

health-word = Gõ một từ không bao giờ được viết khi bán mật ong.
# Accepted answers, one per line. Matching ignores case and diacritics.
health-word-accept =
    chữa bệnh
    chữa
    trị bệnh
    trị
    chữa khỏi
    điều trị
    thuốc
    chữa trị
health-word-right = Mật ong là thực phẩm. Không viết chữa hay trị bệnh.
health-word-hint-1 = Từ này nói rằng sản phẩm làm khỏi bệnh.
health-word-hint-2 = Bác sĩ làm việc này cho người ốm.

## Practice round

practice-intro =
    Bây giờ luyện tập một chút.
    Có hai câu hỏi ngắn.

practice-cardamom = Bạn bán thảo quả. Câu nào viết được?
practice-cardamom-stomach = Thảo quả trị đau bụng
practice-cardamom-first = Thảo quả số một Tây Bắc
practice-cardamom-cook = Thảo quả khô, mùi thơm, dùng nấu phở, nấu thắng cố
practice-cardamom-stomach-no = Câu này hứa chữa bệnh. Không được viết.
practice-cardamom-first-no = "Số một" không kiểm tra được.
practice-cardamom-cook-yes = Câu này nói mùi và cách dùng. Đều là sự thật.
practice-cardamom-hint-1 = Chọn câu nói về cách dùng trong bếp.

practice-why = Vì sao không viết "chữa bệnh" về mật ong?
practice-why-food = Vì mật ong là thực phẩm, không phải thuốc
practice-why-long = Vì câu đó dài quá
practice-why-food-yes = Quảng cáo thực phẩm như thuốc là sai luật và bị phạt.
practice-why-long-no = Không phải vì dài ngắn. Mật ong không phải là thuốc.
practice-why-hint-1 = Mật ong là thuốc hay là thực phẩm?
