# Lesson: safe-real-goods (Vietnamese, base language)
# Facts from shared/domain/BRIEF.md, sections 1.1 (titles and brands), 1.2 (Law 19/2023 Art. 37),
# 1.3 (restricted categories), 1.4 (OCOP), 3 (true product story) and 5 (evidence).
# The people in the examples are made up for teaching. The notebook is everyday practice.

title = Hàng thật, rõ nguồn gốc
summary = Chỉ bán hàng thật. Ghi rõ nơi làm, ngày làm. Chỉ ghi sao OCOP khi có giấy còn hạn.

unit-year = năm

## Step 1: only real goods

# source: baohoabinh.com.vn (OCOP product story must be true, checked by the authorities) [H]
real-only =
    Chào { $learner }! Người mua trả tiền vì tin bạn.
    Mật ong Sìn Hồ phải là mật lấy ở Sìn Hồ.
    Thịt trâu gác bếp phải là thịt trâu, hun trên bếp thật.
    Câu chuyện sản phẩm cũng phải là chuyện thật.
    Khi chấm sao OCOP, cơ quan nhà nước kiểm tra câu chuyện đó.

## Step 2: cheap honey from somewhere else

neighbour-honey = Có người bán rẻ cho bạn mật ong không rõ từ đâu. Họ bảo: "Cứ ghi là mật Sìn Hồ." Bạn làm gì?
neighbour-honey-sell = Mua về, ghi "mật ong Sìn Hồ" rồi bán
neighbour-honey-refuse = Không mua. Chỉ bán mật mình biết rõ nguồn gốc
neighbour-honey-mix = Trộn với mật của nhà cho đủ hàng
neighbour-honey-sell-no = Ghi sai nơi làm là lừa người mua. Nếu mật kém, người mua khiếu nại bạn.
neighbour-honey-refuse-yes = Bạn giữ được lòng tin. Người mua biết mật của bạn là thật.
neighbour-honey-mix-no = Mật trộn không còn là mật của nhà. Đó vẫn là nói dối.
neighbour-honey-hint-1 = Bạn có biết chắc mật đó từ đâu không?

## Step 3: OCOP stars

# source: baodienbienphu.com.vn; vietnam.vn (certificate lasts 36 months, re-rating) [H];
# Decision 148/QĐ-TTg of 24 Feb 2023 (OCOP criteria) [H]; proatc.vn (3-5 stars; 1-2 below standard) [M]
ocop =
    OCOP là chương trình chấm sao cho sản phẩm của địa phương.
    Sản phẩm được chấm từ 3 đến 5 sao.
    Chỉ ghi số sao có trên giấy chứng nhận.
    Giấy chứng nhận có hạn 36 tháng.
    Hết hạn thì phải chấm lại mới được in sao tiếp.
    Sản phẩm chưa được chấm thì không được ghi sao.

## Step 4: how many years

# source: baodienbienphu.com.vn; vietnam.vn (36 months) [H]
ocop-years = Giấy chứng nhận OCOP có hạn 36 tháng. Đó là mấy năm?
ocop-years-low = Ít quá. Một năm có 12 tháng.
ocop-years-high = Nhiều quá. Một năm có 12 tháng.
# source: baodienbienphu.com.vn; vietnam.vn (36 months) [H]
ocop-years-right = 36 tháng là 3 năm. Hãy ghi ngày hết hạn vào sổ.
ocop-years-hint-1 = Một năm có 12 tháng.
ocop-years-hint-2 = Đếm xem 36 có mấy lần 12.

## Step 5: a new jar

# source: BRIEF 1.4 lesson rule: never claim stars for a product that was not rated [H sources]
new-jar = Mật ong hũ nhỏ của bạn được 3 sao OCOP. Nay bạn bán thêm hũ to, chưa được chấm. Hũ to ghi gì?
new-jar-stars = Ghi 3 sao, vì cùng một loại mật
new-jar-none = Không ghi sao, vì hũ to chưa được chấm
new-jar-more = Ghi 4 sao, vì hũ to hơn
new-jar-stars-no = Sao chỉ dành cho đúng sản phẩm đã được chấm. Hũ to chưa được chấm.
new-jar-none-yes = Bạn nói thật. Khi hũ to được chấm, bạn mới ghi sao.
new-jar-more-no = Không ai được tự thêm sao. Đó là nói dối.
new-jar-hint-1 = Chỉ ghi sao có trên giấy chứng nhận của đúng sản phẩm đó.

## Step 6: brand names

