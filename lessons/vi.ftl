# Course-level text (Vietnamese, base language).

course-title = Chợ Phiên: học bán hàng trên mạng

# Module titles
open-shop = Mở gian hàng trên mạng
photos = Chụp ảnh sản phẩm
story = Kể chuyện về sản phẩm
pricing = Tính giá bán
shipping = Đóng gói và gửi hàng
returns = Trả hàng và khiếu nại
buyers-live = Trò chuyện với người mua, bán hàng trực tiếp
safety = Bán hàng an toàn