# source: nguyenanhtung.vn; ecommercewithram.blogspot.com (TikTok Shop title rules) [M], as of 2022
brand =
    Đừng dùng tên thương hiệu của người khác.
    TikTok Shop chỉ cho ghi thương hiệu khi bạn được phép.
    Cũng đừng in biểu tượng OCOP khi không có giấy chứng nhận.
    Đừng lấy ảnh sản phẩm của người khác.
    Hãy dùng tên và ảnh của chính bạn.

## Step 7: keep a notebook

# source: Law 19/2023/QH15 Art. 37 (origin, weight, shelf life in distance sales) [H], in force 1 Jul 2024
trace =
    Luật từ 1/7/2024 yêu cầu ghi nguồn gốc, khối lượng, hạn dùng.
    Muốn ghi đúng, hãy có một cuốn sổ.
    Mỗi mẻ hàng, ghi: ngày hái hay ngày lấy mật, ở đâu.
    Ghi ngày đóng gói, và được bao nhiêu hũ, bao nhiêu túi.
    Khi người mua hỏi, bạn trả lời được ngay.

## Step 8: what a listing must say

# source: Law 19/2023/QH15 Art. 37 [H], in force 1 Jul 2024
listing-must = Luật từ 1/7/2024 yêu cầu trang bán hàng ghi gì? Chọn tất cả ý đúng.
listing-must-origin = Nguồn gốc: làm ở đâu
listing-must-weight = Khối lượng
listing-must-bank = Số tài khoản ngân hàng riêng
listing-must-shelf = Hạn dùng
listing-must-cure = Bệnh mà sản phẩm chữa được
listing-must-origin-why = Người mua cần biết hàng từ đâu đến.
listing-must-weight-why = Người mua cần biết họ được bao nhiêu.
listing-must-bank-why = Tiền đi qua sàn. Không ghi số tài khoản riêng.
listing-must-shelf-why = Người mua cần biết dùng đến khi nào.
listing-must-cure-why = Thực phẩm không chữa bệnh. Không bao giờ ghi.
listing-must-hint-1 = Có ba ý đúng.
listing-must-hint-2 = Chọn những gì cho biết hàng từ đâu, bao nhiêu, dùng đến khi nào.

## Step 9: papers and test reports

# source: trangnhung.tech (restricted categories need certificates or test reports) [M];
# seller-vn.tiktok.com knowledge_id=101756645132049 (test reports as dispute evidence) [H]
papers =
    Một số loại hàng cần giấy tờ trước khi đăng bán.
    Ví dụ: giấy chứng nhận, hay phiếu kiểm nghiệm.
    Phiếu kiểm nghiệm cũng là bằng chứng khi có khiếu nại.
    Giữ mọi giấy tờ cẩn thận, chụp ảnh lưu lại.
    Hỏi hợp tác xã hay cán bộ xã nếu bạn chưa rõ.

## Practice round

practice =
    Bây giờ luyện tập một chút.
    Có ba câu hỏi ngắn.

practice-origin = Sản phẩm làm ở đâu, từ đâu đến. Luật gọi điều này là gì? Gõ hai chữ.
# Accepted answers, one per line. Matching ignores case and diacritics.
practice-origin-accept =
    nguồn gốc
    xuất xứ
    nguồn gốc xuất xứ
practice-origin-right = Nguồn gốc cho người mua biết hàng của bạn là thật.
practice-origin-wrong = Hãy nhìn lại câu đầu của phần cuốn sổ.
practice-origin-hint-1 = Chữ đầu là "nguồn".
practice-origin-hint-2 = Nó nói hàng được làm ra ở đâu.

# source: baodienbienphu.com.vn; vietnam.vn (36 months, re-rating) [H]
practice-expired = Giấy chứng nhận OCOP của bạn đã quá 36 tháng. Bạn làm gì?
practice-expired-keep = Vẫn in sao như cũ
practice-expired-rerate = Xin chấm lại, chưa có giấy mới thì không in sao
practice-expired-add = Tự thêm một sao cho đẹp
practice-expired-keep-no = Giấy hết hạn thì không được in sao nữa.
practice-expired-rerate-yes = Chấm lại xong, có giấy mới, bạn mới in sao.
practice-expired-add-no = Không ai được tự thêm sao. Đó là nói dối.
practice-expired-hint-1 = Sao chỉ đi cùng giấy chứng nhận còn hạn.

practice-notebook = Người mua hỏi: "Mật này lấy ngày nào?" Cách nào giúp bạn trả lời đúng?
practice-notebook-memory = Cố nhớ trong đầu
practice-notebook-write = Ghi vào sổ mỗi mẻ hàng
practice-notebook-memory-no = Nhiều mẻ hàng thì khó nhớ hết. Dễ nói sai.
practice-notebook-write-yes = Mở sổ là có ngày, có nơi, có số lượng.
practice-notebook-hint-1 = Chọn cách không phụ thuộc trí nhớ.
